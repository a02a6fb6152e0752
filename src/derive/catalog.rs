//! Machine-readable metadata for the open data: a Frictionless
//! `datapackage.json` per dataset, schema.org `Dataset` JSON-LD for its
//! page, and a DCAT-AP 3 catalog of every dataset (the member directory's
//! own files included) at `/open-data/catalog.jsonld` (`catalog/dcat.rs`),
//! as European portals and CKAN's DCAT harvester read it.

mod dcat;
pub mod vocab;

pub use dcat::catalog;

use crate::model::Translated;
use crate::resources::Resources;
use crate::site::{Dataset, Route, Site};
use crate::view::Views;
use serde_json::{json, Value};

pub fn datapackage_path(slug: &str) -> String {
    format!("data/{slug}/datapackage.json")
}

pub const CATALOG_PATH: &str = "open-data/catalog.jsonld";

fn license_url(spdx: &str) -> String {
    match spdx {
        "CC-BY-4.0" => "https://creativecommons.org/licenses/by/4.0/".into(),
        "CC-BY-SA-4.0" => "https://creativecommons.org/licenses/by-sa/4.0/".into(),
        "CC0-1.0" => "https://creativecommons.org/publicdomain/zero/1.0/".into(),
        "ODbL-1.0" => "https://opendatacommons.org/licenses/odbl/1-0/".into(),
        other => format!("https://spdx.org/licenses/{other}.html"),
    }
}

/// Text in the default language (then any), for fields that take one.
fn default_text(site: &Site, value: Option<&Translated>) -> String {
    let Some(value) = value else {
        return String::new();
    };
    site.config
        .fallback_order()
        .find_map(|l| value.get(l))
        .unwrap_or_default()
        .to_string()
}

/// `[{ "@value": "…", "@language": "ar" }, …]`
fn lang_values(site: &Site, value: Option<&Translated>) -> Value {
    let Some(value) = value else {
        return Value::Array(vec![]);
    };
    Value::Array(
        site.config
            .codes()
            .filter_map(|l| value.get(l).map(|t| json!({ "@value": t, "@language": l })))
            .collect(),
    )
}

fn publisher(site: &Site, ds: &Dataset) -> (String, Option<String>) {
    if ds.data.publisher == "federation" {
        let name = site
            .config
            .federation
            .as_ref()
            .map(|f| default_text(site, Some(&f.name)))
            .unwrap_or_else(|| "federation".into());
        (
            name,
            site.config.federation.as_ref().and_then(|f| f.url.clone()),
        )
    } else {
        let name = site
            .member(&ds.data.publisher)
            .map(|m| default_text(site, Some(&m.data.name)))
            .unwrap_or_default();
        (
            name,
            Some(
                Route::Member(&ds.data.publisher)
                    .under(&site.config.base_url, &site.config.default_language),
            ),
        )
    }
}

/// Table Schema fields: name and type from the file, title and
/// description (in the site's default language) from `dataset.yaml`.
fn schema_fields(
    site: &Site,
    table: &crate::resources::Table,
    info: &[crate::model::FieldInfo],
) -> Vec<Value> {
    table
        .fields
        .iter()
        .map(|f| {
            let mut field = json!({ "name": f.name, "type": f.kind });
            if let Some(i) = info.iter().find(|i| i.name == f.name) {
                if i.title.is_some() {
                    field["title"] = json!(default_text(site, i.title.as_ref()));
                }
                if i.description.is_some() {
                    field["description"] = json!(default_text(site, i.description.as_ref()));
                }
            }
            field
        })
        .collect()
}

pub fn datapackage(site: &Site, data: &Resources, ds: &Dataset) -> Value {
    let d = &ds.data;
    let resources: Vec<Value> = d
        .resources
        .iter()
        .filter_map(|r| {
            let p = data.get(&ds.slug, &r.file)?;
            let mut res = json!({
                "name": resource_name(&r.file),
                "path": r.file,
                "title": default_text(site, r.title.as_ref()),
                "format": p.format.to_lowercase(),
                "mediatype": p.media_type,
                "encoding": "utf-8",
                "bytes": p.size,
                "hash": format!("sha256:{}", p.sha256),
            });
            if let Some(table) = &p.table {
                res["profile"] = json!("tabular-data-resource");
                res["schema"] = json!({ "fields": schema_fields(site, table, &r.fields) });
            }
            Some(res)
        })
        .collect();
    let (name, url) = publisher(site, ds);
    let mut contributor = json!({ "title": name, "role": "publisher" });
    if let Some(url) = url {
        contributor["path"] = json!(url);
    }
    json!({
        "profile": "data-package",
        "name": ds.slug,
        "id": format!("{}{}", site.config.base_url, datapackage_path(&ds.slug)),
        "title": default_text(site, Some(&d.title)),
        "description": default_text(site, d.description.as_ref()),
        "homepage": Route::Dataset(&ds.slug).under(&site.config.base_url, &site.config.default_language),
        "version": d.updated.iso(),
        "licenses": [{ "name": d.license, "path": license_url(&d.license) }],
        "keywords": d.keywords.all().into_iter().map(|(_, k)| k).collect::<Vec<_>>(),
        "contributors": [contributor],
        "resources": resources,
    })
}

/// Frictionless names: lowercase, digits, `-`, `_`, `.`.
fn resource_name(file: &str) -> String {
    let stem = file.rsplit_once('.').map_or(file, |(s, _)| s);
    stem.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

pub fn dataset_jsonld(views: &Views<'_>, ds: &Dataset) -> Value {
    let site = views.site;
    let d = &ds.data;
    let (name, url) = publisher(site, ds);
    let distribution: Vec<Value> = d
        .resources
        .iter()
        .filter_map(|r| {
            let p = views.data.get(&ds.slug, &r.file)?;
            Some(json!({
                "@type": "DataDownload",
                "name": views.text(r.title.as_ref().unwrap_or(&Translated::Same(r.file.clone()))).text,
                "encodingFormat": p.media_type,
                "contentUrl": format!("{}{}", site.config.base_url, p.path),
                "contentSize": format!("{} B", p.size),
            }))
        })
        .collect();
    let mut publisher = json!({ "@type": "Organization", "name": name });
    if let Some(url) = url {
        publisher["url"] = json!(url);
    }
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "@id": Route::Dataset(&ds.slug).under(&site.config.base_url, &views.lang.code),
        "name": views.text(&d.title).text,
        "description": views.content.field(crate::discover::Kind::Dataset, &ds.slug, "description", &views.lang.code).map(|b| b.rendered.text.clone()),
        "inLanguage": views.lang.code,
        "license": license_url(&d.license),
        "keywords": d.keywords.get(&views.lang.code),
        "dateModified": d.updated.iso(),
        "publisher": publisher,
        "distribution": distribution,
        "isAccessibleForFree": true,
    });
    if let Some(t) = &d.temporal {
        value["temporalCoverage"] = json!(format!("{}/{}", t.start.iso(), t.end.iso()));
    }
    if let Some(obj) = value.as_object_mut() {
        obj.retain(|_, v| !v.is_null());
    }
    value
}
