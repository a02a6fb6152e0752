//! Views of single items: cards for lists, full views for their own page.

use super::cards::StoryCard;
use super::dataset::DatasetCard;
use super::files::FileView;
use crate::discover::Kind;
use crate::model::WorkStatus;
use crate::site::{Deliverable, Member, Route};
use crate::view::{Keyed, MemberRef, Rich, Text, Views};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct DeliverableCard {
    pub slug: String,
    pub url: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub committee: Keyed,
    pub kind: &'static str,
    pub status: &'static str,
    pub due: String,
    pub published: Option<String>,
    pub overdue: bool,
    pub sample: bool,
}

#[derive(Debug, Serialize)]
pub struct DeliverableView {
    #[serde(flatten)]
    pub card: DeliverableCard,
    pub members: Vec<MemberRef>,
    pub files: Vec<FileView>,
    pub link: Option<String>,
}

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
    pub hours: Option<super::hours::HoursView>,
    pub services: Vec<Keyed>,
    /// The same, each with its page and what this member does differently.
    pub service_pages: Vec<super::services::MemberService>,
    pub committees: Vec<Keyed>,
    pub description: Option<Rich>,
    pub sample: bool,
    pub stories: Vec<StoryCard>,
    pub deliverables: Vec<DeliverableCard>,
    pub datasets: Vec<DatasetCard>,
    /// schema.org GovernmentOffice, ready for a script block.
    pub jsonld: String,
}

impl Views<'_> {
    pub fn deliverable_card(&self, del: &Deliverable) -> DeliverableCard {
        let d = &del.data;
        DeliverableCard {
            slug: del.slug.clone(),
            url: self.url(Route::Deliverable(&del.slug)),
            title: self.text(&d.title),
            summary: d.summary.as_ref().map(|s| self.text(s)),
            committee: self.reference(&self.site.refs.committees, &d.committee),
            kind: d.kind.key(),
            status: d.status.key(),
            due: d.due.iso(),
            published: d.published.map(|p| p.iso()),
            overdue: d.status != WorkStatus::Published && d.due < self.config().today,
            sample: d.sample,
        }
    }

    pub fn deliverable_view(&self, del: &Deliverable) -> DeliverableView {
        DeliverableView {
            card: self.deliverable_card(del),
            members: del
                .data
                .members
                .iter()
                .map(|m| self.member_ref(m))
                .collect(),
            files: del
                .data
                .files
                .iter()
                .map(|f| {
                    self.file_view(
                        Kind::Deliverable,
                        &del.slug,
                        &f.file,
                        f.title.as_ref(),
                        f.lang.as_deref(),
                    )
                })
                .collect(),
            link: del.data.link.clone(),
        }
    }

    /// `stories` are the member's own, newest first.
    pub fn member_view<'c>(
        &self,
        m: &Member,
        stories: impl Iterator<Item = &'c StoryCard>,
    ) -> MemberView {
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
            stories: stories.cloned().collect(),
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
}

impl Views<'_> {
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
            "@id": format!("{}{}", config.base_url, Route::Member(&m.slug).path(&self.lang.code)),
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

/// The first sentence of a plain text, at most about 200 characters.
pub(super) fn first_sentence(text: &str) -> String {
    let end = text
        .char_indices()
        .find(|(i, c)| matches!(c, '.' | '؟' | '?' | '!') && *i > 20)
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    let sentence = &text[..end];
    if sentence.chars().count() > 220 {
        let cut: String = sentence.chars().take(200).collect();
        format!("{}…", cut.trim_end())
    } else {
        sentence.trim().to_string()
    }
}
