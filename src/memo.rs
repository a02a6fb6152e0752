//! What one build leaves for the next to reuse, as one value. `serve`
//! keeps a `Memo` between rebuilds and hands it to `pipeline::run`; a
//! build without one (`build`, `check`) makes everything.
//!
//! Every part is keyed by what it was made from, so a memo can never make
//! a build differ from a whole one (the invariant `tests/integration/
//! incremental.rs` checks on random edits):
//!
//! - `parsed`: each source file's parse, by the hash of its bytes (or its
//!   size and an old enough modification time);
//! - `markdown`: each text's rendering, by the hash of its inputs and the
//!   answers of the link lookups it made (`content`, `links::Lookup`;
//!   when the link table is as it was, `Links::key`, only the questions
//!   that look at the disk are asked again), with the hash of its HTML;
//!   when no file came or went and the watcher says which were saved,
//!   the texts of the items none of whose files were saved are kept
//!   without their keys being made again (`content::update`), as the
//!   parse keeps the files not saved;
//! - `pages`: each page's and feed's bytes, by the hash of its variables
//!   and of its template's texts (`Templates::key_of`; of its entries,
//!   for a feed), valid only while `every_page` (the UI strings and
//!   settings, which shape pages without being variables) is the same;
//!   when only the static files' published `names` changed, the pages
//!   are kept with the new names put in. A story's page and a page of a
//!   list of stories hash what they read instead of their variables
//!   (`render::reads`, from this build's `digest::Digest`), and say which
//!   stories they read: when nothing else changed, the next build visits
//!   only the pages that read a story it changed (`render::readers`);
//! - `shared`: each language's story cards, by the hash of what each is
//!   made from, its directory (members, maps), by the digest of
//!   everything but the stories, and its part of the last plan (its
//!   lists and its pages' jobs), by what puts each story in a list
//!   (`render::kept`);
//! - `search`: each search document's terms, by the hash of its text;
//!   each shard and record file's bytes, by the hash of what it is
//!   written from; the lookup files, by the hash of the words and titles
//!   they are made from; the documents listed under each exact key, by
//!   the hash of every document's names; each story's document, by the
//!   hash of what it is made from; each excerpt, by the hash of its
//!   summary and body; the tokens of exact names and the written forms
//!   of title words, by their text;
//! - `templates`: the parsed templates, by the hash of their texts and of
//!   what their helpers are given;
//! - `saved` and `discovered`: which files `serve`'s watcher saw saved
//!   since the last parse, and the list of source files it had. Only the
//!   saved files are looked at again, and the list is walked again only
//!   when a file came or went (`Saved`).

use crate::content::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::{Saved, SourceFile};
use crate::hashed::Names;
use crate::parse;
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

pub mod digest;
pub mod generations;

pub mod pages;
use pages::Pages;

#[derive(Default)]
pub struct Memo {
    pub(crate) parsed: parse::Cache,
    /// The last good build's rendered Markdown; taken by the next build.
    pub markdown: Option<Content>,
    pub pages: Pages,
    /// The hash of what shapes every page without being one of its
    /// variables, when `pages` was made.
    pub(crate) every_page: Option<u64>,
    /// The published names of the static files the pages in service
    /// link to (`hashed`).
    pub(crate) names: Names,
    /// What the last search index leaves for the next, per language
    /// (`derive::search::kept`).
    pub search: crate::derive::search::kept::Memo,
    /// Each language's story cards, directory and part of the last plan,
    /// by what they are made from (`render::kept`).
    pub(crate) shared: crate::render::KeptShared,
    /// The last open data files and sitemap (`derive::Kept`).
    pub(crate) derived: crate::derive::Kept,
    /// The parsed templates, by the hash of what they are made from.
    pub(crate) templates: crate::templates::Kept,
    /// The files saved since the last parse.
    pub saved: Saved,
    /// Whether every save is reported to `saved` (`serve`'s watcher):
    /// files not reported are then taken as they were.
    watched: bool,
    /// The source files the last walk of `content/` found, and what it
    /// said of them.
    pub(crate) discovered: Option<Discovered>,
}

/// A walk of `content/`: the files found, and the diagnostics it gave.
pub(crate) struct Discovered {
    pub(crate) files: Arc<[SourceFile]>,
    pub(crate) diags: Vec<Diagnostic>,
}

impl Memo {
    /// The list of source files, as the last walk found it when nothing
    /// came or went since (with that walk's diagnostics).
    /// A walk that met an error (a folder it could not read) is not
    /// reused: the fix (its permissions) is no save the watcher reports.
    /// Nor is one that said something of a file saved since (a file it
    /// left out with a warning, deleted: the warning would stay).
    pub(crate) fn discovered(&self, root: &Path) -> Option<&Discovered> {
        let kept = self.discovered.as_ref()?;
        let clean = !kept.diags.iter().any(Diagnostic::is_error);
        let of_saved = |d: &Diagnostic| d.file.as_deref().is_some_and(|f| self.saved.touches(f));
        let current = !kept.diags.iter().any(of_saved);
        (clean && current && self.saved.keeps(&kept.files, root)).then_some(kept)
    }

