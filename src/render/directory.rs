//! What a language's pages show that no story changes: the members'
//! views (sorted by name as its readers expect), the governorates, the
//! datasets' and committees' cards, and the maps. Made once per language;
//! `serve` keeps it while everything but the stories is as it was
//! (`memo::Digest::others`): a story's title edited does not draw the
//! maps or make 350 members' views again.

use super::collation::collation_key;
use super::views::dataset::DatasetCard;
use super::views::deliverable::{committee_groups, CommitteeGroup};
use super::views::member::{governorate_groups, GovernorateGroup, MemberView};
use crate::i18n::Strings;
use crate::map;
use crate::view::Views;
use serde::Serialize;
use std::collections::BTreeMap;

pub struct Directory {
    /// Sorted by name as a reader of this language expects.
    pub members: Vec<MemberView>,
    /// Governorates that have members, by name, with indices into `members`.
    pub governorates: Vec<GovernorateGroup>,
    pub datasets: Vec<DatasetCard>,
    pub committees: Vec<CommitteeGroup>,
    /// The directory map, drawn once.
    pub members_map: String,
    /// The same map without links, for the home page: a picture that
    /// leads to the directory, not 350 more stops for the Tab key.
    pub home_map: String,
    greater_tunis: String,
    /// The country under every member's locator map, drawn for the first
    /// and reused by the others (drawing it was a tenth of a rebuild).
    locator_land: std::sync::OnceLock<map::Land>,
    /// A hash of what every locator map of this language is drawn from
    /// besides its member and title (`locator_key`).
    pub(super) locator_base: u64,
}

impl Directory {
    pub fn new(views: &Views<'_>, strings: &Strings) -> Directory {
        let site = views.site;
        let code = views.lang.code.as_str();
        let mut members: Vec<MemberView> =
            site.members.iter().map(|m| views.member_view(m)).collect();
        members.sort_by_cached_key(|m| (collation_key(&m.name.text), m.slug.clone()));
        let governorates = governorate_groups(&members);
        let greater_tunis = strings.label(code, "map.greater_tunis");
        let locator_base = locator_base(views, &governorates, &greater_tunis);
        let mut directory = Directory {
            members,
            governorates,
            datasets: site
                .datasets
                .iter()
                .map(|d| views.dataset_card(d))
                .collect(),
            committees: committee_groups(views, strings),
            members_map: String::new(),
            home_map: String::new(),
            greater_tunis,
            locator_land: std::sync::OnceLock::new(),
            locator_base,
        };
        let title = strings.label(code, "map.title");
        let cluster = |name: &str, n: usize| {
            let count = strings
                .text(code, "count.members", Some(n as u64))
                .unwrap_or_else(|_| n.to_string());
            if name.is_empty() {
                return count;
            }
            strings
                .format(
                    code,
                    "map.cluster",
                    None,
                    &[("name", name), ("members", &count)],
                )
                .unwrap_or(count)
        };
        directory.members_map = directory.draw_map(views, None, title.clone(), true, &cluster);
        directory.home_map = directory.map(views, None, title, false);
        directory
    }

    /// The member map: every member (linked or not), or one member's
    /// locator. Only the directory's map (drawn in `new`) has clusters
    /// to name.
    pub fn map(
        &self,
        views: &Views<'_>,
        only: Option<&MemberView>,
        title: String,
        links: bool,
    ) -> String {
        self.draw_map(views, only, title, links, &|_, n| n.to_string())
    }

    /// What `member`'s locator map titled `title` is drawn from, for a
    /// page's fingerprint: the map is a function of these, so a page
    /// whose key is unchanged has the same map, and `serve` need not draw
    /// 350 maps to learn that.
    pub fn locator_key<'m>(&self, member: &'m MemberView, title: &'m str) -> impl Serialize + 'm {
        (self.locator_base, marker_key(member), title)
    }

