//! What a search document is: the weighted fields matched against a
//! query and the short record a result shows, and the helpers that fill
//! them (`documents` makes the site's; `events` and `sheets` their kinds).

use crate::model::{RefList, Translated};
use serde::Serialize;
use std::sync::Arc;

/// The kinds of documents, in the order `index.json` numbers them.
pub const KINDS: [&str; 7] = [
    "page",
    "member",
    "story",
    "dataset",
    "deliverable",
    "service",
    "event",
];

/// What a result shows; published as one small file per document.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct Display {
    pub kind: &'static str,
    pub url: String,
    pub title: String,
    /// Language of the title and text (differs on a fallback).
    pub lang: String,
    /// One line under the title: municipality and date, governorate, …
    pub sub: String,
    /// Text the excerpt is cut from: `excerpt_source` of the summary and
    /// body (`documents::collect` puts it in).
    pub text: String,
}

/// A document: its fields, shared (`serve` keeps a story's from one index
/// to the next, `kept::Kept::story_docs`), and its body's text, borrowed
/// from the rendered content (a whole site's worth of it is not copied for
/// each language). Its fields are read through it (`Deref`).
#[derive(Debug, Clone)]
pub struct Doc<'a> {
    pub fields: Arc<Fields>,
    pub body: &'a str,
}

impl std::ops::Deref for Doc<'_> {
    type Target = Fields;

    fn deref(&self) -> &Fields {
        &self.fields
    }
}

/// What a document is matched by and shows, but its body.
#[derive(Debug, Clone)]
pub struct Fields {
    pub display: Display,
    /// Governorate key, for the filter.
    pub governorate: Option<String>,
    pub title: String,
    /// The whole titles and names people may type, in every language the
    /// item has them: listed under their exact keys (`exact.rs`).
    pub exact: Vec<String>,
    /// The phrases people call the item's kind by (`données ouvertes`):
    /// the item is listed under their exact keys too.
    pub topics: Vec<String>,
    /// Names in every language and their aliases: municipality,
    /// governorate, committee, tags, keywords. This is what lets "Sfax"
    /// find صفاقس on the Arabic site.
    pub names: String,
    /// Names of what the item is linked to (the municipality that tells a
    /// story or publishes a dataset, its governorate): found, but below
    /// the item that bears the name.
    pub related: String,
    pub summary: String,
}

/// Longest text kept for excerpts; results show a few dozen words of it.
const EXCERPT_SOURCE_CHARS: usize = 600;

/// Every language's text and every alias of a reference list entry.
pub(super) fn all_names(list: &RefList, key: &str, out: &mut String) {
    if let Some(entry) = list.get(key) {
        translated_all(&entry.name, out);
        for alias in &entry.aliases {
            push_line(out, alias);
        }
    }
}

pub(super) fn translated_all(value: &Translated, out: &mut String) {
    match value {
        Translated::Same(s) => push_line(out, s),
        Translated::ByLang(map) => map.values().for_each(|s| push_line(out, s)),
    }
}

pub(super) fn push_line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

pub(super) fn every_language(value: &Translated) -> Vec<String> {
    match value {
        Translated::Same(s) => vec![s.clone()],
        Translated::ByLang(map) => map.values().cloned().collect(),
    }
}

/// The text a result's excerpt is cut from: the summary and the body's
/// first words, whole words only.
pub(super) fn excerpt_source(summary: &str, body: &str) -> String {
    // The summary's words, then the body's: no copy of the whole body.
    let words = summary.split_whitespace().chain(body.split_whitespace());
    let mut out = String::new();
    // Counted as they are added: counting `out` again for each word made
    // this quadratic in the excerpt's length.
    let mut chars = 0;
    // Whole words only: a cut inside a word shows a stump in the results.
    for word in words {
        let word_chars = word.chars().count();
        if chars + word_chars >= EXCERPT_SOURCE_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        out.push_str(word);
        chars += word_chars;
    }
    out
}

/// A document with only a title, names to match exactly and a body, for
/// the tests of the index's parts.
#[cfg(test)]
pub fn test_doc<'a>(kind: &'static str, title: &str, exact: &[&str], body: &'a str) -> Doc<'a> {
    let fields = Fields {
        display: Display {
            kind,
            url: format!("/{title}/"),
            title: title.into(),
            lang: "fr".into(),
            sub: String::new(),
            text: body.into(),
        },
        governorate: None,
        title: title.into(),
        exact: exact.iter().map(|e| e.to_string()).collect(),
        topics: Vec::new(),
        names: String::new(),
        related: String::new(),
        summary: String::new(),
    };
    let fields = Arc::new(fields);
    Doc { fields, body }
}
