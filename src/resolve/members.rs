//! The checks of a member's fields: its governorate, location, contacts,
//! hours, services and committees.

use super::check_languages;
use super::checker::{Checker, TUNISIA_LAT, TUNISIA_LON};
use super::fields::hours_error;
use crate::diag::Diagnostics;
use crate::discover::RefKind;
use crate::model::MemberFile;
use crate::msg;
use crate::parse::Source;

/// The members, each found once, its governorate written by its key, and
/// each checked.
pub(super) fn checked(
    checker: &Checker,
    parsed: Vec<crate::parse::Yaml<crate::model::MemberFile>>,
    d: &mut Diagnostics,
) -> Vec<crate::site::Member> {
    let mut members = super::unique(parsed, crate::discover::Kind::Member, d);
    for m in &mut members {
        if let Some(key) = checker.refs.governorates.key_of_alias(&m.data.governorate) {
            m.data.governorate = key;
        }
    }
    for m in &members {
        checker.member(m, d);
        crate::writers::placeholder_texts(&m.source, "name", Some(&m.data.name), d);
        let description = m.data.description.as_ref();
        crate::writers::placeholder_texts(&m.source, "description", description, d);
    }
    super::duplicate_names(&members, checker.config, d);
    for m in &members {
        super::services::notes(checker, m, d);
    }
    members
}

impl Checker<'_> {
    pub(super) fn member(&self, m: &crate::site::Member, d: &mut Diagnostics) {
        let (data, src) = (&m.data, &m.source);
        self.member_references(data, src, d);
        for (key, value) in [
            ("name", Some(&data.name)),
            ("address", data.address.as_ref()),
            ("description", data.description.as_ref()),
        ] {
            if let Some(v) = value {
                check_languages(self.config, v, src, key, d);
            }
        }
        location(data, src, d);
        contacts(data, src, d);
    }

    /// Its governorate, services and committees, each one the lists know.
    fn member_references(&self, data: &MemberFile, src: &Source, d: &mut Diagnostics) {
        self.reference(
            &self.refs.governorates,
            RefKind::Governorates,
            &data.governorate,
            "governorate",
            src,
            d,
        );
        for s in &data.services {
            self.reference(
                &self.refs.services,
                RefKind::Services,
                s,
                "services",
                src,
                d,
            );
        }
        for c in &data.committees {
            self.reference(
                &self.refs.committees,
                RefKind::Committees,
                c,
                "committees",
                src,
                d,
            );
        }
    }
}

/// The location must be in Tunisia (latitude and longitude swapped is a
/// common slip, said so), and is expected in the member's governorate.
fn location(data: &MemberFile, src: &Source, d: &mut Diagnostics) {
    let loc = data.location;
    let in_tunisia = |lat: f64, lon: f64| {
        (TUNISIA_LAT.0..=TUNISIA_LAT.1).contains(&lat)
            && (TUNISIA_LON.0..=TUNISIA_LON.1).contains(&lon)
    };
    if !in_tunisia(loc.lat, loc.lon) {
        let help = if in_tunisia(loc.lon, loc.lat) {
            msg!("location-swapped-help")
        } else {
            msg!("location-outside-help")
        };
        d.push(
            src.error_at(
                "location",
                None,
                msg!(
                    "location-outside",
                    lat = loc.lat.to_string(),
                    lon = loc.lon.to_string()
                ),
            )
            .help(help),
        );
    } else if let Some(false) = crate::geo::in_governorate(&data.governorate, loc.lat, loc.lon) {
        let found = crate::geo::governorates_at(loc.lat, loc.lon);
        let help = match found.first() {
            Some(other) => msg!("location-in-other-help", governorate = *other),
            None => msg!("location-at-sea-help"),
        };
        d.push(
            src.warning_at(
                "location",
                None,
                msg!(
                    "location-not-in-governorate",
                    governorate = data.governorate.as_str()
                ),
            )
            .help(help),
        );
    }
}

/// Phone, email, opening hours and website, each in a shape that works.
fn contacts(data: &MemberFile, src: &Source, d: &mut Diagnostics) {
    if let Some(phone) = &data.phone {
        if !is_phone(phone) {
            d.push(
                src.error_at("phone", None, msg!("phone-invalid", phone = phone.as_str()))
                    .help(msg!("phone-invalid-help")),
            );
        }
    }
    if let Some(email) = &data.email {
        if !is_email(email) {
            d.push(
                src.error_at("email", None, msg!("email-invalid", email = email.as_str()))
                    .help(msg!("email-invalid-help")),
            );
        }
    }
    if let Some(hours) = &data.hours {
        if let Err(err) = crate::hours::parse(hours) {
            d.push(hours_error(src, hours, &err));
        }
    }
    if let Some(url) = &data.website {
        if crate::address::base_path_of(url).is_none() {
            d.push(
                src.error_at(
                    "website",
                    None,
                    msg!("url-not-absolute", url = url.as_str()),
                )
                .help(msg!("website-help")),
            );
        }
    }
}

/// Digits and spaces (a leading `+` allowed), at least eight digits.
fn is_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let shape_ok = phone
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == ' ' || (c == '+' && i == 0));
    shape_ok && digits >= 8
}

/// `user@host.tld`, without spaces.
fn is_email(email: &str) -> bool {
    email.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace)
    })
}
