//! What to render: one job per text and per reader language that shows
//! it, for pages' and stories' bodies and for the Markdown fields of YAML
//! items.

use super::{Job, Key};
use crate::config::Config;
use crate::diag::Pos;
use crate::discover::Kind;
use crate::model::Translated;
use crate::parse::Source;
use crate::site::Versions;

pub(super) fn body_jobs<'a, F>(
    kind: Kind,
    items: &'a [Versions<F>],
    lang: &str,
    config: &Config,
    jobs: &mut Vec<Job<'a>>,
) {
    for item in items {
        let shown = item.shown(lang, config);
        let v = shown.version;
        jobs.push(Job {
            key: Key::Body(kind, item.slug.clone(), lang.to_string()),
            markdown: &v.body,
            content_lang: &v.lang,
            file: &v.source.rel,
            first_line: v.body_first_line,
            fixed_pos: None,
        });
    }
}

/// `body_jobs` for the one item named `slug`.
pub(super) fn item_jobs<'a, F>(
    kind: Kind,
    items: &'a [Versions<F>],
    slug: &str,
    lang: &str,
    config: &Config,
    jobs: &mut Vec<Job<'a>>,
) {
    if let Some(i) = items.iter().position(|item| item.slug == slug) {
        body_jobs(kind, &items[i..=i], lang, config, jobs);
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn field_job<'a>(
    kind: Kind,
    slug: &str,
    field: &'static str,
    value: Option<&'a Translated>,
    source: &'a Source,
    lang: &str,
    config: &'a Config,
    jobs: &mut Vec<Job<'a>>,
) {
    let Some(value) = value else { return };
    let (content_lang, markdown) = match value {
        Translated::Same(s) => (config.default_language.as_str(), s.as_str()),
        Translated::ByLang(map) => {
            let found = std::iter::once(lang)
                .chain(config.fallback_order())
                .find_map(|code| map.get_key_value(code))
                .or_else(|| map.iter().next());
            match found {
                Some((code, text)) => (code.as_str(), text.as_str()),
                None => return,
            }
        }
    };
    let content_lang = match value {
        Translated::Same(_) => config
            .language(lang)
            .map_or(content_lang, |l| l.code.as_str()),
        Translated::ByLang(_) => content_lang,
    };
    let pos = crate::yaml::locate(&source.yaml, field, None);
    jobs.push(Job {
        key: Key::Field(kind, slug.to_string(), field, lang.to_string()),
        markdown,
        content_lang,
        file: &source.rel,
        first_line: 1,
        fixed_pos: pos.map(|p| Pos::new(p.line + source.yaml_line_offset, p.column)),
    });
}
