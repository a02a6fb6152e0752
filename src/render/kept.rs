//! What `serve` keeps of each language's shared views from one build to
//! the next (`Shared`): the story cards, each by what it is made from,
//! and the `Directory`, while everything but the stories is as it was
//! (and, when it is made again, what it can take of the last one);
//! and the language's part of the last plan (`KeptPlan`: its lists and
//! its pages' jobs), while what puts each story in a list is as it was.
//! Making 8,000 cards again and hashing them was a sixth of a title
//! edit's rebuild at 10,000 pages; the members' views and maps, another
//! tenth; the lists, jobs and routes, a tenth again.

use super::directory::Directory;
use super::jobs::{PageJob, Routes};
use super::shared::Shared;
use super::views::story::StoryCard;
use crate::fingerprint;
use crate::i18n::Strings;
use crate::memo::digest::Digest;
use crate::memo::generations::Generations;
use crate::site::Story;
use crate::view::Views;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// What is kept of each language (by code).
pub type KeptShared = HashMap<String, KeptLanguage>;

#[derive(Default)]
pub struct KeptLanguage {
    /// The story cards, by the hash of what each is made from (`own_key`).
    cards: Generations<u64, Arc<StoryCard>>,
    /// The directory, with the `Digest::others` it was made under.
    directory: Option<(u64, Arc<Directory>)>,
    /// The language's part of the last plan.
    pub(super) plan: Option<KeptPlan>,
}

/// A language's part of the last plan (`plan::again`).
pub struct KeptPlan {
    /// What its lists and its jobs but the stories' are made from
    /// (`lists_key`).
    pub key: u64,
    /// Its lists (and the last cards, which the next plan replaces).
    pub shared: Shared,
    pub jobs: Vec<Arc<PageJob>>,
    /// Each story's `Digest::story`, which its page's job is made from.
    pub stories: Vec<u64>,
    /// The routes of the plan it is part of.
    pub routes: Arc<Routes>,
}

impl KeptPlan {
    /// The part of a plan whose lists were made from `key`.
    pub(super) fn of(
        views: &Views<'_>,
        key: u64,
        shared: &Shared,
        jobs: &[Arc<PageJob>],
        routes: Arc<Routes>,
        digest: &Digest,
    ) -> KeptPlan {
        let stories = views.site.stories.iter();
        KeptPlan {
            key,
            shared: shared.clone(),
            jobs: jobs.to_vec(),
            stories: stories.map(|s| digest.story(&s.slug)).collect(),
            routes,
        }
    }
}

/// What a language's lists (`Shared` but its cards) and its jobs but the
/// stories' pages are made from: everything but the stories
/// (`Digest::others`: the settings, UI strings, reference lists, items
/// and photos), the templates (a theme without an optional one has none
/// of its pages), and of each story, in order, what puts it in a list:
/// its slug, member, tags and committee.
pub fn lists_key(
    views: &Views<'_>,
    cards: &[Arc<StoryCard>],
    digest: &Digest,
    templates: u64,
) -> u64 {
    let mut hasher = fingerprint::Fingerprint::new();
    (digest.others, templates, cards.len()).hash(&mut hasher);
    for (story, card) in views.site.stories.iter().zip(cards) {
        let shown = story.shown(&views.lang.code, views.config());
        (
            &story.slug,
            &card.member.slug,
            &shown.version.front.committee,
        )
            .hash(&mut hasher);
        let tags = card.tags.iter().map(|t| t.key.as_str());
        tags.for_each(|t| t.hash(&mut hasher));
        card.tags.len().hash(&mut hasher);
    }
    hasher.finish()
}

/// The language's directory: the one kept when made under the same
/// digest of everything but the stories, else a new one, made with what
/// the kept one has of the same inputs (`Directory::new`), kept.
pub fn directory(
    views: &Views<'_>,
    strings: &Strings,
    kept: &mut KeptLanguage,
    digest: &Digest,
) -> Arc<Directory> {
    match &kept.directory {
        Some((others, directory)) if *others == digest.others => Arc::clone(directory),
        last => {
            let last = last.as_ref().map(|(_, d)| &**d);
            let directory = Arc::new(Directory::new(views, strings, Some((digest, last))));
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
    let make = |story: &Story, own: u64| {
        let mut card = views.story_card(story);
        card.set_key();
        // Only for a card made: a kept one has it (16,000 hashes a
        // rebuild at 10k otherwise).
        let but_tags = fingerprint::of(&(digest.others_but_members_and_tags(), own));
        card.made_from_but_tags = Some(but_tags);
        Arc::new(card)
    };
    let stories = views.site.stories.iter();
    let cards = stories.map(|s| {
        let own = own_key(views, s, digest);
        let made_from = fingerprint::of(&(digest.others_but_members, own));
        Arc::clone(kept.get_or(made_from, || make(s, own)))
    });
    let cards = cards.collect();
    kept.turn();
    cards
}

/// What `Views::story_card` reads of its own: the story's files, the
/// length of its body as rendered (the reading time) and its member.
/// With the digest of the rest (`others_but_members`: its tags, its cover,
/// the settings and UI strings), what the card is kept by; with that
/// digest but the tags file, its `made_from_but_tags`.
fn own_key(views: &Views<'_>, story: &Story, digest: &Digest) -> u64 {
    let lang = &views.lang.code;
    let body = views
        .content
        .body(crate::discover::Kind::Story, &story.slug, lang);
    let words = body.map(|b| b.rendered.words);
    let member = &story.shown(lang, views.config()).version.front.member;
    fingerprint::of(&(digest.member(member), digest.story(&story.slug), words))
}
