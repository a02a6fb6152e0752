//! docs/theme.md names every field of the views templates receive: each
//! field of a `Serialize` struct in src/view.rs and src/render/views/*.rs
//! must be a word of it, so that a field the fixture of `theme_contract`
//! does not reach (a list it leaves empty, a value it leaves null) is
//! documented too.

use crate::support::REPO;
use crate::theme_contract::{theme_md, words};
use std::path::Path;

/// The fields of the `Serialize` structs in `source`, as serde names
/// them: `#[serde(skip)]` ones left out, `#[serde(flatten)]` ones too
/// (their own struct's fields are listed), `rename` followed. A line
/// reader, enough for the views' plain declarations.
fn serialized_fields(source: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let (mut derives, mut in_struct) = (false, None::<String>);
    let mut attributes = String::new();
    for line in source.lines() {
        let t = line.trim();
        if t.starts_with("#[derive(") {
            derives = t.contains("Serialize");
        } else if let Some(rest) = t.strip_prefix("pub struct ").or(t.strip_prefix("struct ")) {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
            in_struct = (derives && t.ends_with('{')).then_some(name);
            derives = false;
        } else if line.starts_with('}') {
            in_struct = None;
        } else if in_struct.is_none() && !t.starts_with("#[") && !t.starts_with("//") {
            // The derive was an enum's, or a hand-written impl's.
            derives = false;
        } else if let Some(name) = &in_struct {
            if t.starts_with("#[serde(") {
                attributes.push_str(t);
                continue;
            }
            let decl = t
                .trim_start_matches("pub(super) ")
                .trim_start_matches("pub ");
            let field = decl.split(':').next().unwrap_or_default();
            let is_field = !t.starts_with("//")
                && decl.contains(':')
                && field.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if is_field {
                let renamed = attributes
                    .split("rename = \"")
                    .nth(1)
                    .and_then(|r| r.split('"').next());
                let hidden = attributes
                    .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .any(|w| ["skip", "skip_serializing", "flatten"].contains(&w));
                if !hidden {
                    let field = renamed.unwrap_or(field).to_string();
                    fields.push((name.clone(), field));
                }
                attributes.clear();
            }
        }
    }
    fields
}

#[test]
fn theme_md_names_every_field_of_the_views() {
    let doc = theme_md();
    let doc_words = words(&doc);
    let mut files = vec![Path::new(REPO).join("src/view.rs")];
    let views = Path::new(REPO).join("src/render/views");
    files.extend(std::fs::read_dir(views).unwrap().map(|e| e.unwrap().path()));
    files.sort();
    let mut missing = Vec::new();
    let mut count = 0;
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy();
        for (ty, field) in serialized_fields(&source) {
            count += 1;
            if !doc_words.contains(field.as_str()) {
                missing.push(format!("{name}: {ty}.{field}"));
            }
        }
    }
    assert!(count > 100, "the scan found only {count} fields");
    assert!(
        missing.is_empty(),
        "fields templates receive, not named in docs/theme.md:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_follows_serde_attributes() {
    let source = "#[derive(Debug, Serialize)]
pub struct A<'a> {
    /// Shown.
    pub shown: u8,
    #[serde(skip)]
    pub hidden: u8,
    #[serde(flatten)]
    pub card: B,
    #[serde(rename = \"other\")]
    named: &'a str,
    #[serde(skip_serializing_if = \"Option::is_none\")]
    sometimes: Option<u8>,
}

#[derive(Serialize)]
pub enum B {}

pub struct C {
    pub not_serialized: u8,
}
";
    let fields = serialized_fields(source);
    let expected = [("A", "shown"), ("A", "other"), ("A", "sometimes")]
        .map(|(t, f)| (t.to_string(), f.to_string()));
    assert_eq!(fields, expected);
}
