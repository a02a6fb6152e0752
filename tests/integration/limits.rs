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
