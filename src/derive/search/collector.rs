//! One language's documents as `documents` makes them, in the order the
//! index numbers them: each finished as it is added (the words people
//! call its kind by, the text its excerpt is cut from) and shared; a
//! story's taken whole from what the last index kept (`Kept::story_docs`)
//! when it is made from the same inputs. Making every story's document
//! again was a third of an index made after an edit at 10,000 pages.

use super::doc::{push_line, Doc, Fields, KINDS};
use super::kept::Kept;
use crate::i18n::Strings;
use crate::view::Views;
use std::collections::HashMap;
use std::sync::Arc;

pub struct Collector<'a, 'k> {
    docs: Vec<Doc<'a>>,
    /// Per kind, its topic words as lines and as phrases (`topics`).
    topics: HashMap<&'static str, (String, Vec<String>)>,
    kept: &'k mut Kept,
}

impl<'a, 'k> Collector<'a, 'k> {
    pub fn new(views: &Views<'_>, strings: &Strings, kept: &'k mut Kept) -> Self {
        let topics = KINDS
            .iter()
            .map(|kind| (*kind, topics(views, strings, kind)));
        Collector {
            docs: Vec::new(),
            topics: topics.collect(),
            kept,
        }
    }

    /// A document made from `fields` and `body`, finished.
    pub fn add(&mut self, mut fields: Fields, body: &'a str) {
        self.finish(&mut fields, body);
        let fields = Arc::new(fields);
        self.docs.push(Doc { fields, body });
    }

    /// A story's document: the one kept under `key` (a hash of everything
    /// its fields and `body` are made from) when there is one, else made
    /// by `make`, finished, and kept under it.
    pub fn add_story(&mut self, key: Option<u64>, body: &'a str, make: impl FnOnce() -> Fields) {
        let key = key.filter(|_| self.kept.remembers());
        if let Some(fields) = key.and_then(|key| self.kept.story_docs.take(key)) {
            let fields = Arc::clone(fields);
            self.docs.push(Doc { fields, body });
            return;
        }
        let mut fields = make();
        self.finish(&mut fields, body);
        let fields = Arc::new(fields);
        if let Some(key) = key {
            self.kept.story_docs.get_or(key, || Arc::clone(&fields));
        }
        self.docs.push(Doc { fields, body });
    }

    /// Every kind's topic words, and the excerpt cut from the summary and
    /// body.
    fn finish(&mut self, fields: &mut Fields, body: &str) {
        if let Some((words, phrases)) = self.topics.get(fields.display.kind) {
            fields.related.push_str(words);
            fields.topics.clone_from(phrases);
        }
        fields.display.text = self.kept.excerpt(&fields.summary, body);
    }

    pub fn into_docs(self) -> Vec<Doc<'a>> {
        self.docs
    }
}

/// The words people use for a kind of item, in every language of the site
/// (`search.topics.<kind>` in the theme's strings, optional): `données
/// ouvertes` and `بيانات مفتوحة` find the datasets even when none says so.
/// They count as related names: found, below an item that bears them.
/// As lines, and as phrases.
fn topics(views: &Views<'_>, strings: &Strings, kind: &str) -> (String, Vec<String>) {
    let key = format!("search.topics.{kind}");
    let mut words = String::new();
    for lang in &views.config().languages {
        if let Ok(text) = strings.text(&lang.code, &key, None) {
            push_line(&mut words, &text);
        }
    }
    let phrases: Vec<String> = words
        .split(['\n', ',', '،'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    (words, phrases)
}
