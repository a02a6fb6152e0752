//! A site made by someone else: `init`, the built-in theme and its
//! overrides, `theme eject`, menus from site.yaml.

use crate::support::{render, run_fadaa, snapshot, TestSite, REPO};
use std::path::Path;

fn run(args: &[&str], dir: &Path) -> (bool, String) {
    run_fadaa(dir, args)
}

#[test]
fn init_makes_a_site_that_builds_with_no_warning_and_no_other_file() {
    let dir = tempfile::tempdir().unwrap();
    let (ok, text) = run(&["init", "net"], dir.path());
    assert!(ok, "{text}");
    assert!(!dir.path().join("net/themes").exists());
    let (ok, text) = run(&["build", "--root", "net"], dir.path());
    assert!(ok, "{text}");
    assert!(!text.contains("warning"), "{text}");
    for page in [
        "ar/index.html",
        "fr/index.html",
        "fr/members/example/index.html",
        "ar/stories/first-story/index.html",
        "fr/about/index.html",
    ] {
        assert!(dir.path().join("net/public").join(page).is_file(), "{page}");
    }
    let home = std::fs::read_to_string(dir.path().join("net/public/fr/index.html")).unwrap();
    let css = home
        .split("href=\"/css/site.")
        .nth(1)
        .expect("the stylesheet, hashed");
    let css = format!("css/site.{}", &css[..css.find('"').unwrap()]);
    assert!(dir.path().join("net/public").join(&css).is_file(), "{css}");
    // init never writes into a folder that holds something.
    let (ok, text) = run(&["init", "net"], dir.path());
    assert!(!ok && text.contains("is not empty"), "{text}");
}

#[test]
fn a_site_without_themes_is_drawn_as_with_the_ejected_theme() {
    let site = TestSite::fixture("mini");
    assert!(!site.has_source("themes"));
    site.build_ok();
    let built_in = snapshot(&site.output());
    let (ok, text) = run(
        &["theme", "eject", "--root", site.root.to_str().unwrap()],
        &site.root,
    );
    assert!(ok, "{text}");
    assert_eq!(
        site.source("themes/espace/templates/base.html"),
        std::fs::read_to_string(Path::new(REPO).join("themes/espace/templates/base.html")).unwrap()
    );
    let mut options = site.options.clone();
    options.force = true;
    fadaa::build(&options).unwrap();
    let without_marker = |files: Vec<(String, Vec<u8>)>| {
        files
            .into_iter()
            .filter(|(p, _)| !p.starts_with(".fadaa"))
            .collect::<Vec<_>>()
    };
    assert!(without_marker(snapshot(&site.output())) == without_marker(built_in));
    // A second eject refuses to overwrite.
    let (ok, _) = run(
        &["theme", "eject", "--root", site.root.to_str().unwrap()],
        &site.root,
    );
    assert!(!ok);
}

#[test]
fn a_theme_override_replaces_one_file_and_its_error_names_it() {
    let site = TestSite::fixture("mini");
    let page =
        std::fs::read_to_string(Path::new(REPO).join("themes/espace/templates/page.html")).unwrap();
    site.write(
        "themes/espace/templates/page.html",
        &page.replace(
            "{% block content %}",
            "{% block content %}<p id=\"mine\">mine</p>",
        ),
    );
    site.build_ok();
    assert!(site.read("fr/charter/index.html").contains("id=\"mine\""));
    // The rest is the built-in theme's.
    assert!(site.read("fr/index.html").contains("site-nav"));

    site.write(
        "themes/espace/templates/page.html",
        "{% extends \"base.html\" %}\n{% block content %}\n<p>{{ page.title ) }}</p>\n{% endblock %}\n",
    );
    let errors = site.build_err();
    let shown = render(&errors);
    let error = &errors[0];
    assert_eq!(
        error.file.as_deref(),
        Some("themes/espace/templates/page.html"),
        "{shown}"
    );
    assert_eq!(error.pos.map(|p| p.line), Some(3), "{shown}");
}

