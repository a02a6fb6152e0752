//! The BM25 formula over one word's list of documents (each with its
//! weighted frequency), and the merging of changed documents into such a
//! list: what `scores` applies to every word of an index, or to the words
//! of the documents an edit changed.

use super::terms;

const K1: f64 = 1.2;
const B: f64 = 0.75;
/// A token found in more documents keeps only its best-scored ones: its
/// other matches add little to a ranking, and it bounds a shard's size.
pub const MAX_POSTINGS: usize = 2000;

/// The changed documents a word's list loses and gains.
#[derive(Default)]
pub struct Moves {
    pub out: Vec<u32>,
    pub into: Vec<(u32, u32)>,
}

impl Moves {
    /// `list` (by ascending document) without the documents out, with
    /// the documents in, in one pass.
    pub fn apply(&mut self, list: &mut Vec<(u32, u32)>) {
        self.out.sort_unstable();
        self.into.sort_unstable();
        let kept = list
            .iter()
            .filter(|p| self.out.binary_search(&p.0).is_err());
        let mut merged = Vec::with_capacity(list.len() + self.into.len());
        let mut into = self.into.iter().peekable();
        for &posting in kept {
            while let Some(&&new) = into.peek().filter(|n| n.0 < posting.0) {
                merged.push(new);
                into.next();
            }
            merged.push(posting);
        }
        merged.extend(into);
        *list = merged;
    }
}

/// The documents' average length in tokens, rounded to a whole token:
/// one edit seldom moves it across one, so most edits leave the scores
/// of the words they do not touch as they were.
pub fn average_length(lengths: &[u32]) -> f64 {
    let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
    let n = lengths.len().max(1) as f64;
    (total as f64 / n).round().max(1.0)
}

/// What a word's scores are computed from besides its own list.
pub struct Stats<'a> {
    n: f64,
    lengths: &'a [u32],
    average: f64,
}

impl Stats<'_> {
    pub fn new(n: usize, lengths: &[u32], average: f64) -> Stats<'_> {
        Stats {
            n: n as f64,
            lengths,
            average,
        }
    }

    /// One word's documents, scored and quantised; its best
    /// `MAX_POSTINGS` when it has more.
    pub fn scores(&self, list: &[(u32, u32)]) -> Vec<(u32, u16)> {
        let df = list.len() as f64;
        let idf = (1.0 + (self.n - df + 0.5) / (df + 0.5)).ln();
        let mut scored: Vec<(u32, u16)> = list
            .iter()
            .map(|&(doc, units)| {
                let tf = f64::from(units) / terms::UNITS_PER_OCCURRENCE;
                let length = f64::from(self.lengths[doc as usize]);
                let norm = K1 * (1.0 - B + B * length / self.average);
                let s = idf * tf * (K1 + 1.0) / (tf + norm);
                (doc, (s * 10.0).round().clamp(1.0, 65535.0) as u16)
            })
            .collect();
        // In document order as merged; put back in it when cut. The best
        // are selected, not sorted: the order (score, then document) is
        // total, so the set is the same, and finding it is linear.
        if scored.len() > MAX_POSTINGS {
            let best_first = |a: &(u32, u16), b: &(u32, u16)| b.1.cmp(&a.1).then(a.0.cmp(&b.0));
            scored.select_nth_unstable_by(MAX_POSTINGS - 1, best_first);
            scored.truncate(MAX_POSTINGS);
            scored.sort_unstable_by_key(|p| p.0);
        }
        debug_assert!(scored.windows(2).all(|w| w[0].0 < w[1].0));
        scored
    }
}
