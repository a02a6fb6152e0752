//! fadaa builds the Réseau Espace Citoyen's bilingual site from Markdown and
//! YAML. The pipeline is the module list, each stage a function from the
//! previous stage's value to the next, reporting into one diagnostics sink:
//!
//! ```text
//! config    content/site.yaml                    -> Config
//! discover  walk content/ (sorted)               -> Vec<SourceFile>
//! parse     front matter + YAML (rayon)          -> Parsed
//! resolve   pair translations, check references  -> Site (immutable)
//! content   Markdown, links and anchors (rayon)  -> Content
//! render    templates, every page (rayon)        -> Output (in memory)
//! search    index per language, sharded           -> more Output
//! assets    theme static, assets/, bundle files  -> Copies
//! output    write aside, swap in atomically
//! ```
//!
//! Only `config`, `discover`, `parse`, `assets` and `output` touch the disk.
//! The library never prints: it returns a report or the diagnostics.

pub mod aliases;
pub mod assets;
pub mod catalog;
pub mod chart;
pub mod check;
pub mod cms;
pub mod columns;
pub mod config;
pub mod content;
pub mod diag;
pub mod discover;
pub mod escape;
pub mod excel_csv;
pub mod feeds;
pub mod frontmatter;
pub mod highlight;
pub mod hashed;
pub mod hints;
pub mod hours;
pub mod i18n;
pub mod images;
pub mod inputs;
pub mod init;
pub mod lang;
pub mod limits;
pub mod links;
pub mod map;
pub mod markdown;
pub mod menus;
pub mod messages;
pub mod model;
pub mod opendata;
pub mod output;
pub mod parse;
pub mod render;
pub mod resolve;
pub mod resources;
pub mod safe_files;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod sitemap;
pub mod stamp;
pub mod templates;
pub mod typography;
pub mod view;
pub mod theme;
pub mod writers;
pub mod yaml;

use config::BuildOptions;
use diag::{Diagnostic, Diagnostics};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// What a successful build did.
#[derive(Debug)]
pub struct BuildReport {
    pub output: PathBuf,
    pub pages_per_lang: BTreeMap<String, usize>,
    pub written: output::Written,
    /// Warnings (the build succeeded, but these deserve a look) and notes
    /// (what the build did, such as converting a file to UTF-8).
    pub warnings: Vec<Diagnostic>,
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// Cover widths made by this build, and found in the image cache.
    pub images_resized: usize,
    pub images_from_cache: usize,
    /// Set when the output was already built from these very inputs and
    /// was left as it is: what its marker records.
    pub unchanged: Option<stamp::Stamp>,
}

/// A whole site, rendered in memory, not yet written anywhere.
#[derive(Debug)]
pub struct Rendered {
    /// The resolved site the files were made from (its config included).
    pub site: site::Site,
    /// Its rendered Markdown (without the HTML after a `build`, which
    /// has written it) and published data files.
    pub content: content::Content,
    pub data: resources::Resources,
    /// Generated files by output path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Files copied as they are: output path → source path.
    pub copies: assets::Copies,
    pub pages_per_lang: BTreeMap<String, usize>,
    /// Each page's fingerprint (only when a previous build was given).
    pub fingerprints: std::collections::HashMap<String, u64>,
    /// Pages rendered by this build (the others were reused).
    pub rendered_pages: usize,
    /// `build`'s staging folder, holding the pages already written.
    pub staging: Option<output::Staging>,
    pub warnings: Vec<Diagnostic>,
    /// How long each stage took, in order (`--verbose` prints them).
    pub timings: Vec<(&'static str, std::time::Duration)>,
    /// With a previous build (`serve`): what rendering one text's pages
    /// again needs, kept for the next edit.
    pub retained: Option<Retained>,
}

/// The parts of a build that `serve` keeps to render the pages of one
/// edited text again without building the whole site.
pub struct Retained {
    pub plan: render::Plan,
    pub templates: templates::Templates,
    pub strings: Arc<i18n::Strings>,
    pub links: links::Links,
}

impl std::fmt::Debug for Retained {
    // Templates and plans are large and have no useful text form.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Retained { .. }")
    }
}

/// Stage durations, for `--verbose` and for profiling big sites.
struct Timer {
    last: std::time::Instant,
    laps: Vec<(&'static str, std::time::Duration)>,
}

impl Timer {
    fn start() -> Timer {
        Timer {
            last: std::time::Instant::now(),
            laps: Vec::new(),
        }
    }

