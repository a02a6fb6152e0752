//! The BM25 formula over one word's list of documents (each with its
//! weighted frequency), the moves an edited document makes in its words'
//! lists (`moves_of`), and the merging of those moves into a list: what
//! `scores` applies to every word of an index, or to the words an edit
//! changed.

use super::terms;
use std::collections::BTreeMap;

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
    /// the documents in. When the same documents go out as come in (their
    /// text changed, not whether they have the word), their entries are
    /// replaced where they are; else the list is merged again in one pass.
    pub fn apply(&mut self, list: &mut Vec<(u32, u32)>) {
        self.out.sort_unstable();
        self.into.sort_unstable();
        if self.replaces_only() && self.replace(list) {
            return;
        }
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

    /// Whether the documents in are the documents out (both sorted, as
    /// `apply` leaves them): the word's documents, and so its idf, are as
    /// they were.
    pub fn replaces_only(&self) -> bool {
        self.out.len() == self.into.len() && self.out.iter().zip(&self.into).all(|(o, i)| *o == i.0)
    }

    /// Each document in put in place of its entry; false, leaving `list`
    /// as it was, when one has none.
    fn replace(&self, list: &mut [(u32, u32)]) -> bool {
        let found: Option<Vec<usize>> = self
            .into
            .iter()
            .map(|new| list.binary_search_by_key(&new.0, |p| p.0).ok())
            .collect();
        let Some(found) = found else {
            return false;
        };
        for (at, &new) in found.into_iter().zip(&self.into) {
            list[at] = new;
        }
        true
    }
}

/// The moves in its words' lists of document `id`, analysed `old`
/// before and `new` now (both by ascending word). Of the same length,
/// only its words whose weight changed move: the others' scores are as
/// they were (a tag renamed changes its name's words in a thousand
/// stories, not their other words). Of another length, every word moves:
/// the length is in each of its scores.
pub fn moves_of(old: &terms::Terms, new: &terms::Terms, id: u32, moves: &mut BTreeMap<u32, Moves>) {
    use std::cmp::Ordering::{Equal, Greater, Less};
    let length_moved = old.length != new.length;
    let (before, now) = (&old.weights, &new.weights);
    let (mut b, mut n) = (0, 0);
    while b < before.len() || n < now.len() {
        let order = match (before.get(b), now.get(n)) {
            (Some(was), Some(is)) => was.0.cmp(&is.0),
            (Some(_), None) => Less,
            _ => Greater,
        };
        let changed = order != Equal || length_moved || before[b].1 != now[n].1;
        if changed && order != Greater {
            moves.entry(before[b].0).or_default().out.push(id);
        }
        if changed && order != Less {
            moves.entry(now[n].0).or_default().into.push((id, now[n].1));
        }
        b += usize::from(order != Greater);
        n += usize::from(order != Less);
    }
}

