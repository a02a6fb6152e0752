//! The invariant of `memo`: a build that reuses what the builds before it
//! left gives, byte for byte, what a whole build of the same files gives
//! (or fails with the same diagnostics). Random sequences of the edits a
//! writer makes — fields of front matter, bodies, new, renamed and deleted
//! stories, a member's name and place, reference lists, settings, UI
//! strings, a template, the stylesheet, a file under `assets/` — each
//! followed by both builds.
//!
//! `PROPTEST_CASES` sets the number of sequences (24 by default here: each
//! edit costs two builds of the fixture site).

use crate::support::{snapshot, TestSite, REPO};
use fadaa::memo::Memo;
use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence, TestCaseError};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
enum Edit {
    StoryTitle(u8),
    StoryBody(u8),
    StoryDate(u8),
    StoryTags(bool),
    StoryMember(u8),
    StoryCommittee(u8),
    Translation(bool),
    DraftTranslation(bool),
    ArabicTags(bool),
    Backup(bool),
    NewStory(u8),
    RenameStory(u8),
    DeleteStory(u8),
    MemberName(u8),
    MemberLocation(u8),
    SecondMember(bool),
    GovernorateName(u8),
    CommitteeName(u8),
    TagName(u8),
    PageBody(u8),
    PageTitle(u8),
    MainMenu(bool),
    StoriesPerPage(u8),
    BrokenSettings(bool),
    UiString(u8),
    Template(u8),
    Stylesheet(u8),
    Asset(bool),
    DatasetFile(u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0u8..4).prop_map(Edit::StoryTitle),
        (0u8..4).prop_map(Edit::StoryBody),
        (0u8..4).prop_map(Edit::StoryDate),
        any::<bool>().prop_map(Edit::StoryTags),
        (0u8..4).prop_map(Edit::StoryMember),
        (0u8..4).prop_map(Edit::StoryCommittee),
        any::<bool>().prop_map(Edit::Translation),
        any::<bool>().prop_map(Edit::DraftTranslation),
        any::<bool>().prop_map(Edit::ArabicTags),
        any::<bool>().prop_map(Edit::Backup),
        (0u8..4).prop_map(Edit::NewStory),
        (0u8..4).prop_map(Edit::RenameStory),
        (0u8..4).prop_map(Edit::DeleteStory),
        (0u8..4).prop_map(Edit::MemberName),
        (0u8..4).prop_map(Edit::MemberLocation),
        any::<bool>().prop_map(Edit::SecondMember),
        (0u8..4).prop_map(Edit::GovernorateName),
        (0u8..4).prop_map(Edit::CommitteeName),
        (0u8..4).prop_map(Edit::TagName),
        (0u8..4).prop_map(Edit::PageBody),
        (0u8..4).prop_map(Edit::PageTitle),
        any::<bool>().prop_map(Edit::MainMenu),
        (0u8..4).prop_map(Edit::StoriesPerPage),
        any::<bool>().prop_map(Edit::BrokenSettings),
        (0u8..4).prop_map(Edit::UiString),
        (0u8..4).prop_map(Edit::Template),
        (0u8..4).prop_map(Edit::Stylesheet),
        any::<bool>().prop_map(Edit::Asset),
        (0u8..4).prop_map(Edit::DatasetFile),
    ]
}

/// The French story files of the site, sorted.
fn stories(site: &TestSite) -> Vec<String> {
    stories_in(site, "fr")
}

fn stories_in(site: &TestSite, lang: &str) -> Vec<String> {
    let dir = site.root.join("content/stories");
    let ending = format!(".{lang}.md");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(&ending))
        .map(|n| format!("content/stories/{n}"))
        .collect();
    names.sort();
    names
}

/// The `queue` story's version in `lang`, under its name or the name an
/// earlier `RenameStory` gave it, if it is still there.
fn queue(site: &TestSite, lang: &str) -> Option<String> {
    stories_in(site, lang)
        .into_iter()
        .find(|s| s.starts_with("content/stories/queue"))
}

fn pick(site: &TestSite, n: u8) -> Option<String> {
    let all = stories(site);
    (!all.is_empty()).then(|| all[usize::from(n) % all.len()].clone())
}

/// A story that is published (in lists and feeds), when one is left: the
/// fixture's draft and future stories are on no page but their own.
fn pick_published(site: &TestSite, n: u8) -> Option<String> {
    let all: Vec<String> = stories(site)
        .into_iter()
        .filter(|s| !s.contains("/draft") && !s.contains("/future"))
        .collect();
    (!all.is_empty()).then(|| all[usize::from(n) % all.len()].clone())
}

