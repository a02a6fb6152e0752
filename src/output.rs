//! Write the build into a fresh folder beside the output, then swap it in:
//! a failed or interrupted build never leaves a half-written site, and the
//! previous output stays as it was until the new one is complete.

pub mod keep;
pub mod place;
pub mod precompress;

use crate::assets::Copies;
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::msg;
use crate::theme::Source;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::stamp::MARKER;

#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    pub generated: usize,
    pub copied: usize,
    /// `.br` and `.gz` copies beside text files (none with `--no-precompress`).
    pub compressed: precompress::Compressed,
}

/// Write a whole site held in memory.
pub fn write(
    config: &Config,
    files: &BTreeMap<String, Vec<u8>>,
    copies: &Copies,
) -> Result<Written, Diagnostic> {
    Staging::new(config)?.finish(files, copies)
}

/// The folder a build fills beside the output. `build` writes each page
/// into it as soon as the page is rendered, so that the site's HTML is never
/// all in memory at once; `finish` adds the rest and swaps it in. Dropped
/// unfinished (an error, a panic), it is removed and the output is untouched.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    output: PathBuf,
    parent: PathBuf,
    name: String,
    streamed: AtomicUsize,
    /// Lines added to the marker: the inputs' fingerprint (`stamp`).
    stamp: String,
    /// What is carried from the old output into the new (`keep`).
    kept: Vec<String>,
    precompress: bool,
    finished: bool,
    /// Held until the output is swapped in or the staging folder removed.
    _lock: fs::File,
}

impl Staging {
    pub fn new(config: &Config) -> Result<Staging, Diagnostic> {
        let output = config.output.as_path();
        let kept = keep::kept(&config.keep);
        check_replaceable(output, &kept)?;
        let (parent, name) = beside(output);
        fs::create_dir_all(&parent).map_err(|e| io_error("create-parent", &parent, e))?;
        let lock = take_lock(&parent, &name, output)?;
        recover(output, &parent.join(format!(".{name}.fadaa-old")));
        rescue_kept(output, &kept);
        let dir = parent.join(format!(".{name}.fadaa-new"));
        if dir.exists() {
            fs::remove_dir_all(&dir).map_err(|e| io_error("clear-unfinished", &dir, e))?;
        }
        fs::create_dir_all(&dir).map_err(|e| io_error("create", &dir, e))?;
        Ok(Staging {
            dir,
            output: output.to_path_buf(),
            parent,
            name,
            streamed: AtomicUsize::new(0),
            stamp: String::new(),
            kept,
            precompress: config.precompress,
            finished: false,
            _lock: lock,
        })
    }

    /// Write one file now (from any thread).
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        let target = self.dir.join(path);
        if let Some(folder) = target.parent() {
            fs::create_dir_all(folder).map_err(|e| io_error("create", folder, e))?;
        }
        fs::write(&target, bytes).map_err(|e| io_error("write", &target, e))?;
        self.streamed.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// Record in the marker what this build was made from.
    pub fn set_stamp(&mut self, stamp: &crate::stamp::Stamp) {
        self.stamp = stamp.to_marker_lines();
    }

    /// Write the remaining files and copies, then put the folder in place.
    pub fn finish(
        mut self,
        files: &BTreeMap<String, Vec<u8>>,
        copies: &Copies,
    ) -> Result<Written, Diagnostic> {
        let mut marker = self.stamp.clone();
        if self.precompress {
            marker.push_str(&precompress::settings());
            marker.push('\n');
        }
        fill(&self.dir, files, copies, &marker)?;
        let compressed = if self.precompress {
            let previous = self.previous_with_same_settings();
            precompress::folder(&self.dir, previous.as_deref())
                .map_err(|(path, e)| io_error("compress", &path, e))?
        } else {
            precompress::Compressed::default()
        };
        let moved = keep::carry(&self.output, &self.dir, &self.kept)
            .map_err(|(path, e)| io_error("keep", &path, e))?;
        if let Err(e) = swap(&self.dir, &self.output, &self.parent, &self.name) {
            // Not removed if something kept could not go back: the next
            // build moves it back before clearing the folder.
            self.finished = !keep::put_back(&self.output, &self.dir, &moved);
            return Err(e);
        }
        self.finished = true;
        Ok(Written {
            generated: files.len() + self.streamed.load(Ordering::Relaxed),
            copied: copies.keys().filter(|k| !files.contains_key(*k)).count(),
            compressed,
        })
    }

    /// The output being replaced, when its `.br` and `.gz` were made as
    /// this build makes them: an unchanged file's copies are taken from it.
    fn previous_with_same_settings(&self) -> Option<PathBuf> {
        let marker = fs::read_to_string(self.output.join(MARKER)).ok()?;
        marker
            .lines()
            .any(|l| l == precompress::settings())
            .then(|| self.output.clone())
    }
}

/// Kept paths a killed build left in a folder beside the output go back
/// into the output before that folder is cleared.
fn rescue_kept(output: &Path, kept: &[String]) {
    let (parent, name) = beside(output);
    for leftover in [format!(".{name}.fadaa-new"), format!(".{name}.fadaa-old")] {
        keep::rescue(&parent.join(leftover), output, kept);
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.dir);
        }
    }
}

