//! Story lists narrowed to one municipality, governorate or committee, as
//! static pages: the filter works without JavaScript, on every page of a
//! long list, and each filtered list has an address to share.

use super::cards::StoryCard;
use super::shared::collation_key;
use crate::site::{Facet, Route};
use crate::view::{Keyed, Text, Views};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Serialize)]
pub struct FacetGroup {
    /// `member`, `governorate` or `committee`.
    pub facet: &'static str,
    pub key: String,
    pub name: Text,
    pub url: String,
    pub count: usize,
    /// Indices into `Shared::story_cards`, newest first.
    #[serde(skip)]
    pub stories: Vec<usize>,
    #[serde(skip)]
    pub kind: Facet,
}

/// Every facet's groups: municipalities, then governorates, then
/// committees, each sorted by name as a reader of this language expects.
pub fn facet_groups(views: &Views<'_>, cards: &[StoryCard]) -> Vec<FacetGroup> {
    let site = views.site;
    let governorate_of: BTreeMap<&str, &str> = site
        .members
        .iter()
        .map(|m| (m.slug.as_str(), m.data.governorate.as_str()))
        .collect();
    let mut by: BTreeMap<(Facet, String), Vec<usize>> = BTreeMap::new();
    for (i, card) in cards.iter().enumerate() {
        let member = card.member.slug.as_str();
        by.entry((Facet::Member, member.to_string()))
            .or_default()
            .push(i);
        if let Some(gov) = governorate_of.get(member) {
            by.entry((Facet::Governorate, gov.to_string()))
                .or_default()
                .push(i);
        }
        let shown = site.stories[i].shown(&views.lang.code, views.config());
        if let Some(committee) = &shown.version.front.committee {
            by.entry((Facet::Committee, committee.clone()))
                .or_default()
                .push(i);
        }
    }
    let mut groups: Vec<FacetGroup> = by
        .into_iter()
        .map(|((kind, key), stories)| {
            let name = match kind {
                Facet::Member => cards[stories[0]].member.name.clone(),
                Facet::Governorate => views.reference(&site.refs.governorates, &key).name,
                Facet::Committee => {
                    let Keyed { name, .. } = views.reference(&site.refs.committees, &key);
                    name
                }
            };
            FacetGroup {
                facet: kind.segment(),
                url: views.url(Route::StoriesBy(kind, &key, 1)),
                count: stories.len(),
                name,
                key,
                stories,
                kind,
            }
        })
        .collect();
    groups.sort_by_cached_key(|g| (g.kind, collation_key(&g.name.text), g.key.clone()));
    groups
}
