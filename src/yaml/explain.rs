//! libyaml and serde describe a YAML mistake in a parser's terms ("found
//! character that cannot start any token", "invalid type: sequence,
//! expected struct StoryFront"). The people who write our content are
//! municipal staff, so each rule here recognises one common mistake from
//! the error and the text, and says what is wrong and how to fix it.

/// A mistake in plain words. `line`/`column` count in the YAML text (the
/// caller adds the front matter's offset); `None` keeps the parser's place.
#[derive(Debug, PartialEq)]
pub struct Explained {
    pub message: String,
    pub place: Option<(usize, usize)>,
    pub help: Option<String>,
}

/// What the YAML is: a front matter or a whole `.yaml` file.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// 1-based line of the parser's error in the YAML text, if it has one.
    pub error_line: Option<usize>,
    /// Lines above the YAML in its file, to name other lines in the help.
    pub line_offset: usize,
    pub front_matter: bool,
}

pub fn explain(message: &str, text: &str, cx: Context) -> Option<Explained> {
    alias_bomb(message)
        .or_else(|| tab_indentation(text, cx))
        .or_else(|| over_indented_key(text))
        .or_else(|| unclosed_quote(message, text))
        .or_else(|| duplicate_key(message, text, cx))
        .or_else(|| empty_date(message, text))
        .or_else(|| not_fields(message, cx))
        .or_else(|| wrong_type(message))
}

fn explained(message: String, place: Option<(usize, usize)>, help: &str) -> Option<Explained> {
    Some(Explained {
        message,
        place,
        help: Some(help.to_string()),
    })
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim();
    t.is_empty() || t.starts_with('#')
}

/// `key: value` → (column of the key, key, value), past any `- ` list marks.
fn key_value(line: &str) -> Option<(usize, &str, &str)> {
    let mut rest = line.trim_start_matches(' ');
    while let Some(r) = rest.strip_prefix("- ") {
        rest = r.trim_start_matches(' ');
    }
    let column = line.len() - rest.len();
    let (key, value) = rest.split_once(':')?;
    let key = key.trim_end();
    let is_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
    (is_key && (value.is_empty() || value.starts_with(' '))).then(|| (column, key, value.trim()))
}

fn alias_bomb(message: &str) -> Option<Explained> {
    message
        .contains("repetition limit exceeded")
        .then(|| Explained {
            message: "the YAML repeats its aliases (`*name`) too many times".into(),
            place: Some((1, 1)),
            help: Some(
                "write the values out instead of using anchors (&name) and aliases (*name)".into(),
            ),
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
        message: "a tab is used to indent this line".into(),
        place: Some((line, 1)),
        help: Some("YAML indents with spaces only: replace the tab with two spaces".into()),
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
                    format!("`{key}` is indented more than `{key_above}` on the line above"),
                    Some((i + 1, indent(line) + 1)),
                    &format!(
                        "fields of one map must start in the same column: indent `{key}` like `{key_above}`"
                    ),
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
            "this quoted text is never closed".into(),
            Some((i + 1, line[..at].chars().count() + 1)),
            &format!(
                "add the closing `{quote}` at the end of the value, or remove the opening one"
            ),
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
                    format!("duplicate field `{key}`"),
                    Some((i + 1, col + 1)),
                    &format!(
                        "`{key}` is already given on line {}; keep only one",
                        first + 1 + cx.line_offset
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
fn empty_date(message: &str, text: &str) -> Option<Explained> {
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
            message: format!("`{key}` is empty"),
            place: Some((i + 1, col + 1)),
            help: Some("write the date as YYYY-MM-DD, e.g. 2024-03-01".into()),
        })
    })
}

/// A front matter written as a list (`- title: …`) or as a bare line.
fn not_fields(message: &str, cx: Context) -> Option<Explained> {
    let rest = message.strip_prefix("invalid type: ")?;
    let (found, expected) = rest.split_once(", expected struct ")?;
    let what = if cx.front_matter {
        "the front matter"
    } else {
        "the file"
    };
    let example = if cx.front_matter {
        "`title: …`"
    } else {
        "`name: …`"
    };
    if found == "sequence" {
        return explained(
            format!("{what} must be fields ({example}), not a list"),
            None,
            "remove the `- ` at the start of each line",
        );
    }
    let help = match expected {
        "StoryFront" => {
            "write `title: ` before the title, then `date:` and `member:` on their own lines"
        }
        "PageFront" => "write `title: ` before the title",
        _ => "write each field on its own line as `key: value`",
    };
    explained(
        format!("{what} must be fields ({example}), not plain text"),
        None,
        help,
    )
}