/// Write `text` at `path`, or remove the file there when `text` is `None`.
fn place(site: &TestSite, path: &str, text: Option<String>) {
    match text {
        Some(text) => {
            site.write(path, &text);
        }
        None if site.has_source(path) => {
            site.remove(path);
        }
        None => {}
    }
}

/// A member in another governorate, made from Sfax as it is now.
fn ariana(site: &TestSite) -> String {
    site.source("content/members/sfax.yaml")
        .replace("صفاقس", "أريانة")
        .replace("Sfax", "Ariana")
        .replace("sfax", "ariana")
        .replace("governorate: ariana", "governorate: tunis")
        .replace("lat: 34.", "lat: 36.")
        .replace("lon: 10.", "lon: 9.")
}

/// Replace the first line of `path` starting with `key` by `line`.
fn set_line(site: &TestSite, path: &str, key: &str, line: &str) {
    let text = site.source(path);
    let new: Vec<&str> = text
        .lines()
        .map(|l| if l.starts_with(key) { line } else { l })
        .collect();
    site.write(path, &(new.join("\n") + "\n"));
}

/// Make `edit` on the site.
fn apply(site: &TestSite, edit: &Edit) {
    if !apply_to_stories(site, edit) {
        apply_to_site(site, edit);
    }
}

/// `edit` when it is an edit of the stories; false otherwise.
fn apply_to_stories(site: &TestSite, edit: &Edit) -> bool {
    match *edit {
        Edit::StoryTitle(n) => {
            if let Some(s) = pick_published(site, n) {
                set_line(site, &s, "title:", &format!("title: Titre {n}"));
            }
        }
        Edit::StoryBody(n) => {
            if let Some(s) = pick_published(site, n) {
                site.write(&s, &format!("{}\nParagraphe {n}.\n", site.source(&s)));
            }
        }
        Edit::StoryDate(n) => {
            if let Some(s) = pick_published(site, n) {
                set_line(site, &s, "date:", &format!("date: 2024-0{}-1{n}", n + 1));
            }
        }
        Edit::StoryTags(none) => {
            if let Some(s) = pick(site, 0) {
                let tags = if none {
                    "tags: []"
                } else {
                    "tags: [reception]"
                };
                set_line(site, &s, "tags:", tags);
            }
        }
        // A story moves to a second member (made if missing): stories
        // of two members side by side, so that a story's previous and
        // next stories are not all among "more from its member".
        Edit::StoryMember(n) => {
            if let Some(s) = pick_published(site, n) {
                place(site, "content/members/ariana.yaml", Some(ariana(site)));
                let arabic = s.replace(".fr.md", ".ar.md");
                for version in [s.as_str(), &arabic] {
                    if site.has_source(version) {
                        set_line(site, version, "member:", "member: ariana");
                    }
                }
            }
        }
        // A story joins (or leaves) its committee's list: the list's
        // pages change, and those of the pages it joins did not read it.
        Edit::StoryCommittee(n) => {
            if let Some(s) = pick_published(site, n) {
                let text = site.source(&s);
                let new = match text.contains("\ncommittee:") {
                    true => text.replace("\ncommittee: innovation", ""),
                    false => text.replacen("\ntitle:", "\ncommittee: innovation\ntitle:", 1),
                };
                site.write(&s, &new);
            }
        }
        // A translation made a draft: its readers get the other
        // language's text, though no file came or went.
        Edit::DraftTranslation(draft) => {
            let arabic = "content/stories/queue.ar.md";
            let text = site.source(arabic).replace("draft: true\n", "");
            let text = match draft {
                true => text.replacen("---\n", "---\ndraft: true\n", 1),
                false => text,
            };
            site.write(arabic, &text);
        }
        // The French story gains (or loses) its Arabic version: its
        // French page's language switcher and alternates change. (Nothing,
        // once an earlier edit deleted or renamed the French story.)
        Edit::Translation(present) => {
            let french = "content/stories/only-french.fr.md";
            if site.has_source(french) {
                let french = site.source(french);
                let title = french.lines().find(|l| l.starts_with("title:"));
                let arabic = french.replacen(title.unwrap_or(""), "title: قصة بالعربية", 1);
                place(
                    site,
                    "content/stories/only-french.ar.md",
                    present.then_some(arabic),
                );
            }
        }
        // Without its one Arabic story, the tag has no Arabic page: the
        // French tag page's language switcher leads to the Arabic home
        // page instead, and nothing else on that page changes. (The
        // story followed under a new name; nothing once it is deleted.)
        Edit::ArabicTags(present) => {
            let tags = if present {
                "tags: [reception]"
            } else {
                "tags: []"
            };
            if let Some(story) = queue(site, "ar") {
                set_line(site, &story, "tags:", tags);
            }
        }
        // An editor's backup beside a story, which the watcher does not
        // report (`saved_by` drops it as the watcher does): both builds
        // must agree on it.
        Edit::Backup(present) => {
            if let Some(story) = queue(site, "fr") {
                let backup = present.then(|| site.source(&story));
                place(site, &format!("{story}.bak"), backup);
            }
        }
        Edit::NewStory(n) => {
            let text = format!(
                "---\ntitle: Nouveau {n}\ndate: 2025-02-0{}\nmember: sfax\nsummary: Court\ntags: [reception]\ncommittee: innovation\n---\nTexte [la charte](../pages/charter.fr.md).\n",
                n + 1
            );
            site.write(&format!("content/stories/new-{n}.fr.md"), &text);
        }
        Edit::RenameStory(n) => {
            if let Some(s) = pick(site, n) {
                let slug = s
                    .trim_start_matches("content/stories/")
                    .trim_end_matches(".fr.md");
                for lang in ["fr", "ar"] {
                    let from = format!("content/stories/{slug}.{lang}.md");
                    if site.has_source(&from) {
                        let text = site.source(&from);
                        site.remove(&from);
                        site.write(&format!("content/stories/{slug}-r{n}.{lang}.md"), &text);
                    }
                }
            }
        }
        Edit::DeleteStory(n) => {
            if let Some(s) = pick(site, n) {
                site.remove(&s);
            }
        }
        _ => return false,
    }
    true
}

