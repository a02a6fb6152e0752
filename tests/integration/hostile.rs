//! Hostile content: every value that reaches the output is neutralised for
//! its context (HTML text and attributes, JSON-LD in <script>, Atom and
//! sitemap XML, the search index), and what cannot be made safe is refused
//! with a diagnostic. Also: the same site built on one thread and on many
//! gives byte-identical output.

use crate::support::{snapshot, TestSite};

const TITLE: &str = r#"</script><script>alert("title")</script> & 'q'"#;
const SUMMARY: &str = r#""><img src=x onerror=alert(1)>"#;
const BODY: &str = r##"## Résultats

Texte.

<script>alert(2)</script>
<img src="x" onerror="alert(3)">
<a href="javascript:alert(4)">lien</a> <a href="data:text/html,x">data</a>
<iframe src="https://evil.example/"></iframe>
<style>body { display: none }</style>
<p onclick="alert(5)" style="background:url(javascript:alert(6))">p</p>
<svg onload="alert(7)"><use href="#x"/></svg>
<form action="https://evil.example/"><input name="pin"></form>
"##;

fn hostile_site() -> TestSite {
    let site = TestSite::fixture("mini");
    let yaml_title = TITLE.replace('"', "\\\"");
    let yaml_summary = SUMMARY.replace('"', "\\\"");
    site.write(
        "content/stories/queue.fr.md",
        &format!(
            "---\ntitle: \"{yaml_title}\"\ndate: 2025-01-12\nmember: sfax\nsummary: \"{yaml_summary}\"\ntags: [reception]\n---\n{BODY}"
        ),
    );
    site.write(
        "content/tags.yaml",
        "reception: { ar: \"<b onmouseover=alert(8)>استقبال</b>\", fr: \"<b onmouseover=alert(8)>Accueil</b>\" }\n",
    );
    site
}

/// Every tag a browser would parse in `html` is harmless: no event
/// handler, no script URL, no frame or style from content, JSON-LD closed
/// only by its own end tag, and no content inside any other script. Escaped text (`&lt;script&gt;`) is text, and is allowed.
fn safe_markup(html: &str) -> Result<(), String> {
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let end = rest.find('>').ok_or("unclosed tag")?;
        let tag = &rest[..end];
        let lower = tag.to_ascii_lowercase();
        let name: String = lower
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let attrs = &lower[name.len()..];
        // Attribute names only: quoted values are text (escaped by us).
        let names: String = attrs.split('"').step_by(2).collect::<Vec<_>>().join("\"\"");
        for (i, _) in names.match_indices(" on") {
            let word: String = names[i + 3..]
                .chars()
                .take_while(|c| c.is_ascii_alphabetic())
                .collect();
            if names[i + 3 + word.len()..].starts_with('=') {
                return Err(format!("event handler in <{tag}>"));
            }
        }
        if attrs.contains("javascript:")
            || attrs.contains("data:text")
            || lower.contains("evil.example")
        {
            return Err(format!("dangerous URL in <{tag}>"));
        }
        if ["iframe", "object", "embed", "style"].contains(&name.as_str()) {
            return Err(format!("<{name}> from content"));
        }
        if name == "script" {
            let close = rest.find("</script>").ok_or("unclosed script")?;
            let inner = &rest[end + 1..close];
            // JSON-LD may quote hostile text, but nothing may close it
            // early; any other script is the theme's own, free of content.
            let broken_out = inner.contains("</")
                || attrs.contains("ld+json")
                    && serde_json::from_str::<serde_json::Value>(inner).is_err();
            let content_code = !attrs.contains("ld+json") && inner.contains("alert(");
            if broken_out || content_code {
                return Err(format!("script content {inner}"));
            }
            rest = &rest[close..];
        }
    }
    Ok(())
}

/// Text of every generated file, with its path.
fn outputs(site: &TestSite) -> Vec<(String, String)> {
    snapshot(&site.output())
        .into_iter()
        .filter(|(p, _)| {
            [".html", ".xml", ".json", ".jsonld"]
                .iter()
                .any(|e| p.ends_with(e))
        })
        .map(|(p, b)| (p, String::from_utf8_lossy(&b).into_owned()))
        .collect()
}

