//! What a build keeps of the output it replaces. Publishing `public/` as a
//! git worktree of a pages branch is common: its `.git` (a folder, or a
//! file in a worktree), GitHub Pages' `CNAME` and `.nojekyll`, and the
//! paths of `keep:` in site.yaml are carried from the old output into the
//! new one at the swap. They are moved, not copied (a `.git` may be
//! gigabytes), and a build that fails or is killed loses none of them:
//! what is moved is put back, and what a killed build left in its staging
//! folder is moved back by the next build before it clears that folder.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Kept in every output.
pub const ALWAYS: [&str; 3] = [".git", "CNAME", ".nojekyll"];

/// The paths kept: [`ALWAYS`], then the site's `keep:`, each as `/`-joined
/// parts, a path inside another kept one left out (it goes with it).
pub fn kept(setting: &[String]) -> Vec<String> {
    let mut all: Vec<String> = ALWAYS
        .iter()
        .map(|s| s.to_string())
        .chain(setting.iter().filter_map(|s| normalized(s)))
        .collect();
    all.sort();
    all.dedup();
    let mut out: Vec<String> = Vec::new();
    for path in all {
        if !out.iter().any(|k| path.starts_with(&format!("{k}/"))) {
            out.push(path);
        }
    }
    out
}

/// A `keep:` value as `/`-joined parts, or `None` when it is not a path
/// inside the output: empty, absolute, with `..`, a `\` or a drive `:`.
pub fn normalized(value: &str) -> Option<String> {
    if value.starts_with('/') || value.contains(['\\', ':']) {
        return None;
    }
    let parts: Vec<&str> = value
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    if parts.is_empty() || parts.contains(&"..") {
        return None;
    }
    Some(parts.join("/"))
}

/// Move each kept path of `from` that `into` lacks into `into`. A folder
/// both have is merged: the new output's own files win. On an error what
/// was moved goes back, and the error is returned.
pub fn carry(
    from: &Path,
    into: &Path,
    kept: &[String],
) -> Result<Vec<PathBuf>, (PathBuf, io::Error)> {
    let mut moved = Vec::new();
    for path in kept {
        if let Err(e) = carry_one(from, into, Path::new(path), &mut moved) {
            put_back(from, into, &moved);
            return Err((from.join(path), e));
        }
    }
    Ok(moved)
}

fn carry_one(from: &Path, into: &Path, rel: &Path, moved: &mut Vec<PathBuf>) -> io::Result<()> {
    let Ok(source) = fs::symlink_metadata(from.join(rel)) else {
        return Ok(());
    };
    match fs::symlink_metadata(into.join(rel)) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if let Some(parent) = into.join(rel).parent() {
                fs::create_dir_all(parent)?;
            }
            fs::rename(from.join(rel), into.join(rel))?;
            moved.push(rel.to_path_buf());
            Ok(())
        }
        Err(e) => Err(e),
        Ok(target) if target.is_dir() && source.is_dir() => {
            let mut names: Vec<_> = fs::read_dir(from.join(rel))?
                .map(|e| e.map(|e| e.file_name()))
                .collect::<io::Result<_>>()?;
            names.sort();
            for name in names {
                carry_one(from, into, &rel.join(name), moved)?;
            }
            Ok(())
        }
        // The new output has its own file there: it wins.
        Ok(_) => Ok(()),
    }
}

/// Undo [`carry`]: move back, last first. Whether everything went back.
pub fn put_back(from: &Path, into: &Path, moved: &[PathBuf]) -> bool {
    let failed = moved
        .iter()
        .rev()
        .filter(|rel| fs::rename(into.join(rel), from.join(rel)).is_err())
        .count();
    failed == 0
}

/// Before a killed build's folder beside the output is cleared: move the
/// kept paths it holds and the output lacks back into the output (made
/// anew if it is gone: the build about to run swaps it in whole).
pub fn rescue(leftover: &Path, output: &Path, kept: &[String]) {
    let holds = |k: &String| fs::symlink_metadata(leftover.join(k)).is_ok();
    if !leftover.is_dir() || !kept.iter().any(holds) {
        return;
    }
    if fs::create_dir_all(output).is_ok() {
        let _ = carry(leftover, output, kept);
    }
}

