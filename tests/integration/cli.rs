//! The authoring commands through the real binary: `new` writes items that
//! build, `check` finds what only a finished site shows, `serve` serves
//! from memory, follows edits, additions, renames and deletions, keeps the
//! last good build through an error and recovers by itself.

use crate::serve::Server;
use crate::support::{run_fadaa, TestSite};
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_fadaa");

fn fadaa(root: &Path, args: &[&str]) -> (bool, String) {
    let root = root.to_str().unwrap();
    let args: Vec<&str> = args.iter().copied().chain(["--root", root]).collect();
    run_fadaa(Path::new("."), &args)
}

#[test]
fn new_writes_every_kind_in_both_languages_and_the_site_still_builds() {
    let site = TestSite::fixture("mini");
    for (kind, slug) in [
        ("story", "new-desk"),
        ("page", "faq"),
        ("member", "tunis"),
        ("dataset", "queues-2025"),
        ("deliverable", "charter-poster"),
        ("event", "meeting-2026"),
    ] {
        let (ok, out) = fadaa(&site.root, &["new", kind, slug]);
        assert!(ok, "{kind}: {out}");
        assert!(out.contains("wrote content/"), "{out}");
    }
    assert!(site.has_source("content/stories/new-desk.ar.md"));
    assert!(site.has_source("content/stories/new-desk.fr.md"));
    assert!(site.has_source("content/pages/faq.ar.md"));
    assert!(site.has_source("content/datasets/queues-2025/data.csv"));
    let mut drafts = site.options.clone();
    drafts.drafts = true;
    // `new` fills in no real member or committee: each is an error that
    // says what to write, until the writer does.
    let errors = fadaa::build(&drafts).unwrap_err();
    let said: Vec<String> = errors.iter().map(|d| d.to_string()).collect();
    assert!(
        errors
            .iter()
            .all(|d| d.message.id == "placeholder-in-field"),
        "{said:#?}"
    );
    for file in [
        "content/stories/new-desk.ar.md",
        "content/stories/new-desk.fr.md",
        "content/datasets/queues-2025/dataset.yaml",
        "content/deliverables/charter-poster.yaml",
        "content/members/tunis.yaml",
        "content/events/meeting-2026.yaml",
    ] {
        assert!(
            errors.iter().any(|d| d.file.as_deref() == Some(file)),
            "{file}: {said:#?}"
        );
        let text = site.source(file);
        site.write(
            file,
            &text
                .replace("member: \"…\"", "member: sfax")
                .replace("publisher: \"…\"", "publisher: sfax")
                .replace("committee: \"…\"", "committee: innovation")
                .replace(" …", " Tunis")
                .replace("ب…", "بتونس")
                .replace("\"…\"", "\"x\""),
        );
    }
    let report = fadaa::build(&drafts).unwrap_or_else(|d| panic!("{}", crate::support::render(&d)));
    assert!(report.warnings.iter().all(|w| !w.is_error()));
    assert!(site
        .output()
        .join("fr/stories/new-desk/index.html")
        .is_file());
    assert!(site.output().join("ar/members/tunis/index.html").is_file());

    let (ok, out) = fadaa(&site.root, &["new", "story", "new-desk"]);
    assert!(
        !ok && out.contains("already exists: fadaa new never overwrites"),
        "{out}"
    );
    let (ok, out) = fadaa(&site.root, &["new", "story", "Mon Récit"]);
    assert!(!ok && out.contains("is not a valid slug"), "{out}");
    let (ok, out) = fadaa(&site.root, &["new", "story", "solo", "--lang", "fr"]);
    assert!(ok, "{out}");
    assert!(
        site.has_source("content/stories/solo.fr.md")
            && !site.has_source("content/stories/solo.ar.md")
    );
}

