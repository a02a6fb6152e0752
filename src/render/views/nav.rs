//! Ways from page to page: the main navigation (home, the charter when
//! the site has one, then the kinds of items, each current on its own
//! pages) and the footer's menu; the pages of a section, listed beside
//! each of them; the page numbers of a long list.

use crate::i18n::Strings;
use crate::menus::{MenuEntry, Section, Target};
use crate::render::jobs::PageJob;
use crate::render::kind::PageKind;
use crate::render::paginate::window;
use crate::site::Route;
use crate::view::Views;
use serde::Serialize;

#[derive(Clone, Serialize)]
pub(super) struct NavItem {
    /// The section's name (`members`…), the page's slug, or `url`.
    key: String,
    title: String,
    url: String,
    current: bool,
}

/// The main navigation by default: the sections' entries (their name,
/// address and page kinds are `Section`'s, as for `menus.main`), with the
/// charter (`None`) after home, listed only when the site has one.
const NAV: [Option<Section>; 6] = [
    Some(Section::Home),
    None,
    Some(Section::Members),
    Some(Section::Stories),
    Some(Section::Data),
    Some(Section::Deliverables),
];

/// The page the main navigation names `charter`.
const CHARTER: &str = "charter";

/// A language's main navigation, made once: the entries are the same on
/// every page, only which one is current differs (11,800 pages each
/// looked up the labels and made the URLs of the same six entries).
#[derive(Clone)]
pub struct Nav {
    entries: Vec<(NavItem, Current)>,
    /// A hash of the entries: a page's fingerprint takes it and which
    /// entries are current, not the entries written out.
    key: u64,
}

/// On which pages an entry is current.
#[derive(Clone)]
enum Current {
    /// Pages of these kinds (a section's: `Section::page_kinds`).
    Kinds(&'static [&'static str]),
    /// The page of this slug.
    Page(String),
    Never,
}

impl Current {
    fn of(&self, job: &PageJob) -> bool {
        let on_page = |slug: &str| matches!(job.kind, PageKind::Page(_)) && job.slug == slug;
        match self {
            Current::Kinds(kinds) => kinds.contains(&job.kind.name()),
            Current::Page(slug) => on_page(slug),
            Current::Never => false,
        }
    }
}

impl Nav {
    /// `menus.main` of site.yaml, or the defaults, in `views`' language.
    pub fn new(views: &Views<'_>, strings: &Strings) -> Nav {
        let entries: Vec<(NavItem, Current)> = match &views.config().menus.main {
            Some(entries) => entries
                .iter()
                .filter_map(|e| entry(views, strings, e))
                .collect(),
            None => default_items(views, strings),
        };
        let items: Vec<&NavItem> = entries.iter().map(|(item, _)| item).collect();
        let written = serde_json::to_vec(&items).unwrap_or_default();
        Nav {
            key: xxhash_rust::xxh3::xxh3_64(&written),
            entries,
        }
    }

    /// The navigation of `job`'s page, its own entry current.
    pub(super) fn items(&self, job: &PageJob) -> Vec<NavItem> {
        let current = self.entries.iter().map(|(item, when)| NavItem {
            current: when.of(job),
            ..item.clone()
        });
        current.collect()
    }

    /// What a page's fingerprint takes for its navigation: the entries'
    /// hash and which of them are current.
    pub(crate) fn key_of(&self, job: &PageJob) -> (u64, Vec<bool>) {
        let current = self.entries.iter().map(|(_, when)| when.of(job));
        (self.key, current.collect())
    }
}

/// `menus.footer` of site.yaml, when the site has one.
pub(super) fn footer(views: &Views<'_>, strings: &Strings) -> Option<Vec<NavItem>> {
    let entries = views.config().menus.footer.as_ref()?;
    Some(
        entries
            .iter()
            .filter_map(|e| entry(views, strings, e))
            .map(|(item, _)| item)
            .collect(),
    )
}

