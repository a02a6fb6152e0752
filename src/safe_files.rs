//! Which files a writer's folder may publish. A file beside a story, a
//! member, a dataset or a deliverable (or uploaded by the editor into
//! `assets/images/`) is served from the site's own origin: an HTML page or
//! an SVG with a script there would run with the site's authority, unseen
//! by the Markdown sanitiser. So only kinds of files that cannot run
//! script are published, and an SVG only without active content.

use crate::diag::Diagnostic;
use crate::msg;

/// Extensions published as they are: images, documents, data, media.
const ALLOWED: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "webp", "avif", // images
    "pdf", "txt", "csv", "tsv", "json", "geojson", // documents and data
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", // office
    "zip", "mp3", "mp4", "webm", "ogg", "m4a", // archives and media
];

/// Why a file may not be published, or `None` when it may.
pub fn refusal(
    name: &str,
    read: impl FnOnce() -> Option<Vec<u8>>,
    rel: &str,
) -> Option<Diagnostic> {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if ALLOWED.contains(&ext.as_str()) {
        return None;
    }
    if ext == "svg" {
        let bytes = read()?;
        let what = svg_activity(&String::from_utf8_lossy(&bytes))?;
        return Some(
            Diagnostic::error(msg!("file-svg-active", what = what))
                .in_file(rel)
                .help(msg!("file-svg-active-help")),
        );
    }
    Some(
        Diagnostic::error(msg!("file-kind-refused", ext = ext.as_str()))
            .in_file(rel)
            .help(msg!("file-kind-refused-help", kinds = ALLOWED.join(", "))),
    )
}

/// The first thing in an SVG that can run script or load from elsewhere:
/// a script element, an event handler, a javascript: or remote address,
/// embedded HTML, an entity declaration. Read on the lower-cased text, so
/// it refuses more than a parser would, never less.
pub fn svg_activity(svg: &str) -> Option<&'static str> {
    let text = svg.to_ascii_lowercase();
    let elements: [(&str, &'static str); 6] = [
        ("<script", "<script>"),
        ("<foreignobject", "<foreignObject>"),
        ("<iframe", "<iframe>"),
        ("<embed", "<embed>"),
        ("<object", "<object>"),
        ("<!entity", "<!ENTITY>"),
    ];
    if let Some((_, what)) = elements.iter().find(|(tag, _)| text.contains(tag)) {
        return Some(what);
    }
    if text.contains("javascript:") {
        return Some("javascript:");
    }
    if has_event_handler(&text) {
        return Some("on…=");
    }
    let remote = [
        "href=\"http",
        "href='http",
        "href=\"//",
        "href='//",
        "url(http",
        "url(//",
        "href=\"data:",
        "href='data:",
    ];
    if remote.iter().any(|r| text.contains(r)) {
        return Some("href/url");
    }
    None
}

/// ` onload=`, `\tonclick =`…: an attribute named on + letters.
fn has_event_handler(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(found) = text[i..].find("on") {
        let at = i + found;
        let before = at.checked_sub(1).map(|b| bytes[b]);
        let starts_attribute = matches!(
            before,
            Some(b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'"' | b'\'')
        );
        if starts_attribute {
            let rest = &bytes[at + 2..];
            let letters = rest.iter().take_while(|c| c.is_ascii_lowercase()).count();
            let after = rest[letters..].iter().find(|c| !c.is_ascii_whitespace());
            if letters > 0 && after == Some(&b'=') {
                return true;
            }
        }
        i = at + 2;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_pass_and_pages_do_not() {
        assert!(refusal("rapport.PDF", || None, "x").is_none());
        assert!(refusal("photo.jpeg", || None, "x").is_none());
        for name in [
            "evil.html",
            "evil.htm",
            "x.xhtml",
            "a.js",
            "feed.xml",
            "noext",
        ] {
            assert!(refusal(name, || None, "x").is_some(), "{name}");
        }
    }

    #[test]
    fn an_svg_is_published_only_without_active_content() {
        let plain = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="teal"/><text x="1" y="9">one</text></svg>"#;
        assert_eq!(svg_activity(plain), None);
        let cases = [
            (r#"<svg><script>alert(1)</script></svg>"#, "<script>"),
            (r#"<svg onload="alert(1)"/>"#, "on…="),
            (
                r#"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#,
                "javascript:",
            ),
            (
                r#"<svg><foreignObject><iframe src="x"/></foreignObject></svg>"#,
                "<foreignObject>",
            ),
            (
                r#"<svg><image href="https://evil.example/x.png"/></svg>"#,
                "href/url",
            ),
            ("<svg><rect\tonclick =\"x()\"/></svg>", "on…="),
        ];
        for (svg, what) in cases {
            assert_eq!(svg_activity(svg), Some(what), "{svg}");
        }
        assert!(refusal("x.svg", || Some(plain.as_bytes().to_vec()), "x").is_none());
    }
}
