//! `fadaa serve` on a laptop on a café network (issue #23): heads and
//! bodies past their limits are refused without being read, a `Host`
//! that a DNS answer could fake is refused, idle and slow clients hold no
//! thread, and listening beyond loopback says where and warns. Through the
//! real binary and raw TCP. The limits are in src/serve/wire.rs.

use crate::support::TestSite;
use std::io::{BufRead, BufReader, ErrorKind, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_fadaa");

/// A running `fadaa serve` on a free port, stopped when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
    lines: mpsc::Receiver<String>,
    /// What was printed before the "serving on" line, or next to it on
    /// the other stream (stdout and stderr are read apart).
    early: Vec<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    pub fn start(root: &Path) -> Server {
        Server::start_with(root, &[])
    }

    pub fn start_with(root: &Path, args: &[&str]) -> Server {
        let mut child = Command::new(BIN)
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .args(args)
            .env("NO_COLOR", "1")
            .env("FADAA_LANG", "en")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (send, lines) = mpsc::channel();
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = send.send(line);
                }
            });
        }
        let mut server = Server {
            child,
            port: 0,
            lines,
            early: Vec::new(),
        };
        let line = loop {
            let line = server.wait_line("");
            if line.contains("serving on ") {
                break line;
            }
            server.early.push(line);
        };
        let url = line.split_whitespace().nth(2).unwrap();
        server.port = url
            .rsplit(':')
            .next()
            .unwrap()
            .trim_end_matches('/')
            .parse()
            .unwrap();
        server
    }

    pub fn wait_line(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        panic!("no line containing {needle:?} within 20 s");
    }

    /// A line printed at the start, or else the next containing `needle`.
    fn said(&self, needle: &str) -> String {
        let early = self.early.iter().find(|l| l.contains(needle));
        early.cloned().unwrap_or_else(|| self.wait_line(needle))
    }

    /// Status and body of GET `path`.
    pub fn get(&self, path: &str) -> (u16, String) {
        let request =
            format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        self.raw(request.as_bytes())
    }

    /// POST a JSON `body` to `path` with these `headers`; the status.
    pub fn post(&self, path: &str, headers: &str, body: &str) -> (u16, String) {
        let request = format!(
            "POST {path} HTTP/1.1\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        self.raw(request.as_bytes())
    }

    /// Send `request` as it is; the status and body of the answer: what
    /// came until the server closed, or until nothing came for 5 s (a
    /// server that keeps connections open, or streams).
    pub fn raw(&self, request: &[u8]) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        stream.write_all(request).unwrap();
        let mut response = Vec::new();
        let mut chunk = [0u8; 16 * 1024];
        loop {
            match stream.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => response.extend_from_slice(&chunk[..n]),
                Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => break,
                Err(e) => panic!("{e}"),
            }
        }
        let response = String::from_utf8_lossy(&response);
        assert!(response.len() > 12, "no answer: {response:?}");
        let status = response[9..12].parse().unwrap();
        let body = response.split_once("\r\n\r\n").map_or("", |(_, b)| b);
        (status, body.to_string())
    }

    /// GET `path` until `ok` holds, for at most 10 s.
    pub fn eventually(&self, path: &str, ok: impl Fn(u16, &str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let (status, body) = self.get(path);
            if ok(status, &body) {
                return body;
            }
            assert!(
                Instant::now() < deadline,
                "{path}: still {status} after 10 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// An open page's event stream, once its first message has come.
    fn event_stream(&self) -> BufReader<TcpStream> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        write!(
            stream,
            "GET /__fadaa/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
        )
        .unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        let mut reader = BufReader::new(stream);
        // Up to the blank line that ends the first message.
        let mut line = String::new();
        while !line.starts_with("data: ") {
            line.clear();
            assert!(reader.read_line(&mut line).unwrap() > 0, "stream closed");
        }
        reader.read_line(&mut line).unwrap();
        reader
    }
}

fn get_with_head(headers: &str) -> String {
    format!("GET /fr/ HTTP/1.1\r\nHost: localhost\r\n{headers}\r\n")
}

#[test]
fn serve_refuses_a_head_over_16_kb_and_goes_on_answering() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let cookie = |kb: usize| format!("Cookie: {}\r\n", "a".repeat(kb * 1024));
    let (status, body) = server.raw(get_with_head(&cookie(20)).as_bytes());
    assert_eq!(status, 431, "{body}");
    // The browser shows what to do, in Arabic and French.
    assert!(body.contains("lang=\"ar\" dir=\"rtl\""), "{body}");
    assert!(body.contains("supprimez les cookies"), "{body}");
    let many: String = (0..65).map(|i| format!("X-{i}: y\r\n")).collect();
    assert_eq!(server.raw(get_with_head(&many).as_bytes()).0, 431);
    // Just under the limit, and the next client, are answered.
    assert_eq!(server.raw(get_with_head(&cookie(15)).as_bytes()).0, 200);
    assert_eq!(server.get("/fr/").0, 200);
}