    /// The source files: the last walk's list when no file came or went
    /// since (`discover::Saved`), else a new walk, kept for the next
    /// build; and whether it is the last walk's.
    pub(crate) fn source_files(
        &mut self,
        config: &crate::config::Config,
        diags: &mut Diagnostics,
    ) -> (Arc<[SourceFile]>, bool) {
        if let Some(kept) = self.discovered(&config.root) {
            diags.extend(kept.diags.iter().cloned());
            return (Arc::clone(&kept.files), true);
        }
        let mut found = Diagnostics::new();
        let files: Arc<[SourceFile]> = crate::discover::discover(config, &mut found).into();
        let found: Vec<Diagnostic> = found.into_sorted();
        self.walked(&files, &found);
        diags.extend(found);
        (files, false)
    }

    /// Keep a walk of `content/` for the next build, when saves are
    /// reported (else it is never reused).
    fn walked(&mut self, files: &Arc<[SourceFile]>, diags: &[Diagnostic]) {
        if self.watched {
            let (files, diags) = (Arc::clone(files), diags.to_vec());
            self.discovered = Some(Discovered { files, diags });
        }
    }

    /// The watcher failed (it could not watch a new folder): saves are
    /// no longer all reported, every file is looked at from now on.
    pub fn unwatch(&mut self) {
        self.watched = false;
        self.saved = Saved::Unknown;
    }

    /// A memo for builds whose every save is reported to `saved` (by
    /// `serve`'s watcher): a file not reported is not looked at again.
    pub fn watched() -> Memo {
        Memo {
            watched: true,
            saved: Saved::Paths(BTreeSet::new()),
            ..Memo::default()
        }
    }

    /// A parse of the files has been made: nothing is saved since (when
    /// saves are reported; else every file is looked at every time).
    /// What was saved before it, for the stages after the parse.
    pub(crate) fn parsed(&mut self) -> Saved {
        let fresh = match self.watched {
            true => Saved::Paths(BTreeSet::new()),
            false => Saved::Unknown,
        };
        std::mem::replace(&mut self.saved, fresh)
    }

    /// Forget the pages when what shapes every page changed (a UI string,
    /// a setting); the key is kept for the next build. When
    /// only the static files' published names changed, the pages are kept
    /// and the names replaced in them (`Pages::renamed`).
    pub(crate) fn check_every_page(&mut self, key: u64, names: &Names) {
        // A static file added or removed changes what `url()` writes for
        // its plain name: not a rename.
        let same_files = self.names.keys().eq(names.keys());
        if self.every_page != Some(key) || !same_files {
            self.pages.forget();
        }
        self.every_page = Some(key);
        let published = |plain: &String| self.names.get(plain);
        self.pages.renamed = names
            .iter()
            .filter_map(|(plain, new)| Some((published(plain)?.clone(), new.clone())))
            .filter(|(old, new)| old != new)
            .collect();
    }

    /// Keep a successful build as the one in service, as `serve` does: its
    /// files (applied to those it kept) and its Markdown. The files are
    /// left in `rendered`'s place, whole.
    pub fn keep(&mut self, rendered: &mut crate::Rendered) {
        let files = Arc::make_mut(&mut self.pages.files);
        rendered.apply_to(files);
        rendered.files = files.clone();
        self.markdown = Some(std::mem::take(&mut rendered.content));
    }

    /// A page or feed whose bytes changed outside a whole build (`serve`'s
    /// short way for a body edit): the next build makes it again.
    pub fn forget_page(&mut self, path: &str) {
        self.pages.stamps.remove(path);
        self.pages.readers = None;
    }
}

impl std::fmt::Debug for Memo {
    // The parts are large and have no useful text form.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Memo")
            .field("parsed", &self.parsed.len())
            .field("pages", &self.pages.stamps.len())
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(pairs: &[(&str, &str)]) -> Names {
        pairs
            .iter()
            .map(|(plain, published)| (plain.to_string(), published.to_string()))
            .collect()
    }

    #[test]
    fn a_walk_that_warned_of_a_file_saved_since_is_not_reused() {
        let root = tempfile::tempdir().unwrap();
        let mut memo = Memo::watched();
        let warned =
            Diagnostic::warning(crate::msg!("file-ignored")).in_file("content/stories/notes.txt");
        memo.walked(&Arc::from(Vec::new()), &[warned]);
        assert!(memo.discovered(root.path()).is_some(), "nothing saved");
        // notes.txt deleted: gone and never listed, but warned of.
        let deleted = root.path().join("content/stories/notes.txt");
        memo.saved.add(&[deleted], root.path());
        assert!(memo.discovered(root.path()).is_none());
    }

    #[test]
    fn a_renamed_static_file_keeps_the_pages_and_an_added_one_does_not() {
        let mut memo = Memo::default();
        let first = names(&[("css/site.css", "css/site.aaaaaaaaaa.css")]);
        memo.check_every_page(1, &first);
        memo.names = first;
        let stamp = pages::Stamp {
            fingerprint: Some(7),
            read: None,
        };
        memo.pages.stamps.insert("fr/index.html".into(), stamp);

        let edited = names(&[("css/site.css", "css/site.bbbbbbbbbb.css")]);
        memo.check_every_page(1, &edited);
        assert_eq!(memo.pages.stamps.len(), 1, "kept, to be renamed");
        let renamed = (
            "css/site.aaaaaaaaaa.css".into(),
            "css/site.bbbbbbbbbb.css".into(),
        );
        assert_eq!(memo.pages.renamed, vec![renamed]);

        let added = names(&[
            ("css/site.css", "css/site.aaaaaaaaaa.css"),
            ("js/new.js", "js/new.cccccccccc.js"),
        ]);
        memo.check_every_page(1, &added);
        assert!(memo.pages.stamps.is_empty(), "url() of js/new.js changed");
    }
}