#[test]
fn menus_from_site_yaml_replace_the_default_navigation() {
    let site = TestSite::fixture("mini");
    let settings = site.source("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!(
            "{settings}menus:\n  main:\n    - {{ section: stories }}\n    - {{ page: charter, label: {{ ar: \"الميثاق\", fr: \"Notre charte\" }} }}\n    - {{ section: members }}\n  footer:\n    - {{ url: \"https://fnct.example.tn/contact\", label: {{ ar: \"اتصل بنا\", fr: \"Nous écrire\" }} }}\n    - {{ url: \"/fr/search/\", label: {{ ar: \"بحث\", fr: \"Chercher\" }} }}\n"
        ),
    );
    site.build_ok();
    let home = site.read("fr/index.html");
    let nav = &home[home.find("class=\"site-nav\"").unwrap()..];
    let nav = &nav[..nav.find("</nav>").unwrap()];
    let stories = nav.find("/fr/stories/").expect("stories first");
    let charter = nav
        .find("Notre charte")
        .expect("the charter, with its label");
    let members = nav.find("/fr/members/").expect("then members");
    assert!(stories < charter && charter < members, "{nav}");
    assert!(
        !nav.contains("/fr/data/"),
        "only the configured entries: {nav}"
    );
    let story = site.read("fr/stories/index.html");
    assert!(
        story.contains("aria-current"),
        "the section is current on its pages"
    );
    assert!(home.contains("href=\"https://fnct.example.tn/contact\">Nous écrire</a>"));
    assert!(home.contains("href=\"/fr/search/\">Chercher</a>"));

    site.write(
        "content/site.yaml",
        &format!("{settings}menus:\n  main:\n    - {{ page: chartre }}\n"),
    );
    let errors = site.build_err();
    let shown = render(&errors);
    assert!(
        shown.contains("chartre") && shown.contains("charter"),
        "{shown}"
    );
    assert_eq!(errors[0].pos.map(|p| p.line), Some(12), "{shown}");
}

#[test]
fn renamed_items_keep_their_old_addresses_and_collisions_name_both_items() {
    let site = TestSite::fixture("mini");
    let story = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/queue.fr.md",
        &story.replacen(
            "tags:",
            "aliases: [file-attente, /fr/ancien/recit.html]\ntags:",
            1,
        ),
    );
    let member = site.source("content/members/sfax.yaml");
    site.write(
        "content/members/sfax.yaml",
        &format!("{member}\naliases: [sfax-ville]\n"),
    );
    site.build_ok();
    let moved = site.read("fr/stories/file-attente/index.html");
    assert!(
        moved.contains("http-equiv=\"refresh\" content=\"0; url=/fr/stories/queue/\""),
        "{moved}"
    );
    assert!(moved.contains("rel=\"canonical\" href=\"https://example.tn/fr/stories/queue/\""));
    assert!(site.exists("fr/ancien/recit.html"));
    // A member's old name, in every language.
    for lang in ["ar", "fr"] {
        let page = site.read(&format!("{lang}/members/sfax-ville/index.html"));
        assert!(
            page.contains(&format!("url=/{lang}/members/sfax/")),
            "{page}"
        );
        assert!(page.contains(&format!("lang=\"{lang}\"")));
    }
    let redirects = site.read("_redirects");
    assert!(
        redirects.contains("/fr/stories/file-attente/ /fr/stories/queue/ 301\n"),
        "{redirects}"
    );
    assert!(site
        .read("redirects.map")
        .contains("/ar/members/sfax-ville/ /ar/members/sfax/;\n"));
    // Nor the sitemap nor search lists an old address.
    assert!(!site.read("sitemap.xml").contains("file-attente"));

    // An alias that is a page's address, and one that another item has.
    site.write(
        "content/stories/queue.fr.md",
        &story.replacen("tags:", "aliases: [only-french]\ntags:", 1),
    );
    site.write(
        "content/members/sfax.yaml",
        &format!("{member}\naliases: [/fr/stories/gone/]\n"),
    );
    let other = site.source("content/stories/only-french.fr.md");
    site.write(
        "content/stories/only-french.fr.md",
        &other.replacen("title:", "aliases: [gone]\ntitle:", 1),
    );
    let errors = site.build_err();
    let shown = render(&errors);
    assert!(
        shown.contains("content/stories/queue.fr.md") && shown.contains("/fr/stories/only-french/ is the address of a page of the site (content/stories/only-french.fr.md)"),
        "{shown}"
    );
    assert!(
        shown.contains("is already an alias of another item (content/"),
        "{shown}"
    );
    // A path that is not one.
    site.write(
        "content/stories/queue.fr.md",
        &story.replacen("tags:", "aliases: [\"../x\"]\ntags:", 1),
    );
    site.write("content/stories/only-french.fr.md", &other);
    site.write("content/members/sfax.yaml", &member);
    let shown = render(&site.build_err());
    assert!(
        shown.contains("`../x` is not an earlier address"),
        "{shown}"
    );
}