    /// What `map_of(views, keep, title)` is drawn from, as `locator_key`.
    pub fn picture_key<'m>(
        &'m self,
        keep: &dyn Fn(&str) -> bool,
        title: &'m str,
    ) -> impl Serialize + 'm {
        let shown = self.members.iter().filter(|m| keep(&m.slug));
        let markers: Vec<_> = shown.map(marker_key).collect();
        (self.locator_base, markers, title)
    }

    /// A picture of the members `keep` accepts (a service's page: the
    /// spaces that offer it), governorates shaded by how many of them
    /// each has.
    pub fn map_of(&self, views: &Views<'_>, keep: &dyn Fn(&str) -> bool, title: String) -> String {
        let shown: Vec<&MemberView> = self.members.iter().filter(|m| keep(&m.slug)).collect();
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for m in &shown {
            *counts.entry(m.governorate.key.clone()).or_default() += 1;
        }
        let plain = |_: &str, n: usize| n.to_string();
        self.draw_shown(
            views,
            shown,
            counts.into_iter().collect(),
            title,
            None,
            &plain,
        )
    }

    /// `cluster`: the accessible name of a cluster (governorate name or
    /// "" when it holds several, number of members).
    fn draw_map(
        &self,
        views: &Views<'_>,
        only: Option<&MemberView>,
        title: String,
        links: bool,
        cluster: &dyn Fn(&str, usize) -> String,
    ) -> String {
        let shown: Vec<&MemberView> = self
            .members
            .iter()
            .filter(|m| only.is_none_or(|o| o.slug == m.slug))
            .collect();
        let counts = self
            .governorates
            .iter()
            .map(|g| (g.key.clone(), g.members.len()))
            .collect();
        let kind = match (only, links) {
            (Some(_), _) => map::Kind::Locator,
            (None, true) => map::Kind::Directory,
            (None, false) => map::Kind::Picture,
        };
        self.draw_shown(views, shown, counts, title, Some(kind), cluster)
    }

    /// `kind` is `None` for a picture of some members only (`map_of`),
    /// whose locator land is not the one kept for single members.
    fn draw_shown(
        &self,
        views: &Views<'_>,
        shown: Vec<&MemberView>,
        counts: Vec<(String, usize)>,
        title: String,
        kind: Option<map::Kind>,
        cluster: &dyn Fn(&str, usize) -> String,
    ) -> String {
        let locator = matches!(kind, Some(map::Kind::Locator));
        let kind = kind.unwrap_or(map::Kind::Picture);
        // A directory marker leads to the member's card on the same page
        // (`members.html` gives each card this id).
        let hrefs: Vec<String> = shown.iter().map(|m| format!("#m-{}", m.slug)).collect();
        let markers: Vec<map::Marker<'_>> = shown
            .iter()
            .zip(&hrefs)
            .map(|(m, href)| map::Marker {
                slug: &m.slug,
                name: &m.name.text,
                url: href,
                governorate: &m.governorate.key,
                lat: m.location.lat,
                lon: m.location.lon,
            })
            .collect();
        let gov_name = |key: &str| {
            views
                .reference(&views.site.refs.governorates, key)
                .name
                .text
        };
        let labels = map::Labels {
            title: &title,
            greater_tunis: &self.greater_tunis,
            governorate: &gov_name,
            cluster,
            dir: views.lang.dir.as_str(),
        };
        let options = map::Options {
            kind,
            precision: if locator { 0 } else { 1 },
            counts,
            // A cluster leads to its governorate's section of the
            // directory, or to the list of governorates when it holds
            // several (`members.html` gives them these ids).
            cluster_url: |gov| match gov {
                Some(key) => format!("#gov-{key}"),
                None => "#members-by-governorate".into(),
            },
        };
        if locator {
            let land = self
                .locator_land
                .get_or_init(|| map::land(&labels, &options));
            map::svg_on(land, &markers, &labels, &options)
        } else {
            map::svg(&markers, &labels, &options)
        }
    }
}

/// What `draw_shown` reads for a locator besides its member: the
/// governorates' names and counts, the labels, the direction.
fn locator_base(views: &Views<'_>, governorates: &[GovernorateGroup], greater_tunis: &str) -> u64 {
    let refs = &views.site.refs.governorates;
    let names: Vec<(&str, String)> = refs
        .keys()
        .map(|key| (key, views.reference(refs, key).name.text))
        .collect();
    let counts: Vec<(&String, usize)> = governorates
        .iter()
        .map(|g| (&g.key, g.members.len()))
        .collect();
    let dir = views.lang.dir.as_str();
    let written = serde_json::to_vec(&(names, counts, greater_tunis, dir));
    xxhash_rust::xxh3::xxh3_64(&written.unwrap_or_default())
}

/// What a member's marker is drawn from.
fn marker_key(member: &MemberView) -> impl Serialize + '_ {
    let place = (member.location.lat, member.location.lon);
    (
        &member.slug,
        &member.name.text,
        &member.governorate.key,
        place,
    )
}
