//! A feed's entries chosen and in order, its key (`memo`: a feed whose key
//! is as it was need not be written again), and its Atom XML.

use super::ENTRIES;
use crate::config::Config;
use crate::fingerprint::Fingerprint;
use crate::model::Day;
use std::borrow::Cow;
use std::hash::{Hash, Hasher};

/// One entry of a feed, whatever it is about. A story's texts are
/// borrowed from the site: some 8,000 entries are made per language for
/// the feeds of its tags and members, and copying four strings of each
/// was most of making them.
pub(super) struct Entry<'c> {
    pub date: Day,
    pub updated: Day,
    pub lang: Cow<'c, str>,
    pub title: Cow<'c, str>,
    pub url: String,
    pub summary: Option<Cow<'c, str>>,
    pub html: std::borrow::Cow<'c, str>,
    /// A hash of `html` (a story's is kept with its text:
    /// `markdown::Rendered::html_key`).
    pub html_key: u64,
}

/// A feed about to be written: `page` is the path of the page it is beside.
pub struct Feed<'c> {
    lang: String,
    title: String,
    page: String,
    entries: Vec<Entry<'c>>,
}

impl<'c> Feed<'c> {
    /// The newest ENTRIES of `entries`, newest first.
    pub(super) fn new(lang: &str, title: &str, page: &str, mut entries: Vec<Entry<'c>>) -> Self {
        entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.url.cmp(&b.url)));
        entries.truncate(ENTRIES);
        Feed {
            lang: lang.to_string(),
            title: title.to_string(),
            page: page.to_string(),
            entries,
        }
    }

    /// A hash of everything the XML is made from. Hashing the entries'
    /// HTML as it is costs a tenth of escaping it into XML.
    pub fn key(&self, config: &Config) -> u64 {
        let mut h = key_of_head(config, &self.lang, &self.title, &self.page);
        for e in &self.entries {
            let text = (&e.lang, &e.title, &e.url, &e.summary, e.html_key);
            (e.date, e.updated, text).hash(&mut h);
        }
        h.finish()
    }

    pub fn xml(&self, config: &Config) -> String {
        let lang = &self.lang;
        let home = format!("{}{}", config.base_url, self.page);
        let self_url = format!("{home}atom.xml");
        let updated = self
            .entries
            .iter()
            .map(|e| e.updated)
            .max()
            .map_or_else(|| config.today.iso(), |d| d.iso());
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n  <title>{}</title>\n  <id>{}</id>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n  <updated>{updated}T00:00:00Z</updated>\n  <author><name>{}</name></author>\n",
            esc(&self.title),
            esc(&self_url),
            esc(&self_url),
            esc(&home),
            esc(config.language(lang).map_or("", |l| l.title.as_str())),
        );
        for e in &self.entries {
            entry_xml(e, config, &mut xml);
        }
        xml.push_str("</feed>\n");
        xml
    }
}

/// A feed's key begun with what its XML reads besides its entries: the
/// site's address and date, its author, language, title and page
/// (`Feed::key`, and `scoped::Scoped::key` before its entries are made).
pub(super) fn key_of_head(config: &Config, lang: &str, title: &str, page: &str) -> Fingerprint {
    let mut h = Fingerprint::new();
    let author = config.language(lang).map(|l| &l.title);
    let site = (&config.base_url, &config.base_path, config.today, author);
    (site, lang, title, page).hash(&mut h);
    h
}

fn entry_xml(e: &Entry, config: &Config, xml: &mut String) {
    xml.push_str(&format!(
        "  <entry xml:lang=\"{}\">\n    <title>{}</title>\n    <id>{}</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n    <published>{}T00:00:00Z</published>\n    <updated>{}T00:00:00Z</updated>\n",
        e.lang,
        esc(&e.title),
        esc(&e.url),
        esc(&e.url),
        e.date.iso(),
        e.updated.iso(),
    ));
    if let Some(summary) = &e.summary {
        xml.push_str(&format!("    <summary>{}</summary>\n", esc(summary)));
    }
    xml.push_str(&format!(
        "    <content type=\"html\">{}</content>\n  </entry>\n",
        esc(&absolute_links(&e.html, config))
    ));
}

/// Feed readers resolve links against the feed, not the page: make the
/// site's root-relative links absolute.
fn absolute_links(html: &str, config: &Config) -> String {
    let origin = config
        .base_url
        .trim_end_matches('/')
        .strip_suffix(config.base_path.trim_end_matches('/'))
        .unwrap_or(&config.base_url);
    let origin = origin.trim_end_matches('/');
    html.replace("href=\"/", &format!("href=\"{origin}/"))
        .replace("src=\"/", &format!("src=\"{origin}/"))
}

pub(super) fn esc(s: &str) -> String {
    crate::escape::xml(s)
}
