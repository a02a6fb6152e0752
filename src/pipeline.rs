//! The stages of a build, in order, each a function from the previous
//! stage's values to the next, all reporting into one `Diagnostics`:
//!
//! ```text
//! settings  content/site.yaml                       -> Config
//! discover  walk content/ (sorted)                  -> files
//! parse     front matter + YAML (rayon)             -> Parsed
//! resolve   pair translations, check references     -> Site (read only)
//! theme     UI strings, static files, templates     -> Theme
//! content   Markdown, links, data files, photos     -> Content, Resources
//! render    every page (rayon)                      -> Output
//! derive    feeds, sitemap, catalog, open data,
//!           aliases, search index                   -> more files
//! write     (lib.rs `build`) aside, swap in          -> the output folder
//! ```
//!
//! What a later build may reuse (`serve`'s last good build) comes in as
//! `memo`; where rendered pages go, as `sink`.

use crate::assets::Copies;
use crate::config::BuildOptions;
use crate::content::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::memo::digest::Digest;
use crate::memo::Memo;
use crate::resources::Resources;
use crate::site::Site;
use crate::theme::Source;
use crate::{
    assets, columns, config, content, discover, hashed, i18n, images, links, markdown, output,
    parse, render, resolve, resources, templates,
};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

mod derived;
mod rendered;
mod timer;
use derived::{derived, search_into};
pub use rendered::{Applied, Rendered, Retained};
use timer::Timer;

/// Where pages go as they are rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// Kept in memory (`check`, `serve`).
    Memory,
    /// Written to the output's staging folder at once (`build`): a site of
    /// 10,000 pages is never held whole.
    Staging,
}

/// Run every stage but writing. With a `memo` (`serve`), what did not
/// change since the build that left it is reused, and it is left holding
/// this build's work for the next; the search index is then not made here
/// (`serve` makes it once saves pause).
pub fn run(
    options: &BuildOptions,
    mut memo: Option<&mut Memo>,
    sink: Sink,
) -> Result<Rendered, Vec<Diagnostic>> {
    let mut diags = Diagnostics::new();
    let mut timer = Timer::start();
    // The previous build's Markdown, to reuse what did not change. It is
    // handed back if this build fails, with what this build rendered.
    let reused = memo.as_mut().map(|m| m.markdown.take().unwrap_or_default());
    let Some(mut read) = read(options, memo.as_deref_mut(), &mut diags, &mut timer) else {
        return failed(memo, reused, diags);
    };
    let kept = memo.as_deref_mut().map(|m| &mut m.templates);
    let theme = theme(&read.site, kept, &mut diags);
    timer.lap("templates");
    let files = memo.as_deref().map(|m| &m.parsed);
    let (mut content, links) = texts(&mut read, (reused, files), sink, &mut diags);
    timer.lap("markdown");
    let site = read.site;
    let data = data(&site, &mut diags, &mut timer);
    let Some(templates) = theme.templates.filter(|_| !diags.has_errors()) else {
        return failed(memo, Some(content), diags);
    };
    let names = &theme.names;
    let settings = settings(&site.config, (&theme.strings, names), memo.as_deref_mut());
    markdown::shortcodes::expand_all(&mut content, &site, &data, &templates, &mut diags);
    let staging = staging(sink, &site, &mut diags)?;
    let digest = memo
        .as_deref()
        .zip(read.sources.as_deref())
        .map(|(m, files)| Digest::of(files, &m.parsed, (&content, &data), settings));
    let keep = keep(staging.as_ref(), memo.as_deref_mut(), digest.as_ref());
    let strings = theme.strings;
    let mut out = render::render(
        &site, &content, &data, &templates, &strings, keep, &mut diags,
    );
    timer.lap("render");
    let made = (&site, &content, &data, &*strings);
    let sinks = (staging.as_ref(), digest.as_ref());
    derived(made, memo.as_deref_mut(), sinks, &mut out, &mut diags);
    timer.lap("feeds+sitemap+catalog");
    let pages_per_lang = out.plan.pages_per_lang.clone();
    // `build` has written its pages and feeds: their HTML can go before
    // the search index is made (a hundred megabytes at 10,000 pages).
    if sink == Sink::Staging {
        content.release_html();
    }
    // `serve` serves a rebuilt page first and indexes it just after.
    if memo.is_none() {
        search_into(&mut out, (&site, &content, &data, &strings));
        timer.lap("search");
    }
    out.files.extend(theme.hashed_files);
    let copies = copies(theme.copies, &data);
    timer.lap("assets");
    if diags.has_errors() {
        return failed(memo, Some(content), diags);
    }
    let retained = Retained {
        plan: std::mem::take(&mut out.plan),
        templates,
        strings,
        links,
    };
    let made = Made {
        site,
        names: theme.names,
        pages_per_lang,
        content,
        data,
        copies,
        staging,
    };
    Ok(finish(made, out, memo, retained, diags, timer))
}

