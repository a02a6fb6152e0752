//! The event adapter behind `render`: each pulldown-cmark event of the
//! text turned into the event written out, with what it adds to the plain
//! text, the contents, the anchors and the diagnostics.

use super::direction::{add_dir_auto, open_tag};
use super::headings::{finish_heading, is_safe_heading_attr};
use super::plain::{is_block_edge, push_plain, word_break};
use super::resolve::resolve_link;
use super::shortcodes::Slots;
use super::{external, Env, RawHtml, Rendered, TocEntry};
use crate::diag::{Diagnostic, Pos};
use crate::highlight;
use crate::msg;
use crate::typography;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Tag, TagEnd};
use std::ops::Range;

/// An event and the span of the text it comes from.
pub(super) type Spanned<'t> = (Event<'t>, Range<usize>);

/// A heading being written: its title is known only at its end.
struct OpenHeading {
    /// Index of its start event in `Writer::html`.
    index: usize,
    title: String,
}

/// The state of one text's rendering, event after event.
pub(super) struct Writer<'t, 'e> {
    env: &'t Env<'e>,
    /// The Markdown as written, for positions.
    source: &'t str,
    pub(super) out: Rendered,
    pub(super) slots: Slots,
    /// The events to write out as HTML.
    pub(super) html: Vec<Event<'t>>,
    pub(super) raw_html: RawHtml,
    /// Inside a code block: its language and text so far.
    code: Option<(String, String)>,
    heading: Option<OpenHeading>,
    /// For each open link, whether it was written as `<a dir="ltr">`.
    ltr_links: Vec<bool>,
    french: bool,
}

impl<'t, 'e> Writer<'t, 'e> {
    pub(super) fn new(source: &'t str, env: &'t Env<'e>, out: Rendered, slots: Slots) -> Self {
        Writer {
            env,
            source,
            out,
            slots,
            html: Vec::new(),
            raw_html: RawHtml::default(),
            code: None,
            heading: None,
            ltr_links: Vec::new(),
            french: env.content_lang.split('-').next() == Some("fr"),
        }
    }

    fn pos_of(&self, offset: usize) -> Pos {
        self.env.pos_in(self.source, offset)
    }

