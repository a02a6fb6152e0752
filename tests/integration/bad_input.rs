//! The bad-input corpus, `tests/bad-input/`: each case is a small change to
//! the mini fixture site with the exact diagnostics it must get (file,
//! line, column, message, help; format in `tests/bad-input/README.md`).
//! Every build must finish quickly, and a failed build must leave the
//! previous output exactly as it was.

use crate::support::{copy_dir, snapshot, REPO};
use fadaa::config::BuildOptions;
use fadaa::diag::{Diagnostic, Severity};
use fadaa::messages::Locale;
use fadaa::model::Day;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

const TIME_LIMIT: Duration = Duration::from_secs(20);

fn corpus() -> PathBuf {
    Path::new(REPO).join("tests/bad-input")
}

/// The expectation files of a case: `expect.txt` in English, and
/// `expect.ar.txt`, `expect.fr.txt` where the case states the message in
/// the writers' languages too.
const EXPECTATIONS: [(Locale, &str); 3] = [
    (Locale::En, "expect.txt"),
    (Locale::Ar, "expect.ar.txt"),
    (Locale::Fr, "expect.fr.txt"),
];

/// One diagnostic in the corpus's line format, in `locale`.
fn line_of(d: &Diagnostic, locale: Locale) -> String {
    let severity = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    };
    let file = d.file.as_deref().unwrap_or("");
    let mut line = match d.pos {
        Some(p) => format!(
            "{severity} {file}:{}:{}: {}",
            p.line,
            p.column,
            d.message.text(locale)
        ),
        None => format!("{severity} {file}: {}", d.message.text(locale)),
    };
    if let Some(help) = &d.help {
        line.push_str(&format!("\n  help: {}", help.text(locale)));
    }
    line
}

fn build(options: BuildOptions) -> Result<Vec<Diagnostic>, String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let result = fadaa::build(&options).map_or_else(|e| e, |r| r.warnings);
        let _ = send.send(result);
    });
    receive
        .recv_timeout(TIME_LIMIT)
        .map_err(|_| format!("no answer within {TIME_LIMIT:?}: the build hangs or crashed"))
}

struct Outcome {
    name: String,
    /// (file name, expected, got) for each expectation file of the case.
    compared: Vec<(&'static str, String, String)>,
}

fn replay(case: &Path, pristine_output: &Path) -> Result<Outcome, String> {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    copy_dir(&Path::new(REPO).join("tests/fixtures/mini"), &root);
    let output = dir.path().join("public");
    copy_dir(pristine_output, &output);
    let overlay = case.join("files");
    if overlay.is_dir() {
        copy_dir(&overlay, &root);
    }
    if let Ok(list) = std::fs::read_to_string(case.join("delete.txt")) {
        for path in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let target = root.join(path);
            let _ = std::fs::remove_file(&target).or_else(|_| std::fs::remove_dir_all(&target));
        }
    }
    let expect = std::fs::read_to_string(case.join("expect.txt")).unwrap();
    let expected: Vec<&str> = expect.lines().filter(|l| !l.starts_with('#')).collect();
    let wants_warnings = expected.iter().any(|l| l.starts_with("warning "));
    let before = snapshot(&output);
    let diags = build(BuildOptions {
        root,
        output: Some(output.clone()),
        today: Day::parse("2025-06-01"),
        ..BuildOptions::default()
    })
    .map_err(|e| format!("{name}: {e}"))?;
    let failed = diags.iter().any(Diagnostic::is_error);
    if failed && snapshot(&output) != before {
        return Err(format!(
            "{name}: the failed build changed the previous output"
        ));
    }
    let shown: Vec<&Diagnostic> = diags
        .iter()
        .filter(|d| d.is_error() || (wants_warnings && d.severity == Severity::Warning))
        .collect();
    let compared = EXPECTATIONS
        .iter()
        .filter_map(|(locale, file)| {
            let text = std::fs::read_to_string(case.join(file)).ok()?;
            let expected: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
            let got: Vec<String> = shown.iter().map(|d| line_of(d, *locale)).collect();
            Some((*file, expected.join("\n"), got.join("\n")))
        })
        .collect();
    Ok(Outcome { name, compared })
}

/// `BLESS_BAD_INPUT=01-a,02-b cargo test` writes what fadaa now says into
/// those cases' expect.txt, keeping their description: for a reviewed
/// change of wording, never to make a failure go away unread.
fn bless(case: &Path, outcome: &Outcome) {
    let wanted = std::env::var("BLESS_BAD_INPUT").unwrap_or_default();
    if !wanted.split(',').any(|n| n == outcome.name) {
        return;
    }
    for (file, _, got) in &outcome.compared {
        let path = case.join(file);
        let old = std::fs::read_to_string(&path).unwrap();
        let comment = old.lines().next().unwrap_or("#");
        let body = if got.is_empty() {
            String::new()
        } else {
            format!("{got}\n")
        };
        std::fs::write(&path, format!("{comment}\n{body}")).unwrap();
    }
}

#[test]
fn every_bad_input_gets_its_exact_diagnostic_and_loses_nothing() {
    let known_wrong: Vec<String> = std::fs::read_to_string(corpus().join("KNOWN-WRONG.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("expect.txt").is_file())
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "only {} cases", cases.len());

    // The previous output every case starts from: the untouched site, built.
    let pristine = tempfile::tempdir().unwrap();
    let site = pristine.path().join("site");
    copy_dir(&Path::new(REPO).join("tests/fixtures/mini"), &site);
    let pristine_output = pristine.path().join("public");
    let first = build(BuildOptions {
        root: site,
        output: Some(pristine_output.clone()),
        today: Day::parse("2025-06-01"),
        ..BuildOptions::default()
    })
    .unwrap();
    assert!(!first.iter().any(Diagnostic::is_error));

    let mut failures = Vec::new();
    for case in &cases {
        match replay(case, &pristine_output) {
            Err(e) => failures.push(e),
            Ok(o) => {
                bless(case, &o);
                let known = known_wrong.contains(&o.name);
                let wrong: Vec<String> = o
                    .compared
                    .iter()
                    .filter(|(_, expected, got)| got != expected)
                    .map(|(file, expected, got)| {
                        format!(
                            "{} ({file}):\n  expected:\n{expected}\n  got:\n{got}",
                            o.name
                        )
                    })
                    .collect();
                if !wrong.is_empty() && !known {
                    failures.extend(wrong);
                } else if wrong.is_empty() && known {
                    failures.push(format!(
                        "{}: now right; remove it from KNOWN-WRONG.txt",
                        o.name
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
