//! Pair translations, drop drafts and future items, check every reference.
//! Produces the immutable [`Site`].

use crate::config::Config;
use crate::diag::{suggest, Diagnostic, Diagnostics};
use crate::discover::{is_valid_slug, Kind, RefKind};
use crate::model::{RefList, Translated};
use crate::msg;
use crate::parse::{Markdown, Parsed, Source, Yaml};
use crate::site::{References, Site, Versions, RESERVED_PAGE_SLUGS};
use crate::writers;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};

mod checker;
mod events;
mod fields;
mod members;
mod services;

use checker::Checker;
use fields::empty_title;

pub fn resolve(config: Config, parsed: Parsed, diags: &mut Diagnostics) -> Site {
    let stood_in = stood_in(&parsed);
    let refs = references(&config, &parsed.references, diags);
    let checker = Checker {
        config: &config,
        refs: &refs,
        known: &parsed.known,
        broken_references: &parsed.broken_references,
        bundle_files: parsed
            .bundle_files
            .iter()
            .map(|b| (b.kind, b.slug.clone(), b.name.clone()))
            .collect(),
    };
    let mut d = Diagnostics::new();
    let pages = pair(Kind::Page, parsed.pages, &config, &mut d, |p| {
        (p.front.draft, None)
    });
    for page in &pages {
        for v in page.by_lang.values() {
            empty_title(&v.front.title, &v.source, &mut d);
        }
        if RESERVED_PAGE_SLUGS.contains(&page.slug.as_str()) {
            let v = page.by_lang.values().next().expect("at least one version");
            d.push(
                Diagnostic::error(msg!("page-slug-reserved", slug = page.slug.as_str()))
                    .in_file(&v.source.rel)
                    .help(msg!(
                        "page-slug-reserved-help",
                        reserved = RESERVED_PAGE_SLUGS.join(", ")
                    )),
            );
        }
    }
    menu_pages(&config, &pages, &mut d);
    let mut stories = pair(Kind::Story, parsed.stories, &config, &mut d, |s| {
        (s.front.draft, Some(s.front.date))
    });
    for story in stories.iter().flat_map(|s| s.by_lang.values()) {
        checker.story(story, &mut d);
    }
    for story in &stories {
        crate::writers::placeholders(story, crate::writers::story_fields, |f| f.draft, &mut d);
        crate::writers::disagreements(story, &mut d);
        writers::slug_written(story, |f| f.slug.as_deref(), &mut d);
    }
    for page in &pages {
        crate::writers::placeholders(page, crate::writers::page_fields, |f| f.draft, &mut d);
        section_of(page, &pages, &mut d);
        writers::slug_written(page, |f| f.slug.as_deref(), &mut d);
    }
    let mut members = unique(parsed.members, Kind::Member, &mut d);
    for m in &mut members {
        if let Some(key) = checker.refs.governorates.key_of_alias(&m.data.governorate) {
            m.data.governorate = key;
        }
    }
    for m in &members {
        checker.member(m, &mut d);
        writers::placeholder_texts(&m.source, "name", Some(&m.data.name), &mut d);
        let description = m.data.description.as_ref();
        writers::placeholder_texts(&m.source, "description", description, &mut d);
    }
    duplicate_names(&members, &config, &mut d);
    for m in &members {
        services::notes(&checker, m, &mut d);
    }
    let services = unique(parsed.services, Kind::Service, &mut d);
    services::check(&checker, &services, &mut d);
    let mut events = unique(parsed.events, Kind::Event, &mut d);
    events::check(&checker, &members, &events, &mut d);
    events.sort_by(|a, b| (a.data.start, &a.slug).cmp(&(b.data.start, &b.slug)));
    let datasets = unique(parsed.datasets, Kind::Dataset, &mut d);
    for ds in &datasets {
        checker.dataset(ds, &mut d);
        writers::placeholder_texts(&ds.source, "title", Some(&ds.data.title), &mut d);
    }
    let mut deliverables = unique(parsed.deliverables, Kind::Deliverable, &mut d);
    for del in &deliverables {
        checker.deliverable(del, &mut d);
        writers::placeholder_texts(&del.source, "title", Some(&del.data.title), &mut d);
        writers::placeholder_texts(&del.source, "summary", del.data.summary.as_ref(), &mut d);
    }
    deliverables.sort_by(|a, b| (a.data.due, &a.slug).cmp(&(b.data.due, &b.slug)));
    stories.sort_by(|a, b| {
        let date = |s: &Versions<crate::model::StoryFront>| {
            s.shown(&config.default_language, &config)
                .version
                .front
                .date
        };
        date(b).cmp(&date(a)).then_with(|| a.slug.cmp(&b.slug))
    });
    let mut pages = pages;
    pages.sort_by(|a, b| {
        let weight = |p: &Versions<crate::model::PageFront>| {
            p.shown(&config.default_language, &config)
                .version
                .front
                .weight
        };
        (weight(a), &a.slug).cmp(&(weight(b), &b.slug))
    });
    // What is found on a line whose mistake was stood in for is about the
    // stand-in: the writer has been told about that line already.
    // (A duplicate slug is reported at 1:1 whatever stands there.)
    diags.extend(d.into_iter().filter(|x| {
        let at = x.file.clone().zip(x.pos.map(|p| p.line));
        let about_the_file = matches!(x.message.id, "slug-twice" | "slug-twice-in-lang");
        about_the_file || !at.is_some_and(|at| stood_in.contains(&at))
    }));
    // A draft's or a future story's photos are not published before it is.
    let published: std::collections::HashSet<(Kind, &str)> =
        (pages.iter().map(|p| (Kind::Page, p.slug.as_str())))
            .chain(stories.iter().map(|s| (Kind::Story, s.slug.as_str())))
            .chain(members.iter().map(|m| (Kind::Member, m.slug.as_str())))
            .chain(datasets.iter().map(|d| (Kind::Dataset, d.slug.as_str())))
            .chain(
                deliverables
                    .iter()
                    .map(|d| (Kind::Deliverable, d.slug.as_str())),
            )
            .chain(services.iter().map(|s| (Kind::Service, s.slug.as_str())))
            .chain(events.iter().map(|e| (Kind::Event, e.slug.as_str())))
            .collect();
    // Only files that cannot run script on the site's origin are published
    // from a writer's folder (safe_files.rs); the others are errors.
    let bundle_files = parsed
        .bundle_files
        .into_iter()
        .filter(|b| published.contains(&(b.kind, b.slug.as_str())))
        .filter(|b| {
            let refused =
                crate::safe_files::refusal(&b.name, || std::fs::read(&b.path).ok(), &b.rel);
            let safe = refused.is_none();
            diags.extend(refused);
            safe
        })
        .collect();
    Site {
        config,
        refs,
        pages,
        members,
        stories,
        datasets,
        deliverables,
        services,
        events,
        bundle_files,
    }
}

