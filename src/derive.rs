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

use crate::config::Config;
use crate::content::Content;
use crate::diag::Diagnostic;
use crate::diag::Diagnostics;
use crate::i18n::Strings;
use crate::memo::pages::{Pages, Stamp};
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

/// Files by site-relative path.
type Files = Vec<(String, Vec<u8>)>;

/// What the build in service (`serve`) derived that the next may take
/// as it is: its open data files and its sitemap, each by the hash of
/// what it is made from.
#[derive(Default)]
pub struct Kept {
    open_data: Option<(u64, Files)>,
    sitemap: Option<(u64, Vec<u8>)>,
}

/// Add every derived file to `out` (or write it to the staging folder).
/// With what the last build `kept` and the hash of every input but the
/// stories (`memo::digest::Digest::others`), open data and a sitemap made
/// from the same inputs are not made again.
pub fn files(
    (site, content, data, strings): (&Site, &Content, &Resources, &Strings),
    sinks: Sinks<'_>,
    kept: Option<(&mut Kept, u64)>,
    out: &mut render::Output,
    diags: &mut Diagnostics,
) {
    // Three groups that read the site and not one another, made side by
    // side: they took 56-89 ms one after the other in a `serve` rebuild
    // at 10,000 pages, 33-48 ms side by side.
    let routes = &out.plan.routes;
    let unchanged = Unchanged {
        shared: out.plan.shared(),
        changed: out.changed_stories.as_deref(),
    };
    let (kept_open, kept_sitemap) = match kept {
        Some((kept, others)) => (Some((&mut kept.open_data, others)), Some(&mut kept.sitemap)),
        None => (None, None),
    };
    let (data_files, (feeds, site_files)) = rayon::join(
        || match kept_open {
            Some((kept, others)) => kept_open_data(site, data, kept, others),
            None => open_data(site, data),
        },
        || {
            rayon::join(
                || make_feeds(site, content, sinks, unchanged),
                || {
                    let sitemap = kept_sitemap.map_or_else(
                        || sitemap_of(&site.config, routes),
                        |kept| sitemap_kept(&site.config, routes, kept),
                    );
                    site_files(site, content, data, strings, sitemap)
                },
            )
        },
    );
    out.files.extend(data_files);
    out.files.extend(site_files);
    add_feeds(feeds, out, diags);
    aliases::write(site, strings, &out.plan.routes, &mut out.files, diags);
}

/// The datasets' files and data packages, the open data files and the
/// catalog that lists them.
fn open_data(site: &Site, data: &Resources) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = data
        .by_file
        .values()
        .filter(|r| r.source.is_none())
        .map(|r| (r.path.clone(), r.bytes.clone()))
        .collect();
    for ds in &site.datasets {
        let package = catalog::datapackage(site, data, ds);
        files.push((catalog::datapackage_path(&ds.slug), pretty_json(&package)));
    }
    // Made once: the catalog gives their sizes and checksums.
    let opendata = opendata::files(site);
    let catalog = catalog::catalog(site, data, &opendata);
    files.push((catalog::CATALOG_PATH.into(), pretty_json(&catalog)));
    files.extend(opendata);
    files
}

/// `open_data`, or the last build's when it was made from the same
/// inputs: every source file but the stories' (`others`; no open data
/// file reads a story), and the datasets' prepared files, which are not
/// parsed and so are not in `others`.
fn kept_open_data(
    site: &Site,
    data: &Resources,
    kept: &mut Option<(u64, Files)>,
    others: u64,
) -> Vec<(String, Vec<u8>)> {
    let prepared = data.by_file.iter();
    let prepared = prepared.map(|(k, f)| (k, &f.path, &f.sha256, f.size, &f.source));
    let key = crate::fingerprint::of(&(others, prepared.collect::<Vec<_>>()));
    kept_or(kept, key, || open_data(site, data))
}

/// What `kept` holds when it was made from what hashes to `key`, else
/// `make()`'s, kept in its place.
fn kept_or<T: Clone>(kept: &mut Option<(u64, T)>, key: u64, make: impl FnOnce() -> T) -> T {
    match kept {
        Some((k, made)) if *k == key => made.clone(),
        _ => {
            let made = make();
            *kept = Some((key, made.clone()));
            made
        }
    }
}

/// Every page's path after its language folder, with the languages that
/// have it (`render::Plan::routes`).
type Routes = std::collections::BTreeMap<String, Vec<String>>;

/// The sitemap: an entry per page, its alternates in the other languages.
fn sitemap_of(config: &Config, routes: &Routes) -> Vec<u8> {
    let routes: Vec<Vec<String>> = routes
        .iter()
        .map(|(rest, langs)| langs.iter().map(|l| format!("{l}/{rest}")).collect())
        .collect();
    sitemap::sitemap(config, &routes).into_bytes()
}

