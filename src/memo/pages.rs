//! The pages and feeds of the build in service, with the fingerprint of
//! what each was made from (`Memo::pages`).

use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The pages of the build in service: a page whose variables hash as they
/// did then is taken from here instead of being rendered again.
#[derive(Default)]
pub struct Pages {
    /// By path; FxHash, not SipHash: 30,000 paths looked up per rebuild,
    /// none from outside the site.
    pub fingerprints: FxHashMap<String, u64>,
    /// The hash of what each page read, for the kinds of page that have
    /// one (`render::reads`): a page that reads the same is the same.
    pub reads: FxHashMap<String, u64>,
    /// The files in service (`serve` lends its own map while it builds).
    pub files: Arc<BTreeMap<String, Vec<u8>>>,
    /// For this build: the static files whose published (content-hashed)
    /// name changed since the pages in service were made, (old, new).
    pub(super) renamed: Vec<(String, String)>,
}

impl Pages {
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
        let same = self.reads.get(path) == Some(&read) && self.files.contains_key(path);
        same.then(|| self.fingerprints.get(path).copied()).flatten()
    }

    /// Whether the file at `path` in service was made from inputs that
    /// hash to `fingerprint`: it can be kept as it is.
    pub fn is_kept(&self, path: &str, fingerprint: u64) -> bool {
        self.fingerprints.get(path) == Some(&fingerprint) && self.files.contains_key(path)
    }
}
