//! Shards: the files a language's postings (and lookup keys) are split
//! into by token prefix, so that a query downloads only its words'.

use super::scores::Postings;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Files split by key prefix (the lookup keys' `f/<n>.json`), with their
/// shard keys.
#[derive(Clone)]
pub struct Files {
    /// Shard keys, in the order of the files' numbers.
    pub shards: Vec<String>,
    /// Each file's contents, by its path.
    pub files: BTreeMap<String, super::Bytes>,
}

/// A shard larger than this is split by one more character of prefix.
pub const SHARD_TARGET_BYTES: usize = 24 * 1024;

/// Approximate bytes of a token's entry in a shard file.
fn entry_size(token: &str, list: &[(u32, u16)]) -> usize {
    token.len() + 6 + list.len() * 8
}

/// Shard keys with their tokens. Every token sits in the shard of the
/// longest key that is a prefix of it, which is how the browser finds it.
/// A shard over the target is split by one more character, except for
/// the token equal to its key, which stays.
pub fn shard<'p>(parts: &[&'p Postings]) -> Vec<(String, Vec<&'p str>)> {
    let entries = parts.iter().flat_map(|postings| postings.iter());
    let sizes: Vec<(&str, usize)> = entries
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
    use crate::derive::search::doc::{test_doc, Doc};
    use crate::derive::search::scores::score;
    use crate::derive::search::terms::Analyses;

    fn doc<'a>(title: &str, body: &'a str) -> Doc<'a> {
        test_doc("story", title, &[title], body)
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

    #[test]
    fn every_token_is_in_the_shard_of_its_longest_key() {
        // Enough documents sharing one prefix to force a split.
        let docs: Vec<Doc> = (0..1500)
            .map(|i| doc(&format!("mot{i} motif{i}"), MOTUS[i % 7]))
            .collect();
        let postings = score(&docs, &mut Analyses::once());
        let shards = shard(&[&postings]);
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
}
