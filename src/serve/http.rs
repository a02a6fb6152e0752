//! The HTTP side of `serve`: pages from the in-memory build, and the
//! event stream that tells open pages about new builds.

use super::editor;
use super::reload::{self, EVENTS_PATH};
use super::Shared;
use crate::check::percent_decode;
use std::io::Read;
use std::io::Write;
use std::sync::Arc;
use std::time::Duration;
use tiny_http::{Header, Request, Response, Server};

pub fn run(server: Server, shared: Arc<Shared>) {
    for request in server.incoming_requests() {
        let shared = Arc::clone(&shared);
        // One thread per request: event streams stay open for minutes.
        std::thread::spawn(move || handle(request, &shared));
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn handle(request: Request, shared: &Shared) {
    let url = request.url().to_string();
    let path = url.split(['?', '#']).next().unwrap_or("/");
    if path == EVENTS_PATH {
        return events(request, shared);
    }
    if path == editor::API_PATH {
        return edit(request, shared);
    }
    let path = percent_decode(path);
    let key = path.trim_start_matches('/');
    let key = if key.is_empty() || key.ends_with('/') {
        format!("{key}index.html")
    } else {
        key.to_string()
    };
    let (files, search, copies) = {
        let snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        (
            Arc::clone(&snap.files),
            Arc::clone(&snap.search),
            Arc::clone(&snap.copies),
        )
    };
    let body = files
        .get(&key)
        .or_else(|| search.get(&key))
        .cloned()
        // A file swapped for a link while serving is not followed.
        .or_else(|| copies.get(&key).and_then(|p| crate::inputs::read(p).ok()));
    let response = match body {
        Some(bytes) => respond(200, &key, bytes),
        None if files.contains_key(&format!("{key}/index.html")) => Response::from_data(Vec::new())
            .with_status_code(301)
            .with_header(header("Location", &format!("{path}/"))),
        None => {
            let page = files.get("404.html").cloned().unwrap_or_default();
            respond(404, "404.html", page)
        }
    };
    // Let go of the pages before sending: an edit then changes them in place.
    drop((files, search, copies));
    let _ = request.respond(response);
}

/// The editor's save or read: POST, JSON, from the served page only (a
/// page of another site open in the same browser cannot write here).
fn edit(mut request: Request, shared: &Shared) {
    let value = |name: &str| {
        request
            .headers()
            .iter()
            .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str().to_string())
    };
    let json_body = value("Content-Type").is_some_and(|t| t.starts_with("application/json"));
    // Browsers send Origin on every POST; a request without one is not the
    // editor. Host too must be a loopback name (DNS rebinding).
    let same_origin = value("Origin").is_some_and(|o| shared.origins.contains(&o));
    let loopback_host = value("Host").is_some_and(|h| {
        shared
            .origins
            .iter()
            .any(|o| o.strip_prefix("http://") == Some(h.as_str()))
    });
    let (status, answer) = if *request.method() != tiny_http::Method::Post
        || !json_body
        || !same_origin
        || !loopback_host
    {
        (403, serde_json::json!({ "error": "refused" }))
    } else {
        let mut body = Vec::new();
        let read = std::io::Read::take(request.as_reader(), 64 << 20).read_to_end(&mut body);
        match read {
            Ok(_) => editor::answer(&shared.root, &body),
            Err(e) => (400, serde_json::json!({ "error": e.to_string() })),
        }
    };
    let response = Response::from_data(answer.to_string().into_bytes())
        .with_status_code(status)
        .with_header(header("Content-Type", "application/json; charset=utf-8"));
    let _ = request.respond(response);
}

fn respond(status: u16, key: &str, bytes: Vec<u8>) -> Response<std::io::Cursor<Vec<u8>>> {
    let kind = content_type(key);
    let bytes = if kind.starts_with("text/html") {
        reload::inject(&bytes)
    } else {
        bytes
    };
    Response::from_data(bytes)
        .with_status_code(status)
        .with_header(header("Content-Type", kind))
        .with_header(header("Cache-Control", "no-store"))
}

/// A server-sent event stream: the state now, then one message per build.
fn events(request: Request, shared: &Shared) {
    let mut out = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    let mut last = None;
    loop {
        let snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
        let snap = if last == Some(snap.generation) {
            shared
                .changed
                .wait_timeout(snap, Duration::from_secs(20))
                .unwrap_or_else(|e| e.into_inner())
                .0
        } else {
            snap
        };
        let text = if last == Some(snap.generation) {
            ": keep-alive\n\n".to_string()
        } else {
            last = Some(snap.generation);
            format!(
                "data: {}\n\n",
                reload::message(snap.generation, &snap.errors)
            )
        };
        drop(snap);
        if out
            .write_all(text.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return;
        }
    }
}

fn content_type(path: &str) -> &'static str {
    let ext = path.rsplit('.').next().unwrap_or("");
    match ext {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" | "jsonld" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "csv" => "text/csv; charset=utf-8",
        "geojson" => "application/geo+json",
        "pdf" => "application/pdf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