fn references(
    config: &Config,
    lists: &[(RefKind, Yaml<RefList>)],
    diags: &mut Diagnostics,
) -> References {
    let mut refs = References::default();
    for (kind, list) in lists {
        for (key, entry) in &list.data.entries {
            if let Some((message, help)) = crate::discover::reserved_name(key) {
                diags.push(list.source.error_at(key, None, message).help(help));
            } else if !is_valid_slug(key) {
                diags.push(
                    list.source
                        .error_at(key, None, msg!("reference-key-invalid", key = key.as_str()))
                        .help(msg!("reference-key-invalid-help")),
                );
            }
            check_languages(config, &entry.name, &list.source, key, diags);
        }
        let slot = match kind {
            RefKind::Governorates => &mut refs.governorates,
            RefKind::Services => &mut refs.services,
            RefKind::Committees => &mut refs.committees,
            RefKind::Tags => &mut refs.tags,
        };
        *slot = list.data.clone();
    }
    refs
}

/// A translated value may only name the site's languages.
pub(super) fn check_languages(
    config: &Config,
    value: &Translated,
    source: &Source,
    key: &str,
    diags: &mut Diagnostics,
) {
    for lang in value.languages() {
        if config.language(lang).is_none() {
            let codes: Vec<&str> = config.codes().collect();
            diags.push(
                source
                    .error_at(key, Some(lang), msg!("not-a-site-language", lang = lang))
                    .help(msg!("use-one-of", choices = codes.join(", "))),
            );
        }
    }
}

/// Group Markdown files by slug, dropping drafts (unless `--drafts`) and
/// items dated after the build date (unless `--future`).
fn pair<F>(
    kind: Kind,
    files: Vec<Markdown<F>>,
    config: &Config,
    diags: &mut Diagnostics,
    meta: impl Fn(&Markdown<F>) -> (bool, Option<crate::model::Day>),
) -> Vec<Versions<F>> {
    let mut by_slug: BTreeMap<String, IndexMap<String, Markdown<F>>> = BTreeMap::new();
    for file in files {
        let (draft, date) = meta(&file);
        if (draft && !config.drafts) || (date.is_some_and(|d| d > config.today) && !config.future) {
            continue;
        }
        let versions = by_slug.entry(file.slug.clone()).or_default();
        if let Some(first) = versions.get(&file.lang) {
            // Reported on the later path, whatever order the files came in.
            let (earlier, later) = if first.source.rel < file.source.rel {
                (&first.source.rel, &file.source.rel)
            } else {
                (&file.source.rel, &first.source.rel)
            };
            diags.push(
                Diagnostic::error(msg!(
                    "slug-twice-in-lang",
                    kind = kind.folder(),
                    slug = file.slug.as_str(),
                    lang = file.lang.as_str()
                ))
                .in_file(later)
                .at(Some(crate::diag::Pos::new(1, 1)))
                .help(msg!("slug-twice-help", file = earlier.as_str())),
            );
            continue;
        }
        versions.insert(file.lang.clone(), file);
    }
    by_slug
        .into_iter()
        .map(|(slug, mut by_lang)| {
            by_lang.sort_by_cached_key(|lang, _| config.codes().position(|c| c == lang));
            Versions { slug, by_lang }
        })
        .collect()
}

