//! The `fadaa` command's sub-commands: each turns its arguments into a
//! library call and prints the outcome. The library never prints.

pub mod print;

use fadaa::config::BuildOptions;
use fadaa::diag::{Diagnostic, Diagnostics, Severity};
use fadaa::scaffold::{self, Defaults, NewKind};
use fadaa::serve::{Event, ServeOptions};
use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

pub fn build(options: &BuildOptions, verbosity: Verbosity) -> ExitCode {
    let started = Instant::now();
    let done = progress("building", verbosity);
    let result = fadaa::build(options);
    done.store(true, Ordering::Relaxed);
    match result {
        Ok(report) if report.unchanged.is_some() => {
            if verbosity != Verbosity::Quiet {
                print::unchanged(&report, started.elapsed());
            }
            ExitCode::SUCCESS
        }
        Ok(report) => {
            let shown: Vec<Diagnostic> = report
                .warnings
                .into_iter()
                .filter(|d| verbosity != Verbosity::Quiet || d.severity != Severity::Note)
                .collect();
            print::diagnostics(&options.root, &shown, verbosity != Verbosity::Quiet);
            if verbosity == Verbosity::Quiet {
                return ExitCode::SUCCESS;
            }
            let pages: Vec<String> = report
                .pages_per_lang
                .iter()
                .map(|(l, n)| format!("{n} {l}"))
                .collect();
            let warnings = print::count(&shown, Severity::Warning);
            println!(
                "built {} pages ({}), {} files copied, into {} in {} ms{}",
                report.pages_per_lang.values().sum::<usize>(),
                pages.join(", "),
                report.written.copied,
                report.output.display(),
                started.elapsed().as_millis(),
                if warnings > 0 {
                    format!(", {}", print::plural(warnings, "warning"))
                } else {
                    String::new()
                }
            );
            if verbosity == Verbosity::Verbose {
                println!(
                    "  {} generated files, {} copied; cover images: {} resized, {} from the cache",
                    report.written.generated,
                    report.written.copied,
                    report.images_resized,
                    report.images_from_cache
                );
                for (stage, took) in &report.timings {
                    println!("  {stage:<22} {:>7} ms", took.as_millis());
                }
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            print::diagnostics(&options.root, &diagnostics, verbosity != Verbosity::Quiet);
            let errors = print::count(&diagnostics, Severity::Error);
            eprintln!(
                "build failed: {}; nothing was written, the previous output is unchanged",
                print::plural(errors, "error")
            );
            ExitCode::FAILURE
        }
    }
}

/// "building…" on a terminal when a build takes more than a moment.
fn progress(what: &'static str, verbosity: Verbosity) -> Arc<AtomicBool> {
    let done = Arc::new(AtomicBool::new(false));
    if verbosity != Verbosity::Quiet && std::io::stderr().is_terminal() {
        let flag = Arc::clone(&done);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(700));
            if !flag.load(Ordering::Relaxed) {
                eprintln!("{what}…");
            }
        });
    }
    done
}

