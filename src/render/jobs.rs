//! The list of pages one language has: for each, its path, template,
//! title and which variables it needs. The variables themselves are built
//! later, page by page inside the parallel render (`variables.rs`), so the
//! list stays small whatever the size of the site.

use super::paginate;
use super::shared::Shared;
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::site::Route;
use crate::view::Views;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Crumb {
    pub title: String,
    pub url: String,
}

/// Which variables a page needs, by index into the site or `Shared`.
#[derive(Debug, Clone, Copy)]
pub enum Vars {
    Home,
    Page(usize),
    Members,
    /// Index into `Shared::members` (sorted by name).
    Member(usize),
    /// Page number.
    Stories(usize),
    Story(usize),
    Tags,
    /// Index into `Shared::tags`, page number.
    Tag(usize, usize),
    /// Index into `Shared::facets`, page number.
    StoriesBy(usize, usize),
    Datasets,
    Dataset(usize),
    Deliverables,
    Deliverable(usize),
    Services,
    /// Index into the keys of `services.yaml`.
    Service(usize),
    Events,
    /// Index into `Site::events`.
    Event(usize),
    Search,
    NotFound,
    LanguageChoice,
}

pub struct PageJob {
    /// The page's path after `<lang>/`: `stories/x/`.
    pub rest: String,
    /// Pages outside the language folders (`404.html`).
    pub fixed_output: Option<&'static str>,
    pub template: &'static str,
    pub kind: &'static str,
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    /// The language shown when the reader's has no version.
    pub fallback: Option<String>,
    pub breadcrumbs: Vec<Crumb>,
    /// The picture link previews show (a story's cover); the theme's
    /// share image when `None`.
    pub image: Option<crate::images::Variant>,
    pub vars: Vars,
}

impl PageJob {
    fn new(route: Route<'_>, lang: &str, template: &'static str, vars: Vars) -> PageJob {
        let path = route.path(lang);
        PageJob {
            rest: path[lang.len() + 1..].to_string(),
            fixed_output: None,
            template,
            kind: template.trim_end_matches(".html"),
            slug: String::new(),
            title: String::new(),
            description: None,
            fallback: None,
            breadcrumbs: Vec::new(),
            image: None,
            vars,
        }
    }

    fn special(
        output: &'static str,
        template: &'static str,
        kind: &'static str,
        vars: Vars,
    ) -> PageJob {
        PageJob {
            rest: String::new(),
            fixed_output: Some(output),
            kind,
            ..PageJob::new(Route::Home, "x", template, vars)
        }
    }

    pub fn path_in(&self, lang: &str) -> String {
        format!("{lang}/{}", self.rest)
    }

    pub fn output_path(&self, lang: &str) -> String {
        match self.fixed_output {
            Some(path) => path.to_string(),
            None => format!("{lang}/{}index.html", self.rest),
        }
    }

    fn titled(mut self, title: String) -> Self {
        self.title = title;
        self
    }

    fn kind(mut self, kind: &'static str) -> Self {
        self.kind = kind;
        self
    }

    fn crumbs(mut self, crumbs: Vec<Crumb>) -> Self {
        self.breadcrumbs = crumbs;
        self
    }
}

