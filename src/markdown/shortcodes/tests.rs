use super::{CLOSE, OPEN};
use crate::diag::Pos;
use crate::lang::Dir;
use crate::links::Links;
use crate::markdown::{render, Env, Rendered};

const FILE: &str = "content/stories/s/index.fr.md";

fn links() -> Links {
    Links::for_tests(
        &[
            ("content/stories/s/guichet.jpg", "stories/s/guichet.jpg"),
            ("content/stories/s/bilan.pdf", "stories/s/bilan.pdf"),
        ],
        &["sfax", "gabes"],
    )
}

fn env(links: &Links) -> Env<'_> {
    Env {
        links: crate::links::Lookup::new(links),
        lang: "fr",
        content_lang: "fr",
        dir: Dir::Ltr,
        file: FILE,
        first_line: 10,
        fixed_pos: None,
        trust_raw_html: false,
        allow_external_images: false,
    }
}

fn rendered(text: &str) -> Rendered {
    render(text, &env(&links()))
}

/// Each diagnostic as `line:column id`.
fn problems(r: &Rendered) -> Vec<String> {
    r.diagnostics
        .iter()
        .map(|d| {
            let p = d.pos.unwrap_or(Pos::new(0, 0));
            format!("{}:{} {}", p.line, p.column, d.message.id)
        })
        .collect()
}

fn marker(n: usize) -> String {
    format!("{OPEN}{n}{CLOSE}")
}

#[test]
fn each_shortcode_becomes_a_block_marker_with_its_checked_call() {
    let r = rendered(
        "Texte.\n{{ figure(src=\"guichet.jpg\", alt=\"Le guichet\", caption=\"Le nouveau guichet\") }}\n\n\
         {{ download(file=\"bilan.pdf\") }}\n\n{{ member(slug=\"gabes\") }}\n\n\
         {{ video(url=\"https://youtu.be/dQw4w9WgXcQ\", title=\"Visite\") }}\n",
    );
    assert!(r.diagnostics.is_empty(), "{:?}", problems(&r));
    assert_eq!(r.calls.len(), 4);
    assert!(
        r.html.starts_with(&format!("<p>Texte.</p>\n{}", marker(0))),
        "{}",
        r.html
    );
    for n in 1..4 {
        assert!(r.html.contains(&marker(n)), "{n} in {}", r.html);
        assert!(!r.html.contains("<!--sc"), "{}", r.html);
    }
    let figure = &r.calls[0];
    assert_eq!(figure.files["src"].url, "/r/stories/s/guichet.jpg");
    assert_eq!(figure.files["src"].source, "content/stories/s/guichet.jpg");
    assert_eq!(figure.pos, Pos::new(11, 1));
    assert_eq!(r.calls[3].video.as_ref().unwrap().provider, "youtube");
    assert!(r.text.contains("Le nouveau guichet"), "{}", r.text);
}

#[test]
fn a_callout_body_is_markdown_rendered_and_sanitised_on_its_own() {
    let r = rendered(
        "Avant.\n\n{% callout(kind=\"warning\", title=\"À savoir\") %}\nLe **guichet** ferme à 14 h <script>x()</script>\n\n{{ download(file=\"bilan.pdf\") }}\n\n## Détail\n{% end %}\n\nAprès.\n",
    );
    assert!(r.diagnostics.is_empty(), "{:?}", problems(&r));
    assert_eq!(r.calls.len(), 1);
    let body = r.calls[0].body.as_ref().unwrap();
    assert!(
        body.html.contains("<strong>guichet</strong>"),
        "{}",
        body.html
    );
    assert!(!body.html.contains("script"), "{}", body.html);
    assert_eq!(body.calls.len(), 1, "the callout's own download");
    assert!(body.html.contains(&marker(0)));
    assert!(r.html.contains("<p>Avant.</p>"), "{}", r.html);
    assert!(r.html.contains("<p>Après.</p>"), "{}", r.html);
    assert!(!r.html.contains("guichet"), "{}", r.html);
    assert!(r.anchors.contains("detail"), "{:?}", r.anchors);
    assert_eq!(r.toc.len(), 1);
    let plain = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        plain.starts_with("Avant. À savoir Le guichet ferme"),
        "{plain}"
    );
    assert!(plain.ends_with("Détail Après."), "{plain}");
}

#[test]
fn examples_in_code_stay_as_written() {
    let r = rendered("`{{ figure(src=\"x\") }}`\n\n```\n{% callout %}\n```\n");
    assert!(r.diagnostics.is_empty(), "{:?}", problems(&r));
    assert!(r.calls.is_empty());
    assert!(r.html.contains("{{ figure(src=\"x\") }}"), "{}", r.html);
    assert!(r.html.contains("{% callout %}"), "{}", r.html);
}

