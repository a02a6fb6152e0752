use super::*;
use crate::links::Links;

fn env<'a>(links: &'a Links, lang: &'a str, dir: Dir) -> Env<'a> {
    Env {
        trust_raw_html: false,
        allow_external_images: false,
        links: crate::links::Lookup::new(links),
        lang,
        content_lang: lang,
        dir,
        file: "content/pages/x.ar.md",
        first_line: 5,
        fixed_pos: None,
    }
}

#[test]
fn heading_ids_from_arabic_and_french() {
    assert_eq!(heading_id("المبادئ والقيم"), "المبادئ-والقيم");
    assert_eq!(heading_id("الْمَبَادِئ"), "المبادئ");
    assert_eq!(heading_id("Principes et valeurs !"), "principes-et-valeurs");
    assert_eq!(heading_id("???"), "section");
    assert_eq!(heading_id("1. Cadre général"), "cadre-general");
    assert_eq!(heading_id("8. أنشطة الشبكة"), "أنشطة-الشبكة");
}

#[test]
fn headings_get_unique_ids_and_toc() {
    let links = Links::default();
    let r = render(
        "## Objectifs\n\n## Objectifs\n\n### Détail {#detail}\n",
        &env(&links, "fr", Dir::Ltr),
    );
    assert!(r.html.contains("<h2 id=\"objectifs\">"), "{}", r.html);
    assert!(r.html.contains("<h2 id=\"objectifs-1\">"));
    assert!(r.html.contains("<h3 id=\"detail\">"));
    assert_eq!(r.toc.len(), 3);
    assert!(r.anchors.contains("detail"));
}

#[test]
fn other_script_paragraphs_get_dir_auto() {
    let links = Links::default();
    let r = render(
        "نص عربي\n\nCommune de Sfax\n\n- Sfax\n- صفاقس\n",
        &env(&links, "ar", Dir::Rtl),
    );
    assert!(r.html.contains("<p>نص عربي</p>"), "{}", r.html);
    assert!(r.html.contains("<p dir=\"auto\">Commune de Sfax</p>"));
    assert!(r.html.contains("<li dir=\"auto\">Sfax</li>"));
    assert!(r.html.contains("<li>صفاقس</li>"));
}

#[test]
fn raw_html_is_shown_as_text() {
    let links = Links::default();
    let r = render(
        "<script>alert(1)</script>\n\nok <b onclick=x>b</b>\n",
        &env(&links, "fr", Dir::Ltr),
    );
    assert!(!r.html.contains("<script"), "{}", r.html);
    assert!(!r.html.contains("<b "));
}

#[test]
fn code_stays_ltr_and_french_typography_skips_code() {
    let links = Links::default();
    let r = render(
        "Horaires : `a : b`\n\n```\nx : y\n```\n",
        &env(&links, "fr", Dir::Ltr),
    );
    assert!(
        r.html
            .contains("Horaires\u{202F}: <code dir=\"ltr\">a : b</code>"),
        "{}",
        r.html
    );
    assert!(r
        .html
        .contains("<pre class=\"code\" dir=\"ltr\" tabindex=\"0\"><code>x : y\n</code></pre>"));
}

#[test]
fn broken_item_link_is_reported_at_its_line() {
    let links = Links::default();
    let r = render(
        "Texte\n\nVoir [ceci](absent.md).\n",
        &env(&links, "fr", Dir::Ltr),
    );
    assert_eq!(r.diagnostics.len(), 1);
    let d = &r.diagnostics[0];
    assert_eq!(d.pos, Some(Pos::new(7, 6)));
    assert!(d.message.to_string().contains("absent.md"), "{}", d.message);
}

#[test]
fn external_links_untouched_and_autolinks_ltr() {
    let links = Links::default();
    let r = render(
        "[a](https://example.tn) <mailto:x@y.tn>\n",
        &env(&links, "ar", Dir::Rtl),
    );
    assert!(r.html.contains("href=\"https://example.tn\""));
    assert!(
        r.html.contains("<a href=\"mailto:x@y.tn\" dir=\"ltr\">"),
        "{}",
        r.html
    );
    assert!(r.diagnostics.is_empty());
}

#[test]
fn words_and_reading_time() {
    let links = Links::default();
    let r = render("# Titre\n\nun deux trois\n", &env(&links, "fr", Dir::Ltr));
    assert_eq!(r.words, 4);
    assert_eq!(reading_minutes(0), 1);
    assert_eq!(reading_minutes(401), 3);
}

