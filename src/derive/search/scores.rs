//! BM25F scores of every token in every document of one language, over
//! five fields (title weighted above names, above summary, above related
//! names and body), quantised to small integers: the browser only adds
//! them up, so a query needs no document lengths or statistics beyond the
//! shards it fetches.

use super::doc::Doc;
use super::terms::{self, Analyses};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

const K1: f64 = 1.2;
const B: f64 = 0.75;
/// A token found in more documents keeps only its best-scored ones: its
/// other matches add little to a ranking, and it bounds a shard's size.
pub const MAX_POSTINGS: usize = 2000;

/// Token → (document, quantised score), documents in ascending order.
pub type Postings = BTreeMap<String, Vec<(u32, u16)>>;

/// Documents analysed at once: their term tables are merged into the
/// postings and dropped before the next batch, so that memory holds the
/// postings and a batch, not a table per document of the whole site.
const ANALYSIS_BATCH: usize = 512;

/// BM25F scores of every token in every document. Documents whose text
/// `analyses` has seen are not analysed again.
pub fn score(docs: &[Doc], analyses: &mut Analyses) -> Postings {
    // Keys only where analyses are kept (`serve`): a single build would
    // hash every document's text for nothing.
    let keys: Vec<u64> = match analyses.remembers() {
        true => docs.par_iter().map(terms::key).collect(),
        false => vec![0; docs.len()],
    };
    // By word number: each word's documents and weighted frequencies.
    let mut weighted: Vec<Vec<(u32, u32)>> = Vec::new();
    let mut lengths = Vec::with_capacity(docs.len());
    let mut used = FxHashMap::default();
    for (batch, chunk) in docs.chunks(ANALYSIS_BATCH).enumerate() {
        let first = batch * ANALYSIS_BATCH;
        let chunk_keys = &keys[first..first + chunk.len()];
        // Text analysis is most of the work: a batch on every core.
        let analysed: Vec<_> = chunk
            .par_iter()
            .zip(chunk_keys)
            .map(|(doc, key)| match analyses.kept(*key) {
                Some(terms) => Ok(terms),
                None => Err(terms::term_frequencies(doc)),
            })
            .collect();
        for (i, (found, key)) in analysed.into_iter().zip(chunk_keys).enumerate() {
            let terms = found.unwrap_or_else(|counted| analyses.numbered(counted));
            let id = (first + i) as u32;
            lengths.push(terms.length as f64);
            weighted.resize_with(analyses.words.count(), Vec::new);
            for &(word, w) in &terms.weights {
                weighted[word as usize].push((id, w));
            }
            if analyses.remembers() {
                used.insert(*key, terms);
            }
        }
    }
    analyses.keep_only(used);
    let n = docs.len() as f64;
    let average = (lengths.iter().sum::<f64>() / n.max(1.0)).max(1.0);
    let words = &analyses.words;
    weighted
        .into_iter()
        .enumerate()
        .filter(|(_, list)| !list.is_empty())
        .map(|(word, list)| {
            let df = list.len() as f64;
            let idf = (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
            let mut scored: Vec<(u32, u16)> = list
                .into_iter()
                .map(|(doc, units)| {
                    let tf = f64::from(units) / terms::UNITS_PER_OCCURRENCE;
                    let norm = K1 * (1.0 - B + B * lengths[doc as usize] / average);
                    let s = idf * tf * (K1 + 1.0) / (tf + norm);
                    (doc, (s * 10.0).round().clamp(1.0, 65535.0) as u16)
                })
                .collect();
            // In document order as merged; put back in it when cut.
            if scored.len() > MAX_POSTINGS {
                scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                scored.truncate(MAX_POSTINGS);
                scored.sort_by_key(|p| p.0);
            }
            debug_assert!(scored.windows(2).all(|w| w[0].0 < w[1].0));
            (words.text(word as u32).to_string(), scored)
        })
        .collect()
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

    #[test]
    fn postings_are_capped_by_best_score() {
        let docs: Vec<Doc> = (0..MAX_POSTINGS + 10)
            .map(|i| doc("x", COMMUNE[i % 3]))
            .collect();
        let postings = score(&docs, &mut Analyses::once());
        assert_eq!(postings["commun"].len(), MAX_POSTINGS);
    }
}
