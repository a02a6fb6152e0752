//! Exact title and name keys: what lets `تونس` put بلدية تونس first.
//!
//! Every item is listed under the key of its whole title (and, for items
//! with names in several languages, of each name), as built by
//! `analyze::exact_key`; the browser adds the key of the whole query and
//! ranks the items listed under it first among those with every word.
//! A word most names of a kind share (بلدية, commune) is not part of the
//! name: the key without it is listed too, so `تونس` meets
//! "بلدية تونس". The words a kind is called by (`search.topics.*`)
//! are a name of all its items.

use super::doc::Doc;
use super::kept::{Generic, Kept};
use super::scores::{Postings, MAX_POSTINGS};
use crate::analyzer::exact_key;
use crate::fingerprint;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The score an exact key's postings carry: the browser reads only that
/// the item is listed.
const LISTED: u16 = 1;

/// The exact keys of every document, with the documents listed under
/// each. In `serve`, the last index's list when every document's kind,
/// names and topics are as they were, in the same order (most edits: a
/// body, a date, a tag's name); else names and topics are analysed
/// through `kept`, and each document's keys kept by what they are made
/// from: the next index makes only the keys of the documents whose names
/// changed.
pub fn keys(docs: &[Doc], kept: &mut Kept) -> Arc<Postings> {
    let key = kept.remembers().then(|| names_key(docs));
    if let Some((_, listed)) = kept.exact_listed.as_ref().filter(|(k, _)| Some(*k) == key) {
        let listed = Arc::clone(listed);
        kept.keep_names();
        return listed;
    }
    let listed = Arc::new(list_all(docs, kept));
    if let Some(key) = key {
        kept.exact_listed = Some((key, Arc::clone(&listed)));
    }
    listed
}

/// Every document's kind, names and topics, in order, hashed: what the
/// exact keys and the documents listed under each are made from.
fn names_key(docs: &[Doc]) -> u64 {
    let names: Vec<_> = docs
        .iter()
        .map(|d| (d.display.kind, &d.exact, &d.topics))
        .collect();
    fingerprint::of(&names)
}

/// The exact keys of every document, made.
fn list_all(docs: &[Doc], kept: &mut Kept) -> Postings {
    let names = docs.iter().flat_map(|d| d.exact.iter().chain(&d.topics));
    kept.analyse(names.map(String::as_str));
    let generic = kept_generic(docs, kept);
    let generic_keys: BTreeMap<&str, u64> = generic
        .iter()
        .map(|(kind, words)| (*kind, fingerprint::of(words)))
        .collect();
    let mut made = std::mem::take(&mut kept.exact_keys);
    let once: Vec<Vec<String>>;
    let shared = |doc: &Doc| generic.get(doc.display.kind);
    let each: Vec<&[String]> = match kept.remembers() {
        true => {
            let key = |doc: &Doc| {
                let made_from = (doc.display.kind, &doc.exact, &doc.topics);
                let key = fingerprint::of(&(made_from, generic_keys.get(doc.display.kind)));
                made.get_or(key, || doc_keys(doc, shared(doc), kept));
                key
            };
            let keys: Vec<u64> = docs.iter().map(key).collect();
            let found = keys
                .iter()
                .map(|k| made.made(k).map_or(&[][..], Vec::as_slice));
            found.collect()
        }
        false => {
            once = docs.iter().map(|d| doc_keys(d, shared(d), kept)).collect();
            once.iter().map(Vec::as_slice).collect()
        }
    };
    // Gathered in a hash table (the keys of 10,000 documents), sorted once.
    let mut listed: FxHashMap<&str, Vec<(u32, u16)>> = FxHashMap::default();
    for (id, keys) in each.iter().enumerate() {
        for key in *keys {
            let list = listed.entry(key.as_str()).or_default();
            // As for a word: a bound on a shard's size (a kind's name
            // lists all its items).
            if list.len() < MAX_POSTINGS {
                list.push((id as u32, LISTED));
            }
        }
    }
    let listed = listed
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    kept.exact_keys = made;
    listed
}