/// Whether `dir` holds nothing but kept paths (a fresh git worktree, say):
/// then it is as good as empty, and a build may write there.
pub fn holds_only_kept(dir: &Path, kept: &[String]) -> bool {
    let Ok(entries) = fs::read_dir(dir) else {
        return false;
    };
    entries.filter_map(Result::ok).all(|entry| {
        let name = entry.file_name().to_string_lossy().into_owned();
        if kept.contains(&name) {
            return true;
        }
        let inside: Vec<String> = kept
            .iter()
            .filter_map(|k| k.strip_prefix(&format!("{name}/")).map(String::from))
            .collect();
        !inside.is_empty() && entry.path().is_dir() && holds_only_kept(&entry.path(), &inside)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(dir: &Path, rel: &str, text: &str) {
        let path = dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    fn read(dir: &Path, rel: &str) -> Option<String> {
        fs::read_to_string(dir.join(rel)).ok()
    }

    #[test]
    fn keep_values_must_stay_inside_the_output() {
        assert_eq!(normalized("CNAME").as_deref(), Some("CNAME"));
        assert_eq!(normalized("./a//b/").as_deref(), Some("a/b"));
        for bad in ["", "/", "/etc", "../x", "a/../../b", "a\\b", "C:x", "."] {
            assert_eq!(normalized(bad), None, "{bad}");
        }
        let kept = kept(&["downloads/".into(), "downloads/a.pdf".into(), "../x".into()]);
        assert_eq!(kept, [".git", ".nojekyll", "CNAME", "downloads"]);
    }

    #[test]
    fn kept_paths_move_across_and_the_new_output_wins() {
        let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let (old, new) = (old.path(), new.path());
        put(old, ".git/HEAD", "ref: refs/heads/pages");
        put(old, "CNAME", "old.example.tn");
        put(old, "files/report.pdf", "old report");
        put(old, "files/kept-only-there.pdf", "mine");
        put(old, "index.html", "old page");
        put(new, "CNAME", "new.example.tn");
        put(new, "files/report.pdf", "new report");
        let kept = kept(&["files".into()]);
        let moved = carry(old, new, &kept).unwrap();
        assert_eq!(
            read(new, ".git/HEAD").as_deref(),
            Some("ref: refs/heads/pages")
        );
        assert!(!old.join(".git").exists(), "moved, not copied");
        assert_eq!(read(new, "CNAME").as_deref(), Some("new.example.tn"));
        assert_eq!(read(new, "files/report.pdf").as_deref(), Some("new report"));
        assert_eq!(
            read(new, "files/kept-only-there.pdf").as_deref(),
            Some("mine")
        );
        assert_eq!(read(new, "index.html"), None, "only kept paths");
        // A swap that fails puts everything back where it was.
        assert!(put_back(old, new, &moved));
        assert_eq!(
            read(old, ".git/HEAD").as_deref(),
            Some("ref: refs/heads/pages")
        );
        assert_eq!(
            read(old, "files/kept-only-there.pdf").as_deref(),
            Some("mine")
        );
        assert!(!new.join(".git").exists());
    }

    #[test]
    fn what_a_killed_build_left_goes_back_even_into_a_missing_output() {
        let dir = tempfile::tempdir().unwrap();
        let (leftover, output) = (dir.path().join("new"), dir.path().join("public"));
        put(&leftover, ".git/HEAD", "ref: refs/heads/pages");
        put(&leftover, "index.html", "half a build");
        rescue(&leftover, &output, &kept(&[]));
        assert_eq!(
            read(&output, ".git/HEAD").as_deref(),
            Some("ref: refs/heads/pages")
        );
        assert!(!output.join("index.html").exists());
        // Nothing kept in it: the output is not made.
        let other = dir.path().join("other");
        rescue(&leftover, &other, &kept(&[]));
        assert!(!other.exists());
    }

    #[test]
    fn a_folder_holding_only_kept_paths_is_as_good_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let kept = kept(&[".well-known/security.txt".into()]);
        put(dir.path(), ".git", "gitdir: /repo/.git/worktrees/public");
        put(dir.path(), "CNAME", "example.tn");
        put(dir.path(), ".well-known/security.txt", "Contact: x");
        assert!(holds_only_kept(dir.path(), &kept));
        put(dir.path(), ".well-known/other.txt", "x");
        assert!(!holds_only_kept(dir.path(), &kept));
        fs::remove_file(dir.path().join(".well-known/other.txt")).unwrap();
        put(dir.path(), "notes.txt", "mine");
        assert!(!holds_only_kept(dir.path(), &kept));
    }
}
