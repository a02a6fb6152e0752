//! What `serve` keeps of each language's shared views from one build to
//! the next (`Shared`): the story cards, each by what it is made from,
//! and the `Directory`, while everything but the stories is as it was.
//! Making 8,000 cards again and hashing them was a sixth of a title
//! edit's rebuild at 10,000 pages; the members' views and maps, another
//! tenth.

use super::directory::Directory;
use super::views::story::StoryCard;
use crate::fingerprint;
use crate::i18n::Strings;
use crate::memo::digest::Digest;
use crate::memo::generations::Generations;
use crate::site::Story;
use crate::view::Views;
use std::collections::HashMap;
use std::sync::Arc;

/// What is kept of each language (by code).
pub type KeptShared = HashMap<String, KeptLanguage>;

#[derive(Default)]
pub struct KeptLanguage {
    /// The story cards, by the hash of what each is made from (`key_of`).
    cards: Generations<u64, Arc<StoryCard>>,
    /// The directory, with the `Digest::others` it was made under.
    directory: Option<(u64, Arc<Directory>)>,
}

/// The language's directory: the one kept when made under the same
/// digest of everything but the stories, else a new one, kept.
pub fn directory(
    views: &Views<'_>,
    strings: &Strings,
    kept: &mut KeptLanguage,
    digest: &Digest,
) -> Arc<Directory> {
    match &kept.directory {
        Some((others, directory)) if *others == digest.others => Arc::clone(directory),
        _ => {
            let directory = Arc::new(Directory::new(views, strings));
            kept.directory = Some((digest.others, Arc::clone(&directory)));
            directory
        }
    }
}

/// The cards of the site's stories, in its order, without keys (`build`
/// fingerprints no page).
pub fn made(views: &Views<'_>) -> Vec<Arc<StoryCard>> {
    let stories = views.site.stories.iter();
    stories.map(|s| Arc::new(views.story_card(s))).collect()
}

/// The cards of the site's stories, in its order, each with its key:
/// taken from `kept` when made from the same inputs, which is left
/// holding this build's.
/// A card is shared with the kept table, not copied: 8,000 cards of
/// a dozen strings each were copied and freed on every rebuild.
pub fn cards(views: &Views<'_>, kept: &mut KeptLanguage, digest: &Digest) -> Vec<Arc<StoryCard>> {
    let kept = &mut kept.cards;
    let make = |story: &Story, made_from: u64| {
        let mut card = views.story_card(story);
        card.set_key();
        card.made_from = Some(made_from);
        Arc::new(card)
    };
    let stories = views.site.stories.iter();
    let cards = stories.map(|s| {
        let made_from = key_of(views, s, digest);
        Arc::clone(kept.get_or(made_from, || make(s, made_from)))
    });
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
    fingerprint::of(&(digest.others, digest.story(&story.slug), words))
}
