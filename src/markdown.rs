//! Markdown to HTML through a pulldown-cmark event adapter: heading ids,
//! links between items resolved to URLs, code through `highlight`, `dir`
//! for paragraphs in the other script, French typography, plain text for
//! reading time and search.

use crate::diag::{Diagnostic, Pos};
use crate::discover::Kind;
use crate::highlight;
use crate::lang::Dir;
use crate::links::{LinkTarget, Links};
use crate::messages::Message;
use crate::msg;
use crate::typography;
use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::collections::BTreeSet;

/// Where the Markdown comes from and who reads it.
pub struct Env<'a> {
    pub links: &'a Links,
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
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

pub fn render(source: &str, env: &Env<'_>) -> Rendered {
    let mut out = Rendered::default();
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(source, options())
        .into_offset_iter()
        .collect();
    let pos_of = |offset: usize| {
        env.fixed_pos.unwrap_or_else(|| {
            let p = Pos::of_offset(source, offset);
            Pos::new(p.line + env.first_line - 1, p.column)
        })
    };
    let mut html_events: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut has_raw_html = false;
    let mut first_html: Option<usize> = None;
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
            // judged.
            Event::Html(raw) | Event::InlineHtml(raw) => {
                has_raw_html = true;
                first_html.get_or_insert(range.start);
                html_events.push(Event::Html(raw));
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
    out.words = out.text.split_whitespace().count();
    pulldown_cmark::html::push_html(&mut out.html, html_events.into_iter());
    if has_raw_html && depth::nests_deeper(&out.html, depth::MAX_HTML_DEPTH) {
        // Refused before the sanitiser, whose time grows with the depth.
        out.diagnostics.push(
            Diagnostic::error(msg!(
                "markdown-html-too-deep",
                max = depth::MAX_HTML_DEPTH.to_string()
            ))
            .in_file(env.file)
            .at(first_html.map(pos_of))
            .help(msg!("markdown-html-too-deep-help")),
        );
        out.html.clear();
    } else if has_raw_html && !env.trust_raw_html {
        out.html = sanitize::clean(&out.html);
    }
    out
}

/// Inline pieces join as written: `ب[بلدية قابس](…)` is the one word
/// ببلدية in the text that search indexes and cuts excerpts from, and
/// `fadaa`، keeps its comma. Only block edges separate words.
fn push_plain(text: &mut String, piece: &str) {
    text.push_str(piece);
}

fn word_break(text: &mut String) {
    if !text.is_empty() && !text.ends_with(' ') {
        text.push(' ');
    }
}

/// Where one block of text ends and another begins: paragraphs, headings,
/// list items, table cells, quotes and the like (never emphasis or links).
fn is_block_edge(event: &Event<'_>) -> bool {
    let tag_is_block = |tag: &Tag<'_>| {
        !matches!(
            tag,
            Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. }
                | Tag::Superscript
                | Tag::Subscript
        )
    };
    let end_is_block = |end: &TagEnd| {
        !matches!(
            end,
            TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image
                | TagEnd::Superscript
                | TagEnd::Subscript
        )
    };
    match event {
        Event::Start(tag) => tag_is_block(tag),
        Event::End(end) => end_is_block(end),
        Event::Rule | Event::FootnoteReference(_) => true,
        _ => false,
    }
}

/// Set the heading's id: the author's `{#id}`, else one made from its text,
/// unique within the page. Returns the id.
fn finish_heading(event: &mut Event<'_>, title: &str, anchors: &mut BTreeSet<String>) -> String {
    let Event::Start(Tag::Heading { id, .. }) = event else {
        unreachable!("index points at the heading's start");
    };
    let base = match id {
        Some(given) => given.to_string(),
        None => heading_id(title),
    };
    let mut unique = base.clone();
    let mut n = 1;
    while anchors.contains(&unique) {
        unique = format!("{base}-{n}");
        n += 1;
    }
    anchors.insert(unique.clone());
    *id = Some(unique.clone().into());
    unique
}

/// An id from heading text: letters of any script and digits kept (Latin
/// accents folded, Arabic diacritics and tatweel dropped), runs of anything
/// else become `-`. "Résultats" → `resultats`, so editors can type it.
pub fn heading_id(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars().flat_map(crate::discover::fold_latin) {
        if is_arabic_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            id.extend(c.to_lowercase());
        } else if !id.ends_with('-') && !id.is_empty() {
            id.push('-');
        }
    }
    // Section numbers ("1. Cadre général") are presentation, and an id
    // that starts with a digit cannot be used as a CSS selector.
    let id = id.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-');
    let id = id.trim_end_matches('-');
    if id.is_empty() {
        "section".into()
    } else {
        id.to_string()
    }
}

