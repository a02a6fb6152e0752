//! `content/events/<slug>.yaml` (or `<slug>/event.yaml` with its photos):
//! one activity of the network (charter §8), one record for every
//! language. Times are Tunis time unless written with an offset: Tunisia
//! keeps UTC+01:00 all year (no daylight saving since 2009).

use super::{Location, Translated};
use crate::messages;
use crate::msg;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFile {
    pub title: Translated,
    pub kind: EventKind,
    pub start: Moment,
    pub end: Moment,
    pub place: Place,
    /// A key of `committees.yaml`: the committee that organises it.
    pub committee: Option<String>,
    /// Where to register (an address on the web).
    pub registration: Option<String>,
    /// What it is about, before it happens.
    pub summary: Option<Translated>,
    /// What happened, written after it.
    pub report: Option<Translated>,
    #[serde(default, deserialize_with = "super::null_is_false")]
    pub sample: bool,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Meeting,
    Training,
    Visit,
    Conference,
    Hackathon,
}

impl EventKind {
    pub fn key(self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Training => "training",
            EventKind::Visit => "visit",
            EventKind::Conference => "conference",
            EventKind::Hackathon => "hackathon",
        }
    }
}

/// Where it happens: a member's space (its slug), or an address with its
/// coordinates.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    Member(String),
    Address(PlaceAddress),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceAddress {
    pub address: Translated,
    pub location: Location,
}

impl<'de> Deserialize<'de> for Place {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Place;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a member's slug, or an address and a location")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Place, E> {
                Ok(Place::Member(v.trim().to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Place, A::Error> {
                let inner = de::value::MapAccessDeserializer::new(map);
                PlaceAddress::deserialize(inner).map(Place::Address)
            }
        }
        d.deserialize_any(V)
    }
}

/// Tunis time: UTC+01:00 all year.
pub const TUNIS: UtcOffset = match UtcOffset::from_hms(1, 0, 0) {
    Ok(o) => o,
    Err(_) => UtcOffset::UTC,
};

/// A moment, written `2026-03-14 09:00` (Tunis time) or with an offset
/// (`2026-03-14T09:00+01:00`, `…Z`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment(pub OffsetDateTime);

impl Moment {
    pub fn parse(text: &str) -> Option<Moment> {
        let text = text.trim();
        let (date, rest) = (text.get(..10)?, text.get(10..)?);
        let rest = rest.strip_prefix([' ', 'T'])?.trim_start();
        let date = parse_date(date)?;
        let (clock, offset) = split_offset(rest)?;
        let time = parse_time(clock.trim_end())?;
        Some(Moment(
            PrimitiveDateTime::new(date, time).assume_offset(offset),
        ))
    }

    /// The same moment on the clocks of Tunis.
    pub fn local(self) -> OffsetDateTime {
        self.0.to_offset(TUNIS)
    }

    /// `2026-03-14T09:00:00+01:00`, for schema.org.
    pub fn iso(self) -> String {
        let l = self.local();
        format!(
            "{}T{:02}:{:02}:00+01:00",
            day_iso(l.date()),
            l.hour(),
            l.minute()
        )
    }

    /// `20260314T080000Z`, for iCalendar.
    pub fn ical_utc(self) -> String {
        let u = self.0.to_offset(UtcOffset::UTC);
        let (d, t) = (u.date(), u.time());
        format!(
            "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
            d.year(),
            d.month() as u8,
            d.day(),
            t.hour(),
            t.minute(),
            t.second()
        )
    }
}

fn day_iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

fn parse_date(text: &str) -> Option<Date> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = text[..4].parse().ok()?;
    let month = Month::try_from(text[5..7].parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year, month, text[8..].parse().ok()?).ok()
}

/// `09:00` or `09:00:00`.
fn parse_time(text: &str) -> Option<Time> {
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len()) || parts.iter().any(|p| p.len() != 2) {
        return None;
    }
    let n = |i: usize| parts.get(i).map_or(Some(0), |p| p.parse::<u8>().ok());
    Time::from_hms(n(0)?, n(1)?, n(2)?).ok()
}

/// The clock and its offset: none is Tunis time.
fn split_offset(rest: &str) -> Option<(&str, UtcOffset)> {
    if let Some(clock) = rest.strip_suffix('Z') {
        return Some((clock, UtcOffset::UTC));
    }
    match rest.rfind(['+', '-']) {
        Some(at) => {
            let (clock, offset) = rest.split_at(at);
            let sign: i8 = if offset.starts_with('-') { -1 } else { 1 };
            let hm = parse_time(&offset[1..])?;
            let o = UtcOffset::from_hms(sign * hm.hour() as i8, sign * hm.minute() as i8, 0);
            Some((clock, o.ok()?))
        }
        None => Some((rest, TUNIS)),
    }
}

impl<'de> Deserialize<'de> for Moment {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Moment::parse(&text).ok_or_else(|| {
            de::Error::custom(messages::carry(&msg!(
                "event-time-invalid",
                value = text.trim()
            )))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tunis_time_is_utc_plus_one_whatever_the_season() {
        let winter = Moment::parse("2026-01-14 09:00").unwrap();
        let summer = Moment::parse("2026-07-14T09:00").unwrap();
        assert_eq!(winter.ical_utc(), "20260114T080000Z");
        assert_eq!(summer.ical_utc(), "20260714T080000Z");
        assert_eq!(summer.iso(), "2026-07-14T09:00:00+01:00");
        let explicit = Moment::parse("2026-07-14 09:00 +01:00").unwrap();
        assert_eq!(explicit, summer);
        assert_eq!(Moment::parse("2026-07-14T08:00Z"), Some(summer));
        assert_eq!(Moment::parse("2026-07-14T10:00:00+02:00"), Some(summer));
    }

    #[test]
    fn a_moment_needs_a_real_day_and_a_time() {
        for bad in [
            "2026-02-30 09:00",
            "2026-03-14",
            "14/03/2026 09:00",
            "2026-03-14 9h",
        ] {
            assert_eq!(Moment::parse(bad), None, "{bad}");
        }
        let err = yaml_serde::from_str::<Moment>("\"2026-03-14\"").unwrap_err();
        assert!(err.to_string().contains("event-time-invalid"), "{err}");
    }

    #[test]
    fn a_place_is_a_member_or_an_address_with_a_location() {
        let m: Place = yaml_serde::from_str("sfax").unwrap();
        assert_eq!(m, Place::Member("sfax".into()));
        let text = "address: { ar: تونس, fr: Tunis }\nlocation: { lat: 36.8, lon: 10.18 }\n";
        let a: Place = yaml_serde::from_str(text).unwrap();
        assert!(matches!(a, Place::Address(p) if p.location.lat == 36.8));
    }
}
