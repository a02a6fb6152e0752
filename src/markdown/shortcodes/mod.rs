//! Shortcodes: what a writer puts in a text that Markdown has no syntax
//! for — a figure with its caption and credit, a callout, a download
//! button, a video that asks nothing of its host until the reader
//! clicks, a member's card.
//!
//! ```text
//! {{ figure(src="guichet.jpg", alt="…", caption="…", credit="…") }}
//! {% callout(kind="warning", title="…") %}
//! Markdown, rendered and sanitised as the rest of the text.
//! {% end %}
//! ```
//!
//! Zola's syntax: braces and straight quotes survive Markdown, a text
//! editor and the editor at `/admin/` (which knows them, `shortcodes.js`),
//! and read the same in an Arabic sentence. Each stands on a line of its
//! own. They are found before Markdown sees the text (outside code, so
//! the guide can show them), checked here against what each accepts, and
//! replaced by an HTML comment Markdown keeps as a block of its own; the
//! comment becomes a private-use marker the sanitiser leaves alone, and
//! once the theme's templates are loaded, `expand` puts each template's
//! HTML in its place. The writer's raw HTML never reaches a template, and
//! a template's HTML never meets the sanitiser.

mod args;
mod expand;
mod pair;
mod parse;
pub mod video;

pub use expand::expand_all;

use super::{Env, Rendered, TocEntry};
use crate::diag::{Diagnostic, Pos};
use crate::msg;
use parse::Token;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Around a call's number in the rendered HTML. Private-use characters:
/// a writer's own are replaced before anything else (same length in
/// UTF-8, so that offsets stay right).
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// One shortcode, checked, waiting for its template.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: &'static str,
    /// The arguments as written (and a callout's default kind).
    pub values: BTreeMap<&'static str, String>,
    /// Arguments naming a file: `src`, `file`, `poster`.
    pub files: BTreeMap<&'static str, FileRef>,
    pub video: Option<video::Video>,
    /// A callout's text, rendered.
    pub body: Option<Inner>,
    /// Where it is written, for a template's error.
    pub file: String,
    pub pos: Pos,
}

impl Call {
    fn new(name: &'static str, file: &str, pos: Pos) -> Call {
        Call {
            name,
            values: BTreeMap::new(),
            files: BTreeMap::new(),
            video: None,
            body: None,
            file: file.to_string(),
            pos,
        }
    }
}

/// A file of the site a shortcode names.
#[derive(Debug, Clone, PartialEq)]
pub struct FileRef {
    /// Relative to the site's folder: `content/stories/x/a.jpg`.
    pub source: String,
    /// Under the site's base path.
    pub url: String,
}

/// The rendered Markdown inside a block shortcode, with its own calls.
#[derive(Debug, Clone, PartialEq)]
pub struct Inner {
    pub html: String,
    pub calls: Vec<Call>,
}

/// Where the placeholders are in the text Markdown is given.
#[derive(Default)]
pub(super) struct Slots {
    /// Offset of each placeholder, and the index of its call; in order.
    at: Vec<(usize, usize)>,
    placed: Vec<bool>,
    /// What a block's text adds to the page's plain text and contents,
    /// by call.
    inner: BTreeMap<usize, (String, Vec<TocEntry>)>,
}

fn placeholder(index: usize) -> String {
    format!("<!--sc{index}-->")
}

/// Find, check and set aside the shortcodes of `source`: the text to give
/// Markdown, each shortcode replaced by a placeholder comment at the same
/// offset, and where those are. Problems go to `out`. A text without any
/// is given back as it is.
pub(super) fn prepare<'a>(
    source: &'a str,
    env: &Env<'_>,
    out: &mut Rendered,
) -> (Cow<'a, str>, Slots) {
    let mut slots = Slots::default();
    let text = without_markers(source);
    if !source.contains("{{") && !source.contains("{%") {
        return (text, slots);
    }
    let mut checker = args::Checker {
        env,
        source,
        diagnostics: Vec::new(),
    };
    let tokens = scan(&text, &mut checker);
    let mut found = pair::Found {
        text: &text,
        source,
        replaced: Vec::new(),
    };
    found.pair(&tokens, &mut checker, &mut slots, out);
    let replaced = found.replaced;
    out.diagnostics.append(&mut checker.diagnostics);
    if replaced.is_empty() {
        return (text, slots);
    }
    (with_placeholders(text, &replaced, &mut slots), slots)
}

