//! Every piece of Markdown rendered once per reader language, in parallel:
//! page and story bodies, and the Markdown fields of YAML items. Links to
//! other items resolve to the reader's language, so a fallback text is
//! rendered for each language that shows it.

mod anchors;
mod jobs;
mod keys;
mod update;

pub use jobs::{every_text, Jobs};
use jobs::{item_texts, Job};
pub use update::Changes;

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::discover::Kind;
use crate::links::{same_answers, Asked, Links, Lookup};
use crate::markdown::{self, Env, Rendered};
use keys::{BodyKey, FieldKey, Key, TextRef, Texts};
use rayon::prelude::*;
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};

#[derive(Debug)]
pub struct Body {
    pub rendered: Rendered,
    /// Language of the text; differs from the reader's on a fallback.
    pub content_lang: String,
    /// Hash of everything the rendering depended on but the link table
    /// (`Job::hash`), and what it asked of the link table: both the same in
    /// the next `serve` rebuild, the body is reused as it is.
    inputs: u64,
    asked: Vec<Asked>,
}

#[derive(Debug, Default)]
pub struct Content {
    bodies: Texts<BodyKey>,
    fields: Texts<FieldKey>,
    /// Texts rendered by this build (the others came from the memo).
    pub rendered: usize,
    /// Whether the texts were rendered to be kept for the next build
    /// (`serve`), noting their keys and questions.
    kept: bool,
    /// The `Links::key` of the link table the texts' questions were
    /// answered by, when kept.
    links_key: Option<u64>,
    /// The hash of the settings the texts were rendered under, when kept
    /// (`update::settings_key`).
    settings_key: Option<u64>,
}

impl Content {
    /// A hash of the rendered texts of the kinds of item `counted`
    /// accepts, and one per item of `by_item` (by slug), which `counted`
    /// must not accept (what a page shows of a text: HTML, contents,
    /// language, length), the same whatever order they are in
    /// (`memo::Digest`).
    pub fn hash_texts(
        &self,
        counted: impl Fn(Kind) -> bool,
        by_item: Kind,
    ) -> (u64, FxHashMap<&str, u64>) {
        fn hash_of(key: &impl Hash, body: &Body) -> u64 {
            let r = &body.rendered;
            let shown = (r.html_key(), &r.toc, &body.content_lang, r.words);
            crate::fingerprint::of(&(key, shown))
        }
        let mut items: FxHashMap<&str, u64> = FxHashMap::default();
        let mut all = 0u64;
        let bodies = self
            .bodies
            .iter()
            .map(|(key, b)| (key.0, &key.1, hash_of(key, b)));
        let fields = self
            .fields
            .iter()
            .map(|(key, b)| (key.0, &key.1, hash_of(key, b)));
        for (kind, slug, hash) in bodies.chain(fields) {
            if kind == by_item {
                let sum = items.entry(slug.as_str()).or_default();
                *sum = sum.wrapping_add(hash);
            } else if counted(kind) {
                all = all.wrapping_add(hash);
            }
        }
        (all, items)
    }

    /// How many texts (bodies and Markdown fields, per reader language).
    pub fn texts(&self) -> usize {
        self.bodies.len() + self.fields.len()
    }

    pub fn body(&self, kind: Kind, slug: &str, lang: &str) -> Option<&Body> {
        self.bodies.get(&TextRef(kind, [slug, lang]))
    }

    pub fn field(&self, kind: Kind, slug: &str, field: &str, lang: &str) -> Option<&RichField> {
        self.fields.get(&TextRef(kind, [slug, field, lang]))
    }
}

impl Content {
    /// Let go of the rendered HTML once the pages and feeds are made (a
    /// `build` of 10,000 pages holds tens of megabytes of it); the plain
    /// text stays for the search index.
    pub fn release_html(&mut self) {
        for (_, body) in self.texts_mut() {
            body.rendered.set_html(String::new());
            body.rendered.with_markers = None;
        }
    }

