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
use super::kept::Kept;
use super::scores::{Postings, MAX_POSTINGS};
use crate::analyzer::exact_key;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};

/// The score an exact key's postings carry: the browser reads only that
/// the item is listed.
const LISTED: u16 = 1;

/// Add the exact keys of every document to `postings`. Names and topics
/// are analysed through `kept`: each once per index, and not again by
/// the next when `serve` keeps it.
pub fn add_keys(postings: &mut Postings, docs: &[Doc], kept: &mut Kept) {
    let names = docs.iter().flat_map(|d| d.exact.iter().chain(&d.topics));
    kept.analyse(names.map(String::as_str));
    let kept = &*kept;
    let generic = generic_words(docs, kept);
    for (id, doc) in docs.iter().enumerate() {
        let shared = generic.get(doc.display.kind);
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
        for key in keys {
            let listed = postings.entry(key).or_default();
            // As for a word: a bound on a shard's size (a kind's name
            // lists all its items).
            if listed.len() < MAX_POSTINGS {
                listed.push((id as u32, LISTED));
            }
        }
    }
}

/// Fewest names of a kind before any word counts as generic for it.
const GENERIC_FROM_NAMES: usize = 6;

/// Per kind, the words found in at least a third of its names (each
/// analysed in `kept`).
fn generic_words<'k>(docs: &[Doc], kept: &'k Kept) -> BTreeMap<&'static str, FxHashSet<&'k str>> {
    let mut names: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut counts: BTreeMap<&'static str, FxHashMap<&'k str, usize>> = BTreeMap::new();
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
                .map(|(t, _)| t)
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
        let mut postings = Postings::new();
        add_keys(&mut postings, &docs, &mut Kept::once());
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
        let mut postings = Postings::new();
        add_keys(&mut postings, &docs, &mut Kept::once());
        assert!(!postings.contains_key("تونس="));
        assert!(postings.contains_key("بلد تونس="));
    }
}
