//! One connection of `serve`, driven by the loop in `net.rs`: its head
//! and body read as they arrive, within the limits of `wire.rs`; its
//! answer written as the client takes it; then a short linger.

use super::http::{self, Admit};
use super::wire::{self, Request};
use super::Shared;
use mio::net::TcpStream;
use std::io::{self, ErrorKind, Read, Write};
use std::net::Shutdown;
use std::time::Instant;

/// Unsent bytes an event stream may hold before it is closed.
const STREAM_BACKLOG: usize = 256 * 1024;

pub enum Phase {
    Head { buf: Vec<u8>, scanned: usize },
    Body(Request, usize),
    Working,
    Writing,
    Stream(u64),
    Linger,
}

pub struct Conn {
    pub stream: TcpStream,
    /// From this machine: never closed to make room for another's.
    pub own: bool,
    pub opened: Instant,
    pub deadline: Option<Instant>,
    pub phase: Phase,
    pub out: Vec<u8>,
    pub sent: usize,
}

/// What a connection needs from the loop.
pub enum Next {
    Keep,
    Close,
    Work(Request),
}

impl Conn {
    pub fn new(stream: TcpStream, own: bool) -> Conn {
        let now = Instant::now();
        Conn {
            stream,
            own,
            opened: now,
            deadline: Some(now + wire::HEAD_TIME),
            phase: Phase::Head {
                buf: Vec::new(),
                scanned: 0,
            },
            out: Vec::new(),
            sent: 0,
        }
    }

    /// Read and write what the socket allows now.
    pub fn drive(&mut self, shared: &Shared) -> Next {
        let read = match self.phase {
            Phase::Head { .. } => self.read_head(shared),
            Phase::Body(..) => self.read_body(),
            Phase::Working => Ok(Next::Keep),
            // What a client sends after its request is read and dropped;
            // its end only matters once it has its answer.
            Phase::Writing => self.discard().map(|_| Next::Keep),
            Phase::Stream(_) | Phase::Linger => {
                self.discard()
                    .map(|open| if open { Next::Keep } else { Next::Close })
            }
        };
        match read {
            Ok(Next::Keep) => self.write(),
            other => other.unwrap_or(Next::Close),
        }
    }

    fn read_head(&mut self, shared: &Shared) -> io::Result<Next> {
        let Phase::Head { buf, scanned } = &mut self.phase else {
            return Ok(Next::Keep);
        };
        let open = read_some(&mut self.stream, buf, wire::MAX_HEAD + 1 - buf.len())?;
        let end = wire::head_end(buf, *scanned);
        *scanned = buf.len();
        let end = match end {
            Some(end) if end <= wire::MAX_HEAD => end,
            _ if buf.len() > wire::MAX_HEAD => return Ok(self.refuse(431, shared)),
            _ if open => return Ok(Next::Keep),
            _ => return Ok(Next::Close),
        };
        let rest = buf.split_off(end);
        let mut request = match wire::parse_head(buf) {
            Ok(request) => request,
            Err(status) => return Ok(self.refuse(status, shared)),
        };
        match http::admit(&request, shared) {
            Admit::Answer(bytes) => {
                self.answer(bytes);
                Ok(Next::Keep)
            }
            Admit::Go | Admit::Body(0) => Ok(Next::Work(request)),
            Admit::Body(len) => {
                let expects = request.header("Expect");
                if expects.is_some_and(|e| e.eq_ignore_ascii_case("100-continue")) {
                    // A fresh connection's buffer takes these 25 bytes.
                    let _ = self.stream.write(b"HTTP/1.1 100 Continue\r\n\r\n");
                }
                request.body = rest;
                request.body.truncate(len);
                self.phase = Phase::Body(request, len);
                self.deadline = Some(Instant::now() + wire::BODY_TIME);
                self.read_body()
            }
        }
    }

