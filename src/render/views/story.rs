//! Stories as lists show them (cards), as their own page shows them, and
//! the lists narrowed to one municipality, governorate or committee
//! (`FacetGroup`).

use crate::discover::Kind;
use crate::markdown::reading_minutes;
use crate::render::collation::collation_key;
use crate::render::variables::fingerprinting;
use crate::site::{Facet, Route, Story};
use crate::view::{Keyed, MemberRef, TagView, Text, Views};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::sync::Arc;

/// A story as lists show it. Its fields are `CardFields`; `key`, when set,
/// is a hash of them: a page's fingerprint then takes the key in place of
/// the card (a card is on a dozen pages, and writing the cards out was
/// most of what fingerprinting a page cost).
#[derive(Debug, Clone)]
pub struct StoryCard {
    pub fields: CardFields,
    pub key: Option<u64>,
    /// With `key`, a hash of the card's `StoryLink`: what a neighbour's
    /// page reads of it (`render::reads`).
    pub link_key: Option<u64>,
    /// When `serve` keeps the card, the hash of what it is made from but
    /// the tags file (`render::kept::own_key` and the story's files, its
    /// reading time, its member's file and texts, and the digest of
    /// everything but the stories, members and tags, settings and UI
    /// strings included, `Digest::others_but_members_and_tags`). The
    /// card's fields carry what it reads of the tags file, their names:
    /// with `key`, what the story's search document is kept by.
    pub made_from_but_tags: Option<u64>,
}

impl std::ops::Deref for StoryCard {
    type Target = CardFields;

    fn deref(&self) -> &CardFields {
        &self.fields
    }
}

impl Serialize for StoryCard {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self.key.filter(|_| fingerprinting()) {
            // A map, so that a view flattening the card can hold it too.
            Some(key) => {
                let mut map = s.serialize_map(Some(1))?;
                map.serialize_entry("card", &key)?;
                map.end()
            }
            None => self.fields.serialize(s),
        }
    }
}

impl StoryCard {
    /// Set `key` from the fields, and `link_key` from its link (`serve`,
    /// before fingerprinting pages).
    pub fn set_key(&mut self) {
        self.key = Some(crate::render::written::key(&self.fields));
        self.link_key = Some(crate::render::written::key(&StoryLink::from(&*self)));
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct CardFields {
    pub slug: String,
    pub url: String,
    pub title: Text,
    pub date: String,
    pub summary: Option<Text>,
    pub member: MemberRef,
    pub tags: Vec<TagView>,
    pub reading_minutes: usize,
    pub sample: bool,
    pub cover: Option<CoverView>,
}

/// A story's cover as `<img>` attributes: `srcset` lists the resized
/// widths, `width` and `height` reserve its place before it loads.
#[derive(Debug, Clone, Serialize)]
pub struct CoverView {
    pub src: String,
    pub srcset: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
}

/// A story's page. The cards are borrowed from the language's list: a
/// page is made for each of thousands of stories, and while `serve`
/// fingerprints a page a card writes only its key, so a copy of one
/// would be made for nothing.
#[derive(Debug, Serialize)]
pub struct StoryView<'a> {
    #[serde(flatten)]
    pub card: &'a StoryCard,
    pub governorate: Option<Keyed>,
    pub committee: Option<Keyed>,
    /// The committee's story list.
    pub committee_url: Option<String>,
    pub prev: Option<StoryLink<'a>>,
    pub next: Option<StoryLink<'a>>,
    pub more_from_member: Vec<&'a StoryCard>,
}

/// A neighbouring story as a story's pager shows it: a link, titled and
/// dated. Not its whole card: a page is made again when what it is given
/// changes, and a card carries its tags, summary, cover and member, which
/// a pager does not show. A tag's name edited made about 320 neighbours'
/// pages again for nothing on the 10k benchmark site.
#[derive(Debug, Serialize)]
pub struct StoryLink<'a> {
    pub slug: &'a str,
    pub url: &'a str,
    pub title: &'a Text,
    pub date: &'a str,
}

impl<'a> From<&'a StoryCard> for StoryLink<'a> {
    fn from(card: &'a StoryCard) -> StoryLink<'a> {
        StoryLink {
            slug: &card.slug,
            url: &card.url,
            title: &card.title,
            date: &card.date,
        }
    }
}

