//! What the pipeline hands back: the rendered site, and what `serve`
//! keeps of it.

use crate::assets::Copies;
use crate::content::Content;
use crate::diag::Diagnostic;
use crate::resources::Resources;
use crate::site::Site;
use crate::{i18n, links, output, render, templates};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A whole site, rendered in memory, not yet written anywhere.
#[derive(Debug)]
pub struct Rendered {
    /// The resolved site the files were made from (its config included).
    pub site: Site,
    /// Its rendered Markdown (without the HTML after a `build`, which
    /// has written it) and published data files.
    pub content: Content,
    pub data: Resources,
    /// Generated files by output path.
    pub files: BTreeMap<String, Vec<u8>>,
    /// With a memo: files left out of `files` because they are exactly
    /// as in the build in service (`memo::Pages::files`).
    pub kept: BTreeSet<String>,
    /// Files copied as they are: output path → source path.
    pub copies: Copies,
    pub pages_per_lang: BTreeMap<String, usize>,
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

/// What putting a build's files in service changed.
#[derive(Debug, Default)]
pub struct Applied {
    /// Files new or different, by output path.
    pub changed: Vec<String>,
    /// Files no longer made.
    pub removed: usize,
}

impl Rendered {
    /// The search index of this build (which a build with a memo leaves
    /// out, for `serve` to make once saves pause), reusing what the last
    /// index left in `memo` where its inputs are the same.
    pub fn search_index(
        &self,
        memo: &mut crate::derive::search::kept::Memo,
    ) -> BTreeMap<String, crate::derive::search::Bytes> {
        // `serve` always retains the strings; without them only the
        // topic words are missing.
        let strings = self.retained.as_ref().map(|r| Arc::clone(&r.strings));
        let strings = strings.unwrap_or_default();
        let (site, content, data) = (&self.site, &self.content, &self.data);
        let plan = self.retained.as_ref().map(|r| &r.plan);
        crate::derive::search::files(site, content, data, &strings, Some(memo), plan)
    }

    /// Put this build's files in the place of `in_service` (the files of
    /// the build its memo held): those it kept stay, those it made replace
    /// or join them, the others go.
    pub fn apply_to(&mut self, in_service: &mut BTreeMap<String, Vec<u8>>) -> Applied {
        let before = in_service.len();
        in_service.retain(|path, _| self.kept.contains(path) || self.files.contains_key(path));
        // A page is kept only when it is in service (`memo::pages::Pages`).
        debug_assert!(self.kept.iter().all(|p| in_service.contains_key(p)));
        let mut applied = Applied {
            removed: before - in_service.len(),
            ..Applied::default()
        };
        for (path, bytes) in std::mem::take(&mut self.files) {
            match in_service.get_mut(&path) {
                Some(old) if *old == bytes => {}
                Some(old) => {
                    *old = bytes;
                    applied.changed.push(path);
                }
                None => {
                    in_service.insert(path.clone(), bytes);
                    applied.changed.push(path);
                }
            }
        }
        applied
    }
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
