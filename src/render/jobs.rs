//! The list of pages one language has, each with its template and the
//! variables only it needs (docs/theme.md).

use super::items::{DeliverableCard, MemberView, StoryCard};
use super::paginate;
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::map;
use crate::model::{Status, WorkStatus};
use crate::site::Route;
use crate::view::{Keyed, TagView, Text, Views};
use serde::Serialize;
use std::collections::BTreeMap;
use tera::Context;

#[derive(Debug, Clone, Serialize)]
pub struct Crumb {
    pub title: String,
    pub url: String,
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
    pub extra: Context,
}

impl PageJob {
    fn new(
        route: Route<'_>,
        lang: &str,
        template: &'static str,
        kind: &'static str,
        title: String,
    ) -> PageJob {
        let path = route.path(lang);
        PageJob {
            rest: path[lang.len() + 1..].to_string(),
            fixed_output: None,
            template,
            kind,
            slug: String::new(),
            title,
            description: None,
            fallback: None,
            breadcrumbs: Vec::new(),
            extra: Context::new(),
        }
    }

    pub fn special(
        output: &'static str,
        template: &'static str,
        kind: &'static str,
        title: String,
    ) -> PageJob {
        PageJob {
            rest: String::new(),
            fixed_output: Some(output),
            ..PageJob::new(Route::Home, "x", template, kind, title)
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

    fn with<T: Serialize + ?Sized>(mut self, key: &str, value: &T) -> Self {
        self.extra.insert(key, value);
        self
    }

    fn crumbs(mut self, crumbs: Vec<Crumb>) -> Self {
        self.breadcrumbs = crumbs;
        self
    }
}

#[derive(Serialize)]
pub(super) struct PageLink {
    title: String,
    description: Option<String>,
    url: String,
}

/// Pages with `menu: true` (the charter), or, with `menu` false, the
/// others (about, contact, the authoring guide): the footer lists both.
pub(super) fn footer_pages(views: &Views<'_>, menu: bool) -> Vec<PageLink> {
    views
        .site
        .pages
        .iter()
        .filter_map(|p| {
            let f = &p.shown(&views.lang.code, views.config()).version.front;
            (f.menu == menu).then(|| PageLink {
                title: f.title.clone(),
                description: f.description.clone(),
                url: views.url(Route::Page(&p.slug)),
            })
        })
        .collect()
}

#[derive(Serialize)]
struct Counts {
    members: usize,
    operational: usize,
    stories: usize,
    datasets: usize,
    deliverables_published: usize,
}

#[derive(Serialize)]
struct Paginator {
    current: usize,
    total: usize,
    prev_url: Option<String>,
    next_url: Option<String>,
    pages: Vec<PageNumber>,
}

/// A link of the page navigation; `gap` stands for numbers left out.
#[derive(Serialize)]
struct PageNumber {
    number: usize,
    url: String,
    current: bool,
    gap: bool,
}

impl Paginator {
    fn new(current: usize, total: usize, url: impl Fn(usize) -> String) -> Paginator {
        Paginator {
            current,
            total,
            prev_url: (current > 1).then(|| url(current - 1)),
            next_url: (current < total).then(|| url(current + 1)),
            pages: paginate::window(total, current)
                .into_iter()
                .map(|n| PageNumber {
                    number: n.unwrap_or(0),
                    url: n.map(&url).unwrap_or_default(),
                    current: n == Some(current),
                    gap: n.is_none(),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
struct CommitteeGroup {
    key: String,
    name: Text,
    deliverables: Vec<DeliverableCard>,
    /// Progress as an SVG stacked bar, with its counts.
    chart: String,
    published: usize,
    in_progress: usize,
    planned: usize,
}

#[derive(Serialize)]
struct Facet {
    value: String,
    label: String,
}

#[derive(Serialize)]
struct GovernorateCount {
    key: String,
    name: Text,
    count: usize,
}

pub fn for_language(views: &Views<'_>, strings: &Strings) -> Vec<PageJob> {
    let site = views.site;
    let code = views.lang.code.as_str();
    let t = |key: &str| {
        strings
            .text(code, key, None)
            .unwrap_or_else(|_| key.to_string())
    };
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
    let story_cards: Vec<StoryCard> = site.stories.iter().map(|s| views.story_card(s)).collect();
    let mut jobs = Vec::new();

    // Home.
    let counts = Counts {
        members: site.members.len(),
        operational: site
            .members
            .iter()
            .filter(|m| m.data.status == Status::Operational)
            .count(),
        stories: site.stories.len(),
        datasets: site.datasets.len(),
        deliverables_published: site
            .deliverables
            .iter()
            .filter(|d| d.data.status == WorkStatus::Published)
            .count(),
    };
    let upcoming: Vec<DeliverableCard> = site
        .deliverables
        .iter()
        .filter(|d| d.data.status != WorkStatus::Published)
        .take(4)
        .map(|d| views.deliverable_card(d))
        .collect();
    let home_view = serde_json::json!({
        "pages": footer_pages(views, true),
        "counts": counts,
        "latest_stories": &story_cards[..story_cards.len().min(3)],
        "upcoming_deliverables": upcoming,
    });
    jobs.push(
        PageJob::new(
            Route::Home,
            code,
            "index.html",
            "home",
            views.lang.title.clone(),
        )
        .with("home", &home_view),
    );

    // Pages.
    for page in &site.pages {
        let shown = page.shown(code, views.config());
        let body = views
            .content
            .body(Kind::Page, &page.slug, code)
            .expect("every page is rendered");
        let mut job = PageJob::new(
            Route::Page(&page.slug),
            code,
            "page.html",
            "page",
            shown.version.front.title.clone(),
        )
        .with("content", &body.rendered.html)
        .with(
            "has_code",
            &body.rendered.html.contains("<pre class=\"code\""),
        )
        .with("toc", &body.rendered.toc)
        .crumbs(vec![home.clone()]);
        job.slug = page.slug.clone();
        job.description = shown.version.front.description.clone();
        job.fallback = shown.fallback.then(|| shown.version.lang.clone());
        jobs.push(job);
    }

    // Members.
    let mut members: Vec<_> = site
        .members
        .iter()
        .map(|m| views.member_view(m, &story_cards))
        .collect();
    members.sort_by_cached_key(|m| (collation_key(&m.name.text), m.slug.clone()));
    let mut per_gov: BTreeMap<String, GovernorateCount> = BTreeMap::new();
    for m in &members {
        per_gov
            .entry(m.governorate.key.clone())
            .or_insert_with(|| GovernorateCount {
                key: m.governorate.key.clone(),
                name: m.governorate.name.clone(),
                count: 0,
            })
            .count += 1;
    }
    let mut governorates: Vec<GovernorateCount> = per_gov.into_values().collect();
    governorates.sort_by_cached_key(|g| collation_key(&g.name.text));
    let counts: Vec<(String, usize)> = governorates
        .iter()
        .map(|g| (g.key.clone(), g.count))
        .collect();
    let gov_name = |key: &str| views.reference(&site.refs.governorates, key).name.text;
    let greater_tunis = t("map.greater_tunis");
    let draw = |only: Option<&MemberView>, title: String| {
        let markers: Vec<map::Marker<'_>> = members
            .iter()
            .filter(|m| only.is_none_or(|o| o.slug == m.slug))
            .map(|m| map::Marker {
                slug: &m.slug,
                name: &m.name.text,
                url: &m.url,
                lat: m.location.lat,
                lon: m.location.lon,
            })
            .collect();
        let labels = map::Labels {
            title: &title,
            greater_tunis: &greater_tunis,
            governorate: &gov_name,
            dir: views.lang.dir.as_str(),
        };
        let options = map::Options {
            links: only.is_none(),
            precision: if only.is_none() { 1 } else { 0 },
            counts: counts.clone(),
        };
        map::svg(&markers, &labels, &options)
    };
    for m in &members {
        let locator = draw(
            Some(m),
            strings
                .format(code, "map.locator", None, &[("name", &m.name.text)])
                .unwrap_or_default(),
        );
        let mut job = PageJob::new(
            Route::Member(&m.slug),
            code,
            "member.html",
            "member",
            m.name.text.clone(),
        )
        .with("member", m)
        .with("locator_map", &locator)
        .crumbs(section("nav.members", Route::Members));
        job.slug = m.slug.clone();
        job.fallback = m.name.fallback.then(|| m.name.lang.clone());
        jobs.push(job);
    }
    jobs.push(
        PageJob::new(
            Route::Members,
            code,
            "members.html",
            "members",
            t("nav.members"),
        )
        .with("map", &draw(None, t("map.title")))
        .with("open_data", &open_data_links(views, t("members.schema")))
        .with(
            "services",
            &site
                .refs
                .services
                .keys()
                .map(|k| views.reference(&site.refs.services, k))
                .collect::<Vec<_>>(),
        )
        .with("members", &members)
        .with("governorates", &governorates)
        .crumbs(vec![home.clone()]),
    );

    // Stories, paginated, and tags.
    let tags = tag_views(views, &story_cards);
    let per_page = views.config().stories_per_page;
    let total = paginate::page_count(story_cards.len(), per_page);
    for number in 1..=total {
        let slice = paginate::slice(&story_cards, per_page, number);
        let paginator = Paginator::new(number, total, |n| views.url(Route::Stories(n)));
        jobs.push(
            PageJob::new(
                Route::Stories(number),
                code,
                "stories.html",
                "stories",
                t("nav.stories"),
            )
            .with("stories", slice)
            .with("paginator", &paginator)
            .with("tags", &tags)
            .crumbs(vec![home.clone()]),
        );
    }
    for (index, story) in site.stories.iter().enumerate() {
        let shown = story.shown(code, views.config());
        let body = views
            .content
            .body(Kind::Story, &story.slug, code)
            .expect("every story is rendered");
        let view = views.story_view(index, &story_cards);
        let mut job = PageJob::new(
            Route::Story(&story.slug),
            code,
            "story.html",
            "story",
            shown.version.front.title.clone(),
        )
        .with("story", &view)
        .with("content", &body.rendered.html)
        .with(
            "has_code",
            &body.rendered.html.contains("<pre class=\"code\""),
        )
        .with("toc", &body.rendered.toc)
        .crumbs(section("nav.stories", Route::Stories(1)));
        job.slug = story.slug.clone();
        job.description = shown.version.front.summary.clone();
        job.fallback = shown.fallback.then(|| shown.version.lang.clone());
        jobs.push(job);
    }
    jobs.push(
        PageJob::new(Route::Tags, code, "tags.html", "tags", t("nav.tags"))
            .with("tags", &tags)
            .crumbs(section("nav.stories", Route::Stories(1))),
    );
    for tag in &tags {
        let stories: Vec<&StoryCard> = story_cards
            .iter()
            .filter(|s| s.tags.iter().any(|t| t.key == tag.key))
            .collect();
        let total = paginate::page_count(stories.len(), per_page);
        for number in 1..=total {
            let paginator = Paginator::new(number, total, |n| views.url(Route::Tag(&tag.key, n)));
            let mut job = PageJob::new(
                Route::Tag(&tag.key, number),
                code,
                "tag.html",
                "tag",
                tag.label.text.clone(),
            )
            .with("tag", tag)
            .with("stories", paginate::slice(&stories, per_page, number))
            .with("paginator", &paginator)
            .crumbs(section("nav.stories", Route::Stories(1)));
            job.slug = tag.key.clone();
            jobs.push(job);
        }
    }

    // Open data.
    let datasets: Vec<_> = site
        .datasets
        .iter()
        .map(|d| views.dataset_card(d))
        .collect();
    jobs.push(
        PageJob::new(
            Route::Datasets,
            code,
            "datasets.html",
            "datasets",
            t("nav.data"),
        )
        .with("datasets", &datasets)
        .crumbs(vec![home.clone()]),
    );
    for ds in &site.datasets {
        let view = views.dataset_view(ds);
        let mut job = PageJob::new(
            Route::Dataset(&ds.slug),
            code,
            "dataset.html",
            "dataset",
            view.card.title.text.clone(),
        )
        .crumbs(section("nav.data", Route::Datasets));
        job.slug = ds.slug.clone();
        job.description = view.card.summary.as_ref().map(|s| s.text.clone());
        job.fallback = view
            .card
            .title
            .fallback
            .then(|| view.card.title.lang.clone());
        jobs.push(job.with("dataset", &view));
    }

    // Deliverables, grouped by committee in the order of committees.yaml.
    let groups: Vec<CommitteeGroup> = site
        .refs
        .committees
        .keys()
        .map(|key| {
            let Keyed { key, name } = views.reference(&site.refs.committees, key);
            let deliverables: Vec<DeliverableCard> = site
                .deliverables
                .iter()
                .filter(|d| d.data.committee == key)
                .map(|d| views.deliverable_card(d))
                .collect();
            let count = |status: &str| deliverables.iter().filter(|d| d.status == status).count();
            let (published, in_progress, planned) =
                (count("published"), count("in-progress"), count("planned"));
            let label = strings
                .format(
                    code,
                    "deliverables.progress",
                    None,
                    &[
                        ("name", name.text.as_str()),
                        ("published", &published.to_string()),
                        ("in_progress", &in_progress.to_string()),
                        ("planned", &planned.to_string()),
                    ],
                )
                .unwrap_or_default();
            let chart = crate::chart::progress_bar(
                &crate::chart::Progress {
                    published,
                    in_progress,
                    planned,
                    label: &label,
                },
                views.lang.dir,
            );
            CommitteeGroup {
                key,
                name,
                deliverables,
                chart,
                published,
                in_progress,
                planned,
            }
        })
        .collect();
    jobs.push(
        PageJob::new(
            Route::Deliverables,
            code,
            "deliverables.html",
            "deliverables",
            t("nav.deliverables"),
        )
        .with("committees", &groups)
        .with("years", &deliverable_years(site))
        .with("kinds", &deliverable_kinds(site, &t))
        .crumbs(vec![home.clone()]),
    );
    for del in &site.deliverables {
        let view = views.deliverable_view(del);
        let mut job = PageJob::new(
            Route::Deliverable(&del.slug),
            code,
            "deliverable.html",
            "deliverable",
            view.card.title.text.clone(),
        )
        .crumbs(section("nav.deliverables", Route::Deliverables));
        job.slug = del.slug.clone();
        job.description = view.card.summary.as_ref().map(|s| s.text.clone());
        job.fallback = view
            .card
            .title
            .fallback
            .then(|| view.card.title.lang.clone());
        jobs.push(job.with("deliverable", &view));
    }

    jobs.push(
        PageJob::new(
            Route::Search,
            code,
            "search.html",
            "search",
            t("nav.search"),
        )
        .crumbs(vec![home]),
    );
    jobs
}

#[derive(Serialize)]
struct NotFound<'a> {
    code: &'a str,
    dir: &'static str,
    title: String,
    body: String,
    home_url: String,
    home_label: String,
}

#[derive(Serialize)]
struct Choice<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    url: String,
    title: &'a str,
}

/// `/404.html` and the root `/index.html`, rendered once, in the default
/// language, with a message in every language.
pub fn special_pages(views: &Views<'_>, strings: &Strings) -> Vec<PageJob> {
    let config = views.config();
    let messages: Vec<NotFound<'_>> = config
        .languages
        .iter()
        .map(|l| {
            let t = |key: &str| {
                strings
                    .text(&l.code, key, None)
                    .unwrap_or_else(|_| key.to_string())
            };
            NotFound {
                code: &l.code,
                dir: l.dir.as_str(),
                title: t("notfound.title"),
                body: t("notfound.body"),
                home_url: format!("{}{}", config.base_path, Route::Home.path(&l.code)),
                home_label: t("notfound.home"),
            }
        })
        .collect();
    let choices: Vec<Choice<'_>> = config
        .languages
        .iter()
        .map(|l| Choice {
            code: &l.code,
            name: &l.name,
            dir: l.dir.as_str(),
            url: format!("{}{}", config.base_path, Route::Home.path(&l.code)),
            title: &l.title,
        })
        .collect();
    let title = messages
        .first()
        .map(|m| m.title.clone())
        .unwrap_or_default();
    vec![
        PageJob::special("404.html", "404.html", "404", title).with("messages", &messages),
        PageJob::special(
            "index.html",
            "language-choice.html",
            "language-choice",
            views.lang.title.clone(),
        )
        .with("choices", &choices)
        .with("default_url", &views.url(Route::Home)),
    ]
}

/// Years of the due dates, for the year filter, newest first.
fn deliverable_years(site: &crate::site::Site) -> Vec<i32> {
    let mut years: Vec<i32> = site
        .deliverables
        .iter()
        .map(|d| d.data.due.0.year())
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

fn deliverable_kinds(site: &crate::site::Site, t: &dyn Fn(&str) -> String) -> Vec<Facet> {
    let mut kinds: Vec<&str> = site
        .deliverables
        .iter()
        .map(|d| d.data.kind.key())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
        .into_iter()
        .map(|k| Facet {
            value: k.to_string(),
            label: t(&format!("kind.{k}")),
        })
        .collect()
}

#[derive(Serialize)]
struct OpenDataLink {
    format: String,
    url: String,
}

fn open_data_links(views: &Views<'_>, schema_label: String) -> Vec<OpenDataLink> {
    [
        ("CSV", "members.csv"),
        ("GeoJSON", "members.geojson"),
        ("JSON", "members.json"),
        ("", "members.schema.json"),
    ]
    .into_iter()
    .map(|(format, file)| OpenDataLink {
        // The schema's label is a word, so it comes from the UI strings.
        format: if format.is_empty() {
            schema_label.clone()
        } else {
            format.to_string()
        },
        url: format!(
            "{}{}/{file}",
            views.config().base_path,
            crate::opendata::DIR
        ),
    })
    .collect()
}

/// Tags used by the stories a reader of this language sees, by label.
fn tag_views(views: &Views<'_>, cards: &[StoryCard]) -> Vec<TagView> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for tag in cards.iter().flat_map(|c| &c.tags) {
        *counts.entry(&tag.key).or_default() += 1;
    }
    let mut tags: Vec<TagView> = counts
        .into_iter()
        .map(|(key, n)| views.tag(key, n))
        .collect();
    tags.sort_by_cached_key(|t| collation_key(&t.label.text));
    tags
}

/// A sort key that orders Arabic and French names as a reader expects:
/// case, accents and Arabic diacritics ignored, alef and hamza forms
/// unified. (Full UCA collation would need ICU; this is its useful core.)
pub fn collation_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670 | 0x0640))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'à' | 'â' | 'ä' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collation_ignores_accents_and_hamza() {
        assert!(collation_key("Émilie") < collation_key("Fatma"));
        assert_eq!(collation_key("أريانة"), collation_key("اريانه"));
        assert!(collation_key("بلدية أريانة") < collation_key("بلدية تونس"));
    }
}