/// Any other edit: members, lists, settings, theme, assets.
fn apply_to_site(site: &TestSite, edit: &Edit) {
    match *edit {
        Edit::MemberName(n) => set_line(
            site,
            "content/members/sfax.yaml",
            "name:",
            &format!("name: {{ ar: \"بلدية صفاقس {n}\", fr: \"Commune de Sfax {n}\" }}"),
        ),
        // What the maps are drawn from (pages' fingerprints take a key
        // of it, not the drawn map: `Shared::locator_key`).
        Edit::MemberLocation(n) => set_line(
            site,
            "content/members/sfax.yaml",
            "location:",
            &format!("location: {{ lat: 34.7{n}, lon: 10.7{n} }}"),
        ),
        // A member in another governorate, whose page changes with
        // Sfax's name only through its map.
        Edit::SecondMember(present) => place(
            site,
            "content/members/ariana.yaml",
            present.then(|| ariana(site)),
        ),
        Edit::GovernorateName(n) => set_line(
            site,
            "content/governorates.yaml",
            "sfax:",
            &format!(
                "sfax: {{ name: {{ ar: \"صفاقس {n}\", fr: \"Sfax {n}\" }}, aliases: [Sfaks] }}"
            ),
        ),
        // A story names its committee; its search document, the name.
        Edit::CommitteeName(n) => set_line(
            site,
            "content/committees.yaml",
            "innovation:",
            &format!(
                "innovation: {{ name: {{ ar: \"لجنة الابتكار {n}\", fr: \"Comité innovation {n}\" }}, aliases: [] }}"
            ),
        ),
        // A word, not a number: the search index has no one-digit
        // tokens, and the tag's stories' documents must change.
        Edit::TagName(n) => {
            let words = [("صباحا", "matin"), ("مساء", "soir"), ("شباك", "guichet"), ("مواطن", "citoyen")];
            let (ar, fr) = words[usize::from(n) % 4];
            let line = format!("reception: {{ ar: \"الاستقبال {ar}\", fr: \"Accueil {fr}\" }}");
            set_line(site, "content/tags.yaml", "reception:", &line)
        }
        Edit::PageBody(n) => {
            let path = "content/pages/charter.fr.md";
            site.write(path, &format!("{}\nAjout {n}.\n", site.source(path)));
        }
        // With the charter in `menus.main`, its title is in every page's
        // navigation (which fingerprints take as a key: `Nav::key_of`).
        Edit::PageTitle(n) => set_line(
            site,
            "content/pages/charter.fr.md",
            "title:",
            &format!("title: Charte {n}"),
        ),
        Edit::MainMenu(present) => {
            let path = "content/site.yaml";
            let text = site.source(path);
            let text = text.split("menus:").next().unwrap_or_default().to_string();
            // A footer of its own, so that the charter's title is in
            // the navigation only, not in the footer's list of pages.
            let menu = "menus:\n  main:\n    - { section: members }\n    - { page: charter }\n  footer:\n    - { url: \"/\", label: { ar: \"الرئيسية\", fr: \"Accueil\" } }\n";
            site.write(path, &if present { text + menu } else { text });
        }
        Edit::StoriesPerPage(n) => set_line(
            site,
            "content/site.yaml",
            "stories_per_page:",
            &format!("stories_per_page: {}", 1 + n % 3),
        ),
        // site.yaml that cannot be read: the build stops before it looks
        // at any file, and what was saved meanwhile must be looked at by
        // the next build.
        Edit::BrokenSettings(broken) => {
            let path = "content/site.yaml";
            let text = site.source(path);
            let text = text.split("unclosed: [").next().unwrap_or_default();
            let tail = if broken { "unclosed: [\n" } else { "" };
            site.write(path, &format!("{text}{tail}"));
        }
        Edit::UiString(n) => {
            site.write(
                "i18n/fr.yaml",
                &format!("nav:\n  stories: \"Récits {n}\"\n"),
            );
        }
        Edit::Template(n) => {
            let theme = std::fs::read_to_string(format!("{REPO}/themes/espace/templates/tag.html"));
            let marked = theme
                .unwrap()
                .replacen("<h1>", &format!("<!-- v{n} --><h1>"), 1);
            site.write("templates/tag.html", &marked);
        }
        Edit::Stylesheet(n) => {
            // The site's copy of the theme's stylesheet, which replaces
            // the built-in one: its hashed name changes in every page.
            let css = std::fs::read_to_string(format!("{REPO}/themes/espace/static/css/site.css"));
            let path = "themes/espace/static/css/site.css";
            site.write(path, &format!("{}\n/* v{n} */\n", css.unwrap()));
        }
        Edit::Asset(present) => {
            let link = "content/pages/guide-link.fr.md";
            site.write(link, "---\ntitle: Guide\n---\n\n[Le guide](/guide.pdf)\n");
            let pdf = present.then(|| "%PDF-1.4\n".to_string());
            place(site, "assets/guide.pdf", pdf);
        }
        // A dataset's resource is a file of its bundle, which is not
        // parsed: its page shows its size, read from the disk.
        Edit::DatasetFile(n) => {
            let path = "content/datasets/requests/requests.csv";
            let text = site.source(path);
            site.write(path, &format!("{text}2023-{:02},{}\n", n + 3, 100 + n));
        }
        _ => unreachable!("a story edit: {edit:?}"),
    }
}

