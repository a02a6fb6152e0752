//! Links and anchors in the generated pages. Content links are already
//! checked at their source line during the build; this pass also covers
//! what templates and the generator write (menus, lists, switchers).

use crate::diag::Diagnostic;
use crate::messages::Message;
use crate::msg;
use crate::Rendered;
use std::collections::{BTreeSet, HashMap};

pub fn check(rendered: &Rendered) -> Vec<Diagnostic> {
    let base = rendered.site.config.base_path.as_str();
    // Ids of each linked-to page, read once however many links point there.
    let mut ids: HashMap<String, BTreeSet<String>> = HashMap::new();
    let mut out = Vec::new();
    for (page, bytes) in &rendered.files {
        if !page.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        for url in attribute_values(&html, &["href", "src"]) {
            let Some((target, fragment)) = internal_target(&url, page, base) else {
                continue;
            };
            let exists =
                rendered.files.contains_key(&target) || rendered.copies.contains_key(&target);
            if !exists {
                out.push(broken(msg!(
                    "internal-link-missing",
                    page = page,
                    url = url.as_str()
                )));
                continue;
            }
            let Some(fragment) = fragment.filter(|f| !f.is_empty()) else {
                continue;
            };
            let known = ids.entry(target.clone()).or_insert_with(|| {
                rendered
                    .files
                    .get(&target)
                    .map(|b| attribute_values(&String::from_utf8_lossy(b), &["id"]))
                    .unwrap_or_default()
                    .into_iter()
                    .collect()
            });
            if !known.contains(&fragment) {
                out.push(broken(msg!(
                    "internal-link-no-anchor",
                    page = page,
                    url = url.as_str(),
                    anchor = fragment.as_str()
                )));
            }
        }
    }
    out
}

fn broken(what: Message) -> Diagnostic {
    Diagnostic::error(what).help(msg!("internal-link-help"))
}

/// Values of the given attributes, unescaped (`&amp;` → `&`).
pub(super) fn attribute_values(html: &str, names: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for name in names {
        let needle = format!(" {name}=\"");
        let mut rest = html;
        while let Some(i) = rest.find(&needle) {
            rest = &rest[i + needle.len()..];
            let Some(end) = rest.find('"') else { break };
            out.push(unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

fn unescape(value: &str) -> String {
    value
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The output file a link points to and its fragment, for links inside
/// the site; None for other sites, `mailto:` and the like.
fn internal_target(url: &str, page: &str, base: &str) -> Option<(String, Option<String>)> {
    if url.contains("://") || url.starts_with("//") || url.contains(':') && !url.starts_with('/') {
        return None;
    }
    let (path, fragment) = match url.split_once('#') {
        Some((p, f)) => (p, Some(percent_decode(f))),
        None => (url, None),
    };
    let path = path.split('?').next().unwrap_or("");
    let page_dir = page.rsplit_once('/').map_or("", |(d, _)| d);
    let site_path = if path.is_empty() {
        page.to_string()
    } else if let Some(absolute) = path.strip_prefix(base) {
        percent_decode(absolute)
    } else if path.starts_with('/') {
        // Outside the base path: a link that would break under a sub-path.
        return Some((format!("(outside {base}){path}"), fragment));
    } else {
        normalise(&format!("{page_dir}/{}", percent_decode(path)))
    };
    let file = if site_path.is_empty() || site_path.ends_with('/') {
        format!("{site_path}index.html")
    } else {
        site_path
    };
    Some((file, fragment))
}

fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    if path.ends_with('/') && !joined.is_empty() {
        joined + "/"
    } else {
        joined
    }
}

/// `%D8%A7` → `ا`: URLs in pages and requests are percent-encoded.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_resolve_to_output_files() {
        let page = "fr/stories/x/index.html";
        let t = |u| internal_target(u, page, "/reseau/");
        assert_eq!(t("/reseau/fr/"), Some(("fr/index.html".into(), None)));
        assert_eq!(
            t("/reseau/fr/principles/#valeurs"),
            Some(("fr/principles/index.html".into(), Some("valeurs".into())))
        );
        assert_eq!(t("../y/"), Some(("fr/stories/y/index.html".into(), None)));
        assert_eq!(t("#a"), Some((page.into(), Some("a".into()))));
        assert_eq!(t("https://example.org/"), None);
        assert_eq!(t("mailto:a@b.tn"), None);
        assert_eq!(
            t("/reseau/ar/principles/#%D8%A7"),
            Some(("ar/principles/index.html".into(), Some("ا".into())))
        );
    }

    #[test]
    fn attributes_are_found_and_unescaped() {
        let html = r#"<a href="/a?x=1&amp;y=2" id="top"><img src="i.png" alt=""></a>"#;
        assert_eq!(
            attribute_values(html, &["href", "src"]),
            ["/a?x=1&y=2", "i.png"]
        );
        assert_eq!(attribute_values(html, &["id"]), ["top"]);
    }
}