    /// Let go of each text's anchors and of its links to anchors once they
    /// are checked (`finish`): a `build` checks them once (34 MiB at 50,000
    /// pages); `serve` checks every text's links again after an edit.
    pub fn release_anchors(&mut self) {
        for (_, body) in self.texts_mut() {
            body.rendered.anchors = BTreeSet::new();
            body.rendered.anchor_checks = Vec::new();
        }
    }

    /// Every text, with the language of the reader it is rendered for.
    pub fn texts_mut(&mut self) -> impl Iterator<Item = (&str, &mut Body)> {
        let bodies = self.bodies.iter_mut().map(|((_, _, l), b)| (l.as_str(), b));
        let fields = self
            .fields
            .iter_mut()
            .map(|((_, _, _, l), b)| (l.as_str(), b));
        bodies.chain(fields)
    }
}

pub type RichField = Body;

/// Every Markdown text of the site, rendered. `memo` is given by a caller
/// that keeps the result for its next build (`serve`; empty the first
/// time): a text whose inputs did not change is taken from it instead of
/// being rendered again. `files`: the parse's cache, with the hash of each
/// file's bytes (`Job::hash`).
pub fn render_all(
    Jobs(jobs): Jobs<'_>,
    config: &Config,
    links: &Links,
    broken: &BTreeSet<(Kind, String)>,
    (memo, files): (Option<Content>, Option<&crate::parse::Cache>),
    diags: &mut Diagnostics,
) -> Content {
    // Only a caller that keeps the result for next time (serve) needs the
    // keys: `build` and `check` render everything once and skip hashing
    // the whole site's Markdown.
    let Some(mut memo) = memo else {
        let todo = jobs.into_iter().map(|job| (job, 0)).collect();
        let rendered = render_jobs(todo, links, config, false);
        let fresh = rendered.len();
        return finish(rendered, fresh, broken, diags);
    };
    let links_key = links.key();
    let same_table = memo.links_key == Some(links_key);
    let inputs = (config, files);
    let (mut results, todo) = reusable(jobs, &mut memo, links, inputs, same_table);
    let rendered = render_jobs(todo, links, config, true);
    let fresh = rendered.len();
    results.extend(rendered);
    let mut content = finish(results, fresh, broken, diags);
    content.kept = true;
    content.links_key = Some(links_key);
    content.settings_key = Some(update::settings_key(config));
    content
}

/// Renderings kept, and jobs left to render with the hash of their inputs.
type Reusable<'a> = (Vec<(Key, Body)>, Vec<(Job<'a>, u64)>);

/// The renderings of the last build that are as good as new (same inputs,
/// same answers from the link table), and the jobs left to render.
/// `same_table`: whether `links` is the table the memo's texts asked.
fn reusable<'a>(
    jobs: Vec<Job<'a>>,
    memo: &mut Content,
    links: &Links,
    (config, files): (&Config, Option<&crate::parse::Cache>),
    same_table: bool,
) -> Reusable<'a> {
    let file = |job: &Job| files.and_then(|files| crate::parse::bytes_hash(files, &job.file));
    let hashes: Vec<u64> = jobs
        .par_iter()
        .map(|job| job.hash(config, file(job)))
        .collect();
    let kept: Vec<Option<Body>> = jobs
        .iter()
        .map(|job| match &job.key {
            Key::Body(k, s, l) => memo.bodies.swap_remove(&TextRef(*k, [s, l])),
            Key::Field(k, s, f, l) => memo.fields.swap_remove(&TextRef(*k, [s, f, l])),
        })
        .collect();
    // Asking the link table again for every text is most of a rebuild's
    // Markdown stage when nothing changed: on every core.
    let reused: Vec<Option<Body>> = kept
        .into_par_iter()
        .zip(&hashes)
        .map(|(kept, inputs)| {
            kept.filter(|body| {
                body.inputs == *inputs && same_answers(links, &body.asked, same_table)
            })
        })
        .collect();
    let mut results: Vec<(Key, Body)> = Vec::with_capacity(jobs.len());
    let mut todo = Vec::new();
    for ((job, inputs), reused) in jobs.into_iter().zip(hashes).zip(reused) {
        match reused {
            Some(body) => results.push((job.key, body)),
            None => todo.push((job, inputs)),
        }
    }
    (results, todo)
}

