//! The home page's `home`: the charter pages, the network's counts, the
//! latest stories, the deliverables coming and the map (its
//! `next_events` are the calendar's, `event.rs`).

use super::deliverable::DeliverableCard;
use super::page::{footer_pages, PageLink};
use super::story::StoryCard;
use crate::model::{Status, WorkStatus};
use crate::site::Site;
use crate::view::Views;
use serde::Serialize;
use std::sync::Arc;

/// What the home page shows besides every page's variables.
#[derive(Serialize)]
pub struct HomeView<'a> {
    pages: Vec<PageLink>,
    counts: &'a Counts,
    latest_stories: &'a [Arc<StoryCard>],
    upcoming_deliverables: Vec<DeliverableCard>,
    map: &'a str,
}

/// How many of each the network has: `home.counts`, and `counts` on the
/// members' directory.
#[derive(Serialize, Clone, Hash)]
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

/// `stories`: the language's story cards, newest first; `map`: the
/// members' map drawn without links.
pub fn home_view<'a>(
    views: &Views<'_>,
    counts: &'a Counts,
    stories: &'a [Arc<StoryCard>],
    map: &'a str,
) -> HomeView<'a> {
    HomeView {
        pages: footer_pages(views, true),
        counts,
        latest_stories: &stories[..stories.len().min(3)],
        upcoming_deliverables: views.upcoming_deliverables(4),
        map,
    }
}
