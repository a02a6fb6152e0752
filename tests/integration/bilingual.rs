//! Direction, languages, fallbacks and links in the built pages.

use crate::support::{href_with, TestSite};

#[test]
fn every_page_has_lang_and_dir_from_its_language() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    for page in [
        "index.html",
        "charter/index.html",
        "members/sfax/index.html",
        "stories/queue/index.html",
        "data/requests/index.html",
        "deliverables/guide/index.html",
        "search/index.html",
        "tags/reception/index.html",
    ] {
        assert!(
            site.read(&format!("ar/{page}"))
                .contains("<html lang=\"ar\" dir=\"rtl\">"),
            "ar/{page}"
        );
        assert!(
            site.read(&format!("fr/{page}"))
                .contains("<html lang=\"fr\" dir=\"ltr\">"),
            "fr/{page}"
        );
    }
}

#[test]
fn language_switcher_leads_to_the_same_item() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let ar = site.read("ar/stories/queue/index.html");
    assert_eq!(
        href_with(&ar, "hreflang=\"fr\"").as_deref(),
        Some("/fr/stories/queue/")
    );
    let fr = site.read("fr/members/sfax/index.html");
    assert_eq!(
        href_with(&fr, "hreflang=\"ar\"").as_deref(),
        Some("/ar/members/sfax/")
    );
    assert!(ar.contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"https://example.tn/fr/stories/queue/\">"), "{ar}");
}

#[test]
fn a_story_in_one_language_gets_a_page_in_every_language_with_a_notice() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let fr = site.read("fr/stories/only-french/index.html");
    assert!(
        !fr.contains("class=\"notice notice-fallback\""),
        "no notice in its own language"
    );
    let ar = site.read("ar/stories/only-french/index.html");
    assert!(ar.contains("class=\"notice notice-fallback\""), "{ar}");
    assert!(
        ar.contains("lang=\"fr\" dir=\"ltr\""),
        "fallback text carries its language: {ar}"
    );
    assert!(ar.contains("Une histoire en français seulement"));
    // And the Arabic-only story in French.
    let fr_old = site.read("fr/stories/old/index.html");
    assert!(fr_old.contains("class=\"notice notice-fallback\""));
    assert!(fr_old.contains("lang=\"ar\" dir=\"rtl\""));
}

#[test]
fn a_field_or_card_in_another_language_says_so_and_is_laid_out_in_it() {
    let site = TestSite::fixture("mini");
    let member = std::fs::read_to_string(site.root.join("content/members/sfax.yaml")).unwrap().replace(
        "description: { ar: \"فضاء **نموذجي**.\", fr: \"Un espace **modèle**. Voir [la charte](../pages/charter.md).\" }",
        "description: { ar: \"فضاء **نموذجي**.\" }",
    );
    site.write("content/members/sfax.yaml", &member);
    site.build_ok();
    // The member's description, in Arabic on the French page: the notice a
    // fallen-back story gets, and the text in a block of its language.
    let fr = site.read("fr/members/sfax/index.html");
    let notice = fr
        .find("class=\"notice notice-fallback\"")
        .expect("a notice");
    let text = fr
        .find("<div class=\"prose\" lang=\"ar\" dir=\"rtl\">")
        .expect("block in Arabic");
    assert!(notice < text, "the notice comes before the text");
    assert!(fr.contains("<span class=\"notice-lang\" lang=\"ar\" dir=\"rtl\">العربية</span>"));
    assert!(!site
        .read("ar/members/sfax/index.html")
        .contains("notice-fallback"));
    // A story card in the other language: the title's block carries the
    // language (not only an inline span), and a badge names it.
    let list = site.read("ar/stories/index.html");
    assert!(
        list.contains(
            "class=\"card-title\" lang=\"fr\" dir=\"ltr\"><a href=\"/ar/stories/only-french/\">"
        ),
        "{list}"
    );
    assert!(
        list.contains("<span class=\"badge badge-lang\" lang=\"fr\" dir=\"ltr\">Français</span>")
    );
    let own = list.find("/ar/stories/queue/").unwrap();
    assert!(
        !list[own.saturating_sub(120)..own].contains("lang=\"fr\""),
        "cards in the page's language carry nothing"
    );
}

