//! What a `serve` rebuild reuses from the last good build (rendered
//! Markdown, unchanged pages), and that reuse never hides a change.

use crate::support::TestSite;
use fadaa::memo::Memo;

/// One `serve`-style rebuild: the previous build's pages and Markdown in,
/// the new ones kept for the next. Errors as messages.
fn rebuild(site: &TestSite, memo: &mut Memo) -> Result<usize, Vec<String>> {
    match fadaa::render_site_with(&site.options, Some(memo)) {
        Ok(mut rendered) => {
            let texts = rendered.content.rendered;
            memo.keep(&mut rendered);
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
    let mut memo = Memo::default();
    let all = rebuild(&site, &mut memo).unwrap();
    assert!(all > 10, "{all} texts");
    assert_eq!(rebuild(&site, &mut memo), Ok(0), "nothing changed");

    // The charter links to `queue.fr.md#resultats`. The charter's text is
    // not rendered again, but the anchor it points at is gone.
    let queue = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/queue.fr.md",
        &queue.replace("## Résultats", "Résultats :"),
    );
    let errors = rebuild(&site, &mut memo).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/pages/charter.fr.md: `#resultats`")),
        "{errors:?}"
    );

    // A failed build keeps the last good Markdown; fixed, one text is new.
    site.write("content/stories/queue.fr.md", &queue);
    assert_eq!(rebuild(&site, &mut memo), Ok(1));

    // The story disappears: the charter, which links to it, is rendered
    // again and its link is now an error.
    site.remove("content/stories/queue.fr.md");
    site.remove("content/stories/queue.ar.md");
    let errors = rebuild(&site, &mut memo).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("content/pages/charter.fr.md:") && e.contains("queue")),
        "{errors:?}"
    );
}

/// A text is rendered again when, and only when, a question it asked of
/// the link table gets another answer: a new story leaves every other
/// text as it was; a file added under `assets/` that a text links to
/// renders that text again (its link was broken).
#[test]
fn a_new_item_renders_again_only_the_texts_that_asked_about_it() {
    let site = TestSite::fixture("mini");
    let mut memo = Memo::default();
    rebuild(&site, &mut memo).unwrap();
    let queue = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/brand-new.fr.md",
        &queue.replace("title:", "title: Nouveau —"),
    );
    // The new story's text, in the French reader's language and as the
    // Arabic reader's fallback.
    assert_eq!(rebuild(&site, &mut memo), Ok(2));

    let linking = "content/pages/assets-link.fr.md";
    site.write(linking, "---\ntitle: Lien\n---\n\n[Le guide](/guide.pdf)\n");
    let errors = rebuild(&site, &mut memo).unwrap_err();
    assert!(errors.iter().any(|e| e.starts_with(linking)), "{errors:?}");
    site.write("assets/guide.pdf", "%PDF-1.4\n");
    // Only the text whose link now finds its file (for both readers).
    assert_eq!(rebuild(&site, &mut memo), Ok(2));
}

/// A template edit renders again the pages drawn by that template only
/// (`Templates::key_of`), and an edit to the one they all extend, all.
#[test]
fn a_template_edit_renders_again_only_the_pages_it_draws() {
    let site = TestSite::fixture("mini");
    let mut memo = Memo::default();
    // Pages rendered, and every file of the build (kept whole).
    let rendered = |memo: &mut Memo| {
        let mut build = fadaa::render_site_with(&site.options, Some(memo)).unwrap();
        memo.keep(&mut build);
        (build.rendered_pages, build.files)
    };
    let (all, _) = rendered(&mut memo);
    let theme = |name: &str| {
        let repo = env!("CARGO_MANIFEST_DIR");
        std::fs::read_to_string(format!("{repo}/themes/espace/templates/{name}")).unwrap()
    };

    let tag = theme("tag.html").replacen("<h1>", "<!-- edited --><h1>", 1);
    site.write("templates/tag.html", &tag);
    let (count, files) = rendered(&mut memo);
    let is_tag_page = |p: &&String| {
        p.contains("/tags/") && p.ends_with(".html") && !p.ends_with("/tags/index.html")
    };
    let tag_pages: Vec<&String> = files.keys().filter(is_tag_page).collect();
    assert!(!tag_pages.is_empty());
    assert_eq!(count, tag_pages.len(), "only the tag pages");
    for page in tag_pages {
        assert!(String::from_utf8_lossy(&files[page]).contains("<!-- edited -->"));
    }

    // Every page that extends base.html, which is all but the language
    // choice at the root (a page of its own).
    let base = theme("base.html").replacen("<body", "<!-- base edited --><body", 1);
    site.write("templates/base.html", &base);
    let (count, files) = rendered(&mut memo);
    let edited = files
        .values()
        .filter(|b| String::from_utf8_lossy(b).contains("<!-- base edited -->"))
        .count();
    assert_eq!(count, edited);
    assert_eq!(edited, all - 1);
}

/// A `serve`-style build, kept whole as `serve` keeps its last good one.
fn live(site: &TestSite) -> fadaa::Rendered {
    fadaa::render_site_with(&site.options, Some(&mut Memo::default()))
        .unwrap_or_else(|d| panic!("{d:?}"))
}

