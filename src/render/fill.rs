//! The variables of one page (docs/theme.md), by kind of page, built
//! inside the parallel render from what the language's pages share, and
//! dropped once the page is rendered: one function per kind of page, which
//! puts the views (`views/`) its template reads.

use super::jobs::{body, has_code, PageJob};
use super::kind::PageKind;
use super::language::LanguagePages;
use super::paginate;
use super::shared::Shared;
use super::variables::Variables;
use super::views::deliverable::{deliverable_kinds, deliverable_years};
use super::views::event::ics_path;
use super::views::home::home_view;
use super::views::member::{governorate_views, open_data_links, MemberCard, MemberPage};
use super::views::nav::{section, Paginator};
use super::views::special::{choices, not_found};
use super::views::story::{FacetGroup, StoryCard};
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::site::Route;
use crate::view::Views;

impl LanguagePages<'_, '_> {
    fn per_page(&self) -> usize {
        self.views.config().stories_per_page
    }
}

/// Puts the variables only `job` needs.
pub fn fill(
    vars: &mut Variables,
    job: &PageJob,
    views: &Views<'_>,
    shared: &Shared,
    strings: &Strings,
) {
    let language = LanguagePages {
        views,
        shared,
        strings,
    };
    let site = views.site;
    match job.kind {
        PageKind::Home => home(vars, &language),
        PageKind::Page(i) => page(vars, &language, i),
        PageKind::Member(i) => member(vars, &language, i),
        PageKind::Members => members(vars, &language),
        PageKind::Stories(number) => stories(vars, &language, number),
        PageKind::StoriesBy(g, number) => stories_by(vars, &language, g, number),
        PageKind::Story(i) => story(vars, &language, i),
        PageKind::Tags => vars.put("tags", &shared.tags),
        PageKind::Tag(i, number) => tag(vars, &language, i, number),
        PageKind::Datasets => vars.put("datasets", &shared.directory.datasets),
        PageKind::Dataset(i) => vars.put("dataset", &views.dataset_view(&site.datasets[i])),
        PageKind::Deliverables => {
            vars.put("committees", &shared.directory.committees);
            vars.put("years", &deliverable_years(site));
            vars.put("kinds", &deliverable_kinds(site, &|k: &str| language.t(k)));
        }
        PageKind::Deliverable(i) => {
            let view = views.deliverable_view(&site.deliverables[i]);
            vars.put("deliverable", &view);
        }
        PageKind::Services => services(vars, &language),
        PageKind::Service(i) => service(vars, &language, i),
        PageKind::Events => events(vars, &language),
        PageKind::Event(i) => vars.put("event", &views.event_view(&site.events[i])),
        PageKind::Search => {}
        PageKind::NotFound => vars.put("messages", &not_found(views, strings)),
        PageKind::LanguageChoice => language_choice(vars, views),
    }
}

fn home(vars: &mut Variables, language: &LanguagePages) {
    let (views, shared) = (language.views, language.shared);
    let view = home_view(
        views,
        &shared.counts,
        &shared.story_cards,
        &shared.directory.home_map,
    );
    vars.put("home", &view);
    vars.put("next_events", &views.next_events(3));
}

fn page(vars: &mut Variables, language: &LanguagePages, i: usize) {
    let slug = &language.views.site.pages[i].slug;
    let page = body(language.views, Kind::Page, slug);
    vars.put_text("content", &page.rendered.html);
    vars.put("has_code", &has_code(&page.rendered.html));
    vars.put("toc", &page.rendered.toc);
    vars.put("section", &section(language.views, slug));
}

fn member(vars: &mut Variables, language: &LanguagePages, i: usize) {
    let m = &language.shared.directory.members[i];
    let code = &language.views.lang.code;
    let title = language
        .strings
        .format(code, "map.locator", None, &[("name", &m.name.text)])
        .unwrap_or_default();
    let shared = language.shared;
    let own = shared.stories_of_member(&m.slug).iter();
    let page = MemberPage {
        member: m,
        stories: own.map(|&i| &*shared.story_cards[i]).collect(),
    };
    vars.put("member", &page);
    let key = || shared.directory.locator_key(m, &title);
    let map = || {
        shared
            .directory
            .map(language.views, Some(m), title.clone(), false)
    };
    vars.put_keyed("locator_map", key, map);
}

fn members(vars: &mut Variables, language: &LanguagePages) {
    let (views, shared) = (language.views, language.shared);
    let governorates = governorate_views(&shared.directory.governorates, &shared.directory.members);
    let members = shared.directory.members.iter();
    let members: Vec<MemberCard<'_>> = members.map(|m| MemberCard::from(&**m)).collect();
    let services = &views.site.refs.services;
    let services: Vec<_> = services
        .keys()
        .map(|k| views.reference(services, k))
        .collect();
    vars.put_text("map", &shared.directory.members_map);
    vars.put(
        "open_data",
        &open_data_links(views, language.t("members.schema")),
    );
    vars.put("services", &services);
    vars.put("members", &members);
    vars.put("governorates", &governorates);
    vars.put("counts", &shared.counts);
}

