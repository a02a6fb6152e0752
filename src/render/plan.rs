//! Every page of a build, planned before any is rendered: what each
//! language's pages share (`Shared`, with its `Directory`), and one job
//! per page with its route. With a memo, a language whose lists are as
//! they were (`kept::lists_key`) keeps the last plan's lists and jobs,
//! with the pages of the stories whose files changed made again.

use super::directory::Directory;
use super::jobs::{self, PageJob, Routes};
use super::kept::{self, KeptPlan, KeptShared};
use super::kind::PageKind;
use super::shared::Shared;
use super::views::story::StoryCard;
use crate::i18n::Strings;
use crate::memo::digest::Digest;
use crate::templates::Templates;
use crate::view::Views;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Every page of a build and what their variables are made from, computed
/// once per build before any page is rendered.
#[derive(Default)]
pub struct Plan {
    /// What many pages of one language show, per language.
    pub(super) shared: Vec<Shared>,
    /// Each page, with the index of its language (shared with the memo,
    /// which keeps them for the next build).
    pub(super) jobs: Vec<(usize, Arc<PageJob>)>,
    /// Every page's path after its language folder, with the languages
    /// that have it: the sitemap's entries and alternates.
    pub routes: Arc<Routes>,
    /// Pages per language, for the build summary.
    pub pages_per_lang: BTreeMap<String, usize>,
}

impl Plan {
    /// What many pages of each language show (its lists), per language.
    pub fn shared(&self) -> &[Shared] {
        &self.shared
    }

    /// The story cards of the language at `lang` in the settings' list,
    /// in the site's order of stories.
    pub fn story_cards(&self, lang: usize) -> Option<&[Arc<StoryCard>]> {
        self.shared.get(lang).map(|s| s.story_cards.as_slice())
    }

    /// Every page, the two outside the language folders included.
    pub fn pages(&self) -> usize {
        self.jobs.len()
    }
}

/// Templates a theme may leave out: their pages are then not made.
const OPTIONAL_TEMPLATES: [&str; 3] = ["stories-by.html", "services.html", "service.html"];

/// One language's part of the plan.
struct Language {
    shared: Shared,
    /// Its pages, the two outside the language folders last for the
    /// default language.
    jobs: Vec<Arc<PageJob>>,
    /// The routes of the plan it was kept from, when it was.
    routes: Option<Arc<Routes>>,
}

