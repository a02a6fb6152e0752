//! What is computed from the rendered site, beside its pages: data files
//! and data packages, the DCAT catalog, feeds, the sitemap, open data, the
//! editor's configuration, the aliases' redirects. (The search index is
//! made in `pipeline`, only when `serve` does not make it afterwards.)

pub mod aliases;
pub mod catalog;
pub mod feeds;
pub mod ical;
pub mod opendata;
pub mod sitemap;

use crate::content::Content;
use crate::diag::Diagnostics;
use crate::i18n::Strings;
use crate::resources::Resources;
use crate::site::Site;
use crate::{cms, highlight, render};

/// Add every derived file to `out`.
pub fn files(
    site: &Site,
    content: &Content,
    data: &Resources,
    strings: &Strings,
    out: &mut render::Output,
    diags: &mut Diagnostics,
) {
    out.files.extend(
        data.by_file
            .values()
            .filter(|r| r.source.is_none())
            .map(|r| (r.path.clone(), r.bytes.clone())),
    );
    for ds in &site.datasets {
        let package = catalog::datapackage(site, data, ds);
        out.files
            .insert(catalog::datapackage_path(&ds.slug), pretty_json(&package));
    }
    out.files.insert(
        catalog::CATALOG_PATH.into(),
        pretty_json(&catalog::catalog(site, data)),
    );
    add_site_files(site, content, out);
    for lang in &site.config.languages {
        let views = crate::view::Views {
            site,
            content,
            data,
            lang,
        };
        let name = format!(
            "{} · {}",
            lang.title,
            strings.label(&lang.code, "nav.events")
        );
        out.files.extend(render::events::ics_files(&views, &name));
    }
    aliases::write(site, strings, &out.plan.routes, &mut out.files, diags);
}

fn pretty_json(value: &serde_json::Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Files every site has beside its pages.
fn add_site_files(site: &Site, content: &Content, out: &mut render::Output) {
    let config = &site.config;
    for lang in config.codes() {
        out.files.insert(
            format!("{lang}/atom.xml"),
            feeds::atom(site, content, lang).into_bytes(),
        );
        for (path, feed) in feeds::scoped(site, content, lang) {
            out.files.insert(path, feed.into_bytes());
        }
    }
    let routes: Vec<Vec<String>> = out
        .plan
        .routes
        .iter()
        .map(|(rest, langs)| langs.iter().map(|l| format!("{l}/{rest}")).collect())
        .collect();
    out.files.extend(opendata::files(site));
    out.files.extend(cms::files(site));
    out.files.insert(
        "sitemap.xml".into(),
        sitemap::sitemap(config, &routes).into_bytes(),
    );
    out.files
        .insert("robots.txt".into(), sitemap::robots(config).into_bytes());
    out.files.insert(
        "css/highlight.css".into(),
        highlight::stylesheet().into_bytes(),
    );
}