#[test]
fn check_finds_broken_links_anchors_images_and_translations() {
    let site = TestSite::fixture("mini");
    // Raw HTML is kept (sanitised), so its links are only checked in the
    // finished pages.
    site.write(
        "content/stories/queue.fr.md",
        "---\ntitle: Sfax réduit l'attente\ndate: 2025-01-12\nmember: sfax\nupdated: 2025-03-01\n---\n\
         ## Résultats\n\n<p><a href=\"/fr/nowhere/\">perdu</a> <a href=\"#absent\">ancre</a> <img src=\"/images/none.png\" alt=\"\"></p>\n",
    );
    let ar = site.source("content/stories/queue.ar.md");
    site.write(
        "content/stories/queue.ar.md",
        &ar.replacen("---\n", "---\nupdated: 2025-01-02\n", 1),
    );
    let (ok, out) = fadaa(&site.root, &["check", "--format", "json"]);
    assert!(!ok, "broken links make the check fail: {out}");
    let items: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    let messages: Vec<String> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|d| format!("{} {} {}", d["severity"], d["file"], d["message"]))
        .collect();
    let has = |needle: &str| messages.iter().any(|m| m.contains(needle));
    assert!(
        has("links to `/fr/nowhere/`: no such page or file"),
        "{messages:#?}"
    );
    assert!(
        has("links to `#absent`: no element with id `absent` there"),
        "{messages:#?}"
    );
    assert!(
        has("links to `/images/none.png`: no such page or file"),
        "{messages:#?}"
    );
    assert!(
        has("the story `only-french` has no `ar` version"),
        "{messages:#?}"
    );
    assert!(
        has("queue.ar.md\" \"this `ar` version may be stale: the `fr` version changed after it"),
        "{messages:#?}"
    );
    assert!(!site.output().exists(), "check writes nothing");
    let (_, text) = fadaa(&site.root, &["check"]);
    // Drafts are checked too, and their missing translations counted.
    assert!(text.contains("missing translations: ar 3"), "{text}");
    assert!(text.contains("1 draft was checked too"), "{text}");
}

/// "rendered 3 of 40 pages" → (3, 40).
fn rendered_of(line: &str) -> (usize, usize) {
    let rest = line
        .split_once("rendered ")
        .unwrap_or_else(|| panic!("no count in {line:?}"))
        .1;
    let mut numbers = rest
        .split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .map(|n| n.parse().unwrap());
    (numbers.next().unwrap(), numbers.next().unwrap())
}

#[test]
fn serve_follows_edits_additions_renames_and_deletions_and_survives_errors() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let (status, page) = server.get("/fr/stories/queue/");
    assert_eq!(status, 200);
    assert!(page.contains("Sfax réduit"), "{page}");
    assert!(
        page.contains("data-fadaa-serve"),
        "the reload script is injected"
    );
    assert!(
        page.contains("href=\"/fr/"),
        "links use the served origin's root"
    );
    // The search index is served too (made just after the pages).
    let index = server.eventually("/search/fr/index.json", |s, _| s == 200);
    assert!(index.contains("\"shards\""), "{index}");

    // Edit: the page changes, and the build line says what was rebuilt.
    let story = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/queue.fr.md",
        &story.replace("Sfax réduit l'attente", "Sfax supprime l'attente"),
    );
    server.eventually("/fr/stories/queue/", |_, b| b.contains("Sfax supprime"));
    let line = server.wait_line("rebuilt in ");
    assert!(line.contains("changed"), "{line}");
    let total = rendered_of(&line).1;

    // An edit of a story's text only (same title, summary, tags and word
    // count) renders that one page again, and nothing else.
    let edited = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/queue.fr.md",
        &edited.replace("a baissé.", "a chuté."),
    );
    server.eventually("/fr/stories/queue/", |_, b| b.contains("a chuté"));
    // The build line lists the changed pages when there are few.
    let line = server.wait_line("changed: fr/stories/queue/index.html");
    assert_eq!(rendered_of(&line), (1, total), "{line}");
    // Its Markdown alone is rendered again: one text, for its one reader.
    let texts = line
        .split_once("Markdown ")
        .and_then(|(_, rest)| rest.split_once(" of "))
        .map(|(n, _)| n.to_string());
    assert_eq!(texts.as_deref(), Some("1"), "{line}");
    let (_, list) = server.get("/fr/stories/");
    assert!(list.contains("Sfax supprime"), "the list kept its page");

    // Add, then rename, then delete.
    site.write(
        "content/stories/added.fr.md",
        "---\ntitle: Ajouté\ndate: 2025-02-01\nmember: sfax\n---\nNouveau.\n",
    );
    server.eventually("/fr/stories/added/", |s, b| {
        s == 200 && b.contains("Ajouté")
    });
    std::fs::rename(
        site.root.join("content/stories/added.fr.md"),
        site.root.join("content/stories/renamed.fr.md"),
    )
    .unwrap();
    server.eventually("/fr/stories/renamed/", |s, _| s == 200);
    server.eventually("/fr/stories/added/", |s, _| s == 404);
    site.remove("content/stories/renamed.fr.md");
    server.eventually("/fr/stories/renamed/", |s, _| s == 404);

    // A broken file: the error is reported, the last good page stays.
    site.write(
        "content/stories/queue.fr.md",
        &story.replace("2025-01-12", "2025-13-12"),
    );
    server.wait_line("still serving the last good build");
    let (status, page) = server.get("/fr/stories/queue/");
    assert_eq!(status, 200);
    assert!(
        page.contains("Sfax supprime"),
        "the last good build is served"
    );
    // Recovery by itself once fixed.
    site.write("content/stories/queue.fr.md", &story);
    server.eventually("/fr/stories/queue/", |_, b| b.contains("Sfax réduit"));
    assert!(!site.output().exists(), "serve writes nothing to public/");
}

