//! The resolved site: every item validated, translations paired, references
//! checked. Immutable from here on; rendering only reads it.

use crate::config::Config;
use crate::discover::Kind;
use crate::model::{
    DatasetFile, DeliverableFile, EventFile, MemberFile, PageFront, RefList, ServiceFile,
    StoryFront,
};
use crate::parse::{BundleFile, Markdown, Yaml};
use indexmap::IndexMap;
use std::sync::Arc;

/// The language versions of one Markdown item, keyed by language code.
#[derive(Debug, Clone)]
pub struct Versions<F> {
    pub slug: String,
    /// Shared with the parse cache: see `parse::Parsed::stories`.
    pub by_lang: IndexMap<String, Arc<Markdown<F>>>,
}

impl<F> Versions<F> {
    /// The version in `lang`, if there is one: looked for one by one, as
    /// an item has a version per language, two or three (cheaper than
    /// hashing the code with SipHash for `IndexMap::get`; `shown` asks
    /// it of every story of every list, in every rebuild).
    pub fn version(&self, lang: &str) -> Option<&Arc<Markdown<F>>> {
        let mut versions = self.by_lang.iter();
        versions.find(|(code, _)| *code == lang).map(|(_, v)| v)
    }
}

/// The version shown to a reader of one language.
pub struct Shown<'a, F> {
    pub version: &'a Markdown<F>,
    /// True when the reader's language has no version of its own.
    pub fallback: bool,
}

impl<F> Versions<F> {
    /// The version in `lang`, else the default language's, else the first
    /// in the site's language order. Never nothing: an item exists because
    /// at least one version does.
    pub fn shown(&self, lang: &str, config: &Config) -> Shown<'_, F> {
        if let Some(v) = self.version(lang) {
            return Shown {
                version: v,
                fallback: false,
            };
        }
        let version = config
            .fallback_order()
            .find_map(|code| self.version(code))
            .or_else(|| self.by_lang.values().next())
            .expect("an item has at least one version");
        Shown {
            version,
            fallback: true,
        }
    }
}

pub type Page = Versions<PageFront>;
pub type Story = Versions<StoryFront>;
pub type Member = Yaml<MemberFile>;
pub type Dataset = Yaml<DatasetFile>;
pub type Deliverable = Yaml<DeliverableFile>;
pub type Service = Yaml<ServiceFile>;
pub type Event = Yaml<EventFile>;

#[derive(Debug, Default, Clone)]
pub struct References {
    pub governorates: RefList,
    pub services: RefList,
    pub committees: RefList,
    pub tags: RefList,
}

#[derive(Debug)]
pub struct Site {
    pub config: Config,
    pub refs: References,
    /// By weight, then slug.
    pub pages: Vec<Page>,
    /// By slug.
    pub members: Vec<Member>,
    /// Newest first (by the default language's date), then slug.
    pub stories: Vec<Story>,
    pub datasets: Vec<Dataset>,
    pub deliverables: Vec<Deliverable>,
    /// Service sheets, by key (a key of `services.yaml`).
    pub services: Vec<Service>,
    /// By start, then slug.
    pub events: Vec<Event>,
    pub bundle_files: Vec<BundleFile>,
}

impl Site {
    pub fn member(&self, slug: &str) -> Option<&Member> {
        self.members
            .binary_search_by(|m| m.slug.as_str().cmp(slug))
            .ok()
            .map(|i| &self.members[i])
    }

    /// The sheet of the service `key`, if it has one.
    pub fn service(&self, key: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.slug == key)
    }

    /// Let go of the Markdown of pages and stories once it is rendered.
    pub fn release_markdown(&mut self) {
        let pages = self.pages.iter_mut().flat_map(|p| p.by_lang.values_mut());
        for v in pages {
            Arc::make_mut(v).body = "".into();
        }
        let stories = self.stories.iter_mut().flat_map(|s| s.by_lang.values_mut());
        for v in stories {
            Arc::make_mut(v).body = "".into();
        }
    }
}

