//! Render every page of every language through the templates, in parallel.
//! The result is in memory (path → bytes); only `output` touches the disk.

mod collation;
mod directory;
mod fill;
mod jobs;
mod kept;
mod kind;
mod language;
mod paginate;
mod plan;
mod reads;
mod shared;
mod variables;
mod views;
mod written;

/// The calendar files, which `derive` writes beside the pages.
pub use views::event as events;

use crate::content::Content;
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Strings;
use crate::memo::digest::Digest;
use crate::memo::pages::{Pages, Stamp};
use crate::msg;
use crate::resources::Resources;
use crate::site::Site;
use crate::templates::{error_chain, Templates};
use crate::view::Views;
pub use jobs::PageJob;
pub use kept::KeptShared;
use kind::PageKind;
pub use plan::Plan;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use shared::Shared;
use std::collections::{BTreeMap, BTreeSet};
use variables::Variables;
use views::page::{base_context, page_variables};
pub use views::story::StoryCard;

/// Generated files, by site-relative path.
#[derive(Default)]
pub struct Output {
    pub files: BTreeMap<String, Vec<u8>>,
    /// The pages this build made, kept by `serve` to render one again.
    pub plan: Plan,
    /// What each page was made from (its fingerprint, and what it reads
    /// for the kinds of page that have it: `reads`), when a previous
    /// build was given.
    pub stamps: FxHashMap<String, Stamp>,
    /// Files exactly as in the build in service (`memo`), left out of
    /// `files`: copying and comparing 300 MB of unchanged pages was a
    /// third of a `serve` rebuild at 10,000 pages.
    pub kept: BTreeSet<String>,
    /// Pages rendered (the others were taken from the previous build).
    pub rendered: usize,
}

/// The build in service (`serve`'s memo): its pages and story cards;
/// and what this build's pages are made from, hashed (`reads`).
pub struct Previous<'a> {
    pub pages: &'a Pages,
    pub shared: &'a mut KeptShared,
    pub digest: &'a Digest,
}

/// Where rendered pages go.
pub enum Keep<'a> {
    /// Into `Output::files`, reusing the previous build's unchanged pages
    /// when there is one (`serve`), fingerprinting every page then.
    Memory(Option<Previous<'a>>),
    /// Straight to disk as each is rendered (`build`): the site's HTML is
    /// never all in memory.
    Stream(&'a crate::output::Staging),
}

pub fn render(
    site: &Site,
    content: &Content,
    data: &Resources,
    templates: &Templates,
    strings: &Strings,
    keep: Keep<'_>,
    diags: &mut Diagnostics,
) -> Output {
    let (previous, staging) = match keep {
        Keep::Memory(previous) => (previous, None),
        Keep::Stream(staging) => (None, Some(staging)),
    };
    let all_views = views_of(site, content, data);
    let (previous, digest, kept_cards) = match previous {
        Some(p) => (Some(p.pages), Some(p.digest), Some((p.shared, p.digest))),
        None => (None, None, None),
    };
    let plan = plan::plan(&all_views, templates, strings, kept_cards);
    let bases = |vars: fn() -> Variables| -> Vec<Variables> {
        let views = all_views.iter();
        views.map(|v| base_context(v, strings, vars())).collect()
    };
    let hash_bases: Option<Vec<Variables>> = previous.map(|_| {
        let bases = bases(Variables::fingerprint_only).into_iter();
        bases.map(Variables::sealed).collect()
    });
    let base_keys = hash_bases.iter().flatten();
    let base_keys = base_keys.map(|b| b.fingerprint().unwrap_or_default());
    let renderer = Renderer {
        views: &all_views,
        plan: &plan,
        bases: bases(Variables::context),
        base_keys: base_keys.collect(),
        hash_bases,
        previous,
        digest,
        staging,
        templates,
        strings,
    };
    let results: Vec<Result<Page, Diagnostic>> = plan
        .jobs
        .par_iter()
        .map(|(index, job)| renderer.page(*index, job))
        .collect();
    let mut output = Output::default();
    for result in results {
        match result {
            Ok(page) => output.add(page),
            Err(d) => diags.push(d),
        }
    }
    output.plan = plan;
    output
}

/// What rendering each page needs, the same for every page.
struct Renderer<'a> {
    views: &'a [Views<'a>],
    plan: &'a Plan,
    /// Each language's variables every page has, for a context; and,
    /// with a memo, for a fingerprint.
    bases: Vec<Variables>,
    hash_bases: Option<Vec<Variables>>,
    /// Each language's `hash_bases` as one hash (`read_key`).
    base_keys: Vec<u64>,
    previous: Option<&'a Pages>,
    digest: Option<&'a Digest>,
    staging: Option<&'a crate::output::Staging>,
    templates: &'a Templates,
    strings: &'a Strings,
}

