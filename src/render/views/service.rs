//! Services: one page per key of `services.yaml`, with its sheet when one
//! is written (`content/services/<key>.yaml`), the member spaces that
//! offer it and what each does differently; and the list of them all.

use crate::model::{Fee, ServiceNote};
use crate::site::{Member, Route};
use crate::view::{Keyed, MemberRef, Text, Views};
use serde::Serialize;

/// A fee as the theme words it: free, a whole number of dinars (plural
/// forms), or dinars and millimes (`1,500`).
#[derive(Debug, Clone, Serialize)]
pub struct FeeView {
    pub free: bool,
    pub whole: Option<u64>,
    /// The amount with its millimes, in the reader's decimal mark.
    pub amount: String,
    /// For machines (`priceSpecification`): `1.500`.
    pub value: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ServiceCard {
    pub key: String,
    pub url: String,
    pub name: Text,
    pub summary: Option<Text>,
    pub fee: Option<FeeView>,
    /// How many member spaces offer it.
    pub offered_by: usize,
    /// Whether a sheet is written for it.
    pub sheet: bool,
    pub sample: bool,
}

/// What one member does differently from the sheet.
#[derive(Debug, Clone, Serialize)]
pub struct NoteView {
    pub fee: Option<FeeView>,
    pub documents: Vec<Text>,
    pub delay: Option<Text>,
    pub note: Option<Text>,
}

/// A member that offers the service, on the service's page.
#[derive(Debug, Serialize)]
pub struct Offer {
    pub member: MemberRef,
    pub governorate: Keyed,
    pub note: Option<NoteView>,
}

#[derive(Debug, Serialize)]
pub struct ServiceView {
    #[serde(flatten)]
    pub card: ServiceCard,
    pub who: Option<Text>,
    pub documents: Vec<Text>,
    pub fee_note: Option<Text>,
    pub delay: Option<Text>,
    pub legal: Option<Text>,
    pub offers: Vec<Offer>,
    /// schema.org GovernmentService, ready for a script block.
    pub jsonld: String,
}

/// One of a member's services, on the member's page: a link to its sheet,
/// and what the member does differently, beside the sheet's defaults.
#[derive(Debug, Clone, Serialize)]
pub struct MemberService {
    pub key: String,
    pub name: Text,
    pub url: String,
    pub note: Option<NoteView>,
    /// The sheet's fee and delay, shown beside the member's own.
    pub usual_fee: Option<FeeView>,
    pub usual_delay: Option<Text>,
}

/// Whether `m` offers the service `key`.
fn offers_service(m: &Member, key: &str) -> bool {
    m.data.services.iter().any(|s| s == key)
}

/// What `m` says about the service `key`, if anything.
fn note_of<'m>(m: &'m Member, key: &str) -> Option<&'m ServiceNote> {
    m.data.service_notes.iter().find(|n| n.service == key)
}

