//! The member directory as open data: `/open-data/members.csv`,
//! `members.geojson` (RFC 7946, lon/lat) and `members.json`, plus a
//! Frictionless table schema describing the CSV. Documented in
//! docs/open-data.md.

use crate::model::Translated;
use crate::site::{Member, Site};
use serde_json::{json, Map, Value};

pub const DIR: &str = "open-data";

/// Path → bytes of every open-data file.
pub fn files(site: &Site) -> Vec<(String, Vec<u8>)> {
    vec![
        (format!("{DIR}/members.csv"), csv(site)),
        (format!("{DIR}/members.geojson"), pretty(&geojson(site))),
        (
            format!("{DIR}/members.json"),
            pretty(&Value::Array(
                site.members.iter().map(|m| record(site, m)).collect(),
            )),
        ),
        (format!("{DIR}/members.schema.json"), pretty(&schema(site))),
    ]
}

fn pretty(value: &Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn text_in(value: Option<&Translated>, lang: &str) -> String {
    value
        .and_then(|v| v.get(lang))
        .unwrap_or_default()
        .to_string()
}

/// One member with every language's text, as in members.json.
fn record(site: &Site, m: &Member) -> Value {
    let d = &m.data;
    let by_lang = |v: Option<&Translated>| -> Value {
        let map: Map<String, Value> = site
            .config
            .codes()
            .filter_map(|l| {
                v.and_then(|v| v.get(l))
                    .map(|t| (l.to_string(), Value::String(t.to_string())))
            })
            .collect();
        Value::Object(map)
    };
    let gov = site.refs.governorates.get(&d.governorate);
    json!({
        "id": m.slug,
        "name": by_lang(Some(&d.name)),
        "governorate": { "id": d.governorate, "name": by_lang(gov.map(|g| &g.name)) },
        "lat": d.location.lat,
        "lon": d.location.lon,
        "status": d.status.key(),
        "opened": d.opened.map(|o| o.iso()),
        "address": by_lang(d.address.as_ref()),
        "phone": d.phone,
        "email": d.email,
        "website": d.website,
        "opening_hours": d.hours,
        "services": d.services,
        "committees": d.committees,
        "sample": d.sample,
        "url": site.config.codes().map(|l| (l.to_string(), Value::String(format!("{}{l}/members/{}/", site.config.base_url, m.slug)))).collect::<Map<_, _>>(),
    })
}

fn geojson(site: &Site) -> Value {
    let features: Vec<Value> = site
        .members
        .iter()
        .map(|m| {
            let mut props = record(site, m);
            if let Some(obj) = props.as_object_mut() {
                obj.remove("lat");
                obj.remove("lon");
            }
            json!({
                "type": "Feature",
                "id": m.slug,
                "geometry": { "type": "Point", "coordinates": [m.data.location.lon, m.data.location.lat] },
                "properties": props,
            })
        })
        .collect();
    json!({ "type": "FeatureCollection", "features": features })
}

/// CSV columns: a fixed part, then one column per language for each text.
fn columns(site: &Site) -> Vec<(String, &'static str, String)> {
    let mut cols: Vec<(String, &'static str, String)> = vec![(
        "id".into(),
        "string",
        "Identifier (slug) of the member".into(),
    )];
    for l in site.config.codes() {
        cols.push((
            format!("name_{l}"),
            "string",
            format!("Name of the municipality ({l})"),
        ));
    }
    cols.push((
        "governorate".into(),
        "string",
        "Governorate key (see governorate_* for its name)".into(),
    ));
    for l in site.config.codes() {
        cols.push((
            format!("governorate_{l}"),
            "string",
            format!("Name of the governorate ({l})"),
        ));
    }
    for (name, ty, desc) in [
        ("lat", "number", "Latitude, WGS 84"),
        ("lon", "number", "Longitude, WGS 84"),
        ("status", "string", "operational, in-progress or planned"),
        (
            "opened",
            "date",
            "Opening date of the Citizen Space (YYYY-MM-DD), if open",
        ),
    ] {
        cols.push((name.into(), ty, desc.into()));
    }
    for l in site.config.codes() {
        cols.push((
            format!("address_{l}"),
            "string",
            format!("Postal address ({l})"),
        ));
    }
    for (name, ty, desc) in [
        ("phone", "string", "Telephone, international format"),
        ("email", "string", "E-mail address of the Citizen Space"),
        ("website", "string", "Website of the municipality"),
        (
            "opening_hours",
            "string",
            "Opening hours in OpenStreetMap opening_hours syntax",
        ),
        ("services", "string", "Service keys, separated by ;"),
        (
            "committees",
            "string",
            "Committee keys of the network, separated by ;",
        ),
        (
            "sample",
            "boolean",
            "true when the record is illustrative, not confirmed",
        ),
    ] {
        cols.push((name.into(), ty, desc.into()));
    }
    cols
}

fn csv(site: &Site) -> Vec<u8> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let cols = columns(site);
    let _ = w.write_record(cols.iter().map(|c| c.0.as_str()));
    for m in &site.members {
        let d = &m.data;
        let gov = site.refs.governorates.get(&d.governorate);
        let mut row: Vec<String> = vec![m.slug.clone()];
        row.extend(site.config.codes().map(|l| text_in(Some(&d.name), l)));
        row.push(d.governorate.clone());
        row.extend(
            site.config
                .codes()
                .map(|l| text_in(gov.map(|g| &g.name), l)),
        );
        row.extend([
            d.location.lat.to_string(),
            d.location.lon.to_string(),
            d.status.key().to_string(),
            d.opened.map(|o| o.iso()).unwrap_or_default(),
        ]);
        row.extend(site.config.codes().map(|l| text_in(d.address.as_ref(), l)));
        row.extend([
            d.phone.clone().unwrap_or_default(),
            d.email.clone().unwrap_or_default(),
            d.website.clone().unwrap_or_default(),
            d.hours.clone().unwrap_or_default(),
            d.services.join(";"),
            d.committees.join(";"),
            d.sample.to_string(),
        ]);
        let _ = w.write_record(row.iter().map(|cell| crate::escape::csv_cell(cell)));
    }
    w.into_inner().unwrap_or_default()
}

/// A Frictionless Table Schema for members.csv.
fn schema(site: &Site) -> Value {
    let fields: Vec<Value> = columns(site)
        .into_iter()
        .map(|(name, ty, desc)| json!({ "name": name, "type": ty, "description": desc }))
        .collect();
    json!({ "fields": fields, "primaryKey": "id", "missingValues": [""] })
}