/// Where rendered pages go: to the staging folder (`build`), or into
/// memory, over the pages in service when there is a memo (`serve`).
fn keep<'a>(
    staging: Option<&'a output::Staging>,
    memo: Option<&'a mut Memo>,
    digest: Option<&'a Digest>,
) -> render::Keep<'a> {
    let previous = memo.zip(digest).map(|(m, digest)| render::Previous {
        pages: &m.pages,
        shared: &mut m.shared,
        digest,
    });
    match staging {
        Some(s) => render::Keep::Stream(s),
        None => render::Keep::Memory(previous),
    }
}

/// A failed build's diagnostics; the Markdown it has is left in the memo
/// for the next: each text is keyed by its inputs, so a failed build's
/// renderings are as good as a successful one's.
fn failed(
    memo: Option<&mut Memo>,
    content: Option<Content>,
    diags: Diagnostics,
) -> Result<Rendered, Vec<Diagnostic>> {
    if let Some(memo) = memo {
        memo.markdown = content;
    }
    Err(diags.into_sorted())
}

/// Every text rendered, with the link table they were checked against.
fn texts(
    read: &mut Read,
    reused: (Option<Content>, Option<&parse::Cache>),
    sink: Sink,
    diags: &mut Diagnostics,
) -> (Content, links::Links) {
    let links = links::Links::new(&read.site, &read.known, &read.broken);
    let (mut memo, files) = reused;
    let changes = read.saved.as_ref().zip(read.sources.as_deref()).zip(files);
    let changes = changes.map(|((saved, sources), files)| content::Changes {
        saved,
        sources,
        files,
    });
    if let Some((kept, changes)) = memo.as_mut().zip(changes) {
        if kept.update(&read.site, &links, changes, &read.broken, diags) {
            return (memo.unwrap_or_default(), links);
        }
    }
    let reused = (memo, files);
    let jobs = content::every_text(&read.site);
    // `build` has no use for the site's Markdown (215 MiB at 50,000 pages):
    // each text's goes once rendered. `serve` renders an edited text from
    // it again.
    let jobs = match sink {
        Sink::Staging => {
            let jobs = jobs.owned();
            read.site.release_markdown();
            jobs
        }
        Sink::Memory => jobs,
    };
    let config = &read.site.config;
    let mut content = content::render_all(jobs, config, &links, &read.broken, reused, diags);
    // Nor for the anchors once checked; `serve` checks every text's
    // anchors again after an edit.
    if sink == Sink::Staging {
        content.release_anchors();
    }
    (content, links)
}

/// `build`'s staging folder, where pages are written as they are made.
fn staging(
    sink: Sink,
    site: &Site,
    diags: &mut Diagnostics,
) -> Result<Option<output::Staging>, Vec<Diagnostic>> {
    match sink {
        Sink::Memory => Ok(None),
        Sink::Staging => output::Staging::new(&site.config).map(Some).map_err(|d| {
            diags.push(d);
            std::mem::take(diags).into_sorted()
        }),
    }
}

/// What a successful build made, beside its rendered files.
struct Made {
    site: Site,
    /// The static files' published names the pages link to.
    names: hashed::Names,
    pages_per_lang: BTreeMap<String, usize>,
    content: Content,
    data: Resources,
    copies: Copies,
    staging: Option<output::Staging>,
}

/// The build's result; with a memo, its pages' fingerprints are kept for
/// the next build, and what rendering one text again needs is retained.
fn finish(
    made: Made,
    mut out: render::Output,
    memo: Option<&mut Memo>,
    retained: Retained,
    diags: Diagnostics,
    timer: Timer,
) -> Rendered {
    let retained = memo.map(|memo| {
        memo.pages.stamps = std::mem::take(&mut out.stamps);
        memo.pages.readers = out.readers.take();
        memo.names = made.names;
        retained
    });
    Rendered {
        site: made.site,
        content: made.content,
        data: made.data,
        pages_per_lang: made.pages_per_lang,
        rendered_pages: out.rendered,
        files: out.files,
        kept: out.kept,
        copies: made.copies,
        staging: made.staging,
        warnings: diags.into_sorted(),
        timings: timer.laps,
        retained,
    }
}

