//! Events: the calendar (upcoming first, then past ones by year, relative
//! to the build date) and each event's page, with its schema.org `Event`
//! and its iCalendar file; and the calendar files themselves.

use crate::derive::ical;
use crate::lang::{format_date, range_dash, DateStyle};
use crate::model::{Day, Moment, Place};
use crate::site::{Event, Route, Site};
use crate::view::{Keyed, Text, Views};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct EventCard {
    pub slug: String,
    pub url: String,
    pub title: Text,
    /// meeting, training, visit, conference, hackathon.
    pub kind: &'static str,
    /// Day and hours, Tunis time, in the reader's words: `from`, `dash`
    /// and `to` together.
    pub when: String,
    pub from: String,
    pub dash: &'static str,
    pub to: String,
    /// For `<time datetime>`.
    pub start: String,
    pub end: String,
    pub place: Text,
    /// The member's page when it takes place at a member's space.
    pub place_url: Option<String>,
    pub upcoming: bool,
    pub sample: bool,
}

#[derive(Debug, Serialize)]
pub struct EventView {
    #[serde(flatten)]
    pub card: EventCard,
    pub summary: Option<Text>,
    pub report: Option<Text>,
    pub committee: Option<Keyed>,
    pub registration: Option<String>,
    /// This event's `.ics` file.
    pub ics: String,
    pub jsonld: String,
}

/// Past events of one year, newest first.
#[derive(Debug, Serialize)]
pub struct EventYear {
    pub year: i32,
    pub events: Vec<EventCard>,
}

/// The path of an event's calendar file, and of a language's calendar.
pub fn ics_path(lang: &str, slug: Option<&str>) -> String {
    match slug {
        Some(slug) => format!("{}event.ics", Route::Event(slug).path(lang)),
        None => format!("{}events.ics", Route::Events.path(lang)),
    }
}

/// Whether it has not ended before `today`.
pub fn is_upcoming(e: &Event, today: Day) -> bool {
    e.data.end.local().date() >= today.0
}

impl Views<'_> {
    pub fn event_card(&self, e: &Event) -> EventCard {
        let d = &e.data;
        let (place, place_url) = match &d.place {
            Place::Member(slug) => {
                let m = self.member_ref(slug);
                (m.name, Some(m.url))
            }
            Place::Address(p) => (self.text(&p.address), None),
        };
        let (from, dash, to) = when_parts(&self.lang.code, d.start, d.end);
        EventCard {
            slug: e.slug.clone(),
            url: self.url(Route::Event(&e.slug)),
            title: self.text(&d.title),
            kind: d.kind.key(),
            when: when(&self.lang.code, d.start, d.end),
            from,
            dash,
            to,
            start: d.start.iso(),
            end: d.end.iso(),
            place,
            place_url,
            upcoming: is_upcoming(e, self.config().today),
            sample: d.sample,
        }
    }

    pub fn event_view(&self, e: &Event) -> EventView {
        let d = &e.data;
        let card = self.event_card(e);
        let committee = d.committee.as_ref();
        let view = EventView {
            summary: d.summary.as_ref().map(|t| self.text(t)),
            report: d.report.as_ref().map(|t| self.text(t)),
            committee: committee.map(|c| self.reference(&self.site.refs.committees, c)),
            registration: d.registration.clone().filter(|_| card.upcoming),
            ics: format!(
                "{}{}",
                self.config().base_path,
                ics_path(&self.lang.code, Some(&e.slug))
            ),
            jsonld: String::new(),
            card,
        };
        EventView {
            jsonld: self.event_jsonld(&view),
            ..view
        }
    }

    /// The first `n` events that have not ended, soonest first.
    pub fn next_events(&self, n: usize) -> Vec<EventCard> {
        let today = self.config().today;
        (self.site.events.iter())
            .filter(|e| is_upcoming(e, today))
            .take(n)
            .map(|e| self.event_card(e))
            .collect()
    }

    /// Upcoming events, soonest first, and past ones by year, newest first.
    pub fn event_calendar(&self, site: &Site) -> (Vec<EventCard>, Vec<EventYear>) {
        let cards = site.events.iter().map(|e| (e, self.event_card(e)));
        let (upcoming, past): (Vec<_>, Vec<_>) = cards.partition(|(_, c)| c.upcoming);
        let mut years: Vec<EventYear> = Vec::new();
        for (e, card) in past.into_iter().rev() {
            let year = e.data.start.local().year();
            match years.last_mut() {
                Some(y) if y.year == year => y.events.push(card),
                _ => years.push(EventYear {
                    year,
                    events: vec![card],
                }),
            }
        }
        (upcoming.into_iter().map(|(_, c)| c).collect(), years)
    }

    fn event_jsonld(&self, v: &EventView) -> String {
        let config = self.config();
        let c = &v.card;
        let place = match &c.place_url {
            Some(url) => serde_json::json!({
                "@type": "GovernmentOffice",
                "name": c.place.text,
                "url": format!("{}{}", config.base_url, url.trim_start_matches(&config.base_path)),
            }),
            None => serde_json::json!({ "@type": "Place", "address": c.place.text }),
        };
        let mut value = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "Event",
            "@id": Route::Event(&c.slug).under(&config.base_url, &self.lang.code),
            "name": c.title.text,
            "startDate": c.start,
            "endDate": c.end,
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": place,
            "inLanguage": self.lang.code,
            "description": v.summary.as_ref().map(|s| &s.text),
            "organizer": { "@type": "Organization", "name": self.lang.title },
            "offers": v.registration.as_ref().map(|url| serde_json::json!({
                "@type": "Offer",
                "url": url,
            })),
        });
        if let Some(obj) = value.as_object_mut() {
            obj.retain(|_, v| !v.is_null());
        }
        crate::escape::json_for_script(&value)
    }
}

