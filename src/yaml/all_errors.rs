//! One mistake must not hide the others. serde stops at the first wrong
//! field, so after a field's error its line is given a stand-in value of
//! the right shape (or blanked, for a field that does not exist) and the
//! text is parsed again; a required field that is missing gets a
//! stand-in line at the end. Lines keep their numbers, so every position
//! stays right. When the text then parses, the value goes on to the
//! other checks (references, hours, phone …) with the lines that were
//! stood in for, whose findings are about the stand-ins and are dropped.
//! A syntax error stops the search: after it, what YAML reads is a guess.

use super::quotes::curly_wrapped;
use super::{parse, Origin};
use crate::diag::Diagnostic;
use crate::messages::{Arg, Message};
use crate::msg;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;

/// More tries than this and the file is left with the errors found.
const MAX_TRIES: usize = 40;

/// What parsing a text with stand-ins gave.
pub struct Outcome<T> {
    /// The value, when the text parsed once every error had a stand-in.
    pub value: Option<T>,
    pub errors: Vec<Diagnostic>,
    /// The text as finally parsed, to locate keys in.
    pub text: String,
    /// Lines (1-based, in the YAML text) that hold a stand-in.
    pub stood_in: BTreeSet<usize>,
}

/// Every error of `text` (curly quotes, then each wrong field), and the
/// value when the rest of the text could still be read.
pub fn parse_all<T: DeserializeOwned>(text: &str, origin: Origin<'_>) -> Outcome<T> {
    let errors = curly_wrapped(text)
        .into_iter()
        .map(|(line, column, key, fixed)| {
            Diagnostic::error(msg!("yaml-curly-quotes", key = key))
                .in_file(origin.file)
                .at(Some(origin.pos(line, column)))
                .help(msg!("yaml-quote-value-help", line = fixed))
        })
        .collect();
    let mut outcome = Outcome {
        value: None,
        errors,
        text: text.to_string(),
        stood_in: BTreeSet::new(),
    };
    // Fields the writer did write (misspelt, or with a wrong value): their
    // "missing" after a stand-in or a blank says nothing new.
    let mut written: BTreeSet<String> = BTreeSet::new();
    for _ in 0..MAX_TRIES {
        let err = match parse::<T>(&outcome.text, origin) {
            Ok(value) => {
                outcome.value = Some(value);
                return outcome;
            }
            Err(err) => err,
        };
        let line = err.pos.map(|p| p.line.saturating_sub(origin.line_offset));
        let on_stand_in = line.is_some_and(|l| outcome.stood_in.contains(&l));
        let missing = match (err.message.id, err.message.arg("field")) {
            ("missing-field", Some(Arg::Text(f))) => Some(f.clone()),
            _ => None,
        };
        if let Some(field) = &missing {
            if !written.contains(field) {
                outcome.errors.push(err.clone());
            }
            // A line added to a front matter would take the number of the
            // closing `---` or of the text below, where other findings are
            // real: a front matter with a missing field is not read on.
            if origin.line_offset > 0 {
                return outcome;
            }
            let n = append(&mut outcome.text, &format!("{field}: x"));
            outcome.stood_in.insert(n);
            written.insert(field.clone());
            continue;
        }
        if !on_stand_in {
            outcome.errors.push(err.clone());
        }
        let meant = err.help.as_deref().filter(|h| h.id == "did-you-mean");
        if let Some(Arg::Text(name)) = meant.and_then(|h| h.arg("name")) {
            written.insert(name.clone());
        }
        let Some(line) = line else {
            return outcome;
        };
        let Some(key) = stand_in(&mut outcome.text, line, &err.message) else {
            return outcome;
        };
        written.insert(key);
        outcome.stood_in.insert(line);
    }
    outcome
}

