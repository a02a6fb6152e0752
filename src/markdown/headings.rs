//! Heading ids (made from the text, unique within the page) and the
//! attributes a writer may give a heading.

use pulldown_cmark::{Event, Tag};
use std::collections::BTreeSet;

/// Set the heading's id: the author's `{#id}`, else one made from its text,
/// unique within the page. Returns the id.
pub(super) fn finish_heading(
    event: &mut Event<'_>,
    title: &str,
    anchors: &mut BTreeSet<String>,
) -> String {
    let Event::Start(Tag::Heading { id, .. }) = event else {
        unreachable!("index points at the heading's start");
    };
    let base = match id {
        Some(given) => given.to_string(),
        None => heading_id(title),
    };
    let mut unique = base.clone();
    let mut n = 1;
    while anchors.contains(&unique) {
        unique = format!("{base}-{n}");
        n += 1;
    }
    anchors.insert(unique.clone());
    *id = Some(unique.clone().into());
    unique
}

/// An id from heading text: letters of any script and digits kept (Latin
/// accents folded, Arabic diacritics and tatweel dropped), runs of anything
/// else become `-`. "Résultats" → `resultats`, so editors can type it.
pub fn heading_id(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars().flat_map(crate::discover::fold_latin) {
        if is_arabic_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    // Section numbers ("1. Cadre général") are presentation, and an id
    // that starts with a digit cannot be used as a CSS selector.
    let id = id.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "section".into()
    } else {
        id.to_string()
    }
}

fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640 | 0x06D6..=0x06ED)
}

/// `lang` with a language tag, `dir` with a direction; nothing else.
pub(super) fn is_safe_heading_attr(name: &str, value: Option<&str>) -> bool {
    match (name, value) {
        ("lang", Some(tag)) => {
            !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        }
        ("dir", Some(dir)) => matches!(dir, "ltr" | "rtl" | "auto"),
        _ => false,
    }
}