fn is_arabic_mark(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640 | 0x06D6..=0x06ED)
}

/// `<p>` or `<li>`, with `dir="auto"` when its text starts in the other
/// direction than the page (a French sentence inside an Arabic page).
fn open_tag(name: &str, from: &[(Event<'_>, std::ops::Range<usize>)], page: Dir) -> String {
    if block_dir(from).is_some_and(|d| d != page) {
        format!("<{name} dir=\"auto\">")
    } else {
        format!("<{name}>")
    }
}

fn add_dir_auto(
    attrs: &mut Vec<(CowStr<'_>, Option<CowStr<'_>>)>,
    from: &[(Event<'_>, std::ops::Range<usize>)],
    page: Dir,
) {
    if block_dir(from).is_some_and(|d| d != page) && !attrs.iter().any(|(k, _)| k.as_ref() == "dir")
    {
        attrs.push(("dir".into(), Some("auto".into())));
    }
}

/// Direction of the first strong character in the block that starts at
/// `from[0]`, looking no further than its end.
fn block_dir(from: &[(Event<'_>, std::ops::Range<usize>)]) -> Option<Dir> {
    let mut depth = 0usize;
    for (event, _) in from {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return None;
                }
            }
            Event::Text(t) => {
                if let Some(d) = Dir::of_text(t) {
                    return Some(d);
                }
            }
            _ => {}
        }
    }
    None
}

/// `lang` with a language tag, `dir` with a direction; nothing else.
fn is_safe_heading_attr(name: &str, value: Option<&str>) -> bool {
    match (name, value) {
        ("lang", Some(tag)) => {
            !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        }
        ("dir", Some(dir)) => matches!(dir, "ltr" | "rtl" | "auto"),
        _ => false,
    }
}

fn resolve_link(dest: &str, env: &Env<'_>, out: &mut Rendered, pos: Pos, image: bool) -> String {
    if let Some(anchor) = dest.strip_prefix('#').filter(|a| !a.is_empty()) {
        out.anchor_checks.push(AnchorCheck {
            target: None,
            lang: env.lang.to_string(),
            anchor: anchor.to_string(),
            file: env.file.to_string(),
            pos,
        });
    }
    match env.links.resolve(dest, env.file, env.lang) {
        LinkTarget::External => dest.to_string(),
        LinkTarget::Url(url) => url,
        LinkTarget::Item {
            url,
            kind,
            slug,
            anchor,
        } => {
            if let Some(anchor) = anchor {
                out.anchor_checks.push(AnchorCheck {
                    target: Some((kind, slug)),
                    lang: env.lang.to_string(),
                    anchor,
                    file: env.file.to_string(),
                    pos,
                });
            }
            url
        }
        LinkTarget::Broken { message, help } => {
            let help = if image && !dest.starts_with('/') && message.id == "link-missing" {
                image_help(dest, env.file)
            } else {
                help
            };
            out.diagnostics.push(
                Diagnostic::error(message)
                    .in_file(env.file)
                    .at(Some(pos))
                    .help(help),
            );
            dest.to_string()
        }
    }
}

/// Where a missing image could go: the site's assets, or beside the text
/// when the text is (or becomes) a bundle.
fn image_help(dest: &str, file: &str) -> Message {
    let name = dest.rsplit('/').next().unwrap_or(dest);
    let asset = format!("/{name}");
    let Some(stem) = file.strip_suffix(".md") else {
        return msg!("image-missing-help", asset = asset);
    };
    let (path, file_name) = stem.rsplit_once('/').unwrap_or(("", stem));
    if file_name == "index" || file_name.starts_with("index.") {
        return msg!("image-missing-bundle-help", file = file, asset = asset);
    }
    let (slug, lang) = file_name.split_once('.').unwrap_or((file_name, ""));
    let bundle_file = if lang.is_empty() {
        "index.md".to_string()
    } else {
        format!("index.{lang}.md")
    };
    msg!(
        "image-missing-flat-help",
        asset = asset,
        bundle = format!("{path}/{slug}/{bundle_file}")
    )
}

/// Reading time in whole minutes at 200 words a minute, at least one.
pub fn reading_minutes(words: usize) -> usize {
    words.div_ceil(200).max(1)
}

mod depth;
mod sanitize;
#[cfg(test)]
mod tests;