/// What the stages before the theme make: the site, and which items exist
/// or are broken (for links).
struct Read {
    site: Site,
    known: Arc<BTreeSet<(Kind, String)>>,
    broken: Arc<BTreeSet<(Kind, String)>>,
    /// The source files, when there is a memo (for its `Digest`).
    sources: Option<Arc<[discover::SourceFile]>>,
    /// The files saved since the memo's parse, when no file came or went
    /// since (`content::Changes`).
    saved: Option<discover::Saved>,
}

/// settings → discover → parse → resolve.
fn read(
    options: &BuildOptions,
    memo: Option<&mut Memo>,
    diags: &mut Diagnostics,
    timer: &mut Timer,
) -> Option<Read> {
    let config = config::load(options, diags)?;
    let (parsed, sources, saved) = match memo {
        Some(memo) => {
            let (files, same_list) = memo.source_files(&config, diags);
            timer.lap("discover");
            let parsed = parse::parse_with(&files, &mut memo.parsed, &memo.saved, diags);
            let saved = memo.parsed();
            (parsed, Some(files), same_list.then_some(saved))
        }
        None => {
            let files = discover::discover(&config, diags);
            timer.lap("discover");
            (parse::parse(&files, diags), None, None)
        }
    };
    timer.lap("parse");
    let known = Arc::clone(&parsed.known);
    let broken = Arc::clone(&parsed.broken);
    let site = resolve::resolve(config, parsed, diags);
    timer.lap("resolve");
    Some(Read {
        site,
        known,
        broken,
        sources,
        saved,
    })
}

/// The theme, ready to draw: UI strings, the static files (stylesheets,
/// scripts and fonts under their hashed names, which templates link to),
/// the templates.
struct Theme {
    strings: Arc<Strings>,
    copies: Copies,
    hashed_files: BTreeMap<String, Vec<u8>>,
    /// The published name of each static file with a hashed name.
    names: hashed::Names,
    templates: Option<templates::Templates>,
}

fn theme(site: &Site, kept: Option<&mut templates::Kept>, diags: &mut Diagnostics) -> Theme {
    let strings = Arc::new(i18n::load(&site.config, diags));
    let mut copies = assets::collect(site, diags);
    let hashed = hashed::apply(&mut copies, diags);
    let templates = templates::load(&site.config, &strings, &hashed.names, diags, kept);
    Theme {
        strings,
        copies,
        hashed_files: hashed.files,
        names: hashed.names,
        templates,
    }
}

/// `every_page_key`, with which a memo's pages are kept or forgotten
/// (`Memo::check_every_page`).
fn settings(
    config: &config::Config,
    (strings, names): (&Strings, &hashed::Names),
    memo: Option<&mut Memo>,
) -> u64 {
    let settings = every_page_key(config, strings);
    if let Some(memo) = memo {
        memo.check_every_page(settings, names);
    }
    settings
}

/// A hash of what shapes every page without being one of its variables:
/// the UI strings (templates look them up) and the settings. Pages made
/// under another are not reused. (Each page's fingerprint has its own
/// template's key: `Templates::key_of`.)
fn every_page_key(config: &config::Config, strings: &Strings) -> u64 {
    let text = format!("{strings:?}{config:?}");
    xxhash_rust::xxh3::xxh3_64(text.as_bytes())
}

/// Datasets read and checked, photos resized.
fn data(site: &Site, diags: &mut Diagnostics, timer: &mut Timer) -> Resources {
    let mut data = resources::prepare(site, diags);
    columns::check(site, &data, diags);
    timer.lap("datasets");
    data.images = images::prepare(site, diags);
    images::heavy_photos(site, diags);
    timer.lap("images");
    data
}

/// Every file copied as it is: the theme's and the site's static files,
/// resized photos from the image cache, and large dataset files (never
/// held in memory).
fn copies(mut copies: Copies, data: &Resources) -> Copies {
    let photos = data.images.files.iter();
    copies.extend(photos.map(|(path, file)| (path.clone(), Source::Disk(file.clone()))));
    let datasets = data.by_file.values();
    copies.extend(datasets.filter_map(|r| Some((r.path.clone(), Source::Disk(r.source.clone()?)))));
    copies
}