    fn read_body(&mut self) -> io::Result<Next> {
        let Phase::Body(request, len) = &mut self.phase else {
            return Ok(Next::Keep);
        };
        let room = *len - request.body.len();
        let open = read_some(&mut self.stream, &mut request.body, room)?;
        if request.body.len() == *len {
            let Phase::Body(request, _) = std::mem::replace(&mut self.phase, Phase::Working) else {
                unreachable!("the phase was just matched");
            };
            return Ok(Next::Work(request));
        }
        Ok(if open { Next::Keep } else { Next::Close })
    }

    /// Read and drop what has arrived; false at the end of the stream.
    fn discard(&mut self) -> io::Result<bool> {
        let mut chunk = [0u8; 16 * 1024];
        loop {
            match self.stream.read(&mut chunk) {
                Ok(0) => return Ok(false),
                Ok(_) => {}
                Err(e) if e.kind() == ErrorKind::WouldBlock => return Ok(true),
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    fn refuse(&mut self, status: u16, shared: &Shared) -> Next {
        self.answer(http::refusal(status, shared));
        Next::Keep
    }

    pub fn answer(&mut self, bytes: Vec<u8>) {
        self.out = bytes;
        self.sent = 0;
        self.phase = Phase::Writing;
        self.deadline = Some(Instant::now() + wire::STALL_TIME);
    }

    /// Become an event stream that starts with `bytes`.
    pub fn start_stream(&mut self, bytes: Vec<u8>, generation: u64) {
        self.out = bytes;
        self.sent = 0;
        self.deadline = None;
        self.phase = Phase::Stream(generation);
    }

    /// Add `bytes` to an event stream (at `generation`, for a build);
    /// false when the page has stopped reading.
    pub fn push(&mut self, generation: Option<u64>, bytes: &[u8]) -> bool {
        if let (Phase::Stream(had), Some(g)) = (&mut self.phase, generation) {
            *had = g;
        }
        self.out.drain(..self.sent);
        self.sent = 0;
        self.out.extend_from_slice(bytes);
        self.out.len() <= STREAM_BACKLOG
    }

    /// Send what the socket takes now; after a whole answer, linger.
    pub fn write(&mut self) -> Next {
        let before = self.sent;
        while self.sent < self.out.len() {
            match self.stream.write(&self.out[self.sent..]) {
                Ok(0) => return Next::Close,
                Ok(n) => self.sent += n,
                Err(e) if e.kind() == ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == ErrorKind::Interrupted => {}
                Err(_) => return Next::Close,
            }
        }
        if !matches!(self.phase, Phase::Writing) {
            return Next::Keep;
        }
        if self.sent < self.out.len() {
            if self.sent > before {
                self.deadline = Some(Instant::now() + wire::STALL_TIME);
            }
            return Next::Keep;
        }
        self.out = Vec::new();
        self.sent = 0;
        let _ = self.stream.shutdown(Shutdown::Write);
        self.phase = Phase::Linger;
        self.deadline = Some(Instant::now() + wire::LINGER_TIME);
        match self.discard() {
            Ok(true) => Next::Keep,
            _ => Next::Close,
        }
    }

    /// Past the deadline: a partial head gets 408, anything else closes.
    pub fn expire(&mut self) -> Next {
        match &self.phase {
            Phase::Head { buf, .. } if !buf.is_empty() => {
                self.answer(wire::response(408, &[], b"", false));
                self.write()
            }
            _ => Next::Close,
        }
    }
}

/// Read what has arrived, at most `room` bytes, onto `buf`; false at the
/// end of the stream.
fn read_some(stream: &mut TcpStream, buf: &mut Vec<u8>, room: usize) -> io::Result<bool> {
    let mut chunk = [0u8; 16 * 1024];
    let mut left = room;
    while left > 0 {
        let want = left.min(chunk.len());
        match stream.read(&mut chunk[..want]) {
            Ok(0) => return Ok(false),
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                left -= n;
            }
            Err(e) if e.kind() == ErrorKind::WouldBlock => return Ok(true),
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(true)
}
