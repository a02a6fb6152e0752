//! The pages and feeds of the build in service, with the fingerprint of
//! what each was made from (`Memo::pages`).

use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The pages of the build in service: a page whose variables hash as they
/// did then is taken from here instead of being rendered again.
#[derive(Default)]
pub struct Pages {
    /// What each page and feed in service was made from, by path: one
    /// lookup per page of a rebuild (FxHash, not SipHash: the paths are
    /// the site's own). Every path here is in `files`: the stamps are
    /// the last good build's, whose every page `serve` put in service
    /// (`Rendered::apply_to` checks it in debug builds), and a page
    /// changed outside a build is forgotten (`Memo::forget_page`).
    pub stamps: FxHashMap<String, Stamp>,
    /// The files in service (`serve` lends its own map while it builds).
    pub files: Arc<BTreeMap<String, Vec<u8>>>,
    /// For this build: the static files whose published (content-hashed)
    /// name changed since the pages in service were made, (old, new).
    pub(super) renamed: Vec<(String, String)>,
    /// Which pages in service read which stories (`render::readers`):
    /// `None` when a page in service was made outside a build, or the
    /// stamps were forgotten.
    pub readers: Option<Readers>,
}

/// What the pages of the build in service read of the stories, recorded
/// while their read hashes were made: a build that changes stories only
/// visits the pages that read one it changed.
#[derive(Default)]
pub struct Readers {
    /// The hash of everything a page's read hash takes but the stories
    /// (`render::readers::frame`): a build with another frame visits
    /// every page.
    pub frame: u64,
    /// Per language (the settings' order), per story (the site's order):
    /// the hash of what a page may read of it.
    pub stories: Vec<Vec<u64>>,
    /// Each page, in the order of the build's plan: the indices of the
    /// stories (in its language's order) it read; `None` for a page
    /// without a read hash, visited every build. Its path and stamp are
    /// its job's and `stamps`'.
    pub pages: Vec<Option<Arc<[u32]>>>,
}

/// What a page or feed in service was made from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stamp {
    /// The hash of its variables (of its entries, for a feed) and its
    /// template's texts.
    pub fingerprint: Option<u64>,
    /// The hash of what it read, for the kinds of page that have one
    /// (`render::reads`): a page that reads the same is the same.
    pub read: Option<u64>,
}

impl Pages {
    /// Forget what every page was made from: the next build visits each.
    pub fn forget(&mut self) {
        self.stamps.clear();
        self.readers = None;
    }

    /// Whether a static file's published name changed: the pages that
    /// name it are patched, so every page is visited.
    pub fn renaming(&self) -> bool {
        !self.renamed.is_empty()
    }

    /// A page in service with the static files' new names in place of
    /// the old, when any changed and it names one. Templates write those
    /// names only through `url()`, and a 10-hex-digit hash is nowhere
    /// else, so this is what rendering it again would give (the property
    /// test edits a stylesheet to check it).
    pub fn renamed(&self, path: &str) -> Option<Vec<u8>> {
        if self.renamed.is_empty() {
            return None;
        }
        let text = std::str::from_utf8(self.files.get(path)?).ok()?;
        let mut found = self
            .renamed
            .iter()
            .filter(|(old, _)| text.contains(old.as_str()));
        let first = found.next()?;
        let mut new = text.replace(&first.0, &first.1);
        for (old, published) in found {
            new = new.replace(old.as_str(), published);
        }
        // Kept in service until the next edit (`fit`).
        Some(crate::fit::bytes(new.into_bytes()))
    }

    /// The fingerprint of the page at `path` in service when what it
    /// read hashed to `read` (`render::reads`): it can be kept as it is.
    pub fn kept_by_read(&self, path: &str, read: u64) -> Option<u64> {
        let stamp = self.stamps.get(path)?;
        stamp.fingerprint.filter(|_| stamp.read == Some(read))
    }

    /// Whether the file at `path` in service was made from inputs that
    /// hash to `fingerprint`: it can be kept as it is.
    pub fn is_kept(&self, path: &str, fingerprint: u64) -> bool {
        self.stamps
            .get(path)
            .is_some_and(|s| s.fingerprint == Some(fingerprint))
    }
}
