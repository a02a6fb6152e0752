//! What templates see: plain serialisable views of the site for one
//! language, as documented in docs/theme.md. Built once per language and
//! shared by every page of that language.

use crate::config::{Config, Language};
use crate::content::Content;
use crate::discover::Kind;
use crate::lang::Dir;
use crate::model::{RefList, Translated};
pub use crate::resources::format_of;
use crate::site::{bundle_file_path, Route, Site};
use crate::typography;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub text: String,
    pub lang: String,
    pub dir: Dir,
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Rich {
    pub html: String,
    pub lang: String,
    pub dir: Dir,
    pub fallback: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Keyed {
    pub key: String,
    pub name: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemberRef {
    pub slug: String,
    pub url: String,
    pub name: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct TagView {
    pub key: String,
    pub label: Text,
    pub url: String,
    pub count: usize,
}

/// The views of one language.
pub struct Views<'a> {
    pub site: &'a Site,
    pub content: &'a Content,
    pub data: &'a crate::resources::Resources,
    pub lang: &'a Language,
}

impl<'a> Views<'a> {
    pub fn config(&self) -> &Config {
        &self.site.config
    }

    pub fn url(&self, route: Route<'_>) -> String {
        route.under(&self.config().base_path, &self.lang.code)
    }

    pub fn file_url(&self, kind: Kind, slug: &str, name: &str) -> String {
        format!(
            "{}{}",
            self.config().base_path,
            bundle_file_path(kind, slug, name)
        )
    }

    /// A text in the reader's language, else the first fallback that has it.
    pub fn text(&self, value: &Translated) -> Text {
        let config = self.config();
        let (lang, text) = match value {
            Translated::Same(s) => (self.lang.code.as_str(), s.as_str()),
            Translated::ByLang(_) => std::iter::once(self.lang.code.as_str())
                .chain(config.fallback_order())
                .find_map(|code| value.get(code).map(|t| (code, t)))
                .or_else(|| match value {
                    Translated::ByLang(map) => {
                        map.iter().next().map(|(l, t)| (l.as_str(), t.as_str()))
                    }
                    Translated::Same(_) => None,
                })
                .unwrap_or((self.lang.code.as_str(), "")),
        };
        self.text_in(lang, text)
    }

    /// A text known to be written in `lang`.
    pub fn text_in(&self, lang: &str, text: &str) -> Text {
        let text = if lang.starts_with("fr") {
            typography::french(text)
        } else {
            text.to_string()
        };
        Text {
            text,
            lang: lang.to_string(),
            dir: self
                .config()
                .language(lang)
                .map_or(Dir::of_language(lang), |l| l.dir),
            fallback: lang != self.lang.code,
        }
    }

    pub fn plain(&self, key: &str) -> Text {
        self.text_in(&self.lang.code, key)
    }

    pub fn reference(&self, list: &RefList, key: &str) -> Keyed {
        let name = list
            .get(key)
            .map_or_else(|| self.plain(key), |e| self.text(&e.name));
        Keyed {
            key: key.to_string(),
            name,
        }
    }

    pub fn member_ref(&self, slug: &str) -> MemberRef {
        let name = self
            .site
            .member(slug)
            .map_or_else(|| self.plain(slug), |m| self.text(&m.data.name));
        MemberRef {
            slug: slug.to_string(),
            url: self.url(Route::Member(slug)),
            name,
        }
    }

    pub fn tag(&self, key: &str, count: usize) -> TagView {
        let label = self
            .site
            .refs
            .tags
            .get(key)
            .map_or_else(|| self.plain(key), |e| self.text(&e.name));
        TagView {
            key: key.to_string(),
            label,
            url: self.url(Route::Tag(key, 1)),
            count,
        }
    }

    /// Rendered Markdown of a YAML item's translated field, if any.
    pub fn rich(&self, kind: Kind, slug: &str, field: &str) -> Option<Rich> {
        let r = self.content.field(kind, slug, field, &self.lang.code)?;
        Some(Rich {
            html: r.rendered.html.clone(),
            lang: r.content_lang.clone(),
            dir: self
                .config()
                .language(&r.content_lang)
                .map_or(Dir::Ltr, |l| l.dir),
            fallback: r.content_lang != self.lang.code,
        })
    }
}

/// "12.4 KB" in the reader's language.
pub fn human_size(lang: &str, bytes: u64) -> String {
    let (value, unit_index) = match bytes {
        b if b < 1024 => (b as f64, 0),
        b if b < 1024 * 1024 => (b as f64 / 1024.0, 1),
        b => (b as f64 / (1024.0 * 1024.0), 2),
    };
    let units: [&str; 3] = match lang.split('-').next() {
        Some("ar") => ["بايت", "ك.ب", "م.ب"],
        Some("fr") => ["octets", "ko", "Mo"],
        _ => ["bytes", "KB", "MB"],
    };
    let number = if unit_index == 0 {
        format!("{value}")
    } else {
        format!("{value:.1}")
    };
    let number = if lang.starts_with("fr") {
        number.replace('.', ",")
    } else {
        number
    };
    let space = if lang.starts_with("fr") {
        '\u{202F}'
    } else {
        ' '
    };
    format!("{number}{space}{}", units[unit_index])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_per_language() {
        assert_eq!(human_size("fr", 12_700), "12,4\u{202F}ko");
        assert_eq!(human_size("ar", 12_700), "12.4 ك.ب");
        assert_eq!(human_size("en", 500), "500 bytes");
        assert_eq!(format_of("a.csv"), "CSV");
    }
}
