//! What a language's pages show that no story changes: the members'
//! views (sorted by name as its readers expect), the governorates, the
//! datasets' and committees' cards, and the maps. Made once per language;
//! `serve` keeps it while everything but the stories is as it was
//! (`memo::Digest::others`): a story's title edited does not draw the
//! maps or make 350 members' views again. After an edit to one member,
//! only that member's view is made again, and the maps only when a
//! marker (a name, a place) changed.

use super::collation::collation_key;
use super::views::dataset::DatasetCard;
use super::views::deliverable::{committee_groups, CommitteeGroup};
use super::views::member::{governorate_groups, GovernorateGroup, MemberView};
use crate::fingerprint;
use crate::i18n::Strings;
use crate::map;
use crate::memo::digest::Digest;
use crate::view::Views;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, OnceLock};

pub struct Directory {
    /// Sorted by name as a reader of this language expects.
    pub members: Vec<Arc<MemberView>>,
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
    /// and reused by the others (drawing it was a tenth of a rebuild), and
    /// by the next directory drawn from the same (`Keys::maps`).
    locator_land: OnceLock<map::Land>,
    /// A hash of what every locator map of this language is drawn from
    /// besides its member and title (`locator_key`).
    pub(super) locator_base: u64,
    /// With a digest (`serve`): what its parts were made from.
    keys: Option<Keys>,
}

/// What a directory's parts were made from, hashed, so that the next one
/// (`serve`, after an edit to a member) takes those whose inputs are as
/// they were: making 350 members' views (their hours above all) and
/// drawing the maps was half of what a member's name edited cost the plan.
struct Keys {
    /// Each member's view's, by slug (`Digest::member` and the rest).
    views: HashMap<String, u64>,
    /// Both maps: every marker and what `locator_base` covers.
    maps: u64,
}

impl Directory {
    /// The directory of `views`' language; with a digest (`reuse`),
    /// taking from the last directory of the same language, if any, what
    /// was made from the same inputs.
    pub fn new(
        views: &Views<'_>,
        strings: &Strings,
        reuse: Option<(&Digest, Option<&Directory>)>,
    ) -> Directory {
        let site = views.site;
        let code = views.lang.code.as_str();
        let digest = reuse.map(|(digest, _)| digest);
        let last = reuse.and_then(|(_, last)| last);
        let (mut members, view_keys) = member_views(views, digest, last);
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
            locator_land: OnceLock::new(),
            locator_base,
            keys: None,
        };
        let maps_key = digest.map(|d| directory.maps_key(d));
        let drawn =
            |l: &&Directory| maps_key.is_some() && l.keys.as_ref().map(|k| k.maps) == maps_key;
        match last.filter(drawn) {
            Some(last) => {
                directory.members_map = last.members_map.clone();
                directory.home_map = last.home_map.clone();
                directory.locator_land = last.locator_land.clone();
            }
            None => directory.draw_maps(views, strings),
        }
        let keys = maps_key.zip(view_keys);
        directory.keys = keys.map(|(maps, views)| Keys { views, maps });
        directory
    }

    /// The last directory's member views, by slug and what each was made
    /// from.
    fn views_by_slug(&self) -> HashMap<(&str, u64), &Arc<MemberView>> {
        let Some(keys) = &self.keys else {
            return HashMap::new();
        };
        let keyed = self.members.iter().filter_map(|m| {
            let key = keys.views.get(&m.slug)?;
            Some(((m.slug.as_str(), *key), m))
        });
        keyed.collect()
    }

    /// What both maps (and the locator maps' land) are drawn from: every
    /// marker, what `locator_base` covers, and the rest of the digest
    /// (the UI strings of the clusters' names, the governorates).
    fn maps_key(&self, digest: &Digest) -> u64 {
        let markers: Vec<_> = self.members.iter().map(|m| marker_key(m)).collect();
        super::written::key(&(digest.others_but_members, self.locator_base, markers))
    }

    fn draw_maps(&mut self, views: &Views<'_>, strings: &Strings) {
        let code = views.lang.code.as_str();
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
        self.members_map = self.draw_map(views, None, title.clone(), true, &cluster);
        self.home_map = self.map(views, None, title, false);
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
        let markers: Vec<_> = shown.map(|m| marker_key(m)).collect();
        (self.locator_base, markers, title)
    }

    /// A picture of the members `keep` accepts (a service's page: the
    /// spaces that offer it), governorates shaded by how many of them
    /// each has.
    pub fn map_of(&self, views: &Views<'_>, keep: &dyn Fn(&str) -> bool, title: String) -> String {
        let shown = self.members.iter().filter(|m| keep(&m.slug));
        let shown: Vec<&MemberView> = shown.map(|m| &**m).collect();
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
        let shown = self.members.iter().map(|m| &**m);
        let shown: Vec<&MemberView> = shown
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

/// Each member's view, in the site's order: with a digest, the `last`
/// directory's when made from the same inputs (`Digest::member` and the
/// rest), and the key of each by slug.
fn member_views(
    views: &Views<'_>,
    digest: Option<&Digest>,
    last: Option<&Directory>,
) -> (Vec<Arc<MemberView>>, Option<HashMap<String, u64>>) {
    let members = &views.site.members;
    let Some(digest) = digest else {
        let made = members.iter().map(|m| Arc::new(views.member_view(m)));
        return (made.collect(), None);
    };
    let last_views = last.map(Directory::views_by_slug).unwrap_or_default();
    let mut keys = HashMap::with_capacity(members.len());
    let made = members.iter().map(|m| {
        let key = fingerprint::of(&(digest.others_but_members, digest.member(&m.slug)));
        keys.insert(m.slug.clone(), key);
        match last_views.get(&(m.slug.as_str(), key)) {
            Some(view) => Arc::clone(view),
            None => Arc::new(views.member_view(m)),
        }
    });
    (made.collect(), Some(keys))
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
