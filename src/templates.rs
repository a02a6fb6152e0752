//! Tera set-up: the theme's templates, overridden by the site's
//! `templates/`, and per-language helpers (`t`, `url`, `date`).

use crate::config::Config;
use crate::diag::Pos;
use crate::diag::{Diagnostic, Diagnostics};
use crate::escape::html_attr;
use crate::hashed::Names;
use crate::i18n::Strings;
use crate::lang::{format_date, DateStyle};
use crate::model::Day;
use crate::msg;
use crate::theme::Source;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use tera::{Tera, Value};

/// One Tera per language: templates are parsed once, then each language's
/// copy gets helpers that know its strings and dates.
#[derive(Clone)]
pub struct Templates {
    /// Shared, so that `serve`'s memo hands out its templates without
    /// copying every language's parsed templates on each rebuild.
    by_lang: Arc<BTreeMap<String, Tera>>,
    /// Each template's name → the file it was read from, as messages name it.
    files: BTreeMap<String, String>,
    /// Each template's key (`keys`): a page's bytes depend on its
    /// template's as much as on its variables (`memo`; the published
    /// names of the static files the templates link to are the memo's to
    /// compare). FxHash: looked up twice for every page of a rebuild.
    keys: rustc_hash::FxHashMap<String, u64>,
}

impl Templates {
    /// Whether the theme (or the site) has this template.
    pub fn has(&self, name: &str) -> bool {
        self.by_lang
            .values()
            .next()
            .is_some_and(|tera| tera.get_template_names().any(|n| n == name))
    }

    /// The file a template was read from (the site's override, or the theme's).
    pub fn file_of(&self, name: &str) -> String {
        self.files
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("templates/{name}"))
    }

    pub fn for_lang(&self, lang: &str) -> &Tera {
        &self.by_lang[lang]
    }

    /// A hash of the texts a page drawn by `name` depends on.
    pub fn key_of(&self, name: &str) -> u64 {
        self.keys.get(name).copied().unwrap_or_default()
    }

    /// A hash of every template's key: the same when no page's template
    /// changed. Summed, so that the map's order does not count.
    pub fn key(&self) -> u64 {
        let each = self.keys.iter().map(|entry| crate::fingerprint::of(&entry));
        each.fold(0, u64::wrapping_add)
    }
}

/// Templates made by an earlier build (`serve`'s memo), with the hash of
/// what they were made from.
pub type Kept = Option<(u64, Templates)>;

/// The templates, parsed; or, when what they are made from is as it was
/// for those `kept`, those (parsing them is most of a small rebuild's
/// theme stage).
pub fn load(
    config: &Config,
    strings: &Arc<Strings>,
    names: &Names,
    diags: &mut Diagnostics,
    kept: Option<&mut Kept>,
) -> Option<Templates> {
    let sources = sources(config, diags);
    // Only a build that keeps them (`serve`) hashes what they are made from.
    let Some(kept) = kept else {
        return parse(sources, config, strings, names, diags);
    };
    let key = keys::made_from(&sources, config, strings, names);
    if let Some((made, templates)) = kept.as_ref() {
        if *made == key {
            return Some(templates.clone());
        }
    }
    let templates = parse(sources, config, strings, names, diags)?;
    *kept = Some((key, templates.clone()));
    Some(templates)
}

fn parse(
    sources: BTreeMap<String, (String, String)>,
    config: &Config,
    strings: &Arc<Strings>,
    names: &Names,
    diags: &mut Diagnostics,
) -> Option<Templates> {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    // Tera's default escaping also escapes `/`, which is not needed in
    // HTML and makes every URL three times longer in the page.
    tera.set_escape_fn(html_attr);
    let raw: Vec<(String, String)> = sources
        .iter()
        .map(|(name, (_, text))| (name.clone(), text.clone()))
        .collect();
    if let Err(err) = tera.add_raw_templates(raw) {
        let message = error_chain(&err);
        let file = sources
            .iter()
            .find(|(name, _)| message.contains(&format!("'{name}'")))
            .map(|(_, (rel, _))| rel.clone());
        let mut d = Diagnostic::error(msg!("template-error", detail = message.as_str()))
            .at(parse_position(&message));
        d.file = file;
        diags.push(d);
        return None;
    }
    let mut by_lang = BTreeMap::new();
    for language in &config.languages {
        let mut t = tera.clone();
        register(&mut t, &language.code, &config.base_path, strings, names);
        by_lang.insert(language.code.clone(), t);
    }
    let keys = keys::keys(&sources);
    let files = sources
        .into_iter()
        .map(|(name, (file, _))| (name, file))
        .collect();
    Some(Templates {
        by_lang: Arc::new(by_lang),
        files,
        keys,
    })
}

