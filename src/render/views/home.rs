//! The home page's `home`: the charter pages, the network's counts, the
//! latest stories, the deliverables coming and the map (its
//! `next_events` are the calendar's, `event.rs`).

use super::deliverable::DeliverableCard;
use super::page::{footer_pages, PageLink};
use super::story::StoryCard;
use crate::model::{Status, WorkStatus};
use crate::render::shared::Shared;
use crate::site::Site;
use crate::view::Views;
use serde::Serialize;

/// What the home page shows besides every page's variables.
#[derive(Serialize)]
pub struct HomeView<'a> {
    pages: Vec<PageLink>,
    counts: &'a Counts,
    latest_stories: &'a [StoryCard],
    upcoming_deliverables: Vec<DeliverableCard>,
    map: &'a str,
}

/// How many of each the network has: `home.counts`, and `counts` on the
/// members' directory.
#[derive(Serialize, Clone)]
pub struct Counts {
    pub members: usize,
    pub operational: usize,
    pub stories: usize,
    pub datasets: usize,
    pub deliverables_published: usize,
}

impl Counts {
    pub fn of(site: &Site) -> Counts {
        Counts {
            members: site.members.len(),
            operational: site
                .members
                .iter()
                .filter(|m| m.data.status == Status::Operational)
                .count(),
            stories: site.stories.len(),
            datasets: site.datasets.len(),
            deliverables_published: site
                .deliverables
                .iter()
                .filter(|d| d.data.status == WorkStatus::Published)
                .count(),
        }
    }
}

pub fn home_view<'a>(views: &Views<'_>, shared: &'a Shared) -> HomeView<'a> {
    HomeView {
        pages: footer_pages(views, true),
        counts: &shared.counts,
        latest_stories: &shared.story_cards[..shared.story_cards.len().min(3)],
        upcoming_deliverables: views.upcoming_deliverables(4),
        map: &shared.home_map,
    }
}
