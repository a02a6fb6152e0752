//! `/open-data/catalog.jsonld`: every dataset, the member directory
//! included, as a DCAT-AP 3 catalog that national portals and CKAN's DCAT
//! harvester take in. `tests/validate` checks it against DCAT-AP's own SHACL
//! shapes (tests/validate/shapes/dcat-ap-3/).
//!
//! Two rules run through the file, both from DCAT-AP:
//! - a value from a vocabulary (a format, a frequency, a language, a
//!   licence) is an IRI, never a string (`vocab.rs` has the codes);
//! - each linked node says its class (`dct:MediaType`, `foaf:Agent`, …):
//!   DCAT-AP's range checks look for it, and a harvester does not load the
//!   vocabularies to infer it.

use super::{lang_values, license_url, vocab, CATALOG_PATH};
use crate::model::Translated;
use crate::resources::Resources;
use crate::site::{Dataset, Route, Site};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

/// `{ "@id": iri, "@type": class }`.
fn typed(iri: &str, class: &str) -> Value {
    json!({ "@id": iri, "@type": class })
}

fn date(day: &crate::model::Day) -> Value {
    json!({ "@value": day.iso(), "@type": "xsd:date" })
}

fn license(spdx: &str) -> Value {
    typed(&license_url(spdx), "dct:LicenseDocument")
}

/// `foaf:Agent` is the class DCAT-AP checks; `foaf:Organization` says more,
/// but only a reasoner would know that it is an agent too.
fn agent(name: &Translated, homepage: Option<String>, site: &Site) -> Value {
    let mut agent = json!({
        "@type": ["foaf:Agent", "foaf:Organization"],
        "foaf:name": lang_values(site, Some(name)),
    });
    if let Some(url) = homepage {
        agent["foaf:homepage"] = typed(&url, "foaf:Document");
    }
    agent
}

/// Who publishes the catalog and the member directory: the federation
/// behind the network when the site names one, else the site itself.
fn site_publisher(site: &Site) -> Value {
    match &site.config.federation {
        Some(f) => agent(&f.name, f.url.clone(), site),
        None => agent(
            &site_texts(site, |l| &l.title),
            Some(site.config.base_url.clone()),
            site,
        ),
    }
}

fn dataset_publisher(site: &Site, ds: &Dataset) -> Value {
    if ds.data.publisher == "federation" {
        return site_publisher(site);
    }
    let default = &site.config.default_language;
    let page = Route::Member(&ds.data.publisher).under(&site.config.base_url, default);
    match site.member(&ds.data.publisher) {
        Some(m) => agent(&m.data.name, Some(page), site),
        // The build reports an unknown publisher; the catalog stays valid.
        None => agent(
            &Translated::Same(ds.data.publisher.clone()),
            Some(page),
            site,
        ),
    }
}

fn site_texts(site: &Site, field: impl Fn(&crate::config::Language) -> &String) -> Translated {
    Translated::ByLang(
        site.config
            .languages
            .iter()
            .map(|l| (l.code.clone(), field(l).clone()))
            .collect(),
    )
}

/// A page in every language, as the `foaf:Document`s DCAT-AP asks for.
fn pages(site: &Site, route: impl Fn(&str) -> String) -> Vec<Value> {
    site.config
        .codes()
        .map(|l| {
            typed(
                &format!("{}{}", site.config.base_url, route(l)),
                "foaf:Document",
            )
        })
        .collect()
}

/// The format, media type, size and SHA-256 of one file.
fn file_facts(format: &str, media_type: &str, size: u64, sha256: &str) -> Value {
    let mut facts = json!({
        "dcat:mediaType": typed(&vocab::media_type(media_type), "dct:MediaType"),
        "dcat:byteSize": { "@value": size.to_string(), "@type": "xsd:nonNegativeInteger" },
        "spdx:checksum": {
            "@type": "spdx:Checksum",
            "spdx:algorithm": typed("http://spdx.org/rdf/terms#checksumAlgorithm_sha256", "spdx:ChecksumAlgorithm"),
            "spdx:checksumValue": { "@value": sha256, "@type": "xsd:hexBinary" },
        },
    });
    if let Some(iri) = vocab::file_type(format) {
        facts["dct:format"] = typed(&iri, "dct:MediaTypeOrExtent");
    }
    facts
}

fn merge(into: &mut Value, from: Value) {
    if let (Some(into), Value::Object(from)) = (into.as_object_mut(), from) {
        into.extend(from);
    }
}

/// The whole catalog, as JSON-LD.
/// `opendata`: the directory's files as the build writes them
/// (`opendata::files`), whose sizes and checksums the catalog gives.
pub fn catalog(site: &Site, data: &Resources, opendata: &[(String, Vec<u8>)]) -> Value {
    let base = &site.config.base_url;
    let mut datasets: Vec<Value> = site
        .datasets
        .iter()
        .map(|ds| dcat_dataset(site, data, ds))
        .collect();
    datasets.push(directory_dataset(site, opendata));
    let mut value = json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "spdx": "http://spdx.org/rdf/terms#",
        },
        "@id": format!("{base}{CATALOG_PATH}"),
        "@type": "dcat:Catalog",
        "dct:title": lang_values(site, Some(&site_texts(site, |l| &l.title))),
        "dct:description": lang_values(site, Some(&site_texts(site, |l| &l.description))),
        "dct:publisher": site_publisher(site),
        "foaf:homepage": typed(base, "foaf:Document"),
        "dct:language": site.config.codes().filter_map(vocab::language).map(|iri| typed(&iri, "dct:LinguisticSystem")).collect::<Vec<_>>(),
        "dcat:dataset": datasets,
    });
    if let Some(latest) = site.datasets.iter().map(|ds| &ds.data.updated).max() {
        value["dct:modified"] = date(latest);
    }
    value
}

