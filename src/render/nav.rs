//! The main navigation: home, the charter when the site has one, then the
//! kinds of items, each current on its own pages.

use super::jobs::PageJob;
use crate::i18n::Strings;
use crate::site::Route;
use crate::view::Views;
use serde::Serialize;

#[derive(Serialize)]
pub(super) struct NavItem {
    key: &'static str,
    title: String,
    url: String,
    current: bool,
}

/// The sections in the main navigation, and the page kinds under each.
/// `charter` is the page of that slug (the network's charter), listed only
/// when the site has one.
const NAV: [(&str, &[&str]); 6] = [
    ("home", &["home"]),
    (CHARTER, &[]),
    ("members", &["members", "member"]),
    ("stories", &["stories", "story", "tags", "tag"]),
    ("data", &["datasets", "dataset"]),
    ("deliverables", &["deliverables", "deliverable"]),
];

/// The page the main navigation names `charter`.
const CHARTER: &str = "charter";

fn nav_route(key: &str) -> Route<'static> {
    match key {
        CHARTER => Route::Page(CHARTER),
        "members" => Route::Members,
        "stories" => Route::Stories(1),
        "data" => Route::Datasets,
        "deliverables" => Route::Deliverables,
        _ => Route::Home,
    }
}

/// The navigation of `job`'s page, in its language.
pub(super) fn items(views: &Views<'_>, strings: &Strings, job: &PageJob) -> Vec<NavItem> {
    let (site, lang, config) = (views.site, views.lang, views.config());
    let charter = site.pages.iter().find(|p| p.slug == CHARTER);
    NAV.iter()
        .filter(|(key, _)| *key != CHARTER || charter.is_some())
        .map(|(key, kinds)| NavItem {
            key,
            // The charter's entry falls back to the page's own title when
            // the theme has no `nav.charter`.
            title: strings
                .text(&lang.code, &format!("nav.{key}"), None)
                .or_else(|e| {
                    charter
                        .filter(|_| *key == CHARTER)
                        .map(|p| p.shown(&lang.code, config).version.front.title.clone())
                        .ok_or(e)
                })
                .unwrap_or_else(|e| e),
            url: views.url(nav_route(key)),
            current: kinds.contains(&job.kind)
                || (*key == CHARTER && job.kind == "page" && job.slug == CHARTER),
        })
        .collect()
}