pub fn for_language(views: &Views<'_>, strings: &Strings, shared: &Shared) -> Vec<PageJob> {
    let site = views.site;
    let code = views.lang.code.as_str();
    let t = |key: &str| strings.label(code, key);
    let home = Crumb {
        title: t("nav.home"),
        url: views.url(Route::Home),
    };
    let section = |key: &str, route: Route<'_>| {
        vec![
            home.clone(),
            Crumb {
                title: t(key),
                url: views.url(route),
            },
        ]
    };
    let mut jobs = vec![PageJob::new(Route::Home, code, "index.html", Vars::Home)
        .kind("home")
        .titled(views.lang.title.clone())];

    for (i, page) in site.pages.iter().enumerate() {
        let shown = page.shown(code, views.config());
        let mut job = PageJob::new(Route::Page(&page.slug), code, "page.html", Vars::Page(i))
            .titled(shown.version.front.title.clone())
            .crumbs(vec![home.clone()]);
        job.slug = page.slug.clone();
        job.description = shown.version.front.description.clone();
        job.fallback = shown.fallback.then(|| shown.version.lang.clone());
        jobs.push(job);
    }

    for (i, m) in shared.members.iter().enumerate() {
        let mut job = PageJob::new(Route::Member(&m.slug), code, "member.html", Vars::Member(i))
            .titled(m.name.text.clone())
            .crumbs(section("nav.members", Route::Members));
        job.slug = m.slug.clone();
        job.fallback = m.name.fallback.then(|| m.name.lang.clone());
        jobs.push(job);
    }
    jobs.push(
        PageJob::new(Route::Members, code, "members.html", Vars::Members)
            .titled(t("nav.members"))
            .crumbs(vec![home.clone()]),
    );

    let per_page = views.config().stories_per_page;
    let total = paginate::page_count(shared.story_cards.len(), per_page);
    for number in 1..=total {
        jobs.push(
            PageJob::new(
                Route::Stories(number),
                code,
                "stories.html",
                Vars::Stories(number),
            )
            .titled(t("nav.stories"))
            .crumbs(vec![home.clone()]),
        );
    }
    for (i, story) in site.stories.iter().enumerate() {
        let shown = story.shown(code, views.config());
        let mut job = PageJob::new(
            Route::Story(&story.slug),
            code,
            "story.html",
            Vars::Story(i),
        )
        .titled(shown.version.front.title.clone())
        .crumbs(section("nav.stories", Route::Stories(1)));
        job.slug = story.slug.clone();
        job.description = shown.version.front.summary.clone();
        job.fallback = shown.fallback.then(|| shown.version.lang.clone());
        job.image = shown
            .version
            .front
            .cover
            .as_deref()
            .and_then(|c| views.data.images.cover(&story.slug, c))
            .map(|set| set.largest().clone());
        jobs.push(job);
    }
    jobs.push(
        PageJob::new(Route::Tags, code, "tags.html", Vars::Tags)
            .titled(t("nav.tags"))
            .crumbs(section("nav.stories", Route::Stories(1))),
    );
    for (i, tag) in shared.tags.iter().enumerate() {
        let total = paginate::page_count(shared.tag_stories[i].len(), per_page);
        for number in 1..=total {
            let mut job = PageJob::new(
                Route::Tag(&tag.key, number),
                code,
                "tag.html",
                Vars::Tag(i, number),
            )
            .titled(tag.label.text.clone())
            .crumbs(section("nav.stories", Route::Stories(1)));
            job.slug = tag.key.clone();
            jobs.push(job);
        }
    }
    for (g, group) in shared.facets.iter().enumerate() {
        let total = paginate::page_count(group.stories.len(), per_page);
        for number in 1..=total {
            let mut job = PageJob::new(
                Route::StoriesBy(group.kind, &group.key, number),
                code,
                "stories-by.html",
                Vars::StoriesBy(g, number),
            )
            .titled(group.name.text.clone())
            .crumbs(section("nav.stories", Route::Stories(1)));
            job.slug = group.key.clone();
            jobs.push(job);
        }
    }

    jobs.push(
        PageJob::new(Route::Datasets, code, "datasets.html", Vars::Datasets)
            .titled(t("nav.data"))
            .crumbs(vec![home.clone()]),
    );
    for (i, (ds, card)) in site.datasets.iter().zip(&shared.datasets).enumerate() {
        let mut job = PageJob::new(
            Route::Dataset(&ds.slug),
            code,
            "dataset.html",
            Vars::Dataset(i),
        )
        .titled(card.title.text.clone())
        .crumbs(section("nav.data", Route::Datasets));
        job.slug = ds.slug.clone();
        job.description = card.summary.as_ref().map(|s| s.text.clone());
        job.fallback = card.title.fallback.then(|| card.title.lang.clone());
        jobs.push(job);
    }

    jobs.push(
        PageJob::new(
            Route::Deliverables,
            code,
            "deliverables.html",
            Vars::Deliverables,
        )
        .titled(t("nav.deliverables"))
        .crumbs(vec![home.clone()]),
    );
    for (i, del) in site.deliverables.iter().enumerate() {
        let card = views.deliverable_card(del);
        let mut job = PageJob::new(
            Route::Deliverable(&del.slug),
            code,
            "deliverable.html",
            Vars::Deliverable(i),
        )
        .titled(card.title.text.clone())
        .crumbs(section("nav.deliverables", Route::Deliverables));
        job.slug = del.slug.clone();
        job.description = card.summary.as_ref().map(|s| s.text.clone());
        job.fallback = card.title.fallback.then(|| card.title.lang.clone());
        jobs.push(job);
    }

    jobs.push(
        PageJob::new(Route::Services, code, "services.html", Vars::Services)
            .titled(t("nav.services"))
            .crumbs(vec![home.clone()]),
    );
    for (i, key) in site.refs.services.keys().enumerate() {
        let card = views.service_card(key, 0);
        let mut job = PageJob::new(Route::Service(key), code, "service.html", Vars::Service(i))
            .titled(card.name.text.clone())
            .crumbs(section("nav.services", Route::Services));
        job.slug = key.to_string();
        job.description = card.summary.map(|s| s.text);
        job.fallback = card.name.fallback.then(|| card.name.lang.clone());
        jobs.push(job);
    }

    jobs.extend(event_jobs(views, &t, &home));
    jobs.push(
        PageJob::new(Route::Search, code, "search.html", Vars::Search)
            .titled(t("nav.search"))
            .crumbs(vec![home]),
    );
    jobs
}