    /// Write the event `from[0]`; the events after it tell a block's
    /// direction.
    pub(super) fn event(&mut self, from: &[Spanned<'t>]) {
        let (event, range) = &from[0];
        let event = event.clone();
        if self.code.is_some() {
            self.in_code_block(event);
            return;
        }
        if is_block_edge(&event) {
            word_break(&mut self.out.text);
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                self.code = Some((code_lang(kind), String::new()))
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                mut attrs,
            }) => {
                self.keep_safe_attrs(&mut attrs, range.start);
                add_dir_auto(&mut attrs, from, self.env.dir);
                self.start_heading(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                });
            }
            Event::End(TagEnd::Heading(level)) => self.end_heading(level),
            Event::Start(Tag::Paragraph) => self.html_str(open_tag("p", from, self.env.dir)),
            Event::End(TagEnd::Paragraph) => self.html.push(Event::Html("</p>\n".into())),
            Event::Start(Tag::Item) => self.html_str(open_tag("li", from, self.env.dir)),
            Event::End(TagEnd::Item) => self.html.push(Event::Html("</li>\n".into())),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => self.start_link(link_type, dest_url, title, id, range.start),
            Event::End(TagEnd::Link) => self.end_link(),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => self.image(link_type, dest_url, title, id, range.start),
            Event::Text(text) => self.text(text),
            Event::Code(text) => self.inline_code(&text),
            // Footnote ids get a prefix: a bare `1` is not a usable id.
            Event::FootnoteReference(label) => self
                .html
                .push(Event::FootnoteReference(format!("fn-{label}").into())),
            Event::Start(Tag::FootnoteDefinition(label)) => self.html.push(Event::Start(
                Tag::FootnoteDefinition(format!("fn-{label}").into()),
            )),
            Event::Html(raw) => self.raw(raw, range, false),
            Event::InlineHtml(raw) => self.raw(raw, range, true),
            other => self.breaks_and_rest(other),
        }
    }

    fn html_str(&mut self, html: String) {
        self.html.push(Event::Html(html.into()));
    }

    /// A code block's text is gathered, then highlighted at its end.
    fn in_code_block(&mut self, event: Event<'t>) {
        let Some((_, text)) = self.code.as_mut() else {
            return;
        };
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::End(TagEnd::CodeBlock) => {
                let (lang, text) = self.code.take().expect("inside a code block");
                self.html_str(highlight::code_block(&lang, &text));
            }
            _ => {}
        }
    }

    /// `# Title {onclick=…}` must not add script to a page: of the
    /// attributes Markdown lets a writer give a heading, only the language
    /// and direction of its text are kept.
    fn keep_safe_attrs(&mut self, attrs: &mut Vec<(CowStr<'t>, Option<CowStr<'t>>)>, at: usize) {
        // The position is found only for a warning: finding it scans the
        // text up to the heading, and most headings have no attribute.
        let (env, source) = (self.env, self.source);
        attrs.retain(|(name, value)| {
            let kept = is_safe_heading_attr(name, value.as_deref());
            if !kept {
                self.out.diagnostics.push(
                    Diagnostic::warning(msg!("heading-attribute-dropped", name = name.as_ref()))
                        .in_file(env.file)
                        .at(Some(env.pos_in(source, at)))
                        .help(msg!("heading-attribute-help")),
                );
            }
            kept
        });
    }

    /// A heading's start, written once its title gives it an id.
    fn start_heading(&mut self, start: Tag<'t>) {
        self.heading = Some(OpenHeading {
            index: self.html.len(),
            title: String::new(),
        });
        self.html.push(Event::Start(start));
    }

    /// The heading's id from its title; h2 and h3 go in the contents.
    fn end_heading(&mut self, level: HeadingLevel) {
        let OpenHeading { index, title } = self.heading.take().expect("inside a heading");
        let id = finish_heading(&mut self.html[index], &title, &mut self.out.anchors);
        if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
            self.out.toc.push(TocEntry {
                level: level as u8,
                id,
                title: title.trim().to_string(),
            });
        }
        self.html.push(Event::End(TagEnd::Heading(level)));
    }

    /// A link resolved to its URL; an address written as such
    /// (`<https://…>`, `<contact@commune.tn>`) reads left to right.
    fn start_link(
        &mut self,
        link_type: LinkType,
        dest_url: CowStr<'t>,
        title: CowStr<'t>,
        id: CowStr<'t>,
        at: usize,
    ) {
        // `<contact@commune.tn>` comes with a bare address.
        let dest = if link_type == LinkType::Email && !dest_url.starts_with("mailto:") {
            format!("mailto:{dest_url}")
        } else {
            let pos = self.pos_of(at);
            resolve_link(&dest_url, self.env, &mut self.out, pos, false)
        };
        let ltr = matches!(link_type, LinkType::Autolink | LinkType::Email);
        self.ltr_links.push(ltr);
        if ltr {
            let href = crate::escape::html_attr(&dest);
            self.html_str(format!("<a href=\"{href}\" dir=\"ltr\">"));
        } else {
            self.html.push(Event::Start(Tag::Link {
                link_type,
                dest_url: dest.into(),
                title,
                id,
            }));
        }
    }

    fn end_link(&mut self) {
        if self.ltr_links.pop() == Some(true) {
            self.html.push(Event::Html("</a>".into()));
        } else {
            self.html.push(Event::End(TagEnd::Link));
        }
    }

    /// An image from the site resolved to its URL; one from elsewhere
    /// reported unless the site allows them.
    fn image(
        &mut self,
        link_type: LinkType,
        dest_url: CowStr<'t>,
        title: CowStr<'t>,
        id: CowStr<'t>,
        at: usize,
    ) {
        let pos = self.pos_of(at);
        external::check_image(&dest_url, self.env, pos, &mut self.out);
        let dest = resolve_link(&dest_url, self.env, &mut self.out, pos, true);
        self.html.push(Event::Start(Tag::Image {
            link_type,
            dest_url: dest.into(),
            title,
            id,
        }));
    }

    /// Text, with French typography in a French text.
    fn text(&mut self, text: CowStr<'t>) {
        let text: CowStr<'t> = if self.french {
            typography::french(&text).into()
        } else {
            text
        };
        self.plain(&text);
        self.html.push(Event::Text(text));
    }

    /// `code` reads left to right in any text.
    fn inline_code(&mut self, text: &str) {
        self.plain(text);
        let code = crate::escape::html_text(text);
        self.html_str(format!("<code dir=\"ltr\">{code}</code>"));
    }

    /// What a reader reads: the plain text, and the open heading's title.
    fn plain(&mut self, text: &str) {
        if let Some(heading) = self.heading.as_mut() {
            heading.title.push_str(text);
        }
        push_plain(&mut self.out.text, text);
    }

    /// Raw HTML is kept, and the whole text sanitised once written
    /// (`finish_html`): tags arrive one event at a time, so only the
    /// finished HTML can be judged. A shortcode's placeholder becomes its
    /// marker.
    fn raw(&mut self, raw: CowStr<'t>, range: &Range<usize>, inline: bool) {
        let placed = self
            .slots
            .place(&raw, range, inline, self.env, self.source, &mut self.out);
        match placed {
            Some((html, others)) => {
                if others {
                    self.raw_html.push(&raw, range.start);
                }
                self.html_str(html);
            }
            None => {
                self.raw_html.push(&raw, range.start);
                self.html.push(Event::Html(raw));
            }
        }
    }

    /// Line breaks, rules, and every event passed on as it is.
    fn breaks_and_rest(&mut self, event: Event<'t>) {
        match event {
            Event::SoftBreak => {
                self.out.text.push(' ');
                self.html.push(event);
            }
            // pulldown-cmark writes `<br />`; HTML5 wants `<br>`.
            Event::HardBreak => {
                self.out.text.push(' ');
                self.html.push(Event::Html("<br>\n".into()));
            }
            // And `<hr />` for a thematic break (`---`): `<hr>`.
            Event::Rule => self.html.push(Event::Html("<hr>\n".into())),
            other => self.html.push(other),
        }
    }
}

/// A fenced block's language: the first word of its info string.
fn code_lang(kind: CodeBlockKind<'_>) -> String {
    match kind {
        CodeBlockKind::Fenced(info) => info.split_whitespace().next().unwrap_or("").to_string(),
        CodeBlockKind::Indented => String::new(),
    }
}
