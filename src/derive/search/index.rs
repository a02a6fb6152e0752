//! Postings, scores and shards for one language.
//!
//! Scores are computed here, once: BM25F over four fields (title weighted
//! above names, above summary, above body), quantised to small integers.
//! The browser only adds them up, so a query needs no document lengths or
//! statistics beyond the shards it fetches.
//!
//! Files written, under `search/<lang>/`:
//! - `index.json`: shard keys, and per document its kind and governorate
//!   (for the filters and counts), a version for cache busting;
//! - `s/<n>.json`: the tokens whose longest matching shard key is key n,
//!   each with `[doc delta, score, doc delta, score, …]`;
//! - `d/<n>.json`: what results show (title, URL, excerpt source) for
//!   documents `4n` to `4n + 3`.

use super::documents::Doc;
use super::terms::{self, Analyses};
use super::{exact, lookup};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

const K1: f64 = 1.2;
const B: f64 = 0.75;
/// A token found in more documents keeps only its best-scored ones: its
/// other matches add little to a ranking, and it bounds a shard's size.
pub const MAX_POSTINGS: usize = 2000;
/// A shard larger than this is split by one more character of prefix.
pub const SHARD_TARGET_BYTES: usize = 24 * 1024;

/// Result records per file: few enough that the files of ten results stay
/// small, enough that a 10,000-page site does not write 20,000 tiny files.
pub const DOCS_PER_FILE: usize = 4;

pub const KINDS: [&str; 7] = [
    "page",
    "member",
    "story",
    "dataset",
    "deliverable",
    "service",
    "event",
];
/// One character per governorate in `index.json`'s `gov` string.
const GOV_DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub struct Built {
    pub files: BTreeMap<String, Vec<u8>>,
    pub tokens: usize,
    pub shards: usize,
}

/// Token → (document, quantised score), documents in ascending order.
pub type Postings = BTreeMap<String, Vec<(u32, u16)>>;

pub fn build(docs: &[Doc], governorates: &[(String, String)], analyses: &mut Analyses) -> Built {
    let mut postings = score(docs, analyses);
    let lookup = lookup::build(&postings, docs);
    exact::add_keys(&mut postings, docs);
    let shards = shard(&postings);
    let mut files = BTreeMap::new();
    let mut keys = Vec::with_capacity(shards.len());
    for (n, (key, tokens)) in shards.iter().enumerate() {
        keys.push(key.clone());
        let body: serde_json::Map<String, serde_json::Value> = tokens
            .iter()
            .map(|t| (t.to_string(), json!(encode(&postings[*t]))))
            .collect();
        files.insert(
            format!("s/{n}.json"),
            to_bytes(&serde_json::Value::Object(body)),
        );
    }
    for (n, chunk) in docs.chunks(DOCS_PER_FILE).enumerate() {
        let records: Vec<_> = chunk.iter().map(|d| &d.display).collect();
        files.insert(format!("d/{n}.json"), to_bytes(&json!(records)));
    }
    files.extend(lookup.files);
    // Apart from index.json: only a word the index lacks needs them.
    files.insert("f/keys.json".into(), to_bytes(&json!(lookup.shards)));
    let version = version_of(&files);
    let index = json!({
        "version": version,
        "docs": docs.len(),
        "kinds": KINDS,
        "kind": docs.iter().map(|d| kind_digit(d.display.kind)).collect::<String>(),
        "govs": governorates.iter().map(|(k, l)| json!([k, l])).collect::<Vec<_>>(),
        "gov": docs.iter().map(|d| gov_digit(d, governorates)).collect::<String>(),
        "shards": keys,
        "per_file": DOCS_PER_FILE,
    });
    files.insert("index.json".into(), to_bytes(&index));
    Built {
        files,
        tokens: postings.len(),
        shards: shards.len(),
    }
}

