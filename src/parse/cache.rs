//! The parse of each source file kept from one build to the next
//! (`memo`): a rebuild reads and parses only the files that changed.

use super::{collect, parse_bytes, parse_one, read_bytes, Parse, Parsed};
use crate::diag::Diagnostics;
use crate::discover::Saved;
use crate::discover::{Role, SourceFile};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::time::{Duration, SystemTime};

/// Each source file's parse, by its site-relative path (FxHash: the keys
/// are the site's own paths, looked up for every file of every rebuild).
pub type Cache = FxHashMap<String, Cached>;

#[derive(Clone)]
pub struct Cached {
    /// The file's size and modification time when it was read, kept only
    /// when that time was well before the read: a file whose stamp is as
    /// it was is not read again (reading 8,000 files was most of a
    /// rebuild's parse). A file changed within the same clock tick as it
    /// was read could keep its stamp, so a recent stamp is not trusted
    /// and the bytes' hash decides (as git does for "racy" files).
    stamp: Option<Stamp>,
    hash: u64,
    parse: Parse,
}

/// A file's size and modification time.
type Stamp = (u64, SystemTime);

/// `parse`, taking from `cache` the files that are as they were, and
/// leaving in it this build's parse of every file.
pub fn parse_with(
    files: &[SourceFile],
    cache: &mut Cache,
    saved: &Saved,
    diags: &mut Diagnostics,
) -> Parsed {
    // The entries of the files as they were stay where they are: only
    // those of the files looked at again are replaced (moving every entry
    // into a new table was a third of a rebuild's parse at 10,000 pages).
    let results: Vec<(Parse, Entry)> = files
        .par_iter()
        .map(|f| match cache.get(&f.rel) {
            // Not saved since it was parsed: as it was, not looked at.
            Some(kept) if !saved.touches(&f.rel) => (kept.parse.clone(), Entry::Kept),
            entry => cached_one(f, entry),
        })
        .collect();
    let mut entries = 0;
    let mut parses = Vec::with_capacity(results.len());
    for (file, (parse, entry)) in files.iter().zip(results) {
        match entry {
            Entry::Kept => entries += 1,
            Entry::New(cached) => {
                entries += 1;
                match cache.get_mut(&file.rel) {
                    Some(old) => *old = cached,
                    None => drop(cache.insert(file.rel.clone(), cached)),
                }
            }
            Entry::None => drop(cache.remove(&file.rel)),
        }
        parses.push(parse);
    }
    // A file gone (deleted, renamed) leaves its entry behind: let go.
    if cache.len() != entries {
        let listed: FxHashSet<&str> = files.iter().map(|f| f.rel.as_str()).collect();
        cache.retain(|rel, _| listed.contains(rel.as_str()));
    }
    collect(files, parses, diags)
}

/// The hash of the bytes of the file at `rel` (site-relative) when it
/// was last read, if it was parsed.
pub fn bytes_hash(cache: &Cache, rel: &str) -> Option<u64> {
    cache.get(rel).map(|c| c.hash)
}

/// What becomes of a file's entry in the cache.
enum Entry {
    /// It stays as it was.
    Kept,
    /// It is replaced, or added.
    New(Cached),
    /// There is none: a bundle file, which is not parsed, or a file that
    /// could not be read.
    None,
}

/// One file taken from its `cached` entry when its stamp or the hash of
/// its bytes is as it was, else read and parsed; and what becomes of its
/// entry.
fn cached_one(file: &SourceFile, cached: Option<&Cached>) -> (Parse, Entry) {
    if let Role::BundleFile { .. } = file.role {
        return (parse_one(file), Entry::None);
    }
    let stamp = trusted_stamp(file);
    if let Some(c) = cached.filter(|c| c.stamp.is_some() && c.stamp == stamp) {
        return (c.parse.clone(), Entry::Kept);
    }
    let bytes = match read_bytes(file) {
        Ok(bytes) => bytes,
        Err(d) => return ((None, vec![d]), Entry::None),
    };
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    let parse = match cached.filter(|c| c.hash == hash) {
        Some(c) => c.parse.clone(),
        None => parse_bytes(file, bytes),
    };
    let kept = Cached {
        stamp,
        hash,
        parse: parse.clone(),
    };
    (parse, Entry::New(kept))
}

