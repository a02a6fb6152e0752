//! A page's variables written out for its fingerprint (`variables`):
//! the shape JSON gives them, which is what templates see, without JSON's
//! text. Strings go as their length and bytes, not escaped: escaping
//! every string of every page was the largest part of a `serve` rebuild
//! at 10,000 pages that was not rendering.
//!
//! Two values whose JSON differs are written differently: every token
//! says what it is, strings carry their length, lists and maps end with a
//! mark, and struct fields carry their names (a field left out is seen).

use serde::ser::{self, Serialize};
use std::fmt;

/// The hash of `value` as a fingerprint writes it.
pub fn key<T: Serialize + ?Sized>(value: &T) -> u64 {
    let mut written = Vec::new();
    write(&mut written, value);
    xxhash_rust::xxh3::xxh3_64(&written)
}

/// Write `value` to `out`. A value that fails to write (a `Serialize`
/// that reports an error) leaves a mark no other write leaves, so that
/// its page is never taken as unchanged.
pub fn write<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    if value.serialize(&mut Writer { out }).is_err() {
        static FAILED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = FAILED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        out.push(b'!');
        out.extend_from_slice(&n.to_le_bytes());
        out.extend_from_slice(&std::process::id().to_le_bytes());
    }
}

struct Writer<'a> {
    out: &'a mut Vec<u8>,
}

impl Writer<'_> {
    fn token(&mut self, tag: u8, bytes: &[u8]) {
        self.out.push(tag);
        self.out.extend_from_slice(bytes);
    }

    /// As JSON: a variant with content is a map of its name to it.
    fn open_variant(&mut self, variant: &str, content: u8) {
        self.token(b'{', &[]);
        self.text(variant);
        self.token(content, &[]);
    }

    fn text(&mut self, text: &str) {
        self.token(b's', &text.len().to_le_bytes());
        self.out.extend_from_slice(text.as_bytes());
    }
}

/// Writing to memory does not fail; this is only for a `Serialize` that
/// reports an error of its own.
#[derive(Debug)]
pub struct Failed(String);

impl fmt::Display for Failed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failed {}

impl ser::Error for Failed {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Failed(msg.to_string())
    }
}

type Done = Result<(), Failed>;

/// Serializer methods that write their number as a wider one.
macro_rules! widen {
    ($($method:ident($narrow:ty)),+ => $wide:ident) => {
        $(fn $method(self, v: $narrow) -> Done {
            self.$wide(v.into())
        })+
    };
}

