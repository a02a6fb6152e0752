//! clap's words in the reader's language. clap has no message catalog, so
//! for Arabic and French every help text, heading and usage line is set
//! from ours after the derive has built the command, and clap's errors
//! (an unknown option, a bad value) are said again from ours. English
//! keeps the derive's own doc comments.

use super::print;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use fadaa::messages::{plain, Locale};
use fadaa::msg;
use std::path::Path;
use std::process::ExitCode;

/// The locale, read before clap parses (its own help is in it too):
/// `--lang` (for `new`, its content language), else what `cli::locale`
/// finds from `FADAA_LANG`, the site (`--root`) and the system.
pub fn early_locale(args: &[String]) -> Locale {
    let value_of = |name: &str| {
        args.iter().enumerate().find_map(|(i, a)| {
            a.strip_prefix(&format!("{name}="))
                .map(str::to_string)
                .or_else(|| (a == name).then(|| args.get(i + 1).cloned()).flatten())
        })
    };
    let is_new = args.get(1).is_some_and(|a| a == "new");
    let flag = value_of("--lang").filter(|_| !is_new || std::env::var("FADAA_LANG").is_err());
    let root = value_of("--root").unwrap_or_else(|| ".".into());
    super::locale(flag.as_deref(), Path::new(&root))
}

/// Arguments, by id, and the catalog id of their help.
const ARG_HELP: &[(&str, &str)] = &[
    ("quiet", "cli-arg-quiet"),
    ("verbose", "cli-arg-verbose"),
    ("root", "cli-arg-root"),
    ("output", "cli-arg-output"),
    ("base_url", "cli-arg-base-url"),
    ("drafts", "cli-arg-drafts"),
    ("future", "cli-arg-future"),
    ("force", "cli-arg-force"),
    ("no_precompress", "cli-arg-no-precompress"),
    ("lang", "cli-arg-lang"),
    ("port", "cli-arg-port"),
    ("bind", "cli-arg-bind"),
    ("open", "cli-arg-open"),
    ("format", "cli-arg-format"),
    ("external", "cli-arg-external"),
    ("timeout", "cli-arg-timeout"),
    ("skip", "cli-arg-skip"),
    ("kind", "cli-arg-kind"),
    ("slug", "cli-arg-slug"),
    ("dir", "cli-arg-dir"),
    ("action", "cli-arg-action"),
];

/// Arguments that take a value, and the catalog id of the value's name.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("root", "cli-value-folder"),
    ("output", "cli-value-folder"),
    ("base_url", "cli-value-url"),
    ("port", "cli-value-port"),
    ("bind", "cli-value-address"),
    ("format", "cli-value-format"),
    ("timeout", "cli-value-seconds"),
    ("skip", "cli-value-prefix"),
    ("kind", "cli-value-kind"),
    ("slug", "cli-value-slug"),
    ("dir", "cli-value-folder"),
    ("action", "cli-value-action"),
];

/// The command with every word in `locale`.
pub fn localized(command: Command, locale: Locale) -> Command {
    if locale == Locale::En {
        return command;
    }
    let command = words(command, locale, "cli-about", "fadaa", true);
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    subcommands.into_iter().fold(command, |command, name| {
        command.mut_subcommand(&name, |sub| {
            let about = match name.as_str() {
                "build" => "cli-build-about",
                "serve" => "cli-serve-about",
                "check" => "cli-check-about",
                "init" => "cli-init-about",
                "theme" => "cli-theme-about",
                _ => "cli-new-about",
            };
            words(sub, locale, about, &format!("fadaa {name}"), false)
        })
    })
}

/// `command` with its words in `locale`: its description, each
/// argument's help and value name, its usage line and help layout. `root`
/// is `fadaa` itself, which lists commands rather than arguments.
fn words(command: Command, locale: Locale, about: &'static str, name: &str, root: bool) -> Command {
    let command = argument_words(command, locale);
    let (template, usage_line) = if root {
        root_layout(locale)
    } else {
        sub_layout(&command, locale, name)
    };
    let command = if root {
        command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(plain(locale, "cli-arg-version")),
        )
    } else {
        command
    };
    command
        .about(plain(locale, about))
        .help_template(template)
        .override_usage(usage_line)
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(plain(locale, "cli-arg-help")),
        )
}