#[test]
fn serve_refuses_a_save_over_32_mb_before_reading_it() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let port = server.port;
    let head = |length: u64| {
        format!(
            "POST /api/v1 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\n\
             Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
        )
    };
    // Only the start of the body is sent: the answer comes anyway.
    let started = Instant::now();
    let request = head(32 * 1024 * 1024 + 1) + r#"{"action":"persistMedia","#;
    let (status, body) = server.raw(request.as_bytes());
    assert_eq!(status, 413, "{body}");
    assert!(started.elapsed() < Duration::from_secs(5));
    let answer: serde_json::Value = serde_json::from_str(&body).unwrap();
    let error = answer["error"].as_str().unwrap();
    assert!(
        error.contains("assets/") && error.contains("32,0\u{202F}Mo"),
        "{error}"
    );
    assert!(error.contains("صغّر حجم الصور"), "{error}");
    // A save within the limit is read and answered.
    let info = r#"{"action":"info","params":{}}"#;
    let (status, body) = server.raw((head(info.len() as u64) + info).as_bytes());
    assert_eq!(status, 200, "{body}");
}

/// DNS rebinding: a page of another site whose name comes to point at
/// this machine sends that name as `Host`, and must not read the drafts.
#[test]
fn serve_answers_only_localhost_and_addresses() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let port = server.port;
    let draft = "/fr/stories/draft/";
    let with_host = |host: &str| {
        let request = format!("GET {draft} HTTP/1.1\r\nHost: {host}\r\n\r\n");
        server.raw(request.as_bytes())
    };
    for host in [
        "evil.example".to_string(),
        format!("evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        format!("localhost.:{port}"),
    ] {
        let (status, body) = with_host(&host);
        assert_eq!(status, 421, "{host}: {body}");
        assert!(!body.contains("<h1"), "{host}: no page: {body}");
        assert!(body.contains("ouvrez"), "{host}: {body}");
        assert!(
            body.contains(&format!("http://127.0.0.1:{port}/")),
            "{body}"
        );
    }
    for host in [
        "localhost".to_string(),
        format!("localhost:{port}"),
        format!("127.0.0.1:{port}"),
        format!("[::1]:{port}"),
    ] {
        assert_eq!(with_host(&host).0, 200, "{host}");
    }
    let no_host = format!("GET {draft} HTTP/1.0\r\n\r\n");
    assert_eq!(server.raw(no_host.as_bytes()).0, 400);
    let events = "GET /__fadaa/events HTTP/1.1\r\nHost: evil.example\r\n\r\n";
    assert_eq!(server.raw(events.as_bytes()).0, 421);
}