/// The calendar of events and each event's page.
fn event_jobs(views: &Views<'_>, t: &dyn Fn(&str) -> String, home: &Crumb) -> Vec<PageJob> {
    let code = views.lang.code.as_str();
    let mut jobs = vec![
        PageJob::new(Route::Events, code, "events.html", Vars::Events)
            .titled(t("nav.events"))
            .crumbs(vec![home.clone()]),
    ];
    let calendar = Crumb {
        title: t("nav.events"),
        url: views.url(Route::Events),
    };
    for (i, e) in views.site.events.iter().enumerate() {
        let card = views.event_card(e);
        let mut job = PageJob::new(Route::Event(&e.slug), code, "event.html", Vars::Event(i))
            .titled(card.title.text.clone())
            .crumbs(vec![home.clone(), calendar.clone()]);
        job.slug = e.slug.clone();
        job.description = e.data.summary.as_ref().map(|s| views.text(s).text);
        job.fallback = card.title.fallback.then(|| card.title.lang.clone());
        jobs.push(job);
    }
    jobs
}

/// `/404.html` and the root `/index.html`, rendered once, in the default
/// language, with a message in every language.
pub fn special_pages(views: &Views<'_>, strings: &Strings) -> Vec<PageJob> {
    // The message in the first language titles the page.
    let first = views
        .config()
        .languages
        .first()
        .map_or("", |l| l.code.as_str());
    let title = strings.label(first, "notfound.title");
    vec![
        PageJob::special("404.html", "404.html", "404", Vars::NotFound).titled(title),
        PageJob::special(
            "index.html",
            "language-choice.html",
            "language-choice",
            Vars::LanguageChoice,
        )
        .titled(views.lang.title.clone()),
    ]
}

/// Whether a page's body has highlighted code (the page then links the
/// highlighting stylesheet).
pub fn has_code(html: &str) -> bool {
    html.contains("<pre class=\"code\"")
}

/// The body of a page or story, rendered in `content`.
pub fn body<'c>(views: &Views<'c>, kind: Kind, slug: &str) -> &'c crate::content::Body {
    views
        .content
        .body(kind, slug, &views.lang.code)
        .expect("every page and story is rendered")
}
