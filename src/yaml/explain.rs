//! libyaml and serde describe a YAML mistake in a parser's terms ("found
//! character that cannot start any token", "invalid type: sequence,
//! expected struct StoryFront"). The people who write our content are
//! municipal staff, so each rule here recognises one common mistake from
//! the error and the text, and says what is wrong and how to fix it.

use super::explained::{key_value, Context, Explained};
use crate::messages::Message;
use crate::msg;

pub fn explain(message: &str, text: &str, cx: Context) -> Option<Explained> {
    alias_bomb(message)
        .or_else(|| tab_indentation(text, cx))
        .or_else(|| super::quotes::colon_in_value(message, text, cx))
        .or_else(|| over_indented_key(text))
        .or_else(|| nested_quotes(message, text, cx))
        .or_else(|| unclosed_quote(message, text))
        .or_else(|| duplicate_key(message, text, cx))
        .or_else(|| empty_date(message, text))
        .or_else(|| not_fields(message, cx))
        .or_else(|| wrong_type(message))
}

/// Only for the parser's own syntax errors, not serde's.
fn nested_quotes(message: &str, text: &str, cx: Context) -> Option<Explained> {
    let syntax = message.contains("did not find expected") || message.contains("while parsing");
    syntax
        .then(|| super::quotes::nested_quotes(text, cx))
        .flatten()
}

fn explained(message: Message, place: Option<(usize, usize)>, help: Message) -> Option<Explained> {
    Some(Explained {
        message,
        place,
        help: Some(help),
    })
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

fn alias_bomb(message: &str) -> Option<Explained> {
    message
        .contains("repetition limit exceeded")
        .then(|| Explained {
            message: msg!("yaml-alias-bomb"),
            place: Some((1, 1)),
            help: Some(msg!("yaml-alias-bomb-help")),
        })
}

fn tab_indentation(text: &str, cx: Context) -> Option<Explained> {
    let line = cx.error_line?;
    let starts_with_tab = text
        .lines()
        .nth(line.checked_sub(1)?)?
        .trim_start_matches(' ')
        .starts_with('\t');
    starts_with_tab.then(|| Explained {
        message: msg!("yaml-tab"),
        place: Some((line, 1)),
        help: Some(msg!("yaml-tab-help")),
    })
}

/// `lat: 36.8` then `   lon: 10.1` one column further in: YAML reads
/// `lon: 10.1` as the rest of the text `36.8`, and the real error (a
/// number expected) says nothing about indentation.
fn over_indented_key(text: &str) -> Option<Explained> {
    let lines: Vec<&str> = text.lines().collect();
    let mut above: Option<(usize, &str, &str)> = None;
    let mut block_scalar_indent: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        if is_blank_or_comment(line) {
            continue;
        }
        if let Some(block) = block_scalar_indent {
            if indent(line) > block {
                continue;
            }
            block_scalar_indent = None;
        }
        let current = key_value(line);
        if let (Some((col_above, key_above, value_above)), Some((col, key, _))) = (above, current) {
            let plain_value = !value_above.is_empty()
                && !value_above.starts_with(['{', '[', '"', '\'', '&', '!', '|', '>'])
                && !value_above.ends_with(',');
            if plain_value && col > col_above && indent(line) > indent(lines[i - 1]) {
                return explained(
                    msg!("yaml-over-indented", key = key, above = key_above),
                    Some((i + 1, indent(line) + 1)),
                    msg!("yaml-over-indented-help", key = key, above = key_above),
                );
            }
        }
        if let Some((col, _, value)) = current {
            if value.starts_with(['|', '>']) {
                block_scalar_indent = Some(col);
            }
        }
        above = current;
    }
    None
}

/// The column (0-based, in bytes) of a quote that opens a value and does
/// not close on its line.
fn unclosed_quote_at(line: &str) -> Option<usize> {
    let (column, _, value) = key_value(line).or_else(|| {
        let rest = line.trim_start().strip_prefix("- ")?;
        Some((line.len() - rest.len(), "", rest.trim()))
    })?;
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let start = column + line[column..].find(quote)?;
    let mut chars = line[start + 1..].chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            ('"', '\\') => {
                chars.next();
            }
            ('\'', '\'') if chars.peek() == Some(&'\'') => {
                chars.next();
            }
            (q, c) if q == c => return None,
            _ => {}
        }
    }
    Some(start)
}

fn unclosed_quote(message: &str, text: &str) -> Option<Explained> {
    if !(message.contains("end of stream") || message.contains("quoted scalar")) {
        return None;
    }
    text.lines().enumerate().find_map(|(i, line)| {
        let at = unclosed_quote_at(line)?;
        let quote = &line[at..=at];
        explained(
            msg!("yaml-unclosed-quote"),
            Some((i + 1, line[..at].chars().count() + 1)),
            msg!("yaml-unclosed-quote-help", quote = quote),
        )
    })
}

