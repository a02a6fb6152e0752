//! Reference lists (`governorates.yaml`, `services.yaml`, `committees.yaml`,
//! `tags.yaml`): a key mapped to a translated name, short or long form.

use super::Translated;
use crate::messages;
use crate::msg;
use indexmap::IndexMap;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub struct RefEntry {
    pub name: Translated,
    pub aliases: Vec<String>,
    pub description: Option<Translated>,
}

const LONG_FIELDS: &[&str] = &["name", "aliases", "description"];

/// A language code as the short form's keys use them: `ar`, `fr`, `ber`.
fn looks_like_language(key: &str) -> bool {
    (2..=3).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_lowercase())
}

/// Short form (`sfax: Sfax` or `sfax: { ar: …, fr: … }`) or long form
/// (`sfax: { name: …, aliases: […] }`), told apart by the first key. A
/// hand-written visitor rather than `#[serde(untagged)]`, which would
/// answer a misspelt field with "did not match any variant" and no line.
impl<'de> Deserialize<'de> for RefEntry {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RefEntry;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name, a name per language, or { name: …, aliases: […] }")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RefEntry, E> {
                Ok(RefEntry {
                    name: Translated::Same(v.to_string()),
                    aliases: Vec::new(),
                    description: None,
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RefEntry, A::Error> {
                let mut by_lang = IndexMap::new();
                let mut name = None;
                let mut aliases = Vec::new();
                let mut description = None;
                while let Some(key) = map.next_key::<String>()? {
                    let long = name.is_some() || !aliases.is_empty() || description.is_some();
                    match key.as_str() {
                        "name" if by_lang.is_empty() => name = Some(map.next_value()?),
                        // `null` is what the editor writes for an empty one.
                        "aliases" if by_lang.is_empty() => {
                            aliases = map.next_value::<Option<Vec<String>>>()?.unwrap_or_default();
                        }
                        "description" if by_lang.is_empty() => {
                            description = map.next_value::<Option<Translated>>()?;
                        }
                        k if !long && looks_like_language(k) => {
                            by_lang.insert(key.clone(), map.next_value::<String>()?);
                        }
                        _ if by_lang.is_empty() => {
                            return Err(de::Error::unknown_field(&key, LONG_FIELDS));
                        }
                        _ => {
                            return Err(de::Error::custom(messages::carry(&msg!(
                                "reference-not-language",
                                value = key.as_str()
                            ))));
                        }
                    }
                }
                if !by_lang.is_empty() {
                    return Ok(RefEntry {
                        name: Translated::ByLang(by_lang),
                        aliases,
                        description,
                    });
                }
                let name = name.ok_or_else(|| de::Error::missing_field("name"))?;
                Ok(RefEntry {
                    name,
                    aliases,
                    description,
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// A reference list in file order.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(transparent)]
pub struct RefList {
    pub entries: IndexMap<String, RefEntry>,
}

impl RefList {
    pub fn get(&self, key: &str) -> Option<&RefEntry> {
        self.entries.get(key)
    }

    /// The key whose name (in any language) or alias is `text`, compared
    /// the way search compares words: `Sfakes`, `صفاقس` and `SFAX` all
    /// name `sfax`. None when `text` is already a key.
    pub fn key_of_alias(&self, text: &str) -> Option<String> {
        if self.contains(text) {
            return None;
        }
        let wanted = crate::analyzer::analyze(text);
        if wanted.is_empty() {
            return None;
        }
        self.entries.iter().find_map(|(key, entry)| {
            let mut names = entry.name.values();
            names.extend(entry.aliases.iter().map(String::as_str));
            names
                .into_iter()
                .any(|n| crate::analyzer::analyze(n) == wanted)
                .then(|| key.clone())
        })
    }

    pub fn contains(&self, key: &str) -> bool {
        self.entries.contains_key(key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_forms() {
        let list: RefList = yaml_serde::from_str(
            "sfax: { ar: صفاقس, fr: Sfax }\nkairouan: { name: { ar: القيروان, fr: Kairouan }, aliases: [Kairwan] }\n",
        )
        .unwrap();
        assert_eq!(list.get("sfax").unwrap().name.get("fr"), Some("Sfax"));
        let k = list.get("kairouan").unwrap();
        assert_eq!(k.name.get("ar"), Some("القيروان"));
        assert_eq!(k.aliases, ["Kairwan"]);
        assert_eq!(list.keys().collect::<Vec<_>>(), ["sfax", "kairouan"]);
    }

    #[test]
    fn a_misspelt_long_field_is_named_with_its_line() {
        let err = yaml_serde::from_str::<RefList>(
            "sfax: { name: Sfax, aliases: [Sfaks] }\ntunis: { name: Tunis, alias: [Tounes] }\n",
        )
        .unwrap_err();
        assert!(
            err.to_string().starts_with("tunis: unknown field `alias`"),
            "{err}"
        );
        assert_eq!(err.location().map(|l| l.line()), Some(2));
    }
}

#[cfg(test)]
mod null_tests {
    use super::*;

    /// What the editor writes for an empty optional part of a long entry.
    #[test]
    fn empty_aliases_and_description_written_as_null_are_absent() {
        let list: RefList = yaml_serde::from_str(
            "sfax:\n  name: { ar: صفاقس, fr: Sfax }\n  aliases: null\n  description: null\n",
        )
        .unwrap();
        let sfax = list.get("sfax").unwrap();
        assert!(sfax.aliases.is_empty() && sfax.description.is_none());
    }
}
