//! How diagnostics look in a terminal: `file:line:col`, the source line
//! and a caret (codespan-reporting), in colour only on a terminal and
//! never when NO_COLOR is set; or as JSON for CI.

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{
    self,
    termcolor::{ColorChoice, StandardStream},
};
use fadaa::diag::{Diagnostic, Severity};
use std::io::IsTerminal;
use std::path::Path;

pub fn colour() -> ColorChoice {
    if std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    }
}

/// Each diagnostic with its source line; `notes` adds what the build did.
pub fn diagnostics(root: &Path, diagnostics: &[Diagnostic], notes: bool) {
    let writer = StandardStream::stderr(colour());
    let config = term::Config::default();
    let mut files = SimpleFiles::new();
    for d in diagnostics {
        if d.severity == Severity::Note && !notes {
            continue;
        }
        let mut report = match d.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
            Severity::Note => Report::note(),
        }
        .with_message(&d.message);
        if let Some(help) = &d.help {
            report = report.with_notes(vec![format!("help: {help}")]);
        }
        if let (Some(file), Some(pos)) = (&d.file, d.pos) {
            let source = std::fs::read(root.join(file))
                .map(|b| String::from_utf8_lossy(&b).replace("\r\n", "\n"))
                .unwrap_or_default();
            let start = byte_offset(&source, pos.line, pos.column);
            let end = source[start..]
                .find('\n')
                .map_or(source.len(), |i| start + i.max(1))
                .min(source.len());
            let id = files.add(file.clone(), source);
            report = report.with_labels(vec![Label::primary(id, start..end.max(start))]);
        } else if let Some(file) = &d.file {
            report = report.with_notes(vec![format!("in {file}")]);
        }
        let _ = term::emit_to_write_style(&mut writer.lock(), &config, &files, &report);
    }
}

/// `[{severity, file, line, column, message, help}]`, one line per run.
pub fn json(diagnostics: &[Diagnostic]) -> String {
    let items: Vec<serde_json::Value> = diagnostics.iter().map(Diagnostic::to_json).collect();
    serde_json::to_string_pretty(&items).unwrap_or_default()
}

pub fn count(diagnostics: &[Diagnostic], severity: Severity) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.severity == severity)
        .count()
}

pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line_text = text[line_start.min(text.len())..]
        .lines()
        .next()
        .unwrap_or("");
    line_start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i)
}

/// The line for a build that found its output already made from the same
/// inputs (and the warnings that build printed, which are not repeated).
pub fn unchanged(report: &fadaa::BuildReport, took: std::time::Duration) {
    let Some(stamp) = &report.unchanged else {
        return;
    };
    let earlier = if stamp.warnings > 0 {
        format!(
            "; that build had {} (`fadaa check` lists them)",
            plural(stamp.warnings, "warning")
        )
    } else {
        String::new()
    };
    println!(
        "nothing changed since the last build: {} pages in {} are up to date (checked in {} ms; --force rebuilds){earlier}",
        stamp.pages_per_lang.values().sum::<usize>(),
        report.output.display(),
        took.as_millis(),
    );
}
