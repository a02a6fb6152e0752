//! The list of pages one language has: for each, its kind, path, title
//! and crumbs. The variables themselves are built later, page by page
//! inside the parallel render (`fill.rs`), so the list stays small
//! whatever the size of the site.

use super::kind::PageKind;
use super::language::LanguagePages;
use super::paginate;
use super::shared::Shared;
use super::views::breadcrumbs::Crumb;
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::site::Route;
use crate::view::{Text, Views};
use std::sync::Arc;

/// Every page's path after its language folder, with the languages that
/// have it.
pub type Routes = std::collections::BTreeMap<String, Vec<String>>;

pub struct PageJob {
    pub kind: PageKind,
    /// The page's path after `<lang>/`: `stories/x/`.
    pub rest: String,
    /// Pages outside the language folders (`404.html`).
    pub fixed_output: Option<&'static str>,
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    /// The language shown when the reader's has no version.
    pub fallback: Option<String>,
    /// Shared by the pages of a section: made once, not once per page.
    pub breadcrumbs: Arc<[Crumb]>,
    /// The picture link previews show (a story's cover); the theme's
    /// share image when `None`.
    pub image: Option<crate::images::Variant>,
}

/// What a page's read hash takes of its job (`Renderer::read_key`):
/// every field, as `page_variables` reads them. Of its kind, the name
/// only: `page_variables` reads no index, and a story added first moves
/// every story's index, not what its page shows (what its page reads is
/// `reads`', which names each card by its place).
impl std::hash::Hash for PageJob {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.kind.name().hash(state);
        (&self.rest, self.fixed_output, &self.slug, &self.title).hash(state);
        (
            &self.description,
            &self.fallback,
            &self.breadcrumbs,
            &self.image,
        )
            .hash(state);
    }
}

impl PageJob {
    fn new(kind: PageKind, route: Route<'_>, lang: &str) -> PageJob {
        let path = route.path(lang);
        PageJob {
            kind,
            rest: path[lang.len() + 1..].to_string(),
            fixed_output: None,
            slug: String::new(),
            title: String::new(),
            description: None,
            fallback: None,
            breadcrumbs: Arc::new([]),
            image: None,
        }
    }

    fn special(output: &'static str, kind: PageKind) -> PageJob {
        PageJob {
            rest: String::new(),
            fixed_output: Some(output),
            ..PageJob::new(kind, Route::Home, "x")
        }
    }

    pub fn template(&self) -> &'static str {
        self.kind.template()
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

    fn crumbs(mut self, crumbs: Arc<[Crumb]>) -> Self {
        self.breadcrumbs = crumbs;
        self
    }

    /// A list's page about one key (a tag, a filter): its key and title.
    fn about(mut self, key: &str, title: &Text) -> Self {
        self.slug = key.to_string();
        self.title = title.text.clone();
        self
    }

    /// An item's page: its slug, and the language shown when its title
    /// falls back to another.
    fn of_item(mut self, slug: &str, title: &Text) -> Self {
        self.slug = slug.to_string();
        self.title = title.text.clone();
        self.fallback = title.fallback.then(|| title.lang.clone());
        self
    }
}

/// Each section's pages, in the order they are listed.
impl LanguagePages<'_, '_> {
    fn job(&self, kind: PageKind) -> PageJob {
        let route = kind.route(self.views.site, self.shared);
        PageJob::new(kind, route, &self.views.lang.code)
    }

    fn home(&self) -> Crumb {
        Crumb {
            title: self.t("nav.home"),
            url: self.views.url(Route::Home),
        }
    }

    /// Home, then a section's first page.
    fn section(&self, key: &str, route: Route<'_>) -> Arc<[Crumb]> {
        let section = Crumb {
            title: self.t(key),
            url: self.views.url(route),
        };
        Arc::new([self.home(), section])
    }

    /// A list page of a section, titled by its `nav.` label.
    fn list(&self, kind: PageKind, key: &str) -> PageJob {
        self.job(kind)
            .titled(self.t(key))
            .crumbs(Arc::new([self.home()]))
    }

    fn pages(&self, jobs: &mut Vec<PageJob>) {
        let views = self.views;
        let crumbs: Arc<[Crumb]> = Arc::new([self.home()]);
        for (i, page) in views.site.pages.iter().enumerate() {
            let shown = page.shown(&views.lang.code, views.config());
            let mut job = self.job(PageKind::Page(i));
            job.slug = page.slug.clone();
            job.title = shown.version.front.title.clone();
            job.description = shown.version.front.description.clone();
            job.fallback = shown.fallback.then(|| shown.version.lang.clone());
            jobs.push(job.crumbs(Arc::clone(&crumbs)));
        }
    }

    fn members(&self, jobs: &mut Vec<PageJob>) {
        let crumbs = self.section("nav.members", Route::Members);
        for (i, m) in self.shared.directory.members.iter().enumerate() {
            let job = self.job(PageKind::Member(i)).of_item(&m.slug, &m.name);
            jobs.push(job.crumbs(Arc::clone(&crumbs)));
        }
        jobs.push(self.list(PageKind::Members, "nav.members"));
    }

    fn stories(&self, jobs: &mut Vec<PageJob>) {
        let views = self.views;
        let per_page = views.config().stories_per_page;
        let total = paginate::page_count(self.shared.story_cards.len(), per_page);
        for number in 1..=total {
            jobs.push(self.list(PageKind::Stories(number), "nav.stories"));
        }
        let crumbs = self.section("nav.stories", Route::Stories(1));
        for i in 0..views.site.stories.len() {
            jobs.push(self.story(i).crumbs(Arc::clone(&crumbs)));
        }
    }

