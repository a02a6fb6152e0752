//! What a `serve` rebuild reuses from the last good build (rendered
//! Markdown, unchanged pages), and that reuse never hides a change.

use crate::support::TestSite;
use fadaa::render::Previous;

/// One `serve`-style rebuild: the previous build's pages and Markdown in,
/// the new ones kept for the next. Errors as messages.
fn rebuild(site: &TestSite, previous: &mut Previous) -> Result<usize, Vec<String>> {
    match fadaa::render_site_with(&site.options, Some(previous)) {
        Ok(rendered) => {
            previous.fingerprints = rendered.fingerprints;
            previous.files = std::sync::Arc::new(rendered.files);
            let texts = rendered.content.rendered;
            previous.markdown = Some(rendered.content);
            Ok(texts)
        }
        Err(diags) => Err(diags
            .iter()
            .filter(|d| d.is_error())
            .map(|d| format!("{}: {}", d.file.as_deref().unwrap_or(""), d.message))
            .collect()),
    }
}

#[test]
fn reused_markdown_still_sees_the_pages_it_links_to_change() {
    let site = TestSite::fixture("mini");
    let mut previous = Previous::default();
    let all = rebuild(&site, &mut previous).unwrap();
    assert!(all > 10, "{all} texts");
    assert_eq!(rebuild(&site, &mut previous), Ok(0), "nothing changed");

    // The charter links to `queue.fr.md#resultats`. The charter's text is
    // not rendered again, but the anchor it points at is gone.
    let queue = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/queue.fr.md",
        &queue.replace("## Résultats", "Résultats :"),
    );
    let errors = rebuild(&site, &mut previous).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/pages/charter.fr.md: `#resultats`")),
        "{errors:?}"
    );

    // A failed build keeps the last good Markdown; fixed, one text is new.
    site.write("content/stories/queue.fr.md", &queue);
    assert_eq!(rebuild(&site, &mut previous), Ok(1));

    // The story disappears: every link table changes, every text is
    // rendered again, and the charter's link is now an error.
    site.remove("content/stories/queue.fr.md");
    site.remove("content/stories/queue.ar.md");
    let errors = rebuild(&site, &mut previous).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/pages/charter.fr.md:") && e.contains("queue")),
        "{errors:?}"
    );
}
