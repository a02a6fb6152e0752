//! Every page of a build, planned before any is rendered: what each
//! language's pages share (`Shared`, with its `Directory`), and one job
//! per page with its route.

use super::directory::Directory;
use super::jobs::{self, PageJob};
use super::kept::{self, KeptShared};
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
    /// Each page, with the index of its language.
    pub(super) jobs: Vec<(usize, PageJob)>,
    /// Every page's path after its language folder, with the languages
    /// that have it: the sitemap's entries and alternates.
    pub routes: BTreeMap<String, Vec<String>>,
    /// Pages per language, for the build summary.
    pub pages_per_lang: BTreeMap<String, usize>,
}

impl Plan {
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

/// Every page of every language, with what the language's pages share
/// (and the story cards `kept`, with a memo).
pub(super) fn plan(
    all_views: &[Views<'_>],
    templates: &Templates,
    strings: &Strings,
    kept: Option<(&mut KeptShared, &Digest)>,
) -> Plan {
    let mut plan = Plan {
        shared: shared(all_views, strings, kept),
        ..Plan::default()
    };
    let each_language = all_views
        .par_iter()
        .zip(&plan.shared)
        .map(|(views, shared)| {
            let mut lang_jobs = jobs::for_language(views, strings, shared);
            // Page types added after a theme was written are left out of a
            // theme that does not have their template.
            lang_jobs.retain(|j| {
                !OPTIONAL_TEMPLATES.contains(&j.template()) || templates.has(j.template())
            });
            lang_jobs
        });
    let each_language: Vec<Vec<PageJob>> = each_language.collect();
    for ((index, views), mut lang_jobs) in all_views.iter().enumerate().zip(each_language) {
        let lang = views.lang;
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
