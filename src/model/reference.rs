//! Reference lists (`governorates.yaml`, `services.yaml`, `committees.yaml`,
//! `tags.yaml`): a key mapped to a translated name, short or long form.

use super::Translated;
use indexmap::IndexMap;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum EntryForm {
    Long(LongEntry),
    Short(Translated),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct LongEntry {
    name: Translated,
    #[serde(default)]
    aliases: Vec<String>,
    description: Option<Translated>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RefEntry {
    pub name: Translated,
    pub aliases: Vec<String>,
    pub description: Option<Translated>,
}

impl<'de> Deserialize<'de> for RefEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match EntryForm::deserialize(d)? {
            EntryForm::Long(l) => RefEntry {
                name: l.name,
                aliases: l.aliases,
                description: l.description,
            },
            EntryForm::Short(name) => RefEntry {
                name,
                aliases: Vec::new(),
                description: None,
            },
        })
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
        let wanted = crate::search::analyze::analyze(text);
        if wanted.is_empty() {
            return None;
        }
        self.entries.iter().find_map(|(key, entry)| {
            let mut names = entry.name.values();
            names.extend(entry.aliases.iter().map(String::as_str));
            names
                .into_iter()
                .any(|n| crate::search::analyze::analyze(n) == wanted)
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
}
