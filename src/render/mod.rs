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
mod readers;
mod reads;
mod renderer;
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
use crate::memo::pages::{Pages, Readers, Stamp};
use crate::msg;
use crate::resources::Resources;
use crate::site::Site;
use crate::templates::{error_chain, Templates};
use crate::view::Views;
pub use jobs::PageJob;
pub use kept::KeptShared;
use kind::PageKind;
pub use plan::Plan;
use renderer::Renderer;
use rustc_hash::FxHashMap;
pub use shared::Shared;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
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
    /// With a previous build: which pages read which stories, for the next.
    pub readers: Option<Readers>,
    /// When nothing but stories changed since the previous build (the
    /// same `readers::frame`): per language, per story (in the site's
    /// order), whether what a page or feed may read of it changed.
    pub changed_stories: Option<Vec<Vec<bool>>>,
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
    let mut output = renderer.pages(diags);
    output.plan = plan;
    output
}

impl Output {
    fn add(&mut self, page: Page, record: Option<&mut Readers>) {
        let stamp = page.stamp;
        if let Some(readers) = record {
            readers.pages.push(page.stories);
        }
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
    /// What it was made from, with a previous build.
    stamp: Stamp,
    /// The stories it read (`reads`), for the kinds of page that have it.
    stories: Option<Arc<[u32]>>,
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