fn duplicate_key(message: &str, text: &str, cx: Context) -> Option<Explained> {
    let key = message
        .split_once("duplicate field `")
        .or_else(|| message.split_once("duplicate entry with key \""))?
        .1
        .split(['`', '"'])
        .next()?;
    let from = cx.error_line.unwrap_or(1).saturating_sub(1);
    let mut seen: Option<(usize, usize)> = None;
    for (i, line) in text.lines().enumerate().skip(from) {
        let Some((col, k, _)) = key_value(line) else {
            continue;
        };
        match seen {
            None if k == key => seen = Some((i, col)),
            Some((first, first_col)) if k == key && col == first_col => {
                return explained(
                    msg!("yaml-duplicate-field", field = key),
                    Some((i + 1, col + 1)),
                    msg!(
                        "yaml-duplicate-field-help",
                        field = key,
                        line = first + 1 + cx.line_offset
                    ),
                );
            }
            _ => {}
        }
    }
    None
}

/// `date:` with nothing after it. Our date type says "the date is empty"
/// without knowing its field; the first empty field of the text is it.
pub(super) fn empty_date(message: &str, text: &str) -> Option<Explained> {
    let (path, _) = message.split_once("the date is empty")?;
    let named = path.trim_end_matches([':', ' ']).rsplit('.').next()?;
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().find_map(|(i, line)| {
        let (col, key, value) = key_value(line)?;
        let empty = matches!(value, "" | "\"\"" | "''" | "~" | "null") || value.starts_with('#');
        let parent = lines[i + 1..]
            .iter()
            .find(|l| !is_blank_or_comment(l))
            .is_some_and(|next| indent(next) > indent(line) || next.trim_start().starts_with("- "));
        let this_one = named.is_empty() || named == key;
        (empty && !parent && this_one).then(|| Explained {
            message: msg!("field-empty", field = key),
            place: Some((i + 1, col + 1)),
            help: Some(msg!("date-empty-help")),
        })
    })
}

/// A front matter written as a list (`- title: …`) or as a bare line.
fn not_fields(message: &str, cx: Context) -> Option<Explained> {
    let rest = message.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected struct ")?;
    let what = if cx.front_matter {
        "front-matter"
    } else {
        "file"
    };
    if found == "sequence" {
        return explained(
            msg!("yaml-not-fields-list", what = what),
            None,
            msg!("yaml-not-fields-list-help"),
        );
    }
    let help = match expected {
        "StoryFront" => msg!("yaml-not-fields-story-help"),
        "PageFront" => msg!("yaml-not-fields-page-help"),
        _ => msg!("yaml-not-fields-help"),
    };
    explained(msg!("yaml-not-fields-text", what = what), None, help)
}

/// "invalid type: string \"x\", expected f64" → "`weight` should be a
/// number, not the text \"x\"", with the fix when there is an obvious one.
fn wrong_type(message: &str) -> Option<Explained> {
    let (path, rest) = match message.split_once(": invalid type: ") {
        Some((path, rest)) => (path, rest),
        None => ("", message.strip_prefix("invalid type: ")?),
    };
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let found_text = found
        .strip_prefix("string \"")
        .and_then(|s| s.strip_suffix('"'));
    // Kinds are Fluent selector keys: each catalog words them its own way.
    let (found_kind, found_value) = match found {
        _ if found_text.is_some() => ("text", found_text.unwrap_or_default().to_string()),
        "sequence" => ("list", String::new()),
        "map" => ("map", String::new()),
        "unit value" => ("nothing", String::new()),
        other => match other.split_once(" `") {
            Some(("integer" | "floating point", n)) => ("number", n.trim_end_matches('`').into()),
            Some(("boolean", b)) => ("boolean", b.trim_end_matches('`').into()),
            _ => ("other", other.to_string()),
        },
    };
    let (expected_kind, help) = match expected {
        "struct Location" => {
            let (lat, lon) = found_text
                .and_then(|t| t.split_once(','))
                .and_then(|(a, b)| {
                    Some((a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?))
                })
                .unwrap_or((36.8065, 10.1815));
            (
                "location",
                Some(msg!(
                    "type-location-help",
                    lat = lat.to_string(),
                    lon = lon.to_string()
                )),
            )
        }
        "a string" => (
            "text",
            (found == "sequence" || found == "map").then(|| msg!("type-text-help")),
        ),
        "a sequence" => ("list", Some(msg!("type-list-help"))),
        "a boolean" => ("boolean", Some(msg!("type-boolean-help"))),
        "f64" | "f32" => ("number", Some(msg!("type-number-help"))),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" => {
            ("whole-number", Some(msg!("type-whole-number-help")))
        }
        crate::model::FEE_EXPECTED => ("number", Some(msg!("type-fee-help"))),
        e if e.starts_with("a text, or a text per") => {
            ("translated", Some(msg!("type-translated-help")))
        }
        e if e.starts_with("struct ") || e == "a map" => ("map", None),
        _ => ("other", None),
    };
    let message = if path.is_empty() {
        msg!(
            "type-mismatch",
            expected = expected_kind,
            found = found_kind,
            value = found_value
        )
    } else {
        msg!(
            "type-mismatch-at",
            path = path,
            expected = expected_kind,
            found = found_kind,
            value = found_value
        )
    };
    Some(Explained {
        message,
        place: None,
        help,
    })
}

#[cfg(test)]
mod tests;
