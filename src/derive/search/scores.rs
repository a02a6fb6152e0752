//! BM25F scores of every token in every document of one language, over
//! five fields (title weighted above names, above summary, above related
//! names and body), quantised to small integers: the browser only adds
//! them up, so a query needs no document lengths or statistics beyond the
//! shards it fetches.

use super::bm25::{average_length, moves_of, Moves, Stats};
use super::doc::Doc;
use super::terms::{self, Analyses, Terms};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

pub use super::bm25::MAX_POSTINGS;

/// Token → (document, quantised score), documents in ascending order.
pub type Postings = BTreeMap<String, Vec<(u32, u16)>>;

/// Documents analysed at once: their term tables are merged into the
/// postings and dropped before the next batch, so that memory holds the
/// postings and a batch, not a table per document of the whole site.
const ANALYSIS_BATCH: usize = 512;

/// An edit that moves more than one entry in this many of the index's
/// (a UI string in every document, a setting), and more than
/// `FEW_MOVED`: the whole index is scored again rather than each moved
/// word's list.
const MOST_MOVED: usize = 16;
/// Entries moved below which moving them is quick whatever the index's
/// size.
const FEW_MOVED: usize = 1024;

/// An index's scores, and, for `serve`, what they were made from: the
/// next index scores again only the words whose weight changed in a
/// document (`bm25::moves_of`).
#[derive(Default)]
pub struct Scored {
    pub postings: Postings,
    /// Words this index scored, whole or only for the changed documents
    /// (the others' scores were the last one's).
    pub words_scored: usize,
    made_from: Option<MadeFrom>,
}

/// What every score was made from.
struct MadeFrom {
    /// By word number: each word's documents and weighted frequencies,
    /// documents in ascending order.
    weighted: Vec<Vec<(u32, u32)>>,
    /// By document: the hash of what was analysed (`terms::key`), its
    /// terms and its length (its text's tokens, `terms::Terms`).
    keys: Vec<u64>,
    terms: Vec<Arc<Terms>>,
    lengths: Vec<u32>,
    /// The documents' average length, rounded (`average_length`).
    average: f64,
}

/// BM25F scores of every token in every document, for an index made once.
#[cfg(test)]
pub fn score(docs: &[Doc], analyses: &mut Analyses) -> Postings {
    score_again(docs, analyses, None).postings
}

/// BM25F scores of every token in every document. Documents whose text
/// `analyses` has seen are not analysed again; with the `last` index's
/// scores (`serve`), when the documents are as many, only the words
/// whose weight moved in a changed document are scored again, unless
/// the documents' average length no longer rounds as it did or most
/// lists moved (`again`).
pub fn score_again(docs: &[Doc], analyses: &mut Analyses, last: Option<Scored>) -> Scored {
    // Keys only where analyses are kept (`serve`): a single build would
    // hash every document's text for nothing.
    let keys: Vec<u64> = match analyses.remembers() {
        true => docs.par_iter().map(terms::key).collect(),
        false => vec![0; docs.len()],
    };
    let last = last.and_then(|s| Some((s.postings, s.made_from?)));
    let last = last.filter(|(_, m)| m.keys.len() == docs.len());
    match last {
        Some((postings, made_from)) => again(docs, keys, analyses, postings, made_from),
        None => whole(docs, keys, analyses),
    }
}

/// Every document analysed (or its terms taken from `analyses`), every
/// word scored.
fn whole(docs: &[Doc], keys: Vec<u64>, analyses: &mut Analyses) -> Scored {
    let remember = analyses.remembers();
    let mut weighted: Vec<Vec<(u32, u32)>> = Vec::new();
    let mut lengths = Vec::with_capacity(docs.len());
    let mut all_terms = Vec::new();
    for (batch, chunk) in docs.chunks(ANALYSIS_BATCH).enumerate() {
        let first = batch * ANALYSIS_BATCH;
        let batch_terms = analyse(chunk, &keys[first..first + chunk.len()], analyses);
        for (i, terms) in batch_terms.into_iter().enumerate() {
            let id = (first + i) as u32;
            lengths.push(terms.length as u32);
            weighted.resize_with(analyses.words.count(), Vec::new);
            for &(word, w) in &terms.weights {
                weighted[word as usize].push((id, w));
            }
            if remember {
                all_terms.push(terms);
            }
        }
    }
    let average = average_length(&lengths);
    let stats = Stats::new(docs.len(), &lengths, average);
    let postings: Postings = weighted
        .iter()
        .enumerate()
        .filter(|(_, list)| !list.is_empty())
        .map(|(word, list)| {
            (
                analyses.words.text(word as u32).to_string(),
                stats.scores(list),
            )
        })
        .collect();
    let words_scored = postings.len();
    if !remember {
        return Scored {
            postings,
            words_scored,
            made_from: None,
        };
    }
    keep_terms(analyses, &keys, &all_terms);
    let made_from = MadeFrom {
        weighted,
        keys,
        terms: all_terms,
        lengths,
        average,
    };
    Scored {
        postings,
        words_scored,
        made_from: Some(made_from),
    }
}

