//! `page.breadcrumbs`: the way from home to a page's parent. The page
//! list (`jobs.rs`) gives each page its crumbs; `page.rs` shows them.

use serde::Serialize;

/// A step of `page.breadcrumbs`, from home to the page's parent.
#[derive(Debug, Clone, Serialize, Hash)]
pub struct Crumb {
    pub title: String,
    pub url: String,
}
