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

/// Keywords: one list for every language, or a list per language like
/// `{ ar: [بيانات, انتظار], fr: [données, attente] }`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Keywords {
    #[default]
    None,
    Same(Vec<String>),
    ByLang(IndexMap<String, Vec<String>>),
}

impl Keywords {
    /// The list for `lang`: its own, else (a list per language missing
    /// this one) the first language's.
    pub fn get(&self, lang: &str) -> &[String] {
        match self {
            Keywords::None => &[],
            Keywords::Same(list) => list,
            Keywords::ByLang(map) => map
                .get(lang)
                .or_else(|| map.values().next())
                .map_or(&[], Vec::as_slice),
        }
    }

    /// Every keyword with its language (`None` for a list of all).
    pub fn all(&self) -> Vec<(Option<&str>, &str)> {
        match self {
            Keywords::None => Vec::new(),
            Keywords::Same(list) => list.iter().map(|k| (None, k.as_str())).collect(),
            Keywords::ByLang(map) => map
                .iter()
                .flat_map(|(l, list)| list.iter().map(move |k| (Some(l.as_str()), k.as_str())))
                .collect(),
        }
    }

    /// Language codes written explicitly.
    pub fn languages(&self) -> Vec<&str> {
        match self {
            Keywords::ByLang(map) => map.keys().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for Keywords {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keywords;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a list of keywords, or a list per language like { ar: [\"…\"], fr: [\"…\"] }",
                )
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Keywords, A::Error> {
                let mut out = Vec::new();
                while let Some(k) = seq.next_element::<String>()? {
                    out.push(k);
                }
                Ok(Keywords::Same(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keywords, A::Error> {
                let mut out = IndexMap::new();
                while let Some((k, v)) = map.next_entry::<String, Vec<String>>()? {
                    out.insert(k, v);
                }
                Ok(Keywords::ByLang(out))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_in_one_list_or_per_language() {
        let same: Keywords = yaml_serde::from_str("[a, b]").unwrap();
        assert_eq!(same.get("fr"), ["a", "b"]);
        let by: Keywords = yaml_serde::from_str("{ ar: [بيانات], fr: [données] }").unwrap();
        assert_eq!(by.get("fr"), ["données"]);
        assert_eq!(
            by.get("en"),
            ["بيانات"],
            "a missing language shows the first"
        );
        assert_eq!(by.all().len(), 2);
    }
}
