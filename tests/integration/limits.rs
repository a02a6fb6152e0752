//! Bounded resources: files too large for their role are refused by their
//! size before they are read, large dataset files are streamed, and
//! pathological nesting or tag counts neither hang nor crash the build.

use crate::support::{render, TestSite};
use fadaa::diag::Diagnostic;
use std::sync::mpsc;
use std::time::Duration;

/// Debug builds on a loaded 2-core machine: generous, but a hang fails.
const TIME_LIMIT: Duration = Duration::from_secs(60);

fn build_within_limit(site: &TestSite) -> Result<fadaa::BuildReport, Vec<Diagnostic>> {
    let options = site.options.clone();
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(fadaa::build(&options));
    });
    receive
        .recv_timeout(TIME_LIMIT)
        .expect("the build hangs or crashed")
}

fn errors(result: Result<fadaa::BuildReport, Vec<Diagnostic>>) -> Vec<Diagnostic> {
    match result {
        Ok(_) => panic!("the build should have failed"),
        Err(d) => d.into_iter().filter(Diagnostic::is_error).collect(),
    }
}

#[test]
fn a_ten_megabyte_markdown_file_is_refused_by_its_size() {
    let site = TestSite::fixture("mini");
    let story = site.source("content/stories/queue.fr.md");
    let paragraph = "Le temps d'attente a baissé grâce au nouvel accueil. ".repeat(20) + "\n\n";
    let big = story + &paragraph.repeat(10 * 1024 * 1024 / paragraph.len());
    site.write("content/stories/queue.fr.md", &big);
    let errors = errors(build_within_limit(&site));
    assert_eq!(errors.len(), 1, "{}", render(&errors));
    assert_eq!(
        errors[0].file.as_deref(),
        Some("content/stories/queue.fr.md")
    );
    assert_eq!(
        errors[0].message,
        "this file is 10.0 MB; a Markdown or YAML file may be at most 2.0 MB"
    );
}

#[test]
fn pathological_markdown_nesting_builds_in_bounded_time() {
    let site = TestSite::fixture("mini");
    let front = "---\ntitle: Imbrication\ndate: 2025-01-12\nmember: sfax\n---\n";
    let quotes = ">".repeat(20_000) + " fond\n\n";
    let lists: String = (0..1_000)
        .map(|i| format!("{}- niveau {i}\n", "  ".repeat(i)))
        .collect();
    let brackets = "[".repeat(50_000) + &"]".repeat(50_000) + "\n\n";
    let emphasis = "*a **b ".repeat(20_000) + "\n\n";
    let links = "[x](".repeat(20_000) + "\n";
    let body = [quotes, lists, brackets, emphasis, links].concat();
    assert!(body.len() < 2 * 1024 * 1024);
    site.write("content/stories/nested.fr.md", &format!("{front}{body}"));
    if let Err(diags) = build_within_limit(&site) {
        panic!("{}", render(&diags));
    }
    assert!(site.exists("fr/stories/nested/index.html"));
}

#[test]
fn a_story_with_thousands_of_tags_is_refused_and_thousands_of_labels_build() {
    let site = TestSite::fixture("mini");
    let labels: String = (0..3_000)
        .map(|i| format!("tag-{i}: {{ ar: \"وسم {i}\", fr: \"Étiquette {i}\" }}\n"))
        .collect();
    site.write(
        "content/tags.yaml",
        &(site.source("content/tags.yaml") + &labels),
    );
    let story = site.source("content/stories/queue.fr.md");
    let tags: Vec<String> = (0..3_000).map(|i| format!("tag-{i}")).collect();
    site.write(
        "content/stories/queue.fr.md",
        &story.replace("tags: [reception]", &format!("tags: [{}]", tags.join(", "))),
    );
    let errors = errors(build_within_limit(&site));
    assert_eq!(errors.len(), 1, "{}", render(&errors));
    assert_eq!(errors[0].message, "this story has 3000 tags");
    assert_eq!(errors[0].pos.map(|p| p.line), Some(6));

    // Twenty tags each on a hundred stories is content, not an attack.
    site.write("content/stories/queue.fr.md", &story);
    for s in 0..100 {
        let tags: Vec<String> = (0..20).map(|i| format!("tag-{}", s * 20 + i)).collect();
        site.write(
            &format!("content/stories/many-{s}.fr.md"),
            &story.replace("tags: [reception]", &format!("tags: [{}]", tags.join(", "))),
        );
    }
    if let Err(diags) = build_within_limit(&site) {
        panic!("{}", render(&diags));
    }
    assert!(site.exists("fr/tags/tag-1999/index.html"));
}