/// YAML items sorted by slug, with a duplicate (flat file and bundle) reported.
fn unique<T>(mut items: Vec<Yaml<T>>, kind: Kind, diags: &mut Diagnostics) -> Vec<Yaml<T>> {
    items.sort_by(|a, b| (&a.slug, &a.source.rel).cmp(&(&b.slug, &b.source.rel)));
    let mut out: Vec<Yaml<T>> = Vec::with_capacity(items.len());
    for item in items {
        if let Some(prev) = out.last().filter(|p| p.slug == item.slug) {
            diags.push(
                Diagnostic::error(msg!(
                    "slug-twice",
                    kind = kind.folder(),
                    slug = item.slug.as_str()
                ))
                .in_file(&item.source.rel)
                .at(Some(crate::diag::Pos::new(1, 1)))
                .help(msg!("slug-twice-help", file = prev.source.rel.as_str())),
            );
            continue;
        }
        out.push(item);
    }
    out
}

/// Two members with the same name in one language would be confused in the
/// directory and by search.
fn duplicate_names(members: &[crate::site::Member], config: &Config, d: &mut Diagnostics) {
    for lang in config.codes() {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for m in members {
            let Some(name) = m.data.name.get(lang) else {
                continue;
            };
            let key = name.trim().to_lowercase();
            if let Some(first) = seen.get(&key) {
                d.push(
                    m.source
                        .error_at(
                            "name",
                            None,
                            msg!(
                                "member-name-twice",
                                name = name,
                                first = *first,
                                lang = lang
                            ),
                        )
                        .help(msg!("member-name-twice-help")),
                );
            } else {
                seen.insert(key, &m.slug);
            }
        }
    }
}

/// `section:` names another page, which leads no section of its own.
fn section_of(
    page: &Versions<crate::model::PageFront>,
    pages: &[Versions<crate::model::PageFront>],
    d: &mut Diagnostics,
) {
    for v in page.by_lang.values() {
        let Some(lead) = v.front.section.as_deref() else {
            continue;
        };
        let leads_a_section =
            |p: &&Versions<crate::model::PageFront>| p.slug == lead && p.slug != page.slug;
        if let Some(target) = pages.iter().find(leads_a_section) {
            if target.by_lang.values().all(|t| t.front.section.is_none()) {
                continue;
            }
        }
        let slugs = pages
            .iter()
            .map(|p| p.slug.as_str())
            .filter(|s| *s != page.slug);
        let help = suggest(lead, slugs).unwrap_or_else(|| msg!("section-help"));
        d.push(
            v.source
                .error_at("section", Some(lead), msg!("section-unknown", slug = lead))
                .help(help),
        );
    }
}

/// (file, line) of every value stood in for while parsing.
fn stood_in(parsed: &Parsed) -> BTreeSet<(String, usize)> {
    let sources = (parsed.pages.iter().map(|p| &p.source))
        .chain(parsed.stories.iter().map(|s| &s.source))
        .chain(parsed.members.iter().map(|m| &m.source))
        .chain(parsed.datasets.iter().map(|d| &d.source))
        .chain(parsed.deliverables.iter().map(|d| &d.source))
        .chain(parsed.services.iter().map(|s| &s.source))
        .chain(parsed.references.iter().map(|(_, r)| &r.source));
    sources
        .flat_map(|s| s.stood_in.iter().map(|l| (s.rel.clone(), *l)))
        .collect()
}

/// Each page a menu of site.yaml names exists.
fn menu_pages<F>(config: &Config, pages: &[Versions<F>], d: &mut Diagnostics) {
    let menus = [config.menus.main.as_ref(), config.menus.footer.as_ref()];
    for entry in menus.into_iter().flatten().flatten() {
        let Some(slug) = entry.page.as_deref() else {
            continue;
        };
        if pages.iter().any(|p| p.slug == slug) {
            continue;
        }
        let help = suggest(slug, pages.iter().map(|p| p.slug.as_str()))
            .unwrap_or_else(|| msg!("menu-page-unknown-help"));
        d.push(
            Diagnostic::error(msg!("menu-page-unknown", slug = slug))
                .in_file(crate::config::SITE_FILE)
                .at(entry.pos)
                .help(help),
        );
    }
}
