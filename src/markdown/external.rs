//! Images from another site: each one makes the reader's browser ask that
//! site for it, telling it who reads what and when. The network promises
//! its readers no request to another site, so an image written with an
//! address elsewhere (`![…](https://…)`, `<img src="//…">`) is an error
//! unless `allow_external_images: true` in `site.yaml` says otherwise.

use super::{sanitize, Env, Rendered};
use crate::diag::{Diagnostic, Pos};
use crate::msg;

/// Whether the browser would fetch `url` from another host: an absolute
/// http(s) address, or one starting with two slashes (backslashes count:
/// browsers read `/\host` as `//host`).
pub fn is_external(url: &str) -> bool {
    // Browsers drop tabs and newlines anywhere, and spaces and controls
    // around, before reading an address.
    let url: String = url
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take(8)
        .collect::<String>()
        .to_ascii_lowercase();
    let mut start = url.chars();
    url.starts_with("http:")
        || url.starts_with("https:")
        || (matches!(start.next(), Some('/' | '\\')) && matches!(start.next(), Some('/' | '\\')))
}

fn error(url: &str, env: &Env<'_>, pos: Pos) -> Diagnostic {
    Diagnostic::error(msg!("image-external", url = url))
        .in_file(env.file)
        .at(Some(pos))
        .help(msg!("image-external-help"))
}

/// A Markdown image `![…](url)`.
pub(super) fn check_image(url: &str, env: &Env<'_>, pos: Pos, out: &mut Rendered) {
    if !env.allow_external_images && is_external(url) {
        out.diagnostics.push(error(url, env, pos));
    }
}

/// The writer's raw HTML of a text (every piece of it, in order): each
/// image it would load from another site, at the place it is written
/// (else at the text's first HTML).
pub(super) fn check_raw_html(
    raw: &str,
    source: &str,
    first_html: usize,
    env: &Env<'_>,
    out: &mut Rendered,
) {
    if env.allow_external_images {
        return;
    }
    let mut from = 0;
    for url in sanitize::image_addresses(raw)
        .into_iter()
        .filter(|u| is_external(u))
    {
        let at = match source[from..].find(&url) {
            Some(i) => {
                from += i + url.len();
                from - url.len()
            }
            None => first_html,
        };
        out.diagnostics
            .push(error(&url, env, env.pos_in(source, at)));
    }
}

#[cfg(test)]
mod tests {
    use super::is_external;

    #[test]
    fn addresses_on_other_hosts() {
        for url in [
            "https://example.org/a.jpg",
            "HTTP://example.org/a.jpg",
            "//cdn.example.org/a.jpg",
            "/\\cdn.example.org/a.jpg",
            " \thttps://x/a.png",
            "ht\ntps://x/a.png",
            "https:example.org/a.png",
        ] {
            assert!(is_external(url), "{url:?}");
        }
        for url in [
            "photo.jpg",
            "/logo.png",
            "../x/a.jpg",
            "data:image/png;base64,AA",
            "#a",
        ] {
            assert!(!is_external(url), "{url:?}");
        }
    }
}