/// Idle connections (a browser's spare ones), half-sent heads (a
/// slow-loris client) and open pages' event streams take no thread each
/// and do not keep a page from being answered: past the caps (128
/// connections, 32 streams), the oldest are closed.
#[cfg(target_os = "linux")]
#[test]
fn serve_is_not_held_by_idle_slow_or_streaming_clients() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let port = server.port;
    assert_eq!(server.get("/fr/").0, 200);
    let threads = || {
        let status = std::fs::read_to_string(format!("/proc/{}/status", server.child.id()));
        let status = status.unwrap();
        let line = status.lines().find(|l| l.starts_with("Threads:")).unwrap();
        line[8..].trim().parse::<usize>().unwrap()
    };
    let before = threads();
    let connect = || TcpStream::connect(("127.0.0.1", port)).unwrap();
    let idle: Vec<TcpStream> = (0..150).map(|_| connect()).collect();
    let slow: Vec<TcpStream> = (0..20)
        .map(|_| {
            let mut s = connect();
            s.write_all(b"GET /fr/ HTTP/1.1\r\nHost: loc").unwrap();
            s
        })
        .collect();
    let mut streams: Vec<_> = (0..33).map(|_| server.event_stream()).collect();
    let started = Instant::now();
    assert_eq!(server.get("/fr/").0, 200);
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        threads() <= before + 1,
        "{before} threads, then {}",
        threads()
    );
    // The oldest idle connections made room; the half-sent heads, newer,
    // are still open.
    let closed = |s: &TcpStream| {
        s.set_nonblocking(true).unwrap();
        match (&*s).read(&mut [0u8; 64]) {
            Ok(0) => true,
            Err(e) => e.kind() != ErrorKind::WouldBlock,
            Ok(_) => false,
        }
    };
    let idle_closed = idle.iter().filter(|s| closed(s)).count();
    assert!(idle_closed >= 150 + 20 + 1 - 128, "{idle_closed}");
    assert!(closed(&idle[0]) && !closed(&idle[149]));
    assert!(slow.iter().all(|s| !closed(s)));
    // The 33rd open page closed the first one's stream (it reconnects).
    let mut rest = Vec::new();
    streams[0].read_to_end(&mut rest).unwrap();
    let mut line = String::new();
    streams[32].get_mut().set_nonblocking(true).unwrap();
    let still_open = streams[32].read_line(&mut line);
    assert!(
        matches!(&still_open, Err(e) if e.kind() == ErrorKind::WouldBlock),
        "{still_open:?}"
    );
}

#[test]
fn serve_on_the_network_prints_its_addresses_and_warns() {
    let site = TestSite::fixture("mini");
    let server = Server::start_with(&site.root, &["--bind", "0.0.0.0"]);
    let warning = server.said("warning: the preview");
    assert!(
        warning.contains("drafts and future-dated items"),
        "{warning}"
    );
    assert!(!warning.contains("0.0.0.0"), "{warning}");
    let urls: Vec<&str> = warning
        .split_whitespace()
        .filter(|w| w.starts_with("http://"))
        .map(|w| w.trim_end_matches([':', ',']))
        .collect();
    // Each address printed is a real one, and is answered.
    for url in &urls {
        let host = url.trim_start_matches("http://").trim_end_matches('/');
        let mut stream = TcpStream::connect(host).unwrap();
        write!(stream, "GET /fr/ HTTP/1.1\r\nHost: {host}\r\n\r\n").unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        assert!(answer.starts_with("HTTP/1.1 200"), "{url}: {answer}");
    }
    eprintln!("addresses printed: {urls:?}");
    // No editor on the network: anyone there could write into the site.
    let port = server.port;
    let own = format!("Host: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\nContent-Type: application/json\r\n");
    let info = r#"{"action":"info","params":{}}"#;
    assert_eq!(server.post("/api/v1", &own, info).0, 403);
}

/// A slow-loris client, sending its head a few bytes at a time, gets 408
/// once 10 s have passed since it connected, and loses its slot.
#[test]
fn serve_closes_a_half_sent_head_after_10_s() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let started = Instant::now();
    for part in ["GET /fr/ HTTP/1.1\r\n", "Host: local", "host\r\nX-A: b"] {
        stream.write_all(part.as_bytes()).unwrap();
        std::thread::sleep(Duration::from_secs(2));
    }
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let waited = started.elapsed();
    assert!(answer.starts_with("HTTP/1.1 408 "), "{answer}");
    assert!(waited >= Duration::from_secs(10), "{waited:?}");
    assert!(waited < Duration::from_secs(13), "{waited:?}");
}
