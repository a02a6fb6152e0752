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
use super::scores::score;
use super::shards::shard;
use super::terms::Analyses;
use super::{exact, lookup};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Result records per file: few enough that the files of ten results stay
/// small, enough that a 10,000-page site does not write 20,000 tiny files.
pub const DOCS_PER_FILE: usize = 4;

/// One character per governorate in `index.json`'s `gov` string.
const GOV_DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

pub struct Built {
    pub files: BTreeMap<String, Vec<u8>>,
}

pub fn build(docs: &[Doc], governorates: &[(String, String)], analyses: &mut Analyses) -> Built {
    let mut postings = score(docs, analyses);
    let lookup = lookup::build(&postings, docs);
    exact::add_keys(&mut postings, docs);
    let shards = shard(&postings);
    let mut files = BTreeMap::new();
    let mut keys = Vec::with_capacity(shards.len());
    for (n, (key, tokens)) in shards.iter().enumerate() {
        keys.push(key.clone());
        // Written straight from the lists (sorted by token, as a JSON
        // object from serde_json is), without a tree of JSON values.
        let body: BTreeMap<&str, Vec<u32>> =
            tokens.iter().map(|t| (*t, encode(&postings[*t]))).collect();
        files.insert(
            format!("s/{n}.json"),
            serde_json::to_vec(&body).unwrap_or_default(),
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
    Built { files }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_are_written_as_deltas() {
        assert_eq!(encode(&[(3, 9), (10, 4)]), [3, 9, 7, 4]);
    }
}
