//! How a text is found: its key (the item's kind and slug, a field's
//! name, the reader's language), owned in the tables and borrowed to
//! look one up.

use super::Body;
use crate::discover::Kind;
use indexmap::{Equivalent, IndexMap};
use rustc_hash::FxBuildHasher;
use std::hash::{Hash, Hasher};

/// A body's key: its item's kind and slug, and the reader's language.
pub(super) type BodyKey = (Kind, String, String);
/// A Markdown field's key: its item's kind and slug, the field, and the
/// reader's language.
pub(super) type FieldKey = (Kind, String, String, String);

/// Texts by key, found by a key of borrowed strings (`TextRef`): every
/// card, page, feed and search document looks up its item's texts, and
/// copying the slug and language of each lookup was a tenth of a
/// rebuild's Markdown stage.
pub(super) type Texts<K> = IndexMap<K, Body, FxBuildHasher>;

/// A text's key as borrowed strings (`Texts`): hashed as the owned key
/// is (a tuple hashes its parts in order; a `String` as its `str`).
pub(super) struct TextRef<'a, const N: usize>(pub(super) Kind, pub(super) [&'a str; N]);

impl<const N: usize> Hash for TextRef<'_, N> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
        for part in self.1 {
            part.hash(state);
        }
    }
}

impl Equivalent<BodyKey> for TextRef<'_, 2> {
    fn equivalent(&self, (kind, slug, lang): &BodyKey) -> bool {
        self.0 == *kind && self.1 == [slug.as_str(), lang.as_str()]
    }
}

impl Equivalent<FieldKey> for TextRef<'_, 3> {
    fn equivalent(&self, (kind, slug, field, lang): &FieldKey) -> bool {
        self.0 == *kind && self.1 == [slug.as_str(), field.as_str(), lang.as_str()]
    }
}

pub(super) enum Key {
    Body(Kind, String, String),
    Field(Kind, String, &'static str, String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::markdown::Rendered;

    fn body(words: usize) -> Body {
        let mut rendered = Rendered::default();
        rendered.words = words;
        let (content_lang, inputs, asked) = ("fr".into(), 0, Vec::new());
        Body {
            rendered,
            content_lang,
            inputs,
            asked,
        }
    }

    #[test]
    fn a_text_is_found_by_its_key_borrowed() {
        let mut content = Content::default();
        let key = (Kind::Story, "a".to_string(), "fr".to_string());
        content.bodies.insert(key, body(7));
        let field = (Kind::Member, "m".into(), "description".into(), "ar".into());
        content.fields.insert(field, body(9));
        let found = content
            .body(Kind::Story, "a", "fr")
            .map(|b| b.rendered.words);
        assert_eq!(found, Some(7));
        assert!(content.body(Kind::Story, "a", "ar").is_none());
        assert!(content.body(Kind::Page, "a", "fr").is_none());
        let found = content.field(Kind::Member, "m", "description", "ar");
        assert_eq!(found.map(|b| b.rendered.words), Some(9));
        assert!(content
            .field(Kind::Member, "m", "descriptio", "nar")
            .is_none());
    }
}