/// Each template's name → (the file a message names, its text): the
/// theme's (built-in, then the site's theme folder), then the site's
/// `templates/`, each overriding the one before file by file.
fn sources(config: &Config, diags: &mut Diagnostics) -> BTreeMap<String, (String, String)> {
    let mut files = crate::theme::files(config, "templates", diags);
    let site_templates = config.root.join("templates");
    if site_templates.is_dir() {
        for (name, path) in crate::theme::disk_files(&config.root, &site_templates, diags) {
            files.insert(name, Source::Disk(path));
        }
    }
    let mut out = BTreeMap::new();
    for (name, source) in files {
        let label = source.label(&config.root);
        let text = source
            .read()
            .and_then(|bytes| String::from_utf8(bytes.into_owned()).map_err(std::io::Error::other));
        match text {
            Ok(text) => {
                out.insert(name, (label, text));
            }
            Err(err) => diags.push(
                Diagnostic::error(msg!("cannot-read", detail = err.to_string())).in_file(label),
            ),
        }
    }
    out
}

fn register(tera: &mut Tera, lang: &str, base_path: &str, strings: &Arc<Strings>, names: &Names) {
    let (l, s) = (lang.to_string(), Arc::clone(strings));
    tera.register_function("t", move |args: &HashMap<String, Value>| {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs key=\"…\""))?;
        let n = match args.get("n") {
            None | Some(Value::Null) => None,
            Some(v) => Some(v.as_u64().ok_or_else(|| {
                tera::Error::msg(format!("t(key=\"{key}\"): n must be a whole number"))
            })?),
        };
        // Every other named argument fills the placeholder of its name.
        let args: Vec<(&str, String)> = args
            .iter()
            .filter(|(name, _)| !matches!(name.as_str(), "key" | "n"))
            .map(|(name, v)| {
                (
                    name.as_str(),
                    v.as_str().map_or_else(|| v.to_string(), str::to_string),
                )
            })
            .collect();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        s.format(&l, key, n, &args)
            .map(Value::String)
            .map_err(tera::Error::msg)
    });
    let (l, s) = (lang.to_string(), Arc::clone(strings));
    tera.register_function("plural_forms", move |args: &HashMap<String, Value>| {
        let key = args
            .get("key")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("plural_forms() needs key=\"…\""))?;
        match s.get(&l, key) {
            Some(crate::i18n::Message::Plural(forms)) => Ok(Value::String(
                serde_json::to_string(forms).unwrap_or_default(),
            )),
            _ => Err(tera::Error::msg(format!(
                "`{key}` ({l}) is not a UI string with plural forms"
            ))),
        }
    });
    let base = base_path.to_string();
    let names = Arc::new(names.clone());
    tera.register_function("url", move |args: &HashMap<String, Value>| {
        let path = args
            .get("path")
            .and_then(Value::as_str)
            .ok_or_else(|| tera::Error::msg("url() needs path=\"…\""))?;
        let path = path.trim_start_matches('/');
        // A stylesheet, script or font under its content-hashed name.
        let path = names.get(path).map_or(path, String::as_str);
        Ok(Value::String(format!("{base}{path}")))
    });
    tera.register_filter("text", TextFilter);
    tera.register_filter("block_lang", BlockLangFilter);
    let l = lang.to_string();
    tera.register_filter(
        "date",
        move |value: &Value, args: &HashMap<String, Value>| {
            format_day(&l, value, args).map(Value::String)
        },
    );
    tera.register_filter(
        "day",
        DayFilter {
            lang: lang.to_string(),
        },
    );
}

