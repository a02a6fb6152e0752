//! `fadaa serve`: build in memory, serve over HTTP on loopback, watch the
//! site's folders, rebuild on change and reload the open pages. The
//! connections, their limits and the `Host` rule: `net.rs`, `wire.rs`.
//!
//! Pages are served from the last good build held in memory, so `public/`
//! is never touched; the only writes are the editor's saves into
//! `content/` and `assets/` (`editor.rs`), offered on loopback only. A build that fails keeps
//! the last good pages in service and shows its errors in the browser (an
//! overlay in the page's language) and through `report`; the next good
//! build clears them. The reload script is added to HTML responses here,
//! never to `build` output.

mod conn;
mod edit;
mod editor;
mod http;
mod net;
mod pool;
mod reach;
mod reload;
mod watch;
mod wire;

pub use edit::{body_edit, Edited};

use crate::assets::Copies;
use crate::config::BuildOptions;
use crate::diag::{Diagnostic, Severity};
use crate::memo::Memo;
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub struct ServeOptions {
    pub build: BuildOptions,
    pub bind: IpAddr,
    pub port: u16,
}

/// What `serve` tells its caller, which prints it.
pub enum Event {
    Listening(String),
    /// Listening beyond this machine: everyone on the network sees the
    /// drafts, at these addresses (none when no route was found).
    Exposed(Vec<String>),
    Built {
        pages: usize,
        /// Pages rendered by this build; the others' variables had not
        /// changed, so their previous HTML was kept.
        rendered: usize,
        /// Markdown texts rendered again, of how many (the others were
        /// unchanged and reused).
        texts: (usize, usize),
        /// How long each stage took (`--verbose` prints them).
        timings: Vec<(&'static str, Duration)>,
        changed: Vec<String>,
        removed: usize,
        elapsed: Duration,
        first: bool,
    },
    Failed(Vec<Diagnostic>),
    Warnings(Vec<Diagnostic>),
    /// The search index of the pages in service is made, in this long.
    Indexed(Duration),
}

/// The pages in service and the state browsers are told about.
pub(crate) struct Snapshot {
    pub files: Arc<BTreeMap<String, Vec<u8>>>,
    /// The search index, made once no save has come for a moment.
    pub search: Arc<BTreeMap<String, Vec<u8>>>,
    pub copies: Arc<Copies>,
    /// Bumped by every build, good or not: open pages wait for it.
    pub generation: u64,
    pub errors: Vec<Diagnostic>,
}

pub(crate) struct Shared {
    pub snapshot: Mutex<Snapshot>,
    pub changed: Condvar,
    /// The site folder, which the editor at /admin/ saves into.
    pub root: std::path::PathBuf,
    /// `http://host:port` for each loopback name of the server: the only
    /// pages the editor's requests may come from. Empty when `serve`
    /// listens on another address: then there is no editor (anyone on the
    /// network could write into the site folder).
    pub origins: Vec<String>,
    /// The address to open, told to a browser that used another name.
    pub url: String,
}

/// Serve until the process is stopped (Ctrl-C ends it; nothing needs
/// cleaning up, since nothing was written).
pub fn serve(
    options: ServeOptions,
    report: impl Fn(Event) + Send + 'static,
) -> std::io::Result<()> {
    let listener = std::net::TcpListener::bind(SocketAddr::new(options.bind, options.port))?;
    listener.set_nonblocking(true)?;
    let port = listener.local_addr()?.port();
    // This machine's browser opens the loopback address in any case.
    let host = match options.bind {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    let url = format!("http://{}/", SocketAddr::new(host, port));
    let exposed = (!options.bind.is_loopback()).then(|| reach::urls(options.bind, port));
    let mut build = options.build.clone();
    // No editor when the server is reachable from the network.
    build.local_editor &= options.bind.is_loopback();
    build.base_url = Some(url.clone());
    let shared = Arc::new(Shared {
        snapshot: Mutex::new(Snapshot {
            files: Arc::new(BTreeMap::new()),
            search: Arc::new(BTreeMap::new()),
            copies: Arc::new(Copies::new()),
            generation: 0,
            errors: Vec::new(),
        }),
        changed: Condvar::new(),
        root: build.root.clone(),
        origins: if options.bind.is_loopback() {
            ["127.0.0.1".to_string(), "localhost".into(), "[::1]".into()]
                .iter()
                .map(|h| format!("http://{h}:{port}"))
                .collect()
        } else {
            Vec::new()
        },
        url: exposed
            .as_ref()
            .and_then(|urls| urls.first().cloned())
            .unwrap_or_else(|| url.clone()),
    });
    // Watch before the first build, so that no save is missed between
    // the first build and the first event (an editor saving at once).
    let mut changes = watch::watch(&build.root)?;
    let mut memo = Memo::default();
    let mut last = rebuild(&build, &shared, &report, &mut memo, true);
    let for_http = Arc::clone(&shared);
    let listener = mio::net::TcpListener::from_std(listener);
    std::thread::spawn(move || net::run(listener, for_http));
    report(Event::Listening(url));
    if let Some(urls) = exposed {
        report(Event::Exposed(urls));
    }
    // The watcher reports absolute paths.
    let root = build
        .root
        .canonicalize()
        .unwrap_or_else(|_| build.root.clone());
    // The search index of the pages in service is made once no save has
    // come for a moment: the browser reloading the page has both cores
    // meanwhile, and saves in a row do not wait for it. A search made
    // before then uses the previous index, still consistent.
    let mut unindexed = last.is_some();
    loop {
        let batch = match (unindexed, &last) {
            (true, Some(built)) => match changes.within(INDEX_WHEN_QUIET) {
                watch::Waited::Changed(batch) => batch,
                watch::Waited::Quiet => {
                    index_search(built, &shared, &report);
                    unindexed = false;
                    continue;
                }
                watch::Waited::Closed => break,
            },
            _ => match changes.next() {
                Some(batch) => batch,
                None => break,
            },
        };
        let started = Instant::now();
        if let Some(edited) = last
            .as_mut()
            .and_then(|l| edit::body_edit(l, &build, &root, &batch))
        {
            let last = last.as_ref().expect("the edit was made on the last build");
            publish_edit(edited, last, &shared, &report, &mut memo, started);
            unindexed = true;
            continue;
        }
        // The whole build, reusing the last one's Markdown where its
        // inputs did not change. Should it fail, the pages in service stay
        // those of the last good build: their index is made first.
        if let (true, Some(built)) = (unindexed, &last) {
            index_search(built, &shared, &report);
        }
        if let Some(l) = last.take() {
            memo.markdown = Some(l.content);
        }
        last = rebuild(&build, &shared, &report, &mut memo, false);
        unindexed = last.is_some();
    }
    Ok(())
}

/// How long no save must come before the search index is made.
const INDEX_WHEN_QUIET: Duration = Duration::from_millis(250);

/// The search index of the build in service, put in service in turn.
fn index_search(last: &crate::Rendered, shared: &Shared, report: &impl Fn(Event)) {
    let started = Instant::now();
    // `serve` always retains the strings; without them only the topic
    // words are missing.
    let strings = last
        .retained
        .as_ref()
        .map(|r| Arc::clone(&r.strings))
        .unwrap_or_default();
    let search = crate::search::files(&last.site, &last.content, &last.data, &strings);
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
    let mut snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
    match result {
        Ok(mut rendered) => {
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
            let same =
                applied.changed.is_empty() && removed == 0 && *snap.copies == rendered.copies;
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
            Some(rendered)
        }
        Err(diags) => {
            snap.generation += 1;
            snap.errors = diags.iter().filter(|d| d.is_error()).cloned().collect();
            drop(snap);
            shared.changed.notify_all();
            report(Event::Failed(diags));
            None
        }
    }
}
