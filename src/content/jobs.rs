//! What to render: one job per text and per reader language that shows
//! it, for pages' and stories' bodies and for the Markdown fields of YAML
//! items.

use super::Key;
use crate::config::Config;
use crate::diag::Pos;
use crate::discover::Kind;
use crate::model::Translated;
use crate::parse::Source;
use crate::site::{Site, Versions};
use std::sync::Arc;

/// One Markdown text to render for one reader. It owns its Markdown, a
/// share of a page's or story's body (a copy of a YAML item's field,
/// which are short): once the site has let go of its bodies (`build`),
/// each is freed as soon as it is rendered, instead of all of them
/// being held beside all the rendered texts (215 MiB at 50,000 pages).
pub(super) struct Job {
    pub(super) key: Key,
    pub(super) markdown: Arc<str>,
    pub(super) content_lang: String,
    pub(super) file: String,
    pub(super) first_line: usize,
    pub(super) fixed_pos: Option<Pos>,
}

/// Every text of a site to render, once per reader language that shows it.
pub struct Jobs(pub(super) Vec<Job>);

/// The jobs of every page's and story's body and of the Markdown fields
/// of members and datasets, in every language.
pub fn every_text(site: &Site) -> Jobs {
    let config = &site.config;
    let mut jobs = Vec::new();
    for lang in config.codes() {
        body_jobs(Kind::Page, &site.pages, lang, config, &mut jobs);
        body_jobs(Kind::Story, &site.stories, lang, config, &mut jobs);
        let members = site.members.iter().map(|m| {
            let description = m.data.description.as_ref();
            (Kind::Member, &m.slug, description, &m.source)
        });
        let datasets = site.datasets.iter().map(|d| {
            let description = d.data.description.as_ref();
            (Kind::Dataset, &d.slug, description, &d.source)
        });
        for (kind, slug, value, source) in members.chain(datasets) {
            let field = Field {
                name: "description",
                value,
                source,
            };
            field_job(kind, slug, field, lang, config, &mut jobs);
        }
    }
    Jobs(jobs)
}

fn body_jobs<F>(
    kind: Kind,
    items: &[Versions<F>],
    lang: &str,
    config: &Config,
    jobs: &mut Vec<Job>,
) {
    for item in items {
        let shown = item.shown(lang, config);
        let v = shown.version;
        jobs.push(Job {
            key: Key::Body(kind, item.slug.clone(), lang.to_string()),
            markdown: Arc::clone(&v.body),
            content_lang: v.lang.clone(),
            file: v.source.rel.clone(),
            first_line: v.body_first_line,
            fixed_pos: None,
        });
    }
}

/// `body_jobs` for the one item named `slug`.
pub(super) fn item_jobs<F>(
    kind: Kind,
    items: &[Versions<F>],
    slug: &str,
    lang: &str,
    config: &Config,
    jobs: &mut Vec<Job>,
) {
    if let Some(i) = items.iter().position(|item| item.slug == slug) {
        body_jobs(kind, &items[i..=i], lang, config, jobs);
    }
}

/// A YAML item's Markdown field.
struct Field<'a> {
    name: &'static str,
    value: Option<&'a Translated>,
    /// The item's file, where the field is found for diagnostics.
    source: &'a Source,
}

fn field_job(
    kind: Kind,
    slug: &str,
    Field {
        name: field,
        value,
        source,
    }: Field<'_>,
    lang: &str,
    config: &Config,
    jobs: &mut Vec<Job>,
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
        markdown: Arc::from(markdown),
        content_lang: content_lang.to_string(),
        file: source.rel.clone(),
        first_line: 1,
        fixed_pos: pos.map(|p| Pos::new(p.line + source.yaml_line_offset, p.column)),
    });
}
