//! What a build leaves for deploying the output: where the output may
//! be, what it keeps of the previous one (`.git`, `CNAME`, `keep:`), and
//! the `.br` and `.gz` copies a host serves as they are.

use crate::support::{snapshot, TestSite};
use std::path::Path;

/// An output inside a folder the build reads would be read by the next
/// build: under `assets/`, each output held the last one (26, 387, 748
/// files). Refused, and nothing is written there.
#[test]
fn an_output_inside_an_input_folder_is_refused() {
    let mut site = TestSite::fixture("mini");
    site.write("assets/logo.txt", "logo");
    for inside in [
        "assets/public",
        "content/out",
        "themes/espace/static/public",
    ] {
        site.options.output = Some(site.root.join(inside));
        let errors = site.build_err();
        assert_eq!(errors.len(), 1, "{inside}: {errors:?}");
        assert_eq!(errors[0].message.id, "output-inside-input", "{inside}");
        assert!(!site.root.join(inside).exists(), "{inside}");
    }
    // Nor one that holds the site's folders.
    site.options.output = Some(site.root.clone());
    let errors = site.build_err();
    assert_eq!(errors[0].message.id, "output-holds-input", "{errors:?}");
    assert!(site.has_source("content/site.yaml"));
}

fn inode(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&std::fs::metadata(path).unwrap())
}

/// Deploying `public/` as a git worktree: its `.git`, and `CNAME` and
/// `.nojekyll`, outlive every build, moved (not copied) into the new
/// output; a failed build leaves them too.
#[test]
fn a_build_keeps_git_cname_and_nojekyll_in_the_output() {
    let mut site = TestSite::fixture("mini");
    site.build_ok();
    let out = site.output();
    site.write("public/.git/HEAD", "ref: refs/heads/pages\n");
    site.write("public/.git/objects/ab/cdef", "object");
    site.write("public/CNAME", "reseau.example.tn\n");
    site.write("public/.nojekyll", "");
    site.write("public/stray.html", "not kept");
    let git = inode(&out.join(".git/objects/ab/cdef"));
    let story = site.source("content/stories/queue.fr.md");
    site.write("content/stories/queue.fr.md", &format!("{story}\nPlus.\n"));
    assert!(site.build_ok().unchanged.is_none());
    assert_eq!(site.read(".git/HEAD"), "ref: refs/heads/pages\n");
    assert_eq!(site.read("CNAME"), "reseau.example.tn\n");
    assert!(site.exists(".nojekyll"));
    assert!(!site.exists("stray.html"), "only kept paths are carried");
    assert_eq!(
        inode(&out.join(".git/objects/ab/cdef")),
        git,
        "moved, not copied"
    );
    // A failed build touches nothing.
    site.write("content/stories/queue.fr.md", "---\ntitle: x\n---\n");
    site.build_err();
    assert_eq!(site.read("CNAME"), "reseau.example.tn\n");
    site.write("content/stories/queue.fr.md", &story);
    site.options.force = true;
    site.build_ok();
    assert_eq!(site.read(".git/HEAD"), "ref: refs/heads/pages\n");
    assert!(!site.root.join(".public.fadaa-new").exists());
}

/// `keep:` in site.yaml names more paths to keep; a fresh git worktree
/// (nothing in it but `.git`) may be built into.
#[test]
fn keep_paths_survive_and_a_fresh_worktree_is_a_valid_output() {
    let site = TestSite::fixture("mini");
    let settings = site.source("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{settings}keep:\n  - .well-known/security.txt\n  - downloads/\n"),
    );
    site.write("public/.git", "gitdir: /repo/.git/worktrees/public\n");
    site.build_ok();
    assert_eq!(site.read(".git"), "gitdir: /repo/.git/worktrees/public\n");
    site.write(
        "public/.well-known/security.txt",
        "Contact: mailto:x@example.tn\n",
    );
    site.write("public/.well-known/other.txt", "not kept");
    site.write("public/downloads/report.pdf", "%PDF");
    site.write(
        "content/stories/new.fr.md",
        "---\ntitle: New\ndate: 2025-01-13\nmember: sfax\n---\nNew\n",
    );
    site.build_ok();
    assert!(site.exists("fr/stories/new/index.html"));
    assert!(site
        .read(".well-known/security.txt")
        .starts_with("Contact:"));
    assert_eq!(site.read("downloads/report.pdf"), "%PDF");
    assert!(!site.exists(".well-known/other.txt"));
    assert!(site.exists(".git"));
}