impl Renderer<'_> {
    /// One page: with a memo, its variables are hashed first (most pages
    /// did not change, and their context need not be built), and a page
    /// as it was is kept.
    fn page(&self, index: usize, job: &PageJob) -> Result<Page, Diagnostic> {
        let views = &self.views[index];
        let shared = &self.plan.shared[index];
        let routes = &self.plan.routes;
        let path = job.output_path(&views.lang.code);
        let (read, fingerprint, kept) = self.hashes(index, job, &path);
        if kept {
            // Only the published names of static files changed (a
            // stylesheet edited): the page as it was, with the new names.
            let renamed = self.previous.and_then(|p| p.renamed(&path));
            let made = renamed.map_or(PageBytes::Kept, PageBytes::Bytes);
            return Ok(Page {
                path,
                made,
                fingerprint,
                read,
                rendered: false,
            });
        }
        let base = self.bases[index].clone();
        let ctx = fill(views, job, shared, routes, self.strings, base);
        let html = render_page(views, job, self.templates, ctx.into_context())?;
        let made = match self.staging {
            Some(staging) => {
                staging.write(&path, &html)?;
                PageBytes::Written
            }
            None => {
                // Kept until the next build (serve): without the room
                // left for a bigger page (`fit`).
                PageBytes::Bytes(crate::fit::bytes(html))
            }
        };
        Ok(Page {
            path,
            made,
            fingerprint,
            read,
            rendered: true,
        })
    }

    /// With a memo, the page's hashes (what it reads, for the kinds of
    /// page that have it; its variables) and whether the page in service
    /// can be kept. What it reads as it was, its variables are as they
    /// were, and are not built: the last build's fingerprint is theirs.
    /// Else its variables decide: an edit to a member's name changes
    /// what every story's page reads (`Digest::others`), not what most
    /// of them show.
    fn hashes(&self, index: usize, job: &PageJob, path: &str) -> (Option<u64>, Option<u64>, bool) {
        let Some(previous) = self.previous else {
            return (None, None, false);
        };
        let (views, shared) = (&self.views[index], &self.plan.shared[index]);
        let Some(hash_bases) = self.hash_bases.as_ref() else {
            return (None, None, false);
        };
        let own = self.digest.and_then(|d| reads::key(job, views, shared, d));
        let read = own.map(|own| self.read_key(index, job, own));
        let same = read.and_then(|r| previous.kept_by_read(path, r));
        if let Some(fingerprint) = same {
            return (read, Some(fingerprint), true);
        }
        // What every page has (its address and title, the navigation).
        let mut common = hash_bases[index].clone();
        page_variables(&mut common, views, job, &shared.nav, &self.plan.routes);
        let fill = |v: &mut Variables| fill::fill(v, job, views, shared, self.strings);
        let fingerprint = self.hash(common, job, fill);
        let kept = fingerprint.is_some_and(|f| previous.is_kept(path, f));
        (read, fingerprint, kept)
    }

    /// A page's read hash: what it reads (`own`), and what its common
    /// variables are made from (its language's base variables, its job,
    /// its navigation, the languages that have it) and its template's
    /// key, hashed as they are: the variables are not built for it.
    fn read_key(&self, index: usize, job: &PageJob, own: u64) -> u64 {
        let nav = self.plan.shared[index].nav.key_of(job);
        let languages = self.plan.routes.get(&job.rest);
        let template = self.templates.key_of(job.template());
        crate::fingerprint::of(&(self.base_keys[index], job, nav, languages, own, template))
    }

    /// The hash of `vars` with the page's own part (`own`: its variables,
    /// or the hash of what it reads) and its template's key.
    fn hash(
        &self,
        mut vars: Variables,
        job: &PageJob,
        own: impl FnOnce(&mut Variables),
    ) -> Option<u64> {
        own(&mut vars);
        vars.mix_key(self.templates.key_of(job.template()));
        vars.fingerprint()
    }
}

