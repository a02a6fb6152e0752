//! The tool's own words: every diagnostic, summary and status line is a
//! message id plus arguments, put into words at the edge (terminal, JSON,
//! the `serve` overlay) in the reader's language from one Project Fluent
//! catalog per language (`src/messages/{ar,fr,en}.ftl`, in the binary).
//!
//! Fluent gives CLDR plurals (Arabic's six forms) and wraps every argument
//! in Unicode isolates (FSI … PDI) so that a file path or a key inside an
//! Arabic sentence keeps its own left-to-right order. English is for
//! developers and the tests, and is printed without isolates.

pub mod guide;
mod serde_carry;

pub use serde_carry::{carry, uncarry};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::fmt;
use std::sync::OnceLock;

/// The language the tool speaks in (not a site's content languages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Ar,
    Fr,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::Ar, Locale::Fr, Locale::En];

    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }

    /// `ar`, `ar-TN`, `fr_FR.UTF-8` … → the locale, when we speak it.
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code
            .split(['-', '_', '.'])
            .next()?
            .trim()
            .to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The Fluent source of this locale's catalog.
    pub fn catalog(self) -> &'static str {
        match self {
            Locale::Ar => include_str!("ar.ftl"),
            Locale::Fr => include_str!("fr.ftl"),
            Locale::En => include_str!("en.ftl"),
        }
    }

    /// Right to left (the terminal and the overlay need to know).
    pub fn is_rtl(self) -> bool {
        self == Locale::Ar
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One argument of a message: a text kept verbatim (a path, a key, a
/// value the writer typed), a count that chooses a plural form, or a size
/// in bytes, written in the reader's units (Mo, م.ب …).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Count(i64),
    Bytes(u64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<&&str> for Arg {
    fn from(s: &&str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Text(c.to_string())
    }
}
macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(usize, u64, u32, u16, u8, i64, i32);

/// A message id with its arguments; words only when shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// `msg!("unknown-field", field = name)`: a [`Message`]. Ids are literals so
/// that the catalog test can find every one in the source.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message {
            id: $id,
            args: vec![$((stringify!($name), $crate::messages::Arg::from($value))),*],
        }
    };
}

impl Message {
    /// The words of this message in `locale`; English when the locale
    /// lacks it (the catalog test makes that never happen), the id when
    /// no catalog has it.
    pub fn text(&self, locale: Locale) -> String {
        format_in(locale, self.id, &self.args)
            .or_else(|| format_in(Locale::En, self.id, &self.args))
            .unwrap_or_else(|| self.id.to_string())
    }

    /// The value of a text argument (tests and the carrying of messages
    /// through serde use it).
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// English, for logs, `Debug`-like uses and the tests.
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Locale::En))
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.text(Locale::En) == *other
    }
}

impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.text(Locale::En) == other
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| Locale::ALL.map(bundle))
}

fn bundle(locale: Locale) -> Bundle {
    let resource = FluentResource::try_new(locale.catalog().to_string())
        .unwrap_or_else(|(resource, _)| resource);
    let id = locale.code().parse().expect("a valid language id");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolates keep paths and keys in order inside Arabic (and, for Arabic
    // titles, French) sentences; English output is for tests and scripts.
    bundle.set_use_isolating(locale != Locale::En);
    // Duplicate ids are caught by the catalog test, not here.
    let _ = bundle.add_resource(resource);
    bundle
}

fn format_in(locale: Locale, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
    let bundle = &bundles()[locale as usize];
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::new();
    for (name, arg) in args {
        match arg {
            Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.as_str())),
            Arg::Count(n) => fluent_args.set(*name, FluentValue::from(*n)),
            Arg::Bytes(n) => fluent_args.set(
                *name,
                FluentValue::from(crate::view::human_size(locale.code(), *n)),
            ),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    Some(text.into_owned())
}

/// Every message id of a locale's catalog (for the catalog tests and the
/// guide's list of messages).
pub fn ids(locale: Locale) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(locale.catalog()).unwrap_or_else(|(r, _)| r);
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The text in `locale` of a message id with no arguments, for labels.
pub fn plain(locale: Locale, id: &'static str) -> String {
    Message { id, args: vec![] }.text(locale)
}

/// `plain` for an id made at run time (`cms-label-<field>`); None when no
/// catalog has it.
pub fn plain_owned(locale: Locale, id: &str) -> Option<String> {
    format_in(locale, id, &[]).or_else(|| format_in(Locale::En, id, &[]))
}

#[cfg(test)]
mod tests;
