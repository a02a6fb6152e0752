//! YAML into typed structs, with errors turned into diagnostics that point at
//! the right line of the *file* (front matter starts below its `---`).

mod all_errors;
pub mod depth;
mod explain;
mod explained;
mod quotes;

pub use all_errors::{parse_all, Outcome};

use crate::diag::{suggest, Diagnostic, Pos};
use crate::messages::{self, Message};
use crate::msg;
use serde::de::DeserializeOwned;

/// Where a YAML text sits in its file.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    pub file: &'a str,
    /// 0 for a `.yaml` file; the number of lines above the YAML for front matter.
    pub line_offset: usize,
}

impl Origin<'_> {
    pub fn pos(&self, line: usize, column: usize) -> Pos {
        Pos::new(line + self.line_offset, column)
    }

    pub fn error(&self, message: Message, pos: Option<Pos>) -> Diagnostic {
        Diagnostic::error(message).in_file(self.file).at(pos)
    }
}

/// Deserialize `text`, reporting a failure as one diagnostic with position
/// and, for an unknown field, the closest known one.
pub fn parse<T: DeserializeOwned>(text: &str, origin: Origin<'_>) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(origin
            .error(msg!("yaml-empty-file"), Some(origin.pos(1, 1)))
            .help(msg!("yaml-empty-file-help")));
    }
    if let Some((line, column)) = depth::too_deep(text, depth::MAX_DEPTH) {
        return Err(origin
            .error(
                msg!("yaml-too-deep", max = depth::MAX_DEPTH.to_string()),
                Some(origin.pos(line, column)),
            )
            .help(msg!("yaml-too-deep-help")));
    }
    yaml_serde::from_str(text).map_err(|err| to_diagnostic(&err, text, origin))
}

fn to_diagnostic(err: &yaml_serde::Error, text: &str, origin: Origin<'_>) -> Diagnostic {
    let full = err.to_string();
    let message = full
        .split(" at line ")
        .next()
        .unwrap_or(&full)
        .trim()
        .to_string();
    let pos = error_pos(err, text, origin);
    if let Some(carried) = messages::uncarry(&full) {
        return carried_diagnostic(carried, &full, text, origin, pos);
    }
    let context = explained::Context {
        error_line: err.location().map(|l| l.line()),
        line_offset: origin.line_offset,
        front_matter: origin.line_offset > 0,
    };
    if let Some(e) = explain::explain(&message, text, context) {
        return explained(e, origin, pos);
    }
    serde_diagnostic(&message, text, origin, pos)
}

/// Where the parser places its error, in the file.
fn error_pos(err: &yaml_serde::Error, text: &str, origin: Origin<'_>) -> Option<Pos> {
    // libyaml counts columns in characters; we recompute from the byte index
    // anyway so that positions agree with the rest of the generator.
    err.location()
        .map(|loc| {
            let p = Pos::of_offset(text, loc.index());
            if p.line == loc.line() {
                origin.pos(p.line, p.column)
            } else {
                origin.pos(loc.line(), loc.column())
            }
        })
        .or_else(|| Some(origin.pos(1, 1)))
}

/// An explanation, at its own place if it has one, else at `pos`.
fn explained(e: explained::Explained, origin: Origin<'_>, pos: Option<Pos>) -> Diagnostic {
    let d = origin.error(e.message, e.place.map(|(l, c)| origin.pos(l, c)).or(pos));
    match e.help {
        Some(help) => d.help(help),
        None => d,
    }
}

/// A value's own Deserialize (a date, a slug) carries its message
/// through serde; serde places it at the start of the enclosing
/// mapping, so point at the value instead.
fn carried_diagnostic(
    carried: Message,
    full: &str,
    text: &str,
    origin: Origin<'_>,
    pos: Option<Pos>,
) -> Diagnostic {
    if carried.id == "date-empty" {
        // The date does not know its field: the first empty one is it.
        let path = &full[..full.find('\u{1}').unwrap_or(0)];
        if let Some(e) = explain::empty_date(&format!("{path}the date is empty"), text) {
            return explained(e, origin, pos);
        }
    }
    let pos = match carried.arg("value") {
        Some(messages::Arg::Text(v)) => locate_value(text, v).map(|p| origin.pos(p.line, p.column)),
        _ => None,
    }
    .or(pos);
    let help = carried_help(&carried);
    let d = origin.error(carried, pos);
    match help {
        Some(help) => d.help(help),
        None => d,
    }
}

