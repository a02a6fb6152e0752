//! Mistakes that parse and resolve fine but would publish something wrong:
//! a placeholder left from `fadaa new` in a text written per language,
//! and the two languages of one story that disagree on who, when or what
//! (one is surely a slip). (Placeholders in a page or story are found as
//! its file is parsed: `parse::placeholders`.)

use crate::diag::Diagnostics;
use crate::model::StoryFront;
use crate::msg;
use crate::scaffold::placeholder_in;
use crate::site::Versions;

/// The errors for placeholders its parse found in each version of a page
/// or story this build publishes (`parse::placeholders`).
pub fn placeholders<F>(versions: &Versions<F>, d: &mut Diagnostics) {
    for version in versions.by_lang.values() {
        d.extend(version.placeholders.iter().cloned());
    }
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
