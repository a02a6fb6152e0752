//! The cache of resized photos (`.fadaa-cache/images/`), shared by every
//! build of a site: copies are marked when used, and those no photo has
//! used for a while are removed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(super) fn mark_used(cached: &Path) {
    if let Ok(file) = std::fs::File::options().write(true).open(cached) {
        let _ = file.set_modified(std::time::SystemTime::now());
    }
}

/// A copy used this recently may belong to another build of the site
/// running now (with other photos): pruning leaves it.
const RECENTLY_USED: std::time::Duration = std::time::Duration::from_secs(600);

/// Remove from the cache the copies no photo of the site uses any more
/// (a photo replaced, resized differently, or deleted): the cache holds
/// what the site needs, not every photo it ever had. Only files named as
/// the cache names them, and not used in the last ten minutes, go.
pub(super) fn prune(cache: &Path, used: &BTreeMap<String, PathBuf>) -> usize {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return 0;
    };
    let keep: std::collections::HashSet<&Path> = used.values().map(PathBuf::as_path).collect();
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let named_by_cache = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(is_cache_name);
        let recent = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_none_or(|age| age < RECENTLY_USED);
        let stale = named_by_cache && !recent && !keep.contains(path.as_path());
        if stale && std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// `<hex key>-<width>.<ext>`, as `prepare_one` names a copy.
fn is_cache_name(name: &str) -> bool {
    let Some((stem, ext)) = name.rsplit_once('.') else {
        return false;
    };
    let Some((key, width)) = stem.rsplit_once('-') else {
        return false;
    };
    matches!(ext, "jpg" | "jpeg" | "png" | "webp")
        && !key.is_empty()
        && key.chars().all(|c| c.is_ascii_hexdigit())
        && !width.is_empty()
        && width.chars().all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::prepare_one;
    use super::super::tests::jpeg;
    use super::*;

    #[test]
    fn the_cache_keeps_only_the_copies_in_use() {
        let dir = tempfile::tempdir().unwrap();
        let cache = dir.path().join("cache");
        let old = dir.path().join("old.jpg");
        std::fs::write(&old, jpeg(1000, 500)).unwrap();
        let replaced = prepare_one(&old, "stories/s/cover.jpg", &cache).unwrap();
        // The photo is replaced by another: its copies are no longer used.
        let new = dir.path().join("new.jpg");
        std::fs::write(&new, jpeg(900, 600)).unwrap();
        let current = prepare_one(&new, "stories/s/cover.jpg", &cache).unwrap();
        std::fs::write(cache.join("notes.txt"), "not a copy").unwrap();
        let used: BTreeMap<String, PathBuf> = current.files.iter().cloned().collect();
        assert_eq!(
            prune(&cache, &used),
            0,
            "used minutes ago: maybe by another build"
        );
        let long_ago = std::time::SystemTime::now() - RECENTLY_USED * 2;
        for (_, path) in &replaced.files {
            let file = std::fs::File::options().write(true).open(path).unwrap();
            file.set_modified(long_ago).unwrap();
        }
        assert_eq!(prune(&cache, &used), replaced.files.len());
        for (_, path) in &replaced.files {
            assert!(!path.exists(), "{path:?}");
        }
        for (_, path) in &current.files {
            assert!(path.exists(), "{path:?}");
        }
        assert!(
            cache.join("notes.txt").exists(),
            "only the cache's own names"
        );
        assert!(is_cache_name("0a1b2c-400.jpg") && !is_cache_name("x-400.jpg.tmp"));
    }
}
