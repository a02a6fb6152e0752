//! The authoring guide's list of messages (`content/pages/guide-messages.
//! {ar,fr}.md`), made from the catalogs so that the two never drift: each
//! message a writer can meet, grouped as the catalog groups them, with
//! its help line. A test fails when the committed pages differ from what
//! this makes (`FADAA_WRITE_GUIDE=1 cargo test` rewrites them).

use super::Locale;
use fluent_bundle::{FluentArgs, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeSet;

/// Messages for developers and the tool's own status lines, not mistakes
/// a writer makes in content: left out of the guide.
const NOT_FOR_WRITERS: &[&str] = &[
    "label-",
    "build-",
    "serve-",
    "check-",
    "new-",
    "overlay-",
    "template-",
    "render-",
    "output-",
    "ui-string-",
    "theme-",
    "external-",
    "settings-",
    "symlink-",
    "encoding-",
    "stream-",
    "text-too-large",
    "data-too-large",
    "cannot-read",
    "not-page-or-story",
    "guide-",
    "internal-link-",
];

/// Help lines shared by many messages (did you mean …?): shown with the
/// messages, not listed on their own.
fn is_help(id: &str) -> bool {
    id.ends_with("-help") || ["did-you-mean", "use-one-of", "known-fields"].contains(&id)
}

/// The page for `locale` (Arabic or French).
pub fn page(locale: Locale) -> String {
    let resource = fluent_syntax::parser::parse(locale.catalog()).unwrap_or_else(|(r, _)| r);
    let ids: BTreeSet<String> = super::ids(locale).into_iter().collect();
    let mut out = format!(
        "---\ntitle: \"{}\"\ndescription: \"{}\"\nsection: guide\nweight: 95\n---\n\n{}\n",
        super::plain(locale, "guide-messages-title"),
        super::plain(locale, "guide-messages-description"),
        super::plain(locale, "guide-messages-intro"),
    );
    let mut group: Option<String> = None;
    let mut group_shown = false;
    for entry in &resource.body {
        match entry {
            Entry::GroupComment(c) => {
                group = Some(c.content.join(" "));
                group_shown = false;
            }
            Entry::Message(m) => {
                let id = m.id.name;
                let for_writers = !NOT_FOR_WRITERS.iter().any(|p| id.starts_with(p));
                if !for_writers || is_help(id) {
                    continue;
                }
                if let (Some(title), false) = (&group, group_shown) {
                    out.push_str(&format!("\n## {title}\n\n"));
                    group_shown = true;
                }
                out.push_str(&format!("- **{}**", sample(locale, id, m.value.as_ref())));
                let help = format!("{id}-help");
                if ids.contains(&help) {
                    let pattern = resource.body.iter().find_map(|e| match e {
                        Entry::Message(h) if h.id.name == help => h.value.as_ref(),
                        _ => None,
                    });
                    let words = super::plain(locale, "guide-messages-what-to-do");
                    out.push_str(&format!("  \n  {words} {}", sample(locale, &help, pattern)));
                }
                out.push('\n');
            }
            _ => {}
        }
    }
    out
}

/// The message with `…` for each of its values, without isolates, and
/// with the characters Markdown would read as markup escaped.
fn sample(locale: Locale, id: &str, pattern: Option<&Pattern<&str>>) -> String {
    let mut names = BTreeSet::new();
    if let Some(p) = pattern {
        variables(p, &mut names);
    }
    let mut args = FluentArgs::new();
    for name in &names {
        args.set(name.clone(), FluentValue::from("…"));
    }
    let bundle = &super::bundles()[locale as usize];
    let Some(value) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(value, Some(&args), &mut errors);
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect::<String>()
        .replace('*', "\\*")
        .replace('<', "&lt;")
}

/// The variables a pattern uses, select expressions included.
pub(super) fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_lists_every_message_a_writer_can_meet_as_the_catalog_says_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for locale in [Locale::Ar, Locale::Fr] {
            let path = root.join(format!("content/pages/guide-messages.{locale}.md"));
            let made = page(locale);
            if std::env::var_os("FADAA_WRITE_GUIDE").is_some() {
                std::fs::write(&path, &made).unwrap();
            }
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == made,
                "{} is not what the catalog says: run FADAA_WRITE_GUIDE=1 cargo test --lib guide",
                path.display()
            );
            // The mistakes writers make most are there, with what to do.
            for id in [
                "yaml-colon-in-value",
                "date-guess",
                "unknown-choice",
                "placeholder-in-field",
            ] {
                let parsed = fluent_syntax::parser::parse(locale.catalog()).unwrap();
                let pattern = parsed.body.iter().find_map(|e| match e {
                    Entry::Message(m) if m.id.name == id => m.value.clone(),
                    _ => None,
                });
                assert!(made.contains(&sample(locale, id, pattern.as_ref())), "{id}");
            }
            assert!(!made.contains("template-error") && !made.contains("\u{2068}"));
        }
    }
}
