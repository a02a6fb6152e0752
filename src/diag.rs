//! Diagnostics: the one error type of the generator.
//!
//! Every stage reports problems as [`Diagnostic`]s into a [`Diagnostics`]
//! sink instead of stopping at the first one, so an editor who broke ten files
//! sees ten errors in one run. Positions are 1-based lines and columns counted
//! in characters (not bytes), so they are right for Arabic text too.

use crate::messages::{Locale, Message};
use crate::msg;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// What the build did that an editor may want to know (a file was
    /// converted to UTF-8); never a problem.
    Note,
}

/// A position in a source file: 1-based line and column (in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    pub fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }

    /// Position of a byte offset in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site root, with `/` separators.
    pub file: Option<String>,
    pub pos: Option<Pos>,
    pub message: Message,
    /// What would be right, when we can tell.
    /// Boxed: most diagnostics travel in `Result`s, kept small.
    pub help: Option<Box<Message>>,
}

impl Diagnostic {
    pub fn error(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: None,
            pos: None,
            message,
            help: None,
        }
    }

    pub fn warning(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }

    pub fn at(mut self, pos: Option<Pos>) -> Self {
        self.pos = pos;
        self
    }

    pub fn note(message: Message) -> Self {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(message)
        }
    }

    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(Box::new(help));
        self
    }

    /// `{severity, file, line, column, id, message, help}` in `locale`:
    /// what `check --format json` prints and what `serve` sends to open
    /// pages.
    pub fn to_json(&self, locale: Locale) -> serde_json::Value {
        serde_json::json!({
            "severity": match self.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Note => "note",
            },
            "file": self.file,
            "line": self.pos.map(|p| p.line),
            "column": self.pos.map(|p| p.column),
            "id": self.message.id,
            "message": self.message.text(locale),
            "help": self.help.as_ref().map(|h| h.text(locale)),
        })
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `file:line:col: error: message` (plus `help:` on its own line), in
/// English: the short form editors and CI annotations jump to.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}:")?;
            if let Some(pos) = self.pos {
                write!(f, "{}:{}:", pos.line, pos.column)?;
            }
            f.write_str(" ")?;
        }
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        write!(f, "{label}: {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// The sink every stage writes into. Sorted before display so that output
/// does not depend on thread scheduling.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.file, a.pos, a.severity, &a.message).cmp(&(&b.file, b.pos, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

/// A site-relative display path (`content/stories/x.fr.md`), `/`-separated on
/// every platform so diagnostics and tests read the same everywhere.
pub fn rel_path(root: &Path, path: &Path) -> String {
    let rel: PathBuf = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// "did you mean `member`?" for a misspelt name among the `known` ones.
pub fn suggest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<Message> {
    closest(wrong, known).map(|k| msg!("did-you-mean", name = k))
}

/// The known name closest to `wrong`, when it is close enough to be what
/// the writer meant (`etat-civil` → `civil-status` is not: a translation is
/// not a typo, and those are matched by their labels elsewhere).
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(wrong, k), k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_character_columns_in_arabic() {
        let text = "title: x\nعنوان: قصة\n";
        let off = text.find("قصة").unwrap();
        assert_eq!(Pos::of_offset(text, off), Pos::new(2, 8));
    }

    #[test]
    fn short_form_names_file_line_and_column() {
        let d = Diagnostic::error(msg!("unknown-field", field = "membre"))
            .in_file("content/stories/x.fr.md")
            .at(Some(Pos::new(4, 1)))
            .help(msg!("did-you-mean", name = "member"));
        assert_eq!(
            d.to_string(),
            "content/stories/x.fr.md:4:1: error: unknown field `membre`\n  help: did you mean `member`?"
        );
    }

    #[test]
    fn suggestions_only_for_close_names() {
        assert_eq!(
            suggest("membre", ["member", "title", "date"]).map(|m| m.to_string()),
            Some("did you mean `member`?".into())
        );
        assert_eq!(suggest("zzz", ["member", "title"]), None);
    }
}
