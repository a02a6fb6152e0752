//! Watching the site's folders with notify; a burst of events (an editor
//! saving writes, renames and deletes) becomes one rebuild.

use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// Quiet time that ends a burst of changes.
const DEBOUNCE: Duration = Duration::from_millis(25);

/// Batches of changed paths, forever (the watcher lives in the iterator).
/// The folders are watched under the site's canonical path, which every
/// reported path then starts with (`Batches::root`).
pub fn watch(root: &Path) -> std::io::Result<Batches> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let (send, receive) = mpsc::channel();
    let failed = Arc::new(AtomicBool::new(false));
    let failing = Arc::clone(&failed);
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Events were lost (the queue overflowed) or the watcher failed (a
        // new folder it could not watch): an empty path says that any file
        // may have changed (`discover::Saved`), and after a failure saves
        // are no longer all reported.
        let event = match event {
            Ok(event) if !event.need_rescan() => event,
            other => {
                failing.fetch_or(other.is_err(), Ordering::Relaxed);
                let _ = send.send(vec![PathBuf::new()]);
                return;
            }
        };
        // Reads (ours included: every build opens every file) are not changes.
        let changes = matches!(
            event.kind,
            EventKind::Create(_)
                | EventKind::Remove(_)
                | EventKind::Modify(ModifyKind::Data(_))
                | EventKind::Modify(ModifyKind::Name(_))
                | EventKind::Modify(ModifyKind::Any)
        );
        if changes {
            let _ = send.send(event.paths);
        }
    })
    .map_err(std::io::Error::other)?;
    for folder in crate::config::INPUT_FOLDERS {
        let path = root.join(folder);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(std::io::Error::other)?;
        }
    }
    Ok(Batches {
        _watcher: watcher,
        receive,
        root,
        failed,
    })
}

pub struct Batches {
    _watcher: notify::RecommendedWatcher,
    receive: mpsc::Receiver<Vec<PathBuf>>,
    /// The site's folder as the reported paths name it.
    root: PathBuf,
    failed: Arc<AtomicBool>,
}

/// What came of waiting a while for a change.
pub enum Waited {
    Changed(Vec<PathBuf>),
    /// Nothing changed meanwhile.
    Quiet,
    /// The watcher is gone.
    Closed,
}

impl Batches {
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether the watcher has failed: saves may go unreported.
    pub fn failed(&self) -> bool {
        self.failed.load(Ordering::Relaxed)
    }

    /// The next batch if a change begins within `wait`.
    pub fn within(&mut self, wait: Duration) -> Waited {
        match self.receive.recv_timeout(wait) {
            // Only editors' noise (a lock or swap file): nothing changed.
            Ok(first) => self.burst(first).map_or(Waited::Quiet, Waited::Changed),
            Err(mpsc::RecvTimeoutError::Timeout) => Waited::Quiet,
            Err(mpsc::RecvTimeoutError::Disconnected) => Waited::Closed,
        }
    }

    /// The burst that `first` begins, less editors' noise; `None` if only
    /// noise.
    fn burst(&self, first: Vec<PathBuf>) -> Option<Vec<PathBuf>> {
        let mut batch = first;
        while let Ok(more) = self.receive.recv_timeout(DEBOUNCE) {
            batch.extend(more);
        }
        batch.retain(|p| !is_editor_noise(p));
        if batch.is_empty() {
            return None;
        }
        batch.sort();
        batch.dedup();
        Some(batch)
    }
}

impl Iterator for Batches {
    type Item = Vec<PathBuf>;

    fn next(&mut self) -> Option<Vec<PathBuf>> {
        loop {
            let first: Vec<PathBuf> = self.receive.recv().ok()?;
            if let Some(batch) = self.burst(first) {
                return Some(batch);
            }
        }
    }
}

/// Swap, backup and temporary files editors write beside the real one
/// (vim's `4913` probe included): saving a story must not rebuild twice.
/// They are the files the walk of `content/` ignores, so a file it lists
/// is never dropped here (`discover::Saved` trusts these events).
fn is_editor_noise(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    crate::discover::is_ignored(name)
}