#[test]
fn serve_streams_build_errors_to_open_pages() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    write!(
        stream,
        "GET /__fadaa/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut reader = BufReader::new(stream);
    let mut next_data = || loop {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        if let Some(data) = line.strip_prefix("data: ") {
            return serde_json::from_str::<serde_json::Value>(data).unwrap();
        }
    };
    let first = next_data();
    assert_eq!(first["count"], 0);
    let story = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/queue.fr.md",
        &story.replace("member: sfax", "member: sfx"),
    );
    let broken = next_data();
    let errors = |lang: &str| broken["texts"][lang]["errors"][0].clone();
    assert_eq!(errors("en")["file"], "content/stories/queue.fr.md");
    assert_eq!(errors("en")["message"], "unknown member `sfx`");
    // The overlay speaks the page's language: every language is sent.
    assert_eq!(errors("fr")["id"], "member-unknown");
    assert!(errors("fr")["message"].as_str().unwrap().contains("sfx"));
    assert_ne!(errors("fr")["message"], errors("en")["message"]);
    assert_ne!(errors("ar")["message"], errors("fr")["message"]);
    assert!(broken["texts"]["ar"]["title"]
        .as_str()
        .unwrap()
        .contains("الصفحة"));
    assert!(broken["generation"].as_u64() > first["generation"].as_u64());
    site.write("content/stories/queue.fr.md", &story);
    let fixed = next_data();
    assert_eq!(fixed["count"], 0);
}

#[test]
fn check_reports_translations_even_with_errors_and_fields_in_one_language() {
    let site = TestSite::fixture("mini");
    let member = site.source("content/members/sfax.yaml");
    site.write(
        "content/members/sfax.yaml",
        &member
            .replace(
                "name: { ar: \"بلدية صفاقس\", fr: \"Commune de Sfax\" }",
                "name: { ar: \"بلدية صفاقس\" }",
            )
            .replace("status: operational", "status: operationnel"),
    );
    let (ok, out) = fadaa(&site.root, &["check", "--format", "json"]);
    assert!(!ok, "the wrong status fails the check: {out}");
    let found: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = found.iter().filter_map(|d| d["id"].as_str()).collect();
    assert!(ids.contains(&"unknown-choice"), "{ids:?}");
    assert!(
        ids.contains(&"translation-missing"),
        "a missing story translation: {ids:?}"
    );
    let field = found
        .iter()
        .find(|d| d["id"] == "translation-field-missing")
        .unwrap_or_else(|| panic!("{ids:?}"));
    assert_eq!(field["file"], "content/members/sfax.yaml");
    assert_eq!(field["line"], 1);
    assert_eq!(
        field["message"],
        "`name` has no `fr` text: its `fr` readers see another language"
    );
}

/// What the command line itself says (help, a mistyped option or
/// command) is in the writer's language too.
#[test]
fn the_command_line_speaks_arabic_and_french() {
    let site = TestSite::fixture("mini");
    let run = |args: &[&str]| {
        let out = Command::new(BIN)
            .args(args)
            .env("NO_COLOR", "1")
            .env_remove("FADAA_LANG")
            .current_dir(&site.root)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), text)
    };
    let (code, help) = run(&["build", "--help", "--lang", "fr"]);
    assert_eq!(code, Some(0));
    assert!(
        help.contains("Afficher l’aide") && help.contains("--root <DOSSIER>"),
        "{help}"
    );
    assert!(
        !help.contains("Print help") && !help.contains("Usage:"),
        "{help}"
    );
    let (code, said) = run(&["biuld", "--lang", "ar"]);
    assert_eq!(code, Some(2));
    assert!(
        said.contains("ليس أمرًا من أوامر fadaa") && said.contains("\u{2068}build\u{2069}"),
        "{said}"
    );
    // No --lang: the site's default language (the mini site's is Arabic).
    let (code, said) = run(&["build", "--drafs"]);
    assert_eq!(code, Some(2));
    assert!(
        said.contains("هل تقصد") && said.contains("--drafts"),
        "{said}"
    );
}

