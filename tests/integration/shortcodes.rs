//! Shortcodes in a built site: each one rendered by the theme's template,
//! in the page's language, and rendered again by a `serve` rebuild that
//! reuses the text's Markdown.

use crate::support::{photo, TestSite};
use fadaa::memo::Memo;

const FR: &str = "
{{ figure(src=\"guichet.jpg\", alt=\"Des usagers au guichet\", caption=\"Le guichet : ouvert\", credit=\"Commune de Sfax\") }}

{% callout(kind=\"warning\", title=\"À savoir\") %}
Le guichet ferme à **14 h**.
{% end %}

{{ download(file=\"rapport.pdf\") }}

{{ video(url=\"https://vimeo.com/76979871\", title=\"Visite\") }}

{{ member(slug=\"sfax\") }}
";

const AR: &str = "
{{ figure(src=\"guichet.jpg\", alt=\"مواطنون أمام الشبّاك\") }}

{% callout() %}
يُغلق الشبّاك على الساعة 14:00.
{% end %}

{{ download(file=\"rapport.pdf\", label=\"تقرير التقييم\") }}

{{ member(slug=\"sfax\") }}
";

/// The mini site with `queue` as a bundle holding a photo and a report,
/// its two texts ending with shortcodes.
fn site() -> TestSite {
    let site = TestSite::fixture("mini");
    for (lang, extra) in [("ar", AR), ("fr", FR)] {
        let text = site.source(&format!("content/stories/queue.{lang}.md"));
        site.remove(&format!("content/stories/queue.{lang}.md"));
        site.write(
            &format!("content/stories/queue/index.{lang}.md"),
            &format!("{text}{extra}"),
        );
    }
    site.write_bytes("content/stories/queue/guichet.jpg", &photo(1600, 900, 90));
    site.write_bytes("content/stories/queue/rapport.pdf", &vec![b'%'; 12_700]);
    site
}

#[test]
fn every_shortcode_is_drawn_by_its_template_in_the_pages_language() {
    let site = site();
    site.build_ok();
    let fr = site.read("fr/stories/queue/index.html");
    for expected in [
        // The photo through the same smaller widths as other photos.
        "<img src=\"/stories/queue/guichet-800w.jpg\" srcset=\"/stories/queue/guichet-400w.jpg 400w,",
        "alt=\"Des usagers au guichet\"",
        "<figcaption>Le guichet\u{202F}: ouvert <span class=\"sc-credit\">Source\u{202F}: Commune de Sfax</span></figcaption>",
        "<div class=\"sc sc-callout sc-callout-warning\" role=\"note\">",
        "<p>Le guichet ferme à <strong>14 h</strong>.</p>",
        "<a class=\"sc-download-link\" href=\"/stories/queue/rapport.pdf\" download>",
        "Document PDF<span aria-hidden=\"true\"> · </span><bdi>12,4\u{202F}ko</bdi>",
        "data-embed=\"https://player.vimeo.com/video/76979871?dnt=1&amp;autoplay=1\"",
        "<a class=\"sc-video-link\" href=\"https://vimeo.com/76979871\" rel=\"external\">",
        "<a href=\"/fr/members/sfax/\">Commune de Sfax</a>",
        // (The theme's files may carry a hash of their bytes in their name.)
        "<link rel=\"stylesheet\" href=\"/css/shortcodes.",
        "<script src=\"/js/video.",
    ] {
        assert!(fr.contains(expected), "{expected}\nin\n{fr}");
    }
    assert!(!fr.contains("<iframe"), "no player before the click");
    assert!(!fr.contains('\u{E000}') && !fr.contains("<!--sc"));

    let ar = site.read("ar/stories/queue/index.html");
    for expected in [
        "alt=\"مواطنون أمام الشبّاك\"",
        "<span class=\"sc-callout-icon\" aria-hidden=\"true\">i</span> للعلم</p>",
        "<span class=\"sc-download-label\">تقرير التقييم</span>",
        "وثيقة PDF<span aria-hidden=\"true\"> · </span><bdi>12.4 ك.ب</bdi>",
        "<a href=\"/ar/members/sfax/\">بلدية صفاقس</a>",
    ] {
        assert!(ar.contains(expected), "{expected}\nin\n{ar}");
    }
    assert!(!ar.contains("/js/video."), "no video, no script");
    // Pages without shortcodes load neither.
    assert!(!site.read("fr/index.html").contains("/css/shortcodes."));
}

#[test]
fn a_reused_text_is_drawn_again_with_the_templates_of_the_day() {
    let site = site();
    let mut memo = Memo::default();
    let mut first = fadaa::render_site_with(&site.options, Some(&mut memo)).unwrap();
    memo.keep(&mut first);
    // A site's own template replaces the theme's; the story's text is
    // not rendered again, its member card is.
    site.write(
        "templates/shortcodes/member.html",
        "<p class=\"my-card\">{{ sc.member.name.text }}</p>",
    );
    let again = fadaa::render_site_with(&site.options, Some(&mut memo)).unwrap();
    assert_eq!(again.content.rendered, 0, "every text came from the memo");
    let page = String::from_utf8(again.files["fr/stories/queue/index.html"].clone()).unwrap();
    assert!(
        page.contains("<p class=\"my-card\">Commune de Sfax</p>"),
        "{page}"
    );
    assert!(page.contains("sc-figure"), "{page}");
}

/// `serve`'s short way for a body edit renders the text again without
/// the templates: a text with shortcodes takes the whole build instead,
/// which draws them.
#[test]
fn an_edit_of_a_text_with_shortcodes_takes_the_whole_build() {
    let site = site();
    let mut memo = Memo::default();
    let mut first = fadaa::render_site_with(&site.options, Some(&mut memo)).unwrap();
    let links = &first.retained.as_ref().unwrap().links;
    let kind = fadaa::discover::Kind::Story;
    let with = "content/stories/queue/index.fr.md";
    let short = first
        .content
        .update_body(&first.site, links, kind, "queue", with);
    assert_eq!(short, None);
    // A story without any keeps the short way.
    let plain =
        first
            .content
            .update_body(&first.site, links, kind, "old", "content/stories/old.ar.md");
    assert_eq!(plain, Some(vec!["ar".to_string(), "fr".to_string()]));
}
