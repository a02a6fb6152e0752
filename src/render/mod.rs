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
use crate::memo::{Digest, Pages};
use crate::msg;
use crate::resources::Resources;
use crate::site::Site;
use crate::templates::{error_chain, Templates};
use crate::view::Views;
use directory::Directory;
pub use jobs::PageJob;
pub use kept::KeptShared;
use kind::PageKind;
use rayon::prelude::*;
use shared::Shared;
use std::collections::{BTreeMap, BTreeSet, HashMap};
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
    /// Each page's fingerprint, when a previous build was given.
    pub fingerprints: HashMap<String, u64>,
    /// Files exactly as in the build in service (`memo`), left out of
    /// `files`: copying and comparing 300 MB of unchanged pages was a
    /// third of a `serve` rebuild at 10,000 pages.
    pub kept: BTreeSet<String>,
    /// Pages rendered (the others were taken from the previous build).
    pub rendered: usize,
}

/// Every page of a build and what their variables are made from, computed
/// once per build before any page is rendered.
#[derive(Default)]
pub struct Plan {
    /// What many pages of one language show, per language.
    shared: Vec<Shared>,
    /// Each page, with the index of its language.
    jobs: Vec<(usize, PageJob)>,
    /// Every page's path after its language folder, with the languages
    /// that have it: the sitemap's entries and alternates.
    pub routes: BTreeMap<String, Vec<String>>,
    /// Pages per language, for the build summary.
    pub pages_per_lang: BTreeMap<String, usize>,
}

impl Plan {
    /// The story cards of the language at `lang` in the settings' list,
    /// in the site's order of stories.
    pub fn story_cards(&self, lang: usize) -> Option<&[StoryCard]> {
        self.shared.get(lang).map(|s| s.story_cards.as_slice())
    }

    /// Every page, the two outside the language folders included.
    pub fn pages(&self) -> usize {
        self.jobs.len()
    }
}

/// Templates a theme may leave out: their pages are then not made.
const OPTIONAL_TEMPLATES: [&str; 3] = ["stories-by.html", "services.html", "service.html"];

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
    let plan = plan(&all_views, templates, strings, kept_cards);
    let bases = |vars: fn() -> Variables| -> Vec<Variables> {
        let views = all_views.iter();
        views.map(|v| base_context(v, strings, vars())).collect()
    };
    let renderer = Renderer {
        views: &all_views,
        plan: &plan,
        bases: bases(Variables::context),
        hash_bases: previous.map(|_| {
            let bases = bases(Variables::fingerprint_only).into_iter();
            bases.map(Variables::sealed).collect()
        }),
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
        let fingerprint = self.fingerprint(index, job);
        let kept = self
            .previous
            .zip(fingerprint)
            .is_some_and(|(p, f)| p.is_kept(&path, f));
        if kept {
            // Only the published names of static files changed (a
            // stylesheet edited): the page as it was, with the new names.
            let renamed = self.previous.and_then(|p| p.renamed(&path));
            let made = renamed.map_or(PageBytes::Kept, PageBytes::Bytes);
            return Ok(Page {
                path,
                made,
                fingerprint,
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
            rendered: true,
        })
    }

    /// With a memo, a hash of what the page is made from: its variables,
    /// or, for the kinds of page that have one, the hash of what they
    /// read (`reads`), which spares building them.
    fn fingerprint(&self, index: usize, job: &PageJob) -> Option<u64> {
        let mut vars = self.hash_bases.as_ref()?[index].clone();
        let (views, shared) = (&self.views[index], &self.plan.shared[index]);
        page_variables(&mut vars, views, job, &shared.nav, &self.plan.routes);
        let read = self.digest.and_then(|d| reads::key(job, views, shared, d));
        match read {
            Some(key) => vars.mix_key(key),
            None => fill::fill(&mut vars, job, views, shared, self.strings),
        }
        vars.mix_key(self.templates.key_of(job.template()));
        vars.fingerprint()
    }
}

impl Output {
    fn add(&mut self, page: Page) {
        if let Some(f) = page.fingerprint {
            self.fingerprints.insert(page.path.clone(), f);
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

/// Every page of every language, with what the language's pages share
/// (and the story cards `kept`, with a memo).
fn plan(
    all_views: &[Views<'_>],
    templates: &Templates,
    strings: &Strings,
    kept: Option<(&mut KeptShared, &Digest)>,
) -> Plan {
    let mut plan = Plan {
        shared: shared(all_views, strings, kept),
        ..Plan::default()
    };
    for (index, views) in all_views.iter().enumerate() {
        let lang = views.lang;
        let mut lang_jobs = jobs::for_language(views, strings, &plan.shared[index]);
        // Page types added after a theme was written are left out of a
        // theme that does not have their template.
        lang_jobs
            .retain(|j| !OPTIONAL_TEMPLATES.contains(&j.template()) || templates.has(j.template()));
        for job in &lang_jobs {
            plan.routes
                .entry(job.rest.clone())
                .or_default()
                .push(lang.code.clone());
        }
        plan.pages_per_lang
            .insert(lang.code.clone(), lang_jobs.len());
        if lang.code == views.site.config.default_language {
            lang_jobs.extend(jobs::special_pages(views, strings));
        }
        plan.jobs.extend(lang_jobs.into_iter().map(|j| (index, j)));
    }
    plan
}

/// What each language's pages share, from what is `kept` when there is a
/// memo, which is left holding this build's.
fn shared(
    all_views: &[Views<'_>],
    strings: &Strings,
    kept: Option<(&mut KeptShared, &Digest)>,
) -> Vec<Shared> {
    let Some((kept, digest)) = kept else {
        let shared = all_views.par_iter().map(|v| {
            let directory = Arc::new(Directory::new(v, strings));
            Shared::new(v, strings, kept::made(v), directory)
        });
        return shared.collect();
    };
    let code = |v: &Views<'_>| v.lang.code.clone();
    let mut each: Vec<_> = all_views
        .iter()
        .map(|v| kept.remove(&v.lang.code).unwrap_or_default())
        .collect();
    let shared = all_views.par_iter().zip(each.par_iter_mut());
    let shared = shared
        .map(|(v, k)| {
            let directory = kept::directory(v, strings, k, digest);
            Shared::new(v, strings, kept::cards(v, k, digest), directory)
        })
        .collect();
    kept.extend(all_views.iter().map(code).zip(each));
    shared
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
