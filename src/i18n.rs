//! UI strings: `themes/<theme>/i18n/<lang>.yaml`, overridden key by key by
//! the site's `i18n/<lang>.yaml`. Nested maps become dotted keys; a map of
//! CLDR plural categories is one string with plural forms.

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Plural;
use crate::msg;
use crate::theme::Source;
use crate::yaml::{self, Origin};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use yaml_serde::Value;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Plain(String),
    /// Category (`one`, `few` …) → text with `{n}`.
    Plural(BTreeMap<String, String>),
}

#[derive(Debug, Default, Clone)]
pub struct Strings {
    by_lang: BTreeMap<String, BTreeMap<String, Message>>,
}

impl Strings {
    pub fn get(&self, lang: &str, key: &str) -> Option<&Message> {
        self.by_lang.get(lang)?.get(key)
    }

    /// Strings of one language from a YAML text (for tests).
    pub fn from_yaml(lang: &str, yaml: &str) -> Strings {
        let value: Value = yaml_serde::from_str(yaml).unwrap_or(Value::Null);
        let mut map = BTreeMap::new();
        flatten("", &value, &mut map, "test", &mut Diagnostics::new());
        Strings {
            by_lang: BTreeMap::from([(lang.to_string(), map)]),
        }
    }

    /// The text of `key` with `{name}` placeholders replaced by `args`.
    pub fn format(
        &self,
        lang: &str,
        key: &str,
        n: Option<u64>,
        args: &[(&str, &str)],
    ) -> Result<String, String> {
        let mut text = self.text(lang, key, n)?;
        for (name, value) in args {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        Ok(text)
    }

    /// The plain text of `key`, or the key itself when missing (missing
    /// strings are reported once, when the strings are loaded and checked).
    pub fn label(&self, lang: &str, key: &str) -> String {
        self.text(lang, key, None)
            .unwrap_or_else(|_| key.to_string())
    }

    /// The text of `key`, with the plural form of `n` when given.
    pub fn text(&self, lang: &str, key: &str, n: Option<u64>) -> Result<String, String> {
        let message = self
            .get(lang, key)
            .ok_or_else(|| format!("missing UI string `{key}` for language `{lang}`"))?;
        Ok(match (message, n) {
            (Message::Plain(s), None) => s.clone(),
            (Message::Plain(s), Some(n)) => s.replace("{n}", &n.to_string()),
            (Message::Plural(forms), n) => {
                let n = n.ok_or_else(|| {
                    format!("the UI string `{key}` has plural forms: call it with n=…")
                })?;
                let category = Plural::of(lang, n).as_str();
                let form = forms
                    .get(category)
                    .or_else(|| forms.get("other"))
                    .ok_or_else(|| {
                        format!(
                            "the UI string `{key}` ({lang}) has no `{category}` or `other` form"
                        )
                    })?;
                form.replace("{n}", &n.to_string())
            }
        })
    }
}

/// Keys the generator itself reads (navigation, breadcrumbs, the 404 page):
/// a theme must define them in every language.
pub const REQUIRED: [&str; 11] = [
    "nav.home",
    "nav.members",
    "nav.stories",
    "nav.data",
    "nav.deliverables",
    "nav.search",
    "nav.tags",
    "notfound.title",
    "notfound.body",
    "notfound.home",
    "fallback.notice",
];

pub fn load(config: &Config, diags: &mut Diagnostics) -> Strings {
    let mut strings = Strings::default();
    let mut files: BTreeMap<String, String> = BTreeMap::new();
    let theme_files = crate::theme::files(config, "i18n", diags);
    for lang in config.codes() {
        let mut merged = BTreeMap::new();
        let name = format!("{lang}.yaml");
        let site_file = config.root.join("i18n").join(&name);
        let layers = theme_files
            .get(&name)
            .cloned()
            .into_iter()
            .chain(site_file.is_file().then_some(Source::Disk(site_file)));
        for source in layers {
            let rel = source.label(&config.root);
            merged.extend(read_file(&source, &rel, diags));
            files.insert(lang.to_string(), rel);
        }
        // The theme's French words get the typography the content gets
        // (a narrow no-break space before ; : ! ? and inside « »).
        for message in merged.values_mut() {
            match message {
                Message::Plain(text) => *text = crate::typography::for_lang(lang, text),
                Message::Plural(forms) => {
                    for text in forms.values_mut() {
                        *text = crate::typography::for_lang(lang, text);
                    }
                }
            }
        }
        strings.by_lang.insert(lang.to_string(), merged);
    }
    let required: Vec<String> = REQUIRED.iter().map(|k| k.to_string()).collect();
    let all_keys: BTreeSet<&String> = strings
        .by_lang
        .values()
        .flat_map(|m| m.keys())
        .chain(&required)
        .collect();
    for (lang, messages) in &strings.by_lang {
        let file = files
            .get(lang)
            .cloned()
            .unwrap_or_else(|| format!("themes/{}/i18n/{lang}.yaml", config.theme));
        for key in all_keys.iter().filter(|k| !messages.contains_key(**k)) {
            diags.push(
                Diagnostic::error(msg!(
                    "ui-string-missing",
                    key = key.as_str(),
                    lang = lang.as_str()
                ))
                .in_file(&file)
                .help(msg!("ui-string-missing-help")),
            );
        }
    }
    strings
}

fn read_file(source: &Source, rel: &str, diags: &mut Diagnostics) -> BTreeMap<String, Message> {
    let read = match source {
        Source::BuiltIn(_, bytes) => Ok(bytes.to_vec()),
        Source::Disk(path) => read_site_file(path, rel),
    };
    let text = match read {
        Ok(bytes) => crate::frontmatter::decode(bytes, rel),
        Err(d) => Err(d),
    };
    let value: Result<Value, Diagnostic> = text.and_then(|t| {
        yaml::parse(
            &t,
            Origin {
                file: rel,
                line_offset: 0,
            },
        )
    });
    let mut out = BTreeMap::new();
    match value {
        Ok(v) => flatten("", &v, &mut out, rel, diags),
        Err(d) => diags.push(d),
    }
    out
}

fn read_site_file(path: &Path, rel: &str) -> Result<Vec<u8>, Diagnostic> {
    match crate::limits::text_too_large(path, rel) {
        _ if crate::inputs::is_link(path) => Err(Diagnostic::error(msg!("input-symlink"))
            .in_file(rel)
            .help(msg!("input-symlink-help"))),
        Some(too_large) => Err(too_large),
        None => crate::inputs::read(path).map_err(|e| {
            Diagnostic::error(msg!("cannot-read", detail = e.to_string())).in_file(rel)
        }),
    }
}

fn flatten(
    prefix: &str,
    value: &Value,
    out: &mut BTreeMap<String, Message>,
    rel: &str,
    diags: &mut Diagnostics,
) {
    let key_of = |k: &str| {
        if prefix.is_empty() {
            k.to_string()
        } else {
            format!("{prefix}.{k}")
        }
    };
    match value {
        Value::Mapping(map) => {
            let keys: Vec<Option<&str>> = map.keys().map(Value::as_str).collect();
            let is_plural = !keys.is_empty()
                && keys
                    .iter()
                    .all(|k| k.is_some_and(|k| Plural::ALL.contains(&k)))
                && keys.contains(&Some("other"));
            if is_plural {
                let forms = map
                    .iter()
                    .filter_map(|(k, v)| Some((k.as_str()?.to_string(), scalar(v)?)))
                    .collect();
                out.insert(prefix.to_string(), Message::Plural(forms));
                return;
            }
            for (k, v) in map {
                match k.as_str() {
                    Some(k) => flatten(&key_of(k), v, out, rel, diags),
                    None => {
                        diags.push(Diagnostic::error(msg!("ui-string-key-not-text")).in_file(rel))
                    }
                }
            }
        }
        other => match scalar(other) {
            Some(s) => {
                out.insert(prefix.to_string(), Message::Plain(s));
            }
            None => {
                diags.push(Diagnostic::error(msg!("ui-string-not-text", key = prefix)).in_file(rel))
            }
        },
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(lang: &str, yaml: &str) -> Strings {
        Strings::from_yaml(lang, yaml)
    }

    #[test]
    fn arabic_plural_forms() {
        let s = strings(
            "ar",
            "count:\n  stories: { zero: لا قصص, one: قصة واحدة, two: قصتان, few: \"{n} قصص\", many: \"{n} قصة\", other: \"{n} قصة\" }\n",
        );
        let t = |n| s.text("ar", "count.stories", Some(n)).unwrap();
        assert_eq!(t(0), "لا قصص");
        assert_eq!(t(1), "قصة واحدة");
        assert_eq!(t(2), "قصتان");
        assert_eq!(t(3), "3 قصص");
        assert_eq!(t(11), "11 قصة");
        assert_eq!(t(100), "100 قصة");
    }

    #[test]
    fn named_placeholders() {
        let s = strings(
            "fr",
            "fallback:\n  notice: \"Pas encore en français ; affiché en {language}.\"\n",
        );
        let text = s
            .format("fr", "fallback.notice", None, &[("language", "العربية")])
            .unwrap();
        assert_eq!(text, "Pas encore en français ; affiché en العربية.");
    }

    #[test]
    fn nested_keys_and_missing_key() {
        let s = strings("fr", "nav:\n  members: Membres\n");
        assert_eq!(s.text("fr", "nav.members", None).unwrap(), "Membres");
        let err = s.text("fr", "nav.data", None).unwrap_err();
        assert_eq!(err, "missing UI string `nav.data` for language `fr`");
    }
}