/// serde's own errors: an unknown field or choice, a missing field, or
/// else the parser's message as it is.
fn serde_diagnostic(message: &str, text: &str, origin: Origin<'_>, pos: Option<Pos>) -> Diagnostic {
    if let Some((wrong, expected)) = unknown_field(message) {
        return unknown_field_diagnostic(wrong, &expected, text, origin, pos);
    }
    if let Some((wrong, expected)) = unknown_variant(message) {
        let path = message
            .split_once(": unknown variant")
            .map_or("", |(p, _)| p);
        let field = path.rsplit('.').next().unwrap_or(path);
        return origin
            .error(
                msg!(
                    "unknown-choice",
                    field = field,
                    value = wrong,
                    choices = expected.join(", ")
                ),
                pos,
            )
            .help(crate::hints::suggest_choice(wrong, &expected));
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        return origin
            .error(msg!("missing-field", field = field), pos)
            .help(msg!(
                "missing-field-help",
                line = crate::hints::example_line(field)
            ));
    }
    origin
        .error(msg!("yaml-unreadable", detail = message), pos)
        .help(msg!("yaml-unreadable-help"))
}

/// `wrong` is no field of the struct: the closest of the `expected` ones,
/// or all of them.
fn unknown_field_diagnostic(
    wrong: &str,
    expected: &[&str],
    text: &str,
    origin: Origin<'_>,
    pos: Option<Pos>,
) -> Diagnostic {
    let mut d = origin.error(msg!("unknown-field", field = wrong), pos);
    // A hand-written visitor's error sits at its map's start: move it
    // to the misspelt key when it is on that line.
    if let Some(p) = pos {
        let line = (p.line - origin.line_offset).max(1);
        if let Some(column) = key_column(text, line, wrong) {
            d.pos = Some(Pos::new(p.line, column));
        }
    }
    d.help(
        suggest(wrong, expected.iter().copied())
            .unwrap_or_else(|| msg!("known-fields", fields = expected.join(", "))),
    )
}

/// The help that goes with a message carried through serde.
fn carried_help(carried: &Message) -> Option<Message> {
    match carried.id {
        "date-invalid" => Some(msg!("date-format-help")),
        "date-empty" => Some(msg!("date-empty-help")),
        _ => None,
    }
}

/// The first place `value` stands as a YAML value (after `key: ` or `- `).
fn locate_value(text: &str, value: &str) -> Option<Pos> {
    text.lines().enumerate().find_map(|(i, line)| {
        let byte = find_token(line, value)?;
        let before = line[..byte].trim_end();
        (before.ends_with(':')
            || before.ends_with('-')
            || before.ends_with('[')
            || before.ends_with(','))
        .then(|| Pos::new(i + 1, line[..byte].chars().count() + 1))
    })
}

fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

fn unknown_field(message: &str) -> Option<(&str, Vec<&str>)> {
    let rest = &message[message.find("unknown field `")?..];
    let names = backticked(rest);
    let (wrong, expected) = names.split_first()?;
    Some((wrong, expected.to_vec()))
}

fn unknown_variant(message: &str) -> Option<(&str, Vec<&str>)> {
    let rest = &message[message.find("unknown variant `")?..];
    let names = backticked(rest);
    let (wrong, expected) = names.split_first()?;
    Some((wrong, expected.to_vec()))
}

