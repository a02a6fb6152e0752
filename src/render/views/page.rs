//! The variables every page has: what all pages of one language share
//! (`lang`, `site`, the footer's lists), and each page's own (`page`,
//! `nav`, `languages`).

use super::breadcrumbs::Crumb;
use super::nav;
use crate::i18n::Strings;
use crate::render::jobs::PageJob;
use crate::render::variables::Variables;
use crate::site::Route;
use crate::view::{Text, Views};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct LangView<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    title: &'a str,
    description: &'a str,
    prev_arrow: &'static str,
    next_arrow: &'static str,
}

#[derive(Serialize)]
struct SiteView<'a> {
    base_url: &'a str,
    base_path: &'a str,
    default_language: &'a str,
    build_date: String,
    federation: Option<Federation>,
}

#[derive(Serialize)]
struct Federation {
    name: Text,
    url: Option<String>,
}

#[derive(Serialize)]
struct LanguageLink<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    url: String,
    current: bool,
}

#[derive(Serialize)]
struct Alternate<'a> {
    code: &'a str,
    permalink: String,
}

#[derive(Serialize)]
struct FallbackView<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
}

#[derive(Serialize)]
struct PageView<'a> {
    kind: &'static str,
    slug: &'a str,
    title: String,
    description: Option<String>,
    url: String,
    permalink: String,
    fallback: Option<FallbackView<'a>>,
    alternates: Vec<Alternate<'a>>,
    breadcrumbs: &'a [Crumb],
    image: Option<ShareImage>,
}

/// The picture of a link preview, as an absolute URL (Open Graph).
#[derive(Serialize)]
struct ShareImage {
    url: String,
    width: u32,
    height: u32,
}

/// What every page of one language shares (`lang`, `site`,
/// `footer_pages`, `footer_more`), built once per language rather than once per page.
pub fn base_context(views: &Views<'_>, strings: &Strings, mut vars: Variables) -> Variables {
    let (site, lang) = (views.site, views.lang);
    let config = &site.config;
    vars.put(
        "lang",
        &LangView {
            code: &lang.code,
            name: &lang.name,
            dir: lang.dir.as_str(),
            title: &lang.title,
            description: &lang.description,
            prev_arrow: lang.dir.prev_arrow(),
            next_arrow: lang.dir.next_arrow(),
        },
    );
    vars.put(
        "site",
        &SiteView {
            base_url: &config.base_url,
            base_path: &config.base_path,
            default_language: &config.default_language,
            build_date: config.today.iso(),
            federation: config.federation.as_ref().map(|f| Federation {
                name: views.text(&f.name),
                url: f.url.clone(),
            }),
        },
    );
    // `menus.footer` of site.yaml replaces both default lists.
    match nav::footer(views, strings) {
        Some(items) => {
            vars.put("footer_pages", &items);
            vars.put("footer_more", &Vec::<()>::new());
        }
        None => {
            vars.put("footer_pages", &footer_pages(views, true));
            vars.put("footer_more", &footer_pages(views, false));
        }
    }
    vars
}

/// The variables every page has, with its own values: `page`, `nav`,
/// `languages`.
pub fn page_variables(
    vars: &mut Variables,
    views: &Views<'_>,
    job: &PageJob,
    nav: &nav::Nav,
    routes: &BTreeMap<String, Vec<String>>,
) {
    let (config, lang) = (&views.site.config, views.lang);
    // A page may not exist in every language (a tag used only by Arabic
    // stories): the switcher then leads to that language's home page.
    // What `languages` and `page` are made from besides the settings
    // (which every page's key has): a fingerprint takes these, so that
    // `serve` does not set the type and make the addresses of 11,800
    // pages to learn that they are as they were.
    let in_lang = routes.get(&job.rest);
    let has = |code: &str| in_lang.is_some_and(|l| l.iter().any(|c| c == code));
    let present: Vec<bool> = config.languages.iter().map(|l| has(&l.code)).collect();
    let key = || (&lang.code, &job.rest, &present);
    let languages = || language_links(config, &lang.code, job, &present);
    vars.put_keyed("languages", key, languages);
    vars.put_keyed("nav", || nav.key_of(job), || nav.items(job));
    vars.mix(job.template());
    let image = job.image.as_ref().map(|v| (&v.path, v.width, v.height));
    let text = (&job.title, &job.description, &job.fallback);
    let key = (job.kind.name(), &job.slug, text, &lang.code, &job.rest);
    let key = (key, &present, &job.breadcrumbs, image);
    let page = || page_view(config, &lang.code, job, &present);
    vars.put_keyed("page", || key, page);
}

/// The language switcher: each language's version of the page, or its
/// home page where the page is not `present` (in the settings' order).
fn language_links<'a>(
    config: &'a crate::config::Config,
    current: &str,
    job: &PageJob,
    present: &[bool],
) -> Vec<LanguageLink<'a>> {
    let languages = config.languages.iter().zip(present);
    let links = languages.map(|(l, &has)| LanguageLink {
        code: &l.code,
        name: &l.name,
        dir: l.dir.as_str(),
        url: match has {
            true => format!("{}{}", config.base_path, job.path_in(&l.code)),
            false => format!("{}{}/", config.base_path, l.code),
        },
        current: l.code == current,
    });
    links.collect()
}

/// The page's own variable: its title and description set for its
/// content's language, its addresses, the languages it is `present` in.
fn page_view<'a>(
    config: &'a crate::config::Config,
    lang: &str,
    job: &'a PageJob,
    present: &[bool],
) -> PageView<'a> {
    let fallback = job
        .fallback
        .as_deref()
        .and_then(|code| config.language(code))
        .map(|l| FallbackView {
            code: &l.code,
            name: &l.name,
            dir: l.dir.as_str(),
        });
    let content_lang = job.fallback.as_deref().unwrap_or(lang);
    let description = job.description.as_deref();
    let languages = config.languages.iter().zip(present);
    PageView {
        kind: job.kind.name(),
        slug: &job.slug,
        title: crate::typography::for_lang(content_lang, &job.title),
        description: description.map(|d| crate::typography::for_lang(content_lang, d)),
        url: format!("{}{}", config.base_path, job.path_in(lang)),
        permalink: format!("{}{}", config.base_url, job.path_in(lang)),
        fallback,
        alternates: languages
            .filter(|(_, &has)| has)
            .map(|(l, _)| Alternate {
                code: &l.code,
                permalink: format!("{}{}", config.base_url, job.path_in(&l.code)),
            })
            .collect(),
        breadcrumbs: &job.breadcrumbs,
        image: job.image.as_ref().map(|v| ShareImage {
            url: format!("{}{}", config.base_url, v.path),
            width: v.width,
            height: v.height,
        }),
    }
}

#[derive(Serialize)]
pub struct PageLink {
    title: String,
    description: Option<String>,
    url: String,
}

/// Pages with `menu: true` (the charter), or, with `menu` false, the
/// others (about, contact, the authoring guide): the footer lists both.
pub fn footer_pages(views: &Views<'_>, menu: bool) -> Vec<PageLink> {
    views
        .site
        .pages
        .iter()
        .filter_map(|p| {
            let f = &p.shown(&views.lang.code, views.config()).version.front;
            (f.menu == menu && f.section.is_none()).then(|| PageLink {
                title: f.title.clone(),
                description: f.description.clone(),
                url: views.url(Route::Page(&p.slug)),
            })
        })
        .collect()
}