/// What a build gave: its files, or its errors.
type Outcome = Result<BTreeMap<String, Vec<u8>>, Vec<String>>;

fn outcome(result: Result<fadaa::Rendered, Vec<fadaa::diag::Diagnostic>>) -> Outcome {
    match result {
        Ok(r) => Ok(r.files),
        Err(diags) => Err(diags.iter().map(|d| format!("{d:?}")).collect()),
    }
}

/// One build with the memo, kept up as `serve` keeps it: its files are
/// those it made over those it kept of the build before, and the search
/// index made from the documents the memo had not analysed.
fn with_memo(site: &TestSite, memo: &mut Memo) -> Outcome {
    let result = fadaa::render_site_with(&site.options, Some(memo));
    outcome(result.map(|mut rendered| {
        let search = rendered.search_index(&mut memo.search);
        memo.keep(&mut rendered);
        let search = search
            .into_iter()
            .map(|(path, bytes)| (path, bytes.to_vec()));
        rendered.files.extend(search);
        rendered
    }))
}

fn same(incremental: &Outcome, whole: &Outcome) -> Result<(), TestCaseError> {
    match (incremental, whole) {
        (Ok(a), Ok(b)) => {
            let paths: Vec<_> = a.keys().chain(b.keys()).collect();
            for path in paths {
                let (x, y) = (a.get(path), b.get(path));
                prop_assert!(
                    x == y,
                    "{path} differs:\nincremental: {}\nwhole: {}",
                    x.map_or("(none)".into(), |x| String::from_utf8_lossy(x).into_owned()),
                    y.map_or("(none)".into(), |y| String::from_utf8_lossy(y).into_owned()),
                );
            }
        }
        (Err(a), Err(b)) => prop_assert_eq!(a, b),
        (a, b) => prop_assert!(
            false,
            "one failed: incremental {:?}, whole {:?}",
            a.is_ok(),
            b.is_ok()
        ),
    }
    Ok(())
}

