//! Code blocks highlighted by syntect as CSS classes (no inline styles), so
//! one stylesheet serves every page and a theme can restyle them.

use crate::markdown::escape_text;
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
    let syntax = (!lang.is_empty())
        .then(|| set.find_syntax_by_token(lang))
        .flatten();
    let class = if lang.is_empty() {
        String::new()
    } else {
        format!(" class=\"language-{}\"", crate::markdown::escape_attr(lang))
    };
    let body = match syntax {
        Some(syntax) => {
            let mut gen = ClassedHTMLGenerator::new_with_class_style(syntax, set, CLASS_STYLE);
            let ok = LinesWithEndings::from(code)
                .all(|line| gen.parse_html_for_line_which_includes_newline(line).is_ok());
            if ok {
                gen.finalize()
            } else {
                escape_text(code)
            }
        }
        None => escape_text(code),
    };
    format!("<pre class=\"code\" dir=\"ltr\"><code{class}>{body}</code></pre>\n")
}

/// The stylesheet for the classes above, from a light theme with good
/// contrast.
pub fn stylesheet() -> String {
    let themes = ThemeSet::load_defaults();
    let theme = &themes.themes["InspiredGitHub"];
    css_for_theme_with_class_style(theme, CLASS_STYLE).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_not_inline_styles() {
        let html = code_block("rust", "fn main() { let x = \"<a>\"; }\n");
        assert!(html.starts_with("<pre class=\"code\" dir=\"ltr\"><code class=\"language-rust\">"));
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
}
