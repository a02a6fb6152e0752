//! Items by slug: a page's or story's language versions paired (drafts
//! and future items dropped), a YAML item found once.

use crate::config::Config;
use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::Kind;
use crate::msg;
use crate::parse::{Markdown, Yaml};
use crate::site::Versions;
use indexmap::IndexMap;
use std::collections::BTreeMap;

/// Group Markdown files by slug, dropping drafts (unless `--drafts`) and
/// items dated after the build date (unless `--future`).
pub(super) fn pair<F>(
    kind: Kind,
    files: Vec<std::sync::Arc<Markdown<F>>>,
    config: &Config,
    diags: &mut Diagnostics,
    meta: impl Fn(&Markdown<F>) -> (bool, Option<crate::model::Day>),
) -> Vec<Versions<F>> {
    let mut by_slug: BTreeMap<String, IndexMap<String, std::sync::Arc<Markdown<F>>>> =
        BTreeMap::new();
    for file in files {
        let (draft, date) = meta(&file);
        if (draft && !config.drafts) || (date.is_some_and(|d| d > config.today) && !config.future) {
            continue;
        }
        let versions = by_slug.entry(file.slug.clone()).or_default();
        if let Some(first) = versions.get(&file.lang) {
            // Reported on the later path, whatever order the files came in.
            let (earlier, later) = if first.source.rel < file.source.rel {
                (&first.source.rel, &file.source.rel)
            } else {
                (&file.source.rel, &first.source.rel)
            };
            diags.push(
                Diagnostic::error(msg!(
                    "slug-twice-in-lang",
                    kind = kind.folder(),
                    slug = file.slug.as_str(),
                    lang = file.lang.as_str()
                ))
                .in_file(later)
                .at(Some(crate::diag::Pos::new(1, 1)))
                .help(msg!("slug-twice-help", file = earlier.as_str())),
            );
            continue;
        }
        versions.insert(file.lang.clone(), file);
    }
    by_slug
        .into_iter()
        .map(|(slug, mut by_lang)| {
            by_lang.sort_by_cached_key(|lang, _| config.codes().position(|c| c == lang));
            Versions { slug, by_lang }
        })
        .collect()
}

/// YAML items sorted by slug, with a duplicate (flat file and bundle) reported.
pub(super) fn unique<T>(
    mut items: Vec<Yaml<T>>,
    kind: Kind,
    diags: &mut Diagnostics,
) -> Vec<Yaml<T>> {
    items.sort_by(|a, b| (&a.slug, &a.source.rel).cmp(&(&b.slug, &b.source.rel)));
    let mut out: Vec<Yaml<T>> = Vec::with_capacity(items.len());
    for item in items {
        if let Some(prev) = out.last().filter(|p| p.slug == item.slug) {
            diags.push(
                Diagnostic::error(msg!(
                    "slug-twice",
                    kind = kind.folder(),
                    slug = item.slug.as_str()
                ))
                .in_file(&item.source.rel)
                .at(Some(crate::diag::Pos::new(1, 1)))
                .help(msg!("slug-twice-help", file = prev.source.rel.as_str())),
            );
            continue;
        }
        out.push(item);
    }
    out
}
