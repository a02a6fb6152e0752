//! The theme a site is drawn with. `theme: espace` (the default) is the
//! built-in theme, embedded in this program so that a site needs no
//! `themes/` folder; the site's `themes/espace/` overrides it file by file.
//! Any other name is a complete theme of its own in `themes/<name>/`. The
//! site's own `templates/`, `i18n/` and `assets/` come on top of either
//! (read by `templates`, `i18n` and `assets`).

use crate::config::Config;
use crate::diag::{rel_path, Diagnostic, Diagnostics};
use crate::msg;
use include_dir::{include_dir, Dir, DirEntry};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// The name of the built-in theme (`theme:` in site.yaml, the default).
pub const BUILT_IN_NAME: &str = "espace";

/// The repository's `themes/espace/`, as it was when this program was built.
static BUILT_IN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/espace");

/// Where a file of the theme (or any copied file) comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A file of the site, read without following a link.
    Disk(PathBuf),
    /// A file of the built-in theme: its path in the theme, and its bytes.
    BuiltIn(&'static str, &'static [u8]),
}

impl Source {
    pub fn read(&self) -> io::Result<Cow<'static, [u8]>> {
        match self {
            Source::Disk(path) => crate::inputs::read(path).map(Cow::Owned),
            Source::BuiltIn(_, bytes) => Ok(Cow::Borrowed(bytes)),
        }
    }

    /// The name a message gives the file: its path in the site, or in the
    /// built-in theme.
    pub fn label(&self, root: &Path) -> String {
        match self {
            Source::Disk(path) => rel_path(root, path),
            Source::BuiltIn(path, _) => built_in_label(path),
        }
    }
}

/// How messages name a file of the built-in theme: where `theme eject`
/// would write it, marked as built in.
pub fn built_in_label(path: &str) -> String {
    format!("themes/{BUILT_IN_NAME}/{path} (fadaa)")
}

/// The files of one part of the theme (`templates`, `i18n`, `static`),
/// by their path inside that part: the built-in theme's (for `espace`),
/// overridden by the site's theme folder's.
pub fn files(config: &Config, part: &str, diags: &mut Diagnostics) -> BTreeMap<String, Source> {
    let mut out = BTreeMap::new();
    let built_in = (config.theme == BUILT_IN_NAME)
        .then(|| BUILT_IN.get_dir(part))
        .flatten();
    if let Some(dir) = built_in {
        for (path, bytes) in built_in_files(dir) {
            let inside = path.strip_prefix(&format!("{part}/")).unwrap_or(path);
            out.insert(inside.to_string(), Source::BuiltIn(path, bytes));
        }
    }
    let on_disk = config.themes_dir().join(part);
    if on_disk.is_dir() {
        for (inside, path) in disk_files(&config.root, &on_disk, diags) {
            out.insert(inside, Source::Disk(path));
        }
    }
    out
}

/// Every file of the built-in theme under `dir`, by its path in the theme.
fn built_in_files(dir: &'static Dir<'static>) -> Vec<(&'static str, &'static [u8])> {
    let mut out = Vec::new();
    for entry in dir.entries() {
        match entry {
            DirEntry::Dir(sub) => out.extend(built_in_files(sub)),
            DirEntry::File(file) => {
                let Some(path) = file.path().to_str() else {
                    continue;
                };
                let name = path.rsplit('/').next().unwrap_or(path);
                if !crate::discover::is_ignored(name) {
                    out.push((path, file.contents()));
                }
            }
        }
    }
    out
}

/// The files under `dir` by their path inside it; a symbolic link is an
/// error (a theme never leads out of the site).
pub fn disk_files(root: &Path, dir: &Path, diags: &mut Diagnostics) -> Vec<(String, PathBuf)> {
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !crate::discover::is_ignored(&e.file_name().to_string_lossy()));
    let mut out = Vec::new();
    for entry in walker {
        match entry {
            Ok(e) if e.path_is_symlink() || crate::inputs::leads_out(root, e.path()) => diags.push(
                Diagnostic::error(msg!("input-symlink"))
                    .in_file(rel_path(root, e.path()))
                    .help(msg!("input-symlink-help")),
            ),
            Ok(e) if e.file_type().is_file() => {
                out.push((rel_path(dir, e.path()), e.path().to_path_buf()))
            }
            Ok(_) => {}
            Err(err) => diags.push(Diagnostic::error(msg!(
                "cannot-read",
                detail = err.to_string()
            ))),
        }
    }
    out
}

/// Whether a theme of this name exists for the site: the built-in one, or
/// a folder in `themes/`.
pub fn exists(root: &Path, name: &str) -> bool {
    name == BUILT_IN_NAME || root.join("themes").join(name).is_dir()
}

/// Write the built-in theme out into `dir` (which must not exist or be
/// empty), for a site to change it. Returns how many files were written.
pub fn eject(dir: &Path) -> Result<usize, EjectError> {
    if std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some()) {
        return Err(EjectError::NotEmpty);
    }
    let files = built_in_files(&BUILT_IN);
    for (path, bytes) in &files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(EjectError::Io)?;
        }
        std::fs::write(&target, bytes).map_err(EjectError::Io)?;
    }
    Ok(files.len())
}

#[derive(Debug)]
pub enum EjectError {
    NotEmpty,
    Io(io::Error),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_theme_has_what_a_site_needs() {
        for path in ["templates/base.html", "i18n/ar.yaml", "i18n/fr.yaml"] {
            assert!(BUILT_IN.get_file(path).is_some(), "{path}");
        }
        let statics = built_in_files(BUILT_IN.get_dir("static").unwrap());
        assert!(statics.iter().any(|(p, _)| p.ends_with(".woff2")));
    }

    #[test]
    fn eject_writes_every_file_and_refuses_a_folder_in_use() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("themes/espace");
        let written = eject(&target).unwrap();
        assert_eq!(written, built_in_files(&BUILT_IN).len());
        let base = std::fs::read(target.join("templates/base.html")).unwrap();
        assert_eq!(
            base,
            BUILT_IN.get_file("templates/base.html").unwrap().contents()
        );
        assert!(matches!(eject(&target), Err(EjectError::NotEmpty)));
    }
}