fn big_csv(rows: usize) -> String {
    let mut csv = String::from("commune,annee,demandes,note\n");
    for i in 0..rows {
        csv.push_str(&format!(
            "Sfax {i},2024,{},\"ligne {i}, avec virgule\"\n",
            i % 977
        ));
    }
    csv
}

#[test]
fn a_large_csv_is_streamed_hashed_and_copied_not_held() {
    let site = TestSite::fixture("mini");
    let csv = big_csv(300_000);
    assert!(csv.len() as u64 > fadaa::limits::STREAM_ABOVE);
    site.write("content/datasets/requests/requests.csv", &csv);
    let rendered = fadaa::render_site(&site.options).unwrap_or_else(|d| panic!("{}", render(&d)));
    let prepared = rendered.data.get("requests", "requests.csv").unwrap();
    assert!(
        prepared.bytes.is_empty(),
        "a large file must not be held in memory"
    );
    assert_eq!(prepared.size, csv.len() as u64);
    let table = prepared.table.as_ref().unwrap();
    assert_eq!(table.rows, 300_000);
    assert_eq!(table.fields[2].kind, "integer");
    assert_eq!(table.preview.len(), 10);

    site.build_ok();
    let published = std::fs::read(site.output().join("data/requests/requests.csv")).unwrap();
    assert!(
        published == csv.as_bytes(),
        "the published file differs from the source"
    );
    let package: serde_json::Value =
        serde_json::from_str(&site.read("data/requests/datapackage.json")).unwrap();
    let resource = &package["resources"][0];
    assert_eq!(resource["bytes"], csv.len());
    let sha = <sha2::Sha256 as sha2::Digest>::digest(csv.as_bytes());
    let hex: String = sha.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(resource["hash"], format!("sha256:{hex}"));
}

#[test]
fn a_large_csv_that_is_not_utf8_is_refused_with_what_to_do() {
    let site = TestSite::fixture("mini");
    let arabic = big_csv(300_000).replace("Sfax", "صفاقس");
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(&arabic);
    site.write_bytes("content/datasets/requests/requests.csv", &bytes);
    let errors = errors(build_within_limit(&site));
    assert_eq!(errors.len(), 1, "{}", render(&errors));
    assert!(
        errors[0].message.to_string().contains("is not plain UTF-8"),
        "{}",
        errors[0].message
    );
    assert!(errors[0]
        .help
        .as_ref()
        .map(|h| h.to_string())
        .as_deref()
        .unwrap()
        .contains("save it again as UTF-8"));
}

/// CRC-32 (PNG's), to write a header a decoder accepts.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                0xedb8_8320 ^ (crc >> 1)
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = kind.to_vec();
    body.extend_from_slice(data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(&body).to_be_bytes());
    out
}

/// A PNG whose header says 50,000 × 50,000 pixels (10 GB decoded) in a
/// few dozen bytes: refused from its header, nothing decoded.
#[test]
fn a_photo_too_large_to_decode_is_refused_by_its_header() {
    let site = TestSite::fixture("mini");
    let mut ihdr = 50_000u32.to_be_bytes().to_vec();
    ihdr.extend_from_slice(&50_000u32.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(png_chunk(b"IHDR", &ihdr));
    png.extend(png_chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0x00]));
    png.extend(png_chunk(b"IEND", &[]));
    assert!(png.len() < 100);
    std::fs::create_dir_all(site.root.join("content/stories/queue")).unwrap();
    std::fs::rename(
        site.root.join("content/stories/queue.fr.md"),
        site.root.join("content/stories/queue/index.fr.md"),
    )
    .unwrap();
    std::fs::remove_file(site.root.join("content/stories/queue.ar.md")).unwrap();
    let text = std::fs::read_to_string(site.root.join("content/stories/queue/index.fr.md"))
        .unwrap()
        .replacen("member: sfax\n", "member: sfax\ncover: huge.png\n", 1);
    site.write("content/stories/queue/index.fr.md", &text);
    site.write_bytes("content/stories/queue/huge.png", &png);
    let errors = errors(build_within_limit(&site));
    let ids: Vec<&str> = errors.iter().map(|d| d.message.id).collect();
    assert_eq!(ids, ["image-too-many-pixels"], "{}", render(&errors));
}

