//! Placeholders `fadaa new` leaves in a page or story (a title to write,
//! a sentence to replace), found as its file is parsed: the check reads
//! one file (its fields, its body, whether it is a draft), so its errors
//! are kept with the parse and a rebuild looks only at the files that
//! changed (looking at every story of the site on each rebuild was a
//! twentieth of a `serve` title edit at 10,000 pages).

use super::Markdown;
use crate::diag::Diagnostic;
use crate::model::{PageFront, StoryFront};
use crate::msg;
use crate::scaffold::{placeholder_in, placeholder_line};

/// A page's or story's front matter, which may mark it a draft.
pub trait Draft {
    fn is_draft(&self) -> bool;
}

impl Draft for StoryFront {
    fn is_draft(&self) -> bool {
        self.draft
    }
}

impl Draft for PageFront {
    fn is_draft(&self) -> bool {
        self.draft
    }
}

/// Errors for placeholders in what one version of a page or story shows
/// (`fields`), when it is published.
pub fn placeholders<F: Draft>(
    version: &Markdown<F>,
    fields: impl Fn(&F) -> Vec<(&'static str, &str)>,
    d: &mut Vec<Diagnostic>,
) {
    if version.front.is_draft() {
        return;
    }
    let found: Vec<(&str, &str)> = fields(&version.front)
        .into_iter()
        .filter_map(|(field, value)| Some((field, placeholder_in(value)?)))
        .collect();
    for (field, placeholder) in found {
        d.push(placeholder_error(version, field, placeholder));
    }
    if let Some((line, placeholder)) = placeholder_line(&version.body) {
        d.push(
            Diagnostic::error(msg!("placeholder-in-text", text = placeholder))
                .in_file(&version.source.rel)
                .at(Some(crate::diag::Pos::new(
                    version.body_first_line + line,
                    1,
                )))
                .help(msg!("placeholder-help")),
        );
    }
}

fn placeholder_error<F>(version: &Markdown<F>, field: &str, placeholder: &str) -> Diagnostic {
    let source = &version.source;
    let help = if field == "member" {
        msg!("member-empty-help")
    } else {
        msg!("placeholder-help")
    };
    source
        .error_at(
            field,
            None,
            msg!("placeholder-in-field", field = field, text = placeholder),
        )
        .help(help)
}

pub fn story_fields(f: &StoryFront) -> Vec<(&'static str, &str)> {
    // `member` is checked with the other references.
    let mut out = vec![("title", f.title.as_str())];
    out.extend(f.summary.as_deref().map(|s| ("summary", s)));
    out.extend(f.committee.as_deref().map(|c| ("committee", c)));
    out
}

pub fn page_fields(f: &PageFront) -> Vec<(&'static str, &str)> {
    let mut out = vec![("title", f.title.as_str())];
    out.extend(f.description.as_deref().map(|s| ("description", s)));
    out
}