/// `serve`'s short way for a save of `rel` alone: the files it changes.
fn body_edit(site: &TestSite, last: &mut fadaa::Rendered, rel: &str) -> Option<Vec<String>> {
    let root = site.options.root.canonicalize().unwrap();
    let edited = fadaa::serve::body_edit(last, &site.options, &root, &[root.join(rel)])?;
    let paths = edited.iter().map(|e| e.path.clone()).collect();
    for e in edited {
        last.files.insert(e.path, e.bytes);
    }
    Some(paths)
}

#[test]
fn a_body_edit_serves_exactly_what_the_whole_build_makes() {
    let cases = [
        // A story in both languages: its French page and feed only.
        (
            "content/stories/queue.fr.md",
            "Le temps d'attente a baissé.",
            "Le temps d'attente a *nettement* baissé.",
            // The story is in the site's feed, its member's and its tag's.
            &[
                "fr/atom.xml",
                "fr/members/sfax/atom.xml",
                "fr/stories/queue/index.html",
                "fr/tags/reception/atom.xml",
            ][..],
        ),
        // A story only in French is also the Arabic reader's page.
        (
            "content/stories/only-french.fr.md",
            "Texte en français.",
            "Texte en français, revu.",
            &[
                "ar/atom.xml",
                "ar/members/sfax/atom.xml",
                "ar/stories/only-french/index.html",
                "fr/atom.xml",
                "fr/members/sfax/atom.xml",
                "fr/stories/only-french/index.html",
            ][..],
        ),
        // A page: no feed.
        (
            "content/pages/charter.ar.md",
            "نص عربي.",
            "نص عربي جديد.",
            &["ar/charter/index.html"][..],
        ),
    ];
    for (rel, from, to, expected) in cases {
        let site = TestSite::fixture("mini");
        let mut last = live(&site);
        let text = site.source(rel);
        assert!(text.contains(from), "{rel}");
        site.write(rel, &text.replacen(from, to, 1));
        let mut touched = body_edit(&site, &mut last, rel).unwrap_or_else(|| panic!("{rel}"));
        touched.sort();
        assert_eq!(touched, expected, "{rel}");
        let whole = live(&site).files;
        assert_eq!(
            last.files.keys().collect::<Vec<_>>(),
            whole.keys().collect::<Vec<_>>()
        );
        for (path, bytes) in &whole {
            assert!(last.files[path] == *bytes, "{rel}: {path} differs");
        }
        let page = expected.iter().find(|p| p.ends_with(".html")).unwrap();
        let html = String::from_utf8(last.files[*page].clone()).unwrap();
        let shown = to.replace("*nettement*", "<em>nettement</em>");
        assert!(html.contains(&shown), "{rel}: the edit is not on {page}");
    }
}

#[test]
fn an_edit_that_can_change_other_pages_takes_the_whole_build() {
    let long = " mot".repeat(400);
    let cases = [
        // Front matter: titles are on lists, tags and the home page.
        (
            "content/stories/queue.fr.md",
            "title: Sfax réduit",
            "title: Sfax divise",
        ),
        // The charter links to this heading.
        ("content/stories/queue.fr.md", "## Résultats", "## Bilan"),
        // A new heading is a new anchor to link to.
        (
            "content/stories/queue.fr.md",
            "baissé.",
            "baissé.\n\n## Suite\n",
        ),
        // A mistake is reported by the whole build.
        (
            "content/stories/queue.fr.md",
            "baissé.",
            "baissé. [x](nope.md)",
        ),
        // Story cards show the reading time.
        (
            "content/stories/queue.fr.md",
            "baissé.",
            &format!("baissé.{long}"),
        ),
        // Links to other texts' headings are checked by the whole build.
        ("content/pages/charter.ar.md", "(#principles)", "(#autre)"),
        // A member is YAML: its name is on many pages.
        ("content/members/sfax.yaml", "", ""),
    ];
    for (rel, from, to) in cases {
        let site = TestSite::fixture("mini");
        let mut last = live(&site);
        site.write(rel, &site.source(rel).replacen(from, to, 1));
        assert_eq!(
            body_edit(&site, &mut last, rel),
            None,
            "{rel}: {from} → {to}"
        );
    }
    // Two files saved together.
    let site = TestSite::fixture("mini");
    let mut last = live(&site);
    let root = site.options.root.canonicalize().unwrap();
    let batch = [
        root.join("content/stories/queue.fr.md"),
        root.join("content/stories/queue.ar.md"),
    ];
    assert!(fadaa::serve::body_edit(&mut last, &site.options, &root, &batch).is_none());
}

#[test]
fn a_serve_build_counts_its_pages_as_a_plain_one() {
    let site = TestSite::fixture("mini");
    let plain = fadaa::render_site(&site.options).unwrap_or_else(|d| panic!("{d:?}"));
    assert!(!plain.pages_per_lang.is_empty());
    assert_eq!(live(&site).pages_per_lang, plain.pages_per_lang);
}

#[test]
fn a_body_edit_on_a_new_day_takes_the_whole_build() {
    let mut site = TestSite::fixture("mini");
    let mut last = live(&site);
    let rel = "content/stories/queue.fr.md";
    site.write(rel, &site.source(rel).replace("a baissé.", "a chuté."));
    // The same edit, a day later: dates and overdue badges move on every page.
    site.options.today = fadaa::model::Day::parse("2025-06-02");
    assert_eq!(body_edit(&site, &mut last, rel), None);
}
