use indexmap::IndexMap;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;

/// A value that may differ by language: `{ ar: "…", fr: "…" }`, or a plain
/// string meaning "the same in every language".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Translated {
    Same(String),
    ByLang(IndexMap<String, String>),
}

impl Translated {
    /// The text in `lang`, without fallback.
    pub fn get(&self, lang: &str) -> Option<&str> {
        match self {
            Translated::Same(s) => Some(s),
            Translated::ByLang(map) => map.get(lang).map(String::as_str),
        }
    }

    /// Every text it holds, whatever the language.
    pub fn values(&self) -> Vec<&str> {
        match self {
            Translated::Same(s) => vec![s.as_str()],
            Translated::ByLang(map) => map.values().map(String::as_str).collect(),
        }
    }

    /// Language codes written explicitly (empty for a plain string).
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let keys: Vec<&str> = match self {
            Translated::Same(_) => Vec::new(),
            Translated::ByLang(map) => map.keys().map(String::as_str).collect(),
        };
        keys.into_iter()
    }
}

impl<'de> Deserialize<'de> for Translated {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Translated;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a text, or a text per language like { ar: \"…\", fr: \"…\" }")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Translated, E> {
                Ok(Translated::Same(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Translated, A::Error> {
                let mut out = IndexMap::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    out.insert(k, v);
                }
                Ok(Translated::ByLang(out))
            }
        }
        d.deserialize_any(V)
    }
}
