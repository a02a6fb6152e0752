//! `check --external`: every link of the generated pages that leaves the
//! site, asked once over the network. Off by default: a build never needs
//! the network, and a routine check must not fail because a far server is
//! slow today.
//!
//! Each address is asked with HEAD (no body to download), then with GET if
//! the server does not answer HEAD properly; redirects are followed. A
//! broken link is reported where it is written in `content/` when it can
//! be found there (file, line, column), else with the pages that show it.

use super::links::attribute_values;
use crate::diag::{Diagnostic, Pos};
use crate::discover::Role;
use crate::msg;
use crate::Rendered;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::time::Duration;

/// How `check --external` asks.
#[derive(Debug, Clone)]
pub struct ExternalOptions {
    /// Longest wait for one address, redirects included.
    pub timeout: Duration,
    /// Addresses asked at the same time (the work is waiting, not computing).
    pub parallel: usize,
    /// Addresses starting with one of these are not asked (a site known
    /// to refuse robots, an intranet).
    pub skip: Vec<String>,
}

impl Default for ExternalOptions {
    fn default() -> Self {
        ExternalOptions {
            timeout: Duration::from_secs(15),
            parallel: 16,
            skip: Vec::new(),
        }
    }
}

/// What asking an address gave, when it is not a working link.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Problem {
    /// The server answered with this status.
    Status(u16),
    /// No answer: name not found, connection refused, timeout, TLS…
    Unreachable(String),
}

