//! fadaa builds the Réseau Espace Citoyen's bilingual site from Markdown and
//! YAML. `pipeline` runs the stages in order (settings → discover → parse →
//! resolve → theme → content → render → derive); `build` below writes what
//! they made (`output`: aside, precompressed, swapped in atomically).
//!
//! Only `config`, `discover`, `parse`, `theme`, `assets` and `output` touch
//! the disk. The library never prints: it returns a report or the
//! diagnostics.

pub mod address;
pub mod analyzer;
pub mod assets;
pub mod chart;
pub mod check;
pub mod cms;
pub mod columns;
pub mod config;
pub mod content;
pub mod derive;
pub mod diag;
pub mod discover;
pub mod escape;
pub mod excel_csv;
pub mod fingerprint;
pub mod fit;
pub mod frontmatter;
pub mod geo;
pub mod hashed;
pub mod highlight;
pub mod hints;
pub mod hours;
pub mod i18n;
pub mod images;
pub mod init;
pub mod inputs;
pub mod lang;
pub mod limits;
pub mod links;
pub mod map;
pub mod markdown;
pub mod memo;
pub mod menus;
pub mod messages;
pub mod model;
pub mod output;
pub mod parse;
pub mod pipeline;
pub mod render;
pub mod resolve;
pub mod resources;
pub mod safe_files;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod stamp;
pub mod templates;
pub mod theme;
pub mod typography;
pub mod view;
pub mod writers;
pub mod yaml;

use config::BuildOptions;
use diag::{Diagnostic, Diagnostics};
use std::collections::BTreeMap;
use std::path::PathBuf;

pub use pipeline::{Rendered, Retained};

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

/// Build the site at `options.root`. On any error nothing is written and
/// every diagnostic of the run is returned, sorted by file and position.
pub fn build(options: &BuildOptions) -> Result<BuildReport, Vec<Diagnostic>> {
    let started = std::time::Instant::now();
    // A site whose settings do not load goes on to report it below.
    let inputs = config::load(options, &mut Diagnostics::new())
        .map(|config| (stamp::fingerprint(&config), config));
    if let Some((fingerprint, config)) = &inputs {
        let output = &config.output;
        let last = stamp::Stamp::read(output).filter(|s| s.inputs == *fingerprint);
        if let Some(last) = last.filter(|_| !options.force) {
            output::clear_leftovers(output, &output::keep::kept(&config.keep));
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
    } = pipeline::run(options, None, pipeline::Sink::Staging)?;
    timings.insert(0, ("fingerprint", fingerprinted));
    let (images_resized, images_from_cache) = (data.images.resized, data.images.from_cache);
    drop(data);
    let output = site.config.output.clone();
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
        None => output::write(&site.config, &files, &copies),
    };
    let written = finished.map_err(|d| {
        let mut all = warnings.clone();
        all.push(d);
        all
    })?;
    let compressing = written.compressed.took;
    timings.push(("write", writing.elapsed().saturating_sub(compressing)));
    if site.config.precompress {
        timings.push(("precompress", compressing));
    }
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

/// `render_site`, reusing what `memo` holds of the builds before and
/// leaving this one's work in it (`serve`). With a memo the search files
/// are left out (`Rendered::search_index` makes them).
///
/// A successful build with a memo must be put in service before the next
/// build with that memo (`Memo::keep`, or `Rendered::apply_to` on the
/// files the memo is lent, as `serve` does): the memo then holds what
/// each page in service was made from, and the next build keeps a page
/// it would make the same without looking for it among those files.
pub fn render_site_with(
    options: &BuildOptions,
    memo: Option<&mut memo::Memo>,
) -> Result<Rendered, Vec<Diagnostic>> {
    pipeline::run(options, memo, pipeline::Sink::Memory)
}