/// Render each job, on every core, keeping its key (and, when `noting`,
/// what it asked of the link table).
fn render_jobs(
    todo: Vec<(Job<'_>, u64)>,
    links: &Links,
    config: &Config,
    noting: bool,
) -> Vec<(Key, Body)> {
    todo.into_par_iter()
        .map(|(job, inputs)| {
            let asked = RefCell::new(Vec::new());
            let lookup = match noting {
                true => Lookup::noting(links, &asked),
                false => Lookup::new(links),
            };
            let reader = match &job.key {
                Key::Body(_, _, l) | Key::Field(_, _, _, l) => l.as_str(),
            };
            let env = Env {
                links: lookup,
                lang: reader,
                content_lang: &job.content_lang,
                dir: config
                    .language(&job.content_lang)
                    .map_or(crate::lang::Dir::Ltr, |l| l.dir),
                file: &job.file,
                first_line: job.first_line,
                fixed_pos: job.fixed_pos,
                trust_raw_html: config.trust_raw_html,
                allow_external_images: config.allow_external_images,
            };
            let rendered = markdown::render(&job.markdown, &env);
            // The Markdown goes here, unless the site still holds it.
            let Job {
                key, content_lang, ..
            } = job;
            (
                key,
                Body {
                    rendered,
                    content_lang: content_lang.into_owned(),
                    inputs,
                    asked: asked.into_inner(),
                },
            )
        })
        .collect()
}

/// Every body in place, its diagnostics reported, anchors checked.
fn finish(
    results: Vec<(Key, Body)>,
    rendered: usize,
    broken: &BTreeSet<(Kind, String)>,
    diags: &mut Diagnostics,
) -> Content {
    let bodies = results.iter().filter(|(k, _)| matches!(k, Key::Body(..)));
    let bodies = bodies.count();
    let fields = results.len() - bodies;
    let mut content = Content {
        rendered,
        bodies: Texts::with_capacity_and_hasher(bodies, FxBuildHasher),
        fields: Texts::with_capacity_and_hasher(fields, FxBuildHasher),
        ..Content::default()
    };
    for (key, body) in results {
        // Copied, not taken: a body reused by the next rebuild still has
        // its warnings to report.
        diags.extend(body.rendered.diagnostics.iter().cloned());
        match key {
            Key::Body(k, s, l) => {
                content.bodies.insert((k, s, l), body);
            }
            Key::Field(k, s, f, l) => {
                content.fields.insert((k, s, f.to_string(), l), body);
            }
        }
    }
    anchors::check_anchors(&content, broken, diags);
    content
}

impl Job<'_> {
    /// Everything `markdown::render` reads for this job but the link
    /// table (whose answers the body notes): the text, where it is, the
    /// languages, the settings. The text is taken as the hash of its
    /// file's bytes when the parse kept one (`file`): the file's parse,
    /// and so the text, is made from those bytes alone, and hashing every
    /// text's Markdown again was a fifth of a rebuild's instructions at
    /// 10,000 pages.
    fn hash(&self, config: &Config, file: Option<u64>) -> u64 {
        let mut h = crate::fingerprint::Fingerprint::new();
        let reader = match &self.key {
            Key::Body(_, _, l) | Key::Field(_, _, _, l) => l,
        };
        match file {
            Some(bytes) => (0u8, bytes).hash(&mut h),
            None => (1u8, &*self.markdown).hash(&mut h),
        }
        // Counted first, so that the codes cannot run into what follows.
        config.codes().count().hash(&mut h);
        config.codes().for_each(|code| code.hash(&mut h));
        (
            &config.base_path,
            reader,
            &*self.content_lang,
            &*self.file,
            self.first_line,
            self.fixed_pos.map(|p| (p.line, p.column)),
            config.trust_raw_html,
            config.allow_external_images,
            config
                .language(&self.content_lang)
                .map(|l| l.dir == crate::lang::Dir::Rtl),
        )
            .hash(&mut h);
        h.finish()
    }
}