/// The order of a word's best documents: by score, then by document.
fn best_first(a: &(u32, u16), b: &(u32, u16)) -> std::cmp::Ordering {
    b.1.cmp(&a.1).then(a.0.cmp(&b.0))
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
        let idf = self.idf(list.len());
        let mut scored: Vec<(u32, u16)> = list
            .iter()
            .map(|&(doc, units)| (doc, self.score(idf, doc, units)))
            .collect();
        // In document order as merged; put back in it when cut. The best
        // are selected, not sorted: the order (score, then document) is
        // total, so the set is the same, and finding it is linear.
        if scored.len() > MAX_POSTINGS {
            scored.select_nth_unstable_by(MAX_POSTINGS - 1, best_first);
            scored.truncate(MAX_POSTINGS);
            scored.sort_unstable_by_key(|p| p.0);
        }
        debug_assert!(scored.windows(2).all(|w| w[0].0 < w[1].0));
        scored
    }

    /// `scored` (the word's scores as `scores` made them from a list
    /// with the same documents) with the scores of `docs` made again
    /// from `list`: what an edit that changed only those documents' text
    /// changes, when the documents are as many and the lengths' average
    /// is as it was (so the word's idf is too). In a list cut to
    /// its best, that holds while each changed document kept scores no
    /// less (none left out can have passed it) and each left out still
    /// ranks below the worst kept. False otherwise, `scored` then to be
    /// made again whole.
    pub(super) fn rescore(
        &self,
        list: &[(u32, u32)],
        scored: &mut [(u32, u16)],
        docs: &[(u32, u32)],
    ) -> bool {
        let cut = list.len() > MAX_POSTINGS;
        if scored.len() != list.len().min(MAX_POSTINGS) {
            return false;
        }
        let idf = self.idf(list.len());
        let mut left_out = Vec::new();
        for &(doc, units) in docs {
            let new = self.score(idf, doc, units);
            match scored.binary_search_by_key(&doc, |p| p.0) {
                Ok(at) if !cut || new >= scored[at].1 => scored[at].1 = new,
                Err(_) if cut => left_out.push((doc, new)),
                _ => return false,
            }
        }
        if left_out.is_empty() {
            return true;
        }
        let worst = scored.iter().max_by(|a, b| best_first(a, b));
        left_out
            .iter()
            .all(|out| worst.is_some_and(|w| best_first(w, out).is_lt()))
    }

    fn idf(&self, df: usize) -> f64 {
        let df = df as f64;
        (1.0 + (self.n - df + 0.5) / (df + 0.5)).ln()
    }

    fn score(&self, idf: f64, doc: u32, units: u32) -> u16 {
        let tf = f64::from(units) / terms::UNITS_PER_OCCURRENCE;
        let length = f64::from(self.lengths[doc as usize]);
        let norm = K1 * (1.0 - B + B * length / self.average);
        let s = idf * tf * (K1 + 1.0) / (tf + norm);
        (s * 10.0).round().clamp(1.0, 65535.0) as u16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_moved_out_and_back_in_keep_their_place() {
        let mut replaced = vec![(1, 5), (4, 5), (9, 5)];
        let mut moves = Moves {
            out: vec![9, 4],
            into: vec![(9, 7), (4, 6)],
        };
        moves.apply(&mut replaced);
        assert_eq!(replaced, [(1, 5), (4, 6), (9, 7)]);
        let mut merged = vec![(1, 5), (4, 5)];
        let mut moves = Moves {
            out: vec![4],
            into: vec![(0, 3), (9, 2)],
        };
        moves.apply(&mut merged);
        assert_eq!(merged, [(0, 3), (1, 5), (9, 2)]);
    }

    #[test]
    fn rescoring_the_changed_documents_is_scoring_the_whole_list() {
        let lengths = [10, 20, 30, 40];
        let stats = Stats::new(4, &lengths, 25.0);
        let mut scored = stats.scores(&[(0, 100), (2, 200), (3, 100)]);
        let now = [(0, 100), (2, 500), (3, 100)];
        assert!(stats.rescore(&now, &mut scored, &[(2, 500)]));
        assert_eq!(scored, stats.scores(&now));
    }

    #[test]
    fn a_list_cut_to_its_best_is_rescored_in_place_only_when_its_best_stay() {
        // Four times as many documents as have the word: an idf well
        // above zero, so that the scores differ.
        let n = MAX_POSTINGS + 2;
        let lengths = vec![10; 4 * n];
        let stats = Stats::new(4 * n, &lengths, 10.0);
        // Documents 0 and 1 score lowest: they are the ones left out.
        let list: Vec<(u32, u32)> = (0..n as u32)
            .map(|d| (d, if d < 2 { 100 } else { 300 }))
            .collect();
        let made = stats.scores(&list);
        let patch = |edited: &[(u32, u32)]| {
            let mut now = list.clone();
            for &(doc, units) in edited {
                now[doc as usize].1 = units;
            }
            let mut scored = made.clone();
            let patched = stats.rescore(&now, &mut scored, edited);
            (patched, scored == stats.scores(&now))
        };
        // A kept one rising, one left out staying below: patched, right.
        assert_eq!(patch(&[(5, 900), (0, 150)]), (true, true));
        // One left out rising above the worst kept, a kept one falling
        // below one left out: made again whole.
        assert!(!patch(&[(0, 900)]).0);
        assert!(!patch(&[(5, 50)]).0);
    }
}
