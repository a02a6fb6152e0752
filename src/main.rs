//! The `fadaa` command: arguments and exit code. The sub-commands are in
//! `cli/`; everything else is in the library.

mod cli;

use clap::{Args, Parser, Subcommand, ValueEnum};
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
    },
    /// Create a new item from a template, in every language.
    New {
        /// story, member, dataset, deliverable or page.
        kind: String,
        /// Its slug: lowercase letters, digits and `-`.
        slug: String,
        /// Only this language (for stories and pages).
        #[arg(long)]
        lang: Option<String>,
        #[command(flatten)]
        site: Site,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        } => {
            let options = BuildOptions {
                root: site.root,
                output,
                base_url,
                drafts,
                future,
                today: None,
                force,
            };
            cli::build(&options, verbosity)
        }
        Command::Serve {
            site,
            port,
            bind,
            open,
        } => {
            let build = BuildOptions {
                root: site.root,
                drafts: true,
                future: true,
                ..BuildOptions::default()
            };
            cli::serve(ServeOptions { build, bind, port }, open, verbosity)
        }
        Command::Check {
            site,
            format,
            external,
            timeout,
            skip,
        } => {
            let options = BuildOptions {
                root: site.root,
                ..BuildOptions::default()
            };
            let external = external.then(|| ExternalOptions {
                timeout: std::time::Duration::from_secs(timeout),
                skip,
                ..ExternalOptions::default()
            });
            cli::check(&options, external.as_ref(), matches!(format, Format::Json))
        }
        Command::New {
            kind,
            slug,
            lang,
            site,
        } => cli::new(&site.root, &kind, &slug, lang.as_deref()),
    }
}
