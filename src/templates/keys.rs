//! What each template's output depends on, as a hash: its own text and,
//! transitively, the texts of the templates it extends, includes or
//! imports. A page is rendered again when its template's key changes, so
//! an edit to `tag.html` renders the tag pages only, and an edit to
//! `base.html` (which every page extends) renders them all.
//!
//! Tera names those templates with string literals only, so they are read
//! from the tags' text; a name that is no template is hashed as absent.
//! `made_from` hashes what the parsed templates as a whole are made from,
//! by which `serve` keeps them between rebuilds.

use crate::config::Config;
use crate::hashed::Names;
use crate::i18n::Strings;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

/// Each template's key, by name; `sources` maps a name to (file, text).
pub fn keys(sources: &BTreeMap<String, (String, String)>) -> FxHashMap<String, u64> {
    let mut keys = FxHashMap::default();
    for name in sources.keys() {
        key_of(name, sources, &mut keys, &mut Vec::new());
    }
    keys
}

fn key_of(
    name: &str,
    sources: &BTreeMap<String, (String, String)>,
    keys: &mut FxHashMap<String, u64>,
    visiting: &mut Vec<String>,
) -> u64 {
    if let Some(&key) = keys.get(name) {
        return key;
    }
    let Some((_, text)) = sources.get(name) else {
        return 0;
    };
    // A loop (which Tera refuses anyway) counts each template once.
    if visiting.iter().any(|v| v == name) {
        return 0;
    }
    visiting.push(name.to_string());
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(&text.len().to_le_bytes());
    hasher.update(text.as_bytes());
    let mut used = references(text);
    used.sort_unstable();
    used.dedup();
    for other in used {
        hasher.update(other.as_bytes());
        let key = key_of(other, sources, keys, visiting);
        hasher.update(&key.to_le_bytes());
    }
    visiting.pop();
    let key = hasher.digest();
    keys.insert(name.to_string(), key);
    key
}

/// The names in a template's `extends`, `include` and `import` tags.
fn references(text: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{%") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("%}") else { break };
        let tag = after[..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        let word = tag.split_whitespace().next().unwrap_or("");
        if matches!(word, "extends" | "include" | "import") {
            names.extend(quoted(&tag[word.len()..]));
        }
        rest = &after[end + 2..];
    }
    names
}

/// The strings quoted in a tag, with any of Tera's three quotes.
fn quoted(tag: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = tag;
    while let Some(open) = rest.find(['"', '\'', '`']) {
        let quote = rest[open..].chars().next().unwrap_or('"');
        let inner = &rest[open + 1..];
        let Some(close) = inner.find(quote) else {
            break;
        };
        out.push(&inner[..close]);
        rest = &inner[close + 1..];
    }
    out
}

/// A hash of what the parsed templates are made from: their texts, and
/// what each language's helpers are given (`serve` keeps them by it).
pub(super) fn made_from(
    sources: &BTreeMap<String, (String, String)>,
    config: &Config,
    strings: &Strings,
    names: &Names,
) -> u64 {
    let codes: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let given = format!(
        "{sources:?}{}{codes:?}{names:?}{strings:?}",
        config.base_path
    );
    xxhash_rust::xxh3::xxh3_64(given.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sources(pairs: &[(&str, &str)]) -> BTreeMap<String, (String, String)> {
        let file = |n: &str| format!("templates/{n}");
        let pairs = pairs.iter();
        pairs
            .map(|(n, t)| (n.to_string(), (file(n), t.to_string())))
            .collect()
    }

    const BASE: &str = "<html>{% block main %}{% endblock %}</html>";
    const TAG: &str = "{% extends \"base.html\" %}\n{% import 'macros.html' as m %}\n{% block main %}{{ m::x() }}{% endblock %}";
    const STORY: &str =
        "{%- extends \"base.html\" -%}{% include [\"card.html\", `missing.html`] ignore missing %}";

    #[test]
    fn a_template_depends_on_those_it_extends_includes_and_imports() {
        assert_eq!(references(TAG), ["base.html", "macros.html"]);
        assert_eq!(
            references(STORY),
            ["base.html", "card.html", "missing.html"]
        );
        let before = sources(&[
            ("base.html", BASE),
            ("macros.html", "{% macro x() %}x{% endmacro %}"),
            ("tag.html", TAG),
            ("story.html", STORY),
            ("card.html", "<p>card</p>"),
        ]);
        let keys_before = keys(&before);
        let changed = |name: &str, text: &str| {
            let mut after = before.clone();
            after.get_mut(name).unwrap().1 = text.to_string();
            let keys_after = keys(&after);
            let mut names: Vec<String> = keys_after
                .iter()
                .filter(|(n, k)| keys_before[*n] != **k)
                .map(|(n, _)| n.clone())
                .collect();
            names.sort();
            names
        };
        assert_eq!(
            changed("tag.html", "{% extends \"base.html\" %}"),
            ["tag.html"]
        );
        assert_eq!(changed("macros.html", ""), ["macros.html", "tag.html"]);
        assert_eq!(changed("card.html", ""), ["card.html", "story.html"]);
        assert_eq!(
            changed("base.html", "<html></html>"),
            ["base.html", "story.html", "tag.html"]
        );
    }
}