/// A 1.8 MB code block is shown plain: the page stays about its size (it
/// was 115 MB highlighted).
#[test]
fn a_huge_code_block_is_not_highlighted() {
    let site = TestSite::fixture("mini");
    let code = "let x = vec![1, 2, 3];\n".repeat(80_000);
    assert!(code.len() > 1_800_000);
    site.write(
        "content/stories/code.fr.md",
        &format!("---\ntitle: Code\ndate: 2025-01-12\nmember: sfax\n---\n```rust\n{code}```\n"),
    );
    if let Err(diags) = build_within_limit(&site) {
        panic!("{}", render(&diags));
    }
    let page = site.read("fr/stories/code/index.html");
    assert!(page.len() < 3 * code.len(), "{} bytes", page.len());
    assert!(
        !page.contains("<span class=\"hl-"),
        "plain, not highlighted"
    );
}

/// A table 5,000 columns wide previews 30 of them, and says so.
#[test]
fn a_very_wide_table_previews_its_first_columns() {
    let site = TestSite::fixture("mini");
    let columns = 5_000;
    let header: Vec<String> = (0..columns).map(|i| format!("c{i}")).collect();
    let row: Vec<String> = (0..columns).map(|i| i.to_string()).collect();
    site.write(
        "content/datasets/requests/requests.csv",
        &format!(
            "{}\n{}\n{}\n",
            header.join(","),
            row.join(","),
            row.join(",")
        ),
    );
    if let Err(diags) = build_within_limit(&site) {
        panic!("{}", render(&diags));
    }
    let page = site.read("fr/data/requests/index.html");
    let preview = &page[page.find("class=\"preview-table\"").unwrap()..];
    let preview = &preview[..preview.find("</table>").unwrap()];
    assert_eq!(
        preview.matches("<th scope=\"col\">").count(),
        fadaa::limits::PREVIEW_COLUMNS
    );
    assert!(
        preview.contains("(30 premières colonnes sur 5000)"),
        "{preview}"
    );
    assert!(page.len() < 200_000, "{} bytes", page.len());
}

/// Nesting no site file needs is refused before the parsers see it: a
/// 200,000-deep YAML list (78 s to parse) and 100,000 nested <div> in a
/// story (27 s to sanitise) are each one error with its place.
#[test]
fn yaml_and_html_nested_past_any_need_are_refused_with_their_place() {
    let site = TestSite::fixture("mini");
    site.write(
        "content/members/deep.yaml",
        &("name: ".to_string() + &"[".repeat(200_000) + "\n"),
    );
    site.write(
        "content/stories/tower.fr.md",
        &format!(
            "---\ntitle: Tour\ndate: 2025-01-12\nmember: sfax\n---\nIntro.\n\n{}\n",
            "<div>".repeat(100_000)
        ),
    );
    let errors = errors(build_within_limit(&site));
    let places: Vec<(&str, &str, Option<usize>)> = errors
        .iter()
        .map(|d| {
            (
                d.message.id,
                d.file.as_deref().unwrap_or(""),
                d.pos.map(|p| p.line),
            )
        })
        .collect();
    assert!(
        places.contains(&("yaml-too-deep", "content/members/deep.yaml", Some(1))),
        "{places:?}"
    );
    assert!(
        places.contains(&(
            "markdown-html-too-deep",
            "content/stories/tower.fr.md",
            Some(8)
        )),
        "{places:?}"
    );
}
