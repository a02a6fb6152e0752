//! One mistake must not hide the others: serde stops at the first wrong
//! field, so after a field's error its line (and the lines indented under
//! it) is blanked out and the text parsed again, up to a limit. Blank
//! lines keep every later line's number, so positions stay right. A
//! syntax error stops the search: after it, what YAML reads is a guess.

use super::quotes::curly_wrapped;
use super::{parse, Origin};
use crate::diag::Diagnostic;
use crate::msg;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;

/// More than this many errors in one file are not looked for.
const MAX_ERRORS_PER_FILE: usize = 20;

/// Errors that concern one field's value: the rest of the file can still
/// be read without that field.
const FIELD_ERRORS: &[&str] = &[
    "unknown-field",
    "unknown-choice",
    "type-mismatch",
    "type-mismatch-at",
    "date-empty",
    "date-invalid",
    "date-no-month",
    "date-short-month",
    "date-guess",
    "field-empty",
    "reference-not-language",
];

/// Every error of `text` (curly quotes, then each wrong field), or the value.
pub fn parse_all<T: DeserializeOwned>(
    text: &str,
    origin: Origin<'_>,
) -> Result<T, Vec<Diagnostic>> {
    let mut errors: Vec<Diagnostic> = curly_wrapped(text)
        .into_iter()
        .map(|(line, column, key, fixed)| {
            Diagnostic::error(msg!("yaml-curly-quotes", key = key))
                .in_file(origin.file)
                .at(Some(origin.pos(line, column)))
                .help(msg!("yaml-quote-value-help", line = fixed))
        })
        .collect();
    let mut current = text.to_string();
    let mut blanked: BTreeSet<String> = BTreeSet::new();
    loop {
        let err = match parse::<T>(&current, origin) {
            Ok(value) if errors.is_empty() => return Ok(value),
            Ok(_) => return Err(errors),
            Err(err) => err,
        };
        let after_blanking = err.message.id == "missing-field"
            && matches!(err.message.arg("field"), Some(crate::messages::Arg::Text(f)) if blanked.contains(f));
        if !after_blanking {
            errors.push(err.clone());
        }
        // `membre` misspelt: `member` is then missing, which says nothing new.
        let meant = err.help.as_deref().filter(|h| h.id == "did-you-mean");
        if let Some(crate::messages::Arg::Text(name)) = meant.and_then(|h| h.arg("name")) {
            blanked.insert(name.clone());
        }
        let line = err.pos.map(|p| p.line.saturating_sub(origin.line_offset));
        let blank = FIELD_ERRORS.contains(&err.message.id) && errors.len() < MAX_ERRORS_PER_FILE;
        match line
            .filter(|_| blank)
            .and_then(|l| blank_field(&current, l))
        {
            Some((text, key)) => {
                current = text;
                blanked.insert(key);
            }
            None => return Err(errors),
        }
    }
}

/// `text` with line `line` (1-based) and the lines indented under it made
/// empty, and the key that line held; None when nothing would change.
fn blank_field(text: &str, line: usize) -> Option<(String, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let target = *lines.get(line.checked_sub(1)?)?;
    if target.trim().is_empty() {
        return None;
    }
    let indent = |l: &str| l.len() - l.trim_start().len();
    let key = target
        .trim_start()
        .trim_start_matches("- ")
        .split(':')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let mut out: Vec<&str> = lines.clone();
    out[line - 1] = "";
    for l in out.iter_mut().skip(line) {
        if l.trim().is_empty() || indent(l) > indent(target) {
            *l = "";
        } else {
            break;
        }
    }
    Some((out.join("\n") + "\n", key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        title: String,
        date: crate::model::Day,
        status: crate::model::Status,
        count: Option<u32>,
    }

    const ORIGIN: Origin<'static> = Origin {
        file: "content/x.yaml",
        line_offset: 0,
    };

    #[test]
    fn every_wrong_field_is_reported_once() {
        let text =
            "title: “Sfax”\ndate: 12/03/2025\nstatus: operationnel\ncount: many\nmembre: x\n";
        let errors = parse_all::<Item>(text, ORIGIN).unwrap_err();
        let said: Vec<(usize, &str)> = errors
            .iter()
            .map(|d| (d.pos.unwrap().line, d.message.id))
            .collect();
        assert_eq!(
            said,
            [
                (1, "yaml-curly-quotes"),
                (2, "date-guess"),
                (3, "unknown-choice"),
                (4, "type-mismatch-at"),
                (5, "unknown-field"),
            ]
        );
    }

    #[test]
    fn a_missing_field_is_still_reported_and_a_good_file_parses() {
        let errors = parse_all::<Item>("date: 2025-03-12\nstatus: planned\n", ORIGIN).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].message.id, "missing-field");
        assert!(parse_all::<Item>("title: x\ndate: 2025-03-12\nstatus: planned\n", ORIGIN).is_ok());
    }
}