impl Views<'_> {
    pub fn fee_view(&self, fee: Fee) -> FeeView {
        let value = format!("{:.3}", fee.0);
        let whole = (fee.0.fract() == 0.0).then_some(fee.0 as u64);
        let amount = if self.lang.code.starts_with("fr") {
            value.replace('.', ",")
        } else {
            value.clone()
        };
        FeeView {
            free: fee.is_free(),
            whole,
            amount,
            value,
        }
    }

    /// `offered_by`: how many members offer it.
    pub fn service_card(&self, key: &str, offered_by: usize) -> ServiceCard {
        let sheet = self.site.service(key);
        ServiceCard {
            key: key.to_string(),
            url: self.url(Route::Service(key)),
            name: self.reference(&self.site.refs.services, key).name,
            summary: sheet.map(|s| self.text(&s.data.summary)),
            fee: sheet.map(|s| self.fee_view(s.data.fee)),
            offered_by,
            sheet: sheet.is_some(),
            sample: sheet.is_some_and(|s| s.data.sample),
        }
    }

    /// Every service of `services.yaml`, each with how many members
    /// offer it.
    pub fn service_cards(&self) -> Vec<ServiceCard> {
        let offering = |key: &str| {
            let members = self.site.members.iter();
            members.filter(|m| offers_service(m, key)).count()
        };
        let keys = self.site.refs.services.keys();
        keys.map(|k| self.service_card(k, offering(k))).collect()
    }

    /// `members`: the language's members, in their reading order.
    pub fn service_view<'m>(
        &self,
        key: &str,
        members: impl Iterator<Item = &'m Member>,
    ) -> ServiceView {
        let governorates = &self.site.refs.governorates;
        let offers: Vec<Offer> = members
            .filter(|m| offers_service(m, key))
            .map(|m| Offer {
                member: self.member_ref(&m.slug),
                governorate: self.reference(governorates, &m.data.governorate),
                note: note_of(m, key).map(|n| self.note_view(n)),
            })
            .collect();
        let card = self.service_card(key, offers.len());
        let data = self.site.service(key).map(|s| &s.data);
        let text = |v: Option<&crate::model::Translated>| v.map(|t| self.text(t));
        ServiceView {
            jsonld: self.service_jsonld(&card, &offers),
            who: text(data.and_then(|d| d.who.as_ref())),
            documents: data.map_or_else(Vec::new, |d| {
                d.documents.iter().map(|t| self.text(t)).collect()
            }),
            fee_note: text(data.and_then(|d| d.fee_note.as_ref())),
            delay: text(data.and_then(|d| d.delay.as_ref())),
            legal: text(data.and_then(|d| d.legal.as_ref())),
            offers,
            card,
        }
    }

    fn note_view(&self, note: &ServiceNote) -> NoteView {
        NoteView {
            fee: note.fee.map(|f| self.fee_view(f)),
            documents: note.documents.iter().map(|t| self.text(t)).collect(),
            delay: note.delay.as_ref().map(|t| self.text(t)),
            note: note.note.as_ref().map(|t| self.text(t)),
        }
    }

    /// A member's services, each linked to its page.
    pub fn member_services(&self, m: &Member) -> Vec<MemberService> {
        m.data
            .services
            .iter()
            .map(|key| {
                let sheet = self.site.service(key).map(|s| &s.data);
                let note = note_of(m, key);
                MemberService {
                    key: key.clone(),
                    name: self.reference(&self.site.refs.services, key).name,
                    url: self.url(Route::Service(key)),
                    note: note.map(|n| self.note_view(n)),
                    usual_fee: sheet
                        .filter(|_| note.is_some_and(|n| n.fee.is_some()))
                        .map(|s| self.fee_view(s.fee)),
                    usual_delay: sheet
                        .filter(|_| note.is_some_and(|n| n.delay.is_some()))
                        .and_then(|s| s.delay.as_ref())
                        .map(|t| self.text(t)),
                }
            })
            .collect()
    }

    fn service_jsonld(&self, card: &ServiceCard, offers: &[Offer]) -> String {
        let config = self.config();
        let permalink = |route: Route<'_>| route.under(&config.base_url, &self.lang.code);
        let channels: Vec<serde_json::Value> = offers
            .iter()
            .map(|o| {
                serde_json::json!({
                    "@type": "ServiceChannel",
                    "serviceLocation": {
                        "@type": "GovernmentOffice",
                        "name": o.member.name.text,
                        "url": permalink(Route::Member(&o.member.slug)),
                    },
                })
            })
            .collect();
        let sheet = self.site.service(&card.key).map(|s| &s.data);
        let mut value = serde_json::json!({
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "@id": permalink(Route::Service(&card.key)),
            "name": card.name.text,
            "serviceType": card.name.text,
            "description": card.summary.as_ref().map(|s| &s.text),
            "inLanguage": self.lang.code,
            "areaServed": { "@type": "Country", "name": "TN" },
            "availableChannel": channels,
            "termsOfService": sheet.and_then(|d| d.legal.as_ref()).map(|l| self.text(l).text),
            "offers": card.fee.as_ref().map(|f| serde_json::json!({
                "@type": "Offer",
                "price": f.value,
                "priceCurrency": "TND",
            })),
        });
        if let Some(obj) = value.as_object_mut() {
            obj.retain(|_, v| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()));
        }
        crate::escape::json_for_script(&value)
    }
}
