//! Member spaces: each member's own page (`MemberView`), the directory's
//! cards and governorate sections (`MemberCard`, `GovernorateView`), and
//! the directory's open-data links.

use super::dataset::DatasetCard;
use super::deliverable::DeliverableCard;
use super::hours::HoursView;
use super::service::MemberService;
use super::story::StoryCard;
use crate::discover::Kind;
use crate::render::collation::collation_key;
use crate::site::{Member, Route};
use crate::view::{Keyed, Rich, Text, Views};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone, Serialize)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Serialize)]
pub struct MemberView {
    pub slug: String,
    pub url: String,
    pub name: Text,
    pub governorate: Keyed,
    /// Its name and its governorate's in every language, with the
    /// governorate's aliases (what search indexes): the directory's own
    /// filter finds `Sfax` on the Arabic page.
    pub names: String,
    pub location: Location,
    pub status: &'static str,
    pub opened: Option<String>,
    pub address: Option<Text>,
    pub phone: Option<String>,
    pub phone_href: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: Option<HoursView>,
    pub services: Vec<Keyed>,
    /// The same, each with its page and what this member does differently.
    pub service_pages: Vec<MemberService>,
    pub committees: Vec<Keyed>,
    pub description: Option<Rich>,
    pub sample: bool,
    pub deliverables: Vec<DeliverableCard>,
    pub datasets: Vec<DatasetCard>,
    /// schema.org GovernmentOffice, ready for a script block.
    pub jsonld: String,
}

/// A member's page: its view, and its stories (newest first) borrowed
/// from the language's cards. A copy of each card in its member's view
/// was a sixth of a 50,000-page build's memory.
#[derive(Serialize)]
pub struct MemberPage<'a> {
    #[serde(flatten)]
    pub member: &'a MemberView,
    pub stories: Vec<&'a StoryCard>,
}

/// A member as the directory lists it: what its card shows and what the
/// filters read, without its stories and files.
#[derive(Serialize)]
pub struct MemberCard<'a> {
    slug: &'a str,
    url: &'a str,
    name: &'a Text,
    governorate: &'a Keyed,
    names: &'a str,
    status: &'static str,
    hours: Option<&'a HoursView>,
    services: &'a [Keyed],
    sample: bool,
}

impl<'a> From<&'a MemberView> for MemberCard<'a> {
    fn from(m: &'a MemberView) -> Self {
        MemberCard {
            slug: &m.slug,
            url: &m.url,
            name: &m.name,
            governorate: &m.governorate,
            names: &m.names,
            status: m.status,
            hours: m.hours.as_ref(),
            services: &m.services,
            sample: m.sample,
        }
    }
}

/// A governorate that has members, with indices into the language's
/// members (sorted by name): a section of the directory, and its count on
/// the directory's map.
pub struct GovernorateGroup {
    pub key: String,
    pub name: Text,
    pub members: Vec<usize>,
}

/// The governorates that have members, by name, each with indices into
/// `members`.
pub fn governorate_groups(members: &[Arc<MemberView>]) -> Vec<GovernorateGroup> {
    let mut groups: BTreeMap<&str, GovernorateGroup> = BTreeMap::new();
    for (i, m) in members.iter().enumerate() {
        groups
            .entry(&m.governorate.key)
            .or_insert_with(|| GovernorateGroup {
                key: m.governorate.key.clone(),
                name: m.governorate.name.clone(),
                members: Vec::new(),
            })
            .members
            .push(i);
    }
    let mut groups: Vec<GovernorateGroup> = groups.into_values().collect();
    groups.sort_by_cached_key(|g| collation_key(&g.name.text));
    groups
}

#[derive(Serialize)]
pub struct GovernorateView<'a> {
    key: &'a str,
    name: &'a Text,
    count: usize,
    members: Vec<MemberCard<'a>>,
}

/// The directory's sections: each governorate that has members, by name
/// (`groups`, whose indices are into `members`).
pub fn governorate_views<'a>(
    groups: &'a [GovernorateGroup],
    members: &'a [Arc<MemberView>],
) -> Vec<GovernorateView<'a>> {
    groups
        .iter()
        .map(|g| GovernorateView {
            key: &g.key,
            name: &g.name,
            count: g.members.len(),
            members: g.members.iter().map(|&i| (&*members[i]).into()).collect(),
        })
        .collect()
}

#[derive(Serialize)]
pub struct OpenDataLink {
    format: String,
    url: String,
}

