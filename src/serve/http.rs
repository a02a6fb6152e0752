//! The answers of `serve`: pages from the in-memory build, the editor's
//! saves, and the event stream that tells open pages about new builds.
//! `admit` looks at a request's head before anything else is read;
//! `answer` makes the whole answer, on a worker (see `net.rs`).

use super::editor;
use super::reload::{self, EVENTS_PATH};
use super::wire::{self, Reply, Request, MAX_BODY};
use super::Shared;
use crate::check::percent_decode;
use crate::messages::{Arg, Locale, Message};
use crate::msg;
use std::sync::Arc;

/// What to do with a request once its head is read.
pub enum Admit {
    /// Answer at once with these bytes; read nothing more.
    Answer(Vec<u8>),
    /// Read a body of this many bytes, then answer.
    Body(usize),
    /// Answer (there is no body to read).
    Go,
}

/// The checks made on every head: a `Host` that only this machine can
/// be (DNS rebinding), and for the editor, its own page, JSON, a length
/// within `MAX_BODY`.
pub fn admit(request: &Request, shared: &Shared) -> Admit {
    let hosts: Vec<&str> = request.headers_named("Host").collect();
    match hosts[..] {
        [host] if wire::host_allowed(host) => {}
        [_] => return Admit::Answer(refusal(421, shared)),
        _ => return Admit::Answer(refusal(400, shared)),
    }
    if request.path() != editor::API_PATH {
        return Admit::Go;
    }
    if !from_editor(request, shared) {
        return Admit::Answer(json(403, &serde_json::json!({ "error": "refused" })));
    }
    if request.header("Transfer-Encoding").is_some() {
        let error = serde_json::json!({ "error": "Content-Length is required" });
        return Admit::Answer(json(411, &error));
    }
    match request.header("Content-Length").map(str::parse::<u64>) {
        None => Admit::Go,
        Some(Ok(size)) if size > MAX_BODY => {
            let too_large = msg!("serve-body-too-large", limit = Arg::Bytes(MAX_BODY));
            let error = serde_json::json!({ "error": both(&too_large, " — ") });
            Admit::Answer(json(413, &error))
        }
        Some(Ok(size)) => Admit::Body(size as usize),
        Some(Err(_)) => {
            let error = serde_json::json!({ "error": "bad Content-Length" });
            Admit::Answer(json(400, &error))
        }
    }
}

/// The editor's save or read comes from the served page only (a page of
/// another site open in the same browser cannot write here): POST, JSON,
/// its `Origin` (browsers send one on every POST) and a loopback `Host`.
fn from_editor(request: &Request, shared: &Shared) -> bool {
    let json_body = request
        .header("Content-Type")
        .is_some_and(|t| t.starts_with("application/json"));
    let same_origin = request
        .header("Origin")
        .is_some_and(|o| shared.origins.iter().any(|own| own == o));
    let loopback_host = request.header("Host").is_some_and(|h| {
        shared
            .origins
            .iter()
            .any(|o| o.strip_prefix("http://") == Some(h))
    });
    request.method == "POST" && json_body && same_origin && loopback_host
}

/// The answer to an admitted request.
pub fn answer(request: &Request, shared: &Shared) -> Reply {
    let path = request.path();
    if path == EVENTS_PATH {
        return events(shared);
    }
    if path == editor::API_PATH {
        let (status, answer) = editor::answer(&shared.root, &request.body);
        return Reply::Close(json(status, &answer));
    }
    Reply::Close(page(request, shared))
}

fn page(request: &Request, shared: &Shared) -> Vec<u8> {
    let head_only = request.method == "HEAD";
    let raw = request.path();
    let path = percent_decode(raw);
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
        .cloned()
        .or_else(|| search.get(&key).map(|b| b.to_vec()))
        // A file swapped for a link while serving is not followed.
        .or_else(|| {
            copies
                .get(&key)
                .and_then(|s| s.read().ok().map(|b| b.into_owned()))
        });
    match body {
        Some(bytes) => respond(200, &key, bytes, head_only),
        // The path as sent (no CR or LF can be in it) goes back.
        None if files.contains_key(&format!("{key}/index.html")) => {
            let location = format!("{raw}/");
            wire::response(301, &[("Location", &location)], b"", head_only)
        }
        None => {
            let page = files.get("404.html").cloned().unwrap_or_default();
            respond(404, "404.html", page, head_only)
        }
    }
}

fn respond(status: u16, key: &str, bytes: Vec<u8>, head_only: bool) -> Vec<u8> {
    let kind = content_type(key);
    let bytes = if kind.starts_with("text/html") {
        reload::inject(&bytes)
    } else {
        bytes
    };
    let headers = [("Content-Type", kind), ("Cache-Control", "no-store")];
    wire::response(status, &headers, &bytes, head_only)
}

fn json(status: u16, value: &serde_json::Value) -> Vec<u8> {
    let headers = [("Content-Type", "application/json; charset=utf-8")];
    wire::response(status, &headers, value.to_string().as_bytes(), false)
}

/// A refusal a writer may see in the browser, in Arabic and French: a
/// wrong `Host` (421, 400) or a head too large (431); other statuses
/// have no words.
pub fn refusal(status: u16, shared: &Shared) -> Vec<u8> {
    let message = match status {
        421 | 400 => msg!("serve-wrong-host", url = shared.url.as_str()),
        431 => msg!(
            "serve-head-too-large",
            limit = Arg::Bytes(wire::MAX_HEAD as u64)
        ),
        _ => return wire::response(status, &[], b"", false),
    };
    let paragraph = |locale: Locale| {
        let dir = if locale.is_rtl() { "rtl" } else { "ltr" };
        let text = crate::escape::html_text(&message.text(locale));
        format!("<p lang=\"{}\" dir=\"{dir}\">{text}</p>\n", locale.code())
    };
    let body = format!(
        "<!doctype html>\n<meta charset=\"utf-8\">\n<title>{status}</title>\n{}{}",
        paragraph(Locale::Ar),
        paragraph(Locale::Fr)
    );
    let headers = [("Content-Type", "text/html; charset=utf-8")];
    wire::response(status, &headers, body.as_bytes(), false)
}

/// The message in Arabic and French, for a reader whose language is not
/// known (the editor shows the text it is given).
fn both(message: &Message, between: &str) -> String {
    let (ar, fr) = (message.text(Locale::Ar), message.text(Locale::Fr));
    format!("{ar}{between}{fr}")
}

/// The start of a server-sent event stream: the state now. `net.rs`
/// sends one message per build after it.
fn events(shared: &Shared) -> Reply {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    let snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
    let first = event(snap.generation, &snap.errors);
    Reply::Stream([head.as_bytes(), &first].concat(), snap.generation)
}

/// One message of the event stream.
pub fn event(generation: u64, errors: &[crate::diag::Diagnostic]) -> Vec<u8> {
    format!("data: {}\n\n", reload::message(generation, errors)).into_bytes()
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