#[test]
fn footnote_ids_start_with_a_letter() {
    let links = Links::default();
    let r = render("Texte[^1].\n\n[^1]: Note.\n", &env(&links, "fr", Dir::Ltr));
    assert!(r.html.contains("href=\"#fn-1\""), "{}", r.html);
    assert!(r.html.contains("id=\"fn-1\""));
}

#[test]
fn email_autolinks_become_mailto_links() {
    let links = Links::default();
    let r = render("<contact@commune.tn>\n", &env(&links, "fr", Dir::Ltr));
    assert!(
        r.html
            .contains("<a href=\"mailto:contact@commune.tn\" dir=\"ltr\">contact@commune.tn</a>"),
        "{}",
        r.html
    );
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
}

#[test]
fn heading_attributes_cannot_add_script_or_style() {
    let links = Links::default();
    let r = render(
        "# Titre {onclick=alert(1) style=x lang=ar dir=rtl #ici .note}\n",
        &env(&links, "fr", Dir::Ltr),
    );
    assert!(!r.html.contains("onclick"), "{}", r.html);
    assert!(!r.html.contains("style"), "{}", r.html);
    for kept in ["id=\"ici\"", "class=\"note\"", "lang=\"ar\"", "dir=\"rtl\""] {
        assert!(r.html.contains(kept), "{kept} in {}", r.html);
    }
    let warned: Vec<String> = r
        .diagnostics
        .iter()
        .map(|d| d.message.to_string())
        .collect();
    assert_eq!(warned.len(), 2, "{warned:?}");
    assert!(warned[0].contains("`onclick`"), "{warned:?}");
}

#[test]
fn a_hard_line_break_is_an_html5_br() {
    let links = Links::default();
    let r = render("Ligne un  \nligne deux\n", &env(&links, "fr", Dir::Ltr));
    assert!(r.html.contains("Ligne un<br>\nligne deux"), "{}", r.html);
    assert!(!r.html.contains("<br />"));
}

#[test]
fn a_thematic_break_is_an_html5_hr() {
    let links = Links::default();
    let r = render("Texte\n\n---\n\nNote\n", &env(&links, "fr", Dir::Ltr));
    assert!(
        r.html.contains("<p>Texte</p>\n<hr>\n<p>Note</p>"),
        "{}",
        r.html
    );
    assert!(!r.html.contains("<hr />"));
}

#[test]
fn plain_text_joins_inline_pieces_and_separates_blocks() {
    let links = Links::default();
    let r = render(
        "فضاء المواطن ب[بلدية قابس](https://example.org/) و`fadaa`، **مفتوح**.\n\n- un\n- deux\n\n| a | b |\n|---|---|\n| c | d |\n",
        &env(&links, "ar", Dir::Rtl),
    );
    assert!(r.text.contains("ببلدية قابس"), "{}", r.text);
    assert!(r.text.contains("وfadaa، مفتوح."), "{}", r.text);
    for word in ["un", "deux", "a", "b", "c", "d"] {
        assert!(
            r.text.split_whitespace().any(|w| w == word),
            "{word} in {}",
            r.text
        );
    }
}

#[test]
fn images_from_other_sites_are_errors_unless_the_site_allows_them() {
    let links = Links::default();
    let text = "![a](https://x.tn/a.jpg)\n\n<p><img src=\"//cdn.tn/b.png\"> <IMG SRC=&#104;ttps://x.tn/c.png></p>\n";
    let r = render(text, &env(&links, "fr", Dir::Ltr));
    let found: Vec<(String, Option<Pos>)> = r
        .diagnostics
        .iter()
        .map(|d| (d.message.id.to_string(), d.pos))
        .collect();
    assert_eq!(
        found,
        [
            ("image-external".to_string(), Some(Pos::new(5, 1))),
            ("image-external".to_string(), Some(Pos::new(7, 14))),
            // Written with an entity: found at the text's first HTML.
            ("image-external".to_string(), Some(Pos::new(7, 1))),
        ]
    );
    let mut allowed = env(&links, "fr", Dir::Ltr);
    allowed.allow_external_images = true;
    assert!(render(text, &allowed).diagnostics.is_empty());
    allowed.trust_raw_html = true;
    allowed.allow_external_images = false;
    assert_eq!(
        render(text, &allowed).diagnostics.len(),
        3,
        "trusted HTML is checked too"
    );
}
