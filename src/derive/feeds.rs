//! Atom feeds: one per language, `/<lang>/atom.xml` (the newest stories,
//! with their full text, published deliverables and activities), and one per tag and per member
//! beside their pages. Dates are the items' own, so feeds are reproducible.

use crate::content::Content;
use crate::discover::Kind;
use crate::model::{Day, Translated, WorkStatus};
use crate::site::{Route, Site, Story};
use std::borrow::Cow;
use xxhash_rust::xxh3::xxh3_64;

mod scoped;
mod write;
pub use scoped::{of_story, scoped, Planned};
pub use write::Feed;
use write::{esc, Entry};

const ENTRIES: usize = 20;

/// The site's feed in `lang`: the newest stories and published
/// deliverables.
pub fn atom<'c>(site: &'c Site, content: &'c Content, lang: &str) -> Feed<'c> {
    let config = &site.config;
    let title = config.language(lang).map_or("", |l| l.title.as_str());
    // Only the newest stories can be among the entries: those dated on or
    // after the ENTRIES-th newest date are made into entries, not all of
    // them (a `serve` edit makes the feed again, whatever the site's size).
    let stories: Vec<&Story> = site.stories.iter().collect();
    let mut entries = newest_story_entries(site, content, &stories, lang);
    entries.extend(
        site.deliverables
            .iter()
            .filter(|d| d.data.status == WorkStatus::Published)
            .filter_map(|d| deliverable_entry(site, d, lang)),
    );
    entries.extend(
        site.events
            .iter()
            .filter_map(|e| event_entry(site, e, lang)),
    );
    let home = Route::Home.path(lang);
    Feed::new(lang, title, &home, entries)
}

/// The ENTRIES newest of `stories`, as entries.
fn newest_story_entries<'c>(
    site: &Site,
    content: &'c Content,
    stories: &[&'c Story],
    lang: &str,
) -> Vec<Entry<'c>> {
    let config = &site.config;
    let dates: Vec<Day> = stories
        .iter()
        .map(|s| s.shown(lang, config).version.front.date)
        .collect();
    let oldest_kept = nth_newest(&dates, ENTRIES);
    stories
        .iter()
        .zip(&dates)
        .filter(|(_, date)| oldest_kept.is_none_or(|kept| **date >= kept))
        .map(|(s, _)| story_entry(site, content, s, lang))
        .collect()
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

fn story_entry<'c>(site: &Site, content: &'c Content, story: &'c Story, lang: &str) -> Entry<'c> {
    let v = story.shown(lang, &site.config).version;
    let body = content.body(Kind::Story, &story.slug, lang);
    Entry {
        date: v.front.date,
        updated: v.front.updated.unwrap_or(v.front.date),
        lang: v.lang.as_str().into(),
        title: v.front.title.as_str().into(),
        url: Route::Story(&story.slug).under(&site.config.base_url, lang),
        summary: v.front.summary.as_deref().map(Cow::Borrowed),
        html: body.map_or("", |b| b.rendered.html.as_str()).into(),
        html_key: body.map_or_else(|| xxh3_64(b""), |b| b.rendered.html_key()),
    }
}

/// A published deliverable, announced with its summary.
fn deliverable_entry(
    site: &Site,
    d: &crate::site::Deliverable,
    lang: &str,
) -> Option<Entry<'static>> {
    let about = d.data.summary.as_ref();
    let route = Route::Deliverable(&d.slug);
    announcement(site, lang, d.data.published?, &d.data.title, about, route)
}

/// An activity, dated by its first day (Tunis time), announced with what
/// it will be about, or once held, with its report.
fn event_entry(site: &Site, e: &crate::site::Event, lang: &str) -> Option<Entry<'static>> {
    let day = Day(e.data.start.local().date());
    let about = e.data.report.as_ref().or(e.data.summary.as_ref());
    announcement(site, lang, day, &e.data.title, about, Route::Event(&e.slug))
}

/// An entry that announces an item by its title and a short text (it has
/// no body of its own), in `lang` or the site's fallback.
fn announcement(
    site: &Site,
    lang: &str,
    date: Day,
    title: &Translated,
    about: Option<&Translated>,
    route: Route,
) -> Option<Entry<'static>> {
    let (text_lang, title) = in_lang(site, lang, title)?;
    let summary = about.and_then(|t| in_lang(site, lang, t)).map(|(_, s)| s);
    let html = summary
        .as_deref()
        .map(|s| format!("<p>{}</p>", esc(s)))
        .unwrap_or_default();
    Some(Entry {
        date,
        updated: date,
        lang: text_lang.into(),
        title: title.into(),
        url: route.under(&site.config.base_url, lang),
        html_key: xxh3_64(html.as_bytes()),
        html: html.into(),
        summary: summary.map(Cow::Owned),
    })
}

/// `text` in `lang`, else in the site's fallback order: (its language, it).
fn in_lang(site: &Site, lang: &str, text: &Translated) -> Option<(String, String)> {
    std::iter::once(lang)
        .chain(site.config.fallback_order())
        .find_map(|l| text.get(l).map(|t| (l.to_string(), t.to_string())))
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