/// A build killed after moving the kept paths into its staging folder and
/// before the swap: the next build moves them back before clearing it.
#[test]
fn kept_paths_left_by_a_killed_build_are_put_back() {
    let mut site = TestSite::fixture("mini");
    site.build_ok();
    site.write(".public.fadaa-new/.git/HEAD", "ref: refs/heads/pages\n");
    site.write(".public.fadaa-new/index.html", "half");
    site.options.force = true;
    site.build_ok();
    assert_eq!(site.read(".git/HEAD"), "ref: refs/heads/pages\n");
    assert!(!site.root.join(".public.fadaa-new").exists());
    // The same when the next build finds nothing to do.
    site.options.force = false;
    let leftover = site.root.join(".public.fadaa-new");
    std::fs::create_dir_all(&leftover).unwrap();
    std::fs::rename(site.output().join(".git"), leftover.join(".git")).unwrap();
    assert!(site.build_ok().unchanged.is_some());
    assert_eq!(site.read(".git/HEAD"), "ref: refs/heads/pages\n");
    assert!(!leftover.exists());
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut brotli::Decompressor::new(bytes, 4096), &mut out).unwrap();
    out
}

fn ungzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
    out
}

/// `.br` and `.gz` beside text files, equal to them once decompressed;
/// none for small files and images; builds stay byte-identical; a
/// rebuild takes the unchanged files' copies from the previous output;
/// turning it off rebuilds without them.
#[test]
fn text_files_are_precompressed_beside_themselves() {
    let mut site = TestSite::fixture("mini");
    site.options.precompress = true;
    let first = site.build_ok();
    let out = site.output();
    let bytes = |p: &str| std::fs::read(out.join(p)).unwrap();
    let css = site.hashed("css/site.css");
    for page in [
        "ar/index.html",
        "fr/stories/queue/index.html",
        "sitemap.xml",
        &css,
    ] {
        assert_eq!(
            unbrotli(&bytes(&format!("{page}.br"))),
            bytes(page),
            "{page}"
        );
        assert_eq!(ungzip(&bytes(&format!("{page}.gz"))), bytes(page), "{page}");
    }
    assert!(!site.exists("robots.txt.br"), "under 512 bytes");
    assert!(first.written.compressed.files > 0);
    assert_eq!(first.written.compressed.reused, 0);
    assert!(site.read(".fadaa-output").contains("precompressed: "));

    site.options.output = Some(site.root.join("second"));
    site.build_ok();
    assert_eq!(snapshot(&site.root.join("second")), snapshot(&out));

    site.options.output = None;
    let story = site.source("content/stories/queue.fr.md");
    site.write(
        "content/stories/queue.fr.md",
        &story.replace("a baissé", "a beaucoup baissé"),
    );
    let again = site.build_ok();
    assert!(again.written.compressed.reused > 0, "{:?}", again.written);
    assert!(again.written.compressed.reused < again.written.compressed.files);
    let page = "fr/stories/queue/index.html";
    assert!(site.read(page).contains("a beaucoup baissé"));
    assert_eq!(unbrotli(&bytes(&format!("{page}.br"))), bytes(page));
    assert_eq!(ungzip(&bytes(&format!("{page}.gz"))), bytes(page));

    site.options.precompress = false;
    assert!(site.build_ok().unchanged.is_none(), "a setting changed");
    assert!(!site.exists("ar/index.html.br") && !site.exists("ar/index.html.gz"));
}
