//! The variables of one page (docs/theme.md), built inside the parallel
//! render from what the language's pages share, and dropped once the page
//! is rendered. In `serve`, the same code first feeds only a hash (a
//! fingerprint): a page whose variables did not change is not rendered again.

use super::items::{MemberView, StoryCard};
use super::jobs::{body, has_code, PageJob, Vars};
use super::lists::{deliverable_kinds, deliverable_years, not_found, open_data_links};
use super::page::footer_pages;
use super::paginate::{self, Paginator};
use super::shared::Shared;
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::site::Route;
use crate::view::{Keyed, Text, Views};
use serde::Serialize;

// xxh3, not SipHash: a fingerprint hashes a whole page's variables, and
// SipHash was the top entry of serve's profile.
use tera::Context;

/// A page's template context, or only a hash of everything that would be
/// put into it: `serve` first hashes a page's variables, and builds its
/// context only when the hash differs from the last build's.
#[derive(Clone)]
pub struct Variables {
    ctx: Option<Context>,
    /// The variables written out one after the other, hashed at the end:
    /// one hash of a buffer costs far less than feeding a streaming
    /// hasher the many small pieces JSON is written in (a fifth of a
    /// `serve` rebuild's samples).
    written: Option<Vec<u8>>,
}

thread_local! {
    /// Set while a page's variables are written for its fingerprint: a
    /// value with a key of its own (`StoryCard`) writes only the key then.
    static FINGERPRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the value being written is for a fingerprint.
pub fn fingerprinting() -> bool {
    FINGERPRINTING.get()
}

impl Variables {
    pub fn context() -> Variables {
        Variables {
            ctx: Some(Context::new()),
            written: None,
        }
    }

    pub fn fingerprint_only() -> Variables {
        Variables {
            ctx: None,
            written: Some(Vec::with_capacity(4096)),
        }
    }

    pub fn put<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) {
        if let Some(ctx) = &mut self.ctx {
            ctx.insert(key, value);
        }
        if let Some(written) = &mut self.written {
            written.extend_from_slice(key.as_bytes());
            written.push(b'=');
            // Writing to memory cannot fail; JSON ends where it ends.
            FINGERPRINTING.set(true);
            let _ = serde_json::to_writer(&mut *written, value);
            FINGERPRINTING.set(false);
        }
    }

    /// A long text (a body's HTML, a map's SVG): its bytes are hashed as
    /// they are, not escaped into JSON first (the largest part of a
    /// fingerprint's cost).
    pub fn put_text(&mut self, key: &str, text: &str) {
        if let Some(ctx) = &mut self.ctx {
            ctx.insert(key, text);
        }
        if let Some(written) = &mut self.written {
            written.extend_from_slice(key.as_bytes());
            written.extend_from_slice(&text.len().to_le_bytes());
            written.extend_from_slice(text.as_bytes());
        }
    }

    /// Mixes in something that is not a variable but shapes the page (its
    /// template's name).
    pub fn mix(&mut self, part: &str) {
        if let Some(written) = &mut self.written {
            written.extend_from_slice(&part.len().to_le_bytes());
            written.extend_from_slice(part.as_bytes());
        }
    }

    pub fn fingerprint(&self) -> Option<u64> {
        self.written.as_deref().map(xxhash_rust::xxh3::xxh3_64)
    }

    pub fn into_context(self) -> Context {
        self.ctx.unwrap_or_default()
    }
}

/// A member as the directory lists it: what its card shows and what the
/// filters read, without its stories and files.
#[derive(Serialize)]
struct MemberCard<'a> {
    slug: &'a str,
    url: &'a str,
    name: &'a Text,
    governorate: &'a Keyed,
    names: &'a str,
    status: &'static str,
    hours: Option<&'a super::hours::HoursView>,
    services: &'a [Keyed],
    sample: bool,
}

impl<'a> From<&'a MemberView> for MemberCard<'a> {
    fn from(m: &'a MemberView) -> Self {
        MemberCard {
            slug: &m.slug,
            url: &m.url,
            name: &m.name,
            governorate: &m.governorate,
            names: &m.names,
            status: m.status,
            hours: m.hours.as_ref(),
            services: &m.services,
            sample: m.sample,
        }
    }
}