#[test]
fn the_markup_check_catches_what_it_should() {
    for bad in [
        "<img src=x onerror=alert(1)>",
        "<p><script>alert(1)</script></p>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<script type=\"application/ld+json\">{\"a\":\"</script><script>\"}</script>",
    ] {
        assert!(safe_markup(bad).is_err(), "{bad}");
    }
    let escaped = "<p title=\"&quot; onclick=alert(1)\">&lt;script&gt;alert(1)&lt;/script&gt;</p>";
    assert_eq!(safe_markup(escaped), Ok(()));
}

#[test]
fn hostile_values_are_neutralised_in_every_output() {
    let site = hostile_site();
    site.build_ok();
    let files = outputs(&site);
    assert!(files
        .iter()
        .any(|(p, _)| p == "fr/stories/queue/index.html"));
    for (path, text) in &files {
        if path.ends_with(".html") {
            if let Err(why) = safe_markup(text) {
                panic!("{path}: {why}");
            }
        } else if path.ends_with(".xml") {
            assert!(!text.contains("<script"), "{path}: unescaped markup in XML");
            assert!(!text.contains("<img"), "{path}: unescaped markup in XML");
        } else {
            serde_json::from_str::<serde_json::Value>(text)
                .unwrap_or_else(|e| panic!("{path}: not valid JSON: {e}"));
        }
    }
    // The title is there, as text.
    let page = site.read("fr/stories/queue/index.html");
    assert!(
        page.contains("&lt;&#x2F;script&gt;") || page.contains("&lt;/script&gt;"),
        "title escaped as text"
    );
    let feed = site.read("fr/atom.xml");
    assert!(
        feed.contains("&lt;/script&gt;&lt;script&gt;"),
        "title escaped in the feed"
    );
}

#[test]
fn what_cannot_be_made_safe_is_refused() {
    let cases = [
        (
            "[x](javascript:alert(1))",
            "links may not use `javascript:`",
        ),
        (
            "[x](JavaScript:alert(1))",
            "links may not use `javascript:`",
        ),
        (
            "![x](data:image/png;base64,AAAA)",
            "links may not use `data:`",
        ),
        ("[x](vbscript:msgbox)", "links may not use `vbscript:`"),
    ];
    for (markdown, message) in cases {
        let site = TestSite::fixture("mini");
        site.write(
            "content/stories/queue.fr.md",
            &format!(
                "---\ntitle: T\ndate: 2025-01-12\nmember: sfax\n---\n## Résultats\n\n{markdown}\n"
            ),
        );
        let errors = site.build_err();
        assert!(
            errors.iter().any(|d| d.message == message),
            "{markdown}: {}",
            crate::support::render(&errors)
        );
    }
    let site = TestSite::fixture("mini");
    let member = std::fs::read_to_string(site.root.join("content/members/sfax.yaml")).unwrap();
    site.write(
        "content/members/sfax.yaml",
        &format!("{member}website: \"javascript:alert(1)\"\n"),
    );
    let errors = site.build_err();
    assert!(
        errors
            .iter()
            .any(|d| d.message.to_string().contains("website")),
        "{}",
        crate::support::render(&errors)
    );
}

#[test]
fn one_thread_and_many_give_byte_identical_output() {
    let build_with = |threads: usize| {
        let site = TestSite::fixture("mini");
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| site.build_ok());
        (snapshot(&site.output()), site)
    };
    let (one, _a) = build_with(1);
    let (many, _b) = build_with(8);
    assert!(one.len() > 50);
    let differing: Vec<&String> = one
        .iter()
        .zip(&many)
        .filter(|(a, b)| a != b)
        .map(|(a, _)| &a.0)
        .collect();
    assert_eq!(one.len(), many.len());
    assert!(differing.is_empty(), "differ: {differing:?}");
}

