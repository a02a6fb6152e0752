//! Links to headings of other texts: each `#anchor` must be a heading of
//! the text it points to (checked once every text is rendered).

use super::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::Kind;
use crate::markdown;
use crate::msg;
use std::collections::BTreeSet;

/// What an anchor check asks, wherever in the text it is written.
pub(super) fn checked(check: &markdown::AnchorCheck) -> (&Option<(Kind, String)>, &str, &str) {
    (&check.target, &check.lang, &check.anchor)
}

/// `principles.md#values`: the anchor must exist in the page the reader
/// lands on, and `#values` alone in the text's own headings. Only pages
/// and stories have headings to check; a YAML field's `#anchor` points
/// into its template, which this does not know.
pub(super) fn check_anchors(
    content: &Content,
    broken: &BTreeSet<(Kind, String)>,
    diags: &mut Diagnostics,
) {
    let in_bodies = content
        .bodies
        .iter()
        .map(|((k, s, _), b)| (Some((*k, s)), b));
    let in_fields = content.fields.values().map(|b| (None, b));
    for (own, body) in in_bodies.chain(in_fields) {
        for check in &body.rendered.anchor_checks {
            let (kind, slug, lang) = match (&check.target, own) {
                (Some((kind, slug)), _) => (*kind, slug.as_str(), check.lang.as_str()),
                // A fallback text is checked once, in its own language.
                (None, Some((kind, slug))) => (kind, slug.as_str(), body.content_lang.as_str()),
                (None, None) => continue,
            };
            if !matches!(kind, Kind::Page | Kind::Story)
                || broken.contains(&(kind, slug.to_string()))
            {
                continue;
            }
            let Some(target) = content.body(kind, slug, lang) else {
                continue;
            };
            if !target.rendered.anchors.contains(&check.anchor) {
                let mut d = Diagnostic::error(msg!(
                    "anchor-unknown",
                    anchor = check.anchor.as_str(),
                    item = format!("{}/{slug}", kind.folder()),
                    lang = lang
                ))
                .in_file(&check.file)
                .at(Some(check.pos));
                if let Some(help) = crate::diag::suggest(
                    &check.anchor,
                    target.rendered.anchors.iter().map(String::as_str),
                ) {
                    d = d.help(help);
                } else {
                    let known: Vec<&str> = target
                        .rendered
                        .anchors
                        .iter()
                        .map(String::as_str)
                        .take(8)
                        .collect();
                    d = d.help(if known.is_empty() {
                        msg!("anchor-no-headings-help", anchor = check.anchor.as_str())
                    } else {
                        msg!("anchor-headings-help", headings = known.join(", "))
                    });
                }
                diags.push(d);
            }
        }
    }
}
