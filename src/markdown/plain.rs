//! The plain text of a rendered text, for reading time, search and
//! excerpts.

use pulldown_cmark::{Event, Tag, TagEnd};

/// Inline pieces join as written: `ب[بلدية قابس](…)` is the one word
/// ببلدية in the text that search indexes and cuts excerpts from, and
/// `fadaa`، keeps its comma. Only block edges separate words.
pub(super) fn push_plain(text: &mut String, piece: &str) {
    text.push_str(piece);
}

pub(super) fn word_break(text: &mut String) {
    if !text.is_empty() && !text.ends_with(' ') {
        text.push(' ');
    }
}

/// Where one block of text ends and another begins: paragraphs, headings,
/// list items, table cells, quotes and the like (never emphasis or links).
pub(super) fn is_block_edge(event: &Event<'_>) -> bool {
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
