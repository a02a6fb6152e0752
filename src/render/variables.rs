//! How a page's variables are put: into its template context, or, in
//! `serve`, first only into its fingerprint (a page whose variables did
//! not change is not rendered again). Which variables each kind of page
//! has is `fill`'s.

use serde::Serialize;
use tera::Context;

/// A page's template context, or only a hash of everything that would be
/// put into it: `serve` first hashes a page's variables, and builds its
/// context only when the hash differs from the last build's.
#[derive(Clone)]
pub struct Variables {
    ctx: Option<Context>,
    /// The variables written out one after the other (`written`), hashed
    /// at the end: one hash of a buffer costs far less than feeding a
    /// streaming hasher the many small pieces they are written in (a
    /// fifth of a `serve` rebuild's samples).
    written: Option<Vec<u8>>,
}

thread_local! {
    /// Set while a page's variables are written for its fingerprint: a
    /// value with a key of its own (`StoryCard`) writes only the key then.
    static FINGERPRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the value being written is for a fingerprint.
pub fn fingerprinting() -> bool {
    FINGERPRINTING.get()
}

impl Variables {
    pub fn context() -> Variables {
        Variables {
            ctx: Some(Context::new()),
            written: None,
        }
    }

    pub fn fingerprint_only() -> Variables {
        Variables {
            ctx: None,
            written: Some(Vec::with_capacity(4096)),
        }
    }

    pub fn put<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        if let Some(ctx) = &mut self.ctx {
            ctx.insert(key, value);
        }
        if let Some(written) = &mut self.written {
            written.extend_from_slice(key.as_bytes());
            written.push(b'=');
            FINGERPRINTING.set(true);
            super::written::write(written, value);
            FINGERPRINTING.set(false);
        }
    }

    /// A value that has a key of its own (a hash of what it is made
    /// from): a fingerprint takes the key, and the value is made only for
    /// a context.
    pub fn put_keyed<T: Serialize, K: Serialize>(
        &mut self,
        name: &str,
        key: impl FnOnce() -> K,
        value: impl FnOnce() -> T,
    ) {
        if let Some(ctx) = &mut self.ctx {
            ctx.insert(name, &value());
        }
        // The key is made only for a fingerprint (`build` makes none).
        if let Some(written) = &mut self.written {
            written.extend_from_slice(name.as_bytes());
            written.push(b'#');
            super::written::write(written, &key());
        }
    }

    /// A long text (a body's HTML, a map's SVG): its bytes are hashed as
    /// they are, not escaped into JSON first (the largest part of a
    /// fingerprint's cost).
    pub fn put_text(&mut self, key: &str, text: &str) {
        if let Some(ctx) = &mut self.ctx {
            ctx.insert(key, text);
        }
        if let Some(written) = &mut self.written {
            written.extend_from_slice(key.as_bytes());
            written.extend_from_slice(&text.len().to_le_bytes());
            written.extend_from_slice(text.as_bytes());
        }
    }

    /// Mixes in something that is not a variable but shapes the page (its
    /// template's name).
    pub fn mix(&mut self, part: &str) {
        if let Some(written) = &mut self.written {
            written.extend_from_slice(&part.len().to_le_bytes());
            written.extend_from_slice(part.as_bytes());
        }
    }

    /// Mixes in a hash of something the page is made from (its
    /// template's texts: `Templates::key_of`).
    pub fn mix_key(&mut self, key: u64) {
        if let Some(written) = &mut self.written {
            written.extend_from_slice(&key.to_le_bytes());
        }
    }

    /// For a fingerprint: what was written so far replaced by its hash,
    /// so that each page's copy starts from eight bytes, not from the
    /// kilobytes of variables every page has (menus, footer, languages),
    /// copied for each of 11,800 pages.
    pub fn sealed(self) -> Variables {
        match &self.written {
            Some(written) => {
                let hash = xxhash_rust::xxh3::xxh3_64(written);
                Variables {
                    ctx: None,
                    written: Some(hash.to_le_bytes().to_vec()),
                }
            }
            None => self,
        }
    }

    pub fn fingerprint(&self) -> Option<u64> {
        self.written.as_deref().map(xxhash_rust::xxh3::xxh3_64)
    }

    pub fn into_context(self) -> Context {
        self.ctx.unwrap_or_default()
    }
}
