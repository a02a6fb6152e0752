//! Stylesheets, scripts and fonts published under names that change with
//! their content (`css/site.3f2a9c1b7d.css`), so that a server may tell
//! browsers to keep them for a year: a new build that changes one gives it
//! a new name, and the pages that use it point to that name. Templates ask
//! `url(path="css/site.css")` and get the current name; a stylesheet's own
//! `url(../fonts/…)` are rewritten to the fonts' names before it is named.

use crate::assets::Copies;
use crate::diag::{Diagnostic, Diagnostics};
use crate::msg;
use std::collections::BTreeMap;

/// The folders whose files are named by their content.
const FOLDERS: [&str; 3] = ["css/", "js/", "fonts/"];
const EXTENSIONS: [&str; 6] = ["css", "js", "mjs", "woff2", "woff", "ttf"];

/// Plain name → the name it is published under (both output paths).
pub type Names = BTreeMap<String, String>;

#[derive(Debug, Default)]
pub struct Hashed {
    pub names: Names,
    /// Stylesheets whose references were rewritten, by their new path.
    pub files: BTreeMap<String, Vec<u8>>,
}

/// Rename the copies that qualify: fonts and scripts as they are, then
/// stylesheets with their references to those rewritten.
pub fn apply(copies: &mut Copies, diags: &mut Diagnostics) -> Hashed {
    let mut hashed = Hashed::default();
    let chosen: Vec<String> = copies.keys().filter(|p| qualifies(p)).cloned().collect();
    let (sheets, others): (Vec<String>, Vec<String>) =
        chosen.into_iter().partition(|p| p.ends_with(".css"));
    for path in others {
        let source = copies.remove(&path).expect("chosen from the copies");
        match source.read() {
            Ok(bytes) => {
                let name = named(&path, &bytes);
                hashed.names.insert(path, name.clone());
                copies.insert(name, source);
            }
            Err(e) => diags.push(unreadable(&path, e)),
        }
    }
    for path in sheets {
        let source = copies.remove(&path).expect("chosen from the copies");
        let text = source
            .read()
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        match text {
            Ok(text) => {
                let text = rewrite_css(&path, &text, &hashed.names);
                let name = named(&path, text.as_bytes());
                hashed.names.insert(path, name.clone());
                hashed.files.insert(name, text.into_bytes());
            }
            Err(e) => diags.push(unreadable(&path, e)),
        }
    }
    hashed
}

fn qualifies(path: &str) -> bool {
    FOLDERS.iter().any(|f| path.starts_with(f))
        && path
            .rsplit_once('.')
            .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext))
}

fn unreadable(path: &str, e: std::io::Error) -> Diagnostic {
    Diagnostic::error(msg!("cannot-read", detail = e.to_string())).in_file(path)
}

/// `css/site.css` → `css/site.<10 hex digits of its content's hash>.css`.
fn named(path: &str, bytes: &[u8]) -> String {
    let hash = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes));
    match path.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{}.{ext}", &hash[..10]),
        None => format!("{path}.{}", &hash[..10]),
    }
}

/// Each `url(…)` of the stylesheet at `path` that names a renamed file,
/// relative to the stylesheet's folder, now names it by its new name.
fn rewrite_css(path: &str, css: &str, names: &Names) -> String {
    let folder = path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("url(") {
        let (before, after) = rest.split_at(at + 4);
        out.push_str(before);
        let end = after.find(')').unwrap_or(after.len());
        let inner = &after[..end];
        let quote = inner
            .trim()
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'');
        let target = inner.trim().trim_matches(['"', '\'']);
        match resolve(folder, target).and_then(|t| names.get(&t)) {
            Some(new) => {
                let file = relative(folder, new);
                let q = quote.map(String::from).unwrap_or_default();
                out.push_str(&format!("{q}{file}{q}"));
            }
            None => out.push_str(inner),
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// The output path `target` names from a stylesheet in `folder`; none for
/// an address (`data:`, `https:`) or a path from the root.
fn resolve(folder: &str, target: &str) -> Option<String> {
    if target.contains(':') || target.starts_with('/') {
        return None;
    }
    let mut parts: Vec<&str> = folder.split('/').filter(|p| !p.is_empty()).collect();
    for part in target.split(['?', '#']).next()?.split('/') {
        match part {
            ".." => {
                parts.pop()?;
            }
            "." | "" => {}
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

/// `path` written relative to `folder` (one level up at most, as themes
/// lay out css/ beside fonts/).
fn relative(folder: &str, path: &str) -> String {
    match path.strip_prefix(&format!("{folder}/")) {
        Some(inside) if !folder.is_empty() => inside.to_string(),
        _ if folder.is_empty() => path.to_string(),
        _ => format!("{}{path}", "../".repeat(folder.split('/').count())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::Source;

    fn copies(files: &[(&str, &'static [u8])]) -> Copies {
        files
            .iter()
            .map(|(p, b)| (p.to_string(), Source::BuiltIn("x", b)))
            .collect()
    }

    #[test]
    fn a_stylesheet_names_its_fonts_by_their_new_names_and_changes_with_them() {
        let css: &'static [u8] =
            b"@font-face{src:url(\"../fonts/a.woff2\") format(\"woff2\")}\nb{background:url(data:x)}";
        let mut first = copies(&[("css/site.css", css), ("fonts/a.woff2", b"font one")]);
        let a = apply(&mut first, &mut Diagnostics::new());
        let font = &a.names["fonts/a.woff2"];
        assert!(
            font.starts_with("fonts/a.") && font.ends_with(".woff2"),
            "{font}"
        );
        assert!(first.contains_key(font) && !first.contains_key("fonts/a.woff2"));
        let sheet = &a.names["css/site.css"];
        let text = String::from_utf8(a.files[sheet].clone()).unwrap();
        assert!(text.contains(&format!("url(\"../{font}\")")), "{text}");
        assert!(text.contains("url(data:x)"), "{text}");

        // Another font: the stylesheet's bytes change, so does its name.
        let mut second = copies(&[("css/site.css", css), ("fonts/a.woff2", b"font two")]);
        let b = apply(&mut second, &mut Diagnostics::new());
        assert_ne!(a.names["css/site.css"], b.names["css/site.css"]);
    }

    #[test]
    fn only_stylesheets_scripts_and_fonts_are_renamed() {
        let mut all = copies(&[
            ("js/search.js", b"x"),
            ("favicon.svg", b"<svg/>"),
            ("admin/decap/1.decap-cms.js", b"y"),
            ("images/a.jpg", b"z"),
        ]);
        let hashed = apply(&mut all, &mut Diagnostics::new());
        assert_eq!(hashed.names.keys().collect::<Vec<_>>(), ["js/search.js"]);
        assert!(all.contains_key("favicon.svg") && all.contains_key("admin/decap/1.decap-cms.js"));
    }
}
