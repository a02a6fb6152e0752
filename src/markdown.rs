//! Markdown to HTML through a pulldown-cmark event adapter: heading ids,
//! links between items resolved to URLs, code through `highlight`, `dir`
//! for paragraphs in the other script, French typography, plain text for
//! reading time and search.

use crate::diag::{Diagnostic, Pos};
use crate::discover::Kind;
use crate::lang::Dir;
use crate::links::Lookup;
use crate::msg;
use pulldown_cmark::{Options, Parser};
use std::collections::BTreeSet;
use writer::{Spanned, Writer};

pub use headings::heading_id;

/// Where the Markdown comes from and who reads it.
#[derive(Clone, Copy)]
pub struct Env<'a> {
    /// The link table, noting what this text asks of it (`links::Lookup`).
    pub links: Lookup<'a>,
    /// Reader's language: links resolve to pages in it.
    pub lang: &'a str,
    /// Language and direction of the text itself (differs from `lang` when
    /// the reader is shown a fallback).
    pub content_lang: &'a str,
    pub dir: Dir,
    /// Site-relative source file, for diagnostics and relative links.
    pub file: &'a str,
    /// 1-based file line of the Markdown's first line.
    pub first_line: usize,
    /// When the Markdown is a YAML value, the position of its key: errors
    /// point there rather than into the value.
    pub fixed_pos: Option<Pos>,
    /// Raw HTML passes untouched instead of being sanitised.
    pub trust_raw_html: bool,
    /// Images from other sites are allowed (`allow_external_images`).
    pub allow_external_images: bool,
}

impl Env<'_> {
    /// The position in the file of byte `offset` of the Markdown `source`.
    pub fn pos_in(&self, source: &str, offset: usize) -> Pos {
        self.fixed_pos.unwrap_or_else(|| {
            let p = Pos::of_offset(source, offset);
            Pos::new(p.line + self.first_line - 1, p.column)
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// An `#anchor` in a link, checked once every item has been rendered.
#[derive(Debug, Clone)]
pub struct AnchorCheck {
    /// The item linked to; `None` for `#anchor` alone, this same page.
    pub target: Option<(Kind, String)>,
    pub lang: String,
    pub anchor: String,
    pub file: String,
    pub pos: Pos,
}

#[derive(Debug, Default, Clone)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<TocEntry>,
    pub anchors: BTreeSet<String>,
    pub text: String,
    pub words: usize,
    pub anchor_checks: Vec<AnchorCheck>,
    pub diagnostics: Vec<Diagnostic>,
    /// The text's shortcodes, rendered into `html` by
    /// `shortcodes::expand_all` once the templates are loaded.
    pub calls: Vec<shortcodes::Call>,
    /// `html` as Markdown made it, with the shortcodes' markers, once
    /// they are expanded (texts without shortcodes keep none).
    pub with_markers: Option<String>,
    /// A hash of `html`, made when first asked for (`html_key`) and kept
    /// with the text from one `serve` rebuild to the next; whatever
    /// changes `html` must empty it (`set_html`).
    html_key: std::sync::OnceLock<u64>,
}

impl Rendered {
    /// A hash of the HTML: what a page's or feed's fingerprint takes of
    /// a text it shows, instead of hashing its kilobytes again for each.
    pub fn html_key(&self) -> u64 {
        let hash = || xxhash_rust::xxh3::xxh3_64(self.html.as_bytes());
        *self.html_key.get_or_init(hash)
    }

    /// Put `html` in place of the text's HTML.
    pub fn set_html(&mut self, html: String) {
        self.html = html;
        self.html_key = std::sync::OnceLock::new();
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The writer's raw HTML of a text, judged once the text is rendered.
#[derive(Default)]
struct RawHtml {
    /// Every piece, in order.
    pieces: String,
    /// Offset of the first.
    first: Option<usize>,
}

impl RawHtml {
    fn push(&mut self, raw: &str, at: usize) {
        self.pieces.push_str(raw);
        self.first.get_or_insert(at);
    }
}

pub fn render(source: &str, env: &Env<'_>) -> Rendered {
    let mut out = Rendered::default();
    let (text, slots) = shortcodes::prepare(source, env, &mut out);
    let events: Vec<Spanned<'_>> = Parser::new_ext(&text, options())
        .into_offset_iter()
        .collect();
    let mut writer = Writer::new(source, env, out, slots);
    writer.html.reserve(events.len());
    for i in 0..events.len() {
        writer.event(&events[i..]);
    }
    let Writer {
        mut out,
        slots,
        html,
        raw_html,
        ..
    } = writer;
    slots.unplaced(env, source, &mut out);
    out.words = out.text.split_whitespace().count();
    pulldown_cmark::html::push_html(&mut out.html, html.into_iter());
    finish_html(&mut out, &raw_html, source, env);
    // Every text is held until the pages and feeds are made (its plain
    // text until the search index): in blocks of their size, not the
    // doubled buffers they grew in (`fit`).
    out.html = crate::fit::string(out.html);
    out.text = crate::fit::string(out.text);
    out
}

/// The text's raw HTML judged: too deep a nesting refused, images from
/// other sites reported, the rest sanitised (unless the site trusts it).
fn finish_html(out: &mut Rendered, raw: &RawHtml, source: &str, env: &Env<'_>) {
    let Some(first) = raw.first else {
        return;
    };
    if depth::nests_deeper(&out.html, depth::MAX_HTML_DEPTH) {
        // Refused before the sanitiser, whose time grows with the depth.
        out.diagnostics.push(
            Diagnostic::error(msg!(
                "markdown-html-too-deep",
                max = depth::MAX_HTML_DEPTH.to_string()
            ))
            .in_file(env.file)
            .at(Some(env.pos_in(source, first)))
            .help(msg!("markdown-html-too-deep-help")),
        );
        out.html.clear();
        return;
    }
    external::check_raw_html(&raw.pieces, source, first, env, out);
    if !env.trust_raw_html {
        out.html = sanitize::clean(&out.html);
    }
}

/// Reading time in whole minutes at 200 words a minute, at least one.
pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(200).max(1)
}

mod depth;
mod direction;
pub mod external;
mod headings;
mod plain;
mod resolve;
mod sanitize;
pub mod shortcodes;
#[cfg(test)]
mod tests;
mod writer;
