//! Pair translations, drop drafts and future items, check every reference.
//! Produces the immutable [`Site`]. By job: `pair` (items by slug and
//! language), `references` (the reference lists), `checker` (each item's
//! fields and references), `pages`, `members`, `services`, `events`.

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::discover::Kind;
use crate::model::{PageFront, StoryFront};
use crate::msg;
use crate::parse::{Markdown, Parsed};
use crate::site::{Site, Versions};
use crate::writers;
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

mod checker;
mod events;
mod fields;
mod members;
mod pages;
mod pair;
mod references;
mod services;

use checker::Checker;
use pair::{pair, unique};
use references::check_languages;
use references::references;

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
    let draft_page = |p: &Markdown<PageFront>| (p.front.draft, None);
    let mut pages = pair(Kind::Page, parsed.pages, &config, &mut d, draft_page);
    pages::check(&config, &pages, &mut d);
    let dated = |s: &Markdown<StoryFront>| (s.front.draft, Some(s.front.date));
    let mut stories = pair(Kind::Story, parsed.stories, &config, &mut d, dated);
    check_stories(&checker, &stories, &mut d);
    pages::check_written(&pages, &mut d);
    let members = members::checked(&checker, parsed.members, &mut d);
    let services = unique(parsed.services, Kind::Service, &mut d);
    services::check(&checker, &services, &mut d);
    let mut events = unique(parsed.events, Kind::Event, &mut d);
    events::check(&checker, &members, &events, &mut d);
    events.sort_by(|a, b| (a.data.start, &a.slug).cmp(&(b.data.start, &b.slug)));
    let datasets = unique(parsed.datasets, Kind::Dataset, &mut d);
    let mut deliverables = unique(parsed.deliverables, Kind::Deliverable, &mut d);
    check_data_and_deliverables(&checker, &datasets, &deliverables, &mut d);
    deliverables.sort_by(|a, b| (a.data.due, &a.slug).cmp(&(b.data.due, &b.slug)));
    order_stories(&config, &mut stories);
    pages::order(&config, &mut pages);
    // What is found on a line whose mistake was stood in for is about the
    // stand-in: the writer has been told about that line already.
    // (A duplicate slug is reported at 1:1 whatever stands there.)
    diags.extend(d.into_iter().filter(|x| {
        let at = x.file.clone().zip(x.pos.map(|p| p.line));
        let about_the_file = matches!(x.message.id, "slug-twice" | "slug-twice-in-lang");
        about_the_file || !at.is_some_and(|at| stood_in.contains(&at))
    }));
    let mut site = Site {
        config,
        refs,
        pages,
        members,
        stories,
        datasets,
        deliverables,
        services,
        events,
        bundle_files: Vec::new(),
    };
    site.bundle_files = published_files(&site, parsed.bundle_files, diags);
    site
}

/// Every story checked, on every core (4,000 stories in two languages
/// took half of a `serve` rebuild's resolve, one after the other); what
/// is found is in the order of a check one story after the other.
fn check_stories(checker: &Checker, stories: &[Versions<StoryFront>], d: &mut Diagnostics) {
    // Per story: what its fields' checks find, and what the writers' do.
    let found: Vec<(Diagnostics, Diagnostics)> = stories
        .par_iter()
        .map(|story| {
            let (mut fields, mut writing) = (Diagnostics::new(), Diagnostics::new());
            for version in story.by_lang.values() {
                checker.story(version, &mut fields);
            }
            writers::placeholders(story, &mut writing);
            writers::disagreements(story, &mut writing);
            writers::slug_written(story, |f| f.slug.as_deref(), &mut writing);
            (fields, writing)
        })
        .collect();
    let (fields, writing): (Vec<_>, Vec<_>) = found.into_iter().unzip();
    d.extend(fields.into_iter().flatten());
    d.extend(writing.into_iter().flatten());
}

fn check_data_and_deliverables(
    checker: &Checker,
    datasets: &[crate::site::Dataset],
    deliverables: &[crate::site::Deliverable],
    d: &mut Diagnostics,
) {
    for ds in datasets {
        checker.dataset(ds, d);
        writers::placeholder_texts(&ds.source, "title", Some(&ds.data.title), d);
    }
    for del in deliverables {
        checker.deliverable(del, d);
        writers::placeholder_texts(&del.source, "title", Some(&del.data.title), d);
        writers::placeholder_texts(&del.source, "summary", del.data.summary.as_ref(), d);
    }
}

/// Stories newest first (by the default language's date), then by slug.
/// Each story's date is looked up once, not in every comparison (half
/// of `resolve`'s samples in a `serve` rebuild at 50,000 pages).
fn order_stories(config: &Config, stories: &mut [Versions<StoryFront>]) {
    let date =
        |s: &Versions<StoryFront>| s.shown(&config.default_language, config).version.front.date;
    stories.sort_by_cached_key(|s| (std::cmp::Reverse(date(s)), s.slug.clone()));
}

/// The files of published items' folders: a draft's or a future story's
/// photos are not published before it is, and only files that cannot run
/// script on the site's origin are published (safe_files.rs); the others
/// are errors.
fn published_files(
    site: &Site,
    files: Vec<crate::parse::BundleFile>,
    diags: &mut Diagnostics,
) -> Vec<crate::parse::BundleFile> {
    let published: std::collections::HashSet<(Kind, &str)> =
        (site.pages.iter().map(|p| (Kind::Page, p.slug.as_str())))
            .chain(site.stories.iter().map(|s| (Kind::Story, s.slug.as_str())))
            .chain(site.members.iter().map(|m| (Kind::Member, m.slug.as_str())))
            .chain(
                site.datasets
                    .iter()
                    .map(|d| (Kind::Dataset, d.slug.as_str())),
            )
            .chain((site.deliverables.iter()).map(|d| (Kind::Deliverable, d.slug.as_str())))
            .chain(
                site.services
                    .iter()
                    .map(|s| (Kind::Service, s.slug.as_str())),
            )
            .chain(site.events.iter().map(|e| (Kind::Event, e.slug.as_str())))
            .collect();
    files
        .into_iter()
        .filter(|b| published.contains(&(b.kind, b.slug.as_str())))
        .filter(|b| {
            let refused =
                crate::safe_files::refusal(&b.name, || std::fs::read(&b.path).ok(), &b.rel);
            let safe = refused.is_none();
            diags.extend(refused);
            safe
        })
        .collect()
}

/// Two members with the same name in one language would be confused in the
/// directory and by search.
pub(super) fn duplicate_names(
    members: &[crate::site::Member],
    config: &Config,
    d: &mut Diagnostics,
) {
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
