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
mod session;
mod watch;
mod wire;

pub use edit::{body_edit, Edited};

use crate::assets::Copies;
use crate::config::BuildOptions;
use crate::diag::Diagnostic;
use session::Session;
use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

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
    pub search: Arc<BTreeMap<String, crate::derive::search::Bytes>>,
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
    let host = browser_host(options.bind);
    let url = format!("http://{}/", SocketAddr::new(host, port));
    let exposed = (!options.bind.is_loopback()).then(|| reach::urls(options.bind, port));
    let mut build = options.build.clone();
    // No editor when the server is reachable from the network.
    build.local_editor &= options.bind.is_loopback();
    build.base_url = Some(url.clone());
    let shared = Arc::new(Shared {
        snapshot: Mutex::new(Snapshot::empty()),
        changed: Condvar::new(),
        root: build.root.clone(),
        origins: editor_origins(options.bind, port),
        url: exposed
            .as_ref()
            .and_then(|urls| urls.first().cloned())
            .unwrap_or_else(|| url.clone()),
    });
    // Watch before the first build, so that no save is missed between
    // the first build and the first event (an editor saving at once).
    let changes = watch::watch(&build.root)?;
    let session = Session::first_build(build, &shared, &report);
    let for_http = Arc::clone(&shared);
    let listener = mio::net::TcpListener::from_std(listener);
    std::thread::spawn(move || net::run(listener, for_http));
    report(Event::Listening(url));
    if let Some(urls) = exposed {
        report(Event::Exposed(urls));
    }
    session.follow(changes);
    Ok(())
}

impl Snapshot {
    /// Before the first build: nothing in service.
    fn empty() -> Snapshot {
        Snapshot {
            files: Arc::new(BTreeMap::new()),
            search: Arc::new(BTreeMap::new()),
            copies: Arc::new(Copies::new()),
            generation: 0,
            errors: Vec::new(),
        }
    }
}

/// The address this machine's browser opens: the loopback one when the
/// server listens on every address.
fn browser_host(bind: IpAddr) -> IpAddr {
    match bind {
        IpAddr::V4(v4) if v4.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(v6) if v6.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    }
}

/// The pages the editor's requests may come from (see `Shared::origins`):
/// none unless the server listens on loopback.
fn editor_origins(bind: IpAddr, port: u16) -> Vec<String> {
    if !bind.is_loopback() {
        return Vec::new();
    }
    ["127.0.0.1".to_string(), "localhost".into(), "[::1]".into()]
        .iter()
        .map(|h| format!("http://{h}:{port}"))
        .collect()
}
