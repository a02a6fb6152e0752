//! The quoting mistakes writers make most: a value with `: ` inside left
//! unquoted (`title: المنستير: شبّاك واحد`), straight quotes inside a
//! value quoted with the same quotes, and Word's curly quotes (“ ” « » ‘ ’)
//! used as if they were YAML quotes — which YAML takes as text, so they
//! would be published as part of the title.

use super::explained::{key_value, Context, Explained};
use crate::msg;

const CURLY_OPEN: [char; 5] = ['“', '«', '‘', '„', '”'];
const CURLY_CLOSE: [char; 4] = ['”', '»', '’', '“'];

/// `key: value` with the value quoted so that YAML reads it whole: in
/// double quotes, or in single quotes when it holds double ones.
pub fn quoted_line(key: &str, value: &str) -> String {
    let value = strip_curly(value);
    if value.contains('"') {
        format!("{key}: '{}'", value.replace('\'', "''"))
    } else {
        format!("{key}: \"{value}\"")
    }
}

/// The value without the curly quotes wrapping it, if it has them.
fn strip_curly(value: &str) -> &str {
    let t = value.trim();
    match (t.chars().next(), t.chars().next_back()) {
        (Some(a), Some(b))
            if CURLY_OPEN.contains(&a) && CURLY_CLOSE.contains(&b) && t.chars().count() > 1 =>
        {
            t[a.len_utf8()..t.len() - b.len_utf8()].trim()
        }
        _ => t,
    }
}

/// libyaml's "mapping values are not allowed in this context" on a line
/// whose value holds `: `.
pub fn colon_in_value(message: &str, text: &str, cx: Context) -> Option<Explained> {
    if !message.contains("mapping values are not allowed") {
        return None;
    }
    let line_no = cx.error_line?;
    let line = text.lines().nth(line_no.checked_sub(1)?)?;
    let (column, key, value) = key_value(line)?;
    if !value.contains(": ") && !value.ends_with(':') {
        return None;
    }
    Some(Explained {
        message: msg!("yaml-colon-in-value", key = key),
        place: Some((line_no, column + 1)),
        help: Some(msg!(
            "yaml-quote-value-help",
            line = quoted_line(key, value)
        )),
    })
}

/// `title: "Le "guichet" unique"`: the second `"` ends the value early.
pub fn nested_quotes(text: &str, cx: Context) -> Option<Explained> {
    let line_no = cx.error_line?;
    // libyaml reports the line after the value, or the value's own line.
    [line_no, line_no.saturating_sub(1)]
        .into_iter()
        .find_map(|n| {
            let line = text.lines().nth(n.checked_sub(1)?)?;
            let (column, key, value) = key_value(line)?;
            let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
            let inner = &value[1..];
            let close = inner.find(quote)?;
            let after = inner[close + 1..].trim();
            (!after.is_empty() && !after.starts_with('#')).then(|| Explained {
                message: msg!("yaml-nested-quotes", key = key),
                place: Some((n, column + 1)),
                help: Some(msg!(
                    "yaml-quote-value-help",
                    line = quoted_line(
                        key,
                        &value[1..value.len() - usize::from(value.ends_with(quote))]
                    )
                )),
            })
        })
}

/// Every `key: value` line whose value is wrapped in curly quotes:
/// (line, column of the value, key, the line to write instead).
pub fn curly_wrapped(text: &str) -> Vec<(usize, usize, String, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let (_, key, value) = key_value(line)?;
            let stripped = strip_curly(value);
            if stripped.len() == value.trim().len() {
                return None;
            }
            let column = line.find(value)?;
            let column = line[..column].chars().count() + 1;
            Some((i + 1, column, key.to_string(), quoted_line(key, value)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize) -> Context {
        Context {
            error_line: Some(line),
            line_offset: 1,
            front_matter: true,
        }
    }

    #[test]
    fn a_colon_in_a_value_gets_the_quoted_line() {
        let text = "title: المنستير: شبّاك واحد\ndate: 2025-03-12\n";
        let e = colon_in_value(
            "mapping values are not allowed in this context",
            text,
            at(1),
        )
        .unwrap();
        assert_eq!(
            e.message,
            "the value of `title` holds `: `, which YAML reads as a new field"
        );
        assert_eq!(e.place, Some((1, 1)));
        assert_eq!(
            e.help.unwrap().to_string(),
            "put the whole value in quotes: `title: \"المنستير: شبّاك واحد\"`"
        );
    }

    #[test]
    fn nested_quotes_are_found_and_the_other_quotes_offered() {
        let text = "title: \"Le \"guichet\" unique\"\ndate: x\n";
        let e = nested_quotes(text, at(1)).unwrap();
        assert_eq!(
            e.help.unwrap().to_string(),
            "put the whole value in quotes: `title: 'Le \"guichet\" unique'`"
        );
        assert!(nested_quotes("title: \"ok\" # note\n", at(1)).is_none());
    }

    #[test]
    fn curly_quotes_around_a_value_are_named_not_inside_it() {
        let text = "title: “Guichet unique”\nsummary: « Zéro papier » à Sfax\nname: «Sfax»\n";
        let found = curly_wrapped(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0],
            (1, 8, "title".into(), "title: \"Guichet unique\"".into())
        );
        assert_eq!(found[1].3, "name: \"Sfax\"");
    }
}
