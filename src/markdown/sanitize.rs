//! Raw HTML written in Markdown, cleaned with an allow-list (ammonia).
//!
//! Stories come from many municipalities; a careless paste or a hostile
//! file must not put script into a public institution's site. What stays:
//! the document structure and inline markup an article needs, plus the
//! attributes fadaa itself writes (ids, classes, `dir`, `lang`). What goes:
//! `script`, `style`, `iframe`, forms, event handlers, `javascript:` and
//! `data:` URLs, and any `style` attribute except table alignment.
//!
//! `trust_raw_html: true` in `site.yaml` turns this off.

use ammonia::Builder;
use std::collections::HashSet;
use std::sync::OnceLock;

pub fn clean(html: &str) -> String {
    builder().clean(html).to_string()
}

fn builder() -> &'static Builder<'static> {
    static BUILDER: OnceLock<Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let mut b = Builder::default();
        b.add_tags([
            "figure",
            "figcaption",
            "details",
            "summary",
            "mark",
            "section",
            "caption",
        ])
        .add_generic_attributes(["id", "class", "dir", "lang", "title"])
        .add_tag_attributes("a", ["hreflang"])
        .add_tag_attributes("img", ["width", "height", "loading"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .attribute_filter(|_, attribute, value| {
            if attribute != "style" {
                return Some(value.into());
            }
            let alignment = ["left", "center", "right"]
                .iter()
                .any(|a| value == format!("text-align: {a}"));
            alignment.then(|| value.into())
        })
        .url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(None);
        b
    })
}

/// Every address an image of `html` would be loaded from: `src` and
/// `srcset` of `<img>` and `<source>`, a video's `poster`, an image
/// button's `src`. Read through the same HTML parser as `clean`, so that
/// `&#104;ttps:`, unquoted values or odd case hide nothing.
pub fn image_addresses(html: &str) -> Vec<String> {
    FOUND.with(|found| found.borrow_mut().clear());
    drop(finder().clean(html));
    FOUND.with(|found| std::mem::take(&mut *found.borrow_mut()))
}

thread_local! {
    static FOUND: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn finder() -> &'static Builder<'static> {
    static FINDER: OnceLock<Builder<'static>> = OnceLock::new();
    FINDER.get_or_init(|| {
        let mut b = Builder::default();
        b.add_tags(["picture", "source", "video", "input"])
            .add_generic_attributes(["src", "srcset", "poster"])
            .attribute_filter(|element, attribute, value| {
                let image = matches!(element, "img" | "source" | "video" | "input");
                let urls: Vec<&str> = match attribute {
                    "src" | "poster" if image => vec![value],
                    "srcset" if image => value
                        .split(',')
                        .filter_map(|c| c.split_whitespace().next())
                        .collect(),
                    _ => Vec::new(),
                };
                FOUND.with(|found| {
                    found
                        .borrow_mut()
                        .extend(urls.iter().map(|u| u.to_string()))
                });
                Some(value.into())
            });
        b
    })
}

#[cfg(test)]
mod tests {
    use super::{clean, image_addresses};

    #[test]
    fn image_addresses_are_read_as_a_browser_would() {
        let html = "<p><img src=\"a.jpg\"> <IMG SRC=//cdn.tn/b.png> <img src=\"&#104;ttps://x.tn/c.png\"></p>\
            <picture><source srcset=\"https://x.tn/d.webp 1x, e.webp 2x\"></picture>\
            <video poster=\"https://x.tn/f.jpg\"></video><a href=\"https://x.tn/\">lien</a>";
        assert_eq!(
            image_addresses(html),
            [
                "a.jpg",
                "//cdn.tn/b.png",
                "https://x.tn/c.png",
                "https://x.tn/d.webp",
                "e.webp",
                "https://x.tn/f.jpg"
            ]
        );
        assert!(image_addresses("<p>texte</p>").is_empty());
    }

    #[test]
    fn script_handlers_and_dangerous_urls_are_removed() {
        let cases = [
            ("<p>a<script>alert(1)</script></p>", "<p>a</p>"),
            ("<img src=x onerror=alert(1)>", "<img src=\"x\">"),
            ("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
            ("<a href=\"data:text/html,<script>\">x</a>", "<a>x</a>"),
            ("<iframe src=\"https://evil\"></iframe>", ""),
            ("<form action=\"/x\"><input name=a></form>", ""),
            (
                "<p style=\"background:url(javascript:x)\">t</p>",
                "<p>t</p>",
            ),
            ("<svg><script>alert(1)</script></svg>", ""),
            ("<style>body{display:none}</style>", ""),
        ];
        for (dirty, expected) in cases {
            assert_eq!(clean(dirty), expected, "{dirty}");
        }
    }

    #[test]
    fn article_markup_and_fadaa_attributes_stay() {
        let kept = [
            "<p dir=\"auto\" lang=\"fr\">x <mark>y</mark></p>",
            "<h2 id=\"a\">t</h2>",
            "<span class=\"hl-k\">fn</span>",
            "<a href=\"/fr/members/sfax/\" hreflang=\"fr\">Sfax</a>",
            "<td style=\"text-align: center\">1</td>",
            "<details><summary>s</summary>d</details>",
        ];
        for html in kept {
            let html = if html.starts_with("<td") {
                format!("<table><tbody><tr>{html}</tr></tbody></table>")
            } else {
                html.to_string()
            };
            assert_eq!(clean(&html), html);
        }
    }
}