/// The position of `key:` in a YAML text, for errors that serde cannot
/// place (a reference to a member that does not exist, say). With `value`,
/// the position of that value on the key's line or in the list below it.
pub fn locate(text: &str, key: &str, value: Option<&str>) -> Option<Pos> {
    let lines: Vec<&str> = text.lines().collect();
    let key_line = lines.iter().position(|line| {
        let t = line.trim_start();
        t.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'))
            || t.strip_prefix("- ")
                .and_then(|t| t.strip_prefix(key))
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
    })?;
    let Some(value) = value else {
        let col = lines[key_line]
            .chars()
            .take_while(|c| c.is_whitespace())
            .count()
            + 1;
        return Some(Pos::new(key_line + 1, col));
    };
    let indent = |l: &str| l.len() - l.trim_start().len();
    let key_indent = indent(lines[key_line]);
    for (i, line) in lines.iter().enumerate().skip(key_line) {
        if i > key_line
            && !line.trim().is_empty()
            && indent(line) <= key_indent
            && !line.trim_start().starts_with('-')
        {
            break;
        }
        if let Some(byte) = find_token(line, value) {
            return Some(Pos::new(i + 1, line[..byte].chars().count() + 1));
        }
    }
    let col = lines[key_line]
        .chars()
        .take_while(|c| c.is_whitespace())
        .count()
        + 1;
    Some(Pos::new(key_line + 1, col))
}

/// The 1-based column of `key:` on `line` of `text`.
fn key_column(text: &str, line: usize, key: &str) -> Option<usize> {
    let line = text.lines().nth(line - 1)?;
    let byte = find_token(line, key)?;
    line[byte + key.len()..]
        .trim_start()
        .starts_with(':')
        .then(|| line[..byte].chars().count() + 1)
}

/// `value` as a whole token (not inside a longer word) in `line`.
fn find_token(line: &str, value: &str) -> Option<usize> {
    // An empty value has no place of its own (and `find("")` would match
    // forever at the same spot): the caller falls back to the key.
    if value.is_empty() {
        return None;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let mut from = 0;
    while let Some(i) = line[from..].find(value) {
        let start = from + i;
        let end = start + value.len();
        let before_ok = line[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word(c));
        let after_ok = line[end..].chars().next().is_none_or(|c| !is_word(c));
        if before_ok && after_ok {
            return Some(start);
        }
        // Step past the first character of this match, so overlapping
        // candidates are tried and the search always moves forward.
        from = start + line[start..].chars().next().map_or(1, char::len_utf8);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_value_is_not_searched_for() {
        assert_eq!(find_token("date: ", ""), None);
        assert_eq!(find_token("tags: [a, ab, b]", "b"), Some(14));
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Story {
        title: String,
        member: String,
    }

    const ORIGIN: Origin<'static> = Origin {
        file: "content/stories/x.fr.md",
        line_offset: 1,
    };

    #[test]
    fn unknown_field_gets_position_and_suggestion() {
        let err = parse::<Story>("title: Bonjour\nmembre: sfax\n", ORIGIN).unwrap_err();
        assert_eq!(err.message, "unknown field `membre`");
        assert_eq!(err.pos, Some(Pos::new(3, 1)));
        assert_eq!(
            err.help.map(|h| h.to_string()).as_deref(),
            Some("did you mean `member`?")
        );
    }

    #[test]
    fn missing_field_is_named() {
        let err = parse::<Story>("title: Bonjour\n", ORIGIN).unwrap_err();
        assert_eq!(err.message, "missing field `member`");
    }

    #[test]
    fn syntax_error_points_into_the_file() {
        let err = parse::<Story>("title: [unclosed\nmember: x\n", ORIGIN).unwrap_err();
        assert!(err.pos.unwrap().line >= 2, "{err}");
    }

    #[test]
    fn locate_finds_values_in_lists() {
        let text =
            "name: x\nservices:\n  - civil-status\n  - permit\ncommittees: [innovation, lerning]\n";
        assert_eq!(
            locate(text, "services", Some("permit")),
            Some(Pos::new(4, 5))
        );
        assert_eq!(
            locate(text, "committees", Some("lerning")),
            Some(Pos::new(5, 26))
        );
        assert_eq!(locate(text, "name", None), Some(Pos::new(1, 1)));
        assert_eq!(locate(text, "missing", None), None);
    }
}