fn dcat_dataset(site: &Site, data: &Resources, ds: &Dataset) -> Value {
    let base = &site.config.base_url;
    let d = &ds.data;
    let landing = format!(
        "{base}{}",
        Route::Dataset(&ds.slug).path(&site.config.default_language)
    );
    let distributions: Vec<Value> = d
        .resources
        .iter()
        .filter_map(|r| {
            let p = data.get(&ds.slug, &r.file)?;
            let mut dist = json!({
                "@id": format!("{base}{}", p.path),
                "@type": "dcat:Distribution",
                "dct:title": lang_values(site, r.title.as_ref()),
                "dcat:downloadURL": { "@id": format!("{base}{}", p.path) },
                "dcat:accessURL": { "@id": landing },
                "dct:license": license(&d.license),
            });
            merge(
                &mut dist,
                file_facts(&p.format, p.media_type, p.size, &p.sha256),
            );
            Some(dist)
        })
        .collect();
    let mut value = json!({
        // Not the landing page's IRI: that page is a foaf:Document, and a
        // dataset is not a web page.
        "@id": format!("{base}{CATALOG_PATH}#dataset-{}", ds.slug),
        "@type": "dcat:Dataset",
        "dct:identifier": ds.slug,
        "dct:title": lang_values(site, Some(&d.title)),
        "dct:description": lang_values(site, d.description.as_ref()),
        // A keyword written per language keeps its language tag.
        "dcat:keyword": d.keywords.all().into_iter().map(|(lang, k)| match lang {
            Some(lang) => json!({ "@value": k, "@language": lang }),
            None => json!(k),
        }).collect::<Vec<_>>(),
        "dct:modified": date(&d.updated),
        "dct:publisher": dataset_publisher(site, ds),
        "dct:license": license(&d.license),
        "dcat:landingPage": pages(site, |l| Route::Dataset(&ds.slug).path(l)),
        "dcat:distribution": distributions,
    });
    // A frequency outside the vocabulary is reported by the build and left
    // out here: DCAT-AP takes no free text.
    if let Some(iri) = d.frequency.as_deref().and_then(vocab::frequency) {
        value["dct:accrualPeriodicity"] = typed(&iri, "dct:Frequency");
    }
    if let Some(t) = &d.temporal {
        value["dct:temporal"] = json!({
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": date(&t.start),
            "dcat:endDate": date(&t.end),
        });
    }
    value
}

fn by_lang(pairs: [(&str, &str); 2]) -> Translated {
    Translated::ByLang(
        pairs
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect(),
    )
}

/// The member directory, published by the site itself (`opendata.rs`).
fn directory_dataset(site: &Site, written: &[(String, Vec<u8>)]) -> Value {
    let base = &site.config.base_url;
    let title = by_lang([
        ("ar", "دليل فضاءات المواطن الأعضاء في الشبكة"),
        ("fr", "Annuaire des Espaces Citoyens membres du réseau"),
    ]);
    let description = by_lang([
        (
            "ar",
            "البلديات الأعضاء في الشبكة وفضاءات المواطن التابعة لها: الموقع الجغرافي والعنوان ووسائل الاتصال ومواعيد العمل والخدمات المقدّمة واللجان، بالعربية والفرنسية. يُحيَّن مع كل تغيير في الشبكة.",
        ),
        (
            "fr",
            "Les communes membres du réseau et leurs Espaces Citoyens : position, adresse, contacts, horaires d'ouverture, services rendus et commissions, en arabe et en français. Mis à jour à chaque changement dans le réseau.",
        ),
    ]);
    // Size and checksum of the very files the build writes.
    let files = [
        ("members.csv", "text/csv", "CSV"),
        ("members.geojson", "application/geo+json", "GEOJSON"),
        ("members.json", "application/json", "JSON"),
    ];
    let access = format!(
        "{base}{}",
        Route::Members.path(&site.config.default_language)
    );
    let distributions: Vec<Value> = files
        .iter()
        .map(|(file, media, format)| {
            let path = format!("{}/{file}", crate::derive::opendata::DIR);
            let mut dist = json!({
                "@id": format!("{base}{path}"),
                "@type": "dcat:Distribution",
                "dcat:downloadURL": { "@id": format!("{base}{path}") },
                "dcat:accessURL": { "@id": access },
                "dct:license": license("CC-BY-4.0"),
            });
            if let Some((_, bytes)) = written.iter().find(|(p, _)| *p == path) {
                let sha256: String = Sha256::digest(bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                merge(
                    &mut dist,
                    file_facts(format, media, bytes.len() as u64, &sha256),
                );
            }
            if *file == "members.csv" {
                // The Frictionless table schema that describes its columns.
                let schema = format!("{base}{}/members.schema.json", crate::derive::opendata::DIR);
                dist["dct:conformsTo"] = typed(&schema, "dct:Standard");
            }
            dist
        })
        .collect();
    json!({
        "@id": format!("{base}{CATALOG_PATH}#directory"),
        "@type": "dcat:Dataset",
        "dct:identifier": "members",
        "dct:title": lang_values(site, Some(&title)),
        "dct:description": lang_values(site, Some(&description)),
        "dcat:keyword": ["citizen-space", "municipalities", "directory"],
        "dct:publisher": site_publisher(site),
        "dct:license": license("CC-BY-4.0"),
        "dct:accrualPeriodicity": typed(&vocab::frequency("irregular").unwrap_or_default(), "dct:Frequency"),
        "dcat:landingPage": pages(site, |l| Route::Members.path(l)),
        "dcat:distribution": distributions,
    })
}
