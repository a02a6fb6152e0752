//! Which pages read which stories (`memo::pages::Readers`), recorded as
//! a build with a memo makes each page's read hash (`reads`), and used
//! by the next: when nothing but stories changed (the same `frame`),
//! only the pages that read a changed story are visited. The others are
//! kept with the stamp they had, without a hash being made for them:
//! a title edited at 10,000 pages visits ten pages, not 12,000.
//!
//! The frame holds every input of a read hash that is not one story's:
//! a page whose stories are unchanged under the same frame reads what it
//! read, which `reads` would have hashed to the same key. What lists
//! hold is in the frame (which stories each tag, municipality,
//! governorate and committee lists), so a story moving from one list to
//! another changes it: the page it joins did not read it before.

use super::jobs::body;
use super::plan::Plan;
use super::{Page, PageBytes};
use crate::discover::Kind;
use crate::fingerprint;
use crate::memo::digest::Digest;
use crate::memo::pages::{Pages, Readers};
use crate::templates::Templates;
use crate::view::Views;
use rayon::prelude::*;
use std::sync::Arc;

/// What this build's pages read but the stories, hashed: the language's
/// base variables (`base_keys`), the templates, the digest of everything
/// but the stories, the stories in order, and each language's lists.
pub fn frame(
    all_views: &[Views<'_>],
    plan: &Plan,
    base_keys: &[u64],
    templates: &Templates,
    digest: &Digest,
) -> u64 {
    let lists = plan.shared.iter().map(|shared| {
        let keys = shared.list_keys();
        let groups = shared.facets.iter();
        let groups: Vec<_> = groups.map(|g| (g.facet, &g.key, &g.stories)).collect();
        let lists = (keys.tags, keys.facets, &shared.tag_stories, groups);
        fingerprint::of(&(lists, &shared.counts, shared.story_cards.len()))
    });
    let lists: Vec<u64> = lists.collect();
    let site = all_views.first().map(|v| v.site);
    let stories = site.iter().flat_map(|s| s.stories.iter());
    let slugs: Vec<&str> = stories.map(|s| s.slug.as_str()).collect();
    let pages = plan.jobs.len();
    // Every member, not only those the pages' read hashes take: the
    // feeds kept by `derive` under the same frame take their titles
    // (a member's or tag's name) from it.
    let others = (digest.others, base_keys, templates.key());
    fingerprint::of(&(others, lists, slugs, pages))
}

/// Per language, per story: the hash of what a page may read of it (its
/// card, its source files, its body as rendered).
pub fn stories(all_views: &[Views<'_>], plan: &Plan, digest: &Digest) -> Vec<Vec<u64>> {
    let each = all_views.par_iter().zip(&plan.shared);
    let each = each.map(|(views, shared)| {
        let stories = views.site.stories.iter().zip(&shared.story_cards);
        let story = |(story, card): (&crate::site::Story, &Arc<super::StoryCard>)| {
            let rendered = &body(views, Kind::Story, &story.slug).rendered;
            let text = (rendered.html_key(), &rendered.toc);
            fingerprint::of(&(card.key, digest.story(&story.slug), text))
        };
        stories.map(story).collect()
    });
    each.collect()
}

/// The pages of the build in service a build may keep without visiting
/// them: those whose stories are not among those it `changed`.
pub struct Skip<'a> {
    pages: &'a Pages,
    readers: &'a Readers,
    /// Per language, per story: whether what a page may read of it changed.
    changed: Vec<Vec<bool>>,
}

impl<'a> Skip<'a> {
    /// With the same frame and as many pages and stories as the build in
    /// service, and no static file renamed (the pages naming it are
    /// patched), the stories changed since it; else `None`.
    pub fn new(pages: &'a Pages, frame: u64, stories: &[Vec<u64>], jobs: usize) -> Option<Self> {
        let readers = pages.readers.as_ref()?;
        let same_shape = readers.stories.len() == stories.len()
            && readers
                .stories
                .iter()
                .zip(stories)
                .all(|(a, b)| a.len() == b.len());
        let same = readers.frame == frame && readers.pages.len() == jobs && same_shape;
        if !same || pages.renaming() {
            return None;
        }
        let changed = readers.stories.iter().zip(stories);
        let changed = changed.map(|(old, new)| old.iter().zip(new).map(|(a, b)| a != b).collect());
        Some(Skip {
            pages,
            readers,
            changed: changed.collect(),
        })
    }

    /// Per language, per story: whether it changed.
    pub fn changed(&self) -> &[Vec<bool>] {
        &self.changed
    }

    /// The page at `job` (in the plan's order, of the language at `lang`,
    /// at `path`) kept as it is in service, when it read no changed story.
    pub fn page(&self, job: usize, lang: usize, path: impl FnOnce() -> String) -> Option<Page> {
        let stories = self.readers.pages[job].as_ref()?;
        let changed = &self.changed[lang];
        if stories.iter().any(|&s| changed[s as usize]) {
            return None;
        }
        let path = path();
        let stamp = *self.pages.stamps.get(&path)?;
        // As `Pages::kept_by_read`: a page without a fingerprint is made.
        stamp.fingerprint?;
        Some(Page {
            path,
            made: PageBytes::Kept,
            stamp,
            stories: Some(Arc::clone(stories)),
            rendered: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pages(frame: u64) -> Pages {
        let stories = |read: Option<&[u32]>| read.map(Arc::from);
        let readers = Readers {
            frame,
            stories: vec![vec![10, 11, 12]],
            pages: vec![
                stories(Some(&[0, 1])),
                stories(Some(&[2])),
                stories(None),
                stories(Some(&[])),
            ],
        };
        let mut pages = Pages::default();
        let stamp = crate::memo::pages::Stamp {
            fingerprint: Some(1),
            read: Some(2),
        };
        for path in ["fr/stories/c/index.html", "fr/members/index.html"] {
            pages.stamps.insert(path.into(), stamp);
        }
        pages.readers = Some(readers);
        pages
    }

    #[test]
    fn only_the_pages_that_read_a_changed_story_are_visited() {
        let pages = pages(7);
        let skip = Skip::new(&pages, 7, &[vec![10, 99, 12]], 4).expect("same frame");
        let path = |p: &str| {
            let p = p.to_string();
            move || p
        };
        let reading_1 = path("fr/stories/a/index.html");
        assert!(
            skip.page(0, 0, reading_1).is_none(),
            "reads story 1, changed"
        );
        let reading_2 = path("fr/stories/c/index.html");
        let kept = skip.page(1, 0, reading_2).expect("reads story 2 only");
        assert_eq!(kept.path, "fr/stories/c/index.html");
        assert!(matches!(kept.made, PageBytes::Kept) && !kept.rendered);
        assert_eq!(kept.stamp.read, Some(2));
        let home = path("fr/index.html");
        assert!(
            skip.page(2, 0, home).is_none(),
            "no read hash: always visited"
        );
        let members = path("fr/members/index.html");
        assert!(skip.page(3, 0, members).is_some(), "reads no story");
        let unstamped = path("fr/tags/index.html");
        assert!(skip.page(3, 0, unstamped).is_none(), "not in service");
    }

    #[test]
    fn another_frame_or_shape_visits_every_page() {
        let pages = pages(7);
        let same = [vec![10, 11, 12]];
        assert!(Skip::new(&pages, 8, &same, 4).is_none(), "frame");
        assert!(Skip::new(&pages, 7, &same, 5).is_none(), "pages");
        assert!(
            Skip::new(&pages, 7, &[vec![10, 11]], 4).is_none(),
            "stories"
        );
        assert!(
            Skip::new(&Pages::default(), 7, &same, 4).is_none(),
            "none kept"
        );
    }
}
