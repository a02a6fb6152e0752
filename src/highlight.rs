//! Code blocks highlighted by syntect as CSS classes (no inline styles), so
//! one stylesheet serves every page and a theme can restyle them.

use std::sync::OnceLock;
use syntect::highlighting::ThemeSet;
use syntect::html::{css_for_theme_with_class_style, ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Loaded once per process: building the syntax set is the expensive part.
fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// `<pre>` always left to right, also inside Arabic pages.
pub fn code_block(lang: &str, code: &str) -> String {
    let set = syntaxes();
    let syntax = (!lang.is_empty() && code.len() <= crate::limits::MAX_HIGHLIGHTED_BYTES)
        .then(|| set.find_syntax_by_token(lang))
        .flatten();
    let class = if lang.is_empty() {
        String::new()
    } else {
        format!(" class=\"language-{}\"", crate::escape::html_attr(lang))
    };
    let body = match syntax {
        Some(syntax) => {
            let mut gen = ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
            let ok = LinesWithEndings::from(code)
                .all(|line| gen.parse_html_for_line_which_includes_newline(line).is_ok());
            if ok {
                gen.finalize()
            } else {
                crate::escape::html_text(code)
            }
        }
        None => crate::escape::html_text(code),
    };
    // tabindex: a long line scrolls the block sideways, and a keyboard
    // user must be able to reach it to scroll it (WCAG 2.1.1).
    format!("<pre class=\"code\" dir=\"ltr\" tabindex=\"0\"><code{class}>{body}</code></pre>\n")
}

/// The stylesheet for the classes above, from a light theme with good
/// contrast. Made once per process: loading syntect's themes is a few
/// milliseconds that every `serve` rebuild paid.
pub fn stylesheet() -> &'static str {
    static STYLESHEET: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    STYLESHEET.get_or_init(|| {
        let themes = ThemeSet::load_defaults();
        let theme = &themes.themes["InspiredGitHub"];
        readable(&css_for_theme_with_class_style(theme, CLASS_STYLE).unwrap_or_default())
    })
}

/// The lightest background a theme may put under code: every colour of
/// the stylesheet is darkened until it reads on it (and so on white).
const LIGHTEST_CODE_BACKGROUND: [f64; 3] = [0.93, 0.93, 0.93];

/// `css` with each `color: #rrggbb` darkened, keeping its hue, until its
/// contrast with the code background is at least 4.5:1 (WCAG 1.4.3):
/// InspiredGitHub's greens and purples fall short on a grey background.
fn readable(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("color: #") {
        let (head, tail) = rest.split_at(at + "color: #".len());
        out.push_str(head);
        let hex: String = tail.chars().take_while(char::is_ascii_hexdigit).collect();
        // `background-color` is left as it is.
        let foreground = !rest[..at].ends_with('-');
        match rgb(&hex).filter(|_| foreground) {
            Some(colour) => out.push_str(&darkened(colour)),
            None => out.push_str(&hex),
        }
        rest = &tail[hex.len()..];
    }
    out.push_str(rest);
    out
}

fn rgb(hex: &str) -> Option<[f64; 3]> {
    let full: String = match hex.len() {
        3 => hex.chars().flat_map(|c| [c, c]).collect(),
        6 => hex.to_string(),
        _ => return None,
    };
    let channel = |i: usize| {
        u8::from_str_radix(&full[i..i + 2], 16)
            .ok()
            .map(|v| f64::from(v) / 255.0)
    };
    Some([channel(0)?, channel(2)?, channel(4)?])
}

fn luminance(c: [f64; 3]) -> f64 {
    let lin = |v: f64| {
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn darkened(mut c: [f64; 3]) -> String {
    // Whole bytes, as written: the check is on what the browser will see.
    let bytes = |c: [f64; 3]| c.map(|v| (v * 255.0).round() as u8);
    while contrast(
        bytes(c).map(|b| f64::from(b) / 255.0),
        LIGHTEST_CODE_BACKGROUND,
    ) < 4.5
    {
        c = c.map(|v| v * 0.95);
    }
    let [r, g, b] = bytes(c);
    format!("{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_not_inline_styles() {
        let html = code_block("rust", "fn main() { let x = \"<a>\"; }\n");
        assert!(html.starts_with(
            "<pre class=\"code\" dir=\"ltr\" tabindex=\"0\"><code class=\"language-rust\">"
        ));
        assert!(html.contains("class=\"hl-"), "{html}");
        assert!(!html.contains("style="));
        assert!(html.contains("&lt;a&gt;"));
    }

    #[test]
    fn unknown_language_is_escaped_text() {
        let html = code_block("klingon", "<b>\n");
        assert!(html.contains("&lt;b&gt;"));
    }

    #[test]
    fn stylesheet_has_classes() {
        assert!(stylesheet().contains(".hl-"));
    }

    #[test]
    fn every_colour_reads_on_the_code_background() {
        let css = stylesheet();
        let mut checked = 0;
        for (before, hex) in css.split("color: #").zip(css.split("color: #").skip(1)) {
            let hex: String = hex.chars().take_while(char::is_ascii_hexdigit).collect();
            if before.ends_with('-') {
                continue;
            }
            let colour = rgb(&hex).unwrap();
            assert!(contrast(colour, LIGHTEST_CODE_BACKGROUND) >= 4.5, "#{hex}");
            checked += 1;
        }
        assert!(checked > 20, "{checked} colours");
        // GitHub green, 2.6:1 on #ededed, becomes 4.8:1; backgrounds stay.
        assert_eq!(readable("a { color: #63a35c; }"), "a { color: #457240; }");
        assert_eq!(
            readable("a { background-color: #ffffff; }"),
            "a { background-color: #ffffff; }"
        );
    }
}
