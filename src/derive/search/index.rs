//! One language's index files, from its documents' scores (`scores`)
//! split into shards (`shards`), exact keys (`exact`) and lookup keys for
//! words the index lacks (`lookup`).
//!
//! Files written, under `search/<lang>/`:
//! - `index.json`: shard keys, and per document its kind and governorate
//!   (for the filters and counts), a version for cache busting;
//! - `s/<n>.json`: the tokens whose longest matching shard key is key n,
//!   each with `[doc delta, score, doc delta, score, …]`;
//! - `d/<n>.json`: what results show (title, URL, excerpt source) for
//!   documents `4n` to `4n + 3`.

use super::doc::{Doc, KINDS};
use super::kept::Kept;
use super::scores::score_again;
use super::shards::shard;
use super::{exact, lookup, Bytes};
use crate::fingerprint::Fingerprint;
use rustc_hash::FxHashMap;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// Result records per file: few enough that the files of ten results stay
/// small, enough that a 10,000-page site does not write 20,000 tiny files.
pub const DOCS_PER_FILE: usize = 4;

/// One character per governorate in `index.json`'s `gov` string.
const GOV_DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub struct Built {
    pub files: BTreeMap<String, Bytes>,
}

/// One language's index files. With what the last index `kept`
/// (`serve`), a file whose content did not change is not written again.
pub fn build(docs: &[Doc], governorates: &[(String, String)], kept: &mut Kept) -> Built {
    let scored = score_again(docs, &mut kept.analyses, kept.scored.take());
    let postings = &scored.postings;
    let lookup = lookup::build(postings, docs, kept);
    // Exact keys end in `=`, which no word has: the two tables never
    // share a token.
    let exact = exact::keys(docs, kept);
    let shards = shard(&[postings, &*exact]);
    // Each token's list is read twice (a shard's key, its file): from a
    // hash table, not by walking the B-trees' string comparisons.
    let lists: FxHashMap<&str, &Vec<(u32, u16)>> = postings
        .iter()
        .chain(exact.iter())
        .map(|(token, list)| (token.as_str(), list))
        .collect();
    let empty = Vec::new();
    let list = |token: &str| lists.get(token).copied().unwrap_or(&empty);
    let mut files = BTreeMap::new();
    let mut keys = Vec::with_capacity(shards.len());
    for (n, (key, tokens)) in shards.iter().enumerate() {
        keys.push(key.clone());
        // Written straight from the lists (sorted by token, as a JSON
        // object from serde_json is), without a tree of JSON values; and
        // only when the last index did not write the same lists.
        let write = || {
            let body: BTreeMap<&str, Vec<u32>> =
                tokens.iter().map(|t| (*t, encode(list(t)))).collect();
            serde_json::to_vec(&body).unwrap_or_default()
        };
        let bytes = kept.file(|| shard_key(tokens, list), write);
        files.insert(format!("s/{n}.json"), bytes);
    }
    for (n, chunk) in docs.chunks(DOCS_PER_FILE).enumerate() {
        let records: Vec<_> = chunk.iter().map(|d| &d.display).collect();
        let bytes = kept.file(|| records_key(&records), || to_bytes(&json!(records)));
        files.insert(format!("d/{n}.json"), bytes);
    }
    files.extend(lookup.files);
    // Apart from index.json: only a word the index lacks needs them.
    let keys_file = to_bytes(&json!(lookup.shards));
    files.insert("f/keys.json".into(), Arc::new(keys_file));
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
    files.insert("index.json".into(), Arc::new(to_bytes(&index)));
    if kept.remembers() {
        kept.scored = Some(scored);
    }
    Built { files }
}

fn to_bytes(value: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// What a shard file is written from, hashed: its tokens and their
/// lists, each with its length so that no two run together.
fn shard_key<'l>(tokens: &[&str], list: impl Fn(&str) -> &'l Vec<(u32, u16)>) -> u64 {
    let mut hasher = Fingerprint::new();
    hasher.write(b"s");
    let mut numbers = Vec::new();
    for token in tokens {
        hasher.write(&token.len().to_le_bytes());
        hasher.write(token.as_bytes());
        numbers.clear();
        for &(doc, score) in list(token) {
            let posting = (u64::from(doc) << 16) | u64::from(score);
            numbers.extend_from_slice(&posting.to_le_bytes());
        }
        hasher.write(&numbers.len().to_le_bytes());
        hasher.write(&numbers);
    }
    hasher.finish()
}

/// What a file of result records is written from, hashed.
fn records_key(records: &[&super::doc::Display]) -> u64 {
    let mut hasher = Fingerprint::new();
    hasher.write(b"d");
    records.hash(&mut hasher);
    hasher.finish()
}

/// A short hash of every file (its path and a digest of its bytes), for
/// the browser's cache: a file's digest is much cheaper than hashing its
/// bytes into SHA-256.
fn version_of(files: &BTreeMap<String, Bytes>) -> String {
    let mut hasher = Sha256::new();
    for (path, bytes) in files {
        hasher.update(path.as_bytes());
        hasher.update(xxhash_rust::xxh3::xxh3_128(bytes).to_le_bytes());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_are_written_as_deltas() {
        assert_eq!(encode(&[(3, 9), (10, 4)]), [3, 9, 7, 4]);
    }

    #[test]
    fn an_index_made_again_writes_only_the_files_that_changed() {
        use super::super::doc::test_doc;
        use super::super::kept::Memo;
        let titles: Vec<String> = (0..40).map(|i| format!("Récit {i}")).collect();
        let docs = |last: &str| {
            let mut docs: Vec<Doc> = titles
                .iter()
                .map(|t| test_doc("story", t, &[t], "guichet unique"))
                .collect();
            docs[39] = test_doc("story", last, &[last], "guichet unique");
            docs
        };
        let written_by_kept = |built: &Built| {
            let paths = built.files.keys();
            paths
                .filter(|p| p.starts_with("s/") || p.starts_with("d/"))
                .count()
        };
        let mut memo = Memo::default();
        let mut kept = memo.take("fr");
        let first = build(&docs("Récit 39"), &[], &mut kept);
        assert_eq!(kept.written, written_by_kept(&first));
        memo.put_back([("fr".into(), kept)]);

        let edited = docs("Récit 39 accueil");
        let mut kept = memo.take("fr");
        let again = build(&edited, &[], &mut kept);
        // Written: the last record file, the new word's shard (`a`) and
        // the shard of the title's number and exact keys (`3`). The
        // shards after `a` are renumbered, not written again.
        assert_eq!(kept.written, 3, "of {}", written_by_kept(&again));
        assert_eq!(again.files, build(&edited, &[], &mut Kept::once()).files);
        assert_ne!(again.files["index.json"], first.files["index.json"]);
    }
}
