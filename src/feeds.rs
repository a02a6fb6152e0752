//! One Atom feed per language, `/<lang>/atom.xml`: the newest stories, with
//! their full text. Dates are the items' own, so the feed is reproducible.

use crate::content::Content;
use crate::discover::Kind;
use crate::model::{Day, Translated, WorkStatus};
use crate::site::{Route, Site};

const ENTRIES: usize = 20;

/// One entry of a feed, whatever it is about. A story's HTML is borrowed:
/// every story has an entry until the newest are chosen.
struct Entry<'c> {
    date: Day,
    updated: Day,
    lang: String,
    title: String,
    url: String,
    summary: Option<String>,
    html: std::borrow::Cow<'c, str>,
}

pub fn atom(site: &Site, content: &Content, lang: &str) -> String {
    let config = &site.config;
    let title = config.language(lang).map_or("", |l| l.title.as_str());
    let home = format!("{}{}", config.base_url, Route::Home.path(lang));
    let self_url = format!("{home}atom.xml");
    // Only the newest stories can be among the entries: those dated on or
    // after the ENTRIES-th newest date are made into entries, not all of
    // them (a `serve` edit makes the feed again, whatever the site's size).
    let dates: Vec<Day> = site
        .stories
        .iter()
        .map(|s| s.shown(lang, config).version.front.date)
        .collect();
    let oldest_kept = nth_newest(&dates, ENTRIES);
    let mut entries: Vec<Entry> = site
        .stories
        .iter()
        .zip(&dates)
        .filter(|(_, date)| oldest_kept.is_none_or(|kept| **date >= kept))
        .map(|(s, _)| story_entry(site, content, s, lang))
        .collect();
    entries.extend(
        site.deliverables
            .iter()
            .filter(|d| d.data.status == WorkStatus::Published)
            .filter_map(|d| deliverable_entry(site, d, lang)),
    );
    entries.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.url.cmp(&b.url)));
    entries.truncate(ENTRIES);
    let updated = entries
        .iter()
        .map(|e| e.updated)
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
    for e in entries {
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
    xml.push_str("</feed>\n");
    xml
}

/// The `n`-th newest of `dates`, if there are more than `n`.
fn nth_newest(dates: &[Day], n: usize) -> Option<Day> {
    if dates.len() <= n || n == 0 {
        return None;
    }
    let mut dates = dates.to_vec();
    let (_, nth, _) = dates.select_nth_unstable_by(n - 1, |a, b| b.cmp(a));
    Some(*nth)
}

fn story_entry<'c>(
    site: &Site,
    content: &'c Content,
    story: &crate::site::Story,
    lang: &str,
) -> Entry<'c> {
    let v = story.shown(lang, &site.config).version;
    Entry {
        date: v.front.date,
        updated: v.front.updated.unwrap_or(v.front.date),
        lang: v.lang.clone(),
        title: v.front.title.clone(),
        url: format!(
            "{}{}",
            site.config.base_url,
            Route::Story(&story.slug).path(lang)
        ),
        summary: v.front.summary.clone(),
        html: content
            .body(Kind::Story, &story.slug, lang)
            .map_or("", |b| b.rendered.html.as_str())
            .into(),
    }
}

/// A published deliverable, announced with its summary.
fn deliverable_entry(
    site: &Site,
    d: &crate::site::Deliverable,
    lang: &str,
) -> Option<Entry<'static>> {
    let date = d.data.published?;
    let pick = |t: &Translated| -> Option<(String, String)> {
        std::iter::once(lang)
            .chain(site.config.fallback_order())
            .find_map(|l| t.get(l).map(|text| (l.to_string(), text.to_string())))
    };
    let (text_lang, title) = pick(&d.data.title)?;
    let summary = d.data.summary.as_ref().and_then(pick).map(|(_, s)| s);
    Some(Entry {
        date,
        updated: date,
        lang: text_lang,
        title,
        url: format!(
            "{}{}",
            site.config.base_url,
            Route::Deliverable(&d.slug).path(lang)
        ),
        html: summary
            .as_deref()
            .map(|s| format!("<p>{}</p>", esc(s)))
            .unwrap_or_default()
            .into(),
        summary,
    })
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
    crate::escape::xml(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nth_newest_is_the_date_a_story_must_reach_to_be_kept() {
        let day = |s: &str| Day::parse(s).unwrap();
        let dates = [
            day("2024-01-05"),
            day("2025-03-01"),
            day("2023-07-09"),
            day("2025-03-01"),
            day("2024-11-30"),
        ];
        assert_eq!(nth_newest(&dates, 1), Some(day("2025-03-01")));
        // Ties count once each: the second newest is the same day.
        assert_eq!(nth_newest(&dates, 2), Some(day("2025-03-01")));
        assert_eq!(nth_newest(&dates, 3), Some(day("2024-11-30")));
        assert_eq!(nth_newest(&dates, 4), Some(day("2024-01-05")));
        // As many or fewer stories than entries: all are kept.
        assert_eq!(nth_newest(&dates, 5), None);
        assert_eq!(nth_newest(&dates, 20), None);
    }
}