pub fn check(
    options: &BuildOptions,
    external: Option<&fadaa::check::ExternalOptions>,
    json: bool,
) -> ExitCode {
    let checked = fadaa::check::check(options, external);
    let diagnostics = checked.diagnostics;
    let errors = print::count(&diagnostics, Severity::Error);
    let warnings = print::count(&diagnostics, Severity::Warning);
    if json {
        println!("{}", print::json(&diagnostics));
    } else {
        print::diagnostics(&options.root, &diagnostics, false);
        println!(
            "checked {}: {}, {}{}",
            options.root.display(),
            print::plural(errors, "error"),
            print::plural(warnings, "warning"),
            missing_translations_summary(&checked.missing_translations)
        );
    }
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// "; missing translations: ar 2, fr 1".
fn missing_translations_summary(per_lang: &std::collections::BTreeMap<String, usize>) -> String {
    if per_lang.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = per_lang.iter().map(|(l, n)| format!("{l} {n}")).collect();
    format!("; missing translations: {}", parts.join(", "))
}

pub fn new(root: &Path, kind: &str, slug: &str, lang: Option<&str>) -> ExitCode {
    let fail = |d: Diagnostic| {
        print::diagnostics(root, &[d], false);
        ExitCode::FAILURE
    };
    let Some(kind) = NewKind::parse(kind) else {
        return fail(
            Diagnostic::error(format!("`{kind}` is not a kind of item"))
                .help("use one of story, member, dataset, deliverable, page"),
        );
    };
    let options = BuildOptions {
        root: root.to_path_buf(),
        ..BuildOptions::default()
    };
    let mut diags = Diagnostics::new();
    let Some(config) = fadaa::config::load(&options, &mut diags) else {
        print::diagnostics(root, &diags.into_sorted(), false);
        return ExitCode::FAILURE;
    };
    let parsed = fadaa::parse::parse(&fadaa::discover::discover(&config, &mut diags), &mut diags);
    let first_of = |kind| {
        parsed
            .known
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, s)| s.clone())
    };
    let first_key = |wanted| {
        parsed
            .references
            .iter()
            .find(|(k, _)| *k == wanted)
            .and_then(|(_, list)| list.data.entries.keys().next().cloned())
    };
    let defaults = Defaults {
        member: first_of(fadaa::discover::Kind::Member),
        committee: first_key(fadaa::discover::RefKind::Committees),
        governorate: first_key(fadaa::discover::RefKind::Governorates),
        governorates: parsed
            .references
            .iter()
            .filter(|(k, _)| *k == fadaa::discover::RefKind::Governorates)
            .flat_map(|(_, list)| list.data.entries.keys().cloned())
            .collect(),
        today: config.today,
    };
    let files = match scaffold::files(&config, kind, slug, lang, &defaults) {
        Ok(f) => f,
        Err(d) => return fail(d),
    };
    for (path, text) in &files {
        let full = root.join(path);
        let written = full
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| std::fs::write(&full, text));
        if let Err(e) = written {
            return fail(Diagnostic::error(format!(
                "cannot write {}: {e}",
                path.display()
            )));
        }
        println!("wrote {}", path.display());
    }
    if kind == NewKind::Story {
        println!("the story is a draft (draft: true): `fadaa serve` shows it; remove that line to publish it");
    }
    ExitCode::SUCCESS
}

pub fn serve(options: ServeOptions, open: bool, verbosity: Verbosity) -> ExitCode {
    let root = options.build.root.clone();
    let result = fadaa::serve::serve(options, move |event| match event {
        Event::Listening(url) => {
            println!("serving on {url} (drafts and future items shown; Ctrl-C stops)");
            if open {
                open_browser(&url);
            }
        }
        Event::Built {
            pages,
            rendered,
            texts,
            timings,
            changed,
            removed,
            elapsed,
            first,
        } => {
            if first {
                println!("built {pages} pages in {} ms", elapsed.as_millis());
            } else if verbosity != Verbosity::Quiet {
                let list = if !changed.is_empty() && changed.len() <= 4 {
                    format!(": {}", changed.join(", "))
                } else {
                    String::new()
                };
                println!(
                    "rebuilt in {} ms: Markdown {} of {} texts, rendered {rendered} of {pages} pages, {} changed{}{}",
                    elapsed.as_millis(),
                    texts.0,
                    texts.1,
                    changed.len(),
                    if removed > 0 {
                        format!(", {removed} files removed")
                    } else {
                        String::new()
                    },
                    list
                );
            }
            if verbosity == Verbosity::Verbose {
                for (stage, took) in &timings {
                    println!("  {stage:<22} {:>7} ms", took.as_millis());
                }
            }
        }
        Event::Warnings(w) => print::diagnostics(&root, &w, false),
        Event::Indexed(took) => {
            if verbosity == Verbosity::Verbose {
                println!("  {:<22} {:>7} ms", "search index", took.as_millis());
            }
        }
        Event::Failed(diagnostics) => {
            print::diagnostics(&root, &diagnostics, false);
            eprintln!(
                "build failed: {}; still serving the last good build",
                print::plural(print::count(&diagnostics, Severity::Error), "error")
            );
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot serve: {e}");
            ExitCode::FAILURE
        }
    }
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(command).arg(url).spawn();
}
