//! The builds of one `serve`: the first, then one for each batch of saves
//! (a body edit when a single text changed, else the whole build), each
//! put in service; the search index is made once no save has come for a
//! moment.

use super::{edit, watch, Edited, Event, Shared};
use crate::config::BuildOptions;
use crate::diag::{Diagnostic, Severity};
use crate::memo::Memo;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long no save must come before the search index is made.
const INDEX_WHEN_QUIET: Duration = Duration::from_millis(250);

/// The server's builds: the one in service, and what the next may reuse.
pub(super) struct Session<'s, R> {
    options: BuildOptions,
    shared: &'s Shared,
    report: &'s R,
    /// What the next whole build may reuse.
    memo: Memo,
    /// The last good build (without its files, which are in service),
    /// for the next edit.
    last: Option<crate::Rendered>,
    /// The search index of the pages in service is not made yet.
    unindexed: bool,
}

impl<'s, R: Fn(Event)> Session<'s, R> {
    /// The session with its first build made and in service.
    pub(super) fn first_build(options: BuildOptions, shared: &'s Shared, report: &'s R) -> Self {
        // The watcher reports every save from now on (it was started
        // before this build).
        let mut memo = Memo::watched();
        let last = rebuild(&options, shared, report, &mut memo, true);
        Session {
            options,
            shared,
            report,
            memo,
            unindexed: last.is_some(),
            last,
        }
    }

    /// Serve each batch of changes until the watcher is gone.
    pub(super) fn follow(mut self, mut changes: watch::Batches) {
        let root = changes.root().to_path_buf();
        while let Some(batch) = self.next_batch(&mut changes) {
            if changes.failed() {
                self.memo.unwatch();
            }
            self.changed(&batch, &root);
        }
    }

    /// The next batch of changes. The search index of the pages in
    /// service is made meanwhile, once no save has come for a moment: the
    /// browser reloading the page has both cores until then, and saves in
    /// a row do not wait for it. A search made before then uses the
    /// previous index, still consistent.
    fn next_batch(&mut self, changes: &mut watch::Batches) -> Option<Vec<PathBuf>> {
        loop {
            let (true, Some(built)) = (self.unindexed, &self.last) else {
                return changes.next();
            };
            match changes.within(INDEX_WHEN_QUIET) {
                watch::Waited::Changed(batch) => return Some(batch),
                watch::Waited::Quiet => {
                    index_search(built, self.shared, self.report, &mut self.memo.search);
                    self.unindexed = false;
                }
                watch::Waited::Closed => return None,
            }
        }
    }

    /// A body edit when the batch allows one, else the whole build.
    fn changed(&mut self, batch: &[PathBuf], root: &std::path::Path) {
        let started = Instant::now();
        // Kept until a whole build has parsed them (a body edit does not).
        self.memo.saved.add(batch, root);
        if let Some(edited) = self
            .last
            .as_mut()
            .and_then(|l| edit::body_edit(l, &self.options, root, batch))
        {
            let last = self
                .last
                .as_ref()
                .expect("the edit was made on the last build");
            publish_edit(
                edited,
                last,
                self.shared,
                self.report,
                &mut self.memo,
                started,
            );
            self.unindexed = true;
            return;
        }
        // The whole build, reusing the last one's Markdown where its
        // inputs did not change. Should it fail, the pages in service stay
        // those of the last good build: their index is made first.
        if let (true, Some(built)) = (self.unindexed, &self.last) {
            index_search(built, self.shared, self.report, &mut self.memo.search);
        }
        if let Some(mut l) = self.last.take() {
            self.memo.markdown = Some(std::mem::take(&mut l.content));
            // A staging folder (`serve` builds in memory and has none) is
            // let go here: the next build would use its path.
            drop(l.staging.take());
            drop_aside(l);
        }
        self.last = rebuild(
            &self.options,
            self.shared,
            self.report,
            &mut self.memo,
            false,
        );
        self.unindexed = self.last.is_some();
    }
}

/// Let go of a large value on a thread of its own: freeing the last
/// build's site and plan (a hundred thousand allocations at 10,000
/// pages) took some 30 ms of every rebuild before its pages were served.
fn drop_aside<T: Send + 'static>(value: T) {
    let spawned = std::thread::Builder::new()
        .name("drop".into())
        .spawn(move || drop(value));
    // When no thread can be made, `spawn` has dropped the closure, and
    // the value in it, here: as before.
    drop(spawned);
}

