//! Which files `serve`'s watcher saw saved since the last parse: the
//! others are as they were, not looked at again, and the list of source
//! files is walked again only when one came or went.

use super::SourceFile;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// The files saved since the last build's parse, as `serve`'s watcher
/// reported them (site-relative). A file not among them is as it was:
/// it is not looked at again (a look at each of 8,740 files, and the walk
/// that lists them, were an eighth of a rebuild).
#[derive(Debug, Default)]
pub enum Saved {
    /// Not known (a build without a watcher, a path outside the site, a
    /// watcher that lost events): every file is looked at.
    #[default]
    Unknown,
    Paths(BTreeSet<String>),
}

impl Saved {
    /// Add a batch of the watcher's paths; `root` is the site's folder,
    /// as the watcher names it. A path not under it makes all unknown.
    pub fn add(&mut self, batch: &[PathBuf], root: &Path) {
        let Saved::Paths(paths) = self else { return };
        for path in batch {
            let rel = path.strip_prefix(root).ok().and_then(Path::to_str);
            match rel {
                Some(rel) if !rel.is_empty() => paths.insert(rel.replace('\\', "/")),
                _ => return *self = Saved::Unknown,
            };
        }
    }

    /// Whether the file at `rel` may have changed: it, or a folder it is
    /// in, was saved (a folder renamed), or nothing is known.
    pub fn touches(&self, rel: &str) -> bool {
        let Saved::Paths(paths) = self else {
            return true;
        };
        // The file and each folder it is in, looked up (a checkout can
        // save thousands of files).
        let mut folders = rel.match_indices('/').map(|(end, _)| &rel[..end]);
        paths.contains(rel) || folders.any(|f| paths.contains(f))
    }

    /// Whether `files` is still the list of source files: each path
    /// saved under `content/` is a file on the list that is still there,
    /// or is gone and held nothing on the list (an editor's temporary
    /// file, renamed over the one it saves). Else a file came or went.
    pub(crate) fn keeps(&self, files: &[SourceFile], root: &Path) -> bool {
        let Saved::Paths(paths) = self else {
            return false;
        };
        // `content` itself when the folder is renamed.
        let in_content = |p: &&String| *p == "content" || p.starts_with("content/");
        // As the walk sees them: a link is not followed (it is a mistake).
        let is_file = |path: &Path| path.symlink_metadata().is_ok_and(|m| m.is_file());
        let gone = |path: &Path| path.symlink_metadata().is_err();
        // Looked up, not searched: a checkout saves thousands of files.
        let listed: HashMap<&str, &SourceFile> =
            files.iter().map(|f| (f.rel.as_str(), f)).collect();
        paths
            .iter()
            .filter(in_content)
            .all(|saved| match listed.get(saved.as_str()) {
                Some(file) => is_file(&file.path),
                None => {
                    // Gone, and not a folder that held listed files.
                    let held = |f: &SourceFile| Saved::under(&f.rel, saved);
                    gone(&root.join(saved)) && !files.iter().any(held)
                }
            })
    }

    /// Whether `rel` is the path `saved` or a path under it.
    fn under(rel: &str, saved: &str) -> bool {
        let inside = rel.strip_prefix(saved);
        inside.is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_paths_touch_their_files_and_what_is_under_them() {
        let root = Path::new("/site");
        let mut saved = Saved::Paths(BTreeSet::new());
        assert!(!saved.touches("content/stories/a.fr.md"));
        saved.add(&[root.join("content/stories/a.fr.md")], root);
        assert!(saved.touches("content/stories/a.fr.md"));
        assert!(!saved.touches("content/stories/a.fr.md.bak"));
        assert!(!saved.touches("content/stories/b.fr.md"));
        // A folder renamed: every file in it.
        saved.add(&[root.join("content/stories/x")], root);
        assert!(saved.touches("content/stories/x/index.fr.md"));
        assert!(!saved.touches("content/stories/xy.fr.md"));
        // The watcher lost events (it sends an empty path), or a path
        // outside the site: nothing is known any more.
        saved.add(&[PathBuf::new()], root);
        assert!(matches!(saved, Saved::Unknown));
        assert!(Saved::Unknown.touches("content/stories/b.fr.md"));
    }

    #[test]
    fn the_list_of_files_is_kept_only_while_no_file_came_or_went() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("content/stories")).unwrap();
        let path = root.join("content/stories/a.fr.md");
        std::fs::write(&path, "---\ntitle: A\n---\n").unwrap();
        let files = [SourceFile {
            path: path.clone(),
            rel: "content/stories/a.fr.md".into(),
            role: super::super::Role::Yaml {
                kind: super::super::Kind::Story,
                slug: "a".into(),
            },
        }];
        let keeps = |rel: &str| Saved::Paths([rel.to_string()].into()).keeps(&files, root);
        assert!(keeps("content/stories/a.fr.md"), "edited");
        assert!(keeps("templates/tag.html"), "not content");
        assert!(keeps("content/stories/.a.fr.md.swp"), "came and went");
        // Never on the list, and the walk depends on its languages.
        std::fs::write(root.join("content/site.yaml"), "").unwrap();
        assert!(!keeps("content/site.yaml"), "settings");
        #[cfg(unix)]
        {
            let link = root.join("content/stories/link.fr.md");
            std::os::unix::fs::symlink(root.join("nowhere"), &link).unwrap();
            assert!(
                !keeps("content/stories/link.fr.md"),
                "a link, even dangling"
            );
            std::fs::remove_file(&link).unwrap();
        }
        std::fs::write(root.join("content/stories/b.fr.md"), "").unwrap();
        assert!(!keeps("content/stories/b.fr.md"), "new");
        assert!(!Saved::Unknown.keeps(&files, root));
        std::fs::rename(&path, root.join("content/stories/c.fr.md")).unwrap();
        assert!(!keeps("content/stories/a.fr.md"), "renamed");
        std::fs::rename(root.join("content/stories"), root.join("content/s")).unwrap();
        assert!(!keeps("content/stories"), "its folder renamed");
        std::fs::rename(root.join("content"), root.join("old")).unwrap();
        assert!(!keeps("content"), "content/ itself renamed");
    }
}
