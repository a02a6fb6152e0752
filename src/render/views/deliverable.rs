//! Deliverables: the card lists show, each deliverable's own page, the
//! deliverables page's groups by committee with their progress bars, and
//! its filters (years, kinds).

use super::file::FileView;
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::model::WorkStatus;
use crate::site::{Deliverable, Route, Site};
use crate::view::{Keyed, MemberRef, Text, Views};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct DeliverableCard {
    pub slug: String,
    pub url: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub committee: Keyed,
    pub kind: &'static str,
    pub status: &'static str,
    pub due: String,
    pub published: Option<String>,
    pub overdue: bool,
    pub sample: bool,
}

#[derive(Debug, Serialize)]
pub struct DeliverableView {
    #[serde(flatten)]
    pub card: DeliverableCard,
    pub members: Vec<MemberRef>,
    pub files: Vec<FileView>,
    pub link: Option<String>,
}

#[derive(Serialize)]
pub struct CommitteeGroup {
    pub key: String,
    pub name: Text,
    pub deliverables: Vec<DeliverableCard>,
    /// Progress as an SVG stacked bar, with its counts.
    pub chart: String,
    pub published: usize,
    pub in_progress: usize,
    pub planned: usize,
}

impl Views<'_> {
    pub fn deliverable_card(&self, del: &Deliverable) -> DeliverableCard {
        let d = &del.data;
        DeliverableCard {
            slug: del.slug.clone(),
            url: self.url(Route::Deliverable(&del.slug)),
            title: self.text(&d.title),
            summary: d.summary.as_ref().map(|s| self.text(s)),
            committee: self.reference(&self.site.refs.committees, &d.committee),
            kind: d.kind.key(),
            status: d.status.key(),
            due: d.due.iso(),
            published: d.published.map(|p| p.iso()),
            overdue: d.status != WorkStatus::Published && d.due < self.config().today,
            sample: d.sample,
        }
    }

    pub fn deliverable_view(&self, del: &Deliverable) -> DeliverableView {
        DeliverableView {
            card: self.deliverable_card(del),
            members: del
                .data
                .members
                .iter()
                .map(|m| self.member_ref(m))
                .collect(),
            files: del
                .data
                .files
                .iter()
                .map(|f| {
                    self.file_view(
                        Kind::Deliverable,
                        &del.slug,
                        &f.file,
                        f.title.as_ref(),
                        f.lang.as_deref(),
                    )
                })
                .collect(),
            link: del.data.link.clone(),
        }
    }

    /// The first `n` deliverables coming: not published and not past due
    /// (an overdue item is late, not coming), soonest first.
    pub fn upcoming_deliverables(&self, n: usize) -> Vec<DeliverableCard> {
        let today = self.config().today;
        let mut upcoming: Vec<_> = self
            .site
            .deliverables
            .iter()
            .filter(|d| d.data.status != WorkStatus::Published)
            .filter(|d| d.data.due >= today)
            .collect();
        upcoming.sort_by_key(|d| d.data.due);
        upcoming
            .into_iter()
            .take(n)
            .map(|d| self.deliverable_card(d))
            .collect()
    }
}

/// Deliverables grouped by committee, in the order of committees.yaml.
pub fn committee_groups(views: &Views<'_>, strings: &Strings) -> Vec<CommitteeGroup> {
    let site = views.site;
    let code = views.lang.code.as_str();
    site.refs
        .committees
        .keys()
        .map(|key| {
            let Keyed { key, name } = views.reference(&site.refs.committees, key);
            let deliverables: Vec<DeliverableCard> = site
                .deliverables
                .iter()
                .filter(|d| d.data.committee == key)
                .map(|d| views.deliverable_card(d))
                .collect();
            let count = |status: &str| deliverables.iter().filter(|d| d.status == status).count();
            let (published, in_progress, planned) =
                (count("published"), count("in-progress"), count("planned"));
            let label = strings
                .format(
                    code,
                    "deliverables.progress",
                    None,
                    &[
                        ("name", name.text.as_str()),
                        ("published", &published.to_string()),
                        ("in_progress", &in_progress.to_string()),
                        ("planned", &planned.to_string()),
                    ],
                )
                .unwrap_or_default();
            let chart = crate::chart::progress_bar(
                &crate::chart::Progress {
                    published,
                    in_progress,
                    planned,
                    label: &label,
                },
                views.lang.dir,
            );
            CommitteeGroup {
                key,
                name,
                deliverables,
                chart,
                published,
                in_progress,
                planned,
            }
        })
        .collect()
}

/// A kind of deliverable in the kind filter: its key and its label.
#[derive(Serialize)]
pub struct KindFilter {
    value: String,
    label: String,
}

/// Years of the due dates, for the year filter, newest first.
pub fn deliverable_years(site: &Site) -> Vec<i32> {
    let mut years: Vec<i32> = site
        .deliverables
        .iter()
        .map(|d| d.data.due.0.year())
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

pub fn deliverable_kinds(site: &Site, t: &dyn Fn(&str) -> String) -> Vec<KindFilter> {
    let mut kinds: Vec<&str> = site
        .deliverables
        .iter()
        .map(|d| d.data.kind.key())
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    kinds
        .into_iter()
        .map(|k| KindFilter {
            value: k.to_string(),
            label: t(&format!("kind.{k}")),
        })
        .collect()
}
