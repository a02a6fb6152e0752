//! What a page reads beyond what every page has (its language's base
//! variables, its own address and title, the navigation), as one hash,
//! for the kinds of page whose variables `serve` need not build to learn
//! whether they changed. A page's fingerprint takes this hash in place
//! of its variables; two builds that give a page the same hash give it
//! the same variables, so it is kept as it was.
//!
//! Each function here mirrors its `fill` twin: what that one reads, this
//! one hashes. A read left out here would leave a page stale, which the
//! property test (`tests/integration/incremental.rs`) is there to catch.
//!
//! Each also says which stories it read (their indices in the language's
//! cards): the next build visits only the pages that read a story it
//! changed, when nothing else a page reads changed (`readers`).

use super::jobs::{body, PageJob};
use super::kind::PageKind;
use super::paginate;
use super::shared::Shared;
use super::views::story::more_from_member;
use super::written;
use crate::discover::Kind;
use crate::fingerprint;
use crate::memo::digest::Digest;
use crate::view::Views;
use std::hash::Hash;

/// What a page read: its hash, and the stories among it.
pub struct Read {
    pub key: u64,
    pub stories: Vec<u32>,
}

impl Read {
    /// A page that reads no story.
    fn of(key: u64) -> Read {
        let stories = Vec::new();
        Read { key, stories }
    }
}

/// The indices of `stories`, as a page's record of what it read.
fn indices(stories: impl Iterator<Item = usize>) -> Vec<u32> {
    stories.map(|i| i as u32).collect()
}

/// What `job`'s page reads, for the kinds of page that have a read hash
/// (the others are fingerprinted from their variables).
pub fn key(job: &PageJob, views: &Views<'_>, shared: &Shared, digest: &Digest) -> Option<Read> {
    let key = |k: u64| Some(Read::of(k));
    match job.kind {
        PageKind::Story(i) => story(i, views, shared, digest),
        PageKind::Stories(number) => {
            let lists = shared.list_keys();
            // The filter links are on the first page only (`fill::stories`).
            let facets = (number == 1).then_some(lists.facets);
            let list = (lists.tags, facets);
            let all = shared.story_cards.len();
            list_page(views, shared, digest, &list, (all, |k| k), number)
        }
        PageKind::StoriesBy(g, number) => {
            let group = &shared.facets[g];
            let stories = (group.stories.len(), |k| group.stories[k]);
            list_page(views, shared, digest, &written::key(group), stories, number)
        }
        PageKind::Tag(i, number) => {
            let indices = &shared.tag_stories[i];
            let stories = (indices.len(), |k| indices[k]);
            let tag = written::key(&shared.tags[i]);
            list_page(views, shared, digest, &tag, stories, number)
        }
        PageKind::Member(i) => member(i, shared, digest),
        // The directory's members, maps and governorates, the reference
        // lists and settings (`Digest::others`), and how many of each
        // kind of item there are (`fill::members`).
        PageKind::Members => key(fingerprint::of(&(digest.others, "members", &shared.counts))),
        // The tags as the page lists them, with their counts.
        PageKind::Tags => key(fingerprint::of(&(
            digest.others_but_members,
            "tags",
            shared.list_keys().tags,
        ))),
        // Made from what `Digest::others` covers and nothing of a story
        // (their views read no story; a page's body is a text of its own).
        // Not a dataset's or deliverable's page: it shows the size of its
        // files, which it reads from the disk, and the digest does not.
        PageKind::Page(i) | PageKind::Service(i) => {
            key(fingerprint::of(&(digest.others, job.kind.name(), i)))
        }
        _ => None,
    }
}

/// A member's page (`fill::member`): its view, made from its own file and
/// texts and what `Digest::others_but_members` covers (reference lists,
/// deliverables, datasets); its locator map, drawn from its own marker
/// and what the directory says of all members (`locator_base`: how many
/// each governorate has); and the cards of its stories.
fn member(i: usize, shared: &Shared, digest: &Digest) -> Option<Read> {
    let member = shared.directory.members.get(i)?;
    let own = shared.stories_of_member(&member.slug);
    let cards: Option<Vec<u64>> = own.iter().map(|&s| shared.story_cards[s].key).collect();
    let its_own = (&member.slug, digest.member(&member.slug));
    let map = shared.directory.locator_base;
    let rest = (digest.others_but_members, its_own, map);
    let key = fingerprint::of(&(rest, "member", i, cards?));
    let stories = indices(own.iter().copied());
    Some(Read { key, stories })
}

/// A page of a list of stories (`fill::stories`, `fill::story_page`):
/// what the list shows above its cards (`list`), the cards on page
/// `number` of its `stories` (how many, and the index of the k-th in the
/// cards), and how many pages there are.
fn list_page(
    views: &Views<'_>,
    shared: &Shared,
    digest: &Digest,
    list: &impl Hash,
    (len, story): (usize, impl Fn(usize) -> usize),
    number: usize,
) -> Option<Read> {
    let per_page = views.config().stories_per_page;
    let shown: Vec<usize> = paginate::bounds(len, per_page, number).map(story).collect();
    let keys: Option<Vec<u64>> = shown.iter().map(|&i| shared.story_cards[i].key).collect();
    let pages = paginate::page_count(len, per_page);
    // No member's name or place but on its cards and in `list`.
    let key = fingerprint::of(&(digest.others_but_members, list, keys?, pages));
    let stories = indices(shown.into_iter());
    Some(Read { key, stories })
}

/// A story's page (`fill::story`, `Views::story_view`): its source files,
/// its body as rendered, everything else the digest covers (its member,
/// governorate and committee, its photos), the cards it shows (its own,
/// more from its member) and the links to the previous and next stories.
/// `None` when a card has no key.
fn story(i: usize, views: &Views<'_>, shared: &Shared, digest: &Digest) -> Option<Read> {
    let slug = &views.site.stories[i].slug;
    let cards = &shared.story_cards;
    let same_member = shared.stories_of_member(&cards.get(i)?.member.slug);
    let key = |j: usize| cards[j].key;
    // Each neighbour by its place on the page, not its index (a story
    // added first moves every index, not what a page shows), and by what
    // the pager shows of it: a neighbour's tag renamed is not looked at.
    let link = |j: Option<usize>| match j {
        Some(j) => cards[j].link_key.map(Some),
        None => Some(None),
    };
    let (prev, next) = (i.checked_sub(1), Some(i + 1).filter(|&n| n < cards.len()));
    let around = (key(i)?, link(prev)?, link(next)?);
    let more: Option<Vec<u64>> = more_from_member(i, same_member).map(key).collect();
    let rendered = &body(views, Kind::Story, slug).rendered;
    let text = (rendered.html_key(), &rendered.toc);
    // Of the members, only its own: the others it shows are on cards.
    let member = digest.member(&cards[i].member.slug);
    let rest = (digest.others_but_members, member);
    let key = fingerprint::of(&(rest, digest.story(slug), around, more?, text));
    let read = [Some(i), prev, next].into_iter().flatten();
    let stories = indices(read.chain(more_from_member(i, same_member)));
    Some(Read { key, stories })
}
