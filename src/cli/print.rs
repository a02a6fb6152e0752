//! How diagnostics look in a terminal, in the reader's language:
//!
//! ```text
//! error: unknown field `membre`
//!   ┌─ content/stories/sfax.fr.md:4:1
//!   │
//! 4 │ membre: sfax
//!   │ ^^^^^^^^^^^^
//!   │
//!   = help: did you mean `member`?
//! ```
//!
//! codespan-reporting drew this before, but its words (`error`, `help`)
//! are fixed English; the shape is simple enough to draw here with every
//! word from the catalog. Arabic lines start with a right-to-left mark so
//! that terminals that lay out bidirectional text put them right to left;
//! paths and source lines have no Arabic around them and stay left to
//! right. Colour only on a terminal, never with NO_COLOR; or JSON for CI.

use fadaa::diag::{Diagnostic, Severity};
use fadaa::messages::{self, Locale};
use fadaa::msg;
use std::io::{IsTerminal, Write};
use std::path::Path;

pub fn colour() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

/// A line in `locale`, marked right to left for Arabic.
pub fn line(locale: Locale, text: &str) -> String {
    if locale.is_rtl() {
        format!("\u{200f}{text}")
    } else {
        text.to_string()
    }
}

/// Each diagnostic with its source line; `notes` adds what the build did.
pub fn diagnostics(root: &Path, diagnostics: &[Diagnostic], notes: bool, locale: Locale) {
    let paint = Paint(colour());
    let mut out = String::new();
    for d in diagnostics {
        if d.severity == Severity::Note && !notes {
            continue;
        }
        out.push_str(&render(root, d, locale, paint));
    }
    let _ = std::io::stderr().lock().write_all(out.as_bytes());
}

#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    fn wrap(self, code: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

fn render(root: &Path, d: &Diagnostic, locale: Locale, paint: Paint) -> String {
    let (label, code) = match d.severity {
        Severity::Error => (messages::plain(locale, "label-error"), "1;31"),
        Severity::Warning => (messages::plain(locale, "label-warning"), "1;33"),
        Severity::Note => (messages::plain(locale, "label-note"), "1;36"),
    };
    let mut out = line(
        locale,
        &format!(
            "{}{} {}",
            paint.wrap(code, &label),
            paint.wrap("1", ":"),
            d.message.text(locale)
        ),
    );
    out.push('\n');
    let excerpt = match (&d.file, d.pos) {
        (Some(file), Some(pos)) => source_line(root, file, pos.line),
        _ => None,
    };
    let gutter = excerpt
        .as_ref()
        .map_or(1, |_| d.pos.map_or(1, |p| p.line.to_string().len()));
    let pad = " ".repeat(gutter);
    let bar = paint.wrap("34", "│");
    if let Some(file) = &d.file {
        let place = match d.pos {
            Some(p) => format!("{file}:{}:{}", p.line, p.column),
            None => file.clone(),
        };
        out.push_str(&format!("{pad} {} {place}\n", paint.wrap("34", "┌─")));
    }
    if let (Some(line_text), Some(pos)) = (excerpt, d.pos) {
        let (text, column) = window(&line_text, pos.column);
        let width = text
            .chars()
            .count()
            .saturating_sub(column.saturating_sub(1))
            .clamp(1, EXCERPT_MARKS);
        let number = paint.wrap("34", &pos.line.to_string());
        out.push_str(&format!("{pad} {bar}\n{number} {bar} {text}\n"));
        let marks = format!(
            "{}{}",
            " ".repeat(column.saturating_sub(1)),
            "^".repeat(width)
        );
        out.push_str(&format!(
            "{pad} {bar} {}\n{pad} {bar}\n",
            paint.wrap(code, &marks)
        ));
    }
    if let Some(help) = &d.help {
        let words = format!(
            "{}: {}",
            messages::plain(locale, "label-help"),
            help.text(locale)
        );
        out.push_str(&format!("{pad} = {}\n", line(locale, &words)));
    }
    out.push('\n');
    out
}

/// Characters of a line shown around the column, and most carets drawn:
/// a 200,000-character line is shown as the part that matters.
const EXCERPT_CONTEXT: usize = 60;
const EXCERPT_MARKS: usize = 60;

/// The part of `text` around `column` (1-based, in characters), with `…`
/// where it is cut, and the column within that part.
fn window(text: &str, column: usize) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 2 * EXCERPT_CONTEXT {
        return (text.to_string(), column);
    }
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(EXCERPT_CONTEXT);
    let end = (at + EXCERPT_CONTEXT).min(chars.len());
    let mut shown: String = chars[start..end].iter().collect();
    let mut column = at - start + 1;
    if start > 0 {
        shown.insert(0, '…');
        column += 1;
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, column)
}

/// The source line shown under a diagnostic, tabs made visible as spaces.
fn source_line(root: &Path, file: &str, line: usize) -> Option<String> {
    // Never a link's target: a file linked to /proc/self/environ would
    // print the environment under the error.
    let bytes = fadaa::inputs::read(&root.join(file)).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    let found = text.lines().nth(line.checked_sub(1)?)?;
    Some(found.trim_end_matches('\r').replace('\t', " "))
}

/// `[{severity, file, line, column, id, message, help}]` in `locale`.
pub fn json(diagnostics: &[Diagnostic], locale: Locale) -> String {
    let items: Vec<serde_json::Value> = diagnostics.iter().map(|d| d.to_json(locale)).collect();
    serde_json::to_string_pretty(&items).unwrap_or_default()
}

pub fn count(diagnostics: &[Diagnostic], severity: Severity) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == severity)
        .count()
}

/// The line for a build that found its output already made from the same
/// inputs (and the warnings that build printed, which are not repeated).
pub fn unchanged(report: &fadaa::BuildReport, took: std::time::Duration, locale: Locale) {
    let Some(stamp) = &report.unchanged else {
        return;
    };
    let text = msg!(
        "build-unchanged",
        pages = stamp.pages_per_lang.values().sum::<usize>(),
        output = report.output.display().to_string(),
        ms = took.as_millis() as u64,
        warnings = stamp.warnings
    )
    .text(locale);
    println!("{}", line(locale, &text));
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn a_long_line_is_shown_around_its_column() {
        let line = "a".repeat(100_000) + "X" + &"b".repeat(100_000);
        let (shown, column) = window(&line, 100_001);
        assert!(shown.chars().count() <= 2 * 60 + 2);
        assert_eq!(shown.chars().nth(column - 1), Some('X'));
        assert_eq!(window("short: x", 8), ("short: x".to_string(), 8));
    }
}
