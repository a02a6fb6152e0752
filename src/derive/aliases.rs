//! `aliases:` on any item: the addresses it had before a rename keep
//! working. Each gets a small page that sends the reader on (any host
//! serves it), and all are listed in `_redirects` (Netlify, Cloudflare and
//! GitLab Pages) and `redirects.map` (an nginx `map`, see docs/deploy.md),
//! for hosts that answer with a real 301. An alias that is already the
//! address of a page, or of another alias, is an error naming both.

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::{is_valid_slug, Kind};
use crate::i18n::Strings;
use crate::msg;
use crate::parse::Source;
use crate::site::{Route, Site};
use std::collections::BTreeMap;

/// One earlier address and where it now leads (both output paths without
/// the base path: `fr/stories/old/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub from: String,
    pub to: String,
    pub lang: String,
}

/// The file an alias page is written to: `fr/stories/old/index.html`, or
/// the path itself when it names a file (`/ancien.html`).
fn file_of(from: &str) -> String {
    if from.ends_with('/') || from.is_empty() {
        format!("{from}index.html")
    } else {
        from.to_string()
    }
}

/// Every item's aliases, checked, with the file that declares each.
pub fn collect(site: &Site, diags: &mut Diagnostics) -> Vec<(Alias, String)> {
    let config = &site.config;
    let all: Vec<String> = config.codes().map(String::from).collect();
    let mut out = Vec::new();
    let mut add =
        |kind: Kind, slug: &str, aliases: &[String], source: &Source, langs: &[String]| {
            for value in aliases {
                for lang in langs {
                    match expand(kind, value, lang, config) {
                        Ok(Some(from)) => {
                            let to = route(kind, slug).path(lang);
                            out.push((
                                Alias {
                                    from,
                                    to,
                                    lang: lang.clone(),
                                },
                                source.rel.clone(),
                            ));
                        }
                        Ok(None) => {}
                        Err(()) => {
                            diags.push(
                                source
                                    .error_at(
                                        "aliases",
                                        Some(value),
                                        msg!("alias-not-a-path", alias = value.as_str()),
                                    )
                                    .help(msg!("alias-not-a-path-help")),
                            );
                            break;
                        }
                    }
                }
            }
        };
    for page in &site.pages {
        for v in page.by_lang.values() {
            add(
                Kind::Page,
                &page.slug,
                &v.front.aliases,
                &v.source,
                std::slice::from_ref(&v.lang),
            );
        }
    }
    for story in &site.stories {
        for v in story.by_lang.values() {
            add(
                Kind::Story,
                &story.slug,
                &v.front.aliases,
                &v.source,
                std::slice::from_ref(&v.lang),
            );
        }
    }
    for m in &site.members {
        add(Kind::Member, &m.slug, &m.data.aliases, &m.source, &all);
    }
    for d in &site.datasets {
        add(Kind::Dataset, &d.slug, &d.data.aliases, &d.source, &all);
    }
    for d in &site.deliverables {
        add(Kind::Deliverable, &d.slug, &d.data.aliases, &d.source, &all);
    }
    for s in &site.services {
        add(Kind::Service, &s.slug, &s.data.aliases, &s.source, &all);
    }
    for e in &site.events {
        add(Kind::Event, &e.slug, &e.data.aliases, &e.source, &all);
    }
    out
}

fn route(kind: Kind, slug: &str) -> Route<'_> {
    match kind {
        Kind::Page => Route::Page(slug),
        Kind::Story => Route::Story(slug),
        Kind::Member => Route::Member(slug),
        Kind::Dataset => Route::Dataset(slug),
        Kind::Deliverable => Route::Deliverable(slug),
        Kind::Service => Route::Service(slug),
        Kind::Event => Route::Event(slug),
    }
}

/// The address an alias stands for, in `lang`: an old slug is the item's
/// address with that slug; a path from the site's root is itself, in the
/// language it names (so a YAML item's path alias is made once), and
/// nothing in the others. An error for anything else.
fn expand(kind: Kind, value: &str, lang: &str, config: &Config) -> Result<Option<String>, ()> {
    if is_valid_slug(value) {
        return Ok(Some(route(kind, value).path(lang)));
    }
    let path = value.strip_prefix('/').ok_or(())?;
    // Characters a web server's configuration or a URL would read as
    // syntax are refused: the path is written into `redirects.map`.
    let clean = !path.is_empty()
        && !path.starts_with('/')
        && path.split('/').all(|part| {
            part != ".."
                && part != "."
                && !part
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "\\:?#\"';{}$%".contains(c))
        });
    if !clean {
        return Err(());
    }
    // A path names one address: made once, in its own language (or the
    // default one), not once per language.
    let first = path.split('/').next().unwrap_or("");
    let own = if config.language(first).is_some() {
        first
    } else {
        config.default_language.as_str()
    };
    Ok((own == lang).then(|| path.to_string()))
}