/// One language's calendar files: one per event, and the whole calendar;
/// `name` titles the whole one.
pub fn ics_files(views: &Views<'_>, name: &str) -> Vec<(String, Vec<u8>)> {
    let config = views.config();
    let code = views.lang.code.as_str();
    let host = config.base_url.split("://").nth(1).unwrap_or_default();
    let host = host.split('/').next().unwrap_or_default();
    let cards: Vec<(EventView, &Event)> = (views.site.events.iter())
        .map(|e| (views.event_view(e), e))
        .collect();
    let entries: Vec<ical::Entry<'_>> = cards
        .iter()
        .map(|(v, e)| ical::Entry {
            uid: format!("{}@{host}", e.slug),
            summary: &v.card.title.text,
            description: v
                .report
                .as_ref()
                .or(v.summary.as_ref())
                .map(|t| t.text.as_str()),
            location: Some(&v.card.place.text),
            url: Route::Event(&e.slug).under(&config.base_url, code),
            start: e.data.start,
            end: e.data.end,
        })
        .collect();
    let mut files = vec![(
        ics_path(code, None),
        ical::calendar(name, code, config.today, &entries).into_bytes(),
    )];
    for (entry, (v, e)) in entries.iter().zip(&cards) {
        let one = ical::calendar(
            &v.card.title.text,
            code,
            config.today,
            std::slice::from_ref(entry),
        );
        files.push((ics_path(code, Some(&e.slug)), one.into_bytes()));
    }
    files
}

/// `14 mars 2026, 09:00–13:00`; over several days, each end in full.
pub fn when(code: &str, start: Moment, end: Moment) -> String {
    let (from, dash, to) = when_parts(code, start, end);
    format!("{from}{dash}{to}")
}

/// The start, the dash and the end, each end for its own `<time>`: a
/// `<time>` does not wrap, and two days with hours overflow 320 px.
pub fn when_parts(code: &str, start: Moment, end: Moment) -> (String, &'static str, String) {
    let (s, e) = (start.local(), end.local());
    let hm = |t: time::OffsetDateTime| format!("{:02}:{:02}", t.hour(), t.minute());
    let comma = if code.starts_with("ar") { "،" } else { "," };
    let day = |t: time::OffsetDateTime| format_date(code, t.date(), DateStyle::Long);
    let from = format!("{}{comma} {}", day(s), hm(s));
    if s.date() == e.date() {
        (from, range_dash(code), hm(e))
    } else {
        (from, " – ", format!("{}{comma} {}", day(e), hm(e)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_tunis_time_in_the_readers_words() {
        let (s, e) = (
            Moment::parse("2026-03-14T08:00Z").unwrap(),
            Moment::parse("2026-03-14 13:00").unwrap(),
        );
        assert_eq!(when("fr", s, e), "14 mars 2026, 09:00–13:00");
        assert_eq!(when("ar", s, e), "14 مارس 2026، 09:00 – 13:00");
        let e = Moment::parse("2026-03-15 12:30").unwrap();
        assert_eq!(
            when("fr", s, e),
            "14 mars 2026, 09:00 – 15 mars 2026, 12:30"
        );
    }
}