/// `value | date`: an ISO date in the words of `lang`.
fn format_day(lang: &str, value: &Value, args: &HashMap<String, Value>) -> tera::Result<String> {
    let text = value
        .as_str()
        .ok_or_else(|| tera::Error::msg("date: the value must be a YYYY-MM-DD text"))?;
    let day = Day::parse(text)
        .ok_or_else(|| tera::Error::msg(format!("date: `{text}` is not YYYY-MM-DD")))?;
    let style = match args.get("format").and_then(Value::as_str) {
        None => DateStyle::Long,
        Some(name) => DateStyle::parse(name).ok_or_else(|| {
            tera::Error::msg(format!(
                "date: unknown format `{name}` (long, month, short)"
            ))
        })?,
    };
    Ok(format_date(lang, day.0, style))
}

/// `value | day`: an ISO date as a `<time>` element, formatted as `date`
/// formats it; nothing for null or an empty text. A filter, not a macro,
/// for the same reason as `text`.
struct DayFilter {
    lang: String,
}

impl tera::Filter for DayFilter {
    fn filter(&self, value: &Value, args: &HashMap<String, Value>) -> tera::Result<Value> {
        if value.is_null() || value.as_str() == Some("") {
            return Ok(Value::String(String::new()));
        }
        let shown = html_attr(&format_day(&self.lang, value, args)?);
        let iso = html_attr(value.as_str().unwrap_or_default());
        Ok(Value::String(format!(
            "<time datetime=\"{iso}\">{shown}</time>"
        )))
    }

    /// It escapes what it prints itself.
    fn is_safe(&self) -> bool {
        true
    }
}

/// `value | text`: a translated value (docs/theme.md, "Text values") as
/// HTML: its text, wrapped in `<span lang dir>` when it is a fallback from
/// another language; a plain string or number as it is; nothing for null.
/// A filter rather than a theme macro: a list page prints a hundred of
/// them, and a Tera macro call was a sixth of the build's time.
/// `value | block_lang`: ` lang="…" dir="…"` for the element that holds a
/// Text shown in another language (a fallback), nothing otherwise. On the
/// block, not only the inline `<span>` of `text`: a French title in an
/// Arabic column then starts, wraps and ends as French does.
struct BlockLangFilter;

impl tera::Filter for BlockLangFilter {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        let attrs = match value {
            Value::Object(map) if map.get("fallback").and_then(Value::as_bool) == Some(true) => {
                let field = |name: &str| map.get(name).and_then(Value::as_str).unwrap_or_default();
                format!(
                    " lang=\"{}\" dir=\"{}\"",
                    html_attr(field("lang")),
                    html_attr(field("dir"))
                )
            }
            _ => String::new(),
        };
        Ok(Value::String(attrs))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

struct TextFilter;

impl tera::Filter for TextFilter {
    fn filter(&self, value: &Value, _: &HashMap<String, Value>) -> tera::Result<Value> {
        let html = match value {
            Value::String(s) => html_attr(s),
            Value::Number(n) => n.to_string(),
            Value::Object(map) => {
                let field = |name: &str| -> tera::Result<&str> {
                    map.get(name)
                        .and_then(Value::as_str)
                        .ok_or_else(|| tera::Error::msg(format!("text: the value has no `{name}`")))
                };
                let text = html_attr(field("text")?);
                if map.get("fallback").and_then(Value::as_bool) == Some(true) {
                    format!(
                        "<span lang=\"{}\" dir=\"{}\">{text}</span>",
                        html_attr(field("lang")?),
                        html_attr(field("dir")?)
                    )
                } else {
                    text
                }
            }
            _ => String::new(),
        };
        Ok(Value::String(html))
    }

    /// It escapes what it prints itself.
    fn is_safe(&self) -> bool {
        true
    }
}

/// Tera puts the useful part of an error in its sources.
/// The line and column of a template syntax error, which Tera's parser
/// writes as ` --> 12:5` in its message.
fn parse_position(message: &str) -> Option<Pos> {
    let rest = &message[message.find("--> ")? + 4..];
    let (line, rest) = rest.split_once(':')?;
    let column: String = rest.chars().take_while(char::is_ascii_digit).collect();
    Some(Pos::new(line.trim().parse().ok()?, column.parse().ok()?))
}

pub fn error_chain(err: &tera::Error) -> String {
    let mut parts = vec![err.to_string()];
    let mut source = std::error::Error::source(err);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

mod keys;
#[cfg(test)]
mod tests;