/// Symbolic links could make a story's folder publish `/etc/passwd` or a
/// theme read files from anywhere: every one in content/ or assets/ is a
/// diagnostic, and nothing behind it reaches the output.
#[cfg(unix)]
#[test]
fn symbolic_links_pointing_outside_are_refused_not_followed() {
    use std::os::unix::fs::symlink;
    let site = TestSite::fixture("mini");
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "SECRET-OUTSIDE-THE-SITE").unwrap();
    std::fs::create_dir_all(site.root.join("content/stories/queue")).unwrap();
    std::fs::rename(
        site.root.join("content/stories/queue.fr.md"),
        site.root.join("content/stories/queue/index.fr.md"),
    )
    .unwrap();
    symlink(
        outside.path().join("secret.txt"),
        site.root.join("content/stories/queue/secret.txt"),
    )
    .unwrap();
    symlink(outside.path(), site.root.join("content/pages/elsewhere")).unwrap();
    std::fs::create_dir_all(site.root.join("assets")).unwrap();
    symlink(
        outside.path().join("secret.txt"),
        site.root.join("assets/secret.txt"),
    )
    .unwrap();

    let errors = site.build_err();
    let mut places: Vec<(&str, String)> = errors
        .iter()
        .map(|d| (d.file.as_deref().unwrap_or(""), d.message.to_string()))
        .collect();
    places.sort();
    // All three at once: static files are gathered before the templates
    // (which link to them by their hashed names), whatever the content.
    assert_eq!(
        places,
        [
            (
                "assets/secret.txt",
                "this file is a symbolic link: fadaa reads only files inside the site".to_string()
            ),
            (
                "content/pages/elsewhere",
                "symbolic links are not followed in content/".to_string()
            ),
            (
                "content/stories/queue/secret.txt",
                "symbolic links are not followed in content/".to_string()
            ),
        ]
    );
    assert!(
        !site.output().exists(),
        "a failed first build writes nothing"
    );
}

/// Each machine-read output escaped for its parser: JSON-LD in a page
/// with no markup character, feeds without the control characters XML
/// forbids, members.csv without a formula a spreadsheet would run, and
/// the federation's address http(s) only.
#[test]
fn every_output_context_is_escaped_for_its_parser() {
    let site = TestSite::fixture("mini");
    let member = std::fs::read_to_string(site.root.join("content/members/sfax.yaml"))
        .unwrap()
        .replace(
            "name: { ar: \"بلدية صفاقس\", fr: \"Commune de Sfax\" }",
            "name: { ar: \"بلدية صفاقس\", fr: \"=HYPERLINK(\\\"x\\\") <!--<script>\" }",
        );
    site.write("content/members/sfax.yaml", &member);
    let story = std::fs::read_to_string(site.root.join("content/stories/queue.fr.md"))
        .unwrap()
        .replacen(
            "title: Sfax réduit l'attente",
            "title: \"Sfax\\vréduit l'attente\"",
            1,
        );
    site.write("content/stories/queue.fr.md", &story);
    site.build_ok();
    let page = site.read("fr/members/sfax/index.html");
    let start = page.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let block = &page[start..start + page[start..].find("</script>").unwrap()];
    assert!(!block.contains('<') && !block.contains('>'), "{block}");
    let feed = site.read("fr/atom.xml");
    assert!(!feed.contains('\u{b}'), "no vertical tab in the feed");
    assert!(feed.contains("Sfaxréduit"));
    let csv = site.read("open-data/members.csv");
    assert!(csv.contains("'=HYPERLINK"), "{csv}");
    assert!(csv.contains("+216"), "phone numbers keep their +");

    let settings = std::fs::read_to_string(site.root.join("content/site.yaml")).unwrap();
    site.write(
        "content/site.yaml",
        &settings.replace("https://fnct.example.tn/", "javascript:alert(1)"),
    );
    let errors = site.build_err();
    assert!(
        errors.iter().any(|d| d.message.id == "url-not-absolute"),
        "{errors:?}"
    );
}