/// Check the aliases against the pages and each other, write their pages
/// and the redirect lists into `files`.
pub fn write(
    site: &Site,
    strings: &Strings,
    routes: &BTreeMap<String, Vec<String>>,
    files: &mut BTreeMap<String, Vec<u8>>,
    diags: &mut Diagnostics,
) {
    // Pages are streamed to the output as they are made: their addresses
    // are in the plan's routes, not all in `files`.
    let is_page = |file: &str| {
        file.strip_suffix("index.html").is_some_and(|dir| {
            dir.split_once('/')
                .and_then(|(lang, rest)| {
                    routes
                        .get(rest)
                        .map(|langs| langs.iter().any(|l| l == lang))
                })
                .unwrap_or(false)
        })
    };
    let config = &site.config;
    let mut taken: BTreeMap<String, String> = BTreeMap::new();
    let mut kept: Vec<Alias> = Vec::new();
    for (alias, file) in collect(site, diags) {
        let page = file_of(&alias.from);
        if let Some(other) = taken.get(&page) {
            diags.push(
                Diagnostic::error(msg!(
                    "alias-taken-by-alias",
                    alias = alias.from.as_str(),
                    other = other.as_str()
                ))
                .in_file(&file)
                .help(msg!("alias-taken-help")),
            );
            continue;
        }
        if files.contains_key(&page) || is_page(&page) {
            let other = owner(site, &alias.from).unwrap_or_else(|| format!("/{}", alias.from));
            diags.push(
                Diagnostic::error(msg!(
                    "alias-taken-by-page",
                    alias = alias.from.as_str(),
                    other = other.as_str()
                ))
                .in_file(&file)
                .help(msg!("alias-taken-help")),
            );
            continue;
        }
        taken.insert(page, file);
        kept.push(alias);
    }
    for alias in &kept {
        let html = page(config, strings, alias);
        files.insert(file_of(&alias.from), html.into_bytes());
    }
    files.insert(
        "redirects.map".into(),
        nginx_map(config, &kept).into_bytes(),
    );
    if !kept.is_empty() {
        files.insert("_redirects".into(), redirects(config, &kept).into_bytes());
    }
}

/// The file of the item whose page is at `path` (`fr/stories/x/`).
fn owner(site: &Site, path: &str) -> Option<String> {
    let (lang, _) = path.split_once('/')?;
    let is = |kind, slug: &str| route(kind, slug).path(lang) == path;
    let markdown = |kind, slug: &str, rels: Vec<&str>| is(kind, slug).then(|| rels.join(", "));
    site.pages
        .iter()
        .find_map(|p| {
            markdown(
                Kind::Page,
                &p.slug,
                p.by_lang.values().map(|v| v.source.rel.as_str()).collect(),
            )
        })
        .or_else(|| {
            site.stories.iter().find_map(|s| {
                markdown(
                    Kind::Story,
                    &s.slug,
                    s.by_lang.values().map(|v| v.source.rel.as_str()).collect(),
                )
            })
        })
        .or_else(|| {
            site.members
                .iter()
                .find(|m| is(Kind::Member, &m.slug))
                .map(|m| m.source.rel.clone())
        })
        .or_else(|| {
            site.datasets
                .iter()
                .find(|d| is(Kind::Dataset, &d.slug))
                .map(|d| d.source.rel.clone())
        })
        .or_else(|| {
            site.deliverables
                .iter()
                .find(|d| is(Kind::Deliverable, &d.slug))
                .map(|d| d.source.rel.clone())
        })
        .or_else(|| {
            site.services
                .iter()
                .find(|s| is(Kind::Service, &s.slug))
                .map(|s| s.source.rel.clone())
        })
        .or_else(|| {
            site.events
                .iter()
                .find(|e| is(Kind::Event, &e.slug))
                .map(|e| e.source.rel.clone())
        })
}

/// A page that sends its reader to the new address at once: a refresh for
/// browsers, a canonical link for search engines, a link for anyone else.
fn page(config: &Config, strings: &Strings, alias: &Alias) -> String {
    let lang = config.language(&alias.lang);
    let dir = lang.map_or("ltr", |l| l.dir.as_str());
    let to = crate::escape::html_attr(&format!("{}{}", config.base_path, alias.to));
    let permalink = crate::escape::html_attr(&format!("{}{}", config.base_url, alias.to));
    let moved = strings
        .text(&alias.lang, "alias.moved", None)
        .unwrap_or_else(|e| e);
    let moved = crate::escape::html_text(&moved);
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{moved}</title>\n<meta name=\"robots\" content=\"noindex\">\n<link rel=\"canonical\" href=\"{permalink}\">\n<meta http-equiv=\"refresh\" content=\"0; url={to}\">\n</head>\n<body>\n<p><a href=\"{to}\">{moved}</a></p>\n</body>\n</html>\n",
        lang = alias.lang
    )
}

/// `_redirects`: one `from to 301` line per alias.
fn redirects(config: &Config, aliases: &[Alias]) -> String {
    let base = &config.base_path;
    aliases
        .iter()
        .map(|a| format!("{base}{} {base}{} 301\n", a.from, a.to))
        .collect()
}

/// `redirects.map`: the body of an nginx `map $uri $fadaa_redirect`.
fn nginx_map(config: &Config, aliases: &[Alias]) -> String {
    let base = &config.base_path;
    let mut out =
        String::from("# Written by fadaa from the items' `aliases:` (see docs/deploy.md).\n");
    for a in aliases {
        out.push_str(&format!("{base}{} {base}{};\n", a.from, a.to));
    }
    out
}
