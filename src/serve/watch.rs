//! Watching the site's folders with notify; a burst of events (an editor
//! saving writes, renames and deletes) becomes one rebuild.

use notify::event::ModifyKind;
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

/// Quiet time that ends a burst of changes.
const DEBOUNCE: Duration = Duration::from_millis(25);

/// Batches of changed paths, forever (the watcher lives in the iterator).
pub fn watch(root: &Path) -> std::io::Result<Batches> {
    let (send, receive) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Events were lost (the watcher's queue overflowed, or it failed):
        // an empty path says that any file may have changed
        // (`memo::Saved`).
        let event = match event {
            Ok(event) if !event.need_rescan() => event,
            _ => {
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
    })
}

pub struct Batches {
    _watcher: notify::RecommendedWatcher,
    receive: mpsc::Receiver<Vec<PathBuf>>,
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
fn is_editor_noise(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    crate::discover::is_ignored(name) || name == "4913" || name.ends_with(".bak")
}