impl<'w> ser::Serializer for &mut Writer<'w> {
    type Ok = ();
    type Error = Failed;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Done {
        self.token(b'b', &[u8::from(v)]);
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Done {
        self.token(b'i', &v.to_le_bytes());
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Done {
        self.token(b'I', &v.to_le_bytes());
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Done {
        self.token(b'u', &v.to_le_bytes());
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Done {
        self.token(b'U', &v.to_le_bytes());
        Ok(())
    }
    // Narrower numbers are written as the widest of their kind: JSON
    // writes 5u8 as it writes 5u64.
    widen!(serialize_i8(i8), serialize_i16(i16), serialize_i32(i32) => serialize_i64);
    widen!(serialize_u8(u8), serialize_u16(u16), serialize_u32(u32) => serialize_u64);
    widen!(serialize_f32(f32) => serialize_f64);
    fn serialize_f64(self, v: f64) -> Done {
        self.token(b'f', &v.to_bits().to_le_bytes());
        Ok(())
    }
    fn serialize_char(self, v: char) -> Done {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Done {
        self.text(v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Done {
        self.token(b'y', &v.len().to_le_bytes());
        self.out.extend_from_slice(v);
        Ok(())
    }
    // As JSON: `None`, `()` and a unit struct are all `null`, `Some(v)`
    // is `v`, a newtype struct is its value.
    fn serialize_none(self) -> Done {
        self.token(b'n', &[]);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Done {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Done {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Done {
        self.serialize_none()
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Done {
        value.serialize(self)
    }
    // As JSON: a unit variant is its name; another is a map of its name
    // to its content.
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Done {
        self.text(variant);
        Ok(())
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Done {
        self.token(b'{', &[]);
        self.text(variant);
        value.serialize(&mut *self)?;
        self.token(b'}', &[]);
        Ok(())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Failed> {
        self.token(b'[', &[]);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Failed> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Self, Failed> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Failed> {
        self.open_variant(variant, b'[');
        Ok(self)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Failed> {
        self.token(b'{', &[]);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self, Failed> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Self, Failed> {
        self.open_variant(variant, b'{');
        Ok(self)
    }
}

/// The serializers of lists (a sequence, tuple or tuple struct, and a
/// tuple variant, which also closes its map): each element in turn, then
/// the closing marks.
macro_rules! list {
    ($trait:ident, $element:ident, $end:expr) => {
        impl ser::$trait for &mut Writer<'_> {
            type Ok = ();
            type Error = Failed;
            fn $element<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
                value.serialize(&mut **self)
            }
            fn end(self) -> Done {
                self.out.extend_from_slice($end);
                Ok(())
            }
        }
    };
}

list!(SerializeSeq, serialize_element, b"]");
list!(SerializeTuple, serialize_element, b"]");
list!(SerializeTupleStruct, serialize_field, b"]");
list!(SerializeTupleVariant, serialize_field, b"]}");

impl ser::SerializeMap for &mut Writer<'_> {
    type Ok = ();
    type Error = Failed;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Done {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Done {
        value.serialize(&mut **self)
    }
    fn end(self) -> Done {
        self.token(b'}', &[]);
        Ok(())
    }
}

/// The serializers of structs (and of a struct variant, which also
/// closes its map): each field's name and value, then the closing marks.
macro_rules! fields {
    ($trait:ident, $end:expr) => {
        impl ser::$trait for &mut Writer<'_> {
            type Ok = ();
            type Error = Failed;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Done {
                self.text(key);
                value.serialize(&mut **self)
            }
            fn end(self) -> Done {
                self.out.extend_from_slice($end);
                Ok(())
            }
        }
    };
}

fields!(SerializeStruct, b"}");
fields!(SerializeStructVariant, b"}}");

#[cfg(test)]
mod tests {
    use super::write;
    use serde::Serialize;

    fn written<T: Serialize>(value: &T) -> Vec<u8> {
        let mut out = Vec::new();
        write(&mut out, value);
        out
    }

    #[derive(Serialize)]
    struct Card {
        #[serde(skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        summary: Option<String>,
    }

    #[test]
    fn values_json_tells_apart_are_written_apart() {
        // Where a string ends: ["a\"", "b"] against ["a", "\"b"].
        assert_ne!(written(&["a\"", "b"]), written(&["a", "\"b"]));
        assert_ne!(written(&["ab", ""]), written(&["a", "b"]));
        // A string holding what a mark is written as.
        assert_ne!(written(&["as", "b"]), written(&["a", "sb"]));
        // Nesting: [[1], 2] against [[1, 2]].
        assert_ne!(
            written(&serde_json::json!([[1], 2])),
            written(&serde_json::json!([[1, 2]]))
        );
        // Which field a value is in, when the other is left out.
        let title = Card {
            title: Some("x".into()),
            summary: None,
        };
        let summary = Card {
            title: None,
            summary: Some("x".into()),
        };
        assert_ne!(written(&title), written(&summary));
        // And the same value is written the same.
        assert_eq!(written(&["a", "b"]), written(&vec!["a", "b"]));
    }

    struct Refuses;

    impl Serialize for Refuses {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("no"))
        }
    }

    #[test]
    fn a_value_that_fails_is_never_written_the_same_twice() {
        assert_ne!(written(&Refuses), written(&Refuses));
    }
}
