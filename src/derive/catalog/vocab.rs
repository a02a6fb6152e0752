//! The controlled vocabularies DCAT-AP 3 asks the catalog to use: IANA's
//! media types, and the EU's file types, frequencies and languages. A portal
//! matches datasets on these IRIs (a search for "CSV" is a search for
//! `…/file-type/CSV`), so a plain string there is as good as missing.
//!
//! The EU codes are not derived from ours by rule: `GeoJSON` happens to be
//! `GEOJSON` but "twice a year" is `ANNUAL_2` and Arabic is `ARA`. Each
//! table lists what fadaa can write, and a value outside it is left out of
//! the catalog rather than guessed.

/// The update frequencies `dataset.yaml` may give (as documented in the
/// editor's guide and labelled by the theme), with their code in the EU
/// frequency vocabulary.
const FREQUENCIES: [(&str, &str); 8] = [
    ("continuous", "CONT"),
    ("daily", "DAILY"),
    ("weekly", "WEEKLY"),
    ("monthly", "MONTHLY"),
    ("quarterly", "QUARTERLY"),
    ("biannual", "ANNUAL_2"),
    ("annual", "ANNUAL"),
    ("irregular", "IRREG"),
];

/// The formats `resources.rs` recognises (upper-case file extensions), with
/// their code in the EU file-type vocabulary.
const FILE_TYPES: [(&str, &str); 8] = [
    ("CSV", "CSV"),
    ("TSV", "TSV"),
    ("JSON", "JSON"),
    ("GEOJSON", "GEOJSON"),
    ("PDF", "PDF"),
    ("XLSX", "XLSX"),
    ("ODS", "ODS"),
    ("TXT", "TXT"),
];

/// ISO 639-1 codes, as the site's languages are written, with their code in
/// the EU language vocabulary (which uses three letters).
const LANGUAGES: [(&str, &str); 9] = [
    ("ar", "ARA"),
    ("fr", "FRA"),
    ("en", "ENG"),
    ("es", "SPA"),
    ("it", "ITA"),
    ("de", "DEU"),
    ("nl", "NLD"),
    ("pt", "POR"),
    ("tr", "TUR"),
];

const EU: &str = "http://publications.europa.eu/resource/authority/";

fn lookup(table: &[(&str, &'static str)], key: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, code)| *code)
}

/// The frequency keys `dataset.yaml` accepts, for the build's check.
pub fn frequency_keys() -> impl Iterator<Item = &'static str> {
    FREQUENCIES.iter().map(|(key, _)| *key)
}

/// `monthly` → `http://publications.europa.eu/resource/authority/frequency/MONTHLY`.
pub fn frequency(key: &str) -> Option<String> {
    lookup(&FREQUENCIES, key).map(|code| format!("{EU}frequency/{code}"))
}

/// `GEOJSON` → `http://publications.europa.eu/resource/authority/file-type/GEOJSON`.
pub fn file_type(format: &str) -> Option<String> {
    lookup(&FILE_TYPES, &format.to_ascii_uppercase()).map(|code| format!("{EU}file-type/{code}"))
}

/// `ar` → `http://publications.europa.eu/resource/authority/language/ARA`.
pub fn language(code: &str) -> Option<String> {
    lookup(&LANGUAGES, code).map(|code| format!("{EU}language/{code}"))
}

/// `text/csv` → `https://www.iana.org/assignments/media-types/text/csv`, the
/// page of IANA's register that DCAT-AP uses as the media type's IRI.
pub fn media_type(media_type: &str) -> String {
    format!("https://www.iana.org/assignments/media-types/{media_type}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_codes_are_the_eu_vocabularies_own() {
        // Pinned: these IRIs are what portals match on, and the EU's codes
        // are not our keys upper-cased.
        assert_eq!(
            frequency("biannual").as_deref(),
            Some("http://publications.europa.eu/resource/authority/frequency/ANNUAL_2")
        );
        assert_eq!(
            frequency("irregular").as_deref(),
            Some("http://publications.europa.eu/resource/authority/frequency/IRREG")
        );
        assert_eq!(
            frequency("continuous").as_deref(),
            Some("http://publications.europa.eu/resource/authority/frequency/CONT")
        );
        assert_eq!(
            file_type("GeoJSON").as_deref(),
            Some("http://publications.europa.eu/resource/authority/file-type/GEOJSON")
        );
        assert_eq!(
            language("ar").as_deref(),
            Some("http://publications.europa.eu/resource/authority/language/ARA")
        );
        assert_eq!(
            language("fr").as_deref(),
            Some("http://publications.europa.eu/resource/authority/language/FRA")
        );
        assert_eq!(
            media_type("application/geo+json"),
            "https://www.iana.org/assignments/media-types/application/geo+json"
        );
    }

    #[test]
    fn unknown_values_are_left_out_not_guessed() {
        assert_eq!(frequency("yearly"), None);
        assert_eq!(frequency("Monthly"), None, "keys are written in lower case");
        assert_eq!(file_type("SHP"), None);
        assert_eq!(language("ber"), None);
    }

    #[test]
    fn every_documented_frequency_has_a_code() {
        let keys: Vec<&str> = frequency_keys().collect();
        assert_eq!(
            keys,
            [
                "continuous",
                "daily",
                "weekly",
                "monthly",
                "quarterly",
                "biannual",
                "annual",
                "irregular"
            ],
            "the same list as the dataset template and the editor's guide"
        );
        assert!(keys.iter().all(|k| frequency(k).is_some()));
    }
}