/// A file's size and modification time, when that time is more than two
/// seconds old (see `Cached::stamp`).
fn trusted_stamp(file: &SourceFile) -> Option<Stamp> {
    let meta = std::fs::metadata(&file.path).ok()?;
    let modified = meta.modified().ok()?;
    let age = SystemTime::now().duration_since(modified).ok()?;
    (age > Duration::from_secs(2)).then_some((meta.len(), modified))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discover::Kind;

    fn member(dir: &std::path::Path, name: &str) -> SourceFile {
        SourceFile {
            path: dir.join(name),
            rel: format!("content/members/{name}"),
            role: Role::Yaml {
                kind: Kind::Member,
                slug: "x".into(),
            },
        }
    }

    fn name_of(parsed: &Parsed) -> String {
        format!("{:?}", parsed.members[0].data.name)
    }

    /// Set the file's modification time to one moment in 2001.
    fn backdate(path: &std::path::Path) {
        let file = std::fs::File::options().write(true).open(path).unwrap();
        let then = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        file.set_modified(then).unwrap();
    }

    #[test]
    fn an_old_stamp_spares_the_read_and_a_recent_one_is_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = member(dir.path(), "x.yaml");
        std::fs::write(&file.path, "name: { ar: أ, fr: A }\n").unwrap();
        backdate(&file.path);
        let mut cache = Cache::default();
        let mut diags = Diagnostics::new();
        let first = parse_with(
            std::slice::from_ref(&file),
            &mut cache,
            &Saved::Unknown,
            &mut diags,
        );
        assert!(name_of(&first).contains("\"A\""));
        assert!(cache["content/members/x.yaml"].stamp.is_some());

        // Same size, same old time (only a tool setting the time back
        // exactly does this): trusted, the file is not read.
        std::fs::write(&file.path, "name: { ar: أ, fr: B }\n").unwrap();
        backdate(&file.path);
        let stale = parse_with(
            std::slice::from_ref(&file),
            &mut cache,
            &Saved::Unknown,
            &mut diags,
        );
        assert!(name_of(&stale).contains("\"A\""), "the stamp decided");

        // Just written: the stamp is not trusted, the bytes are read.
        std::fs::write(&file.path, "name: { ar: أ, fr: C }\n").unwrap();
        let fresh = parse_with(
            std::slice::from_ref(&file),
            &mut cache,
            &Saved::Unknown,
            &mut diags,
        );
        assert!(name_of(&fresh).contains("\"C\""));
        assert!(cache["content/members/x.yaml"].stamp.is_none());
    }

    #[test]
    fn a_file_no_longer_listed_leaves_no_entry() {
        let dir = tempfile::tempdir().unwrap();
        let (x, y) = (member(dir.path(), "x.yaml"), member(dir.path(), "y.yaml"));
        for file in [&x, &y] {
            std::fs::write(&file.path, "name: { ar: أ, fr: A }\n").unwrap();
        }
        let mut cache = Cache::default();
        let mut diags = Diagnostics::new();
        let both = [x.clone(), y];
        parse_with(&both, &mut cache, &Saved::Unknown, &mut diags);
        assert_eq!(cache.len(), 2);
        let saved = Saved::Paths(Default::default());
        parse_with(std::slice::from_ref(&x), &mut cache, &saved, &mut diags);
        assert_eq!(cache.keys().collect::<Vec<_>>(), ["content/members/x.yaml"]);
    }

    #[test]
    fn a_file_the_watcher_did_not_report_is_not_looked_at() {
        let dir = tempfile::tempdir().unwrap();
        let file = member(dir.path(), "x.yaml");
        let files = std::slice::from_ref(&file);
        std::fs::write(&file.path, "name: { ar: أ, fr: A }\n").unwrap();
        let mut cache = Cache::default();
        let mut diags = Diagnostics::new();
        parse_with(files, &mut cache, &Saved::Unknown, &mut diags);

        std::fs::write(&file.path, "name: { ar: أ, fr: B }\n").unwrap();
        let others = Saved::Paths(["content/members/y.yaml".to_string()].into());
        let kept = parse_with(files, &mut cache, &others, &mut diags);
        assert!(name_of(&kept).contains("\"A\""), "not reported: as it was");

        let this = Saved::Paths(["content/members/x.yaml".to_string()].into());
        let read = parse_with(files, &mut cache, &this, &mut diags);
        assert!(name_of(&read).contains("\"B\""));
    }
}
