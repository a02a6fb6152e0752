//! What to render: one job per text and per reader language that shows
//! it, for pages' and stories' bodies and for the Markdown fields of YAML
//! items.

use super::keys::Key;
use crate::config::Config;
use crate::diag::Pos;
use crate::discover::Kind;
use crate::model::Translated;
use crate::parse::Source;
use crate::site::{Site, Versions};
use std::borrow::Cow;
use std::sync::Arc;

/// One Markdown text to render for one reader.
pub(super) struct Job<'a> {
    pub(super) key: Key,
    pub(super) markdown: Text<'a>,
    pub(super) content_lang: Cow<'a, str>,
    pub(super) file: Cow<'a, str>,
    pub(super) first_line: usize,
    pub(super) fixed_pos: Option<Pos>,
}

/// A job's Markdown: the site's (a page's or story's body, a YAML item's
/// field), or a share of its own.
pub(super) enum Text<'a> {
    Body(&'a Arc<str>),
    Field(&'a str),
    Own(Arc<str>),
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::Body(body) => body,
            Text::Field(field) => field,
            Text::Own(text) => text,
        }
    }
}

/// Every text of a site to render, once per reader language that shows it.
pub struct Jobs<'a>(pub(super) Vec<Job<'a>>);

impl Jobs<'_> {
    /// The same jobs holding their own share of each body (a copy of a
    /// field's Markdown, which are short) and copies of their file's name
    /// and language, so that the
    /// site can let go of its Markdown (`build`): each body is then freed
    /// as soon as it is rendered, instead of all of them being held beside
    /// all the rendered texts (215 MiB at 50,000 pages). `serve` keeps the
    /// site's, and its jobs borrow: owning cost it 5 ms a rebuild at 10,000
    /// pages.
    pub fn owned(self) -> Jobs<'static> {
        let owned = self.0.into_iter().map(|job| Job {
            key: job.key,
            markdown: Text::Own(match job.markdown {
                Text::Body(body) => Arc::clone(body),
                Text::Field(field) => Arc::from(field),
                Text::Own(text) => text,
            }),
            content_lang: Cow::Owned(job.content_lang.into_owned()),
            file: Cow::Owned(job.file.into_owned()),
            first_line: job.first_line,
            fixed_pos: job.fixed_pos,
        });
        Jobs(owned.collect())
    }
}

/// The jobs of every page's and story's body and of the Markdown fields
/// of members and datasets, in every language.
pub fn every_text(site: &Site) -> Jobs<'_> {
    let config = &site.config;
    let mut jobs = Vec::new();
    for lang in config.codes() {
        body_jobs(Kind::Page, &site.pages, lang, config, &mut jobs);
        body_jobs(Kind::Story, &site.stories, lang, config, &mut jobs);
        for field in described(site, None) {
            field_job(field, lang, config, &mut jobs);
        }
    }
    Jobs(jobs)
}

/// The jobs of the texts of one item, `kind`/`slug`, in every language:
/// none when there is no such item.
pub(super) fn item_texts<'a>(site: &'a Site, kind: Kind, slug: &str) -> Vec<Job<'a>> {
    let config = &site.config;
    let mut jobs = Vec::new();
    for lang in config.codes() {
        match kind {
            Kind::Page => item_jobs(kind, &site.pages, slug, lang, config, &mut jobs),
            Kind::Story => item_jobs(kind, &site.stories, slug, lang, config, &mut jobs),
            _ => {
                for field in described(site, Some((kind, slug))) {
                    field_job(field, lang, config, &mut jobs);
                }
            }
        }
    }
    jobs
}

/// The description of each member and dataset, or of the one named by
/// `only`.
fn described<'a: 'b, 'b>(
    site: &'a Site,
    only: Option<(Kind, &'b str)>,
) -> impl Iterator<Item = Field<'a>> + 'b {
    let members = site.members.iter().map(|m| {
        let description = m.data.description.as_ref();
        (Kind::Member, &m.slug, description, &m.source)
    });
    let datasets = site.datasets.iter().map(|d| {
        let description = d.data.description.as_ref();
        (Kind::Dataset, &d.slug, description, &d.source)
    });
    let wanted = move |kind: Kind, slug: &str| only.is_none_or(|o| o == (kind, slug));
    members
        .chain(datasets)
        .filter(move |(kind, slug, ..)| wanted(*kind, slug))
        .map(|(kind, slug, value, source)| Field {
            kind,
            slug,
            name: "description",
            value,
            source,
        })
}

fn body_jobs<'a, F>(
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
            markdown: Text::Body(&v.body),
            content_lang: Cow::Borrowed(&v.lang),
            file: Cow::Borrowed(&v.source.rel),
            first_line: v.body_first_line,
            fixed_pos: None,
        });
    }
}

/// `body_jobs` for the one item named `slug`.
fn item_jobs<'a, F>(
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

/// A YAML item's Markdown field.
struct Field<'a> {
    kind: Kind,
    slug: &'a str,
    name: &'static str,
    value: Option<&'a Translated>,
    /// The item's file, where the field is found for diagnostics.
    source: &'a Source,
}

fn field_job<'a>(
    Field {
        kind,
        slug,
        name: field,
        value,
        source,
    }: Field<'a>,
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
        markdown: Text::Field(markdown),
        content_lang: Cow::Borrowed(content_lang),
        file: Cow::Borrowed(&source.rel),
        first_line: 1,
        fixed_pos: pos.map(|p| Pos::new(p.line + source.yaml_line_offset, p.column)),
    });
}
