//! What `serve` reads and writes on a connection: a request's head within
//! its limits, the `Host` rule, and responses. One request per connection
//! (`Connection: close` on every answer): a connection never waits idle
//! between requests, so an idle browser holds no slot for long.
//!
//! The limits below are listed in docs/security.md; change both together.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::time::Duration;

/// A worker's answer.
pub enum Reply {
    /// A whole answer; the connection closes after it.
    Close(Vec<u8>),
    /// The start of an event stream, at this build generation.
    Stream(Vec<u8>, u64),
}

/// The request line and headers together; 431 past it. A browser sends
/// one or two kilobytes; the largest heads seen behind proxies are 8 KB.
pub const MAX_HEAD: usize = 16 * 1024;

/// Header lines in one request; 431 past them (browsers send about 15).
pub const MAX_HEADERS: usize = 64;

/// A request's body. Only the editor's saves have one: the text (2 MB at
/// most, `limits::MAX_TEXT_FILE`) and the photos and files added with it,
/// in base64 (4 bytes for 3). 32 MB carries about 24 MB of files: two
/// 48-megapixel phone photos, or a scanned report. A larger file belongs
/// in `assets/` by hand, or on a file host. 413 past it, before reading.
pub const MAX_BODY: u64 = 32 * 1024 * 1024;

/// From a connection's opening to the end of its head: a browser sends
/// its head at once. A connection that has sent nothing by then (a
/// browser's spare connection) is closed; one that has sent part of a
/// head (a slow-loris client) gets 408.
pub const HEAD_TIME: Duration = Duration::from_secs(10);

/// From the end of the head to the end of the body (the editor's saves,
/// from this machine only).
pub const BODY_TIME: Duration = Duration::from_secs(30);

/// An answer the client stops reading for this long is dropped.
pub const STALL_TIME: Duration = Duration::from_secs(20);

/// After an answer, what the client still sends is read and thrown away
/// for this long, so that closing does not reset the connection before
/// the client has read the answer (a 413 sent while the body arrives).
pub const LINGER_TIME: Duration = Duration::from_secs(2);

/// Connections open at once, event streams aside. Past it, a new
/// connection closes the oldest one from another machine, else the
/// oldest one (this machine's are never closed for another's).
pub const MAX_CONNECTIONS: usize = 128;

/// Open pages' event streams (live reload), counted apart so that open
/// pages never take the place of requests; past it, the oldest closes
/// (its page reconnects by itself a few seconds later).
pub const MAX_STREAMS: usize = 32;

/// Threads that make answers (read a page from memory, save an edit);
/// reading and writing the network is done by one other thread.
pub const WORKERS: usize = 4;

/// A request's head (and body, for the editor's saves).
#[derive(Debug)]
pub struct Request {
    pub method: String,
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    /// The value of the header `name`, when it is there exactly once.
    pub fn header(&self, name: &str) -> Option<&str> {
        let mut values = self
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case(name));
        let first = values.next().map(|(_, v)| v.as_str());
        first.filter(|_| values.next().is_none())
    }

    pub fn headers_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        self.headers
            .iter()
            .filter(move |(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The path, without query or fragment.
    pub fn path(&self) -> &str {
        self.target.split(['?', '#']).next().unwrap_or("/")
    }
}

/// Where the head in `buf` ends (just past its blank line), looking at
/// the bytes from `from` on: the caller remembers how far it looked, so
/// a head sent a byte at a time is scanned once.
pub fn head_end(buf: &[u8], from: usize) -> Option<usize> {
    (from.max(1)..buf.len()).find_map(|j| {
        let blank = buf[j] == b'\n'
            && (buf[j - 1] == b'\n' || (j >= 2 && buf[j - 1] == b'\r' && buf[j - 2] == b'\n'));
        blank.then_some(j + 1)
    })
}

/// The request in a complete head, or the status to refuse it with.
pub fn parse_head(head: &[u8]) -> Result<Request, u16> {
    let mut slots = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut slots);
    match parsed.parse(head) {
        Ok(httparse::Status::Complete(_)) => {}
        Err(httparse::Error::TooManyHeaders) => return Err(431),
        _ => return Err(400),
    }
    let headers = parsed
        .headers
        .iter()
        .map(|h| {
            let value = String::from_utf8_lossy(h.value).trim().to_string();
            (h.name.to_string(), value)
        })
        .collect();
    Ok(Request {
        method: parsed.method.unwrap_or("GET").to_string(),
        target: parsed.path.unwrap_or("/").to_string(),
        headers,
        body: Vec::new(),
    })
}

