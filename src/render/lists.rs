//! Small lists some pages show: the 404 page's ways on, the deliverables'
//! years and kinds, the open data files.

use crate::i18n::Strings;
use crate::site::Route;
use crate::view::Views;
use serde::Serialize;

#[derive(Serialize)]
pub(super) struct Facet {
    value: String,
    label: String,
}

#[derive(Serialize)]
pub(super) struct OpenDataLink {
    format: String,
    url: String,
}

#[derive(Serialize)]
pub(super) struct NotFound<'a> {
    code: &'a str,
    dir: &'static str,
    title: String,
    body: String,
    home_url: String,
    home_label: String,
}

/// The not-found message in every language.
pub(super) fn not_found<'v>(views: &Views<'v>, strings: &Strings) -> Vec<NotFound<'v>> {
    let config = &views.site.config;
    config
        .languages
        .iter()
        .map(|l| {
            let t = |key: &str| strings.label(&l.code, key);
            NotFound {
                code: &l.code,
                dir: l.dir.as_str(),
                title: t("notfound.title"),
                body: t("notfound.body"),
                home_url: format!("{}{}", config.base_path, Route::Home.path(&l.code)),
                home_label: t("notfound.home"),
            }
        })
        .collect()
}

/// Years of the due dates, for the year filter, newest first.
pub(super) fn deliverable_years(site: &crate::site::Site) -> Vec<i32> {
    let mut years: Vec<i32> = site
        .deliverables
        .iter()
        .map(|d| d.data.due.0.year())
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

pub(super) fn deliverable_kinds(
    site: &crate::site::Site,
    t: &dyn Fn(&str) -> String,
) -> Vec<Facet> {
    let mut kinds: Vec<&str> = site
        .deliverables
        .iter()
        .map(|d| d.data.kind.key())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
        .into_iter()
        .map(|k| Facet {
            value: k.to_string(),
            label: t(&format!("kind.{k}")),
        })
        .collect()
}

pub(super) fn open_data_links(views: &Views<'_>, schema_label: String) -> Vec<OpenDataLink> {
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
