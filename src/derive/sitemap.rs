//! `/sitemap.xml` with hreflang alternates, and `/robots.txt`.

use crate::config::Config;

/// One entry per page and language; `paths` are the same page in every
/// language (`ar/stories/x/`, `fr/stories/x/`).
pub fn sitemap(config: &Config, pages: &[Vec<String>]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for paths in pages {
        for path in paths {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                escape(&format!("{}{path}", config.base_url))
            ));
            for alt in paths {
                let lang = alt.split('/').next().unwrap_or_default();
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{lang}\" href=\"{}\"/>\n",
                    escape(&format!("{}{alt}", config.base_url))
                ));
            }
            // As in the pages' <head>: the default language's version
            // for readers of any other language.
            let default = paths
                .iter()
                .find(|p| p.split('/').next() == Some(config.default_language.as_str()))
                .or(paths.first());
            if let Some(default) = default {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                    escape(&format!("{}{default}", config.base_url))
                ));
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