/// `source` with the writer's own private-use markers replaced, so that
/// only the shortcodes' markers are ever found in the HTML.
fn without_markers(source: &str) -> Cow<'_, str> {
    if source.contains([OPEN, CLOSE]) {
        Cow::Owned(source.replace([OPEN, CLOSE], "\u{FFFD}"))
    } else {
        Cow::Borrowed(source)
    }
}

/// The shortcodes of `text`, their syntax errors reported; none at all in
/// a YAML field, which is shown in many places a block cannot go.
fn scan(text: &str, checker: &mut args::Checker<'_, '_>) -> Vec<Token> {
    let (tokens, errors) = parse::scan(text);
    for e in errors {
        checker.error_at(e.at, e.message, e.help);
    }
    match tokens.first() {
        Some(first) if checker.env.fixed_pos.is_some() => {
            checker.error_at(
                first.span.start,
                msg!("shortcode-in-field", name = first.name.as_str()),
                msg!("shortcode-in-field-help"),
            );
            Vec::new()
        }
        _ => tokens,
    }
}

/// `text` with each replaced span turned into its placeholder, padded with
/// spaces to the span's length (its line breaks kept): every offset after
/// it stays where it was, and so do the positions of other diagnostics.
fn with_placeholders<'a>(
    text: Cow<'a, str>,
    replaced: &[(std::ops::Range<usize>, usize)],
    slots: &mut Slots,
) -> Cow<'a, str> {
    let mut bytes = text.into_owned().into_bytes();
    for (span, call) in replaced {
        let mark = placeholder(*call);
        if mark.len() > span.len() {
            continue; // never: a valid call is longer than its placeholder
        }
        bytes[span.start..span.start + mark.len()].copy_from_slice(mark.as_bytes());
        for b in &mut bytes[span.start + mark.len()..span.end] {
            if *b != b'\n' {
                *b = b' ';
            }
        }
        slots.at.push((span.start, *call));
    }
    slots.placed = vec![false; slots.at.len()];
    Cow::Owned(String::from_utf8(bytes).expect("whole characters replaced by ASCII"))
}

impl Slots {
    /// An HTML event of the text that holds a placeholder: the HTML to put
    /// in its place (the marker the expansion replaces), and whether the
    /// event held anything else (the writer's own HTML). `None` when it
    /// holds no placeholder.
    pub(super) fn place(
        &mut self,
        raw: &str,
        range: &std::ops::Range<usize>,
        inline: bool,
        env: &Env<'_>,
        source: &str,
        out: &mut Rendered,
    ) -> Option<(String, bool)> {
        let slot = self.at.iter().position(|(at, _)| range.contains(at))?;
        self.placed[slot] = true;
        let (at, call) = self.at[slot];
        if inline {
            // `text {{ figure(…) }}`: its line is not its own.
            out.diagnostics
                .push(not_alone_at(env, source, at, out.calls[call].name));
            return Some((String::new(), false));
        }
        let mark = placeholder(call);
        // Without the spaces that stood for the shortcode's own text.
        let line_end = if raw.ends_with('\n') { "\n" } else { "" };
        let html = raw
            .trim_end()
            .replacen(&mark, &format!("{OPEN}{call}{CLOSE}"), 1)
            + line_end;
        let others = !raw.replacen(&mark, "", 1).trim().is_empty();
        // What readers read in it counts for search and reading time.
        let words: Vec<&str> = ["caption", "credit", "title", "label"]
            .iter()
            .filter_map(|k| out.calls[call].values.get(k).map(String::as_str))
            .collect();
        let words = words.join(" ");
        super::plain::word_break(&mut out.text);
        out.text.push_str(&words);
        if let Some((text, toc)) = self.inner.get(&call) {
            super::plain::word_break(&mut out.text);
            out.text.push_str(text);
            out.toc.extend(toc.iter().cloned());
        }
        super::plain::word_break(&mut out.text);
        Some((html, others))
    }

    /// Placeholders Markdown put where no block can be (a link's text, a
    /// heading): each is a shortcode not on a line of its own.
    pub(super) fn unplaced(&self, env: &Env<'_>, source: &str, out: &mut Rendered) {
        for (i, (at, call)) in self.at.iter().enumerate() {
            if !self.placed[i] {
                let name = out.calls[*call].name;
                out.diagnostics.push(not_alone_at(env, source, *at, name));
            }
        }
    }
}

fn not_alone_at(env: &Env<'_>, source: &str, at: usize, name: &str) -> Diagnostic {
    Diagnostic::error(msg!("shortcode-not-alone", name = name))
        .in_file(env.file)
        .at(Some(env.pos_in(source, at)))
        .help(msg!("shortcode-not-alone-help"))
}

#[cfg(test)]
mod tests;