#[test]
fn mistakes_are_placed_in_the_file() {
    let cases = [
        (
            "{{ figur(src=\"guichet.jpg\") }}\n",
            "10:4 shortcode-unknown",
        ),
        (
            "{{ figure(src=\"guichet.jpg\", alt=\"a\", legende=\"x\") }}\n",
            "10:39 shortcode-unknown-argument",
        ),
        (
            "{{ figure(alt=\"a\") }}\n",
            "10:1 shortcode-missing-argument",
        ),
        (
            "{% callout(kind=\"danger\") %}\nx\n{% end %}\n",
            "10:18 shortcode-bad-value",
        ),
        (
            "{{ figure(src=\"absente.jpg\", alt=\"a\") }}\n",
            "10:16 file-missing",
        ),
        (
            "{{ download(file=\"bilan.docx\") }}\n",
            "10:19 file-missing",
        ),
        (
            "{{ member(slug=\"sfaks\") }}\n",
            "10:17 shortcode-member-unknown",
        ),
        ("Texte\n\n{% callout() %}\nx\n", "12:1 shortcode-not-ended"),
        (
            "{{ video(url=\"https://dailymotion.com/video/x\", title=\"t\") }}\n",
            "10:15 shortcode-video-host",
        ),
        (
            "Voir {{ member(slug=\"sfax\") }}\n",
            "10:6 shortcode-not-alone",
        ),
        (
            "{{ member(slug=\"sfax\") }} et plus\n",
            "10:1 shortcode-not-alone",
        ),
        ("{% end %}\n", "10:1 shortcode-end-alone"),
        ("{{ callout() }}\n", "10:1 shortcode-is-block"),
        (
            "{{ figure(src=\"bilan.pdf\", alt=\"a\") }}\n",
            "10:16 shortcode-not-image",
        ),
        (
            "{{ figure(src=\"https://x.tn/a.jpg\", alt=\"a\") }}\n",
            "10:16 image-external",
        ),
        (
            "{{ figure(src=\"guichet.jpg\", alt=\" \") }}\n",
            "10:35 shortcode-value-empty",
        ),
        (
            "{% callout() %}\n{% callout() %}\nx\n{% end %}\n{% end %}\n",
            "11:1 shortcode-nested",
        ),
    ];
    for (text, expected) in cases {
        let r = rendered(text);
        assert_eq!(problems(&r), [expected], "{text}");
    }
}

#[test]
fn a_close_file_name_is_suggested_and_a_kind_in_french_is_understood() {
    let r = rendered("{{ figure(src=\"guichet.jpeg\", alt=\"a\") }}\n");
    let help = r.diagnostics[0].help.as_ref().unwrap();
    assert_eq!(
        (help.id, help.to_string().contains("guichet.jpg")),
        ("did-you-mean", true)
    );
    let r = rendered("{% callout(kind=\"attention\") %}\nx\n{% end %}\n");
    assert!(r.diagnostics[0]
        .help
        .as_ref()
        .unwrap()
        .to_string()
        .contains("`warning`"));
}

#[test]
fn a_field_cannot_hold_shortcodes() {
    let links = links();
    let mut field = env(&links);
    field.fixed_pos = Some(Pos::new(4, 1));
    let r = render("{{ member(slug=\"sfax\") }}\n", &field);
    assert_eq!(problems(&r), ["4:1 shortcode-in-field"]);
}

#[test]
fn a_writers_private_use_characters_cannot_pose_as_markers() {
    let r = rendered(&format!(
        "{{{{ member(slug=\"sfax\") }}}}\n\nTexte {}\n",
        marker(0)
    ));
    assert!(r.diagnostics.is_empty(), "{:?}", problems(&r));
    assert_eq!(r.html.matches(OPEN).count(), 1, "{}", r.html);
    assert!(r.html.contains("Texte \u{FFFD}0\u{FFFD}"), "{}", r.html);
}

#[test]
fn markers_survive_the_sanitiser_beside_raw_html() {
    let r = rendered("<b onclick=\"x\">gras</b>\n\n{{ member(slug=\"sfax\") }}\n");
    assert!(r.diagnostics.is_empty(), "{:?}", problems(&r));
    assert!(r.html.contains(&marker(0)), "{}", r.html);
    assert!(!r.html.contains("onclick"), "{}", r.html);
}
