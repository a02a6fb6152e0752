//! What one language's index leaves for the next (`serve` keeps it in
//! `memo::Memo::search`): each document's analysed text, the scores and
//! what they were made from (`scores::Scored`), each document's exact
//! keys, the tokens of the short texts read for exact keys and written
//! forms, the bytes of
//! each file by the hash of what it is written from, and the lookup
//! files. An edit then writes again only the shards it changed.
//!
//! Everything is keyed by what it is made from, so an index made with
//! what was kept is the index made without (`tests/integration/
//! incremental.rs` compares them after random edits).

use super::doc::{excerpt_source, Fields};
use super::scores::{Postings, Scored};
use super::shards;
use super::terms::{texts_key, Analyses};
use super::Bytes;
use crate::analyzer::analyze;
use crate::memo::generations::Generations;
use std::collections::HashMap;
use std::sync::Arc;

/// Per kind of document, the words most of its names share (`exact`).
pub type Generic = std::collections::BTreeMap<&'static str, std::collections::BTreeSet<String>>;

/// One language's index state.
#[derive(Default)]
pub struct Kept {
    pub analyses: Analyses,
    /// The last index's scores, and what they were made from.
    pub scored: Option<Scored>,
    /// The tokens (`analyze`) of the names and topics listed under exact
    /// keys, by text: each is read for the generic words and for the
    /// keys, and again by each index whose names changed.
    tokens: Generations<Box<str>, Vec<String>>,
    /// The words of titles and names as written, with their token where
    /// it differs (`lookup`), by text.
    pub forms: Generations<Box<str>, Vec<(String, String)>>,
    /// Each file's bytes by the hash of what it is written from; kept
    /// only for a next index (`serve`).
    files: Generations<u64, Bytes>,
    /// Each excerpt source, by the hash of the summary and body it is cut
    /// from: cutting one reads its text a character at a time, hashing
    /// it reads it whole at once.
    excerpts: Generations<u64, String>,
    /// Each story's document but its body, by the hash of what it is made
    /// from (`collector`).
    pub story_docs: Generations<u64, Arc<Fields>>,
    /// Each document's exact keys, by the hash of its kind, names, topics
    /// and its kind's generic words (`exact`).
    pub exact_keys: Generations<u64, Vec<String>>,
    /// The documents listed under each exact key, by the hash of every
    /// document's kind, names and topics (`exact::keys`).
    pub exact_listed: Option<(u64, Arc<Postings>)>,
    /// The generic words of each kind, by the hash of every kind and name.
    pub generic: Option<(u64, Generic)>,
    /// The lookup files, by the hash of the index's words and of the
    /// titles and names their written forms are counted in
    /// (`lookup::made_from`).
    pub lookup: Option<(u64, shards::Files)>,
    /// Shard and record files this index wrote (every one when nothing
    /// is kept); the others were the last index's bytes.
    pub written: usize,
}

impl Kept {
    /// For an index made once: nothing is kept for a next one.
    pub fn once() -> Kept {
        Kept::default()
    }

    /// Whether this is kept for a next index (`serve`).
    pub fn remembers(&self) -> bool {
        self.analyses.remembers()
    }

    /// Analyse the texts this index has not analysed yet (those the last
    /// one did are taken from it), for `tokens`.
    pub fn analyse<'t>(&mut self, texts: impl IntoIterator<Item = &'t str>) {
        self.tokens.make_all(texts, analyze);
    }

    /// The tokens of a text given to `analyse` (none for another).
    pub fn tokens(&self, text: &str) -> &[String] {
        self.tokens.get(text).map_or(&[], Vec::as_slice)
    }

    /// The text a result's excerpt is cut from (`doc::excerpt_source`).
    pub fn excerpt(&mut self, summary: &str, body: &str) -> String {
        if !self.remembers() {
            return excerpt_source(summary, body);
        }
        let key = texts_key([summary, body]);
        let cut = self.excerpts.get_or(key, || excerpt_source(summary, body));
        cut.clone()
    }

    /// A file's bytes: those the last index wrote from what hashes to
    /// `key()`, else `write()`'s. A single build hashes nothing.
    pub fn file(&mut self, key: impl FnOnce() -> u64, write: impl FnOnce() -> Vec<u8>) -> Bytes {
        if !self.remembers() {
            self.written += 1;
            return Arc::new(write());
        }
        let mut fresh = false;
        let bytes = self.files.get_or(key(), || {
            fresh = true;
            Arc::new(write())
        });
        let bytes = Arc::clone(bytes);
        self.written += usize::from(fresh);
        bytes
    }

    /// The names' tokens and each document's exact keys, not looked at
    /// (every name is as it was): kept whole for the next index.
    pub fn keep_names(&mut self) {
        self.tokens.keep_all();
        self.exact_keys.keep_all();
    }

    /// The index is made: what it did not use goes.
    fn done(&mut self) {
        self.tokens.turn();
        self.forms.turn();
        self.excerpts.turn();
        self.files.turn();
        self.exact_keys.turn();
        self.story_docs.turn();
    }
}

/// Every language's index state, by language code: what `serve` keeps
/// between search indexes (`memo::Memo::search`).
#[derive(Default)]
pub struct Memo {
    per_lang: HashMap<String, Kept>,
}

impl Memo {
    /// The state of `lang`, taken out to be used (and put back).
    pub fn take(&mut self, lang: &str) -> Kept {
        let mut kept = self.per_lang.remove(lang).unwrap_or_default();
        kept.analyses.start();
        kept.written = 0;
        kept
    }

    /// What each language's index leaves, by language code; a language
    /// no longer in the settings (not taken) leaves nothing behind.
    pub fn put_back(&mut self, languages: impl IntoIterator<Item = (String, Kept)>) {
        self.per_lang.clear();
        for (lang, mut kept) in languages {
            kept.done();
            self.per_lang.insert(lang, kept);
        }
    }
}
