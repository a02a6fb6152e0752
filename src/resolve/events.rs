//! Events (`content/events/<slug>.yaml`): one ends after it starts, takes
//! place at a member's space or at an address in Tunisia, is organised by
//! a committee of `committees.yaml`, and says where to register with an
//! address a browser can open.

use super::check_languages;
use super::checker::{Checker, TUNISIA_LAT, TUNISIA_LON};
use crate::diag::{suggest, Diagnostics};
use crate::discover::RefKind;
use crate::model::{Place, Translated};
use crate::msg;
use crate::site::{Event, Member};

pub(super) fn check(
    checker: &Checker<'_>,
    members: &[Member],
    events: &[Event],
    d: &mut Diagnostics,
) {
    for e in events {
        let (data, src) = (&e.data, &e.source);
        if data.end.0 <= data.start.0 {
            d.push(
                src.error_at("end", None, msg!("event-ends-before-start"))
                    .help(msg!("event-ends-before-start-help")),
            );
        }
        place(checker, members, e, d);
        if let Some(c) = &data.committee {
            let list = &checker.refs.committees;
            checker.reference(list, RefKind::Committees, c, "committee", src, d);
        }
        if let Some(url) = &data.registration {
            if crate::address::base_path_of(url).is_none() {
                let message = msg!("url-not-absolute", url = url.as_str());
                d.push(
                    src.error_at("registration", None, message)
                        .help(msg!("event-registration-help")),
                );
            }
        }
        let texts: [(&str, Option<&Translated>); 3] = [
            ("title", Some(&data.title)),
            ("summary", data.summary.as_ref()),
            ("report", data.report.as_ref()),
        ];
        for (key, value) in texts {
            if let Some(v) = value {
                check_languages(checker.config, v, src, key, d);
            }
        }
        crate::writers::placeholder_texts(src, "title", Some(&data.title), d);
    }
}

/// A member's slug, or an address whose location is in Tunisia.
fn place(checker: &Checker<'_>, members: &[Member], e: &Event, d: &mut Diagnostics) {
    let src = &e.source;
    match &e.data.place {
        Place::Member(slug) if !members.iter().any(|m| m.slug == *slug) => {
            let known = members.iter().map(|m| m.slug.as_str());
            let help = suggest(slug, known).unwrap_or_else(|| msg!("event-place-help"));
            let message = msg!("event-place-unknown", slug = slug.as_str());
            d.push(src.error_at("place", Some(slug), message).help(help));
        }
        Place::Member(_) => {}
        Place::Address(p) => {
            let loc = p.location;
            let inside = |lat: f64, lon: f64| {
                (TUNISIA_LAT.0..=TUNISIA_LAT.1).contains(&lat)
                    && (TUNISIA_LON.0..=TUNISIA_LON.1).contains(&lon)
            };
            if !inside(loc.lat, loc.lon) {
                let help = if inside(loc.lon, loc.lat) {
                    msg!("location-swapped-help")
                } else {
                    msg!("event-place-help")
                };
                let (lat, lon) = (loc.lat.to_string(), loc.lon.to_string());
                let message = msg!("location-outside", lat = lat, lon = lon);
                d.push(src.error_at("location", None, message).help(help));
            }
            check_languages(checker.config, &p.address, src, "address", d);
        }
    }
}
