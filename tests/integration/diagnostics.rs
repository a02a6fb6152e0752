//! Broken inputs and the exact diagnostic each one gets: file, line,
//! column, message and help. Every case also leaves the previous output
//! untouched.

use crate::support::{render, snapshot, TestSite};

struct Case {
    name: &'static str,
    file: &'static str,
    text: &'static str,
    /// file, line, column, message
    expect: (&'static str, usize, usize, &'static str),
    help: Option<&'static str>,
}

const STORY: &str = "content/stories/queue.fr.md";
const MEMBER: &str = "content/members/sfax.yaml";

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "misspelt field",
            file: STORY,
            text: "---\ntitle: Sfax\ndate: 2025-01-12\nmembre: sfax\n---\nText\n",
            expect: (STORY, 4, 1, "unknown field `membre`"),
            help: Some("did you mean `member`?"),
        },
        Case {
            name: "unknown member",
            file: STORY,
            text: "---\ntitle: Sfax\ndate: 2025-01-12\nmember: sfx\n---\nText\n",
            expect: (STORY, 4, 9, "unknown member `sfx`"),
            help: Some("did you mean `sfax`?"),
        },
        Case {
            name: "unknown member after Arabic text, columns in characters",
            file: "content/stories/queue.ar.md",
            text: "---\ntitle: صفاقس\ndate: 2025-01-12\nmember: صفاقس\n---\nنص\n",
            expect: ("content/stories/queue.ar.md", 4, 9, "unknown member `صفاقس`"),
            help: None,
        },
        Case {
            name: "bad date",
            file: STORY,
            text: "---\ntitle: Sfax\ndate: 2025-13-01\nmember: sfax\n---\nText\n",
            expect: (STORY, 3, 7, "`2025-13-01` is not a valid date: there is no month 13"),
            help: None,
        },
        Case {
            name: "missing required field",
            file: STORY,
            text: "---\ntitle: Sfax\nmember: sfax\n---\nText\n",
            expect: (STORY, 2, 1, "missing field `date`"),
            help: None,
        },
        Case {
            name: "wrong type",
            file: "content/pages/charter.fr.md",
            text: "---\ntitle: Charte\nweight: lourd\n---\nTexte\n",
            expect: ("content/pages/charter.fr.md", 3, 9, "weight: expected a whole number, found the text \"lourd\""),
            help: None,
        },
        Case {
            name: "front matter never closed",
            file: STORY,
            text: "---\ntitle: Sfax\ndate: 2025-01-12\nmember: sfax\n\nText\n",
            expect: (STORY, 1, 1, "the front matter is never closed"),
            help: Some("add a line `---` after the last field, before the text"),
        },
        Case {
            name: "no front matter",
            file: STORY,
            text: "Just text\n",
            expect: (STORY, 1, 1, "missing front matter"),
            help: None,
        },
        Case {
            name: "bad slug",
            file: "content/stories/Ma Story.fr.md",
            text: "---\ntitle: x\ndate: 2025-01-01\nmember: sfax\n---\nx\n",
            expect: ("content/stories/Ma Story.fr.md", 1, 1, "`Ma Story` is not a valid slug"),
            help: Some("use lowercase ASCII letters, digits and `-`: `ma-story`"),
        },
        Case {
            name: "language the site does not have",
            file: "content/stories/queue.en.md",
            text: "---\ntitle: x\ndate: 2025-01-01\nmember: sfax\n---\nx\n",
            expect: ("content/stories/queue.en.md", 1, 1, "`en` is not a language of this site"),
            help: Some("use one of ar, fr in the file name"),
        },
        Case {
            name: "unknown governorate",
            file: MEMBER,
            text: "name: { ar: صفاقس, fr: Sfax }\ngovernorate: sfx\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: operational\n",
            expect: (MEMBER, 2, 14, "unknown governorate `sfx`"),
            help: Some("did you mean `sfax`?"),
        },
        Case {
            name: "unknown service in a list",
            file: MEMBER,
            text: "name: Sfax\ngovernorate: sfax\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: operational\nservices:\n  - civil-status\n  - complaint\n",
            expect: (MEMBER, 7, 5, "unknown service `complaint`"),
            help: Some("did you mean `complaints`?"),
        },
        Case {
            name: "status not in the list",
            file: MEMBER,
            text: "name: Sfax\ngovernorate: sfax\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: operationel\n",
            expect: (MEMBER, 4, 9, "`status` cannot be `operationel`"),
            help: Some("did you mean `operational`?"),
        },
        Case {
            name: "opening hours with a bad time, quoted",
            file: MEMBER,
            text: "name: Sfax\ngovernorate: sfax\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: operational\nhours: \"Mo-Fr 08:00-12:30,14:00-17:30; Sa 8:00-12:00\"\n",
            expect: (MEMBER, 5, 43, "invalid opening hours: expected a time like 08:00 (two digits, colon, two digits)"),
            help: Some("write it the OpenStreetMap way: `Mo-Fr 08:00-12:30,14:00-17:30; Sa 08:00-12:00` (days Mo Tu We Th Fr Sa Su, times 08:00-17:00)"),
        },
        Case {
            name: "opening hours with a French day name, unquoted",
            file: MEMBER,
            text: "name: Sfax\ngovernorate: sfax\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: operational\nhours: Mo-Fr 08:00-17:00; Sam 08:00-12:00\n",
            expect: (MEMBER, 5, 27, "invalid opening hours: `Sam` is not a day or month: use Mo Tu We Th Fr Sa Su, Jan … Dec, PH or off"),
            help: None,
        },
        Case {
            name: "coordinates swapped",
            file: MEMBER,
            text: "name: Sfax\ngovernorate: sfax\nlocation: { lat: 10.76, lon: 34.74 }\nstatus: operational\n",
            expect: (MEMBER, 3, 1, "the location (10.76, 34.74) is outside Tunisia"),
            help: Some("latitude and longitude look swapped: lat is about 30 to 37.5, lon about 7.5 to 11.6"),
        },
        Case {
            name: "a language the site does not have in a value",
            file: MEMBER,
            text: "name: { ar: صفاقس, de: Sfax }\ngovernorate: sfax\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: operational\n",
            expect: (MEMBER, 1, 20, "`de` is not a language of this site"),
            help: Some("use one of ar, fr"),
        },
        Case {
            name: "link to a missing item",
            file: "content/pages/charter.fr.md",
            text: "---\ntitle: Charte\n---\nIntro\n\nVoir [ceci](absent.md).\n",
            expect: ("content/pages/charter.fr.md", 6, 6, "`absent.md` does not exist"),
            help: None,
        },
        Case {
            name: "link to a missing anchor",
            file: "content/pages/charter.fr.md",
            text: "---\ntitle: Charte\n---\nVoir [ceci](../stories/queue.md#resultat).\n",
            expect: ("content/pages/charter.fr.md", 4, 6, "`#resultat` is not a heading of stories/queue (fr)"),
            help: Some("did you mean `resultats`?"),
        },
        Case {
            name: "published deliverable without its date",
            file: "content/deliverables/guide.yaml",
            text: "title: Guide\ncommittee: innovation\nkind: guide\nstatus: published\ndue: 2024-06-30\n",
            expect: ("content/deliverables/guide.yaml", 4, 1, "a published deliverable needs its publication date"),
            help: Some("add `published: YYYY-MM-DD`"),
        },
        Case {
            name: "dataset file that does not exist",
            file: "content/datasets/requests/dataset.yaml",
            text: "title: Demandes\npublisher: sfax\nlicense: CC-BY-4.0\nupdated: 2024-03-01\nresources:\n  - file: absent.csv\n",
            expect: ("content/datasets/requests/dataset.yaml", 6, 11, "the file `absent.csv` does not exist"),
            help: Some("put it in the folder content/datasets/requests/"),
        },
        Case {
            name: "a file reference that leaves the site",
            file: "content/datasets/requests/dataset.yaml",
            text: "title: Demandes\npublisher: sfax\nlicense: CC-BY-4.0\nupdated: 2024-03-01\nresources:\n  - file: ../../../../etc/passwd\n",
            expect: ("content/datasets/requests/dataset.yaml", 6, 11, "`../../../../etc/passwd` points outside the site"),
            help: None,
        },
        Case {
            name: "empty member file",
            file: MEMBER,
            text: "",
            expect: (MEMBER, 1, 1, "the file is empty"),
            help: None,
        },
        Case {
            name: "duplicate slug, flat file and bundle",
            file: "content/members/sfax/member.yaml",
            text: "name: Sfax\ngovernorate: sfax\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: operational\n",
            expect: ("content/members/sfax/member.yaml", 1, 1, "two members have the slug `sfax`"),
            help: Some("content/members/sfax.yaml uses it too; rename or remove one"),
        },
        Case {
            name: "theme without a key the generator needs",
            file: "themes/espace/i18n/fr.yaml",
            text: "nav:\n  home: Accueil\n",
            expect: ("themes/espace/i18n/fr.yaml", 0, 0, "missing UI string `nav.tags` for language `fr`"),
            help: None,
        },
        Case {
            name: "UI string missing in one language",
            file: "i18n/ar.yaml",
            text: "extra:\n  key: نص\n",
            // The built-in theme's file, as `theme eject` would write it.
            expect: ("themes/espace/i18n/fr.yaml (fadaa)", 0, 0, "missing UI string `extra.key` for language `fr`"),
            help: None,
        },
    ]
}

