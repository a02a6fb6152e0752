//! `content/services/<key>.yaml`: the sheet of one service of
//! `services.yaml`, what a citizen needs to know before coming to ask for
//! it. One record for every language: the documents and the fee are the
//! same whatever the reader's language, so they are written once.

use super::{Keywords, Translated};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use std::fmt;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceFile {
    /// What the service is, in a sentence or two.
    pub summary: Translated,
    /// Who may ask for it.
    pub who: Option<Translated>,
    /// What to bring, one document an item.
    #[serde(default)]
    pub documents: Vec<Translated>,
    /// In dinars; 0 when the service is free.
    pub fee: Fee,
    /// What the fee depends on (per copy, stamp duty…).
    pub fee_note: Option<Translated>,
    /// How long it usually takes.
    pub delay: Option<Translated>,
    /// The text that defines it (a law, a decree), as a reference.
    pub legal: Option<Translated>,
    /// Other words citizens use for the service, for search.
    #[serde(default)]
    pub keywords: Keywords,
    #[serde(default, deserialize_with = "super::null_is_false")]
    pub sample: bool,
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// What one member does differently from a service's sheet, one item of
/// the member's `service_notes` (a list, not a map by key: the editor at
/// `/admin/` has a form for a list of records, none for free keys).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceNote {
    /// The key of the service in `services.yaml`.
    pub service: String,
    /// Its own fee, in place of the sheet's.
    pub fee: Option<Fee>,
    /// Documents it asks for on top of the sheet's.
    #[serde(default)]
    pub documents: Vec<Translated>,
    /// Its own delay, in place of the sheet's.
    pub delay: Option<Translated>,
    /// Anything else a citizen should know there.
    pub note: Option<Translated>,
}

pub type ServiceNotes = Vec<ServiceNote>;

/// A fee in dinars, with millimes as decimals (1.5 is 1 dinar 500).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fee(pub f64);

impl Fee {
    pub fn is_free(self) -> bool {
        self.0 == 0.0
    }
}

/// The wording `yaml::explain` recognises to give a fee's own help.
pub const FEE_EXPECTED: &str = "a fee in dinars";

impl<'de> Deserialize<'de> for Fee {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Fee;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(FEE_EXPECTED)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Fee, E> {
                Ok(Fee(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Fee, E> {
                Ok(Fee(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Fee, E> {
                Ok(Fee(v as f64))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fee_is_a_number_of_dinars_and_nothing_else() {
        let sheet: ServiceFile =
            yaml_serde::from_str("summary: x\nfee: 2.5\ndocuments: [a, { ar: ب, fr: b }]\n")
                .unwrap();
        assert_eq!(sheet.fee, Fee(2.5));
        assert_eq!(sheet.documents.len(), 2);
        let free: ServiceFile = yaml_serde::from_str("summary: x\nfee: 0\n").unwrap();
        assert!(free.fee.is_free());
        let err = yaml_serde::from_str::<ServiceFile>("summary: x\nfee: gratuit\n").unwrap_err();
        assert!(err.to_string().contains(FEE_EXPECTED), "{err}");
    }
}