/// `sitemap_of`, or the last build's when the pages, their languages and
/// the site's address are as they were (a title or body edit).
fn sitemap_kept(config: &Config, routes: &Routes, kept: &mut Option<(u64, Vec<u8>)>) -> Vec<u8> {
    let key = crate::fingerprint::of(&(&config.base_url, &config.default_language, routes));
    kept_or(kept, key, || sitemap_of(config, routes))
}

fn pretty_json(value: &serde_json::Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// The site's feed and the tags' and members' in each language, written
/// on every core (their XML escapes the full text of 20 stories each).
fn make_feeds(
    site: &Site,
    content: &Content,
    sinks: Sinks<'_>,
    unchanged: Unchanged<'_>,
) -> Vec<Result<FeedOutcome, Diagnostic>> {
    let config = &site.config;
    let codes: Vec<(usize, &str)> = config.codes().enumerate().collect();
    let all: Vec<(String, feeds::Planned, usize)> = codes
        .par_iter()
        .flat_map_iter(|&(i, lang)| {
            let feed = feeds::Planned::Made(feeds::atom(site, content, lang));
            let site_feed = (format!("{lang}/atom.xml"), feed);
            let feeds = std::iter::once(site_feed).chain(feeds::scoped(site, lang));
            feeds.map(move |(path, feed)| (path, feed, i))
        })
        .collect();
    let memo = sinks.memo;
    all.par_iter()
        .map(|(path, feed, lang)| {
            let key = memo.map(|m| {
                let kept = unchanged.kept_key(m, path, feed, *lang);
                kept.unwrap_or_else(|| feed.key(site, content))
            });
            let kept = memo.zip(key).is_some_and(|(m, k)| m.is_kept(path, k));
            let mut xml = (!kept).then(|| feed.xml(site, content).into_bytes());
            if let (Some(staging), Some(bytes)) = (sinks.staging, &xml) {
                staging.write(path, bytes)?;
                xml = None;
            }
            Ok((path.clone(), key, kept, xml))
        })
        .collect()
}

/// The feeds made, into `out`: kept, or their XML (unless written).
fn add_feeds(
    made: Vec<Result<FeedOutcome, Diagnostic>>,
    out: &mut render::Output,
    diags: &mut Diagnostics,
) {
    for result in made {
        let (path, key, kept, xml) = match result {
            Ok(made) => made,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        if let Some(key) = key {
            let stamp = Stamp {
                fingerprint: Some(key),
                read: None,
            };
            out.stamps.insert(path.clone(), stamp);
        }
        if kept {
            out.kept.insert(path);
        } else if let Some(xml) = xml {
            out.files.insert(path, xml);
        }
    }
}

/// What the render stage says of the stories: when nothing but stories
/// changed since the build in service, each language's lists (`shared`)
/// and which stories changed.
#[derive(Clone, Copy)]
struct Unchanged<'a> {
    shared: &'a [render::Shared],
    changed: Option<&'a [Vec<bool>]>,
}

impl Unchanged<'_> {
    /// The key of `feed` in service, when no story its scope lists in
    /// language `lang` changed: it is then made from what it was (its
    /// title and address from the rest of the site, which is the same:
    /// `readers::frame` takes `Digest::others`, every member's name).
    /// Saves hashing the twenty entries of each of a thousand feeds.
    fn kept_key(
        &self,
        memo: &Pages,
        path: &str,
        feed: &feeds::Planned,
        lang: usize,
    ) -> Option<u64> {
        let (shared, changed) = (self.shared.get(lang)?, self.changed?.get(lang)?);
        let feeds::Planned::Scoped(scoped) = feed else {
            return None;
        };
        if !scoped.reads_none_of(shared, changed) {
            return None;
        }
        memo.stamps.get(path)?.fingerprint
    }
}

/// A feed made: its path, its key (with a memo), whether it was kept as
/// in service, and its XML unless it was kept or written.
type FeedOutcome = (String, Option<u64>, bool, Option<Vec<u8>>);

/// Files every site has beside its pages, and each language's calendars.
fn site_files(
    site: &Site,
    content: &Content,
    data: &Resources,
    strings: &Strings,
    sitemap: Vec<u8>,
) -> Vec<(String, Vec<u8>)> {
    let config = &site.config;
    let mut files = cms::files(site);
    files.push(("sitemap.xml".into(), sitemap));
    files.push(("robots.txt".into(), sitemap::robots(config).into_bytes()));
    let highlight = highlight::stylesheet().as_bytes().to_vec();
    files.push(("css/highlight.css".into(), highlight));
    for lang in &site.config.languages {
        let views = crate::view::Views {
            site,
            content,
            data,
            lang,
        };
        let nav = strings.label(&lang.code, "nav.events");
        let name = format!("{} · {nav}", lang.title);
        files.extend(render::events::ics_files(&views, &name));
    }
    files
}
