//! The files a forgiving query reads: for every word of the index, its
//! lookup keys (`fuzzy::keys`), sharded by key prefix like the postings.
//!
//! `f/<n>.json` maps a key to the index tokens that have it; a token is
//! written `token|Surface` when the site writes it in a form worth showing
//! in "results for …" (`sfax|Sfax`, `بلد|بلدية`): a stem is not a word.
//! `f/keys.json` lists the shard keys. The browser fetches these files
//! only for a query word that the index does not hold, so a search that
//! finds its words costs nothing more.

use super::doc::Doc;
use super::kept::Kept;
use super::scores::Postings;
use super::shards::{shard_by_size, Files};
use super::terms::texts_key;
use crate::analyzer::fuzzy;
use crate::analyzer::{analyze, words};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// The lookup files of the index's words. They change only when a word
/// or its written form does: with what the last index `kept` (`serve`),
/// the same words and titles give the files it made, without counting
/// the forms of every title again (a tenth to a sixth of an index made
/// after a tag was renamed, at 10,000 pages).
pub fn build(postings: &Postings, docs: &[Doc], kept: &mut Kept) -> Files {
    if !kept.remembers() {
        return files(&entries(postings, docs, kept));
    }
    let key = made_from(postings, docs);
    if let Some((_, files)) = kept.lookup.as_ref().filter(|(k, _)| *k == key) {
        let files = files.clone();
        // The titles' forms, not looked at, are as they were.
        kept.forms.keep_all();
        return files;
    }
    let made = files(&entries(postings, docs, kept));
    kept.lookup = Some((key, made.clone()));
    made
}

/// What the files are made from, hashed: the index's words, and the
/// titles and names their written forms are counted in (`surfaces`).
fn made_from(postings: &Postings, docs: &[Doc]) -> u64 {
    let words = postings.keys().filter(|t| is_word(t));
    let texts = docs
        .iter()
        .flat_map(|d| std::iter::once(&d.title).chain(&d.exact));
    let words = texts_key(words.map(String::as_str));
    crate::fingerprint::of(&(words, texts_key(texts.map(String::as_str))))
}

/// Each word of the index, `token|Surface` when written so.
fn entries(postings: &Postings, docs: &[Doc], kept: &mut Kept) -> Vec<(String, String)> {
    let surfaces = surfaces(docs, kept);
    let words = postings.keys().filter(|t| is_word(t));
    words
        .map(|token| {
            let entry = match surfaces.get(token.as_str()) {
                Some(surface) => format!("{token}|{surface}"),
                None => token.clone(),
            };
            (token.clone(), entry)
        })
        .collect()
}

/// The files of `entries`: each token's lookup keys, sharded.
fn files(entries: &[(String, String)]) -> Files {
    let mut by_key: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (token, entry) in entries {
        for key in fuzzy::keys(token) {
            by_key.entry(key).or_default().push(entry.clone());
        }
    }
    let sizes: Vec<(&str, usize)> = by_key
        .iter()
        .map(|(k, list)| {
            (
                k.as_str(),
                k.len() + 4 + list.iter().map(|e| e.len() + 3).sum::<usize>(),
            )
        })
        .collect();
    let mut shards = Vec::new();
    let mut files = BTreeMap::new();
    for (n, (key, members)) in shard_by_size(&sizes).into_iter().enumerate() {
        let body: BTreeMap<&str, &Vec<String>> =
            members.iter().map(|k| (*k, &by_key[*k])).collect();
        let bytes = serde_json::to_vec(&body).unwrap_or_default();
        files.insert(format!("f/{n}.json"), std::sync::Arc::new(bytes));
        shards.push(key);
    }
    Files { shards, files }
}

/// A token that stands for a word (not an exact key, not a number).
fn is_word(token: &str) -> bool {
    !token.contains('=') && fuzzy::has_keys(token)
}

/// For each token of the titles and names, the form the site writes it in
/// most often, when that form differs from the token. Each word is
/// analysed through `kept`.
fn surfaces(docs: &[Doc], kept: &mut Kept) -> BTreeMap<String, String> {
    let texts = || {
        docs.iter()
            .flat_map(|d| std::iter::once(&d.title).chain(&d.exact))
    };
    kept.forms
        .make_all(texts().map(String::as_str), written_forms);
    let kept_forms = &kept.forms;
    let mut counts: FxHashMap<&str, FxHashMap<&str, usize>> = FxHashMap::default();
    for text in texts() {
        for (word, token) in kept_forms.get(text).into_iter().flatten() {
            *counts.entry(token).or_default().entry(word).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(token, forms)| {
            let best = forms
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0)))?;
            Some((token.to_string(), best.0.to_string()))
        })
        .collect()
}

/// The words of a text as written that stand for one token other than
/// themselves, with that token.
fn written_forms(text: &str) -> Vec<(String, String)> {
    let words = words_as_written(text);
    let forms = words.filter_map(|word| match <[String; 1]>::try_from(analyze(word)) {
        Ok([token]) if token != word => Some((word.to_string(), token)),
        _ => None,
    });
    forms.collect()
}

/// The words of a text as the writer wrote them (case, accents,
/// diacritics kept), without surrounding punctuation.
fn words_as_written(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty() && words(w).len() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::search::doc::test_doc;
    use crate::derive::search::scores::score;
    use serde_json::{Map, Value};

    fn doc(title: &str) -> Doc<'static> {
        test_doc("member", title, &[title], "")
    }

    #[test]
    fn a_word_is_found_by_its_keys_with_its_written_form() {
        let docs = [
            doc("Commune de Sfax"),
            doc("بلدية صفاقس"),
            doc("Année 2024"),
        ];
        let postings = score(&docs, &mut crate::derive::search::terms::Analyses::once());
        let built = build(&postings, &docs, &mut Kept::once());
        let all: Map<String, Value> = built
            .files
            .values()
            .flat_map(|bytes| match serde_json::from_slice(bytes).unwrap() {
                Value::Object(m) => m,
                _ => panic!("a shard is an object"),
            })
            .collect();
        assert_eq!(all["sfax"], serde_json::json!(["sfax|Sfax"]));
        // صفاقص's skeleton is صفاقس's: the confused letter finds it.
        assert_eq!(all["سفاقس"], serde_json::json!(["صفاقس"]));
        assert!(all.values().all(|v| !v.to_string().contains("2024")));
        assert_eq!(built.shards.len(), built.files.len());
    }
}