/// Every page of every language, with what the language's pages share
/// (and what is `kept` of the last plan, with a memo, left holding this
/// one's).
pub(super) fn plan(
    all_views: &[Views<'_>],
    templates: &Templates,
    strings: &Strings,
    kept: Option<(&mut KeptShared, &Digest)>,
) -> Plan {
    let (languages, kept) = match kept {
        None => {
            let each = all_views.par_iter().map(|views| {
                let directory = Arc::new(Directory::new(views, strings, None));
                let shared = Shared::new(views, strings, kept::made(views), directory);
                made(views, strings, templates, shared)
            });
            (each.collect(), None)
        }
        Some((kept, digest)) => {
            let (languages, keys) = with_kept(all_views, templates, strings, kept, digest);
            (languages, Some((kept, digest, keys)))
        }
    };
    let kept_routes = languages.iter().map(|l| l.routes.as_ref());
    let kept_routes: Option<Vec<&Arc<Routes>>> = kept_routes.collect();
    // Every language kept from the same plan: every job's path is as it
    // was, so are the routes.
    let routes = match kept_routes.as_deref() {
        Some([first, rest @ ..]) if rest.iter().all(|r| Arc::ptr_eq(r, first)) => Arc::clone(first),
        _ => Arc::new(routes(all_views, &languages)),
    };
    if let Some((kept, digest, keys)) = kept {
        keep(all_views, &languages, &keys, &routes, kept, digest);
    }
    let mut plan = Plan {
        routes,
        ..Plan::default()
    };
    for ((index, views), language) in all_views.iter().enumerate().zip(languages) {
        let in_folder = language.jobs.iter().filter(|j| j.fixed_output.is_none());
        let count = in_folder.count();
        plan.pages_per_lang.insert(views.lang.code.clone(), count);
        plan.jobs
            .extend(language.jobs.into_iter().map(|j| (index, j)));
        plan.shared.push(language.shared);
    }
    plan
}

/// Each language's part, from the last plan's when its lists are as they
/// were (taken from `kept`), with what its lists are made from
/// (`kept::lists_key`).
fn with_kept(
    all_views: &[Views<'_>],
    templates: &Templates,
    strings: &Strings,
    kept: &mut KeptShared,
    digest: &Digest,
) -> (Vec<Language>, Vec<u64>) {
    let mut each: Vec<_> = all_views
        .iter()
        .map(|v| kept.remove(&v.lang.code).unwrap_or_default())
        .collect();
    let languages = all_views.par_iter().zip(each.par_iter_mut());
    let languages = languages.map(|(views, k)| {
        let cards = kept::cards(views, k, digest);
        let key = kept::lists_key(views, &cards, digest, templates.key());
        let language = match k.plan.take().filter(|p| p.key == key) {
            Some(last) => again(views, strings, last, cards, digest),
            None => {
                let directory = kept::directory(views, strings, k, digest);
                let shared = Shared::new(views, strings, cards, directory);
                made(views, strings, templates, shared)
            }
        };
        (language, key)
    });
    let languages = languages.unzip();
    let code = |v: &Views<'_>| v.lang.code.clone();
    kept.extend(all_views.iter().map(code).zip(each));
    languages
}

/// Leave each language's part of this plan in `kept`, for the next.
fn keep(
    all_views: &[Views<'_>],
    languages: &[Language],
    keys: &[u64],
    routes: &Arc<Routes>,
    kept: &mut KeptShared,
    digest: &Digest,
) {
    let each = all_views.iter().zip(languages).zip(keys);
    for ((views, language), &key) in each {
        let Some(k) = kept.get_mut(&views.lang.code) else {
            continue;
        };
        let (shared, jobs) = (&language.shared, &language.jobs);
        let routes = Arc::clone(routes);
        k.plan = Some(KeptPlan::of(views, key, shared, jobs, routes, digest));
    }
}

/// A language's jobs, made from its `shared` lists.
fn made(views: &Views<'_>, strings: &Strings, templates: &Templates, shared: Shared) -> Language {
    let mut lang_jobs = jobs::for_language(views, strings, &shared);
    // Page types added after a theme was written are left out of a theme
    // that does not have their template.
    lang_jobs
        .retain(|j| !OPTIONAL_TEMPLATES.contains(&j.template()) || templates.has(j.template()));
    if views.lang.code == views.site.config.default_language {
        lang_jobs.extend(jobs::special_pages(views, strings));
    }
    let jobs = lang_jobs.into_iter().map(Arc::new).collect();
    Language {
        shared,
        jobs,
        routes: None,
    }
}

/// A language's part as `last` planned it, with this build's `cards`, and
/// the pages of the stories whose files changed made again (what else a
/// job reads is under the lists' key: `kept::lists_key`).
fn again(
    views: &Views<'_>,
    strings: &Strings,
    last: KeptPlan,
    cards: Vec<Arc<StoryCard>>,
    digest: &Digest,
) -> Language {
    let shared = last.shared.with_cards(cards);
    let stories = &views.site.stories;
    let changed = |i: usize| digest.story(&stories[i].slug) != last.stories[i];
    let jobs = last.jobs.into_iter().map(|job| match job.kind {
        PageKind::Story(i) if changed(i) => Arc::new(jobs::story_again(
            views,
            strings,
            &shared,
            i,
            &job.breadcrumbs,
        )),
        _ => job,
    });
    let jobs = jobs.collect();
    Language {
        shared,
        jobs,
        routes: Some(last.routes),
    }
}

/// Every page's path after its language folder, with the languages that
/// have it.
fn routes(all_views: &[Views<'_>], languages: &[Language]) -> Routes {
    let mut routes = Routes::new();
    for (views, language) in all_views.iter().zip(languages) {
        let in_folder = language.jobs.iter().filter(|j| j.fixed_output.is_none());
        for job in in_folder {
            let code = views.lang.code.clone();
            match routes.get_mut(&job.rest) {
                Some(langs) => langs.push(code),
                None => drop(routes.insert(job.rest.clone(), vec![code])),
            }
        }
    }
    routes
}