/// "invalid type: string \"x\", expected f64" → "expected a number, found
/// the text \"x\"", with the fix when there is an obvious one.
fn wrong_type(message: &str) -> Option<Explained> {
    let (path, rest) = match message.split_once(": invalid type: ") {
        Some((path, rest)) => (format!("{path}: "), rest),
        None => (String::new(), message.strip_prefix("invalid type: ")?),
    };
    let (found, expected) = rest.rsplit_once(", expected ")?;
    let found_text = found
        .strip_prefix("string \"")
        .and_then(|s| s.strip_suffix('"'));
    let found_words = match found {
        _ if found_text.is_some() => format!("the text \"{}\"", found_text.unwrap_or_default()),
        "sequence" => "a list".into(),
        "map" => "fields (a map)".into(),
        "unit value" => "nothing".into(),
        other => match other.split_once(" `") {
            Some(("integer" | "floating point", n)) => {
                format!("the number {}", n.trim_end_matches('`'))
            }
            Some(("boolean", b)) => format!("`{}`", b.trim_end_matches('`')),
            _ => other.to_string(),
        },
    };
    let (expected_words, help) = match expected {
        "struct Location" => {
            let example = found_text
                .and_then(|t| t.split_once(','))
                .and_then(|(a, b)| Some((a.trim().parse::<f64>().ok()?, b.trim().parse::<f64>().ok()?)))
                .map_or("location: { lat: 36.8065, lon: 10.1815 }".to_string(), |(lat, lon)| {
                    format!("location: {{ lat: {lat}, lon: {lon} }}")
                });
            ("a map with `lat` and `lon`".to_string(), Some(format!("write it as {example}")))
        }
        "a string" => (
            "text".into(),
            (found == "sequence" || found == "map")
                .then(|| "write a single text; put it in quotes if it contains `:` or starts with `[` or `{`".into()),
        ),
        "a sequence" => (
            "a list".into(),
            Some("write it as a list: [first, second], or one `- item` per line".into()),
        ),
        "a boolean" => ("true or false".into(), Some("write true or false, without quotes".into())),
        "f64" | "f32" => (
            "a number".into(),
            Some("write the number without quotes, with a dot for decimals (36.8)".into()),
        ),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" => (
            "a whole number".into(),
            Some("write the number with digits only, without quotes".into()),
        ),
        e if e.starts_with("struct ") || e == "a map" => ("fields (a map)".into(), None),
        e => (e.to_string(), None),
    };
    Some(Explained {
        message: format!("{path}expected {expected_words}, found {found_words}"),
        place: None,
        help,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: Context = Context {
        error_line: None,
        line_offset: 0,
        front_matter: false,
    };

    fn at(line: usize) -> Context {
        Context {
            error_line: Some(line),
            ..FILE
        }
    }

    #[test]
    fn a_key_indented_under_a_value_is_named() {
        let e = explain("x", "location:\n  lat: 36.8\n   lon: 10.1\n", FILE).unwrap();
        assert_eq!(
            e.message,
            "`lon` is indented more than `lat` on the line above"
        );
        assert_eq!(e.place, Some((3, 4)));
    }

    #[test]
    fn flow_maps_block_text_and_list_items_are_not_over_indented() {
        for text in [
            "name: { ar: x,\n        fr: y }\n",
            "description: |\n  Horaires: 8h\n    détail: x\nstatus: ok\n",
            "- lat: 1\n  lon: 2\n",
            "files:\n  - path: a.pdf\n    lang: fr\n",
        ] {
            assert_eq!(over_indented_key(text), None, "{text}");
        }
    }

    #[test]
    fn an_unclosed_quote_is_found_and_escapes_are_not_closings() {
        let text = "a: \"closed \\\" here\"\nb: 'it''s'\ntitle: \"Sfax\ndate: x\n";
        let e = explain("found unexpected end of stream", text, FILE).unwrap();
        assert_eq!(e.place, Some((3, 8)));
        assert!(e.help.unwrap().contains("`\"`"));
    }

    #[test]
    fn tabs_are_named_on_the_error_line_only() {
        let text = "location:\n\tlat: 1\n";
        let e = explain("found character that cannot start any token", text, at(2)).unwrap();
        assert_eq!(e.message, "a tab is used to indent this line");
        assert!(tab_indentation(text, at(1)).is_none());
        assert!(tab_indentation(text, at(0)).is_none(), "no line 0");
    }

    #[test]
    fn a_duplicate_points_at_the_second_and_names_the_first() {
        let text = "title: a\ndate: x\ntitle: b\n";
        let cx = Context {
            error_line: Some(1),
            line_offset: 1,
            front_matter: true,
        };
        let e = explain("duplicate field `title`", text, cx).unwrap();
        assert_eq!(e.place, Some((3, 1)));
        assert_eq!(
            e.help.unwrap(),
            "`title` is already given on line 2; keep only one"
        );
    }

    #[test]
    fn an_empty_date_names_its_field_not_a_parent_map() {
        let text = "name: x\nhours:\n  mon: 8-12\nopened:\ndue: 2024-01-01\n";
        let e = explain("the date is empty: write it as YYYY-MM-DD", text, FILE).unwrap();
        assert_eq!(e.message, "`opened` is empty");
        assert_eq!(e.place, Some((4, 1)));
    }

    #[test]
    fn a_front_matter_list_or_line_is_not_fields() {
        let fm = Context {
            front_matter: true,
            ..FILE
        };
        let list = explain(
            "invalid type: sequence, expected struct StoryFront",
            "- a: b\n",
            fm,
        );
        assert!(list.unwrap().message.ends_with("not a list"));
        let line = explain(
            "invalid type: string \"Sfax\", expected struct StoryFront",
            "Sfax\n",
            fm,
        );
        assert!(line.unwrap().help.unwrap().starts_with("write `title: `"));
    }

    #[test]
    fn type_errors_are_said_in_words() {
        let e = explain(
            "weight: invalid type: string \"lourd\", expected i64",
            "",
            FILE,
        )
        .unwrap();
        assert_eq!(
            e.message,
            "weight: expected a whole number, found the text \"lourd\""
        );
        let e = explain(
            "location: invalid type: string \"36.8, 10.1\", expected struct Location",
            "",
            FILE,
        )
        .unwrap();
        assert_eq!(
            e.help.unwrap(),
            "write it as location: { lat: 36.8, lon: 10.1 }"
        );
        let e = explain(
            "draft: invalid type: string \"yes\", expected a boolean",
            "",
            FILE,
        );
        assert_eq!(
            e.unwrap().message,
            "draft: expected true or false, found the text \"yes\""
        );
    }

    #[test]
    fn other_messages_are_left_alone() {
        assert_eq!(explain("unknown field `membre`", "membre: x\n", FILE), None);
    }
}
