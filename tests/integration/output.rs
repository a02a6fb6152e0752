//! What lands on disk: site files, sub-paths, atomicity, determinism.

use crate::support::{snapshot, TestSite, REPO};
use std::path::Path;

#[test]
fn site_files_are_written() {
    let site = TestSite::fixture("mini");
    let report = site.build_ok();
    assert_eq!(report.pages_per_lang["ar"], report.pages_per_lang["fr"]);
    for file in [
        "index.html",
        "404.html",
        "robots.txt",
        "sitemap.xml",
        "css/highlight.css",
        "data/requests/requests.csv",
        ".fadaa-output",
    ] {
        assert!(site.exists(file), "{file}");
    }
    // Stylesheets, scripts and fonts under names that hold their hash.
    for file in [
        "css/site.css",
        "js/search.js",
        "fonts/ibm-plex-sans-arabic-arabic-400-normal.woff2",
    ] {
        assert!(!site.exists(file), "{file}");
        assert!(site.exists(&site.hashed(file)), "{file}");
    }
    let home = site.read("fr/index.html");
    assert!(home.contains(&format!("href=\"/{}\"", site.hashed("css/site.css"))));
    assert!(site
        .read("robots.txt")
        .contains("Sitemap: https://example.tn/sitemap.xml"));
    let root = site.read("index.html");
    assert!(
        root.contains("/ar/") && root.contains("/fr/"),
        "language choice: {root}"
    );
}

#[test]
fn sitemap_lists_every_page_with_hreflang_alternates() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let xml = site.read("sitemap.xml");
    assert!(xml.contains("<loc>https://example.tn/ar/stories/only-french/</loc>"));
    assert!(xml.contains("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.tn/fr/members/sfax/\"/>"), "{xml}");
    // x-default as in the pages: the default language's (Arabic) version.
    let x_default = "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.tn/ar/members/sfax/\"/>";
    assert_eq!(
        xml.matches(x_default).count(),
        2,
        "once under each language's <url>"
    );
    assert_eq!(
        xml.matches("hreflang=\"x-default\"").count(),
        xml.matches("<loc>").count()
    );
    let locs = xml.matches("<loc>").count();
    let report = site.build_ok();
    assert_eq!(locs, report.pages_per_lang.values().sum::<usize>());
}

#[test]
fn links_work_under_a_sub_path() {
    let mut site = TestSite::fixture("mini");
    site.options.base_url = Some("https://host.tn/reseau/".into());
    site.build_ok();
    for page in [
        "ar/index.html",
        "fr/stories/queue/index.html",
        "fr/charter/index.html",
        "404.html",
        "index.html",
    ] {
        let html = site.read(page);
        for attr in ["href=\"/", "src=\"/"] {
            for (i, _) in html.match_indices(attr) {
                let rest = &html[i + attr.len() - 1..];
                assert!(
                    rest.starts_with("/reseau/"),
                    "{page}: {}",
                    &rest[..rest.len().min(60)]
                );
            }
        }
    }
    assert!(site
        .read("fr/charter/index.html")
        .contains("href=\"/reseau/fr/members/sfax/\""));
    assert!(site
        .read("sitemap.xml")
        .contains("<loc>https://host.tn/reseau/fr/</loc>"));
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let before = snapshot(&site.output());
    site.write(
        "content/stories/queue.fr.md",
        "---\ntitle: x\ndate: 2025-01-12\nmember: nobody\n---\nText\n",
    );
    site.write(
        "content/stories/new.fr.md",
        "---\ntitle: New\ndate: 2025-01-13\nmember: sfax\n---\nNew\n",
    );
    let errors = site.build_err();
    assert!(!errors.is_empty());
    assert_eq!(
        snapshot(&site.output()),
        before,
        "output changed after a failed build"
    );
    assert!(
        !site.root.join(".public.fadaa-new").exists(),
        "no staging folder left behind"
    );
}