#[test]
fn each_broken_input_gets_its_diagnostic_and_loses_nothing() {
    let mut failures = Vec::new();
    for case in cases() {
        let site = TestSite::fixture("mini");
        site.build_ok();
        let before = snapshot(&site.output());
        site.write(case.file, case.text);
        let errors = site.build_err();
        let (file, line, column, message) = case.expect;
        let found = errors.iter().find(|d| d.message == message);
        match found {
            None => failures.push(format!(
                "{}: no `{message}` in\n{}",
                case.name,
                render(&errors)
            )),
            Some(d) => {
                let pos = d.pos.map(|p| (p.line, p.column)).unwrap_or((0, 0));
                if d.file.as_deref() != Some(file) || pos != (line, column) {
                    failures.push(format!(
                        "{}: expected {file}:{line}:{column}, got {d}",
                        case.name
                    ));
                }
                if let Some(help) = case.help {
                    if d.help.as_ref().map(|h| h.to_string()).as_deref() != Some(help) {
                        failures.push(format!("{}: expected help `{help}`, got {d}", case.name));
                    }
                }
            }
        }
        if snapshot(&site.output()) != before {
            failures.push(format!("{}: the previous output changed", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn all_errors_of_a_run_are_reported_together() {
    let site = TestSite::fixture("mini");
    site.write(
        STORY,
        "---\ntitle: Sfax\ndate: 2025-01-12\nmembre: sfax\n---\nText\n",
    );
    site.write(
        "content/stories/queue.ar.md",
        "---\ntitle: x\ndate: 2025-01-12\nmember: nobody\n---\nx\n",
    );
    site.write(
        "content/deliverables/guide.yaml",
        "title: x\ncommittee: inovation\nkind: guide\nstatus: planned\ndue: 2024-06-30\n",
    );
    let errors = site.build_err();
    let files: Vec<&str> = errors.iter().filter_map(|d| d.file.as_deref()).collect();
    assert_eq!(
        files,
        [
            "content/deliverables/guide.yaml",
            "content/stories/queue.ar.md",
            STORY
        ],
        "{}",
        render(&errors)
    );
}

#[test]
fn invalid_utf8_is_pointed_at() {
    let site = TestSite::fixture("mini");
    site.write_bytes(STORY, b"---\ntitle: Sfax \xff\n---\n");
    let errors = site.build_err();
    let d = errors
        .iter()
        .find(|d| d.message == "the file is not valid UTF-8")
        .expect("utf-8 error");
    assert_eq!(
        d.to_string().lines().next().unwrap(),
        "content/stories/queue.fr.md:2:13: error: the file is not valid UTF-8"
    );
}

#[test]
fn crlf_and_bom_files_build() {
    let site = TestSite::fixture("mini");
    site.write(STORY, "\u{feff}---\r\ntitle: Sfax CRLF\r\ndate: 2025-01-12\r\nmember: sfax\r\n---\r\n## Résultats\r\n\r\nTexte\r\n");
    site.build_ok();
    assert!(site
        .read("fr/stories/queue/index.html")
        .contains("Sfax CRLF"));
}

#[test]
fn the_command_prints_the_source_line_and_exits_non_zero() {
    let site = TestSite::fixture("mini");
    site.write(
        STORY,
        "---\ntitle: Sfax\ndate: 2025-01-12\nmembre: sfax\n---\nText\n",
    );
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fadaa"))
        .args(["build", "--root"])
        .arg(&site.root)
        .env("NO_COLOR", "1")
        .env("FADAA_LANG", "en")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error: unknown field `membre`"), "{stderr}");
    assert!(
        stderr.contains("content/stories/queue.fr.md:4:1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("membre: sfax"),
        "source line shown: {stderr}"
    );
    assert!(stderr.contains("did you mean `member`?"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
}

#[test]
fn a_photo_far_over_the_guides_weight_is_named_with_its_size() {
    let site = TestSite::fixture("mini");
    let story = site.source(STORY);
    site.remove(STORY);
    site.write("content/stories/queue/index.fr.md", &story);
    site.write_bytes("content/stories/queue/light.jpg", &[0u8; 150 * 1024]);
    site.write_bytes(
        "content/stories/queue/heavy.jpg",
        &vec![0u8; 3 * 1024 * 1024],
    );
    let report = site.build_ok();
    let heavy: Vec<String> = report
        .warnings
        .iter()
        .filter(|d| d.message.id == "photo-too-heavy")
        .map(|d| format!("{}: {}", d.file.as_deref().unwrap_or(""), d.message))
        .collect();
    assert_eq!(
        heavy,
        ["content/stories/queue/heavy.jpg: this photo weighs 3.0 MB; the guide asks for less than 200.0 KB: a reader on a phone pays for every byte"]
    );
    // Sizes in the reader's units.
    let warning = report
        .warnings
        .iter()
        .find(|d| d.message.id == "photo-too-heavy")
        .unwrap();
    let fr = warning.message.text(fadaa::messages::Locale::Fr);
    assert!(
        fr.contains("3,0\u{202F}Mo") && fr.contains("200,0\u{202F}ko"),
        "{fr}"
    );
    let ar = warning.message.text(fadaa::messages::Locale::Ar);
    assert!(ar.contains("3.0 م.ب"), "{ar}");
}
