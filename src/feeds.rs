//! One Atom feed per language, `/<lang>/atom.xml`: the newest stories, with
//! their full text. Dates are the items' own, so the feed is reproducible.

use crate::content::Content;
use crate::discover::Kind;
use crate::site::{Route, Site};

const ENTRIES: usize = 20;

pub fn atom(site: &Site, content: &Content, lang: &str) -> String {
    let config = &site.config;
    let title = config.language(lang).map_or("", |l| l.title.as_str());
    let home = format!("{}{}", config.base_url, Route::Home.path(lang));
    let self_url = format!("{home}atom.xml");
    let shown: Vec<_> = site
        .stories
        .iter()
        .take(ENTRIES)
        .map(|s| (s, s.shown(lang, config)))
        .collect();
    let updated = shown
        .iter()
        .map(|(_, v)| v.version.front.updated.unwrap_or(v.version.front.date))
        .max()
        .map_or_else(|| config.today.iso(), |d| d.iso());
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{}</title>\n  <id>{}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <updated>{updated}T00:00:00Z</updated>\n  <author><name>{}</name></author>\n",
        esc(title),
        esc(&self_url),
        esc(&self_url),
        esc(&home),
        esc(title),
    );
    for (story, shown) in shown {
        let v = shown.version;
        let url = format!(
            "{}{}",
            config.base_url,
            Route::Story(&story.slug).path(lang)
        );
        let html = content
            .body(Kind::Story, &story.slug, lang)
            .map_or("", |b| b.rendered.html.as_str());
        let updated = v.front.updated.unwrap_or(v.front.date).iso();
        xml.push_str(&format!(
            "  <entry xml:lang=\"{}\">\n    <title>{}</title>\n    <id>{}</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <published>{}T00:00:00Z</published>\n    <updated>{updated}T00:00:00Z</updated>\n",
            v.lang,
            esc(&v.front.title),
            esc(&url),
            esc(&url),
            v.front.date.iso(),
        ));
        if let Some(summary) = &v.front.summary {
            xml.push_str(&format!("    <summary>{}</summary>\n", esc(summary)));
        }
        xml.push_str(&format!(
            "    <content type=\"html\">{}</content>\n  </entry>\n",
            esc(&absolute_links(html, config))
        ));
    }
    xml.push_str("</feed>\n");
    xml
}

/// Feed readers resolve links against the feed, not the page: make the
/// site's root-relative links absolute.
fn absolute_links(html: &str, config: &crate::config::Config) -> String {
    let origin = config
        .base_url
        .trim_end_matches('/')
        .strip_suffix(config.base_path.trim_end_matches('/'))
        .unwrap_or(&config.base_url);
    let origin = origin.trim_end_matches('/');
    html.replace("href=\"/", &format!("href=\"{origin}/"))
        .replace("src=\"/", &format!("src=\"{origin}/"))
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
