//! Story covers (resized, cached, described to the browser and to link
//! previews) and the static story filters.

use crate::support::{href_with, photo, TestSite};

/// The mini site with `queue` as a bundle whose cover is a 1600×900 photo.
fn site_with_cover() -> TestSite {
    let site = TestSite::fixture("mini");
    with_cover(&site, 1600, 900);
    site
}

/// `queue` made a bundle whose cover is a photo of this size.
pub(crate) fn with_cover(site: &TestSite, width: u32, height: u32) {
    for lang in ["ar", "fr"] {
        let text = site.source(&format!("content/stories/queue.{lang}.md"));
        site.remove(&format!("content/stories/queue.{lang}.md"));
        site.write(
            &format!("content/stories/queue/index.{lang}.md"),
            &text.replacen("---\n", "---\ncover: cover.jpg\n", 1),
        );
    }
    site.write_bytes("content/stories/queue/cover.jpg", &photo(width, height, 10));
}

fn img_tag<'a>(html: &'a str, class: &str) -> &'a str {
    let start = html
        .find(&format!("<img class=\"{class}\""))
        .unwrap_or_else(|| panic!("no {class} image"));
    &html[start..start + html[start..].find('>').unwrap() + 1]
}

#[test]
fn covers_are_resized_to_a_few_widths_and_announced_with_srcset() {
    let site = site_with_cover();
    let report = site.build_ok();
    assert_eq!((report.images_resized, report.images_from_cache), (3, 0));
    for (width, height) in [(400, 225), (800, 450), (1200, 675)] {
        let path = site
            .output()
            .join(format!("stories/queue/cover-{width}w.jpg"));
        let made = image::open(&path).unwrap();
        assert_eq!((made.width(), made.height()), (width, height));
    }

    let list = site.read("fr/stories/index.html");
    let card = img_tag(&list, "card-cover");
    assert!(
        card.contains(r#"src="/stories/queue/cover-800w.jpg""#),
        "{card}"
    );
    assert!(
        card.contains(r#"srcset="/stories/queue/cover-400w.jpg 400w, /stories/queue/cover-800w.jpg 800w, /stories/queue/cover-1200w.jpg 1200w, /stories/queue/cover.jpg 1600w""#),
        "{card}"
    );
    for attribute in [
        r#"width="800""#,
        r#"height="450""#,
        r#"loading="lazy""#,
        r#"alt="""#,
        "sizes=",
    ] {
        assert!(card.contains(attribute), "{attribute} missing: {card}");
    }
    // The story's own cover is seen at once: not lazy.
    let page = site.read("ar/stories/queue/index.html");
    assert!(!img_tag(&page, "story-cover").contains("loading="));
    assert!(page.contains(
        r#"<meta property="og:image" content="https://example.tn/stories/queue/cover.jpg">"#
    ));
    assert!(page.contains(r#"<meta property="og:image:width" content="1600">"#));
}

#[test]
fn an_unchanged_photo_comes_from_the_cache_and_a_changed_one_is_redone() {
    let mut site = site_with_cover();
    site.build_ok();
    // Not skipped as unchanged: the point is what the images stage does.
    site.options.force = true;
    let again = site.build_ok();
    assert_eq!((again.images_resized, again.images_from_cache), (0, 3));
    let first = std::fs::read(site.output().join("stories/queue/cover-400w.jpg")).unwrap();

    site.write_bytes("content/stories/queue/cover.jpg", &photo(1000, 1000, 200));
    let changed = site.build_ok();
    assert_eq!((changed.images_resized, changed.images_from_cache), (2, 0));
    let second = std::fs::read(site.output().join("stories/queue/cover-400w.jpg")).unwrap();
    assert_ne!(first, second);
    assert!(
        !site.exists("stories/queue/cover-1200w.jpg"),
        "no width above the photo's"
    );
}

#[test]
fn a_page_without_a_cover_shares_the_theme_image() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let home = site.read("fr/index.html");
    assert!(home.contains(r#"<meta property="og:image" content="https://example.tn/share.png">"#));
    assert!(home.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    assert!(site.exists("share.png"));
    let story = site.read("fr/stories/queue/index.html");
    assert!(
        story.contains(r#"<meta property="og:description" content="Résumé de l"#),
        "the summary is the preview's description"
    );
}

#[test]
fn stories_are_filtered_by_municipality_governorate_and_committee_without_javascript() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let list = site.read("fr/stories/index.html");
    for (facet, key) in [
        ("member", "sfax"),
        ("governorate", "sfax"),
        ("committee", "innovation"),
    ] {
        let href = format!("/fr/stories/by/{facet}/{key}/");
        assert!(
            list.contains(&format!("href=\"{href}\"")),
            "no link to {href}"
        );
        let page = site.read(&format!("fr/stories/by/{facet}/{key}/index.html"));
        assert!(
            href_with(&page, "/fr/stories/queue/").is_some(),
            "{href} does not list the story"
        );
        assert!(site.exists(&format!("ar/stories/by/{facet}/{key}/index.html")));
    }
    let story = site.read("fr/stories/queue/index.html");
    assert!(story.contains(r#"href="/fr/stories/by/committee/innovation/""#));
    assert!(list.contains("story-filters"));
    assert!(
        !site
            .read("fr/stories/page/2/index.html")
            .contains("story-filters"),
        "the filters are on the first page only"
    );
}

/// A theme written before the filter pages existed still builds: the pages
/// whose template it lacks are not made.
#[test]
fn a_theme_without_the_filter_template_builds_without_filter_pages() {
    let site = TestSite::fixture("mini");
    // A theme of its own (not the built-in one) lacking the template.
    fadaa::theme::eject(&site.root.join("themes/older")).unwrap();
    std::fs::remove_file(site.root.join("themes/older/templates/stories-by.html")).unwrap();
    let settings = site.source("content/site.yaml");
    site.write("content/site.yaml", &format!("{settings}\ntheme: older\n"));
    site.build_ok();
    assert!(site.exists("fr/stories/index.html"));
    assert!(!site.exists("fr/stories/by/member/sfax/index.html"));
}

/// A photo shown in a story's text gets the cover's smaller widths: a
/// phone downloads 400 or 800 pixels, not the photo itself.
#[test]
fn photos_in_the_text_are_resized_and_announced_with_srcset() {
    let site = site_with_cover();
    let text = site.source("content/stories/queue/index.fr.md");
    site.write(
        "content/stories/queue/index.fr.md",
        &format!("{text}\n![Le guichet unique](guichet.jpg)\n"),
    );
    site.write_bytes("content/stories/queue/guichet.jpg", &photo(2000, 1000, 40));
    let report = site.build_ok();
    assert_eq!(
        report.images_resized, 6,
        "3 widths of the cover, 3 of the photo"
    );
    let page = site.read("fr/stories/queue/index.html");
    let start = page
        .find("<img src=\"/stories/queue/guichet")
        .expect("the photo of the text");
    let tag = &page[start..start + page[start..].find('>').unwrap() + 1];
    assert!(
        tag.contains(r#"src="/stories/queue/guichet-800w.jpg""#),
        "{tag}"
    );
    assert!(tag.contains("guichet-400w.jpg 400w"), "{tag}");
    assert!(tag.contains(r#"alt="Le guichet unique""#), "{tag}");
    for attribute in [
        r#"width="800""#,
        r#"height="400""#,
        r#"loading="lazy""#,
        "sizes=",
    ] {
        assert!(tag.contains(attribute), "{attribute} missing: {tag}");
    }
    let made = image::open(site.output().join("stories/queue/guichet-400w.jpg")).unwrap();
    assert_eq!((made.width(), made.height()), (400, 200));
}

/// A story list narrowed to a municipality or committee is in the
/// stories section: its entry in the main navigation is marked current.
#[test]
fn a_filtered_story_list_marks_the_stories_section_current() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    for page in [
        "fr/stories/by/member/sfax/index.html",
        "fr/stories/by/committee/innovation/index.html",
    ] {
        let html = site.read(page);
        let nav = html
            .split("class=\"site-nav\"")
            .nth(1)
            .and_then(|rest| rest.split("</nav>").next())
            .expect("the main navigation");
        assert!(
            nav.contains("<a href=\"/fr/stories/\" aria-current=\"true\">"),
            "{page}: {nav}"
        );
    }
}