    fn lap(&mut self, stage: &'static str) {
        let now = std::time::Instant::now();
        self.laps.push((stage, now - self.last));
        self.last = now;
    }
}

/// Build the site at `options.root`. On any error nothing is written and
/// every diagnostic of the run is returned, sorted by file and position.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Vec<Diagnostic>> {
    let started = std::time::Instant::now();
    // A site whose settings do not load goes on to report it below.
    let inputs = config::load(options, &mut Diagnostics::new())
        .map(|config| (stamp::fingerprint(&config), config.output));
    if let Some((fingerprint, output)) = &inputs {
        let last = stamp::Stamp::read(output).filter(|s| s.inputs == *fingerprint);
        if let Some(last) = last.filter(|_| !options.force) {
            output::clear_leftovers(output);
            return Ok(BuildReport {
                output: output.clone(),
                pages_per_lang: last.pages_per_lang.clone(),
                written: output::Written::default(),
                warnings: Vec::new(),
                timings: vec![("fingerprint", started.elapsed())],
                images_resized: 0,
                images_from_cache: 0,
                unchanged: Some(last),
            });
        }
    }
    let fingerprinted = started.elapsed();
    // The rendered Markdown and the rest of the site are let go before
    // writing: only the files are needed now.
    let Rendered {
        site,
        files,
        copies,
        pages_per_lang,
        warnings,
        mut timings,
        data,
        staging,
        ..
    } = render_site_inner(options, None, true)?;
    timings.insert(0, ("fingerprint", fingerprinted));
    let (images_resized, images_from_cache) = (data.images.resized, data.images.from_cache);
    drop(data);
    let output = site.config.output;
    let writing = std::time::Instant::now();
    let stamp = inputs.map(|(fingerprint, _)| stamp::Stamp {
        inputs: fingerprint,
        pages_per_lang: pages_per_lang.clone(),
        warnings: warnings
            .iter()
            .filter(|d| d.severity == diag::Severity::Warning)
            .count(),
    });
    let finished = match staging {
        Some(mut staging) => {
            if let Some(stamp) = &stamp {
                staging.set_stamp(stamp);
            }
            staging.finish(&files, &copies)
        }
        None => output::write(&output, &files, &copies),
    };
    let written = finished.map_err(|d| {
        let mut all = warnings.clone();
        all.push(d);
        all
    })?;
    timings.push(("write", writing.elapsed()));
    Ok(BuildReport {
        output,
        pages_per_lang,
        written,
        warnings,
        timings,
        images_resized,
        images_from_cache,
        unchanged: None,
    })
}

/// Every stage but the last: the site in memory, or every diagnostic.
/// `build` writes it; `check` inspects it; `serve` serves it from memory.
pub fn render_site(options: &BuildOptions) -> Result<Rendered, Vec<Diagnostic>> {
    render_site_with(options, None)
}

/// `render_site`, reusing the pages of a previous build whose variables
/// did not change (`serve` passes its last good build). With a previous
/// build the search files are left out (`search::files` makes them from
/// the `Rendered` parts).
pub fn render_site_with(
    options: &BuildOptions,
    previous: Option<&mut render::Previous>,
) -> Result<Rendered, Vec<Diagnostic>> {
    render_site_inner(options, previous, false)
}