/// Whether `host` (a `Host` header) names this machine in a way no DNS
/// answer can fake: `localhost` or an IP address, with any port. A page
/// of another site that gets its name pointed at this machine (DNS
/// rebinding) sends that name, and is refused; an address a writer typed
/// (`127.0.0.1`, `[::1]`, the address `--bind` printed) is accepted.
pub fn host_allowed(host: &str) -> bool {
    let port_ok = |p: &str| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
    if let Some(rest) = host.strip_prefix('[') {
        let Some((inside, after)) = rest.split_once(']') else {
            return false;
        };
        let port = after.strip_prefix(':');
        return (after.is_empty() || port.is_some_and(port_ok))
            && inside.parse::<Ipv6Addr>().is_ok();
    }
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port_ok(port) => name,
        Some(_) => return false,
        None => host,
    };
    name.eq_ignore_ascii_case("localhost") || name.parse::<Ipv4Addr>().is_ok()
}

/// A whole response: status line, `headers`, length, `Connection: close`
/// and the body (none for a HEAD request).
pub fn response(status: u16, headers: &[(&str, &str)], body: &[u8], head_only: bool) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    ));
    let mut out = out.into_bytes();
    if !head_only {
        out.extend_from_slice(body);
    }
    out
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Content Too Large",
        421 => "Misdirected Request",
        422 => "Unprocessable Content",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_head_ends_at_its_blank_line_however_it_arrives() {
        let head = b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\nbody";
        assert_eq!(head_end(head, 0), Some(head.len() - 4));
        // Scanned in pieces, from where the last look stopped.
        let whole = (1..=head.len()).find_map(|n| head_end(&head[..n], n.saturating_sub(1)));
        assert_eq!(whole, Some(head.len() - 4));
        assert_eq!(head_end(b"GET / HTTP/1.0\n\n", 0), Some(16));
        assert_eq!(head_end(b"GET / HTTP/1.1\r\nHost: x\r\n", 0), None);
    }

    #[test]
    fn too_many_headers_are_refused_with_431_and_garbage_with_400() {
        let many: String = (0..MAX_HEADERS + 1)
            .map(|i| format!("X-{i}: y\r\n"))
            .collect();
        let head = format!("GET / HTTP/1.1\r\n{many}\r\n");
        assert_eq!(parse_head(head.as_bytes()).unwrap_err(), 431);
        assert_eq!(parse_head(b"\x16\x03\x01 hello\r\n\r\n").unwrap_err(), 400);
        let ok = parse_head(b"GET /fr/?q=1 HTTP/1.1\r\nhost: localhost:1111\r\n\r\n").unwrap();
        assert_eq!(
            (ok.path(), ok.header("Host")),
            ("/fr/", Some("localhost:1111"))
        );
    }

    #[test]
    fn only_localhost_and_addresses_are_accepted_as_host() {
        for host in [
            "localhost",
            "LocalHost:1111",
            "127.0.0.1",
            "127.0.0.1:1111",
            "[::1]",
            "[::1]:1111",
            "192.168.1.20:8080",
            "[fe80::1]:1111",
        ] {
            assert!(host_allowed(host), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:1111",
            "localhost.evil.example",
            "127.0.0.1.nip.io",
            "localhost.",
            "2130706433",
            "127.0.0.1:",
            "127.0.0.1:x",
            "[::1",
            "[::1]x",
            "::1",
            "",
        ] {
            assert!(!host_allowed(host), "{host}");
        }
    }

    #[test]
    fn a_response_says_its_length_and_closes() {
        let r = response(404, &[("Content-Type", "text/plain")], b"gone", false);
        assert_eq!(
            String::from_utf8(r).unwrap(),
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 4\r\nConnection: close\r\n\r\ngone"
        );
        let head = response(200, &[], b"page", true);
        assert!(String::from_utf8(head)
            .unwrap()
            .ends_with("Content-Length: 4\r\nConnection: close\r\n\r\n"));
    }
}