#[derive(Serialize)]
struct GovernorateView<'a> {
    key: &'a str,
    name: &'a Text,
    count: usize,
    members: Vec<MemberCard<'a>>,
}

#[derive(Serialize)]
struct Choice<'a> {
    code: &'a str,
    name: &'a str,
    dir: &'static str,
    url: String,
    title: &'a str,
}

/// Puts the variables only `job` needs.
pub fn fill(
    vars: &mut Variables,
    job: &PageJob,
    views: &Views<'_>,
    shared: &Shared,
    strings: &Strings,
) {
    let site = views.site;
    let code = views.lang.code.as_str();
    let t = |key: &str| strings.label(code, key);
    let per_page = views.config().stories_per_page;
    match job.vars {
        Vars::Home => {
            // Upcoming: not published and not past due (an overdue item is
            // late, not coming), soonest first.
            let today = views.config().today;
            let mut upcoming: Vec<_> = site
                .deliverables
                .iter()
                .filter(|d| d.data.status != crate::model::WorkStatus::Published)
                .filter(|d| d.data.due >= today)
                .collect();
            upcoming.sort_by_key(|d| d.data.due);
            let upcoming: Vec<_> = upcoming
                .into_iter()
                .take(4)
                .map(|d| views.deliverable_card(d))
                .collect();
            let latest = &shared.story_cards[..shared.story_cards.len().min(3)];
            vars.put(
                "home",
                &serde_json::json!({
                    "pages": footer_pages(views, true),
                    "counts": shared.counts,
                    "latest_stories": latest,
                    "upcoming_deliverables": upcoming,
                    "map": shared.home_map,
                }),
            );
            vars.put("next_events", &views.next_events(3));
        }
        Vars::Page(i) => {
            let page = body(views, Kind::Page, &site.pages[i].slug);
            vars.put_text("content", &page.rendered.html);
            vars.put("has_code", &has_code(&page.rendered.html));
            vars.put("toc", &page.rendered.toc);
            vars.put(
                "section",
                &super::section::section(views, &site.pages[i].slug),
            );
        }
        Vars::Member(i) => {
            let m = &shared.members[i];
            let title = strings
                .format(code, "map.locator", None, &[("name", &m.name.text)])
                .unwrap_or_default();
            vars.put("member", m);
            vars.put_text("locator_map", &shared.map(views, Some(m), title, false));
        }
        Vars::Members => {
            let governorates: Vec<GovernorateView<'_>> = shared
                .governorates
                .iter()
                .map(|g| GovernorateView {
                    key: &g.key,
                    name: &g.name,
                    count: g.members.len(),
                    members: g
                        .members
                        .iter()
                        .map(|&i| (&shared.members[i]).into())
                        .collect(),
                })
                .collect();
            let members: Vec<MemberCard<'_>> = shared.members.iter().map(Into::into).collect();
            vars.put_text("map", &shared.members_map);
            vars.put("open_data", &open_data_links(views, t("members.schema")));
            vars.put(
                "services",
                &site
                    .refs
                    .services
                    .keys()
                    .map(|k| views.reference(&site.refs.services, k))
                    .collect::<Vec<_>>(),
            );
            vars.put("members", &members);
            vars.put("governorates", &governorates);
            vars.put("counts", &shared.counts);
        }
        Vars::Stories(number) => {
            let total = paginate::page_count(shared.story_cards.len(), per_page);
            let paginator = Paginator::new(number, total, |n| views.url(Route::Stories(n)));
            vars.put(
                "stories",
                paginate::slice(&shared.story_cards, per_page, number),
            );
            vars.put("paginator", &paginator);
            vars.put("tags", &shared.tags);
            // The filter links show on the first page only: with 350
            // members they weigh, and the other pages need not carry them.
            let facets: &[super::facets::FacetGroup] =
                if number == 1 { &shared.facets } else { &[] };
            vars.put("facets", facets);
        }
        Vars::StoriesBy(g, number) => {
            let group = &shared.facets[g];
            let indices = paginate::slice(&group.stories, per_page, number);
            let stories: Vec<&StoryCard> =
                indices.iter().map(|&s| &shared.story_cards[s]).collect();
            let total = paginate::page_count(group.stories.len(), per_page);
            let paginator = Paginator::new(number, total, |n| {
                views.url(Route::StoriesBy(group.kind, &group.key, n))
            });
            vars.put("facet", group);
            vars.put("stories", &stories);
            vars.put("paginator", &paginator);
        }
        Vars::Story(i) => {
            let slug = &site.stories[i].slug;
            let card = &shared.story_cards[i];
            let same_member = shared
                .stories_of
                .get(&card.member.slug)
                .map_or(&[][..], Vec::as_slice);
            let page = body(views, Kind::Story, slug);
            vars.put(
                "story",
                &views.story_view(i, &shared.story_cards, same_member),
            );
            let base = &views.config().base_path;
            let photos = crate::images::responsive(&page.rendered.html, &views.data.images, base);
            vars.put_text("content", photos.as_deref().unwrap_or(&page.rendered.html));
            vars.put("has_code", &has_code(&page.rendered.html));
            vars.put("toc", &page.rendered.toc);
        }
        Vars::Tags => vars.put("tags", &shared.tags),
        Vars::Tag(i, number) => {
            let tag = &shared.tags[i];
            let indices = paginate::slice(&shared.tag_stories[i], per_page, number);
            let stories: Vec<&StoryCard> =
                indices.iter().map(|&s| &shared.story_cards[s]).collect();
            let total = paginate::page_count(shared.tag_stories[i].len(), per_page);
            let paginator = Paginator::new(number, total, |n| views.url(Route::Tag(&tag.key, n)));
            vars.put("tag", tag);
            vars.put("stories", &stories);
            vars.put("paginator", &paginator);
        }
        Vars::Datasets => vars.put("datasets", &shared.datasets),
        Vars::Dataset(i) => vars.put("dataset", &views.dataset_view(&site.datasets[i])),
        Vars::Deliverables => {
            vars.put("committees", &shared.committees);
            vars.put("years", &deliverable_years(site));
            vars.put("kinds", &deliverable_kinds(site, &t));
        }
        Vars::Deliverable(i) => {
            vars.put(
                "deliverable",
                &views.deliverable_view(&site.deliverables[i]),
            );
        }
        Vars::Services => {
            let cards: Vec<_> = site
                .refs
                .services
                .keys()
                .map(|key| {
                    let offering = shared.members.iter();
                    let n = offering.filter(|m| m.services.iter().any(|s| s.key == key));
                    views.service_card(key, n.count())
                })
                .collect();
            vars.put("services", &cards);
        }
        Vars::Service(i) => {
            let key = site.refs.services.keys().nth(i).unwrap_or_default();
            let service = views.service_view(key, &shared.members);
            let title = strings
                .format(
                    code,
                    "services.map",
                    None,
                    &[("name", &service.card.name.text)],
                )
                .unwrap_or_default();
            let offering = |slug: &str| service.offers.iter().any(|o| o.member.slug == slug);
            vars.put_text("map", &shared.map_of(views, &offering, title));
            vars.put("service", &service);
        }
        Vars::Events => {
            let (upcoming, past) = views.event_calendar(site);
            vars.put("upcoming", &upcoming);
            vars.put("past_years", &past);
            let ics = super::events::ics_path(code, None);
            vars.put("ics", &format!("{}{ics}", views.config().base_path));
        }
        Vars::Event(i) => vars.put("event", &views.event_view(&site.events[i])),
        Vars::Search => {}
        Vars::NotFound => vars.put("messages", &not_found(views, strings)),
        Vars::LanguageChoice => {
            let config = views.config();
            let choices: Vec<Choice<'_>> = config
                .languages
                .iter()
                .map(|l| Choice {
                    code: &l.code,
                    name: &l.name,
                    dir: l.dir.as_str(),
                    url: format!("{}{}", config.base_path, Route::Home.path(&l.code)),
                    title: &l.title,
                })
                .collect();
            vars.put("choices", &choices);
            vars.put("default_url", &views.url(Route::Home));
        }
    }
}
