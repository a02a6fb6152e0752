//! What many pages of one language show (story cards, tags, the lists
//! by member, governorate and committee, and the `Directory`), computed
//! once per language. Pages borrow from it when their variables are
//! built, so no page holds a copy of whole-site data and nothing here is
//! quadratic in the number of items.

use super::collation::collation_key;
use super::directory::Directory;
use super::views::home::Counts;
use super::views::nav::Nav;
use super::views::story::{facet_groups, FacetGroup, StoryCard};
use crate::i18n::Strings;
use crate::view::{TagView, Views};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Clone)]
pub struct Shared {
    /// Newest first, as `site.stories`.
    pub story_cards: Vec<Arc<StoryCard>>,
    /// Indices into `story_cards`, per member slug, newest first.
    pub stories_of: FxHashMap<String, Vec<usize>>,
    /// Tags used by this language's stories, by label.
    pub tags: Vec<TagView>,
    /// Per tag (same order as `tags`): indices into `story_cards`.
    pub tag_stories: Vec<Vec<usize>>,
    /// Story lists by municipality, governorate and committee.
    pub facets: Vec<FacetGroup>,
    pub counts: Counts,
    /// The main navigation, the same on every page but for which entry
    /// is current.
    pub nav: Nav,
    /// Members, governorates, datasets, committees, maps.
    pub directory: Arc<Directory>,
    /// What the lists of stories show above their cards, hashed once for
    /// their hundreds of pages (`reads`).
    list_keys: std::sync::OnceLock<ListKeys>,
}

/// The hashes of the tags and of the filter links, as the first page of
/// the stories lists them.
#[derive(Clone, Copy)]
pub struct ListKeys {
    pub tags: u64,
    pub facets: u64,
}

impl Shared {
    /// The hashes of what the lists of stories show above their cards.
    pub fn list_keys(&self) -> ListKeys {
        *self.list_keys.get_or_init(|| ListKeys {
            tags: super::written::key(&self.tags),
            facets: super::written::key(&self.facets),
        })
    }

    /// These lists with `story_cards` in place of their cards (the same
    /// stories, in the same lists: `kept::lists_key`).
    pub fn with_cards(self, story_cards: Vec<Arc<StoryCard>>) -> Shared {
        Shared {
            story_cards,
            ..self
        }
    }

    /// Indices into `story_cards` of a member's stories, newest first.
    pub fn stories_of_member(&self, slug: &str) -> &[usize] {
        self.stories_of.get(slug).map_or(&[], Vec::as_slice)
    }

    /// `story_cards`: the cards of the site's stories, in its order.
    pub fn new(
        views: &Views<'_>,
        strings: &Strings,
        story_cards: Vec<Arc<StoryCard>>,
        directory: Arc<Directory>,
    ) -> Shared {
        let mut stories_of: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, card) in story_cards.iter().enumerate() {
            // Found before a key is made: most members have many stories.
            let slug = &card.member.slug;
            match stories_of.get_mut(slug) {
                Some(stories) => stories.push(i),
                None => drop(stories_of.insert(slug.clone(), vec![i])),
            }
        }
        let (tags, tag_stories) = tags(views, &story_cards);
        Shared {
            facets: facet_groups(views, &story_cards),
            story_cards,
            stories_of,
            tags,
            tag_stories,
            counts: Counts::of(views.site),
            nav: Nav::new(views, strings),
            directory,
            list_keys: std::sync::OnceLock::new(),
        }
    }
}

/// Tags used by the stories a reader of this language sees, by label, and
/// the stories of each.
fn tags(views: &Views<'_>, cards: &[Arc<StoryCard>]) -> (Vec<TagView>, Vec<Vec<usize>>) {
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, card) in cards.iter().enumerate() {
        for tag in &card.tags {
            let stories = by_key.entry(&tag.key).or_default();
            // A story listing a tag twice is listed once.
            if stories.last() != Some(&i) {
                stories.push(i);
            }
        }
    }
    let mut tags: Vec<(TagView, Vec<usize>)> = by_key
        .into_iter()
        .map(|(key, stories)| (views.tag(key, stories.len()), stories))
        .collect();
    tags.sort_by_cached_key(|(t, _)| collation_key(&t.label.text));
    tags.into_iter().unzip()
}