/// The search index of the build in service, put in service in turn.
fn index_search(
    last: &crate::Rendered,
    shared: &Shared,
    report: &impl Fn(Event),
    memo: &mut crate::derive::search::kept::Memo,
) {
    let started = Instant::now();
    let search = last.search_index(memo);
    shared
        .snapshot
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .search = Arc::new(search);
    report(Event::Indexed(started.elapsed()));
}

/// Put the pages of one body edit in service.
fn publish_edit(
    edited: Vec<Edited>,
    last: &crate::Rendered,
    shared: &Shared,
    report: &impl Fn(Event),
    memo: &mut Memo,
    started: Instant,
) {
    let rendered = edited.iter().filter(|e| e.path.ends_with(".html")).count();
    let mut snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
    // The map is shared with no one between builds: changed in place.
    let files = Arc::make_mut(&mut snap.files);
    let mut changed = Vec::new();
    for e in edited {
        // The next whole build renders these pages again.
        memo.forget_page(&e.path);
        if files.get(&e.path) != Some(&e.bytes) {
            if e.path.ends_with(".html") {
                changed.push(e.path.clone());
            }
            files.insert(e.path, e.bytes);
        }
    }
    // No errors are on show: a failed build leaves no last build to edit.
    if !changed.is_empty() {
        snap.generation += 1;
    }
    drop(snap);
    shared.changed.notify_all();
    let elapsed = started.elapsed();
    report(Event::Built {
        pages: last.retained.as_ref().map_or(0, |r| r.plan.pages()),
        rendered,
        texts: (rendered, last.content.texts()),
        timings: vec![("one text and its pages", elapsed)],
        changed,
        removed: 0,
        elapsed,
        first: false,
    });
}

/// The whole build; the last good one is kept (without its files, which
/// are in service) for the next edit.
fn rebuild(
    options: &BuildOptions,
    shared: &Shared,
    report: &impl Fn(Event),
    memo: &mut Memo,
    first: bool,
) -> Option<crate::Rendered> {
    let started = Instant::now();
    // The pages in service, to reuse those whose variables did not change;
    // let go after, so that an edit can change the map in place.
    memo.pages.files = Arc::clone(
        &shared
            .snapshot
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .files,
    );
    let result = crate::render_site_with(options, Some(memo));
    memo.pages.files = Arc::default();
    match result {
        Ok(mut rendered) => {
            publish_build(&mut rendered, shared, report, started, first);
            Some(rendered)
        }
        Err(diags) => {
            let mut snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
            snap.generation += 1;
            snap.errors = diags.iter().filter(|d| d.is_error()).cloned().collect();
            drop(snap);
            shared.changed.notify_all();
            report(Event::Failed(diags));
            None
        }
    }
}

/// Put the pages of a good whole build in service, in place of the last
/// one's, and clear the errors on show.
fn publish_build(
    rendered: &mut crate::Rendered,
    shared: &Shared,
    report: &impl Fn(Event),
    started: Instant,
    first: bool,
) {
    let mut snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
    let rendered_pages = rendered.rendered_pages;
    // Every page, the two outside the language folders (404,
    // language choice) included.
    let pages = rendered.retained.as_ref().map_or(0, |r| r.plan.pages());
    let timings = std::mem::take(&mut rendered.timings);
    // The new files in place of those in service (changed in place:
    // the memo has let go of the map).
    let applied = rendered.apply_to(Arc::make_mut(&mut snap.files));
    let removed = applied.removed;
    let changed: Vec<String> = applied
        .changed
        .iter()
        .filter(|p| p.ends_with(".html"))
        .cloned()
        .collect();
    // Open pages reload only when something they could show changed.
    let same = applied.changed.is_empty() && removed == 0 && *snap.copies == rendered.copies;
    if !same || !snap.errors.is_empty() {
        snap.generation += 1;
    }
    snap.copies = Arc::new(std::mem::take(&mut rendered.copies));
    snap.errors.clear();
    let warnings: Vec<Diagnostic> = std::mem::take(&mut rendered.warnings)
        .into_iter()
        .filter(|d| d.severity == Severity::Warning)
        .collect();
    drop(snap);
    shared.changed.notify_all();
    let elapsed = started.elapsed();
    if !warnings.is_empty() {
        report(Event::Warnings(warnings));
    }
    let texts = (rendered.content.rendered, rendered.content.texts());
    report(Event::Built {
        pages,
        rendered: rendered_pages,
        texts,
        timings,
        changed,
        removed,
        elapsed,
        first,
    });
}
