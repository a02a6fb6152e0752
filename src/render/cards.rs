//! Each language's story cards, made once per build for every page that
//! lists stories. With a memo (`serve`), a card whose story, body length
//! and everything else it shows (`memo::Digest`) are as they were is the
//! last build's, key and all: making 8,000 cards again and hashing them
//! was a sixth of a title edit's rebuild at 10,000 pages.

use super::views::story::StoryCard;
use crate::memo::{Digest, Generations};
use crate::site::Story;
use crate::view::Views;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// The cards of each language (by code), by the hash of what each is
/// made from (`key_of`).
pub type KeptCards = HashMap<String, Generations<u64, StoryCard>>;

/// The cards of the site's stories, in its order, without keys (`build`
/// fingerprints no page).
pub fn made(views: &Views<'_>) -> Vec<StoryCard> {
    let stories = views.site.stories.iter();
    stories.map(|s| views.story_card(s)).collect()
}

/// The cards of the site's stories, in its order, each with its key:
/// taken from `kept` when made from the same inputs, which is left
/// holding this build's.
pub fn kept(
    views: &Views<'_>,
    kept: &mut Generations<u64, StoryCard>,
    digest: &Digest,
) -> Vec<StoryCard> {
    let make = |story: &Story| {
        let mut card = views.story_card(story);
        card.set_key();
        card
    };
    let stories = views.site.stories.iter();
    let cards = stories.map(|s| kept.get_or(key_of(views, s, digest), || make(s)).clone());
    let cards = cards.collect();
    kept.turn();
    cards
}

/// What `Views::story_card` reads: the story's files, the length of its
/// body as rendered (the reading time), and, through the digest, its
/// member, tags and cover (the settings and UI strings are in it too).
fn key_of(views: &Views<'_>, story: &Story, digest: &Digest) -> u64 {
    let body = views
        .content
        .body(crate::discover::Kind::Story, &story.slug, &views.lang.code);
    let words = body.map(|b| b.rendered.words);
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    (digest.others, digest.story(&story.slug), words).hash(&mut hasher);
    hasher.finish()
}
