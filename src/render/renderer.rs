//! Each page of a build made, or kept from the build in service: with
//! a memo, a page whose read hash (`reads`) or variables hash as they did
//! is kept, and one that read no changed story is not even visited
//! (`readers`).

use super::jobs::PageJob;
use super::variables::Variables;
use super::views::page::page_variables;
use super::{fill, readers, reads, render_page, Output, Page, PageBytes, Plan};
use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Strings;
use crate::memo::digest::Digest;
use crate::memo::pages::{Pages, Readers, Stamp};
use crate::templates::Templates;
use crate::view::Views;
use rayon::prelude::*;
use std::sync::Arc;

/// What rendering each page needs, the same for every page.
pub(super) struct Renderer<'a> {
    pub(super) views: &'a [Views<'a>],
    pub(super) plan: &'a Plan,
    /// Each language's variables every page has, for a context; and,
    /// with a memo, for a fingerprint.
    pub(super) bases: Vec<Variables>,
    pub(super) hash_bases: Option<Vec<Variables>>,
    /// Each language's `hash_bases` as one hash (`read_key`).
    pub(super) base_keys: Vec<u64>,
    pub(super) previous: Option<&'a Pages>,
    pub(super) digest: Option<&'a Digest>,
    pub(super) staging: Option<&'a crate::output::Staging>,
    pub(super) templates: &'a Templates,
    pub(super) strings: &'a Strings,
}

impl Renderer<'_> {
    /// Every page: with a previous build, those that read only stories it
    /// did not change are kept without a visit (`readers`).
    pub(super) fn pages(&self, diags: &mut Diagnostics) -> Output {
        let recorded = self.recorded();
        let jobs = self.plan.jobs.len();
        let skip = self.previous.zip(recorded.as_ref());
        let skip = skip
            .and_then(|(pages, (frame, stories))| readers::Skip::new(pages, *frame, stories, jobs));
        let page = |(j, (index, job)): (usize, &(usize, Arc<PageJob>))| {
            let path = || job.output_path(&self.views[*index].lang.code);
            let kept = skip.as_ref().and_then(|s| s.page(j, *index, path));
            kept.map_or_else(|| self.page(*index, job), Ok)
        };
        let results: Vec<Result<Page, Diagnostic>> =
            self.plan.jobs.par_iter().enumerate().map(page).collect();
        let mut output = Output {
            changed_stories: skip.as_ref().map(|s| s.changed().to_vec()),
            ..Output::default()
        };
        let mut record = recorded.map(|(frame, stories)| Readers {
            frame,
            stories,
            pages: Vec::with_capacity(jobs),
        });
        for result in results {
            match result {
                Ok(page) => output.add(page, record.as_mut()),
                Err(d) => diags.push(d),
            }
        }
        // A page that failed has no record: the next build visits all.
        output.readers = record.filter(|r| r.pages.len() == jobs);
        output
    }

    /// With a memo, this build's frame and stories' hashes (`readers`).
    fn recorded(&self) -> Option<(u64, Vec<Vec<u64>>)> {
        self.previous?;
        let digest = self.digest?;
        let (views, plan) = (self.views, self.plan);
        let frame = readers::frame(views, plan, &self.base_keys, self.templates, digest);
        Some((frame, readers::stories(views, plan, digest)))
    }

    /// One page: with a memo, its variables are hashed first (most pages
    /// did not change, and their context need not be built), and a page
    /// as it was is kept.
    fn page(&self, index: usize, job: &PageJob) -> Result<Page, Diagnostic> {
        let views = &self.views[index];
        let shared = &self.plan.shared[index];
        let routes = &self.plan.routes;
        let path = job.output_path(&views.lang.code);
        let Hashes {
            stamp,
            stories,
            kept,
        } = self.hashes(index, job, &path);
        if kept {
            // Only the published names of static files changed (a
            // stylesheet edited): the page as it was, with the new names.
            let renamed = self.previous.and_then(|p| p.renamed(&path));
            let made = renamed.map_or(PageBytes::Kept, PageBytes::Bytes);
            return Ok(Page {
                path,
                made,
                stamp,
                stories,
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
            stamp,
            stories,
            rendered: true,
        })
    }

    /// With a memo, the page's hashes (what it reads, for the kinds of
    /// page that have it; its variables) and whether the page in service
    /// can be kept. What it reads as it was, its variables are as they
    /// were, and are not built: the last build's fingerprint is theirs.
    /// Else its variables decide: an edit to a tag's name changes what
    /// every list page reads (`Digest::others_but_members`), not what
    /// most of them show.
    fn hashes(&self, index: usize, job: &PageJob, path: &str) -> Hashes {
        let (Some(previous), Some(hash_bases)) = (self.previous, self.hash_bases.as_ref()) else {
            return Hashes::default();
        };
        let (views, shared) = (&self.views[index], &self.plan.shared[index]);
        let own = self.digest.and_then(|d| reads::key(job, views, shared, d));
        let read = own.as_ref().map(|own| self.read_key(index, job, own.key));
        let stories = own.map(|own| Arc::from(own.stories));
        let same = read.and_then(|r| previous.kept_by_read(path, r));
        if let Some(fingerprint) = same {
            let stamp = Stamp {
                fingerprint: Some(fingerprint),
                read,
            };
            let kept = true;
            return Hashes {
                stamp,
                stories,
                kept,
            };
        }
        // What every page has (its address and title, the navigation).
        let mut common = hash_bases[index].clone();
        page_variables(&mut common, views, job, &shared.nav, &self.plan.routes);
        let fill = |v: &mut Variables| fill::fill(v, job, views, shared, self.strings);
        let fingerprint = self.hash(common, job, fill);
        let kept = fingerprint.is_some_and(|f| previous.is_kept(path, f));
        let stamp = Stamp { fingerprint, read };
        Hashes {
            stamp,
            stories,
            kept,
        }
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

/// What a page was made from, and whether the page in service is it.
#[derive(Default)]
struct Hashes {
    stamp: Stamp,
    /// The stories it read, for the kinds of page with a read hash.
    stories: Option<Arc<[u32]>>,
    kept: bool,
}
