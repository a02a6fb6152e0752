//! Values made from keys, kept from one build to the next while they are
//! used (`serve`'s memo): what one build made is found by the next, and
//! what the next did not use is let go then.

use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;
use std::hash::Hash;

/// Values by the hash (or text) of what they are made from: those this
/// build made, and those the last one made, which this one takes from.
pub struct Generations<K, V> {
    last: FxHashMap<K, V>,
    this: FxHashMap<K, V>,
}

impl<K, V> Default for Generations<K, V> {
    fn default() -> Self {
        Generations {
            last: FxHashMap::default(),
            this: FxHashMap::default(),
        }
    }
}

impl<K: Hash + Eq, V> Generations<K, V> {
    /// The value of `key`, made by `make` when neither this build nor the
    /// last one made it.
    pub fn get_or(&mut self, key: K, make: impl FnOnce() -> V) -> &V {
        match self.this.entry(key) {
            Entry::Occupied(found) => found.into_mut(),
            Entry::Vacant(new) => {
                let value = self.last.remove(new.key()).unwrap_or_else(make);
                new.insert(value)
            }
        }
    }

    /// The value this build or the last one made for `key`, if any (one
    /// the last made is this build's from now on).
    pub fn take(&mut self, key: K) -> Option<&V> {
        match self.this.entry(key) {
            Entry::Occupied(found) => Some(found.into_mut()),
            Entry::Vacant(new) => {
                let value = self.last.remove(new.key())?;
                Some(new.insert(value))
            }
        }
    }

    /// The value this build made (or took) for `key`, if any.
    pub fn made(&self, key: &K) -> Option<&V> {
        self.this.get(key)
    }

    /// This build uses everything the last one made, without asking for
    /// each (what it is made from is as it was): all of it is kept.
    pub fn keep_all(&mut self) {
        if self.this.is_empty() {
            std::mem::swap(&mut self.this, &mut self.last);
        } else {
            self.this.extend(self.last.drain());
        }
    }

    /// This build is done: what it did not use goes.
    pub fn turn(&mut self) {
        self.last = std::mem::take(&mut self.this);
    }
}

impl<V> Generations<Box<str>, V> {
    /// Make the value of each text this build has not met yet (or take
    /// the last build's), for `get`.
    pub fn make_all<'t>(
        &mut self,
        texts: impl IntoIterator<Item = &'t str>,
        make: impl Fn(&str) -> V,
    ) {
        for text in texts {
            // Looked up without allocating a key: most texts are met
            // again (a municipality's name in each of its stories).
            if !self.this.contains_key(text) {
                self.get_or(text.into(), || make(text));
            }
        }
    }

    /// The value of a text given to `make_all`.
    pub fn get(&self, text: &str) -> Option<&V> {
        debug_assert!(self.this.contains_key(text), "not made: {text}");
        self.this.get(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_build_that_keeps_all_loses_nothing_and_one_that_asks_keeps_what_it_asked() {
        let mut kept: Generations<u32, &str> = Generations::default();
        kept.get_or(1, || "one");
        kept.get_or(2, || "two");
        kept.turn();
        // A build that looked at none of them, but keeps them all.
        kept.keep_all();
        kept.turn();
        assert_eq!(kept.take(1), Some(&"one"));
        kept.turn();
        // The next asked for 1 only: 2 is gone.
        assert_eq!(kept.take(2), None);
        assert_eq!(kept.get_or(1, || "made again"), &"one");
    }
}
