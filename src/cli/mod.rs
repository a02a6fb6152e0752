//! The `fadaa` command's sub-commands: each turns its arguments into a
//! library call and prints the outcome. The library never prints.

pub mod print;
pub mod setup;
pub mod speech;

use fadaa::config::BuildOptions;
use fadaa::diag::{Diagnostic, Diagnostics, Severity};
use fadaa::messages::{self, Locale, Message};
use fadaa::msg;
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

/// The language fadaa speaks in: `--lang`, else `FADAA_LANG`, else the
/// site's default language, else the system's (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`) when it is Arabic or French, else English.
pub fn locale(flag: Option<&str>, root: &Path) -> Locale {
    let env = |name: &str| std::env::var(name).ok().and_then(|v| Locale::from_code(&v));
    flag.and_then(Locale::from_code)
        .or_else(|| env("FADAA_LANG"))
        .or_else(|| site_language(root))
        .or_else(|| env("LC_ALL"))
        .or_else(|| env("LC_MESSAGES"))
        .or_else(|| env("LANG"))
        .unwrap_or(Locale::En)
}

/// `default_language:` of content/site.yaml, read on its own so that
/// even a broken settings file is reported in the site's language.
fn site_language(root: &Path) -> Option<Locale> {
    let text = fadaa::inputs::read_to_string(&root.join(fadaa::config::SITE_FILE)).ok()?;
    text.lines().find_map(|line| {
        let value = line.strip_prefix("default_language:")?;
        Locale::from_code(value.trim().trim_matches(['"', '\'']))
    })
}

pub(crate) fn say(locale: Locale, message: Message) {
    println!("{}", print::line(locale, &message.text(locale)));
}

fn say_err(locale: Locale, message: Message) {
    eprintln!("{}", print::line(locale, &message.text(locale)));
}

pub fn build(options: &BuildOptions, verbosity: Verbosity, locale: Locale) -> ExitCode {
    let started = Instant::now();
    let done = progress(messages::plain(locale, "build-progress"), verbosity);
    let result = fadaa::build(options);
    done.store(true, Ordering::Relaxed);
    match result {
        Ok(report) if report.unchanged.is_some() => {
            if verbosity != Verbosity::Quiet {
                print::unchanged(&report, started.elapsed(), locale);
            }
            ExitCode::SUCCESS
        }
        Ok(report) => {
            let shown: Vec<Diagnostic> = report
                .warnings
                .into_iter()
                .filter(|d| verbosity != Verbosity::Quiet || d.severity != Severity::Note)
                .collect();
            print::diagnostics(&options.root, &shown, verbosity != Verbosity::Quiet, locale);
            if verbosity == Verbosity::Quiet {
                return ExitCode::SUCCESS;
            }
            let pages: Vec<String> = report
                .pages_per_lang
                .iter()
                .map(|(l, n)| format!("{n} {l}"))
                .collect();
            say(
                locale,
                msg!(
                    "build-done",
                    pages = report.pages_per_lang.values().sum::<usize>(),
                    per_lang = pages.join(", "),
                    copied = report.written.copied,
                    output = report.output.display().to_string(),
                    ms = started.elapsed().as_millis() as u64,
                    warnings = print::count(&shown, Severity::Warning)
                ),
            );
            if verbosity == Verbosity::Verbose {
                say(
                    locale,
                    msg!(
                        "build-files",
                        generated = report.written.generated,
                        copied = report.written.copied,
                        resized = report.images_resized,
                        cached = report.images_from_cache
                    ),
                );
                for (stage, took) in &report.timings {
                    println!("  {stage:<22} {:>7} ms", took.as_millis());
                }
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            print::diagnostics(
                &options.root,
                &diagnostics,
                verbosity != Verbosity::Quiet,
                locale,
            );
            let errors = print::count(&diagnostics, Severity::Error);
            say_err(locale, msg!("build-failed", errors = errors));
            ExitCode::FAILURE
        }
    }
}

/// "building…" on a terminal when a build takes more than a moment.
fn progress(what: String, verbosity: Verbosity) -> Arc<AtomicBool> {
    let done = Arc::new(AtomicBool::new(false));
    if verbosity != Verbosity::Quiet && std::io::stderr().is_terminal() {
        let flag = Arc::clone(&done);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(700));
            if !flag.load(Ordering::Relaxed) {
                eprintln!("{what}");
            }
        });
    }
    done
}