/// One configured entry, in the page's language; none for a page that is
/// not published (a draft in `build`): the check has said so already.
fn entry(views: &Views<'_>, strings: &Strings, entry: &MenuEntry) -> Option<(NavItem, Current)> {
    let lang = &views.lang.code;
    let label = entry.label.get(lang).cloned();
    let item = match entry.target()? {
        Target::Section(section) => (
            NavItem {
                key: section.key().to_string(),
                title: label.unwrap_or_else(|| {
                    strings
                        .text(lang, &format!("nav.{}", section.key()), None)
                        .unwrap_or_else(|e| e)
                }),
                url: views.url(section_route(section)),
                current: false,
            },
            Current::Kinds(section.page_kinds()),
        ),
        Target::Page(slug) => {
            let page = views.site.pages.iter().find(|p| p.slug == slug)?;
            let item = NavItem {
                key: slug.to_string(),
                title: label.unwrap_or_else(|| {
                    page.shown(lang, views.config()).version.front.title.clone()
                }),
                url: views.url(Route::Page(&page.slug)),
                current: false,
            };
            (item, Current::Page(slug.to_string()))
        }
        Target::Url(url) => (
            NavItem {
                key: "url".to_string(),
                title: label?,
                url: match url.strip_prefix('/') {
                    Some(path) => format!("{}{path}", views.config().base_path),
                    None => url.to_string(),
                },
                current: false,
            },
            Current::Never,
        ),
    };
    Some(item)
}

fn section_route(section: Section) -> Route<'static> {
    match section {
        Section::Home => Route::Home,
        Section::Members => Route::Members,
        Section::Stories => Route::Stories(1),
        Section::Data => Route::Datasets,
        Section::Deliverables => Route::Deliverables,
        Section::Services => Route::Services,
        Section::Events => Route::Events,
        Section::Tags => Route::Tags,
        Section::Search => Route::Search,
    }
}

fn default_items(views: &Views<'_>, strings: &Strings) -> Vec<(NavItem, Current)> {
    let (site, lang, config) = (views.site, views.lang, views.config());
    let charter = site.pages.iter().find(|p| p.slug == CHARTER);
    let item = |key: &str, url: String| NavItem {
        key: key.to_string(),
        // The charter's entry falls back to the page's own title when
        // the theme has no `nav.charter`.
        title: strings
            .text(&lang.code, &format!("nav.{key}"), None)
            .or_else(|e| {
                charter
                    .filter(|_| key == CHARTER)
                    .map(|p| p.shown(&lang.code, config).version.front.title.clone())
                    .ok_or(e)
            })
            .unwrap_or_else(|e| e),
        url,
        current: false,
    };
    NAV.iter()
        .filter_map(|section| match section {
            Some(s) => Some((
                item(s.key(), views.url(section_route(*s))),
                Current::Kinds(s.page_kinds()),
            )),
            // The charter's entry has no section: it is current on the
            // charter page.
            None => charter.map(|_| {
                let url = views.url(Route::Page(CHARTER));
                (item(CHARTER, url), Current::Page(CHARTER.to_string()))
            }),
        })
        .collect()
}

/// The pages of a section (`section:` in a page's front matter: its lead
/// first, then the pages that name it, by weight), for the page `slug`
/// when it is in one; each marked `current` or not. The theme lists them
/// beside each of them, with previous/next links.
#[derive(Serialize)]
pub struct SectionView {
    title: String,
    pages: Vec<SectionLink>,
}

#[derive(Serialize)]
struct SectionLink {
    title: String,
    url: String,
    current: bool,
}

pub fn section(views: &Views<'_>, slug: &str) -> Option<SectionView> {
    fn shown<'a>(
        views: &Views<'_>,
        p: &'a crate::site::Versions<crate::model::PageFront>,
    ) -> &'a crate::model::PageFront {
        &p.shown(&views.lang.code, views.config()).version.front
    }
    let front = |p| shown(views, p);
    let pages = &views.site.pages;
    let this = pages.iter().find(|p| p.slug == slug)?;
    let lead_slug = front(this)
        .section
        .clone()
        .unwrap_or_else(|| slug.to_string());
    let lead = pages.iter().find(|p| p.slug == lead_slug)?;
    let members: Vec<_> = pages
        .iter()
        .filter(|p| front(p).section.as_deref() == Some(lead_slug.as_str()))
        .collect();
    if members.is_empty() {
        return None;
    }
    // `site.pages` is already in weight order.
    let pages = std::iter::once(lead)
        .chain(members)
        .map(|p| SectionLink {
            title: front(p).title.clone(),
            url: views.url(Route::Page(&p.slug)),
            current: p.slug == slug,
        })
        .collect();
    Some(SectionView {
        title: front(lead).title.clone(),
        pages,
    })
}

/// The navigation between the pages of a list, for templates.
#[derive(Serialize)]
pub struct Paginator {
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
    pub fn new(current: usize, total: usize, url: impl Fn(usize) -> String) -> Paginator {
        Paginator {
            current,
            total,
            prev_url: (current > 1).then(|| url(current - 1)),
            next_url: (current < total).then(|| url(current + 1)),
            pages: window(total, current)
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
