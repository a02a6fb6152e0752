//! `fadaa init DIR`: a new bilingual site that builds and serves as it is,
//! with the built-in theme. The starter's own files are the repository's
//! `starter/`; its reference lists are the shipped site's (all 24
//! governorates, the services, committees and tags), so they cannot drift.

use include_dir::{include_dir, Dir, DirEntry};
use std::io;
use std::path::Path;

static STARTER: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/starter");

/// The shipped site's reference lists, as the starter's.
const LISTS: [(&str, &str); 4] = [
    (
        "content/governorates.yaml",
        include_str!("../content/governorates.yaml"),
    ),
    (
        "content/services.yaml",
        include_str!("../content/services.yaml"),
    ),
    (
        "content/committees.yaml",
        include_str!("../content/committees.yaml"),
    ),
    ("content/tags.yaml", include_str!("../content/tags.yaml")),
];

#[derive(Debug)]
pub enum InitError {
    /// The folder exists and holds something: init never mixes a new site
    /// into files it did not write.
    NotEmpty,
    Io(io::Error),
}

/// Every file of a new site, by its path in the site folder.
pub fn starter_files() -> Vec<(String, &'static [u8])> {
    let mut files: Vec<(String, &'static [u8])> = LISTS
        .iter()
        .map(|(path, text)| (path.to_string(), text.as_bytes()))
        .collect();
    collect(&STARTER, &mut files);
    files.sort();
    files
}

fn collect(dir: &'static Dir<'static>, out: &mut Vec<(String, &'static [u8])>) {
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(sub) => collect(sub, out),
            DirEntry::File(file) => {
                if let Some(path) = file.path().to_str() {
                    out.push((path.to_string(), file.contents()));
                }
            }
        }
    }
}

/// Write a new site into `dir` (created if missing; it must be empty).
/// Returns how many files were written.
pub fn init(dir: &Path) -> Result<usize, InitError> {
    if dir.is_file() || std::fs::read_dir(dir).is_ok_and(|mut e| e.next().is_some()) {
        return Err(InitError::NotEmpty);
    }
    let files = starter_files();
    for (path, bytes) in &files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(InitError::Io)?;
        }
        std::fs::write(&target, bytes).map_err(InitError::Io)?;
    }
    Ok(files.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_site_has_settings_lists_and_one_item_of_each_kind() {
        let paths: Vec<String> = starter_files().into_iter().map(|(p, _)| p).collect();
        for wanted in [
            "content/site.yaml",
            "content/governorates.yaml",
            "content/members/example.yaml",
            "content/stories/first-story.ar.md",
            "content/stories/first-story.fr.md",
            "content/pages/about.ar.md",
            "content/pages/about.fr.md",
        ] {
            assert!(paths.iter().any(|p| p == wanted), "{wanted} in {paths:?}");
        }
        let governorates = LISTS[0].1.lines().filter(|l| l.contains("name:")).count();
        assert_eq!(governorates, 24);
    }

    #[test]
    fn init_refuses_a_folder_with_something_in_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        assert!(matches!(init(dir.path()), Err(InitError::NotEmpty)));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
