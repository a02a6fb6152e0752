//! What is computed from the rendered site, beside its pages: data files
//! and data packages, the DCAT catalog, feeds, the sitemap, open data, the
//! editor's configuration, the aliases' redirects, the search index. (The
//! search index is made in `pipeline`, only when `serve` does not make it
//! afterwards: `search::files`.)

pub mod aliases;
pub mod catalog;
pub mod feeds;
pub mod ical;
pub mod opendata;
pub mod search;
pub mod sitemap;

use crate::content::Content;
use crate::diag::Diagnostic;
use crate::diag::Diagnostics;
use crate::i18n::Strings;
use crate::memo::Pages;
use crate::output::Staging;
use crate::resources::Resources;
use crate::site::Site;
use crate::{cms, highlight, render};
use rayon::prelude::*;

/// Where derived files go, besides `render::Output`.
#[derive(Clone, Copy)]
pub struct Sinks<'a> {
    /// The pages in service (`memo`): a feed whose key is as it was is
    /// kept as it is.
    pub memo: Option<&'a Pages>,
    /// `build`'s staging folder: feeds are written there as they are made
    /// (a hundred megabytes of XML at 10,000 pages, never all in memory).
    pub staging: Option<&'a Staging>,
}

/// Add every derived file to `out` (or write it to the staging folder).
pub fn files(
    site: &Site,
    content: &Content,
    data: &Resources,
    strings: &Strings,
    sinks: Sinks<'_>,
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
    // Made once: the catalog gives their sizes and checksums.
    let opendata = opendata::files(site);
    out.files.insert(
        catalog::CATALOG_PATH.into(),
        pretty_json(&catalog::catalog(site, data, &opendata)),
    );
    out.files.extend(opendata);
    add_feeds(site, content, sinks, out, diags);
    add_site_files(site, out);
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

/// The site's feed and the tags' and members' in each language, written
/// on every core (their XML escapes the full text of 20 stories each).
fn add_feeds(
    site: &Site,
    content: &Content,
    sinks: Sinks<'_>,
    out: &mut render::Output,
    diags: &mut Diagnostics,
) {
    let config = &site.config;
    let mut all = Vec::new();
    for lang in config.codes() {
        all.push((format!("{lang}/atom.xml"), feeds::atom(site, content, lang)));
        all.extend(feeds::scoped(site, content, lang));
    }
    let memo = sinks.memo;
    let made: Vec<Result<FeedOutcome, Diagnostic>> = all
        .par_iter()
        .map(|(path, feed)| {
            let key = memo.map(|_| feed.key(config));
            let kept = memo.zip(key).is_some_and(|(m, k)| m.is_kept(path, k));
            let mut xml = (!kept).then(|| feed.xml(config).into_bytes());
            if let (Some(staging), Some(bytes)) = (sinks.staging, &xml) {
                staging.write(path, bytes)?;
                xml = None;
            }
            Ok((path.clone(), key, kept, xml))
        })
        .collect();
    for result in made {
        let (path, key, kept, xml) = match result {
            Ok(made) => made,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        if let Some(key) = key {
            out.fingerprints.insert(path.clone(), key);
        }
        if kept {
            out.kept.insert(path);
        } else if let Some(xml) = xml {
            out.files.insert(path, xml);
        }
    }
}

/// A feed made: its path, its key (with a memo), whether it was kept as
/// in service, and its XML unless it was kept or written.
type FeedOutcome = (String, Option<u64>, bool, Option<Vec<u8>>);

/// Files every site has beside its pages.
fn add_site_files(site: &Site, out: &mut render::Output) {
    let config = &site.config;
    let routes: Vec<Vec<String>> = out
        .plan
        .routes
        .iter()
        .map(|(rest, langs)| langs.iter().map(|l| format!("{l}/{rest}")).collect())
        .collect();
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
