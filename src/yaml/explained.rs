//! What an explanation of a YAML mistake is (`Explained`), of which YAML
//! (`Context`), and the line reader the explainers share (`key_value`):
//! `explain` and `quotes` both build on these.

use crate::messages::Message;

/// A mistake in plain words. `line`/`column` count in the YAML text (the
/// caller adds the front matter's offset); `None` keeps the parser's place.
#[derive(Debug, PartialEq)]
pub struct Explained {
    pub message: Message,
    pub place: Option<(usize, usize)>,
    pub help: Option<Message>,
}

/// What the YAML is: a front matter or a whole `.yaml` file.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// 1-based line of the parser's error in the YAML text, if it has one.
    pub error_line: Option<usize>,
    /// Lines above the YAML in its file, to name other lines in the help.
    pub line_offset: usize,
    pub front_matter: bool,
}

/// `key: value` → (column of the key, key, value), past any `- ` list marks.
pub(super) fn key_value(line: &str) -> Option<(usize, &str, &str)> {
    let mut rest = line.trim_start_matches(' ');
    while let Some(r) = rest.strip_prefix("- ") {
        rest = r.trim_start_matches(' ');
    }
    let column = line.len() - rest.len();
    let (key, value) = rest.split_once(':')?;
    let key = key.trim_end();
    let is_key = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-'));
    (is_key && (value.is_empty() || value.starts_with(' '))).then(|| (column, key, value.trim()))
}