/// The editor's endpoint writes into the site folder: only the served page
/// itself (its Origin, a loopback Host) may use it, and only with JSON.
#[test]
fn the_editor_endpoint_answers_only_its_own_page() {
    let site = TestSite::fixture("mini");
    let server = Server::start(&site.root);
    let port = server.port;
    let save = r#"{"action":"persistEntry","params":{"branch":"main","dataFiles":[{"slug":"x","path":"content/pages/x.fr.md","raw":"---\ntitle: X\n---\nTexte\n"}],"assets":[]}}"#;
    let own = format!("Host: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\nContent-Type: application/json\r\n");
    for (headers, status, why) in [
        (format!("Host: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"), 403, "no Origin"),
        (format!("Host: 127.0.0.1:{port}\r\nOrigin: http://evil.example\r\nContent-Type: application/json\r\n"), 403, "another site"),
        // Refused before anything else, as every request (serve.rs).
        ("Host: evil.example\r\nOrigin: http://evil.example\r\nContent-Type: application/json\r\n".to_string(), 421, "DNS rebinding"),
        (format!("Host: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\nContent-Type: text/plain\r\n"), 403, "not JSON"),
    ] {
        assert_eq!(server.post("/api/v1", &headers, save).0, status, "{why}");
        assert!(!site.has_source("content/pages/x.fr.md"), "{why}");
    }
    let (status, answer) = server.post("/api/v1", &own, save);
    assert_eq!(status, 200, "{answer}");
    assert!(site.has_source("content/pages/x.fr.md"));
    let escape = save.replace("content/pages/x.fr.md", "../outside.md");
    assert_eq!(server.post("/api/v1", &own, &escape).0, 422);
    // And the editor's configuration is served with the local backend.
    let config = server.eventually("/admin/config.fr.json", |status, _| status == 200);
    assert!(config.contains("\"proxy_url\": \"/api/v1\""), "{config}");
}

/// Settings, UI strings and templates linked to a file outside the site
/// (here a stand-in for /proc/self/environ) are refused, and never read:
/// the secret appears nowhere in what fadaa prints. A theme named by a
/// path is refused; `new` does not write through a link.
#[cfg(unix)]
#[test]
fn inputs_linked_out_of_the_site_are_refused_and_never_printed() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("environ");
    std::fs::write(&secret, "title: AWS_SECRET=hunter2\n").unwrap();

    let site = TestSite::fixture("mini");
    let settings = site.root.join("content/site.yaml");
    std::fs::rename(&settings, outside.path().join("site.yaml")).unwrap();
    symlink(&secret, &settings).unwrap();
    let (ok, text) = fadaa(&site.root, &["build"]);
    assert!(!ok);
    assert!(text.contains("symbolic link"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
    std::fs::remove_file(&settings).unwrap();
    std::fs::rename(outside.path().join("site.yaml"), &settings).unwrap();

    let strings = site.root.join("themes/espace/i18n/fr.yaml");
    std::fs::create_dir_all(strings.parent().unwrap()).unwrap();
    symlink(&secret, &strings).unwrap();
    let (ok, text) = fadaa(&site.root, &["build"]);
    assert!(!ok && text.contains("symbolic link"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
    std::fs::remove_file(&strings).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/espace/i18n/fr.yaml"),
        &strings,
    )
    .unwrap();

    let yaml = std::fs::read_to_string(&settings).unwrap();
    for theme in ["../../outside", "/etc"] {
        std::fs::write(&settings, format!("{yaml}\ntheme: \"{theme}\"\n")).unwrap();
        let (ok, text) = fadaa(&site.root, &["build"]);
        assert!(
            !ok && text.contains("is not the name of a folder in themes/"),
            "{text}"
        );
    }
    std::fs::write(&settings, &yaml).unwrap();

    // `new` into a dangling link: refused, nothing written outside.
    let target = outside.path().join("written-through");
    symlink(&target, site.root.join("content/stories/lien.ar.md")).unwrap();
    let (ok, text) = fadaa(&site.root, &["new", "story", "lien"]);
    assert!(!ok && text.contains("symbolic link"), "{text}");
    assert!(!target.exists(), "nothing written through the link");
}

/// `build` writes `.br` and `.gz` beside text files unless told not to,
/// and says so in its help in the reader's language.
#[test]
fn build_precompresses_unless_told_not_to() {
    let site = TestSite::fixture("mini");
    let (ok, out) = fadaa(&site.root, &["build", "--quiet"]);
    assert!(ok, "{out}");
    assert!(site.exists("ar/index.html.br") && site.exists("ar/index.html.gz"));
    let (ok, out) = fadaa(&site.root, &["build", "--quiet", "--no-precompress"]);
    assert!(ok, "{out}");
    assert!(site.exists("ar/index.html") && !site.exists("ar/index.html.br"));
    for (lang, words) in [
        ("fr", "Ne pas écrire de copies .br et .gz"),
        ("ar", "عدم كتابة نسخ مضغوطة"),
    ] {
        let (ok, help) = fadaa(&site.root, &["build", "--help", "--lang", lang]);
        assert!(
            ok && help.contains("--no-precompress") && help.contains(words),
            "{help}"
        );
    }
}
