//! Escaping for what fadaa writes by hand, each for the parser that reads
//! it: HTML text and attributes, XML (Atom, sitemaps), JSON-LD in a page,
//! CSV.

/// Text for HTML: `&`, `<` and `>` escaped.
pub fn html_text(s: &str) -> String {
    replace_bytes(s, html_entity)
}

/// An HTML attribute's value (in double or single quotes).
pub fn html_attr(s: &str) -> String {
    replace_bytes(s, |b| match b {
        b'"' => Some("&quot;"),
        b'\'' => Some("&#39;"),
        b => html_entity(b),
    })
}

/// Text for XML (Atom, sitemaps): markup escaped, and the control
/// characters XML 1.0 forbids left out (Word's vertical tab `\x0b` made
/// both feeds invalid).
pub fn xml(s: &str) -> String {
    let forbidden = |c: char| match c {
        '\t' | '\n' | '\r' => false,
        '\u{FFFE}' | '\u{FFFF}' => true,
        c => (c as u32) < 0x20,
    };
    // Feeds carry whole stories: the common case, nothing to leave out,
    // is found without making a copy.
    let allowed: std::borrow::Cow<str> = match s.contains(forbidden) {
        true => s.chars().filter(|&c| !forbidden(c)).collect(),
        false => s.into(),
    };
    replace_bytes(&allowed, |b| match b {
        b'"' => Some("&quot;"),
        b => html_entity(b),
    })
}

/// `html_text`'s three, which the others escape too.
fn html_entity(b: u8) -> Option<&'static str> {
    match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        _ => None,
    }
}

/// `s` with every byte `entity` names replaced, in one pass that copies
/// the runs between them whole. Only ASCII bytes may be named: they are
/// never part of a longer UTF-8 character, so every cut is on a character
/// boundary. (Going character by character was a seventh of a small
/// site's build, most of it escaping the feeds' stories.)
fn replace_bytes(s: &str, entity: impl Fn(u8) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 16);
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        if let Some(replacement) = entity(b).filter(|_| b.is_ascii()) {
            out.push_str(&s[run..i]);
            out.push_str(replacement);
            run = i + 1;
        }
    }
    out.push_str(&s[run..]);
    out
}

/// JSON for a `<script>` block: `<`, `>` and `&` as `\u` escapes, so that
/// no text in it (`<!--<script>`, `</script>`) can end or change the
/// block; and the line separators JavaScript once refused.
pub fn json_for_script(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// A CSV cell a spreadsheet will not run (OWASP CSV injection): one that
/// starts with `=`, `@`, a tab or a carriage return, or with `+` or `-`
/// when it is not a number or phone number, gets a leading `'`.
pub fn csv_cell(s: &str) -> String {
    let risky = match s.chars().next() {
        Some('=' | '@' | '\t' | '\r') => true,
        Some('+' | '-') => !s[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || " .()-".contains(c)),
        _ => false,
    };
    if risky {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn xml_drops_what_xml_forbids() {
        assert_eq!(
            xml("a\u{b}b <c> & \"d\"\n"),
            "ab &lt;c&gt; &amp; &quot;d&quot;\n"
        );
    }

    #[test]
    fn html_escapes_only_what_it_must_and_keeps_arabic_whole() {
        assert_eq!(
            html_text("صفاقس <b> & \"x\""),
            "صفاقس &lt;b&gt; &amp; \"x\""
        );
        assert_eq!(html_attr("a\"b'c<d>&é"), "a&quot;b&#39;c&lt;d&gt;&amp;é");
        assert_eq!(html_text(""), "");
        assert_eq!(xml("مرحبا"), "مرحبا");
        assert_eq!(xml("\u{FFFE}<\u{FFFF}"), "&lt;");
        assert_eq!(xml("\u{FFFD}\u{FEFF}\u{EFFF}"), "\u{FFFD}\u{FEFF}\u{EFFF}");
        assert_eq!(xml("a\u{7}b\tc"), "ab\tc");
    }

    /// What templates escape with (`templates::parse`).
    #[test]
    fn html_attr_replaces_the_five_characters_and_keeps_the_rest() {
        assert_eq!(html_attr(""), "");
        assert_eq!(html_attr("صفاقس"), "صفاقس");
        assert_eq!(
            html_attr("<a href=\"/x?a=1&b='2'\">é</a>"),
            "&lt;a href=&quot;/x?a=1&amp;b=&#39;2&#39;&quot;&gt;é&lt;/a&gt;"
        );
        assert_eq!(html_attr("&&"), "&amp;&amp;");
    }

    #[test]
    fn script_json_has_no_markup_characters() {
        let out = json_for_script(&json!({ "name": "<!--<script></script> & >" }));
        assert!(
            !out.contains('<') && !out.contains('>') && !out.contains('&'),
            "{out}"
        );
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(back["name"], "<!--<script></script> & >");
    }

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(
            csv_cell("-2+3+cmd|' /C calc'!A0"),
            "'-2+3+cmd|' /C calc'!A0"
        );
        assert_eq!(csv_cell("+216 74 000 000"), "+216 74 000 000");
        assert_eq!(csv_cell("-12.5"), "-12.5");
        assert_eq!(csv_cell("Sfax"), "Sfax");
    }
}
