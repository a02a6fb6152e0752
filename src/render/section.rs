//! The pages of a section (`section:` in a page's front matter), listed
//! beside each of them with previous/next links by the theme.

use crate::site::Route;
use crate::view::Views;
use serde::Serialize;

/// The pages of a section (its lead first, then the pages that name it,
/// by weight), for the page `slug` when it is in one; each marked
/// `current` or not.
#[derive(Serialize)]
pub struct Section {
    title: String,
    pages: Vec<SectionLink>,
}

#[derive(Serialize)]
struct SectionLink {
    title: String,
    url: String,
    current: bool,
}

pub(super) fn section(views: &Views<'_>, slug: &str) -> Option<Section> {
    fn shown<'a>(
        views: &Views<'_>,
        p: &'a crate::site::Versions<crate::model::PageFront>,
    ) -> &'a crate::model::PageFront {
        &p.shown(&views.lang.code, views.config()).version.front
    }
    let front = |p| shown(views, p);
    let pages = &views.site.pages;
    let this = pages.iter().find(|p| p.slug == slug)?;
    let lead_slug = front(this)
        .section
        .clone()
        .unwrap_or_else(|| slug.to_string());
    let lead = pages.iter().find(|p| p.slug == lead_slug)?;
    let members: Vec<_> = pages
        .iter()
        .filter(|p| front(p).section.as_deref() == Some(lead_slug.as_str()))
        .collect();
    if members.is_empty() {
        return None;
    }
    // `site.pages` is already in weight order.
    let pages = std::iter::once(lead)
        .chain(members)
        .map(|p| SectionLink {
            title: front(p).title.clone(),
            url: views.url(Route::Page(&p.slug)),
            current: p.slug == slug,
        })
        .collect();
    Some(Section {
        title: front(lead).title.clone(),
        pages,
    })
}