#[test]
fn links_between_items_resolve_in_the_readers_language() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let fr = site.read("fr/charter/index.html");
    assert!(fr.contains("href=\"/fr/stories/queue/#resultats\""), "{fr}");
    assert!(fr.contains("href=\"/fr/members/sfax/\""));
    let ar = site.read("ar/charter/index.html");
    assert!(ar.contains("href=\"/ar/stories/queue/\""), "{ar}");
    assert!(ar.contains("href=\"#principles\""));
    // A member's description links too, from YAML.
    assert!(site
        .read("fr/members/sfax/index.html")
        .contains("href=\"/fr/charter/\""));
}

#[test]
fn text_in_the_other_script_gets_dir_auto_and_code_stays_ltr() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let ar = site.read("ar/charter/index.html");
    assert!(
        ar.contains("<p dir=\"auto\">Voir la suite en français.</p>"),
        "{ar}"
    );
    let fr = site.read("fr/charter/index.html");
    assert!(
        fr.contains(
            "<pre class=\"code\" dir=\"ltr\" tabindex=\"0\"><code class=\"language-rust\">"
        ),
        "{fr}"
    );
    assert!(fr.contains("class=\"hl-"), "highlighted with classes");
    assert!(!fr.contains("style=\"color"), "no inline styles");
}

#[test]
fn french_typography_and_maghreb_month_names() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let fr = site.read("fr/charter/index.html");
    assert!(
        fr.contains("Nos «\u{202F}valeurs\u{202F}»\u{202F}: la transparence\u{202F}!"),
        "{fr}"
    );
    assert!(site
        .read("ar/stories/queue/index.html")
        .contains("12 جانفي 2025"));
    assert!(site
        .read("fr/stories/queue/index.html")
        .contains("12 janvier 2025"));
    assert!(site
        .read("ar/stories/only-french/index.html")
        .contains("3 جويلية 2024"));
    // The theme's own French words get it too (i18n/fr.yaml writes plain
    // spaces): "Gouvernorat :" on a member's page.
    let member = site.read("fr/members/sfax/index.html");
    assert!(member.contains("Gouvernorat\u{202F}:"), "{member}");
    assert!(!member.contains("Gouvernorat :"));
}

#[test]
fn drafts_and_future_items_are_not_published_unless_asked() {
    let mut site = TestSite::fixture("mini");
    // A draft bundle: its photo is as private as its text.
    site.write(
        "content/stories/secret/index.fr.md",
        "---\ntitle: Secret\ndate: 2024-01-02\nmember: sfax\ndraft: true\n---\n![Salle](photo.jpg)\n",
    )
    .write_bytes("content/stories/secret/photo.jpg", b"\xff\xd8\xff\xe0 not yet public");
    site.build_ok();
    assert!(!site.exists("fr/stories/draft/index.html"));
    assert!(!site.exists("fr/stories/future/index.html"));
    assert!(!site.exists("fr/stories/secret/index.html"));
    assert!(
        !site.exists("stories/secret/photo.jpg"),
        "a draft's photo is not published"
    );
    site.options.drafts = true;
    site.options.future = true;
    site.build_ok();
    assert!(site.exists("fr/stories/draft/index.html"));
    assert!(site.exists("ar/stories/future/index.html"));
    assert!(site.exists("stories/secret/photo.jpg"));
}

/// A placeholder left in a story is an error only once the story is
/// published: not while it is dated in the future (nor a draft), and
/// again when `--future` publishes it.
#[test]
fn a_placeholder_in_a_story_not_yet_published_is_no_error() {
    let mut site = TestSite::fixture("mini");
    site.write(
        "content/stories/future.fr.md",
        "---\ntitle: Titre du récit\ndate: 2099-01-01\nmember: sfax\n---\nPas encore.\n",
    );
    site.build_ok();
    site.options.future = true;
    let errors = fadaa::build(&site.options).unwrap_err();
    let ids: Vec<&str> = errors.iter().map(|d| d.message.id).collect();
    assert_eq!(ids, ["placeholder-in-field"], "{errors:#?}");
}

#[test]
fn stories_are_paginated_newest_first() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let first = site.read("fr/stories/index.html");
    let second = site.read("fr/stories/page/2/index.html");
    let a = first.find("Sfax réduit").expect("newest on page 1");
    let b = first
        .find("Une histoire en français")
        .expect("second on page 1");
    assert!(a < b);
    assert!(second.contains("/fr/stories/old/"), "{second}");
    assert!(!site.exists("fr/stories/page/3/index.html"));
}

#[test]
fn overdue_deliverables_are_flagged_against_the_build_date() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let page = site.read("fr/deliverables/index.html");
    assert!(page.contains("overdue"), "{page}");
}
