//! The network's own site, as shipped in this repository.

use crate::support::REPO;
use fadaa::config::BuildOptions;
use std::path::Path;

#[test]
fn the_shipped_site_builds_without_warnings_and_every_item_has_both_languages() {
    let out = tempfile::tempdir().unwrap();
    let output = out.path().join("public");
    let options = BuildOptions {
        root: Path::new(REPO).to_path_buf(),
        output: Some(output.clone()),
        today: fadaa::model::Day::parse("2026-11-24"),
        ..BuildOptions::default()
    };
    let report =
        fadaa::build(&options).unwrap_or_else(|d| panic!("{}", crate::support::render(&d)));
    assert!(
        report.warnings.is_empty(),
        "{}",
        crate::support::render(&report.warnings)
    );
    assert_eq!(report.pages_per_lang["ar"], report.pages_per_lang["fr"]);
    for kind in ["pages", "members", "stories", "deliverables"] {
        for entry in std::fs::read_dir(Path::new(REPO).join("content").join(kind)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let slug = name.split('.').next().unwrap();
            let section = if kind == "pages" {
                String::new()
            } else {
                format!("{kind}/")
            };
            for lang in ["ar", "fr"] {
                let page = output.join(format!("{lang}/{section}{slug}/index.html"));
                assert!(page.is_file(), "{}", page.display());
            }
        }
    }
    for lang in ["ar", "fr"] {
        let charter =
            std::fs::read_to_string(output.join(format!("{lang}/governance/index.html"))).unwrap();
        assert!(charter.contains("id=\"valorisation\""), "{lang}");
    }
}