/// A build while another is writing the same output is refused, and
/// touches nothing: it does not clear the other one's staging folder.
#[test]
fn a_second_build_of_one_output_at_once_is_refused_and_touches_nothing() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let before = snapshot(&site.output());
    // Another build holds the lock, with its staging folder half written.
    let lock = std::fs::File::create(site.root.join(".public.fadaa-lock")).unwrap();
    lock.lock().unwrap();
    let staging = site.root.join(".public.fadaa-new");
    std::fs::create_dir_all(&staging).unwrap();
    std::fs::write(staging.join("half.html"), "<p>").unwrap();
    site.write(
        "content/stories/new.fr.md",
        "---\ntitle: New\ndate: 2025-01-13\nmember: sfax\n---\nNew\n",
    );
    let errors = site.build_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].message.id, "output-busy");
    assert_eq!(snapshot(&site.output()), before);
    assert!(
        staging.join("half.html").exists(),
        "the other build's files are left"
    );
    // Once it is done, the next build goes through.
    drop(lock);
    std::fs::remove_dir_all(&staging).unwrap();
    site.build_ok();
    assert!(site.exists("fr/stories/new/index.html"));
}

/// Pages are written to the staging folder as they are rendered: a page
/// that fails after hundreds were written must still leave the previous
/// output as it was, and no half-filled folder behind.
#[test]
fn a_page_failing_mid_render_leaves_the_previous_output_untouched() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let before = snapshot(&site.output());
    let story = site.source("content/stories/queue.fr.md");
    for i in 0..200 {
        site.write(&format!("content/stories/more-{i}.fr.md"), &story);
    }
    // Story pages render last among nothing in particular: this one fails
    // while others are being written.
    let theme_story =
        std::fs::read_to_string(Path::new(REPO).join("themes/espace/templates/story.html"))
            .unwrap();
    site.write(
        "templates/story.html",
        &theme_story.replace(
            "{% block content %}",
            "{% block content %}{% if story.slug == \"more-150\" %}{{ no_such_variable }}{% endif %}",
        ),
    );
    let errors = site.build_err();
    assert!(
        errors
            .iter()
            .any(|d| d.message.to_string().contains("no_such_variable")),
        "{errors:?}"
    );
    assert_eq!(
        snapshot(&site.output()),
        before,
        "output changed after a failed render"
    );
    assert!(
        !site.root.join(".public.fadaa-new").exists(),
        "no staging folder left behind"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let mut site = TestSite::fixture("mini");
    site.build_ok();
    let first = snapshot(&site.output());
    site.options.output = Some(site.root.join("second"));
    site.build_ok();
    assert_eq!(snapshot(&site.root.join("second")), first);
}

#[test]
fn removed_items_disappear_from_the_output() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    assert!(site.exists("fr/stories/old/index.html"));
    site.remove("content/stories/old.ar.md");
    site.build_ok();
    assert!(!site.exists("fr/stories/old/index.html"));
}