/// Only one build writes an output at a time: a second one would clear
/// the first one's staging folder mid-write, and the first would then
/// swap in a site missing files (and its fingerprint). The lock is the
/// system's, on a file beside the output, so a killed build releases it.
fn take_lock(parent: &Path, name: &str, output: &Path) -> Result<fs::File, Diagnostic> {
    let path = parent.join(format!(".{name}.fadaa-lock"));
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| io_error("create", &path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => Err(Diagnostic::error(msg!(
            "output-busy",
            path = output.display().to_string()
        ))
        .help(msg!("output-busy-help"))),
        Err(fs::TryLockError::Error(e)) => Err(io_error("create", &path, e)),
    }
}

/// The folder holding the output, and the output's name: the staging
/// and the set-aside folders are made beside it.
fn beside(output: &Path) -> (PathBuf, String) {
    let parent = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let name = output
        .file_name()
        .map_or("public".into(), |n| n.to_string_lossy().into_owned());
    (parent, name)
}

/// Remove what killed builds left beside a complete output (a build that
/// finds nothing to do still tidies up after them).
pub fn clear_leftovers(output: &Path, kept: &[String]) {
    let (parent, name) = beside(output);
    // Another build may be writing: its staging folder is not a leftover.
    let Ok(_lock) = take_lock(&parent, &name, output) else {
        return;
    };
    rescue_kept(output, kept);
    for leftover in [format!(".{name}.fadaa-new"), format!(".{name}.fadaa-old")] {
        let path = parent.join(leftover);
        if path.is_dir() {
            remove_in_parallel(&path);
        }
    }
}

fn check_replaceable(output: &Path, kept: &[String]) -> Result<(), Diagnostic> {
    if !output.exists() {
        return Ok(());
    }
    let is_ours = output.join(MARKER).is_file();
    // Empty, or a fresh git worktree: nothing but what a build keeps.
    let is_empty = output.is_dir() && keep::holds_only_kept(output, kept);
    if is_ours || is_empty {
        return Ok(());
    }
    Err(Diagnostic::error(msg!(
        "output-not-ours",
        folder = output.display().to_string()
    ))
    .help(msg!("output-not-ours-help")))
}

fn fill(
    staging: &Path,
    files: &BTreeMap<String, Vec<u8>>,
    copies: &Copies,
    stamp: &str,
) -> Result<(), Diagnostic> {
    let mut dirs: Vec<PathBuf> = files
        .keys()
        .chain(copies.keys())
        .filter_map(|p| Path::new(p).parent().map(|d| staging.join(d)))
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in &dirs {
        fs::create_dir_all(dir).map_err(|e| io_error("create", dir, e))?;
    }
    copies
        .par_iter()
        .filter(|(path, _)| !files.contains_key(*path))
        .try_for_each(|(path, source)| {
            let target = staging.join(path);
            match source {
                Source::Disk(source) => fs::copy(source, &target)
                    .map(drop)
                    .map_err(|e| io_error("copy", source, e)),
                Source::BuiltIn(_, bytes) => {
                    fs::write(&target, bytes).map_err(|e| io_error("write", &target, e))
                }
            }
        })?;
    files.par_iter().try_for_each(|(path, bytes)| {
        let target = staging.join(path);
        fs::write(&target, bytes).map_err(|e| io_error("write", &target, e))
    })?;
    fs::write(
        staging.join(MARKER),
        format!(
            "This folder is written by fadaa build; it is replaced whole on every build.\n{stamp}"
        ),
    )
    .map_err(|e| io_error("write", staging, e))
}

/// Put the new output in place. On Linux one `renameat2(RENAME_EXCHANGE)`
/// swaps the two folders atomically: at every instant the output's name
/// holds a complete site, even if the process is killed. Elsewhere (or on
/// a file system without it), two renames: the old output steps aside, the
/// new one takes its name; `recover` repairs the instant between them.
fn swap(staging: &Path, output: &Path, parent: &Path, name: &str) -> Result<(), Diagnostic> {
    let old = parent.join(format!(".{name}.fadaa-old"));
    if old.exists() {
        fs::remove_dir_all(&old).map_err(|e| io_error("remove", &old, e))?;
    }
    if output.exists() && exchange(staging, output).is_ok() {
        // `staging` now holds the previous output.
        remove_in_parallel(staging);
        return Ok(());
    }
    let had_output = output.exists();
    if had_output {
        fs::rename(output, &old).map_err(|e| io_error("move-aside", output, e))?;
    }
    if let Err(e) = fs::rename(staging, output) {
        if had_output {
            let _ = fs::rename(&old, output);
        }
        return Err(io_error("move-in", output, e));
    }
    if had_output {
        remove_in_parallel(&old);
    }
    Ok(())
}

/// Remove a whole output folder, its files on every core: on a big site
/// deleting the previous output costs as much as writing the new one.
fn remove_in_parallel(dir: &Path) {
    let files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.file_type().is_dir())
        .map(|e| e.into_path())
        .collect();
    files.par_iter().for_each(|f| {
        let _ = fs::remove_file(f);
    });
    let _ = fs::remove_dir_all(dir);
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| {
        CString::new(p.as_os_str().as_bytes())
            .map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))
    };
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: two valid NUL-terminated paths; AT_FDCWD resolves them as
    // `fs::rename` would. The call only reads them.
    let status = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if status == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// A build stopped between the two renames of the fallback swap leaves
/// the previous output aside under its `-old` name: put it back.
fn recover(output: &Path, old: &Path) {
    if !output.exists() && old.join(MARKER).is_file() {
        let _ = fs::rename(old, output);
    }
}

fn io_error(what: &'static str, path: &Path, err: std::io::Error) -> Diagnostic {
    Diagnostic::error(msg!(
        "output-io",
        what = what,
        path = path.display().to_string(),
        detail = err.to_string()
    ))
}