fn stories(vars: &mut Variables, language: &LanguagePages, number: usize) {
    let (views, shared) = (language.views, language.shared);
    let per_page = language.per_page();
    let total = paginate::page_count(shared.story_cards.len(), per_page);
    let paginator = Paginator::new(number, total, |n| views.url(Route::Stories(n)));
    let cards = paginate::slice(&shared.story_cards, per_page, number);
    vars.put("stories", cards);
    vars.put("paginator", &paginator);
    vars.put("tags", &shared.tags);
    // The filter links show on the first page only: with 350 members they
    // weigh, and the other pages need not carry them.
    let facets: &[FacetGroup] = if number == 1 { &shared.facets } else { &[] };
    vars.put("facets", facets);
}

/// One page of the cards at `indices` (into the site's newest-first
/// stories) and its paginator.
fn story_page(
    vars: &mut Variables,
    language: &LanguagePages,
    indices: &[usize],
    number: usize,
    url: impl Fn(usize) -> String,
) {
    let per_page = language.per_page();
    let shown = paginate::slice(indices, per_page, number);
    let cards: Vec<&StoryCard> = shown
        .iter()
        .map(|&s| &*language.shared.story_cards[s])
        .collect();
    let total = paginate::page_count(indices.len(), per_page);
    vars.put("stories", &cards);
    vars.put("paginator", &Paginator::new(number, total, url));
}

fn stories_by(vars: &mut Variables, language: &LanguagePages, g: usize, number: usize) {
    let group = &language.shared.facets[g];
    let url = |n| {
        language
            .views
            .url(Route::StoriesBy(group.kind, &group.key, n))
    };
    vars.put("facet", group);
    story_page(vars, language, &group.stories, number, url);
}

fn tag(vars: &mut Variables, language: &LanguagePages, i: usize, number: usize) {
    let tag = &language.shared.tags[i];
    let url = |n| language.views.url(Route::Tag(&tag.key, n));
    vars.put("tag", tag);
    story_page(vars, language, &language.shared.tag_stories[i], number, url);
}

fn story(vars: &mut Variables, language: &LanguagePages, i: usize) {
    let (views, shared) = (language.views, language.shared);
    let slug = &views.site.stories[i].slug;
    let card = &shared.story_cards[i];
    let same_member = shared.stories_of_member(&card.member.slug);
    let page = body(views, Kind::Story, slug);
    let view = views.story_view(i, &shared.story_cards, same_member);
    vars.put("story", &view);
    let base = &views.config().base_path;
    let photos = crate::images::responsive(&page.rendered.html, &views.data.images, base);
    vars.put_text("content", photos.as_deref().unwrap_or(&page.rendered.html));
    vars.put("has_code", &has_code(&page.rendered.html));
    vars.put("toc", &page.rendered.toc);
}

fn services(vars: &mut Variables, language: &LanguagePages) {
    let cards = language.views.service_cards();
    vars.put("services", &cards);
}

fn service(vars: &mut Variables, language: &LanguagePages, i: usize) {
    let views = language.views;
    let key = views.site.refs.services.keys().nth(i).unwrap_or_default();
    // The members in the order the directory lists them.
    let members = language.shared.directory.members.iter();
    let members = members.filter_map(|m| views.site.member(&m.slug));
    let service = views.service_view(key, members);
    let name = [("name", service.card.name.text.as_str())];
    let title = language
        .strings
        .format(&views.lang.code, "services.map", None, &name)
        .unwrap_or_default();
    let offering = |slug: &str| service.offers.iter().any(|o| o.member.slug == slug);
    let shared = language.shared;
    let key = || shared.directory.picture_key(&offering, &title);
    vars.put_keyed("map", key, || {
        shared.directory.map_of(views, &offering, title.clone())
    });
    vars.put("service", &service);
}

fn events(vars: &mut Variables, language: &LanguagePages) {
    let views = language.views;
    let (upcoming, past) = views.event_calendar(views.site);
    vars.put("upcoming", &upcoming);
    vars.put("past_years", &past);
    let ics = ics_path(&views.lang.code, None);
    vars.put("ics", &format!("{}{ics}", views.config().base_path));
}

fn language_choice(vars: &mut Variables, views: &Views<'_>) {
    vars.put("choices", &choices(views));
    vars.put("default_url", &views.url(Route::Home));
}