/// Each argument's help, and the name of its value, in `locale`.
fn argument_words(mut command: Command, locale: Locale) -> Command {
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let Some((_, help)) = ARG_HELP.iter().find(|(arg, _)| *arg == id) else {
            continue;
        };
        let help = plain(locale, help);
        let value_name = VALUE_NAMES
            .iter()
            .find(|(arg, _)| *arg == id)
            .map(|(_, name)| plain(locale, name));
        command = command.mut_arg(id.as_str(), |a| {
            let takes_value = a.get_action().takes_values();
            // clap writes "[possible values: …]" in English: our help
            // texts name the values.
            let a = a
                .help(help)
                .hide_default_value(takes_value)
                .hide_possible_values(takes_value);
            match value_name {
                Some(name) => a.value_name(name),
                None => a,
            }
        });
    }
    command
}

/// `fadaa`'s help template and usage line: its commands, then options.
fn root_layout(locale: Locale) -> (String, String) {
    let options = plain(locale, "cli-options");
    let options_heading = plain(locale, "cli-options-heading");
    let usage = plain(locale, "cli-usage");
    let template = format!(
        "{{about-with-newline}}\n{usage} {{usage}}\n\n{}\n{{subcommands}}\n\n{options_heading}\n{{options}}\n",
        plain(locale, "cli-commands")
    );
    let usage_line = format!("fadaa [{options}] <{}>", plain(locale, "cli-command"));
    (template, usage_line)
}

/// A command's help template and usage line, its positional arguments
/// written as clap would, in our words.
fn sub_layout(command: &Command, locale: Locale, name: &str) -> (String, String) {
    let options = plain(locale, "cli-options");
    let options_heading = plain(locale, "cli-options-heading");
    let usage = plain(locale, "cli-usage");
    let positionals: String = command
        .get_positionals()
        .map(|a| {
            let id = a.get_id().as_str();
            let word = VALUE_NAMES
                .iter()
                .find(|(arg, _)| *arg == id)
                .map_or_else(|| id.to_string(), |(_, name)| plain(locale, name));
            if a.is_required_set() {
                format!(" <{word}>")
            } else {
                format!(" [{word}]")
            }
        })
        .collect();
    let template = format!("{{about-with-newline}}\n{usage} {{usage}}\n\n{options_heading}\n{{positionals}}\n{{options}}\n");
    let usage_line = format!("{name} [{options}]{positionals}");
    (template, usage_line)
}

/// clap's error said again in `locale` (help and version are printed as
/// they are).
pub fn report(err: clap::Error, locale: Locale) -> ExitCode {
    if matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) || locale == Locale::En
    {
        let _ = err.print();
        return if err.use_stderr() {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        };
    }
    let context = |kind| match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(s)) => s.join(", "),
        _ => String::new(),
    };
    let message = match err.kind() {
        ErrorKind::UnknownArgument => {
            msg!(
                "cli-error-unknown-argument",
                argument = context(ContextKind::InvalidArg)
            )
        }
        ErrorKind::InvalidSubcommand => {
            msg!(
                "cli-error-unknown-command",
                command = context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => msg!(
            "cli-error-invalid-value",
            value = context(ContextKind::InvalidValue),
            argument = context(ContextKind::InvalidArg)
        ),
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
            msg!(
                "cli-error-missing",
                argument = context(ContextKind::InvalidArg)
            )
        }
        _ => msg!("cli-error-other", detail = err.kind().to_string()),
    };
    let suggested = context(ContextKind::SuggestedArg) + &context(ContextKind::SuggestedSubcommand);
    let help = if suggested.is_empty() {
        msg!("cli-error-help")
    } else {
        msg!("did-you-mean", name = suggested)
    };
    let label = plain(locale, "label-error");
    eprintln!(
        "{}",
        print::line(locale, &format!("{label}: {}", message.text(locale)))
    );
    let help_label = plain(locale, "label-help");
    eprintln!(
        "  = {}",
        print::line(locale, &format!("{help_label}: {}", help.text(locale)))
    );
    ExitCode::from(2)
}
