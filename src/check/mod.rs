//! `fadaa check`: everything `build` validates, without writing, plus what
//! only a finished site shows — every internal link and anchor in every
//! generated page — and the state of translations: missing ones, and ones
//! that may be stale because their counterpart changed after them.

mod links;
mod translations;

pub use links::percent_decode;

use crate::config::BuildOptions;
use crate::diag::Diagnostic;

/// Every diagnostic of a check, sorted; errors make the check fail.
pub fn check(options: &BuildOptions) -> Vec<Diagnostic> {
    let rendered = match crate::render_site(options) {
        Ok(r) => r,
        Err(diags) => return diags,
    };
    let mut all = rendered.warnings.clone();
    all.extend(links::check(&rendered));
    all.extend(translations::check(&rendered.site));
    all.sort_by(|a, b| {
        (&a.file, a.pos.map(|p| (p.line, p.column)), &a.message).cmp(&(
            &b.file,
            b.pos.map(|p| (p.line, p.column)),
            &b.message,
        ))
    });
    all
}
