//! The two pages outside the language folders, each in every language at
//! once: `/404.html`'s `messages` and the root page's `choices`.

use crate::i18n::Strings;
use crate::site::Route;
use crate::view::Views;
use serde::Serialize;

#[derive(Serialize)]
pub struct NotFound<'a> {
    code: &'a str,
    dir: &'static str,
    title: String,
    body: String,
    home_url: String,
    home_label: String,
}

/// The not-found message in every language.
pub fn not_found<'v>(views: &Views<'v>, strings: &Strings) -> Vec<NotFound<'v>> {
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
                home_url: Route::Home.under(&config.base_path, &l.code),
                home_label: t("notfound.home"),
            }
        })
        .collect()
}

/// A language of the root page's choice.
#[derive(Serialize)]
pub struct Choice<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    url: String,
    title: &'a str,
}

/// Every language's home page, in the site's order.
pub fn choices<'v>(views: &Views<'v>) -> Vec<Choice<'v>> {
    let config = &views.site.config;
    config
        .languages
        .iter()
        .map(|l| Choice {
            code: &l.code,
            name: &l.name,
            dir: l.dir.as_str(),
            url: Route::Home.under(&config.base_path, &l.code),
            title: &l.title,
        })
        .collect()
}