pub fn check(rendered: &Rendered, options: &ExternalOptions) -> Vec<Diagnostic> {
    let mut links = external_links(rendered);
    links.retain(|url, _| !options.skip.iter().any(|p| url.starts_with(p.as_str())));
    let mut by_host: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for url in links.keys() {
        by_host.entry(host(url)).or_default().push(url);
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .http_status_as_error(false)
        .max_redirects(10)
        .user_agent(concat!("fadaa-check/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    // Sites are asked in parallel, the links of one site one after the
    // other: a site with 350 links is not flooded.
    let ask_host = |(host, urls): (&&str, &Vec<&str>)| ask_site(&agent, host, urls);
    let findings: Vec<Finding> = match rayon::ThreadPoolBuilder::new()
        .num_threads(options.parallel.max(1))
        .build()
    {
        Ok(pool) => pool.install(|| by_host.par_iter().flat_map_iter(ask_host).collect()),
        Err(_) => by_host.iter().flat_map(ask_host).collect(),
    };
    let sources = if findings.is_empty() {
        Vec::new()
    } else {
        content_sources(&rendered.site.config)
    };
    findings
        .into_iter()
        .map(|finding| match finding {
            Finding::Link(url, problem) => report(&url, &problem, &links[&url], &sources),
            Finding::Site(host, why, count) => Diagnostic::error(msg!(
                "external-site-unreachable",
                host = host,
                why = why,
                count = count
            ))
            .help(msg!("external-site-unreachable-help")),
        })
        .collect()
}

enum Finding {
    Link(String, Problem),
    /// A site that did not answer its first address: the other
    /// addresses on it are not asked (the count is of all of them).
    Site(String, String, usize),
}

/// `https://www.example.tn:8080/a?b` → `www.example.tn:8080`.
fn host(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}

fn ask_site(agent: &ureq::Agent, host: &str, urls: &[&str]) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut answered = false;
    for url in urls {
        match ask(agent, url) {
            None => answered = true,
            Some(Problem::Unreachable(why)) if !answered && urls.len() > 1 => {
                return vec![Finding::Site(host.to_string(), why, urls.len())];
            }
            Some(problem) => {
                answered |= matches!(problem, Problem::Status(_));
                found.push(Finding::Link(url.to_string(), problem));
            }
        }
    }
    found
}

/// Every `http(s)://` address in an `href` or `src` of a page, with the
/// pages that hold it; the site's own absolute addresses (canonical,
/// alternates) are internal and checked by the internal pass.
fn external_links(rendered: &Rendered) -> BTreeMap<String, Vec<String>> {
    let own = rendered.site.config.base_url.as_str();
    let mut links: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (page, bytes) in &rendered.files {
        if !page.ends_with(".html") {
            continue;
        }
        for url in attribute_values(&String::from_utf8_lossy(bytes), &["href", "src"]) {
            let external = url.starts_with("http://") || url.starts_with("https://");
            if external && !url.starts_with(own) {
                let pages = links.entry(url).or_default();
                if pages.last() != Some(page) {
                    pages.push(page.clone());
                }
            }
        }
    }
    links
}

fn ask(agent: &ureq::Agent, url: &str) -> Option<Problem> {
    // The fragment is the browser's business, not the server's.
    let url = url.split('#').next().unwrap_or(url);
    let status = match agent.head(url).call() {
        Ok(r) if r.status().is_success() || r.status().is_redirection() => return None,
        // Many servers refuse or mishandle HEAD: ask again the usual way.
        Ok(_) => match agent.get(url).call() {
            Ok(r) => r.status().as_u16(),
            Err(e) => return Some(Problem::Unreachable(e.to_string())),
        },
        Err(e) => return Some(Problem::Unreachable(e.to_string())),
    };
    (status >= 400).then_some(Problem::Status(status))
}

fn report(
    url: &str,
    problem: &Problem,
    pages: &[String],
    sources: &[(String, String)],
) -> Diagnostic {
    // Where the link is not written in content/ (a template's), the
    // message names the first page that shows it and how many others.
    let on = written_at(url, sources).is_none();
    let page = pages.first().cloned().unwrap_or_default();
    let others = pages.len().saturating_sub(1);
    let what = match (problem, on) {
        (Problem::Status(404 | 410), false) => {
            msg!(
                "external-link-gone",
                url = url,
                status = status_text(problem)
            )
        }
        (Problem::Status(404 | 410), true) => msg!(
            "external-link-gone-on",
            url = url,
            status = status_text(problem),
            page = page,
            others = others
        ),
        (Problem::Status(_), false) => {
            msg!(
                "external-link-broken",
                url = url,
                status = status_text(problem)
            )
        }
        (Problem::Status(_), true) => msg!(
            "external-link-broken-on",
            url = url,
            status = status_text(problem),
            page = page,
            others = others
        ),
        (Problem::Unreachable(why), false) => {
            msg!("external-link-unreachable", url = url, why = why)
        }
        (Problem::Unreachable(why), true) => msg!(
            "external-link-unreachable-on",
            url = url,
            why = why,
            page = page,
            others = others
        ),
    };
    let help = msg!("external-link-help");
    match written_at(url, sources) {
        Some((file, pos)) => Diagnostic::error(what)
            .in_file(file)
            .at(Some(pos))
            .help(help),
        None => Diagnostic::error(what).help(help),
    }
}

fn status_text(problem: &Problem) -> String {
    match problem {
        Problem::Status(code) => {
            let reason = match code {
                400 => " Bad Request",
                401 => " Unauthorized",
                403 => " Forbidden",
                404 => " Not Found",
                410 => " Gone",
                429 => " Too Many Requests",
                500 => " Internal Server Error",
                502 => " Bad Gateway",
                503 => " Service Unavailable",
                504 => " Gateway Timeout",
                _ => "",
            };
            format!("{code}{reason}")
        }
        Problem::Unreachable(why) => why.clone(),
    }
}

/// The Markdown and YAML files of `content/` (as the build finds them), to
/// find where a link is written. Read only when some link is broken.
fn content_sources(config: &crate::config::Config) -> Vec<(String, String)> {
    crate::discover::discover(config, &mut crate::diag::Diagnostics::new())
        .into_iter()
        .filter(|f| !matches!(f.role, Role::BundleFile { .. }))
        .filter_map(|f| Some((f.rel, std::fs::read_to_string(&f.path).ok()?)))
        .collect()
}

/// The first file and position where `url` is written.
fn written_at(url: &str, sources: &[(String, String)]) -> Option<(String, Pos)> {
    sources.iter().find_map(|(file, text)| {
        let offset = text.find(url)?;
        Some((file.clone(), Pos::of_offset(text, offset)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_found_where_it_is_written() {
        let sources = vec![
            (
                "content/a.fr.md".to_string(),
                "intro\n\nvoir [ici](https://x.tn/p) et\n".to_string(),
            ),
            ("content/b.fr.md".to_string(), "https://x.tn/p".to_string()),
        ];
        let (file, pos) = written_at("https://x.tn/p", &sources).unwrap();
        assert_eq!(file, "content/a.fr.md");
        assert_eq!((pos.line, pos.column), (3, 12));
        assert!(written_at("https://y.tn/", &sources).is_none());
    }

    #[test]
    fn links_are_grouped_by_site() {
        assert_eq!(
            host("https://www.example.tn:8080/a?b"),
            "www.example.tn:8080"
        );
        assert_eq!(host("http://x.tn?q"), "x.tn");
        assert_eq!(host("https://x.tn#top"), "x.tn");
    }

    #[test]
    fn a_broken_link_not_in_content_names_its_pages() {
        let pages = vec!["fr/index.html".to_string(), "ar/index.html".to_string()];
        let d = report("https://x.tn/", &Problem::Status(503), &pages, &[]);
        assert!(d.file.is_none());
        assert!(
            d.message.to_string().contains("503 Service Unavailable"),
            "{}",
            d.message
        );
        assert!(
            d.message
                .to_string()
                .contains("on fr/index.html and one other page"),
            "{}",
            d.message
        );
    }
}
