//! Photos in a story's text get the same smaller widths as covers: the
//! `<img>` tags of the rendered body that show a resized photo are given
//! `srcset`, `sizes`, their size and lazy loading, so that a phone on a
//! slow link downloads a 400-pixel image rather than the photo itself.

use super::{ImageSet, Images};

/// How wide a photo of the text is shown: the text column (`--measure`
/// of the default theme, 42rem) from 48rem up, the screen below.
const BODY_SIZES: &str = "(min-width: 48rem) 42rem, 100vw";

/// `html` with every resized photo's `<img>` made responsive; None when
/// it shows none (the common case: no copy is made).
pub fn responsive(html: &str, images: &Images, base: &str) -> Option<String> {
    if !html.contains("<img ") || images.by_output.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    let mut changed = false;
    while let Some(start) = rest.find("<img ") {
        out.push_str(&rest[..start]);
        let tag_end = tag_length(&rest[start..]).map_or(rest.len(), |n| start + n);
        let tag = &rest[start..tag_end];
        match set_of(tag, images, base) {
            Some(set) => {
                out.push_str(&rewrite(tag, set, base));
                changed = true;
            }
            None => out.push_str(tag),
        }
        rest = &rest[tag_end..];
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// The length of the tag at the start of `html`, up to its `>` outside
/// quoted values (an `alt` may hold `8h > 17h`).
fn tag_length(html: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in html.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i + 1),
            _ => {}
        }
    }
    None
}

fn src_of(tag: &str) -> Option<&str> {
    let at = tag.find(" src=\"")? + 6;
    let len = tag[at..].find('"')?;
    Some(&tag[at..at + len])
}

fn set_of<'a>(tag: &str, images: &'a Images, base: &str) -> Option<&'a ImageSet> {
    let output = src_of(tag)?.strip_prefix(base)?;
    let source = images.by_output.get(output)?;
    let set = images.sets.get(source)?;
    (!set.resized.is_empty() && !tag.contains(" srcset=")).then_some(set)
}

fn rewrite(tag: &str, set: &ImageSet, base: &str) -> String {
    let src = src_of(tag).unwrap_or_default();
    let default = set.default_src();
    let close = if tag.ends_with("/>") {
        tag.len() - 2
    } else {
        tag.len() - 1
    };
    let head = tag[..close].trim_end().replacen(
        &format!(" src=\"{src}\""),
        &format!(" src=\"{base}{}\"", default.path),
        1,
    );
    format!(
        "{head} srcset=\"{}\" sizes=\"{BODY_SIZES}\" width=\"{}\" height=\"{}\" loading=\"lazy\" decoding=\"async\"{}",
        set.srcset(base),
        default.width,
        default.height,
        &tag[close..]
    )
}

#[cfg(test)]
mod tests {
    use super::super::Variant;
    use super::*;

    fn images() -> Images {
        let variant = |path: &str, width| Variant {
            path: path.into(),
            width,
            height: width / 2,
        };
        let mut images = Images::default();
        images.sets.insert(
            "content/stories/q/photo.jpg".into(),
            ImageSet {
                original: variant("stories/q/photo.jpg", 1600),
                resized: vec![
                    variant("stories/q/photo-400w.jpg", 400),
                    variant("stories/q/photo-800w.jpg", 800),
                    variant("stories/q/photo-1200w.jpg", 1200),
                ],
            },
        );
        images.by_output.insert(
            "stories/q/photo.jpg".into(),
            "content/stories/q/photo.jpg".into(),
        );
        images
    }

    #[test]
    fn a_photo_of_the_text_gets_its_smaller_widths() {
        let html = r#"<p>Avant <img src="/r/stories/q/photo.jpg" alt="Le guichet"> après <img src="/r/x.png" alt=""></p>"#;
        let made = responsive(html, &images(), "/r/").unwrap();
        assert_eq!(
            made,
            r#"<p>Avant <img src="/r/stories/q/photo-800w.jpg" alt="Le guichet" srcset="/r/stories/q/photo-400w.jpg 400w, /r/stories/q/photo-800w.jpg 800w, /r/stories/q/photo-1200w.jpg 1200w, /r/stories/q/photo.jpg 1600w" sizes="(min-width: 48rem) 42rem, 100vw" width="800" height="400" loading="lazy" decoding="async"> après <img src="/r/x.png" alt=""></p>"#
        );
        assert_eq!(responsive("<p>no photo</p>", &images(), "/r/"), None);
        let quoted = r#"<img src="/r/stories/q/photo.jpg" alt="8h > 17h"> fin"#;
        let made = responsive(quoted, &images(), "/r/").unwrap();
        assert!(
            made.contains(r#"alt="8h > 17h" srcset="#) && made.ends_with("decoding=\"async\"> fin"),
            "{made}"
        );
        assert_eq!(
            responsive(r#"<img src="/r/x.png">"#, &images(), "/r/"),
            None
        );
    }
}
