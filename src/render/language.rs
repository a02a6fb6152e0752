//! What one language's pages are made from, read by the page list
//! (`jobs.rs`) and by each page's variables (`fill.rs`).

use super::shared::Shared;
use crate::i18n::Strings;
use crate::view::Views;

/// What one language's pages are made from: its views, what its pages
/// share, the UI strings.
pub(super) struct LanguagePages<'a, 'v> {
    pub(super) views: &'a Views<'v>,
    pub(super) shared: &'a Shared,
    pub(super) strings: &'a Strings,
}

impl LanguagePages<'_, '_> {
    /// The UI word `key` in the language.
    pub(super) fn t(&self, key: &str) -> String {
        self.strings.label(&self.views.lang.code, key)
    }
}
