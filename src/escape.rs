//! Escaping for what fadaa writes by hand, each for the parser that reads
//! it: HTML text and attributes, XML (Atom, sitemaps), JSON-LD in a page,
//! CSV.

/// Text for HTML: `&`, `<` and `>` escaped.
pub fn html_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// An HTML attribute's value (in double or single quotes).
pub fn html_attr(s: &str) -> String {
    html_text(s).replace('"', "&quot;").replace('\'', "&#39;")
}

/// Text for XML (Atom, sitemaps): markup escaped, and the control
/// characters XML 1.0 forbids left out (Word's vertical tab `\x0b` made
/// both feeds invalid).
pub fn xml(s: &str) -> String {
    let allowed: String = s
        .chars()
        .filter(|&c| match c {
            '\t' | '\n' | '\r' => true,
            '\u{FFFE}' | '\u{FFFF}' => false,
            c => (c as u32) >= 0x20,
        })
        .collect();
    html_text(&allowed).replace('"', "&quot;")
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
