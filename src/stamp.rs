//! A fingerprint of everything a build reads, kept in the output's marker.
//! `build` with nothing changed since the last build finds the same
//! fingerprint there and leaves the output as it is, in a fraction of a
//! build. Contents are hashed, not modification times: a `git checkout` or
//! a copy that touches every file is not a change, and an edit made within
//! the same second as the last build is.

use crate::config::{Config, INPUT_FOLDERS};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// Marks a folder as fadaa's output, so that `build` never replaces a
/// folder it did not make; it holds the stamp of the build that wrote it.
pub const MARKER: &str = ".fadaa-output";

/// What the marker records about the build that wrote the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// Hex SHA-256 of the inputs, the settings and the program.
    pub inputs: String,
    pub pages_per_lang: BTreeMap<String, usize>,
    /// Warnings that build printed (they are not printed again).
    pub warnings: usize,
}

/// The fingerprint of a build of `config`: every file in the folders a
/// build reads (path and bytes), the resolved settings (base URL, output,
/// build date, drafts…) and this program (version, size and date of the
/// executable, so that a rebuilt fadaa rebuilds the site).
pub fn fingerprint(config: &Config) -> String {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for folder in INPUT_FOLDERS {
        let walker = WalkDir::new(config.root.join(folder))
            .sort_by_file_name()
            .follow_links(false)
            .into_iter()
            .filter_entry(|e| !crate::discover::is_ignored(e.file_name().to_str().unwrap_or("")));
        for entry in walker.filter_map(Result::ok) {
            if !entry.file_type().is_dir() {
                let rel = entry
                    .path()
                    .strip_prefix(&config.root)
                    .unwrap_or(entry.path());
                files.push((rel.to_string_lossy().into_owned(), entry.into_path()));
            }
        }
    }
    let digests: Vec<[u8; 32]> = files
        .par_iter()
        .map(|(rel, path)| file_digest(rel, path))
        .collect();
    let mut all = Sha256::new();
    all.update(env!("CARGO_PKG_VERSION"));
    all.update(program_identity());
    // Every resolved setting but where the site is read from and written
    // to, which change no byte of it (two outputs of one site are equal).
    let settings = Config {
        root: PathBuf::new(),
        output: PathBuf::new(),
        ..config.clone()
    };
    all.update(format!("{settings:?}"));
    for digest in &digests {
        all.update(digest);
    }
    hex(&all.finalize())
}

/// Path, kind and bytes of one file; a symbolic link by its target (a
/// build refuses to follow it, and reports it).
fn file_digest(rel: &str, path: &Path) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(rel.as_bytes());
    hasher.update([0]);
    match path.read_link() {
        Ok(target) => {
            hasher.update(b"link:");
            hasher.update(target.to_string_lossy().as_bytes());
        }
        Err(_) => match File::open(path) {
            // Streamed: a dataset may be hundreds of megabytes.
            Ok(mut file) => {
                if std::io::copy(&mut file, &mut hasher).is_err() {
                    hasher.update(b"unreadable");
                }
            }
            Err(_) => hasher.update(b"unreadable"),
        },
    }
    hasher.finalize().into()
}

fn program_identity() -> String {
    let meta = std::env::current_exe().and_then(std::fs::metadata);
    match meta {
        Ok(m) => format!("{}:{:?}", m.len(), m.modified().ok()),
        // Unknown program: never equal to a recorded one.
        Err(_) => format!("{:?}", std::time::SystemTime::now()),
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Stamp {
    /// The lines added to the output's marker.
    pub fn to_marker_lines(&self) -> String {
        let pages: Vec<String> = self
            .pages_per_lang
            .iter()
            .map(|(l, n)| format!("{l}={n}"))
            .collect();
        format!(
            "inputs: {}\npages: {}\nwarnings: {}\n",
            self.inputs,
            pages.join(" "),
            self.warnings
        )
    }

    /// The stamp in `output`'s marker, if the output is fadaa's and has one.
    pub fn read(output: &Path) -> Option<Stamp> {
        let text = std::fs::read_to_string(output.join(MARKER)).ok()?;
        let field = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(name)?.strip_prefix(": "))
        };
        let pages_per_lang = field("pages")?
            .split_whitespace()
            .map(|pair| {
                let (lang, n) = pair.split_once('=')?;
                Some((lang.to_string(), n.parse().ok()?))
            })
            .collect::<Option<_>>()?;
        Some(Stamp {
            inputs: field("inputs")?.to_string(),
            pages_per_lang,
            warnings: field("warnings")?.parse().ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marker_lines_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let stamp = Stamp {
            inputs: "ab12".into(),
            pages_per_lang: [("ar".to_string(), 3), ("fr".to_string(), 4)].into(),
            warnings: 2,
        };
        std::fs::write(
            dir.path().join(MARKER),
            format!("written by fadaa\n{}", stamp.to_marker_lines()),
        )
        .unwrap();
        assert_eq!(Stamp::read(dir.path()), Some(stamp));
    }

    #[test]
    fn a_marker_without_a_stamp_has_none() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(MARKER), "written by fadaa\n").unwrap();
        assert_eq!(Stamp::read(dir.path()), None);
    }

    #[test]
    fn the_digest_covers_path_and_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        std::fs::write(&file, "one").unwrap();
        let first = file_digest("content/a.md", &file);
        assert_ne!(first, file_digest("content/b.md", &file));
        std::fs::write(&file, "two").unwrap();
        assert_ne!(first, file_digest("content/a.md", &file));
    }
}
