//! What a page is, from its address to its template: one value says which
//! kind of page it is and, for an item's page, which item. Its route, its
//! template, the name templates see (`page.kind`) and its variables
//! (`fill`) all follow from it.

use super::shared::Shared;
use crate::site::{Route, Site};

/// A kind of page; an item's page holds the item's index into the site
/// or `Shared`, a list's page its page number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Home,
    /// Index into `Site::pages`.
    Page(usize),
    Members,
    /// Index into `Shared::members` (sorted by name).
    Member(usize),
    /// Page number.
    Stories(usize),
    /// Index into `Site::stories` (newest first).
    Story(usize),
    Tags,
    /// Index into `Shared::tags`, page number.
    Tag(usize, usize),
    /// Index into `Shared::facets`, page number.
    StoriesBy(usize, usize),
    Datasets,
    /// Index into `Site::datasets`.
    Dataset(usize),
    Deliverables,
    /// Index into `Site::deliverables`.
    Deliverable(usize),
    Services,
    /// Index into the keys of `services.yaml`.
    Service(usize),
    Events,
    /// Index into `Site::events`.
    Event(usize),
    Search,
    /// `/404.html`, outside the language folders.
    NotFound,
    /// The root `/index.html`, outside the language folders.
    LanguageChoice,
}

impl PageKind {
    /// The template that draws it.
    pub fn template(self) -> &'static str {
        match self {
            PageKind::Home => "index.html",
            PageKind::Page(_) => "page.html",
            PageKind::Members => "members.html",
            PageKind::Member(_) => "member.html",
            PageKind::Stories(_) => "stories.html",
            PageKind::Story(_) => "story.html",
            PageKind::Tags => "tags.html",
            PageKind::Tag(..) => "tag.html",
            PageKind::StoriesBy(..) => "stories-by.html",
            PageKind::Datasets => "datasets.html",
            PageKind::Dataset(_) => "dataset.html",
            PageKind::Deliverables => "deliverables.html",
            PageKind::Deliverable(_) => "deliverable.html",
            PageKind::Services => "services.html",
            PageKind::Service(_) => "service.html",
            PageKind::Events => "events.html",
            PageKind::Event(_) => "event.html",
            PageKind::Search => "search.html",
            PageKind::NotFound => "404.html",
            PageKind::LanguageChoice => "language-choice.html",
        }
    }

    /// Its name as templates see it (`page.kind`, docs/theme.md): its
    /// template's, but `home` for the home page. Spelled out, not cut
    /// from the template's name: every page's navigation asks it of each
    /// entry on every rebuild (a sixth of a title edit's instructions).
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Page(_) => "page",
            PageKind::Members => "members",
            PageKind::Member(_) => "member",
            PageKind::Stories(_) => "stories",
            PageKind::Story(_) => "story",
            PageKind::Tags => "tags",
            PageKind::Tag(..) => "tag",
            PageKind::StoriesBy(..) => "stories-by",
            PageKind::Datasets => "datasets",
            PageKind::Dataset(_) => "dataset",
            PageKind::Deliverables => "deliverables",
            PageKind::Deliverable(_) => "deliverable",
            PageKind::Services => "services",
            PageKind::Service(_) => "service",
            PageKind::Events => "events",
            PageKind::Event(_) => "event",
            PageKind::Search => "search",
            PageKind::NotFound => "404",
            PageKind::LanguageChoice => "language-choice",
        }
    }

    /// Its address in a language folder (the two pages outside them are
    /// placed by `PageJob::special`).
    pub fn route<'a>(self, site: &'a Site, shared: &'a Shared) -> Route<'a> {
        match self {
            PageKind::Home | PageKind::NotFound | PageKind::LanguageChoice => Route::Home,
            PageKind::Page(i) => Route::Page(&site.pages[i].slug),
            PageKind::Members => Route::Members,
            PageKind::Member(i) => Route::Member(&shared.directory.members[i].slug),
            PageKind::Stories(n) => Route::Stories(n),
            PageKind::Story(i) => Route::Story(&site.stories[i].slug),
            PageKind::Tags => Route::Tags,
            PageKind::Tag(i, n) => Route::Tag(&shared.tags[i].key, n),
            PageKind::StoriesBy(g, n) => {
                let group = &shared.facets[g];
                Route::StoriesBy(group.kind, &group.key, n)
            }
            PageKind::Datasets => Route::Datasets,
            PageKind::Dataset(i) => Route::Dataset(&site.datasets[i].slug),
            PageKind::Deliverables => Route::Deliverables,
            PageKind::Deliverable(i) => Route::Deliverable(&site.deliverables[i].slug),
            PageKind::Services => Route::Services,
            PageKind::Service(i) => {
                let key = site.refs.services.keys().nth(i);
                Route::Service(key.unwrap_or_default())
            }
            PageKind::Events => Route::Events,
            PageKind::Event(i) => Route::Event(&site.events[i].slug),
            PageKind::Search => Route::Search,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::PageKind::*;

    #[test]
    fn a_kind_is_named_as_its_template_but_home() {
        let kinds = [
            Home,
            Page(0),
            Members,
            Member(0),
            Stories(1),
            Story(0),
            Tags,
            Tag(0, 1),
            StoriesBy(0, 1),
            Datasets,
            Dataset(0),
            Deliverables,
            Deliverable(0),
            Services,
            Service(0),
            Events,
            Event(0),
            Search,
            NotFound,
            LanguageChoice,
        ];
        for kind in kinds {
            let expected = match kind {
                Home => "home",
                other => other.template().trim_end_matches(".html"),
            };
            assert_eq!(kind.name(), expected);
        }
    }
}
