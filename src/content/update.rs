//! A `serve` rebuild's Markdown when no file came or went and the link
//! table is as it was: the last build's texts are kept where they are,
//! and only the texts of the items whose files were saved are rendered
//! again (with any text whose link to a file under `assets/` now gets
//! another answer). Making a job for each of 8,740 texts, hashing its
//! inputs and moving it into a new table was most of the stage for a
//! title edited at 10,000 pages.
//!
//! Each text kept is one the whole way (`render_all` with a memo) would
//! have reused: its inputs are its item's files (the version a reader
//! gets depends on the others' front matter: a draft is left out), none
//! of which was saved, and the settings, which are the same; its link
//! questions get the same answers from the same table but for those that
//! look at the disk, which are asked again here.
//!
//! Also the shorter way still (`update_body`): `serve` renders again the
//! body of one page or story whose save changed nothing else.

use super::anchors::{self, checked};
use super::{item_texts, render_jobs, Content, Job, Key, TextRef};
use crate::config::Config;
use crate::diag::Diagnostics;
use crate::discover::{Kind, Role, Saved, SourceFile};
use crate::links::{same_answers, Links};
use crate::markdown;
use crate::parse;
use crate::site::Site;
use std::collections::BTreeSet;

/// What tells a rebuild which texts may have changed since the memo's.
pub struct Changes<'a> {
    /// The files saved since the memo's texts were made, when no file
    /// came or went since.
    pub saved: &'a Saved,
    /// The source files, as the walk found them.
    pub sources: &'a [SourceFile],
    /// The parse's cache, with the hash of each file's bytes.
    pub files: &'a parse::Cache,
}

/// A hash of the settings, under which texts are kept.
pub(super) fn settings_key(config: &Config) -> u64 {
    crate::fingerprint::of(&format!("{config:?}"))
}

impl Content {
    /// This memo's texts, with those `changes` may have touched rendered
    /// again, in place; `false`, and nothing done, when the texts were
    /// not kept, the link table or the settings differ, or which files
    /// were saved is not known: the caller then takes the whole way.
    pub fn update(
        &mut self,
        site: &Site,
        links: &Links,
        changes: Changes<'_>,
        broken: &BTreeSet<(Kind, String)>,
        diags: &mut Diagnostics,
    ) -> bool {
        let config = &site.config;
        let same = self.kept
            && matches!(changes.saved, Saved::Paths(_))
            && self.links_key == Some(links.key())
            && self.settings_key == Some(settings_key(config));
        if !same {
            return false;
        }
        let mut items = saved_items(changes.sources, changes.saved);
        items.extend(self.asking_again(links));
        for (kind, slug) in &items {
            self.drop_item(config, *kind, slug);
        }
        let jobs = items
            .iter()
            .flat_map(|(kind, slug)| item_texts(site, *kind, slug));
        let file = |job: &Job| parse::bytes_hash(changes.files, &job.file);
        let todo: Vec<_> = jobs
            .map(|job| {
                let inputs = job.hash(config, file(&job));
                (job, inputs)
            })
            .collect();
        let fresh = render_jobs(todo, links, config, true);
        self.rendered = fresh.len();
        for (key, body) in fresh {
            match key {
                Key::Body(k, s, l) => self.bodies.insert((k, s, l), body),
                Key::Field(k, s, f, l) => self.fields.insert((k, s, f.to_string(), l), body),
            };
        }
        // As the whole way reports them: each text's warnings, then the
        // links to headings, which may point into a text made again.
        for body in self.bodies.values().chain(self.fields.values()) {
            diags.extend(body.rendered.diagnostics.iter().cloned());
        }
        anchors::check_anchors(self, broken, diags);
        true
    }

    /// The items (kind and slug) of texts kept whose questions about a
    /// file under `assets/` now get another answer: those are not saves
    /// of a source file.
    fn asking_again(&self, links: &Links) -> Vec<(Kind, String)> {
        let bodies = self.bodies.iter().map(|((k, s, _), b)| (*k, s, b));
        let fields = self.fields.iter().map(|((k, s, ..), b)| (*k, s, b));
        let changed = bodies
            .chain(fields)
            .filter(|(.., body)| !same_answers(links, &body.asked, true));
        changed.map(|(k, s, _)| (k, s.clone())).collect()
    }

    /// Forget the texts of `kind`/`slug` in every language.
    fn drop_item(&mut self, config: &Config, kind: Kind, slug: &str) {
        for lang in config.codes() {
            self.bodies.swap_remove(&TextRef(kind, [slug, lang]));
        }
        // A few hundred fields, whatever their names.
        self.fields
            .retain(|(k, s, ..), _| (*k, s.as_str()) != (kind, slug));
    }
}

/// The items with a file that was saved: named by the file, not found
/// through the site, which leaves out a version made a draft or dated
/// in the future (the reader then gets another language's text).
fn saved_items(sources: &[SourceFile], saved: &Saved) -> BTreeSet<(Kind, String)> {
    let saved_files = sources.iter().filter(|file| saved.touches(&file.rel));
    let items = saved_files.filter_map(|file| match &file.role {
        Role::Markdown { kind, slug, .. } | Role::Yaml { kind, slug } => Some((*kind, slug)),
        _ => None,
    });
    let with_texts = items.filter(|(kind, _)| {
        matches!(
            kind,
            Kind::Page | Kind::Story | Kind::Member | Kind::Dataset
        )
    });
    with_texts
        .map(|(kind, slug)| (kind, slug.clone()))
        .collect()
}

impl Content {
    /// After an edit of the body of one page or story alone (`serve`), the
    /// texts made from `file` rendered again for every reader language that
    /// shows it, in place; those languages. Only when
    /// nothing but the pages that show that body can change: no diagnostic,
    /// the same headings (other texts link to them), the same links to
    /// other texts' headings (checked when they were made), the same
    /// reading time (story cards show it). Otherwise `None`, and `self`
    /// is as it was: the caller builds the whole site.
    pub fn update_body(
        &mut self,
        site: &Site,
        links: &Links,
        kind: Kind,
        slug: &str,
        file: &str,
    ) -> Option<Vec<String>> {
        if !self.kept {
            return None;
        }
        let config = &site.config;
        if !matches!(kind, Kind::Page | Kind::Story) {
            return None;
        }
        let todo = item_texts(site, kind, slug)
            .into_iter()
            .filter(|job| job.file == file)
            .map(|job| {
                // Hashed whole: this short way does not update the parse's
                // cache, so the next whole build renders this text again
                // (its inputs then take the file's hash), and that is all.
                let inputs = job.hash(config, None);
                (job, inputs)
            })
            .collect();
        let fresh = render_jobs(todo, links, config, true);
        let same_outside = fresh.iter().all(|(key, new)| {
            let Key::Body(k, s, l) = key else {
                return false;
            };
            let Some(old) = self.body(*k, s, l) else {
                return false;
            };
            let (old, new) = (&old.rendered, &new.rendered);
            // Shortcodes need the templates, which only the whole build has.
            new.diagnostics.is_empty()
                && new.calls.is_empty()
                && old.anchors == new.anchors
                && markdown::reading_minutes(old.words) == markdown::reading_minutes(new.words)
                && old
                    .anchor_checks
                    .iter()
                    .map(checked)
                    .eq(new.anchor_checks.iter().map(checked))
        });
        if fresh.is_empty() || !same_outside {
            return None;
        }
        let mut langs = Vec::new();
        for (key, body) in fresh {
            if let Key::Body(k, s, l) = key {
                langs.push(l.clone());
                self.bodies.insert((k, s, l), body);
            }
        }
        Some(langs)
    }
}