#[test]
fn a_folder_not_made_by_fadaa_is_never_replaced() {
    let mut site = TestSite::fixture("mini");
    site.write("precious/notes.txt", "keep me");
    site.options.output = Some(site.root.join("precious"));
    let errors = site.build_err();
    assert!(
        errors[0]
            .message
            .to_string()
            .contains("was not made by fadaa"),
        "{}",
        errors[0]
    );
    assert_eq!(
        std::fs::read_to_string(site.root.join("precious/notes.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn each_language_has_an_atom_feed_with_absolute_links() {
    let mut site = TestSite::fixture("mini");
    site.options.base_url = Some("https://host.tn/reseau/".into());
    site.build_ok();
    let feed = site.read("fr/atom.xml");
    assert!(feed.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">"));
    assert!(
        feed.contains("<id>https://host.tn/reseau/fr/stories/queue/</id>"),
        "{feed}"
    );
    assert!(feed.contains("<updated>2025-01-12T00:00:00Z</updated>"));
    assert_eq!(
        feed.matches("<entry").count(),
        3,
        "published stories only; the deliverable is not published"
    );
    assert!(
        !feed.contains("href=&quot;/reseau"),
        "links inside content are absolute"
    );
    assert!(site
        .read("ar/atom.xml")
        .contains("<title>صفاقس تقلص الانتظار</title>"));
}

#[test]
fn published_deliverables_join_the_feed_by_publication_date() {
    let site = TestSite::fixture("mini");
    site.write(
        "content/deliverables/guide.yaml",
        "title: { ar: \"دليل الاستقبال\", fr: \"Guide de l'accueil\" }\nsummary: { fr: \"Un guide\" }\ncommittee: innovation\nkind: guide\nstatus: published\ndue: 2024-06-30\npublished: 2025-02-01\nmembers: [sfax]\nlink: https://example.tn/guide.pdf\n",
    );
    site.build_ok();
    let feed = site.read("fr/atom.xml");
    assert_eq!(feed.matches("<entry").count(), 4);
    let first = feed.find("<entry").unwrap();
    assert!(
        feed[first..].starts_with("<entry xml:lang=\"fr\">\n    <title>Guide de l'accueil</title>"),
        "the newest entry comes first: {feed}"
    );
    assert!(feed.contains("<id>https://example.tn/fr/deliverables/guide/</id>"));
    assert!(feed.contains("<published>2025-02-01T00:00:00Z</published>"));
    let page = site.read("ar/deliverables/index.html");
    assert!(page.contains("class=\"progress-chart\""), "{page}");
    assert!(
        page.contains("<rect class=\"bar-published\" x=\"0.0\" y=\"0\" width=\"300.0\""),
        "one of one published, full width"
    );
}

/// A build finds its output already made from the same inputs and leaves
/// it as it is; any change to the inputs or the settings builds again.
#[test]
fn a_build_with_nothing_changed_leaves_the_output_as_it_is() {
    let mut site = TestSite::fixture("mini");
    let first = site.build_ok();
    assert!(first.unchanged.is_none());
    // Not an input: it survives only if the output is not replaced.
    std::fs::write(site.output().join("left-alone.txt"), "x").unwrap();

    let again = site.build_ok();
    let stamp = again.unchanged.expect("nothing changed: no rebuild");
    assert_eq!(stamp.pages_per_lang, first.pages_per_lang);
    assert!(site.exists("left-alone.txt"));

    // The same bytes written again are not a change.
    let story = site.source("content/stories/queue.fr.md");
    site.write("content/stories/queue.fr.md", &story);
    assert!(site.build_ok().unchanged.is_some());

    site.write(
        "content/stories/queue.fr.md",
        &story.replacen("## Résultats", "Une phrase nouvelle.\n\n## Résultats", 1),
    );
    assert!(site.build_ok().unchanged.is_none(), "a story changed");
    assert!(!site.exists("left-alone.txt"));
    assert!(site
        .read("fr/stories/queue/index.html")
        .contains("Une phrase nouvelle."));
    assert!(site.build_ok().unchanged.is_some());

    site.options.base_url = Some("https://example.org/reseau/".into());
    assert!(site.build_ok().unchanged.is_none(), "a setting changed");

    site.options.force = true;
    assert!(site.build_ok().unchanged.is_none(), "--force rebuilds");
}

#[test]
fn a_theme_change_builds_again() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    // The site's own copy of the built-in stylesheet, changed.
    let css = site.root.join("themes/espace/static/css/site.css");
    let mut text =
        std::fs::read_to_string(Path::new(REPO).join("themes/espace/static/css/site.css"))
            .expect("the theme's stylesheet");
    text.push_str("\n/* changed */\n");
    std::fs::create_dir_all(css.parent().unwrap()).unwrap();
    std::fs::write(&css, text).unwrap();
    assert!(site.build_ok().unchanged.is_none());
    assert!(site
        .read(&site.hashed("css/site.css"))
        .ends_with("/* changed */\n"));
}