fn config() -> Config {
    Config {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(24),
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/proptest-regressions/incremental.txt",
        ))),
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_build_with_a_memo_is_a_whole_build(
        edits in prop::collection::vec(edit(), 1..6),
        watched in any::<bool>(),
    ) {
        same_after(&edits, watched)?;
    }
}

/// Each of `edits` made in turn, each followed by both builds. `watched`:
/// the memo is `serve`'s, told of each file the edit wrote, added or
/// removed (as a watcher that misses nothing would), and takes the files
/// it is not told of as they were.
fn same_after(edits: &[Edit], watched: bool) -> Result<(), TestCaseError> {
    let site = TestSite::fixture("mini");
    let mut memo = if watched {
        Memo::watched()
    } else {
        Memo::default()
    };
    with_memo(&site, &mut memo).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
    for e in edits {
        let before = snapshot(&site.root);
        apply(&site, e);
        let saved = saved_by(&before, &snapshot(&site.root), &site.root);
        memo.saved.add(&saved, &site.root);
        let incremental = with_memo(&site, &mut memo);
        let whole = outcome(fadaa::render_site(&site.options));
        same(&incremental, &whole)?;
    }
    Ok(())
}

/// The files an edit wrote, added or removed, as `serve`'s watcher
/// reports them: without the editors' files it drops (`is_ignored`).
fn saved_by(
    before: &[(String, Vec<u8>)],
    after: &[(String, Vec<u8>)],
    root: &Path,
) -> Vec<PathBuf> {
    let (old, new): (BTreeMap<_, _>, BTreeMap<_, _>) = (
        before.iter().map(|(p, b)| (p, b)).collect(),
        after.iter().map(|(p, b)| (p, b)).collect(),
    );
    let paths: std::collections::BTreeSet<&&String> = old.keys().chain(new.keys()).collect();
    let changed = paths.into_iter().filter(|p| old.get(*p) != new.get(*p));
    let reported = changed.filter(|p| {
        let name = Path::new(p.as_str()).file_name().and_then(|n| n.to_str());
        !fadaa::discover::is_ignored(name.unwrap_or(""))
    });
    reported.map(|p| root.join(p.as_str())).collect()
}

/// Sequences whose effect depends on an earlier edit, which random
/// sequences of a few edits rarely make.
#[test]
fn edits_that_need_an_earlier_one_keep_the_invariant() {
    let sequences = [
        // The charter in the menu, then its title: every page's
        // navigation changes.
        vec![Edit::MainMenu(true), Edit::PageTitle(1)],
        // A second member, then Sfax's name: the Ariana page's map
        // changes, nothing else on it.
        vec![Edit::SecondMember(true), Edit::GovernorateName(1)],
        // A translation added, then taken away.
        vec![Edit::Translation(true), Edit::Translation(false)],
        // A translation made a draft, then published again.
        vec![Edit::DraftTranslation(true), Edit::DraftTranslation(false)],
        // A page of one language that comes and goes.
        vec![Edit::ArabicTags(false), Edit::ArabicTags(true)],
        vec![Edit::Backup(true), Edit::Backup(false)],
        // Edits of a story an earlier edit renamed (the harness once
        // failed on this one, found by the random sequences).
        vec![
            Edit::RenameStory(3),
            Edit::ArabicTags(false),
            Edit::Backup(true),
        ],
        // A file under `assets/` a page links to, then not: the link
        // table is the same, the answer about the file is not.
        vec![Edit::Asset(true), Edit::Asset(false), Edit::Asset(true)],
        // A story moved to a second member, then its neighbour's title:
        // the neighbour is its previous or next story, not one of its
        // member's.
        vec![
            Edit::StoryMember(1),
            Edit::StoryTitle(0),
            Edit::StoryTitle(2),
        ],
        // A story saved while the settings are broken.
        vec![
            Edit::BrokenSettings(true),
            Edit::StoryTitle(1),
            Edit::BrokenSettings(false),
        ],
    ];
    for edits in sequences {
        for watched in [false, true] {
            if let Err(e) = same_after(&edits, watched) {
                panic!("after {edits:?} (watched: {watched}): {e}");
            }
        }
    }
}
