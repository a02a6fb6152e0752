//! The catalogs agree with each other and with the code: a message id
//! missing in one language, an unused id, a translation that drops or
//! invents an argument, or a syntax error in a catalog fails here.

use super::*;
use fluent_syntax::ast::Entry;
use std::collections::{BTreeMap, BTreeSet};

/// id → the variables its text uses, for one locale.
fn catalog(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(locale.catalog())
        .unwrap_or_else(|(_, errors)| panic!("{locale}.ftl does not parse: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    super::guide::variables(value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{locale}.ftl defines `{id}` twice"
                );
            }
            Entry::Junk { content } => panic!("{locale}.ftl has junk: {content}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_message_exists_in_every_language_with_the_same_arguments() {
    let english = catalog(Locale::En);
    assert!(english.len() > 50, "the English catalog looks empty");
    for locale in [Locale::Ar, Locale::Fr] {
        let other = catalog(locale);
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{locale}.ftl lacks {missing:?}");
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{locale}.ftl has ids English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(
                &other[id], vars,
                "{locale}.ftl `{id}` uses other arguments than en.ftl"
            );
        }
    }
}

/// Every string literal of the source (ids kept in tables count as used).
fn literals_in_source() -> BTreeSet<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = BTreeSet::new();
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(entry.path()).unwrap();
            out.extend(text.split('"').skip(1).step_by(2).map(str::to_string));
        }
    }
    out
}

/// Every `msg!("id"` in the source, and every `plain(…, "id")`.
fn ids_in_source() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(root) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs")
            || entry.path().ends_with("messages/tests.rs")
        {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        for marker in ["msg!(", "plain(locale, "] {
            for (i, _) in text.match_indices(marker) {
                let rest = text[i + marker.len()..].trim_start();
                if let Some(rest) = rest.strip_prefix('"') {
                    ids.insert(rest[..rest.find('"').unwrap()].to_string());
                }
            }
        }
    }
    ids.remove("id");
    ids
}

#[test]
fn the_code_and_the_catalog_name_the_same_messages() {
    let english: BTreeSet<String> = catalog(Locale::En).into_keys().collect();
    let used = ids_in_source();
    let unknown: Vec<&String> = used.difference(&english).collect();
    assert!(
        unknown.is_empty(),
        "used in src/ but not in en.ftl: {unknown:?}"
    );
    let literals = literals_in_source();
    let unused: Vec<&String> = english
        .difference(&used)
        .filter(|id| !literals.contains(*id))
        // Made at run time from a field's name; `cms::tests` checks them.
        .filter(|id| !id.starts_with("cms-label-"))
        .collect();
    assert!(unused.is_empty(), "in en.ftl but never used: {unused:?}");
}

#[test]
fn arabic_has_six_plural_forms_and_isolates_arguments() {
    let forms: std::collections::BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| {
            crate::msg!("check-summary", root = "x", errors = n, warnings = 0).text(Locale::Ar)
        })
        .collect();
    assert_eq!(forms.len(), 6, "{forms:#?}");
    let m = crate::msg!("file-missing", file = "a.jpg");
    assert!(
        m.text(Locale::Ar).contains("\u{2068}a.jpg\u{2069}"),
        "{}",
        m.text(Locale::Ar)
    );
    assert_eq!(m.text(Locale::En), "the file `a.jpg` does not exist");
}

#[test]
fn locales_are_read_from_environment_style_codes() {
    assert_eq!(Locale::from_code("fr_FR.UTF-8"), Some(Locale::Fr));
    assert_eq!(Locale::from_code("ar-TN"), Some(Locale::Ar));
    assert_eq!(Locale::from_code("de"), None);
}
