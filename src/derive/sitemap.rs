//! `/sitemap.xml` with hreflang alternates, and `/robots.txt`.

use crate::config::Config;
use std::fmt::Write;

/// One entry per page and language; `paths` are the same page in every
/// language (`ar/stories/x/`, `fr/stories/x/`).
pub fn sitemap(config: &Config, pages: &[Vec<String>]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    // Escaping is character by character: the address's parts are
    // escaped once each, not once per mention (a page in two languages
    // is named six times).
    let base = escape(&config.base_url);
    for paths in pages {
        let escaped: Vec<(&str, String)> = paths
            .iter()
            .map(|p| (p.split('/').next().unwrap_or_default(), escape(p)))
            .collect();
        // As in the pages' <head>: the default language's version for
        // readers of any other language.
        let default = escaped
            .iter()
            .find(|(lang, _)| *lang == config.default_language)
            .or(escaped.first());
        for (_, loc) in &escaped {
            let _ = write!(xml, "  <url>\n    <loc>{base}{loc}</loc>\n");
            for (lang, alt) in &escaped {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{base}{alt}\"/>"
                );
            }
            if let Some((_, default)) = default {
                let _ = writeln!(
                    xml,
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}{default}\"/>"
                );
            }
            xml.push_str("  </url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(config: &Config) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        config.base_url
    )
}

fn escape(s: &str) -> String {
    crate::escape::xml(s)
}
