//! `dir="auto"` for a block whose text starts in the other script than
//! the page's (a French sentence inside an Arabic page).

use crate::lang::Dir;
use pulldown_cmark::{CowStr, Event};

type Spanned<'a> = (Event<'a>, std::ops::Range<usize>);

/// `<p>` or `<li>`, with `dir="auto"` when its text starts in the other
/// direction than the page.
pub(super) fn open_tag(name: &str, from: &[Spanned<'_>], page: Dir) -> String {
    if block_dir(from).is_some_and(|d| d != page) {
        format!("<{name} dir=\"auto\">")
    } else {
        format!("<{name}>")
    }
}

pub(super) fn add_dir_auto(
    attrs: &mut Vec<(CowStr<'_>, Option<CowStr<'_>>)>,
    from: &[Spanned<'_>],
    page: Dir,
) {
    if block_dir(from).is_some_and(|d| d != page) && !attrs.iter().any(|(k, _)| k.as_ref() == "dir")
    {
        attrs.push(("dir".into(), Some("auto".into())));
    }
}

/// Direction of the first strong character in the block that starts at
/// `from[0]`, looking no further than its end.
fn block_dir(from: &[Spanned<'_>]) -> Option<Dir> {
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