/// With `stream`, pages go to the output's staging folder as they are
/// rendered, and `Rendered::staging` holds it for `build` to finish.
fn render_site_inner(
    options: &BuildOptions,
    mut previous: Option<&mut render::Previous>,
    stream: bool,
) -> Result<Rendered, Vec<Diagnostic>> {
    // The previous build's Markdown, to reuse what did not change. It is
    // handed back if this build fails, with what this build rendered.
    let memo = previous
        .as_mut()
        .map(|p| p.markdown.take().unwrap_or_default());
    let mut diags = Diagnostics::new();
    let mut timer = Timer::start();
    let Some(config) = config::load(options, &mut diags) else {
        keep_markdown(previous, memo);
        return Err(diags.into_sorted());
    };
    let files = discover::discover(&config, &mut diags);
    timer.lap("discover");
    let parsed = parse::parse(&files, &mut diags);
    timer.lap("parse");
    let known = parsed.known.clone();
    let broken = parsed.broken.clone();
    let mut site = resolve::resolve(config, parsed, &mut diags);
    timer.lap("resolve");
    let strings = Arc::new(i18n::load(&site.config, &mut diags));
    // Static files first: templates link to stylesheets by their hashed names.
    let mut copies = assets::collect(&site, &mut diags);
    let hashed = hashed::apply(&mut copies, &mut diags);
    let templates = templates::load(&site.config, &strings, &hashed.names, &mut diags);
    timer.lap("templates");
    let links = links::Links::new(&site, &known, &broken);
    let mut content = content::render_all(&site, &links, &broken, memo, &mut diags);
    // `build` has no use for the Markdown any more (tens of megabytes at
    // 10,000 pages); `serve` renders an edited text from it again.
    if stream {
        site.release_markdown();
    }
    timer.lap("markdown");
    let mut data = resources::prepare(&site, &mut diags);
    columns::check(&site, &data, &mut diags);
    timer.lap("datasets");
    data.images = images::prepare(&site, &mut diags);
    images::heavy_photos(&site, &mut diags);
    timer.lap("images");
    let Some(templates) = templates.filter(|_| !diags.has_errors()) else {
        keep_markdown(previous, Some(content));
        return Err(diags.into_sorted());
    };
    let staging = if stream {
        Some(output::Staging::new(&site.config.output).map_err(|d| {
            diags.push(d);
            std::mem::take(&mut diags).into_sorted()
        })?)
    } else {
        None
    };
    let keep = match &staging {
        Some(s) => render::Keep::Stream(s),
        None => render::Keep::Memory(previous.as_deref()),
    };
    let mut out = render::render(
        &site, &content, &data, &templates, &strings, keep, &mut diags,
    );
    timer.lap("render");
    out.files.extend(
        data.by_file
            .values()
            .filter(|r| r.source.is_none())
            .map(|r| (r.path.clone(), r.bytes.clone())),
    );
    for ds in &site.datasets {
        let package = catalog::datapackage(&site, &data, ds);
        out.files
            .insert(catalog::datapackage_path(&ds.slug), pretty_json(&package));
    }
    out.files.insert(
        catalog::CATALOG_PATH.into(),
        pretty_json(&catalog::catalog(&site, &data)),
    );
    add_site_files(&site, &content, &mut out);
    timer.lap("feeds+sitemap+catalog");
    // `build` writes what it has rendered and needs no HTML any more;
    // `check` and `serve` keep it.
    if stream {
        content.release_html();
    }
    aliases::write(
        &site,
        &strings,
        &out.plan.routes,
        &mut out.files,
        &mut diags,
    );
    // `serve` serves a rebuilt page first and indexes it just after.
    if previous.is_none() {
        out.files
            .extend(search::files(&site, &content, &data, &strings));
        timer.lap("search");
    }
    let fingerprints = std::mem::take(&mut out.fingerprints);
    let pages_per_lang = out.plan.pages_per_lang.clone();
    let retained = previous.as_ref().map(|_| Retained {
        plan: std::mem::take(&mut out.plan),
        templates,
        strings,
        links,
    });
    let rendered_pages = out.rendered;
    out.files.extend(hashed.files);
    // Resized covers are copied from the image cache.
    copies.extend(
        data.images
            .files
            .iter()
            .map(|(path, file)| (path.clone(), theme::Source::Disk(file.clone()))),
    );
    // Large dataset files are published as they are, never held in memory.
    copies.extend(
        data.by_file
            .values()
            .filter_map(|r| Some((r.path.clone(), theme::Source::Disk(r.source.clone()?)))),
    );
    timer.lap("assets");
    if diags.has_errors() {
        keep_markdown(previous, Some(content));
        return Err(diags.into_sorted());
    }
    Ok(Rendered {
        site,
        content,
        data,
        files: out.files,
        copies,
        pages_per_lang,
        fingerprints,
        rendered_pages,
        staging,
        warnings: diags.into_sorted(),
        timings: timer.laps,
        retained,
    })
}

/// A failed `serve` rebuild leaves the Markdown it has for the next one:
/// each text is keyed by its inputs, so a failed build's renderings are as
/// good as a successful one's.
fn keep_markdown(previous: Option<&mut render::Previous>, content: Option<content::Content>) {
    if let Some(previous) = previous {
        previous.markdown = content;
    }
}

fn pretty_json(value: &serde_json::Value) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// Files every site has beside its pages.
fn add_site_files(site: &site::Site, content: &content::Content, out: &mut render::Output) {
    let config = &site.config;
    for lang in config.codes() {
        out.files.insert(
            format!("{lang}/atom.xml"),
            feeds::atom(site, content, lang).into_bytes(),
        );
    }
    let routes: Vec<Vec<String>> = out
        .plan
        .routes
        .iter()
        .map(|(rest, langs)| langs.iter().map(|l| format!("{l}/{rest}")).collect())
        for (path, feed) in feeds::scoped(site, content, lang) {
            out.files.insert(path, feed.into_bytes());
        }
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