impl Views<'_> {
    pub fn member_view(&self, m: &Member) -> MemberView {
        let d = &m.data;
        let refs = &self.site.refs;
        let hours = d
            .hours
            .as_deref()
            .and_then(|raw| crate::hours::parse(raw).ok());
        MemberView {
            jsonld: self.member_jsonld(m, hours.as_ref()),
            slug: m.slug.clone(),
            url: self.url(Route::Member(&m.slug)),
            name: self.text(&d.name),
            governorate: self.reference(&refs.governorates, &d.governorate),
            names: {
                let mut names = d.name.values();
                if let Some(g) = refs.governorates.get(&d.governorate) {
                    names.extend(g.name.values());
                    names.extend(g.aliases.iter().map(String::as_str));
                }
                names.join(" | ")
            },
            location: Location {
                lat: d.location.lat,
                lon: d.location.lon,
            },
            status: d.status.key(),
            opened: d.opened.map(|o| o.iso()),
            address: d.address.as_ref().map(|a| self.text(a)),
            phone_href: d
                .phone
                .as_ref()
                .map(|p| format!("tel:{}", p.replace(' ', ""))),
            // Shown with no-break spaces so that a number never wraps.
            phone: d.phone.as_ref().map(|p| p.replace(' ', "\u{a0}")),
            email: d.email.clone(),
            website: d.website.clone(),
            hours: d.hours.as_deref().and_then(|raw| {
                Some(super::hours::view(
                    &self.lang.code,
                    raw,
                    &crate::hours::parse(raw).ok()?,
                ))
            }),
            services: d
                .services
                .iter()
                .map(|s| self.reference(&refs.services, s))
                .collect(),
            service_pages: self.member_services(m),
            committees: d
                .committees
                .iter()
                .map(|c| self.reference(&refs.committees, c))
                .collect(),
            description: self.rich(Kind::Member, &m.slug, "description"),
            sample: d.sample,
            deliverables: self
                .site
                .deliverables
                .iter()
                .filter(|del| del.data.members.contains(&m.slug))
                .map(|del| self.deliverable_card(del))
                .collect(),
            datasets: self
                .site
                .datasets
                .iter()
                .filter(|ds| ds.data.publisher == m.slug)
                .map(|ds| self.dataset_card(ds))
                .collect(),
        }
    }

    fn member_jsonld(&self, m: &Member, hours: Option<&crate::hours::Hours>) -> String {
        let d = &m.data;
        let config = self.config();
        let mut specs = Vec::new();
        if let Some(h) = hours {
            let month = (1..=12u8)
                .find(|mo| !h.periods().iter().flatten().any(|p| p == mo))
                .unwrap_or(1);
            for day in 0..7u8 {
                let name = crate::lang::weekday("en", day, false);
                for span in h.day(month, day) {
                    specs.push(serde_json::json!({
                        "@type": "OpeningHoursSpecification",
                        "dayOfWeek": format!("https://schema.org/{name}"),
                        "opens": format!("{:02}:{:02}", span.0 / 60, span.0 % 60),
                        "closes": format!("{:02}:{:02}", span.1 / 60, span.1 % 60),
                    }));
                }
            }
        }
        let gov = self
            .reference(&self.site.refs.governorates, &d.governorate)
            .name
            .text;
        let mut value = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "GovernmentOffice",
            "@id": Route::Member(&m.slug).under(&config.base_url, &self.lang.code),
            "name": self.text(&d.name).text,
            "inLanguage": self.lang.code,
            "geo": { "@type": "GeoCoordinates", "latitude": d.location.lat, "longitude": d.location.lon },
            "address": {
                "@type": "PostalAddress",
                "streetAddress": d.address.as_ref().map(|a| self.text(a).text),
                "addressRegion": gov,
                "addressCountry": "TN",
            },
            "telephone": d.phone,
            "email": d.email,
            "url": d.website,
            "openingHoursSpecification": specs,
        });
        if let Some(obj) = value.as_object_mut() {
            obj.retain(|_, v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()));
        }
        crate::escape::json_for_script(&value)
    }
}

pub fn open_data_links(views: &Views<'_>, schema_label: String) -> Vec<OpenDataLink> {
    [
        ("CSV", "members.csv"),
        ("GeoJSON", "members.geojson"),
        ("JSON", "members.json"),
        ("", "members.schema.json"),
    ]
    .into_iter()
    .map(|(format, file)| OpenDataLink {
        // The schema's label is a word, so it comes from the UI strings.
        format: if format.is_empty() {
            schema_label.clone()
        } else {
            format.to_string()
        },
        url: format!(
            "{}{}/{file}",
            views.config().base_path,
            crate::derive::opendata::DIR
        ),
    })
    .collect()
}