fn to_bytes(value: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

fn version_of(files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut hasher = Sha256::new();
    for (path, bytes) in files {
        hasher.update(path.as_bytes());
        hasher.update(bytes);
    }
    hasher.finalize()[..6]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn kind_digit(kind: &str) -> char {
    let n = KINDS.iter().position(|k| *k == kind).unwrap_or(0);
    char::from(b'0' + n as u8)
}

fn gov_digit(doc: &Doc, governorates: &[(String, String)]) -> char {
    doc.governorate
        .as_ref()
        .and_then(|g| governorates.iter().position(|(k, _)| k == g))
        .and_then(|i| GOV_DIGITS.get(i))
        .map_or('-', |b| char::from(*b))
}

/// `[delta, score, delta, score, …]`: deltas keep the numbers short.
fn encode(list: &[(u32, u16)]) -> Vec<u32> {
    let mut out = Vec::with_capacity(list.len() * 2);
    let mut previous = 0;
    for &(doc, score) in list {
        out.push(doc - previous);
        out.push(u32::from(score));
        previous = doc;
    }
    out
}

/// Documents analysed at once: their term tables are merged into the
/// postings and dropped before the next batch, so that memory holds the
/// postings and a batch, not a table per document of the whole site.
const ANALYSIS_BATCH: usize = 512;

/// BM25F scores of every token in every document. Documents whose text
/// `analyses` has seen are not analysed again.
pub fn score(docs: &[Doc], analyses: &mut Analyses) -> Postings {
    let keys: Vec<u64> = docs.par_iter().map(terms::key).collect();
    // By word number: each word's documents and weighted frequencies.
    let mut weighted: Vec<Vec<(u32, f64)>> = Vec::new();
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
                .map(|(doc, tf)| {
                    let norm = K1 * (1.0 - B + B * lengths[doc as usize] / average);
                    let s = idf * tf * (K1 + 1.0) / (tf + norm);
                    (doc, (s * 10.0).round().clamp(1.0, 65535.0) as u16)
                })
                .collect();
            if scored.len() > MAX_POSTINGS {
                scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
                scored.truncate(MAX_POSTINGS);
            }
            scored.sort_by_key(|p| p.0);
            (words.text(word as u32).to_string(), scored)
        })
        .collect()
}

/// Approximate bytes of a token's entry in a shard file.
fn entry_size(token: &str, list: &[(u32, u16)]) -> usize {
    token.len() + 6 + list.len() * 8
}

/// Shard keys with their tokens. Every token sits in the shard of the
/// longest key that is a prefix of it, which is how the browser finds it.
/// A shard over the target is split by one more character, except for
/// the token equal to its key, which stays.
pub fn shard(postings: &Postings) -> Vec<(String, Vec<&str>)> {
    let sizes: Vec<(&str, usize)> = postings
        .iter()
        .map(|(t, list)| (t.as_str(), entry_size(t, list)))
        .collect();
    shard_by_size(&sizes)
}

/// Shard keys with their entries, for entries of known sizes: any file
/// keyed by token prefix (postings, lookup keys).
pub fn shard_by_size<'a>(entries: &[(&'a str, usize)]) -> Vec<(String, Vec<&'a str>)> {
    let sizes: FxHashMap<&str, usize> = entries.iter().copied().collect();
    let tokens: Vec<&str> = entries.iter().map(|e| e.0).collect();
    let mut out = Vec::new();
    split(&tokens, 1, &sizes, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn prefix(token: &str, chars: usize) -> &str {
    match token.char_indices().nth(chars) {
        Some((i, _)) => &token[..i],
        None => token,
    }
}

fn split<'a>(
    tokens: &[&'a str],
    chars: usize,
    sizes: &FxHashMap<&str, usize>,
    out: &mut Vec<(String, Vec<&'a str>)>,
) {
    let mut groups: BTreeMap<&str, Vec<&'a str>> = BTreeMap::new();
    for t in tokens {
        groups.entry(prefix(t, chars)).or_default().push(t);
    }
    for (key, group) in groups {
        let size: usize = group.iter().map(|t| sizes[*t]).sum();
        let (exact, longer): (Vec<&str>, Vec<&str>) =
            group.iter().partition(|t| t.chars().count() <= chars);
        if size <= SHARD_TARGET_BYTES || longer.is_empty() {
            out.push((key.to_string(), group));
            continue;
        }
        if !exact.is_empty() {
            out.push((key.to_string(), exact));
        }
        split(&longer, chars + 1, sizes, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyzer::analyze;
    use crate::derive::search::documents::test_doc;

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

    const MOTUS: [&str; 7] = [
        "motus0 mo",
        "motus1 mo",
        "motus2 mo",
        "motus3 mo",
        "motus4 mo",
        "motus5 mo",
        "motus6 mo",
    ];
    const COMMUNE: [&str; 3] = ["commune ", "commune commune ", "commune commune commune "];

    #[test]
    fn every_token_is_in_the_shard_of_its_longest_key() {
        // Enough documents sharing one prefix to force a split.
        let docs: Vec<Doc> = (0..1500)
            .map(|i| doc(&format!("mot{i} motif{i}"), MOTUS[i % 7]))
            .collect();
        let postings = score(&docs, &mut Analyses::once());
        let shards = shard(&postings);
        assert!(shards.len() > 3, "no split: {}", shards.len());
        let keys: Vec<&str> = shards.iter().map(|s| s.0.as_str()).collect();
        let mut seen = 0;
        for (key, tokens) in &shards {
            for t in tokens {
                let longest = keys
                    .iter()
                    .filter(|k| t.starts_with(**k))
                    .max_by_key(|k| k.len())
                    .unwrap();
                assert_eq!(longest, key, "token {t}");
                seen += 1;
            }
        }
        assert_eq!(seen, postings.len());
    }

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
        assert_eq!(encode(&[(3, 9), (10, 4)]), [3, 9, 7, 4]);
    }
}