/// Every kind of page the generator writes, per language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route<'a> {
    Home,
    Page(&'a str),
    Members,
    Member(&'a str),
    /// 1-based page of the story list.
    Stories(usize),
    Story(&'a str),
    Tags,
    /// 1-based page of a tag's stories.
    Tag(&'a str, usize),
    /// 1-based page of the stories of one municipality, governorate or
    /// committee.
    StoriesBy(Facet, &'a str, usize),
    Datasets,
    Dataset(&'a str),
    Deliverables,
    Deliverable(&'a str),
    /// Every service of `services.yaml`, and each one's page.
    Services,
    Service(&'a str),
    /// The calendar of activities, and each one's page.
    Events,
    Event(&'a str),
    Search,
}

/// What a filtered story list is narrowed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Member,
    Governorate,
    Committee,
}

impl Facet {
    pub fn segment(self) -> &'static str {
        match self {
            Facet::Member => "member",
            Facet::Governorate => "governorate",
            Facet::Committee => "committee",
        }
    }
}

/// Page slugs that would collide with the generator's own sections.
pub const RESERVED_PAGE_SLUGS: [&str; 8] = [
    "members",
    "stories",
    "tags",
    "data",
    "deliverables",
    "services",
    "events",
    "search",
];

impl Route<'_> {
    /// Site-relative path of the page's folder: `ar/stories/x/`.
    pub fn path(&self, lang: &str) -> String {
        self.under("", lang)
    }

    /// The path after `base` (a base path or URL): `/reseau/ar/stories/x/`.
    /// Made for every link of every page: put together from its pieces,
    /// not through `format!`, whose machinery was 4 % of a `serve`
    /// rebuild.
    pub fn under(&self, base: &str, lang: &str) -> String {
        let n = |n: &usize| n.to_string();
        match self {
            Route::Home => concat(&[base, lang, "/"]),
            Route::Page(slug) => concat(&[base, lang, "/", slug, "/"]),
            Route::Members => concat(&[base, lang, "/members/"]),
            Route::Member(slug) => concat(&[base, lang, "/members/", slug, "/"]),
            Route::Stories(1) => concat(&[base, lang, "/stories/"]),
            Route::Stories(page) => concat(&[base, lang, "/stories/page/", &n(page), "/"]),
            Route::Story(slug) => concat(&[base, lang, "/stories/", slug, "/"]),
            Route::Tags => concat(&[base, lang, "/tags/"]),
            Route::Tag(tag, 1) => concat(&[base, lang, "/tags/", tag, "/"]),
            Route::Tag(tag, page) => concat(&[base, lang, "/tags/", tag, "/page/", &n(page), "/"]),
            // Under `by/`: a story may be named `member`, none is `by/x`.
            Route::StoriesBy(facet, key, 1) => {
                concat(&[base, lang, "/stories/by/", facet.segment(), "/", key, "/"])
            }
            Route::StoriesBy(facet, key, page) => concat(&[
                base,
                lang,
                "/stories/by/",
                facet.segment(),
                "/",
                key,
                "/page/",
                &n(page),
                "/",
            ]),
            Route::Datasets => concat(&[base, lang, "/data/"]),
            Route::Dataset(slug) => concat(&[base, lang, "/data/", slug, "/"]),
            Route::Deliverables => concat(&[base, lang, "/deliverables/"]),
            Route::Deliverable(slug) => concat(&[base, lang, "/deliverables/", slug, "/"]),
            Route::Services => concat(&[base, lang, "/services/"]),
            Route::Service(key) => concat(&[base, lang, "/services/", key, "/"]),
            Route::Events => concat(&[base, lang, "/events/"]),
            Route::Event(slug) => concat(&[base, lang, "/events/", slug, "/"]),
            Route::Search => concat(&[base, lang, "/search/"]),
        }
    }

    pub fn of_item(kind: Kind, slug: &str) -> Route<'_> {
        match kind {
            Kind::Page => Route::Page(slug),
            Kind::Member => Route::Member(slug),
            Kind::Story => Route::Story(slug),
            Kind::Dataset => Route::Dataset(slug),
            Kind::Deliverable => Route::Deliverable(slug),
            Kind::Service => Route::Service(slug),
            Kind::Event => Route::Event(slug),
        }
    }
}

/// The pieces one after the other, in a string of their length.
fn concat(pieces: &[&str]) -> String {
    let mut out = String::with_capacity(pieces.iter().map(|p| p.len()).sum());
    pieces.iter().for_each(|p| out.push_str(p));
    out
}

/// Where a bundle's file is published, once for all languages:
/// `data/<slug>/<file>` for datasets, `<folder>/<slug>/<file>` otherwise.
pub fn bundle_file_path(kind: Kind, slug: &str, name: &str) -> String {
    let folder = match kind {
        Kind::Dataset => "data",
        other => other.folder(),
    };
    format!("{folder}/{slug}/{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_are_pretty_urls() {
        assert_eq!(Route::Home.path("ar"), "ar/");
        assert_eq!(Route::Stories(1).path("fr"), "fr/stories/");
        assert_eq!(Route::Stories(3).path("fr"), "fr/stories/page/3/");
        assert_eq!(Route::Dataset("budget").path("ar"), "ar/data/budget/");
        assert_eq!(
            bundle_file_path(Kind::Dataset, "budget", "a.csv"),
            "data/budget/a.csv"
        );
        assert_eq!(
            bundle_file_path(Kind::Story, "x", "p.jpg"),
            "stories/x/p.jpg"
        );
    }
}