/// The value that has the shape an error asks for, or None to blank the
/// line (a field that does not exist).
fn shape_for(message: &Message) -> Option<Option<String>> {
    let text = |name: &str| match message.arg(name) {
        Some(Arg::Text(s)) => s.clone(),
        _ => String::new(),
    };
    Some(match message.id {
        "unknown-field" | "reference-not-language" => None,
        "unknown-choice" => Some(text("choices").split(", ").next()?.to_string()),
        "date-empty" | "date-invalid" | "date-no-month" | "date-short-month" | "date-guess"
        | "field-empty" => Some("2000-01-01".into()),
        "type-mismatch" | "type-mismatch-at" => Some(
            match text("expected").as_str() {
                "text" | "translated" => "x",
                "list" => "[]",
                "boolean" => "false",
                "number" | "whole-number" => "0",
                "location" => "{ lat: 36.8, lon: 10.1 }",
                "map" => "{}",
                _ => return None,
            }
            .to_string(),
        ),
        _ => return None,
    })
}

/// Line `line` (1-based) made `key: <stand-in>` (or blank), and the lines
/// indented under it blanked; the key, or None when the error has no
/// stand-in or the line is not a `key: value` line.
fn stand_in(text: &mut String, line: usize, message: &Message) -> Option<String> {
    let shape = shape_for(message)?;
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let target = lines.get(line.checked_sub(1)?)?.clone();
    let indent = target.len() - target.trim_start().len();
    let body = target.trim_start();
    let (item, body) = match body.strip_prefix("- ") {
        Some(rest) => ("- ", rest),
        None => ("", body),
    };
    let key = body.split_once(':')?.0.trim().to_string();
    if key.is_empty() || key.contains(' ') {
        return None;
    }
    lines[line - 1] = match (shape, item) {
        (Some(value), _) => format!("{}{item}{key}: {value}", " ".repeat(indent)),
        // A list item's first key cannot go without breaking the list.
        (None, "- ") => return None,
        (None, _) => String::new(),
    };
    for l in lines.iter_mut().skip(line) {
        let deeper = l.len() - l.trim_start().len() > indent;
        if l.trim().is_empty() || deeper {
            l.clear();
        } else {
            break;
        }
    }
    *text = lines.join("\n") + "\n";
    Some(key)
}

/// `line` added at the end of `text`; its 1-based number.
fn append(text: &mut String, line: &str) -> usize {
    if !text.ends_with('\n') && !text.is_empty() {
        text.push('\n');
    }
    text.push_str(line);
    text.push('\n');
    text.lines().count()
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
        phone: Option<String>,
    }

    const ORIGIN: Origin<'static> = Origin {
        file: "content/x.yaml",
        line_offset: 0,
    };

    #[test]
    fn every_wrong_field_is_reported_once_and_the_rest_is_read() {
        let text = "title: “Sfax”\ndate: 12/03/2025\nstatus: operationnel\ncount: many\nmembre: x\nphone: \"74 000\"\n";
        let outcome = parse_all::<Item>(text, ORIGIN);
        let said: Vec<(usize, &str)> = outcome
            .errors
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
        let item = outcome.value.expect("the rest is read");
        assert_eq!(
            item.phone.as_deref(),
            Some("74 000"),
            "the writer's own value"
        );
        assert_eq!(outcome.stood_in, BTreeSet::from([2, 3, 4, 5]));
    }

    #[test]
    fn a_missing_field_is_reported_and_stood_in_for() {
        let outcome = parse_all::<Item>("date: 2025-03-12\nstatus: planned\n", ORIGIN);
        assert_eq!(outcome.errors.len(), 1);
        assert_eq!(outcome.errors[0].message.id, "missing-field");
        assert!(outcome.value.is_some());
        assert_eq!(outcome.stood_in, BTreeSet::from([3]));
        let good = parse_all::<Item>("title: x\ndate: 2025-03-12\nstatus: planned\n", ORIGIN);
        assert!(good.errors.is_empty() && good.value.is_some());
    }

    #[test]
    fn a_syntax_error_stops_the_search() {
        let outcome = parse_all::<Item>("title: x\n\tdate: 2025-01-01\nmembre: y\n", ORIGIN);
        let said: Vec<String> = outcome.errors.iter().map(|d| d.to_string()).collect();
        assert_eq!(outcome.errors.len(), 1, "{said:#?}");
        assert!(outcome.value.is_none());
    }
}
