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
    Build(BuildArgs),
    /// Build in memory, serve on loopback, rebuild and reload on every save.
    Serve(ServeArgs),
    /// Validate everything, links, anchors and translations; write nothing.
    Check(CheckArgs),
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

// The arguments of `build`, `serve` and `check`. Their comments are `//`:
// clap would take a doc comment for the command's description.

#[derive(Args)]
struct BuildArgs {
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
}

#[derive(Args)]
struct ServeArgs {
    #[command(flatten)]
    site: Site,
    #[arg(long, default_value_t = 1111)]
    port: u16,
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
}

#[derive(Args)]
struct CheckArgs {
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
}

impl BuildArgs {
    fn run(self, lang: Option<&str>, verbosity: Verbosity) -> ExitCode {
        let locale = cli::locale(lang, &self.site.root);
        let options = BuildOptions {
            root: self.site.root,
            output: self.output,
            base_url: self.base_url,
            drafts: self.drafts,
            future: self.future,
            today: None,
            force: self.force,
            local_editor: false,
            precompress: !self.no_precompress,
        };
        cli::build(&options, verbosity, locale)
    }
}

impl ServeArgs {
    /// Drafts and future items are shown, and the editor at `/admin/`
    /// saves to the site's folder.
    fn run(self, lang: Option<&str>, verbosity: Verbosity) -> ExitCode {
        let locale = cli::locale(lang, &self.site.root);
        let build = BuildOptions {
            root: self.site.root,
            drafts: true,
            future: true,
            local_editor: true,
            ..BuildOptions::default()
        };
        let options = ServeOptions {
            build,
            bind: self.bind,
            port: self.port,
        };
        cli::serve(options, self.open, verbosity, locale)
    }
}

impl CheckArgs {
    fn run(self, lang: Option<&str>) -> ExitCode {
        let locale = cli::locale(lang, &self.site.root);
        let options = BuildOptions {
            root: self.site.root,
            drafts: self.drafts,
            future: self.future,
            ..BuildOptions::default()
        };
        let external = self.external.then(|| ExternalOptions {
            timeout: std::time::Duration::from_secs(self.timeout),
            skip: self.skip,
            ..ExternalOptions::default()
        });
        let json = matches!(self.format, Format::Json);
        cli::check(&options, external.as_ref(), json, locale)
    }
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
    let lang = cli.lang.as_deref();
    match cli.command {
        Command::Build(args) => args.run(lang, verbosity),
        Command::Serve(args) => args.run(lang, verbosity),
        Command::Check(args) => args.run(lang),
        Command::Init { dir } => {
            let locale = cli::locale(lang, &dir);
            cli::setup::init(&dir, locale)
        }
        Command::Theme {
            action: ThemeAction::Eject,
            dir,
            site,
        } => {
            let locale = cli::locale(lang, &site.root);
            cli::setup::eject(&site.root, dir.as_deref(), locale)
        }
        Command::New { kind, slug, site } => {
            // `--lang` is the item's language here; FADAA_LANG, if set,
            // stays the messages' one.
            let speech = std::env::var("FADAA_LANG").ok().or(cli.lang.clone());
            let locale = cli::locale(speech.as_deref(), &site.root);
            cli::new(&site.root, &kind, &slug, lang, locale)
        }
    }
}