impl Output {
    fn add(&mut self, page: Page) {
        let stamp = Stamp {
            fingerprint: page.fingerprint,
            read: page.read,
        };
        if stamp != Stamp::default() {
            self.stamps.insert(page.path.clone(), stamp);
        }
        self.rendered += usize::from(page.rendered);
        match page.made {
            PageBytes::Kept => {
                self.kept.insert(page.path);
            }
            PageBytes::Bytes(bytes) => {
                self.files.insert(page.path, bytes);
            }
            PageBytes::Written => {}
        }
    }
}

/// Render again, from a build's plan, the pages of the languages `langs`
/// that show the body of one page or story (`serve`, after an edit that
/// changed only that body): their output paths and new bytes.
pub fn render_showing(
    all_views: &[Views<'_>],
    templates: &Templates,
    strings: &Strings,
    plan: &Plan,
    (kind, slug): (crate::discover::Kind, &str),
    langs: &[String],
) -> Result<Vec<(String, Vec<u8>)>, Diagnostic> {
    let Some(site) = all_views.first().map(|v| v.site) else {
        return Ok(Vec::new());
    };
    let wanted = match kind {
        crate::discover::Kind::Story => site.stories.iter().position(|s| s.slug == slug),
        crate::discover::Kind::Page => site.pages.iter().position(|p| p.slug == slug),
        _ => None,
    };
    let shows = |vars: &PageKind| match (kind, vars) {
        (crate::discover::Kind::Story, PageKind::Story(i))
        | (crate::discover::Kind::Page, PageKind::Page(i)) => Some(*i) == wanted,
        _ => false,
    };
    plan.jobs
        .iter()
        .filter(|(index, job)| shows(&job.kind) && langs.contains(&all_views[*index].lang.code))
        .map(|(index, job)| {
            let views = &all_views[*index];
            let base = base_context(views, strings, Variables::context());
            let ctx = fill(
                views,
                job,
                &plan.shared[*index],
                &plan.routes,
                strings,
                base,
            );
            let html = render_page(views, job, templates, ctx.into_context())?;
            Ok((job.output_path(&views.lang.code), crate::fit::bytes(html)))
        })
        .collect()
}

/// The views of every language, in the site's order (`Plan`'s indices).
pub fn views_of<'a>(site: &'a Site, content: &'a Content, data: &'a Resources) -> Vec<Views<'a>> {
    site.config
        .languages
        .iter()
        .map(|lang| Views {
            site,
            content,
            data,
            lang,
        })
        .collect()
}

/// One page's variables, on top of its language's `base`.
fn fill(
    views: &Views<'_>,
    job: &PageJob,
    shared: &Shared,
    routes: &BTreeMap<String, Vec<String>>,
    strings: &Strings,
    mut vars: Variables,
) -> Variables {
    page_variables(&mut vars, views, job, &shared.nav, routes);
    fill::fill(&mut vars, job, views, shared, strings);
    vars
}

struct Page {
    path: String,
    made: PageBytes,
    fingerprint: Option<u64>,
    read: Option<u64>,
    /// Whether its template was rendered (not kept or patched).
    rendered: bool,
}

/// What became of a page's bytes.
enum PageBytes {
    /// As in the build in service (`memo`).
    Kept,
    Bytes(Vec<u8>),
    /// Written to the staging folder.
    Written,
}

/// Room for a typical page (20 to 40 KB) without growing the buffer
/// from nothing.
const PAGE_BYTES: usize = 32 * 1024;

fn render_page(
    views: &Views<'_>,
    job: &PageJob,
    templates: &Templates,
    ctx: tera::Context,
) -> Result<Vec<u8>, Diagnostic> {
    let lang = views.lang;
    // Written as bytes: `render` would check the whole page is UTF-8 to
    // make a String of it (2 % of a build), and only bytes are written.
    let mut html = Vec::with_capacity(PAGE_BYTES);
    templates
        .for_lang(&lang.code)
        .render_to(job.template(), &ctx, &mut html)
        .map(|()| html)
        .map_err(|err| {
            Diagnostic::error(msg!(
                "render-failed",
                page = job.output_path(&lang.code),
                template = job.template(),
                detail = error_chain(&err)
            ))
            .in_file(templates.file_of(job.template()))
            .help(msg!("render-failed-help"))
        })
}
