//! The threads behind `net.rs`'s event loop: `WORKERS` that make answers
//! from whole requests, and one that turns each new build into a message
//! for the open pages. Both hand their results to the loop and wake it.

use super::http;
use super::wire::{Reply, Request, WORKERS};
use super::Shared;
use mio::{Token, Waker};
use std::panic::AssertUnwindSafe;
use std::sync::{mpsc, Arc, Mutex};

/// What the loop is told.
pub enum Note {
    /// The answer to the request of this connection.
    Reply(Token, Reply),
    /// A build's generation and the message that tells open pages of it.
    Build(u64, Vec<u8>),
}

/// Start the workers; requests are sent to them on the channel returned.
pub fn workers(
    shared: &Arc<Shared>,
    notes: &mpsc::Sender<Note>,
    waker: &Arc<Waker>,
) -> mpsc::Sender<(Token, Request)> {
    let (jobs, queue) = mpsc::channel::<(Token, Request)>();
    let queue = Arc::new(Mutex::new(queue));
    for _ in 0..WORKERS {
        let (queue, shared) = (Arc::clone(&queue), Arc::clone(shared));
        let (notes, waker) = (notes.clone(), Arc::clone(waker));
        std::thread::spawn(move || loop {
            let job = queue.lock().unwrap_or_else(|e| e.into_inner()).recv();
            let Ok((token, request)) = job else { return };
            // A bug in one answer costs that answer, not a worker.
            let reply =
                std::panic::catch_unwind(AssertUnwindSafe(|| http::answer(&request, &shared)))
                    .unwrap_or_else(|_| Reply::Close(http::refusal(500, &shared)));
            if notes.send(Note::Reply(token, reply)).is_err() {
                return;
            }
            let _ = waker.wake();
        });
    }
    jobs
}

/// Start the thread that waits for builds and tells the loop of each.
pub fn broadcast(shared: &Arc<Shared>, notes: mpsc::Sender<Note>, waker: Arc<Waker>) {
    let shared = Arc::clone(shared);
    std::thread::spawn(move || {
        let mut told = None;
        loop {
            let snap = shared.snapshot.lock().unwrap_or_else(|e| e.into_inner());
            let snap = shared
                .changed
                .wait_while(snap, |s| told == Some(s.generation))
                .unwrap_or_else(|e| e.into_inner());
            let message = http::event(snap.generation, &snap.errors);
            told = Some(snap.generation);
            drop(snap);
            if notes.send(Note::Build(told.unwrap_or(0), message)).is_err() {
                return;
            }
            let _ = waker.wake();
        }
    });
}