    /// The page of the story at `i`, without its crumbs.
    fn story(&self, i: usize) -> PageJob {
        let views = self.views;
        let story = &views.site.stories[i];
        let shown = story.shown(&views.lang.code, views.config());
        let front = &shown.version.front;
        let mut job = self.job(PageKind::Story(i));
        job.slug = story.slug.clone();
        job.title = front.title.clone();
        job.description = front.summary.clone();
        job.fallback = shown.fallback.then(|| shown.version.lang.clone());
        let cover = front.cover.as_deref();
        let set = cover.and_then(|c| views.data.images.cover(&story.slug, c));
        job.image = set.map(|set| set.largest().clone());
        job
    }

    /// The tags, each tag's pages and the story filters' pages.
    fn story_lists(&self, jobs: &mut Vec<PageJob>) {
        let shared = self.shared;
        let per_page = self.views.config().stories_per_page;
        let crumbs = self.section("nav.stories", Route::Stories(1));
        let crumbs = || Arc::clone(&crumbs);
        let tags = self.job(PageKind::Tags).titled(self.t("nav.tags"));
        jobs.push(tags.crumbs(crumbs()));
        for (i, tag) in shared.tags.iter().enumerate() {
            let total = paginate::page_count(shared.tag_stories[i].len(), per_page);
            for number in 1..=total {
                let job = self
                    .job(PageKind::Tag(i, number))
                    .about(&tag.key, &tag.label);
                jobs.push(job.crumbs(crumbs()));
            }
        }
        for (g, group) in shared.facets.iter().enumerate() {
            let total = paginate::page_count(group.stories.len(), per_page);
            for number in 1..=total {
                let kind = PageKind::StoriesBy(g, number);
                let job = self.job(kind).about(&group.key, &group.name);
                jobs.push(job.crumbs(crumbs()));
            }
        }
    }

    fn datasets(&self, jobs: &mut Vec<PageJob>) {
        jobs.push(self.list(PageKind::Datasets, "nav.data"));
        let datasets = self
            .views
            .site
            .datasets
            .iter()
            .zip(&self.shared.directory.datasets);
        let crumbs = self.section("nav.data", Route::Datasets);
        for (i, (ds, card)) in datasets.enumerate() {
            let mut job = self
                .job(PageKind::Dataset(i))
                .of_item(&ds.slug, &card.title);
            job.description = card.summary.as_ref().map(|s| s.text.clone());
            jobs.push(job.crumbs(Arc::clone(&crumbs)));
        }
    }

    fn deliverables(&self, jobs: &mut Vec<PageJob>) {
        jobs.push(self.list(PageKind::Deliverables, "nav.deliverables"));
        let crumbs = self.section("nav.deliverables", Route::Deliverables);
        for (i, del) in self.views.site.deliverables.iter().enumerate() {
            let card = self.views.deliverable_card(del);
            let mut job = self
                .job(PageKind::Deliverable(i))
                .of_item(&del.slug, &card.title);
            job.description = card.summary.as_ref().map(|s| s.text.clone());
            jobs.push(job.crumbs(Arc::clone(&crumbs)));
        }
    }

    fn services(&self, jobs: &mut Vec<PageJob>) {
        jobs.push(self.list(PageKind::Services, "nav.services"));
        let crumbs = self.section("nav.services", Route::Services);
        for (i, key) in self.views.site.refs.services.keys().enumerate() {
            let card = self.views.service_card(key, 0);
            let mut job = self.job(PageKind::Service(i)).of_item(key, &card.name);
            job.description = card.summary.map(|s| s.text);
            jobs.push(job.crumbs(Arc::clone(&crumbs)));
        }
    }

    /// The calendar of events and each event's page.
    fn events(&self, jobs: &mut Vec<PageJob>) {
        jobs.push(self.list(PageKind::Events, "nav.events"));
        let views = self.views;
        let crumbs = self.section("nav.events", Route::Events);
        for (i, e) in views.site.events.iter().enumerate() {
            let card = views.event_card(e);
            let mut job = self.job(PageKind::Event(i)).of_item(&e.slug, &card.title);
            job.description = e.data.summary.as_ref().map(|s| views.text(s).text);
            jobs.push(job.crumbs(Arc::clone(&crumbs)));
        }
    }
}

pub fn for_language(views: &Views<'_>, strings: &Strings, shared: &Shared) -> Vec<PageJob> {
    let language = LanguagePages {
        views,
        shared,
        strings,
    };
    let home = language
        .job(PageKind::Home)
        .titled(views.lang.title.clone());
    let mut jobs = vec![home];
    language.pages(&mut jobs);
    language.members(&mut jobs);
    language.stories(&mut jobs);
    language.story_lists(&mut jobs);
    language.datasets(&mut jobs);
    language.deliverables(&mut jobs);
    language.services(&mut jobs);
    language.events(&mut jobs);
    jobs.push(language.list(PageKind::Search, "nav.search"));
    jobs
}

/// The page of the story at `i` again, with the `crumbs` its page had
/// (made of UI strings only).
pub fn story_again(
    views: &Views<'_>,
    strings: &Strings,
    shared: &Shared,
    i: usize,
    crumbs: &Arc<[Crumb]>,
) -> PageJob {
    let language = LanguagePages {
        views,
        shared,
        strings,
    };
    language.story(i).crumbs(Arc::clone(crumbs))
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
        PageJob::special("404.html", PageKind::NotFound).titled(title),
        PageJob::special("index.html", PageKind::LanguageChoice).titled(views.lang.title.clone()),
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
