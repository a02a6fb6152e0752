//! The `fadaa` command: arguments and exit code. The sub-commands are in
//! `cli/`; everything else is in the library.

mod cli;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use cli::Verbosity;
use fadaa::check::ExternalOptions;
use fadaa::config::BuildOptions;
use fadaa::serve::ServeOptions;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

/// A build allocates and frees millions of small strings and JSON values
/// across threads; glibc's allocator was a fifth of the profile.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "fadaa",
    version,
    about = "Builds the Réseau Espace Citoyen's bilingual Arabic/French site"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Print errors only.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print what the build did (conversions, file counts).
    #[arg(long, short, global = true)]
    verbose: bool,
    /// Language of the messages: ar, fr or en (default: FADAA_LANG, else
    /// the site's default language); for `new`, also the only language
    /// to create.
    #[arg(long, global = true, value_name = "ar|fr|en")]
    lang: Option<String>,
}

#[derive(Args, Clone)]
struct Site {
    /// The site folder (holding content/, themes/, assets/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into its output folder (public/ by default).
    Build {
        #[command(flatten)]
        site: Site,
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
        /// Rebuild even if nothing changed since the output was built.
        #[arg(long)]
        force: bool,
        /// Do not write .br and .gz copies beside text files.
        #[arg(long)]
        no_precompress: bool,
    },
    /// Build in memory, serve on loopback, rebuild and reload on every save.
    Serve {
        #[command(flatten)]
        site: Site,
        #[arg(long, default_value_t = 1111)]
        port: u16,
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
    },
    /// Validate everything, links, anchors and translations; write nothing.
    Check {
        #[command(flatten)]
        site: Site,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Also ask every link to another site over the network (off by
        /// default: slow, and a far server's bad day is not your error).
        #[arg(long)]
        external: bool,
        /// With --external: seconds to wait for one address.
        #[arg(long, default_value_t = 15, requires = "external")]
        timeout: u64,
        /// With --external: do not ask addresses starting with this
        /// (repeatable), e.g. --skip https://intranet.commune.tn/
        #[arg(long, requires = "external")]
        skip: Vec<String>,
        /// Also validate as if drafts were published (they are validated
        /// anyway; this also counts links to them as published).
        #[arg(long)]
        drafts: bool,
        /// The same for items dated after today.
        #[arg(long)]
        future: bool,
    },
    /// Create a new bilingual site in a folder, ready to build and serve.
    Init {
        /// The folder to create the site in (new or empty).
        dir: PathBuf,
    },
    /// `theme eject [DIR]`: write the built-in theme out to change it
    /// (default: <root>/themes/espace).
    Theme {
        action: ThemeAction,
        /// The folder to write the theme into.
        dir: Option<PathBuf>,
        #[command(flatten)]
        site: Site,
    },
    /// Create a new item from a template, in every language.
    New {
        /// story, member, dataset, deliverable, page, service or event.
        kind: String,
        /// Its slug: lowercase letters, digits and `-`.
        slug: String,
        #[command(flatten)]
        site: Site,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ThemeAction {
    Eject,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let speaking = cli::speech::early_locale(&args);
    let command = cli::speech::localized(Cli::command(), speaking);
    let cli = match command
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(err) => return cli::speech::report(err, speaking),
    };
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    match cli.command {
        Command::Build {
            site,
            output,
            base_url,
            drafts,
            future,
            force,
            no_precompress,
        } => {
            let locale = cli::locale(cli.lang.as_deref(), &site.root);
            let options = BuildOptions {
                root: site.root,
                output,
                base_url,
                drafts,
                future,
                today: None,
                force,
                local_editor: false,
                precompress: !no_precompress,
            };
            cli::build(&options, verbosity, locale)
        }
        Command::Serve {
            site,
            port,
            bind,
            open,
        } => {
            let locale = cli::locale(cli.lang.as_deref(), &site.root);
            let build = BuildOptions {
                root: site.root,
                drafts: true,
                future: true,
                local_editor: true,
                ..BuildOptions::default()
            };
            cli::serve(ServeOptions { build, bind, port }, open, verbosity, locale)
        }
        Command::Check {
            site,
            format,
            external,
            timeout,
            skip,
            drafts,
            future,
        } => {
            let locale = cli::locale(cli.lang.as_deref(), &site.root);
            let options = BuildOptions {
                root: site.root,
                drafts,
                future,
                ..BuildOptions::default()
            };
            let external = external.then(|| ExternalOptions {
                timeout: std::time::Duration::from_secs(timeout),
                skip,
                ..ExternalOptions::default()
            });
            cli::check(
                &options,
                external.as_ref(),
                matches!(format, Format::Json),
                locale,
            )
        }
        Command::Init { dir } => {
            let locale = cli::locale(cli.lang.as_deref(), &dir);
            cli::setup::init(&dir, locale)
        }
        Command::Theme {
            action: ThemeAction::Eject,
            dir,
            site,
        } => {
            let locale = cli::locale(cli.lang.as_deref(), &site.root);
            cli::setup::eject(&site.root, dir.as_deref(), locale)
        }
        Command::New { kind, slug, site } => {
            let speech = std::env::var("FADAA_LANG").ok().or(cli.lang.clone());
            let locale = cli::locale(speech.as_deref(), &site.root);
            cli::new(&site.root, &kind, &slug, cli.lang.as_deref(), locale)
        }
    }
}