pub fn check(
    options: &BuildOptions,
    external: Option<&fadaa::check::ExternalOptions>,
    json: bool,
    locale: Locale,
) -> ExitCode {
    let checked = fadaa::check::check(options, external);
    let diagnostics = checked.diagnostics;
    let errors = print::count(&diagnostics, Severity::Error);
    let warnings = print::count(&diagnostics, Severity::Warning);
    if json {
        println!("{}", print::json(&diagnostics, locale));
    } else {
        print::diagnostics(&options.root, &diagnostics, false, locale);
        if checked.drafts > 0 {
            say(locale, msg!("check-drafts", count = checked.drafts));
        }
        say(
            locale,
            msg!(
                "check-summary",
                root = options.root.display().to_string(),
                errors = errors,
                warnings = warnings
            ),
        );
        if !checked.missing_translations.is_empty() {
            let parts: Vec<String> = checked
                .missing_translations
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            say(
                locale,
                msg!("check-missing-translations", list = parts.join(", ")),
            );
        }
    }
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

pub fn new(root: &Path, kind: &str, slug: &str, lang: Option<&str>, locale: Locale) -> ExitCode {
    let fail = |d: Diagnostic| {
        print::diagnostics(root, &[d], false, locale);
        ExitCode::FAILURE
    };
    let Some(kind) = NewKind::parse(kind) else {
        return fail(
            Diagnostic::error(msg!("new-kind-unknown", kind = kind)).help(msg!(
                "use-one-of",
                choices = "story, member, dataset, deliverable, page, service, event"
            )),
        );
    };
    let options = BuildOptions {
        root: root.to_path_buf(),
        ..BuildOptions::default()
    };
    let mut diags = Diagnostics::new();
    let Some(config) = fadaa::config::load(&options, &mut diags) else {
        print::diagnostics(root, &diags.into_sorted(), false, locale);
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
            return fail(Diagnostic::error(msg!(
                "new-cannot-write",
                file = path.display().to_string(),
                detail = e.to_string()
            )));
        }
        say(locale, msg!("new-wrote", file = path.display().to_string()));
    }
    if kind == NewKind::Story {
        say(locale, msg!("new-story-draft"));
    }
    say(locale, msg!("new-fill-in"));
    ExitCode::SUCCESS
}

pub fn serve(options: ServeOptions, open: bool, verbosity: Verbosity, locale: Locale) -> ExitCode {
    let root = options.build.root.clone();
    let result = fadaa::serve::serve(options, move |event| match event {
        Event::Listening(url) => {
            say(locale, msg!("serve-listening", url = url.as_str()));
            if open {
                open_browser(&url);
            }
        }
        Event::Exposed(urls) if urls.is_empty() => {
            say_err(locale, msg!("serve-exposed-everywhere"))
        }
        Event::Exposed(urls) => say_err(locale, msg!("serve-exposed", urls = urls.join(" "))),
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
                say(
                    locale,
                    msg!(
                        "serve-built",
                        pages = pages,
                        ms = elapsed.as_millis() as u64
                    ),
                );
            } else if verbosity != Verbosity::Quiet {
                let list = if !changed.is_empty() && changed.len() <= 4 {
                    format!(": {}", changed.join(", "))
                } else {
                    String::new()
                };
                say(
                    locale,
                    msg!(
                        "serve-rebuilt",
                        ms = elapsed.as_millis() as u64,
                        texts = texts.0,
                        all_texts = texts.1,
                        rendered = rendered,
                        pages = pages,
                        changed = changed.len(),
                        removed = removed,
                        list = list
                    ),
                );
            }
            if verbosity == Verbosity::Verbose {
                for (stage, took) in &timings {
                    println!("  {stage:<22} {:>7} ms", took.as_millis());
                }
            }
        }
        Event::Warnings(w) => print::diagnostics(&root, &w, false, locale),
        Event::Indexed(took) => {
            if verbosity == Verbosity::Verbose {
                println!("  {:<22} {:>7} ms", "search index", took.as_millis());
            }
        }
        Event::Failed(diagnostics) => {
            print::diagnostics(&root, &diagnostics, false, locale);
            let errors = print::count(&diagnostics, Severity::Error);
            say_err(locale, msg!("serve-failed", errors = errors));
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            say_err(locale, msg!("serve-cannot", detail = e.to_string()));
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
