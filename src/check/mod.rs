//! `fadaa check`: everything `build` validates, without writing, plus what
//! only a finished site shows — every internal link and anchor in every
//! generated page — and the state of translations: missing ones, and ones
//! that may be stale because their counterpart changed after them; and,
//! asked for, every link to another site (`--external`).
//!
//! `fadaa new` makes drafts, and a writer checks before publishing: so
//! drafts and future items are validated too, as `serve` shows them. The
//! site is checked twice when needed: as `build` would publish it (a link
//! to a draft is an error there), and with every draft and future item.

mod external;
mod links;
mod translations;

pub use external::ExternalOptions;
pub use links::percent_decode;

use crate::config::BuildOptions;
use crate::diag::{Diagnostic, Diagnostics};
use std::collections::BTreeMap;

/// What a check found.
#[derive(Debug, Default)]
pub struct Checked {
    /// Every diagnostic, sorted; errors make the check fail.
    pub diagnostics: Vec<Diagnostic>,
    /// Pages and stories without a version in each language, by language.
    pub missing_translations: BTreeMap<String, usize>,
    /// Pages and stories marked `draft: true` (checked, not published).
    pub drafts: usize,
}

/// With `external`, links to other sites are also asked over the network.
pub fn check(options: &BuildOptions, external: Option<&ExternalOptions>) -> Checked {
    let published = one_pass(options, external);
    let everything = (!options.drafts || !options.future).then(|| {
        let all = BuildOptions {
            drafts: true,
            future: true,
            ..options.clone()
        };
        one_pass(&all, None)
    });
    let mut diagnostics = Diagnostics::new();
    let mut missing_translations = BTreeMap::new();
    let mut drafts = 0;
    for pass in [Some(published), everything].into_iter().flatten() {
        diagnostics.extend(pass.diagnostics);
        // The widest site that rendered says what translations lack.
        if pass.missing_translations.is_some() {
            missing_translations = pass.missing_translations.unwrap_or_default();
        }
        drafts = drafts.max(pass.drafts);
    }
    Checked {
        diagnostics: diagnostics.into_sorted(),
        missing_translations,
        drafts,
    }
}

/// The site as far as `resolve`, whatever errors it has (None without
/// its settings).
fn resolved(options: &BuildOptions) -> Option<crate::site::Site> {
    let mut ignored = Diagnostics::new();
    let config = crate::config::load(options, &mut ignored)?;
    let files = crate::discover::discover(&config, &mut ignored);
    let parsed = crate::parse::parse(&files, &mut ignored);
    Some(crate::resolve::resolve(config, parsed, &mut ignored))
}

struct Pass {
    diagnostics: Vec<Diagnostic>,
    missing_translations: Option<BTreeMap<String, usize>>,
    drafts: usize,
}

fn one_pass(options: &BuildOptions, external: Option<&ExternalOptions>) -> Pass {
    let rendered = match crate::render_site(options) {
        Ok(r) => r,
        Err(mut diagnostics) => {
            // The translations are still worth knowing while there are
            // errors: read the site as far as resolving it.
            let missing_translations = resolved(options).map(|site| {
                let (warnings, missing) = translations::check(&site);
                diagnostics.extend(warnings);
                missing
            });
            return Pass {
                diagnostics,
                missing_translations,
                drafts: 0,
            };
        }
    };
    let mut all = rendered.warnings.clone();
    all.extend(links::check(&rendered));
    if let Some(external) = external {
        all.extend(external::check(&rendered, external));
    }
    let (warnings, missing_translations) = translations::check(&rendered.site);
    all.extend(warnings);
    let site = &rendered.site;
    let drafts = site
        .pages
        .iter()
        .filter(|p| p.by_lang.values().any(|v| v.front.draft))
        .count()
        + site
            .stories
            .iter()
            .filter(|s| s.by_lang.values().any(|v| v.front.draft))
            .count();
    Pass {
        diagnostics: all,
        missing_translations: Some(missing_translations),
        drafts,
    }
}
