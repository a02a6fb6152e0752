//! Forgiving search: which index tokens are near a query token that the
//! index does not hold (`صفاقص` for صفاقس, `safx` for sfax).
//!
//! Both sides share these rules, like the analyzer: the index (here)
//! publishes, for every word of the site, a few lookup keys; the browser
//! (`analyze.js`) computes the same keys for a word that found nothing,
//! fetches the files of those keys only, and keeps the candidates within
//! the allowed distance. `tests/search/fuzzy-vectors.json` holds the
//! examples both must agree on.
//!
//! - The *skeleton* of a token writes every letter of a group that people
//!   confuse, by ear or by keyboard, as one letter: س ص, ت ط, ذ ز ظ ض
//!   (Tunisians pronounce ض and ظ alike), and the Maghreb letters ڨ ڤ as
//!   ق ف. (ه ة and the alef and yeh forms are already one for the analyzer.)
//! - Its *keys* are the skeleton, and for four letters or more the
//!   skeleton with one letter deleted: two words one edit apart (a letter
//!   added, dropped, replaced or two swapped) always share a key.
//! - The *distance* counts in half edits: a confused letter or two
//!   swapped neighbours cost 1, any other edit 2. A word of five letters or
//!   more may be 2 away (one edit), of three or four letters 1 away (one
//!   near slip), shorter words must be exact.

/// A letter written as its group's representative.
pub fn skeleton_char(c: char) -> char {
    match c {
        'ص' => 'س',
        'ط' => 'ت',
        'ذ' | 'ظ' | 'ض' => 'ز',
        'ڨ' => 'ق',
        'ڤ' => 'ف',
        other => other,
    }
}

pub fn skeleton(token: &str) -> String {
    token.chars().map(skeleton_char).collect()
}

/// Shortest token that gets keys: a two-letter word is searched exactly.
pub const MIN_CHARS: usize = 3;
/// Shortest token whose deletions are keys.
const DELETIONS_FROM: usize = 4;

/// Lookup keys of a token, without duplicates, in a fixed order: the
/// skeleton, then the deletions from the first letter to the last.
pub fn keys(token: &str) -> Vec<String> {
    let letters: Vec<char> = skeleton(token).chars().collect();
    if letters.len() < MIN_CHARS {
        return Vec::new();
    }
    let mut out = vec![letters.iter().collect::<String>()];
    if letters.len() >= DELETIONS_FROM {
        for skip in 0..letters.len() {
            let key: String = letters
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| *c)
                .collect();
            if !out.contains(&key) {
                out.push(key);
            }
        }
    }
    out
}

/// Half edits allowed for a query token of `chars` letters.
pub fn allowed(chars: usize) -> u32 {
    match chars {
        0..=2 => 0,
        3 | 4 => 1,
        _ => 2,
    }
}

/// Distance in half edits (optimal string alignment): a confused letter
/// or a swap of neighbours 1, an insertion, deletion or other
/// substitution 2.
pub fn distance(a: &str, b: &str) -> u32 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0u32; (a.len() + 1) * width];
    for (i, cell) in d.iter_mut().step_by(width).enumerate() {
        *cell = 2 * i as u32;
    }
    for (j, cell) in d.iter_mut().take(width).enumerate() {
        *cell = 2 * j as u32;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = if a[i - 1] == b[j - 1] {
                0
            } else if skeleton_char(a[i - 1]) == skeleton_char(b[j - 1]) {
                1
            } else {
                2
            };
            let mut best = (d[(i - 1) * width + j] + 2)
                .min(d[i * width + j - 1] + 2)
                .min(d[(i - 1) * width + j - 1] + substitution);
            let swapped = i > 1
                && j > 1
                && a[i - 1] == b[j - 2]
                && a[i - 2] == b[j - 1]
                && a[i - 1] != b[j - 1];
            if swapped {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

/// How far `candidate` is from the query token `query`, when near enough.
pub fn near(query: &str, candidate: &str) -> Option<u32> {
    let d = distance(query, candidate);
    (d <= allowed(query.chars().count())).then_some(d)
}

/// Whether a token of the index is worth keys: words, not numbers (a
/// mistyped year or phone number should not find another).
pub fn has_keys(token: &str) -> bool {
    token.chars().count() >= MIN_CHARS && !token.chars().any(|c| c.is_numeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::{analyze, exact_key};
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Table {
        keys: Vec<KeysCase>,
        distances: Vec<DistanceCase>,
        exact: Vec<ExactCase>,
    }

    #[derive(Deserialize)]
    struct ExactCase {
        text: String,
        key: Option<String>,
    }

    #[derive(Deserialize)]
    struct KeysCase {
        token: String,
        keys: Vec<String>,
    }

    #[derive(Deserialize)]
    struct DistanceCase {
        query: String,
        candidate: String,
        distance: u32,
        near: bool,
        note: String,
    }

    /// The table `tests/browser/analyze.test.mjs` also checks `analyze.js`
    /// against.
    #[test]
    fn shared_vectors() {
        let table: Table =
            serde_json::from_str(include_str!("../../tests/search/fuzzy-vectors.json")).unwrap();
        assert!(table.keys.len() >= 10 && table.distances.len() >= 20);
        let mut failures = Vec::new();
        for case in &table.keys {
            if keys(&case.token) != case.keys {
                failures.push(format!("keys({}) = {:?}", case.token, keys(&case.token)));
            }
        }
        for case in &table.distances {
            let d = distance(&case.query, &case.candidate);
            let n = near(&case.query, &case.candidate).is_some();
            if d != case.distance || n != case.near {
                failures.push(format!(
                    "{} → {} ({}): distance {d}, near {n}",
                    case.query, case.candidate, case.note
                ));
            }
        }
        for case in &table.exact {
            let key = exact_key(&analyze(&case.text));
            if key != case.key {
                failures.push(format!("exact key of {}: {key:?}", case.text));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// The promise the keys make: any two tokens one edit apart share one.
    #[test]
    fn one_edit_apart_always_share_a_key() {
        let words = ["صفاقس", "sfax", "monastir", "قابس", "بنزرت", "tataouine"];
        for w in words {
            let chars: Vec<char> = w.chars().collect();
            let mut variants = Vec::new();
            for i in 0..chars.len() {
                let mut dropped = chars.clone();
                dropped.remove(i);
                variants.push(dropped.iter().collect::<String>());
                let mut replaced = chars.clone();
                replaced[i] = 'x';
                variants.push(replaced.iter().collect());
                if i + 1 < chars.len() {
                    let mut swapped = chars.clone();
                    swapped.swap(i, i + 1);
                    variants.push(swapped.iter().collect());
                }
            }
            let own = keys(w);
            for v in &variants {
                let theirs = keys(v);
                assert!(own.iter().any(|k| theirs.contains(k)), "{w} / {v}");
            }
        }
    }

    #[test]
    fn numbers_get_no_keys() {
        assert!(!has_keys("2024"));
        assert!(!has_keys("ab"));
        assert!(has_keys("sfax"));
    }
}
