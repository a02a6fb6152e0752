//! Markdown to HTML through a pulldown-cmark event adapter: heading ids,
//! links between items resolved to URLs, code through `highlight`, `dir`
//! for paragraphs in the other script, French typography, plain text for
//! reading time and search.

use crate::diag::{Diagnostic, Pos};
use crate::discover::Kind;
use crate::highlight;
use crate::lang::Dir;
use crate::links::Lookup;
use crate::msg;
use crate::typography;
use direction::{add_dir_auto, open_tag};
use headings::{finish_heading, is_safe_heading_attr};
use plain::{is_block_edge, push_plain, word_break};
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use resolve::resolve_link;
use std::collections::BTreeSet;

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

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
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
    let (text, mut slots) = shortcodes::prepare(source, env, &mut out);
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(&text, options())
        .into_offset_iter()
        .collect();
    let pos_of = |offset: usize| env.pos_in(source, offset);
    let mut html_events: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut raw_html = RawHtml::default();
    let mut code: Option<(String, String)> = None; // (language, text)
    let mut heading: Option<(usize, HeadingLevel, String)> = None; // (index in html_events, level, text)
    let mut ltr_links: Vec<bool> = Vec::new();
    let french = env.content_lang.split('-').next() == Some("fr");
    for (i, (event, range)) in events.iter().enumerate() {
        let event = event.clone();
        if let Some((_, text)) = code.as_mut() {
            match event {
                Event::Text(t) => text.push_str(&t),
                Event::End(TagEnd::CodeBlock) => {
                    let (lang, text) = code.take().expect("inside a code block");
                    html_events.push(Event::Html(highlight::code_block(&lang, &text).into()));
                }
                _ => {}
            }
            continue;
        }
        if is_block_edge(&event) {
            word_break(&mut out.text);
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    pulldown_cmark::CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    pulldown_cmark::CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                mut attrs,
            }) => {
                // `# Title {onclick=…}` must not add script to a page: of
                // the attributes Markdown lets a writer give a heading, only
                // the language and direction of its text are kept.
                attrs.retain(|(name, value)| {
                    let kept = is_safe_heading_attr(name, value.as_deref());
                    if !kept {
                        out.diagnostics.push(
                            Diagnostic::warning(msg!(
                                "heading-attribute-dropped",
                                name = name.as_ref()
                            ))
                            .in_file(env.file)
                            .at(Some(pos_of(range.start)))
                            .help(msg!("heading-attribute-help")),
                        );
                    }
                    kept
                });
                add_dir_auto(&mut attrs, &events[i..], env.dir);
                heading = Some((html_events.len(), level, String::new()));
                html_events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                let (index, _, title) = heading.take().expect("inside a heading");
                let id = finish_heading(&mut html_events[index], &title, &mut out.anchors);
                if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                    out.toc.push(TocEntry {
                        level: level as u8,
                        id,
                        title: title.trim().to_string(),
                    });
                }
                html_events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Paragraph) => {
                html_events.push(Event::Html(open_tag("p", &events[i..], env.dir).into()));
            }
            Event::End(TagEnd::Paragraph) => html_events.push(Event::Html("</p>\n".into())),
            Event::Start(Tag::Item) => {
                html_events.push(Event::Html(open_tag("li", &events[i..], env.dir).into()))
            }
            Event::End(TagEnd::Item) => html_events.push(Event::Html("</li>\n".into())),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                // `<contact@commune.tn>` comes with a bare address.
                let dest = if link_type == LinkType::Email && !dest_url.starts_with("mailto:") {
                    format!("mailto:{dest_url}")
                } else {
                    resolve_link(&dest_url, env, &mut out, pos_of(range.start), false)
                };
                let ltr = matches!(link_type, LinkType::Autolink | LinkType::Email);
                ltr_links.push(ltr);
                if ltr {
                    let href = crate::escape::html_attr(&dest);
                    html_events.push(Event::Html(
                        format!("<a href=\"{href}\" dir=\"ltr\">").into(),
                    ));
                } else {
                    html_events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: dest.into(),
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if ltr_links.pop() == Some(true) {
                    html_events.push(Event::Html("</a>".into()));
                } else {
                    html_events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                external::check_image(&dest_url, env, pos_of(range.start), &mut out);
                let dest = resolve_link(&dest_url, env, &mut out, pos_of(range.start), true);
                html_events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest.into(),
                    title,
                    id,
                }));
            }
            Event::Text(text) => {
                let text: CowStr<'_> = if french {
                    typography::french(&text).into()
                } else {
                    text
                };
                if let Some((_, _, title)) = heading.as_mut() {
                    title.push_str(&text);
                }
                push_plain(&mut out.text, &text);
                html_events.push(Event::Text(text));
            }
            Event::Code(text) => {
                if let Some((_, _, title)) = heading.as_mut() {
                    title.push_str(&text);
                }
                push_plain(&mut out.text, &text);
                html_events.push(Event::Html(
                    format!(
                        "<code dir=\"ltr\">{}</code>",
                        crate::escape::html_text(&text)
                    )
                    .into(),
                ));
            }
            // Footnote ids get a prefix: a bare `1` is not a usable id.
            Event::FootnoteReference(label) => {
                html_events.push(Event::FootnoteReference(format!("fn-{label}").into()))
            }
            Event::Start(Tag::FootnoteDefinition(label)) => html_events.push(Event::Start(
                Tag::FootnoteDefinition(format!("fn-{label}").into()),
            )),
            // Raw HTML is kept, and the whole text sanitised below: tags
            // arrive one event at a time, so only the finished HTML can be
            // judged. A shortcode's placeholder becomes its marker.
            Event::Html(raw) | Event::InlineHtml(raw) => {
                let inline = matches!(events[i].0, Event::InlineHtml(_));
                match slots.place(&raw, range, inline, env, source, &mut out) {
                    Some((html, others)) => {
                        if others {
                            raw_html.push(&raw, range.start);
                        }
                        html_events.push(Event::Html(html.into()));
                    }
                    None => {
                        raw_html.push(&raw, range.start);
                        html_events.push(Event::Html(raw));
                    }
                }
            }
            Event::SoftBreak => {
                out.text.push(' ');
                html_events.push(event);
            }
            // pulldown-cmark writes `<br />`; HTML5 wants `<br>`.
            Event::HardBreak => {
                out.text.push(' ');
                html_events.push(Event::Html("<br>\n".into()));
            }
            // And `<hr />` for a thematic break (`---`): `<hr>`.
            Event::Rule => html_events.push(Event::Html("<hr>\n".into())),
            other => html_events.push(other),
        }
    }
    slots.unplaced(env, source, &mut out);
    out.words = out.text.split_whitespace().count();
    pulldown_cmark::html::push_html(&mut out.html, html_events.into_iter());
    finish_html(&mut out, &raw_html, source, env);
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
