//! What only pages are checked for: a reserved slug, a section led by
//! another page, the pages the menus name; and the pages' order.

use crate::config::Config;
use crate::diag::{suggest, Diagnostic, Diagnostics};
use crate::model::PageFront;
use crate::msg;
use crate::site::{Versions, RESERVED_PAGE_SLUGS};
use crate::writers;

/// Every page's own checks.
pub(super) fn check(config: &Config, pages: &[Versions<PageFront>], d: &mut Diagnostics) {
    for page in pages {
        for v in page.by_lang.values() {
            super::fields::empty_title(&v.front.title, &v.source, d);
        }
        if RESERVED_PAGE_SLUGS.contains(&page.slug.as_str()) {
            let v = page.by_lang.values().next().expect("at least one version");
            d.push(
                Diagnostic::error(msg!("page-slug-reserved", slug = page.slug.as_str()))
                    .in_file(&v.source.rel)
                    .help(msg!(
                        "page-slug-reserved-help",
                        reserved = RESERVED_PAGE_SLUGS.join(", ")
                    )),
            );
        }
    }
    menu_pages(config, pages, d);
}

/// What a writer may have left in a page: placeholders (found as its
/// files were parsed), a section that is no section, a slug written in
/// the front matter.
pub(super) fn check_written(pages: &[Versions<PageFront>], d: &mut Diagnostics) {
    for page in pages {
        writers::placeholders(page, d);
        section_of(page, pages, d);
        writers::slug_written(page, |f| f.slug.as_deref(), d);
    }
}

/// Pages by weight, then slug.
pub(super) fn order(config: &Config, pages: &mut [Versions<PageFront>]) {
    pages.sort_by(|a, b| {
        let weight = |p: &Versions<PageFront>| {
            p.shown(&config.default_language, config)
                .version
                .front
                .weight
        };
        (weight(a), &a.slug).cmp(&(weight(b), &b.slug))
    });
}

/// `section:` names another page, which leads no section of its own.
fn section_of(page: &Versions<PageFront>, pages: &[Versions<PageFront>], d: &mut Diagnostics) {
    for v in page.by_lang.values() {
        let Some(lead) = v.front.section.as_deref() else {
            continue;
        };
        let leads_a_section = |p: &&Versions<PageFront>| p.slug == lead && p.slug != page.slug;
        if let Some(target) = pages.iter().find(leads_a_section) {
            if target.by_lang.values().all(|t| t.front.section.is_none()) {
                continue;
            }
        }
        let slugs = pages
            .iter()
            .map(|p| p.slug.as_str())
            .filter(|s| *s != page.slug);
        let help = suggest(lead, slugs).unwrap_or_else(|| msg!("section-help"));
        d.push(
            v.source
                .error_at("section", Some(lead), msg!("section-unknown", slug = lead))
                .help(help),
        );
    }
}

/// Each page a menu of site.yaml names exists.
fn menu_pages<F>(config: &Config, pages: &[Versions<F>], d: &mut Diagnostics) {
    let menus = [config.menus.main.as_ref(), config.menus.footer.as_ref()];
    for entry in menus.into_iter().flatten().flatten() {
        let Some(slug) = entry.page.as_deref() else {
            continue;
        };
        if pages.iter().any(|p| p.slug == slug) {
            continue;
        }
        let help = suggest(slug, pages.iter().map(|p| p.slug.as_str()))
            .unwrap_or_else(|| msg!("menu-page-unknown-help"));
        d.push(
            Diagnostic::error(msg!("menu-page-unknown", slug = slug))
                .in_file(crate::config::SITE_FILE)
                .at(entry.pos)
                .help(help),
        );
    }
}
