//! The `fadaa` command: arguments, printing, exit code. Everything else is
//! in the library.

use clap::{Parser, Subcommand};
use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{
    self,
    termcolor::{ColorChoice, StandardStream},
};
use fadaa::config::BuildOptions;
use fadaa::diag::{Diagnostic, Severity};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

#[derive(Parser)]
#[command(
    name = "fadaa",
    version,
    about = "Builds the Réseau Espace Citoyen's bilingual Arabic/French site"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder (public/ by default).
    Build {
        /// The site folder (holding content/, themes/, assets/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site; default: <root>/public.
        #[arg(long)]
        output: Option<PathBuf>,
        /// Overrides base_url from content/site.yaml (e.g. https://host/reseau/).
        #[arg(long)]
        base_url: Option<String>,
        /// Also publish items marked `draft: true`.
        #[arg(long)]
        drafts: bool,
        /// Also publish items dated after today.
        #[arg(long)]
        future: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            drafts,
            future,
        } => {
            let options = BuildOptions {
                root,
                output,
                base_url,
                drafts,
                future,
                today: None,
            };
            build(&options)
        }
    }
}

fn build(options: &BuildOptions) -> ExitCode {
    let started = Instant::now();
    match fadaa::build(options) {
        Ok(report) => {
            print_diagnostics(&options.root, &report.warnings);
            let pages: Vec<String> = report
                .pages_per_lang
                .iter()
                .map(|(l, n)| format!("{n} {l}"))
                .collect();
            println!(
                "built {} pages ({}), {} files copied, into {} in {} ms",
                report.pages_per_lang.values().sum::<usize>(),
                pages.join(", "),
                report.written.copied,
                report.output.display(),
                started.elapsed().as_millis()
            );
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            print_diagnostics(&options.root, &diagnostics);
            let errors = diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count();
            eprintln!(
                "build failed: {errors} error{}; nothing was written, the previous output is unchanged",
                if errors == 1 { "" } else { "s" }
            );
            ExitCode::FAILURE
        }
    }
}

/// Each diagnostic as `file:line:col`, the source line and a caret.
fn print_diagnostics(root: &Path, diagnostics: &[Diagnostic]) {
    use std::io::IsTerminal;
    let color = if std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let writer = StandardStream::stderr(color);
    let config = term::Config::default();
    let mut files = SimpleFiles::new();
    for d in diagnostics {
        let mut report = match d.severity {
            Severity::Error => Report::error(),
            Severity::Warning => Report::warning(),
            Severity::Note => Report::note(),
        }
        .with_message(&d.message);
        if let Some(help) = &d.help {
            report = report.with_notes(vec![format!("help: {help}")]);
        }
        if let (Some(file), Some(pos)) = (&d.file, d.pos) {
            let source = std::fs::read(root.join(file))
                .map(|b| String::from_utf8_lossy(&b).replace("\r\n", "\n"))
                .unwrap_or_default();
            let start = byte_offset(&source, pos.line, pos.column);
            let end = source[start..]
                .find('\n')
                .map_or(source.len(), |i| start + i.max(1))
                .min(source.len());
            let id = files.add(file.clone(), source);
            report = report.with_labels(vec![Label::primary(id, start..end.max(start))]);
        } else if let Some(file) = &d.file {
            report = report.with_notes(vec![format!("in {file}")]);
        }
        let _ = term::emit_to_write_style(&mut writer.lock(), &config, &files, &report);
    }
}

fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line_text = text[line_start.min(text.len())..]
        .lines()
        .next()
        .unwrap_or("");
    line_start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(i, _)| i)
}
