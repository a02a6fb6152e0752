//! The search index on the shipped site: known queries return the known
//! item first. The ranking here reads the published files the way the
//! browser does (shard of the longest key, summed scores, documents with
//! every word first), for whole words; `tests/browser/search.test.mjs`
//! checks the real client, prefixes and filters included.

use crate::support::REPO;
use fadaa::analyzer::analyze;
use fadaa::config::BuildOptions;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn shipped_output() -> &'static Path {
    static OUT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let output = dir.path().join("public");
        let options = BuildOptions {
            root: Path::new(REPO).to_path_buf(),
            output: Some(output.clone()),
            today: fadaa::model::Day::parse("2026-11-24"),
            ..BuildOptions::default()
        };
        fadaa::build(&options).unwrap_or_else(|d| panic!("{}", crate::support::render(&d)));
        (dir, output)
    })
    .1
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// URLs of the results of `query` on the `lang` site, best first.
fn results(lang: &str, query: &str) -> Vec<String> {
    let dir = shipped_output().join("search").join(lang);
    let index = json(&dir.join("index.json"));
    let keys: Vec<&str> = index["shards"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    let mut totals: BTreeMap<u64, (u32, u64)> = BTreeMap::new();
    let mut terms = analyze(query);
    terms.dedup();
    for term in &terms {
        let Some(shard) = (0..keys.len())
            .filter(|&i| term.starts_with(keys[i]))
            .max_by_key(|&i| keys[i].len())
        else {
            continue;
        };
        let data = json(&dir.join(format!("s/{shard}.json")));
        let Some(postings) = data.get(term.as_str()) else {
            continue;
        };
        let numbers: Vec<u64> = postings
            .as_array()
            .unwrap()
            .iter()
            .map(|n| n.as_u64().unwrap())
            .collect();
        let mut doc = 0;
        for pair in numbers.chunks(2) {
            doc += pair[0];
            let total = totals.entry(doc).or_default();
            total.0 += 1;
            total.1 += pair[1];
        }
    }
    let mut ranked: Vec<(u64, (u32, u64))> = totals.into_iter().collect();
    ranked.sort_by(|a, b| {
        b.1 .0
            .cmp(&a.1 .0)
            .then(b.1 .1.cmp(&a.1 .1))
            .then(a.0.cmp(&b.0))
    });
    ranked
        .iter()
        .map(|(doc, _)| {
            let per_file = index["per_file"].as_u64().unwrap();
            let d = json(&dir.join(format!("d/{}.json", doc / per_file)));
            d[(doc % per_file) as usize]["url"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[track_caller]
fn first(lang: &str, query: &str, expected: &str) {
    let got = results(lang, query);
    assert_eq!(
        got.first().map(String::as_str),
        Some(expected),
        "{lang}: «{query}» → {got:?}"
    );
}

#[test]
fn place_names_in_either_script_and_their_usual_spellings() {
    first("fr", "Sfax", "/fr/members/sfax/");
    first("ar", "Sfax", "/ar/members/sfax/");
    first("ar", "صفاقس", "/ar/members/sfax/");
    first("fr", "صفاقس", "/fr/members/sfax/");
    first("fr", "Kairwan", "/fr/members/kairouan/");
    first("ar", "Kairouan", "/ar/members/kairouan/");
    first("fr", "القيروان", "/fr/members/kairouan/");
    first("fr", "Sidi Bou Zid", "/fr/members/sidi-bouzid/");
    first("ar", "سيدي بوزيد", "/ar/members/sidi-bouzid/");
    first("fr", "gabes", "/fr/members/gabes/");
}

#[test]
fn every_document_is_a_published_page_and_every_token_in_its_shard() {
    let out = shipped_output();
    for lang in ["ar", "fr"] {
        let dir = out.join("search").join(lang);
        let index = json(&dir.join("index.json"));
        let docs = index["docs"].as_u64().unwrap();
        assert_eq!(index["kind"].as_str().unwrap().len() as u64, docs);
        assert_eq!(index["gov"].as_str().unwrap().len() as u64, docs);
        let per_file = index["per_file"].as_u64().unwrap();
        for id in 0..docs {
            let d = json(&dir.join(format!("d/{}.json", id / per_file)));
            let url = d[(id % per_file) as usize]["url"].as_str().unwrap();
            let page = out.join(url.trim_start_matches('/')).join("index.html");
            assert!(page.is_file(), "{url} has no page");
        }
        let keys: Vec<String> = index["shards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k.as_str().unwrap().to_string())
            .collect();
        for (n, key) in keys.iter().enumerate() {
            let data = json(&dir.join(format!("s/{n}.json")));
            for token in data.as_object().unwrap().keys() {
                let longest = keys
                    .iter()
                    .filter(|k| token.starts_with(k.as_str()))
                    .max_by_key(|k| k.len());
                assert_eq!(longest, Some(key), "{lang}: token {token} in shard {key}");
            }
        }
    }
}

#[test]
fn a_service_sheet_is_found_by_the_words_citizens_use() {
    first("ar", "مضمون ولادة", "/ar/services/civil-status/");
    first("fr", "extrait de naissance", "/fr/services/civil-status/");
    first("fr", "مضمون ولادة", "/fr/services/civil-status/");
    first("ar", "extrait de naissance", "/ar/services/civil-status/");
    first("fr", "copie conforme", "/fr/services/legalisation/");
}