/// The terms of each of `docs` (keyed by `keys`): those `analyses` has,
/// the others analysed, on every core (analysis is most of the work).
fn analyse(docs: &[Doc], keys: &[u64], analyses: &mut Analyses) -> Vec<Arc<Terms>> {
    let analysed: Vec<_> = docs
        .par_iter()
        .zip(keys)
        .map(|(doc, key)| match analyses.kept(*key) {
            Some(terms) => Ok(terms),
            None => Err(terms::term_frequencies(doc)),
        })
        .collect();
    let numbered = analysed.into_iter().map(|found| match found {
        Ok(terms) => terms,
        Err(counted) => analyses.numbered(counted),
    });
    numbered.collect()
}

/// Keep, for the next index, the terms of this one's documents only.
fn keep_terms(analyses: &mut Analyses, keys: &[u64], terms: &[Arc<Terms>]) {
    let used = keys.iter().copied().zip(terms.iter().cloned()).collect();
    analyses.keep_only(used);
}

/// The last index's scores (of as many documents), with the words whose
/// weight changed in a document whose key changed (`moves_of`) taken out
/// of those words' lists and put back as they are now, and those words
/// scored again. The whole index when the rounded average length moved
/// (every score changes then) or most lists did.
fn again(
    docs: &[Doc],
    keys: Vec<u64>,
    analyses: &mut Analyses,
    mut postings: Postings,
    mut made: MadeFrom,
) -> Scored {
    let changed: Vec<usize> = (0..docs.len())
        .filter(|&i| keys[i] != made.keys[i])
        .collect();
    let changed_docs: Vec<Doc> = changed.iter().map(|&i| docs[i].clone()).collect();
    let changed_keys: Vec<u64> = changed.iter().map(|&i| keys[i]).collect();
    let fresh = analyse(&changed_docs, &changed_keys, analyses);
    let mut lengths = made.lengths.clone();
    for (&i, terms) in changed.iter().zip(&fresh) {
        lengths[i] = terms.length as u32;
    }
    let average = average_length(&lengths);
    // Per word, the changed documents that had it and those that have it
    // now: each word's list is then rewritten once, not once per
    // document (a member's name is in fifty stories' related names).
    let mut moves: BTreeMap<u32, Moves> = BTreeMap::new();
    for (&i, terms) in changed.iter().zip(&fresh) {
        moves_of(&made.terms[i], terms, i as u32, &mut moves);
    }
    let moved: usize = moves.values().map(|m| m.out.len() + m.into.len()).sum();
    let entries: usize = made.terms.iter().map(|t| t.weights.len()).sum();
    if average != made.average || moved > (entries / MOST_MOVED).max(FEW_MOVED) {
        // Every score changes, or most lists: score them all, from the
        // analyses just made.
        for (&i, terms) in changed.iter().zip(fresh) {
            analyses.add(keys[i], terms);
        }
        return whole(docs, keys, analyses);
    }
    made.weighted.resize_with(analyses.words.count(), Vec::new);
    for (&i, terms) in changed.iter().zip(fresh) {
        made.terms[i] = terms;
    }
    for (&word, moved) in &mut moves {
        moved.apply(&mut made.weighted[word as usize]);
    }
    made.lengths = lengths;
    made.keys = keys;
    let stats = Stats::new(docs.len(), &made.lengths, average);
    let words_scored = moves.len();
    for (word, moved) in &moves {
        let list = &made.weighted[*word as usize];
        let text = analyses.words.text(*word);
        if list.is_empty() {
            postings.remove(text);
            continue;
        }
        // The same documents have the word: only theirs scores moved
        // (most words of a story whose member was renamed).
        let scored = postings.get_mut(text).filter(|_| moved.replaces_only());
        if !scored.is_some_and(|scored| stats.rescore(list, scored, &moved.into)) {
            postings.insert(text.to_string(), stats.scores(list));
        }
    }
    keep_terms(analyses, &made.keys, &made.terms);
    Scored {
        postings,
        words_scored,
        made_from: Some(made),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::analyze;
    use crate::derive::search::doc::{test_doc, Doc};

    fn doc<'a>(title: &str, body: &'a str) -> Doc<'a> {
        test_doc("story", title, &[title], body)
    }

    #[test]
    fn a_title_match_outscores_a_body_match() {
        let docs = [
            doc("Horaires", "accueil des citoyens"),
            doc("Accueil", "les horaires"),
        ];
        let postings = score(&docs, &mut Analyses::once());
        let accueil = &postings["accueil"];
        let in_title = accueil.iter().find(|p| p.0 == 1).unwrap().1;
        let in_body = accueil.iter().find(|p| p.0 == 0).unwrap().1;
        assert!(in_title > in_body, "{in_title} <= {in_body}");
    }

    const COMMUNE: [&str; 3] = ["commune ", "commune commune ", "commune commune commune "];

    #[test]
    fn documents_keep_their_number_across_analysis_batches() {
        let mut docs: Vec<Doc> = (0..ANALYSIS_BATCH * 2 + 5)
            .map(|_| doc("x", "commune"))
            .collect();
        let last = docs.len() - 1;
        docs[last] = doc("x", "singulier");
        docs[ANALYSIS_BATCH] = doc("x", "singulier");
        let postings = score(&docs, &mut Analyses::once());
        let token = &analyze("singulier")[0];
        let ids: Vec<u32> = postings[token].iter().map(|p| p.0).collect();
        assert_eq!(ids, [ANALYSIS_BATCH as u32, last as u32]);
    }

    /// Scores made again from the last index's, for `docs` as they are
    /// now, and how many words they scored.
    fn again_after(before: &[Doc], now: &[Doc]) -> (Postings, usize) {
        let mut memo = crate::derive::search::kept::Memo::default();
        let mut kept = memo.take("fr");
        let last = score_again(before, &mut kept.analyses, None);
        let again = score_again(now, &mut kept.analyses, Some(last));
        (again.postings, again.words_scored)
    }

    fn stories(title_of_last: &str) -> Vec<Doc<'static>> {
        let mut docs: Vec<Doc> = (0..40)
            .map(|i| doc(&format!("récit {i}"), COMMUNE[i % 3]))
            .collect();
        docs[39] = doc(title_of_last, "commune guichet");
        docs
    }

    #[test]
    fn an_edit_scores_again_only_the_words_of_what_it_changed() {
        let now = stories("accueil des citoyens");
        let (postings, scored) = again_after(&stories("horaires"), &now);
        assert_eq!(postings, score(&now, &mut Analyses::once()));
        // horaires gone, accueil and citoyen come, commune and guichet
        // are the edited story's other words (« des » is no token).
        assert_eq!(scored, 5, "of {}", postings.len());
    }

    #[test]
    fn documents_edited_together_move_in_their_words_lists_in_order() {
        let before = stories("horaires");
        let mut now = stories("horaires");
        // « guichet » leaves the last story for the third, which stays
        // in « commune »'s list between the two before it and the rest.
        now[39] = doc("horaires", "commune");
        now[2] = doc("récit 2", "commune guichet commune");
        let (postings, scored) = again_after(&before, &now);
        assert_eq!(postings, score(&now, &mut Analyses::once()));
        assert!(scored < postings.len(), "{scored} of {}", postings.len());
    }

    #[test]
    fn a_word_in_the_same_documents_is_scored_again_for_the_changed_ones() {
        // « commune » is in every story before and after: only the last
        // story's frequency of it moved.
        let mut now = stories("horaires");
        now[39] = doc("horaires", "commune commune guichet");
        let (postings, _) = again_after(&stories("horaires"), &now);
        assert_eq!(postings, score(&now, &mut Analyses::once()));
    }

    #[test]
    fn a_name_renamed_in_many_documents_scores_again_only_its_words() {
        // Half the stories filed under « accueil », then under « accueil
        // citoyen »: names are not in a document's length, so only
        // « citoyen »'s list moves, though 20 of 40 documents changed.
        let filed = |name: &str| {
            let mut docs = stories("horaires");
            for doc in docs.iter_mut().step_by(2) {
                std::sync::Arc::make_mut(&mut doc.fields).names = name.to_string();
            }
            docs
        };
        let now = filed("accueil citoyen");
        let (postings, scored) = again_after(&filed("accueil"), &now);
        assert_eq!(postings, score(&now, &mut Analyses::once()));
        assert_eq!(scored, 1, "of {}", postings.len());
    }

    #[test]
    fn an_edit_that_moves_the_average_length_scores_every_word() {
        let mut now = stories("horaires");
        let long = "guichet ".repeat(200);
        let long: &'static str = Box::leak(long.into_boxed_str());
        now[0] = doc("récit 0", long);
        let (postings, scored) = again_after(&stories("horaires"), &now);
        assert_eq!(postings, score(&now, &mut Analyses::once()));
        assert_eq!(scored, postings.len());
    }

    #[test]
    fn postings_are_capped_by_best_score() {
        let docs: Vec<Doc> = (0..MAX_POSTINGS + 10)
            .map(|i| doc("x", COMMUNE[i % 3]))
            .collect();
        let postings = score(&docs, &mut Analyses::once());
        assert_eq!(postings["commun"].len(), MAX_POSTINGS);
    }
}
