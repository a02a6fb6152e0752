//! The hasher of every key a later build is reused by (`memo`): XXH3,
//! fed through a buffer.
//!
//! A key is made of many small writes (a `String` hashes as its bytes
//! and a `0xff`, a `u64` as eight bytes), and XXH3's streaming state pays
//! for each write: a bounds check, a copy into its own buffer, a call.
//! Made for every page, text and search document of a rebuild, those
//! small writes were a tenth of a `serve` rebuild's instructions at
//! 10,000 pages. Here small writes land in a buffer on the stack, and the
//! buffer is hashed in one call; only what overflows it goes through the
//! streaming state. XXH3 streamed and XXH3 in one call give the same
//! hash of the same bytes, so a key is exactly what `Xxh3` made.

use std::hash::Hasher;
use xxhash_rust::xxh3::{xxh3_64, Xxh3};

/// Bytes hashed in one call when a key is no longer than this.
const BUFFER: usize = 512;

/// A `Hasher` whose `finish` is the XXH3 (64-bit, seed 0) of every byte
/// written, in order.
pub struct Fingerprint {
    buffer: [u8; BUFFER],
    len: usize,
    /// What did not fit in the buffer, streamed (a long text).
    stream: Option<Box<Xxh3>>,
}

impl Default for Fingerprint {
    fn default() -> Self {
        Self::new()
    }
}

impl Fingerprint {
    pub fn new() -> Self {
        Fingerprint {
            buffer: [0; BUFFER],
            len: 0,
            stream: None,
        }
    }

    /// The buffer handed to the streaming state, which takes what follows.
    fn spill(&mut self) -> &mut Xxh3 {
        let stream = self.stream.get_or_insert_with(|| Box::new(Xxh3::new()));
        stream.update(&self.buffer[..self.len]);
        self.len = 0;
        stream
    }

    /// Small fixed-size writes: copied without a call.
    #[inline]
    fn fixed<const N: usize>(&mut self, bytes: [u8; N]) {
        if self.len + N <= BUFFER {
            self.buffer[self.len..self.len + N].copy_from_slice(&bytes);
            self.len += N;
        } else {
            self.write(&bytes);
        }
    }
}

/// `Hasher`'s writes of one integer, each copied as `write` would take
/// its native-endian bytes (what `Xxh3` is given by the default methods).
macro_rules! fixed_writes {
    ($($name:ident: $int:ty),*) => {
        $(
            #[inline]
            fn $name(&mut self, i: $int) {
                self.fixed(i.to_ne_bytes());
            }
        )*
    };
}

impl Hasher for Fingerprint {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        if self.len + bytes.len() <= BUFFER {
            self.buffer[self.len..self.len + bytes.len()].copy_from_slice(bytes);
            self.len += bytes.len();
        } else if bytes.len() > BUFFER {
            self.spill().update(bytes);
        } else {
            self.spill();
            self.buffer[..bytes.len()].copy_from_slice(bytes);
            self.len = bytes.len();
        }
    }

    fixed_writes!(
        write_u8: u8,
        write_u16: u16,
        write_u32: u32,
        write_u64: u64,
        write_usize: usize
    );

    fn finish(&self) -> u64 {
        match &self.stream {
            None => xxh3_64(&self.buffer[..self.len]),
            Some(stream) => {
                let mut stream = stream.clone();
                stream.update(&self.buffer[..self.len]);
                stream.digest()
            }
        }
    }
}

/// The XXH3 hash of `value` as it hashes itself: what everything a later
/// build may reuse is keyed by (not SipHash: these keys name the site's
/// own inputs, and are made for every page and text of a rebuild).
pub fn of(value: &impl std::hash::Hash) -> u64 {
    let mut hasher = Fingerprint::new();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hash;

    fn streamed(value: &impl Hash) -> u64 {
        let mut hasher = Xxh3::new();
        value.hash(&mut hasher);
        hasher.finish()
    }

    #[test]
    fn the_same_hash_as_xxh3_streamed_whatever_the_length() {
        let long = "ف".repeat(2000);
        let values: Vec<(u8, String, Vec<u64>, usize)> = vec![
            (0, String::new(), vec![], 0),
            (1, "a".into(), vec![7], 3),
            (2, "x".repeat(509), vec![1, 2], 4),
            (3, "y".repeat(BUFFER), (0..200).collect(), 5),
            (4, long.clone(), vec![9; 3], 6),
        ];
        for value in &values {
            assert_eq!(of(value), streamed(value), "{:?}", value.1.len());
        }
        // Many small writes crossing the buffer's end, then a long one.
        let many: Vec<String> = (0..300).map(|i| format!("{i}")).collect();
        assert_eq!(of(&(&many, &long, &many)), streamed(&(&many, &long, &many)));
        assert_ne!(of(&"a"), of(&"b"));
    }
}
