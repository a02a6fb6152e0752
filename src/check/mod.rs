//! `fadaa check`: everything `build` validates, without writing, plus what
//! only a finished site shows — every internal link and anchor in every
//! generated page — and the state of translations: missing ones, and ones
//! that may be stale because their counterpart changed after them; and,
//! asked for, every link to another site (`--external`).

mod external;
mod links;
mod translations;

pub use external::ExternalOptions;
pub use links::percent_decode;

use crate::config::BuildOptions;
use crate::diag::Diagnostic;
use std::collections::BTreeMap;

/// What a check found.
#[derive(Debug, Default)]
pub struct Checked {
    /// Every diagnostic, sorted; errors make the check fail.
    pub diagnostics: Vec<Diagnostic>,
    /// Pages and stories without a version in each language, by language.
    pub missing_translations: BTreeMap<String, usize>,
}

/// With `external`, links to other sites are also asked over the network.
pub fn check(options: &BuildOptions, external: Option<&ExternalOptions>) -> Checked {
    let rendered = match crate::render_site(options) {
        Ok(r) => r,
        Err(diagnostics) => {
            return Checked {
                diagnostics,
                ..Checked::default()
            }
        }
    };
    let mut all = rendered.warnings.clone();
    all.extend(links::check(&rendered));
    if let Some(external) = external {
        all.extend(external::check(&rendered, external));
    }
    let (warnings, missing_translations) = translations::check(&rendered.site);
    all.extend(warnings);
    all.sort_by(|a, b| {
        (&a.file, a.pos.map(|p| (p.line, p.column)), &a.message).cmp(&(
            &b.file,
            b.pos.map(|p| (p.line, p.column)),
            &b.message,
        ))
    });
    Checked {
        diagnostics: all,
        missing_translations,
    }
}
