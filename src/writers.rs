//! Mistakes that parse and resolve fine but would publish something wrong:
//! a placeholder left from `fadaa new`, and the two languages of one story
//! that disagree on who, when or what (one is surely a slip).

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{PageFront, StoryFront};
use crate::msg;
use crate::parse::Markdown;
use crate::scaffold::{placeholder_in, placeholder_line};
use crate::site::Versions;

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

/// Errors for placeholders in what one version of a page or story shows,
/// when it is published. Checked as its file is parsed, and kept with the
/// parse: one file's check, not the whole site's on every rebuild (it
/// was a twentieth of a `serve` rebuild at 10,000 pages).
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

/// Errors for a text written per language that still holds a placeholder
/// of `new`'s templates (`name: { fr: "Commune de …" }`).
pub fn placeholder_texts(
    source: &crate::parse::Source,
    field: &'static str,
    value: Option<&crate::model::Translated>,
    d: &mut Diagnostics,
) {
    let Some(value) = value else {
        return;
    };
    for text in value.values() {
        if let Some(placeholder) = placeholder_in(text) {
            d.push(
                source
                    .error_at(
                        field,
                        None,
                        msg!("placeholder-in-field", field = field, text = placeholder),
                    )
                    .help(msg!("placeholder-replace-help")),
            );
            return;
        }
    }
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

/// A warning on each version of a story whose `member`, `date`,
/// `committee` or `tags` differ from the first version's.
pub fn disagreements(story: &Versions<StoryFront>, d: &mut Diagnostics) {
    let mut versions = story.by_lang.values();
    let Some(first) = versions.next() else {
        return;
    };
    let sorted = |tags: &[String]| {
        let mut t = tags.to_vec();
        t.sort();
        t
    };
    for other in versions {
        let (a, b) = (&first.front, &other.front);
        let differs = [
            ("member", a.member != b.member),
            ("date", a.date != b.date),
            ("committee", a.committee != b.committee),
            ("tags", sorted(&a.tags) != sorted(&b.tags)),
        ];
        // A stood-in value (the writer's was a mistake, reported) differs
        // from everything: no warning about it.
        let real =
            |field: &str| !first.source.stood_in_at(field) && !other.source.stood_in_at(field);
        for (field, _) in differs
            .into_iter()
            .filter(|(f, differs)| *differs && real(f))
        {
            d.push(
                other
                    .source
                    .warning_at(
                        field,
                        None,
                        msg!(
                            "translation-disagrees",
                            field = field,
                            other = first.source.rel.as_str()
                        ),
                    )
                    .help(msg!("translation-disagrees-help", field = field)),
            );
        }
    }
}

/// `slug:` in a front matter (the editor at `/admin/` writes it) must be
/// the file's own slug: the file name decides the address.
pub fn slug_written<F>(
    versions: &Versions<F>,
    slug_of: impl Fn(&F) -> Option<&str>,
    d: &mut Diagnostics,
) {
    for v in versions.by_lang.values() {
        let Some(written) = slug_of(&v.front) else {
            continue;
        };
        if written != versions.slug {
            d.push(
                v.source
                    .error_at(
                        "slug",
                        None,
                        msg!(
                            "slug-not-file-slug",
                            slug = written,
                            file = versions.slug.as_str()
                        ),
                    )
                    .help(msg!(
                        "slug-not-file-slug-help",
                        file = versions.slug.as_str()
                    )),
            );
        }
    }
}
