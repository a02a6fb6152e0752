//! The connections of `serve`. One thread runs an event loop (mio) that
//! accepts, reads heads and bodies and writes answers without ever
//! blocking on a client: a slow or idle client costs a slot and a few
//! kilobytes, never a thread. A fixed pool of `WORKERS` threads makes the
//! answers, from whole requests only, so no client can hold one by being
//! slow (`pool.rs`). Open pages' event streams stay in the loop, counted
//! apart from requests, so that open pages never starve page requests.
//! The limits are in `wire.rs`.

use super::conn::{Conn, Next, Phase};
use super::pool::{self, Note};
use super::wire::{self, Reply, Request};
use super::Shared;
use mio::net::{TcpListener, TcpStream};
use mio::{Events, Interest, Poll, Registry, Token};
use std::collections::HashMap;
use std::io::{self, ErrorKind};
use std::net::SocketAddr;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

const LISTENER: Token = Token(0);
const WAKER: Token = Token(1);
/// How often deadlines are looked at (and accepting retried, should the
/// system have run out of file handles).
const TICK: Duration = Duration::from_millis(500);
/// An event stream gets a comment this often: a closed page is noticed.
const KEEP_ALIVE: Duration = Duration::from_secs(20);

/// Serve on `listener` until the process ends.
pub fn run(mut listener: TcpListener, shared: Arc<Shared>) -> io::Result<()> {
    let mut poll = Poll::new()?;
    poll.registry()
        .register(&mut listener, LISTENER, Interest::READABLE)?;
    let waker = Arc::new(mio::Waker::new(poll.registry(), WAKER)?);
    let (notes, inbox) = mpsc::channel();
    let jobs = pool::workers(&shared, &notes, &waker);
    pool::broadcast(&shared, notes, waker);
    let mut server = Server {
        conns: HashMap::new(),
        next: 2,
        latest: None,
        jobs,
        registry: poll.registry().try_clone()?,
        shared,
        pinged: Instant::now(),
    };
    let mut events = Events::with_capacity(256);
    loop {
        if let Err(e) = poll.poll(&mut events, Some(TICK)) {
            if e.kind() == ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        for event in &events {
            match event.token() {
                LISTENER => server.accept(&listener),
                WAKER => {}
                token => server.ready(token),
            }
        }
        while let Ok(note) = inbox.try_recv() {
            server.note(note);
        }
        server.sweep(&listener);
    }
}

struct Server {
    conns: HashMap<Token, Conn>,
    /// Tokens are never reused: a late answer cannot reach a newer client.
    next: usize,
    /// The last build's message, for streams that start before it reaches them.
    latest: Option<(u64, Vec<u8>)>,
    jobs: mpsc::Sender<(Token, Request)>,
    registry: Registry,
    shared: Arc<Shared>,
    pinged: Instant,
}

impl Server {
    fn accept(&mut self, listener: &TcpListener) {
        loop {
            let (mut stream, peer) = match listener.accept() {
                Ok(accepted) => accepted,
                Err(e) if e.kind() == ErrorKind::WouldBlock => return,
                Err(e) if transient(&e) => continue,
                // Out of file handles: tried again at the next tick.
                Err(_) => return,
            };
            let own = is_own(&stream, peer);
            if !self.make_room(own, false) {
                continue;
            }
            let token = Token(self.next);
            self.next += 1;
            let interest = Interest::READABLE | Interest::WRITABLE;
            if self.registry.register(&mut stream, token, interest).is_ok() {
                self.conns.insert(token, Conn::new(stream, own));
                self.ready(token);
            }
        }
    }

    /// Room for one more connection (`streams`: event stream) from this
    /// machine or not: the oldest of another machine's closes, else the
    /// oldest, unless only this machine's are left and the newcomer is
    /// not. False when the newcomer must be refused.
    fn make_room(&mut self, own: bool, streams: bool) -> bool {
        let cap = if streams {
            wire::MAX_STREAMS
        } else {
            wire::MAX_CONNECTIONS
        };
        let counted = || {
            self.conns
                .iter()
                .filter(move |(_, c)| matches!(c.phase, Phase::Stream(_)) == streams)
        };
        if counted().count() < cap {
            return true;
        }
        let oldest = counted()
            .min_by_key(|(_, c)| (c.own, c.opened))
            .map(|(t, c)| (*t, c.own));
        match oldest {
            Some((token, theirs_own)) if own || !theirs_own => {
                self.close(token);
                true
            }
            _ => false,
        }
    }

    fn ready(&mut self, token: Token) {
        if let Some(conn) = self.conns.get_mut(&token) {
            let next = conn.drive(&self.shared);
            self.follow(token, next);
        }
    }

    fn follow(&mut self, token: Token, next: Next) {
        match next {
            Next::Keep => {}
            Next::Close => self.close(token),
            Next::Work(request) => {
                if let Some(conn) = self.conns.get_mut(&token) {
                    conn.phase = Phase::Working;
                    conn.deadline = None;
                }
                let _ = self.jobs.send((token, request));
            }
        }
    }

    fn close(&mut self, token: Token) {
        if let Some(mut conn) = self.conns.remove(&token) {
            let _ = self.registry.deregister(&mut conn.stream);
        }
    }

    fn note(&mut self, note: Note) {
        match note {
            Note::Reply(token, Reply::Close(bytes)) => {
                if let Some(conn) = self.conns.get_mut(&token) {
                    conn.answer(bytes);
                    let next = conn.write();
                    self.follow(token, next);
                }
            }
            Note::Reply(token, Reply::Stream(bytes, generation)) => {
                let Some(own) = self.conns.get(&token).map(|c| c.own) else {
                    return;
                };
                if !self.make_room(own, true) {
                    return self.close(token);
                }
                let conn = self.conns.get_mut(&token).expect("still open");
                conn.start_stream(bytes, generation);
                if let Some((latest, message)) = &self.latest {
                    if *latest > generation {
                        conn.push(Some(*latest), message);
                    }
                }
                let next = conn.write();
                self.follow(token, next);
            }
            Note::Build(generation, message) => {
                self.send_streams(Some(generation), &message);
                self.latest = Some((generation, message));
            }
        }
    }

    /// Send `bytes` to every event stream that has not had `generation`
    /// (every stream when there is none: a keep-alive).
    fn send_streams(&mut self, generation: Option<u64>, bytes: &[u8]) {
        let mut closing = Vec::new();
        for (token, conn) in &mut self.conns {
            let Phase::Stream(had) = conn.phase else {
                continue;
            };
            if generation.is_some_and(|g| g <= had) {
                continue;
            }
            if !conn.push(generation, bytes) || matches!(conn.write(), Next::Close) {
                closing.push(*token);
            }
        }
        for token in closing {
            self.close(token);
        }
    }

    /// Deadlines, keep-alives, and accepting again.
    fn sweep(&mut self, listener: &TcpListener) {
        let now = Instant::now();
        let due: Vec<Token> = self
            .conns
            .iter()
            .filter(|(_, c)| c.deadline.is_some_and(|d| d <= now))
            .map(|(t, _)| *t)
            .collect();
        for token in due {
            if let Some(conn) = self.conns.get_mut(&token) {
                let next = conn.expire();
                self.follow(token, next);
            }
        }
        if now.duration_since(self.pinged) >= KEEP_ALIVE {
            self.pinged = now;
            self.send_streams(None, b": keep-alive\n\n");
        }
        self.accept(listener);
    }
}

/// A client on this machine: loopback, or one of its own addresses.
fn is_own(stream: &TcpStream, peer: SocketAddr) -> bool {
    let ip = peer.ip().to_canonical();
    ip.is_loopback()
        || stream
            .local_addr()
            .is_ok_and(|local| local.ip().to_canonical() == ip)
}

fn transient(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::Interrupted | ErrorKind::ConnectionAborted | ErrorKind::ConnectionReset
    )
}
