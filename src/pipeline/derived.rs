//! The derive stage's two calls: what is made from the rendered site,
//! with what `serve`'s memo kept; and, without a memo, the search index.

use crate::content::Content;
use crate::derive;
use crate::diag::Diagnostics;
use crate::i18n::Strings;
use crate::memo::digest::Digest;
use crate::memo::Memo;
use crate::resources::Resources;
use crate::site::Site;
use crate::{output, render};
use std::sync::Arc;

/// What is made from the rendered site (feeds, sitemap, catalog, open
/// data, aliases), into `out`: with a memo, what it kept is reused
/// (by what the `digest` says of everything but the stories).
pub(super) fn derived(
    made: (&Site, &Content, &Resources, &Strings),
    memo: Option<&mut Memo>,
    (staging, digest): (Option<&output::Staging>, Option<&Digest>),
    out: &mut render::Output,
    diags: &mut Diagnostics,
) {
    let (pages, kept) = match memo {
        Some(m) => (Some(&m.pages), Some(&mut m.derived)),
        None => (None, None),
    };
    let sinks = derive::Sinks {
        memo: pages,
        staging,
    };
    let others = digest.map(|d| d.others);
    derive::files(made, sinks, kept.zip(others), out, diags);
}

/// The search index's files into `out`, made once (`build`, `check`;
/// `serve` makes its own once saves pause, and keeps the plan).
pub(super) fn search_into(
    out: &mut render::Output,
    (site, content, data, strings): (&Site, &Content, &Resources, &Strings),
) {
    // Only `serve` renders pages again from the plan (cards, views).
    out.plan = render::Plan::default();
    let search = crate::derive::search::files(site, content, data, strings, None, None);
    // Made once, each file is held by its map alone: moved, not copied.
    let search = search.into_iter();
    out.files
        .extend(search.map(|(p, b)| (p, Arc::unwrap_or_clone(b))));
}
