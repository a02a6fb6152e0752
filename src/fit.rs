//! Buffers held until the end of a build (rendered texts, `serve`'s
//! pages), moved into blocks of their own size.
//!
//! `shrink_to_fit` asks the allocator to reallocate, and mimalloc (the
//! allocator, `main.rs`) keeps the block in place when the new size is at
//! least half of it ("not more than 50 % waste", its `alloc.c`). A text
//! grown by doubling then keeps a quarter of its block empty on average:
//! about 68 MiB over the 43,652 texts of the 50,000-page benchmark site.
//! A copy into a block requested at its length (which the allocator
//! rounds up to one of its size classes) does not depend on that.

/// `text` in a block of its length (as is when it already is).
pub fn string(text: String) -> String {
    match text.capacity() > text.len() {
        true => String::from(text.as_str()),
        false => text,
    }
}

/// `bytes` in a block of their length (as they are when already).
pub fn bytes(bytes: Vec<u8>) -> Vec<u8> {
    match bytes.capacity() > bytes.len() {
        true => bytes.as_slice().to_vec(),
        false => bytes,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_grown_buffer_comes_back_exactly_its_length() {
        let mut text = String::with_capacity(8192);
        text.push_str("فضاء المواطن");
        let fitted = super::string(text);
        assert_eq!(fitted, "فضاء المواطن");
        assert_eq!(fitted.capacity(), fitted.len());

        let mut bytes = Vec::with_capacity(32 * 1024);
        bytes.extend_from_slice(b"<p>guichet</p>");
        let fitted = super::bytes(bytes);
        assert_eq!(fitted, b"<p>guichet</p>");
        assert_eq!(fitted.capacity(), fitted.len());
    }
}