/// One document's exact keys, in order: each name's, with and without
/// the words its kind's names share (`shared`), and its topics'.
fn doc_keys(doc: &Doc, shared: Option<&BTreeSet<String>>, kept: &Kept) -> Vec<String> {
    let mut keys = BTreeSet::new();
    for name in &doc.exact {
        let tokens = kept.tokens(name);
        keys.extend(exact_key(tokens));
        if let Some(shared) = shared {
            let own: Vec<String> = tokens
                .iter()
                .filter(|t| !shared.contains(t.as_str()))
                .cloned()
                .collect();
            keys.extend(exact_key(&own));
        }
    }
    // A kind's own name lists all its items: a reader typing
    // « données ouvertes » wants the datasets first.
    for topic in &doc.topics {
        keys.extend(exact_key(kept.tokens(topic)));
    }
    keys.into_iter().collect()
}

/// The generic words of `docs`' kinds: the last index's when every kind
/// and name is as it was.
fn kept_generic(docs: &[Doc], kept: &mut Kept) -> Generic {
    if !kept.remembers() {
        return generic_words(docs, kept);
    }
    let names: Vec<_> = docs.iter().map(|d| (d.display.kind, &d.exact)).collect();
    let key = fingerprint::of(&names);
    if let Some((_, generic)) = kept.generic.as_ref().filter(|(k, _)| *k == key) {
        return generic.clone();
    }
    let generic = generic_words(docs, kept);
    kept.generic = Some((key, generic.clone()));
    generic
}

/// Fewest names of a kind before any word counts as generic for it.
const GENERIC_FROM_NAMES: usize = 6;

/// Per kind, the words found in at least a third of its names (each
/// analysed in `kept`).
fn generic_words(docs: &[Doc], kept: &Kept) -> Generic {
    let mut names: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut counts: BTreeMap<&'static str, FxHashMap<&str, usize>> = BTreeMap::new();
    for doc in docs {
        for name in &doc.exact {
            *names.entry(doc.display.kind).or_default() += 1;
            let tokens = kept.tokens(name).iter().map(String::as_str);
            let distinct: FxHashSet<&str> = tokens.collect();
            let kind = counts.entry(doc.display.kind).or_default();
            for token in distinct {
                *kind.entry(token).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(kind, _)| names[kind] >= GENERIC_FROM_NAMES)
        .map(|(kind, tokens)| {
            let total = names[kind];
            let shared = tokens
                .into_iter()
                .filter(|(_, n)| n * 3 >= total)
                .map(|(t, _)| t.to_string())
                .collect();
            (kind, shared)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::derive::search::doc::test_doc;

    fn member(name_ar: &str, name_fr: &str) -> Doc<'static> {
        test_doc("member", name_ar, &[name_ar, name_fr], "")
    }

    #[test]
    fn a_name_is_listed_with_and_without_the_word_all_names_share() {
        let docs = [
            member("بلدية تونس", "Commune de Tunis"),
            member("بلدية المرسى", "Commune de La Marsa"),
            member("بلدية صفاقس", "Commune de Sfax"),
        ];
        let postings = keys(&docs, &mut Kept::once());
        assert_eq!(postings["تونس="], [(0, LISTED)]);
        assert_eq!(postings["بلد تونس="], [(0, LISTED)]);
        assert_eq!(postings["tuni="], [(0, LISTED)]);
        assert_eq!(postings["commun tuni="], [(0, LISTED)]);
        assert_eq!(postings["مرس="], [(1, LISTED)]);
        assert!(
            !postings.contains_key("بلد="),
            "the shared word alone is no name"
        );
    }

    #[test]
    fn few_names_have_no_generic_word() {
        let docs = [member("بلدية تونس", "Commune de Tunis")];
        let postings = keys(&docs, &mut Kept::once());
        assert!(!postings.contains_key("تونس="));
        assert!(postings.contains_key("بلد تونس="));
    }
}