impl Views<'_> {
    pub fn story_card(&self, story: &Story) -> StoryCard {
        let shown = story.shown(&self.lang.code, self.config());
        let v = shown.version;
        let f = &v.front;
        let words = self
            .content
            .body(Kind::Story, &story.slug, &self.lang.code)
            .map_or(0, |b| b.rendered.words);
        let fields = CardFields {
            slug: story.slug.clone(),
            url: self.url(Route::Story(&story.slug)),
            title: self.text_in(&v.lang, &f.title),
            date: f.date.iso(),
            summary: f.summary.as_deref().map(|s| self.text_in(&v.lang, s)),
            member: self.member_ref(&f.member),
            tags: f.tags.iter().map(|t| self.tag(t, 0)).collect(),
            reading_minutes: reading_minutes(words),
            sample: f.sample,
            cover: f.cover.as_deref().map(|c| self.cover_view(&story.slug, c)),
        };
        StoryCard {
            fields,
            key: None,
            link_key: None,
            made_from_but_tags: None,
        }
    }

    /// `index` is the story's place in the site's newest-first order.
    /// `same_member` holds the indices of the member's stories, itself included.
    pub fn story_view<'c>(
        &self,
        index: usize,
        cards: &'c [Arc<StoryCard>],
        same_member: &[usize],
    ) -> StoryView<'c> {
        let story = &self.site.stories[index];
        let front = &story.shown(&self.lang.code, self.config()).version.front;
        let governorate = self
            .site
            .member(&front.member)
            .map(|m| self.reference(&self.site.refs.governorates, &m.data.governorate));
        let more_from_member = more_from_member(index, same_member)
            .map(|i| &*cards[i])
            .collect();
        StoryView {
            card: &cards[index],
            governorate,
            committee: front
                .committee
                .as_deref()
                .map(|c| self.reference(&self.site.refs.committees, c)),
            committee_url: front
                .committee
                .as_deref()
                .map(|c| self.url(Route::StoriesBy(crate::site::Facet::Committee, c, 1))),
            prev: index.checked_sub(1).map(|i| StoryLink::from(&*cards[i])),
            next: cards.get(index + 1).map(|c| StoryLink::from(&**c)),
            more_from_member,
        }
    }

    fn cover_view(&self, slug: &str, cover: &str) -> CoverView {
        let base = &self.config().base_path;
        let Some(set) = self.data.images.cover(slug, cover) else {
            // An SVG or GIF: published as it is, its size unknown.
            return CoverView {
                src: format!("{base}{}", crate::images::cover_source(slug, cover).1),
                srcset: String::new(),
                width: None,
                height: None,
            };
        };
        let src = set.default_src();
        CoverView {
            src: format!("{base}{}", src.path),
            srcset: set.srcset(base),
            width: Some(src.width),
            height: Some(src.height),
        }
    }
}

/// The other stories of its member a story's page shows (indices into
/// the cards, `same_member` being its member's, newest first): three.
pub fn more_from_member(index: usize, same_member: &[usize]) -> impl Iterator<Item = usize> + '_ {
    let others = same_member.iter().copied().filter(move |&i| i != index);
    others.take(3)
}

// Story lists narrowed to one municipality, governorate or committee, as
// static pages: the filter works without JavaScript, on every page of a
// long list, and each filtered list has an address to share.

#[derive(Debug, Clone, Serialize)]
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
pub fn facet_groups(views: &Views<'_>, cards: &[Arc<StoryCard>]) -> Vec<FacetGroup> {
    let site = views.site;
    let governorate_of: FxHashMap<&str, &str> = site
        .members
        .iter()
        .map(|m| (m.slug.as_str(), m.data.governorate.as_str()))
        .collect();
    // Keyed by borrowed names (three copies per story were made and
    // dropped on every rebuild), in a hash table: the groups are put in
    // their order below, by a key that tells each from every other.
    let mut by: FxHashMap<(Facet, &str), Vec<usize>> = FxHashMap::default();
    for (i, card) in cards.iter().enumerate() {
        let member = card.member.slug.as_str();
        by.entry((Facet::Member, member)).or_default().push(i);
        if let Some(gov) = governorate_of.get(member) {
            by.entry((Facet::Governorate, gov)).or_default().push(i);
        }
        let shown = site.stories[i].shown(&views.lang.code, views.config());
        if let Some(committee) = &shown.version.front.committee {
            by.entry((Facet::Committee, committee)).or_default().push(i);
        }
    }
    let mut groups: Vec<FacetGroup> = by
        .into_iter()
        .map(|((kind, key), stories)| {
            let name = match kind {
                Facet::Member => cards[stories[0]].member.name.clone(),
                Facet::Governorate => views.reference(&site.refs.governorates, key).name,
                Facet::Committee => {
                    let Keyed { name, .. } = views.reference(&site.refs.committees, key);
                    name
                }
            };
            let key = key.to_string();
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
