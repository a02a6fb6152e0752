//! The feeds of each tag and member (`<page>atom.xml`, as Hugo gives one
//! per taxonomy term), planned before they are made: each is its newest
//! stories, hashed from what the site holds (`Scoped::key`), so that a
//! rebuild makes the entries of only the feeds whose stories changed.
//! Making every feed's twenty entries again was a quarter of a title
//! edit's rebuild at 10,000 pages.

use super::write::{key_of_head, Feed};
use super::{atom, nth_newest, story_entry, ENTRIES};
use crate::content::Content;
use crate::discover::Kind;
use crate::model::Day;
use crate::render::Shared;
use crate::site::{Route, Site, Story};
use rustc_hash::FxHashMap;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};

/// A story with its date in the feed's language.
type Dated<'c> = (Day, &'c Story);

/// What a smaller feed is about: the stories of one tag, or of one member.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Scope<'a> {
    Tag(&'a str),
    Member(&'a str),
}

impl Scope<'_> {
    /// The page the feed is beside (`<page>atom.xml`).
    fn route(&self) -> Route<'_> {
        match *self {
            Scope::Tag(tag) => Route::Tag(tag, 1),
            Scope::Member(slug) => Route::Member(slug),
        }
    }

    fn has(&self, front: &crate::model::StoryFront) -> bool {
        match *self {
            Scope::Tag(tag) => front.tags.iter().any(|t| t == tag),
            Scope::Member(slug) => front.member == slug,
        }
    }
}

/// A feed to write: the site's, made; or a tag's or member's, whose
/// entries are made only when it is written.
pub enum Planned<'c> {
    Made(Feed<'c>),
    Scoped(Scoped<'c>),
}

impl Planned<'_> {
    /// A hash of everything its XML is made from.
    pub fn key(&self, site: &Site, content: &Content) -> u64 {
        match self {
            Planned::Made(feed) => feed.key(&site.config),
            Planned::Scoped(scoped) => scoped.key(site, content),
        }
    }

    pub fn xml(&self, site: &Site, content: &Content) -> String {
        match self {
            Planned::Made(feed) => feed.xml(&site.config),
            Planned::Scoped(scoped) => scoped.feed(site, content).xml(&site.config),
        }
    }
}

/// A tag's or member's feed: its title, the page it is beside, and its
/// newest stories in the order of its entries.
pub struct Scoped<'c> {
    scope: Scope<'c>,
    lang: String,
    title: String,
    page: String,
    stories: Vec<&'c Story>,
}

impl<'c> Scoped<'c> {
    /// What `feed` reads, hashed as it is in the site (`Feed::key` hashes
    /// the same from the entries made).
    fn key(&self, site: &Site, content: &Content) -> u64 {
        let config = &site.config;
        let mut h = key_of_head(config, &self.lang, &self.title, &self.page);
        for story in &self.stories {
            let v = story.shown(&self.lang, config).version;
            let f = &v.front;
            let body = content.body(Kind::Story, &story.slug, &self.lang);
            let html = body.map(|b| b.rendered.html_key());
            (
                &story.slug,
                f.date,
                f.updated,
                &v.lang,
                &f.title,
                &f.summary,
                html,
            )
                .hash(&mut h);
        }
        h.finish()
    }

    /// Whether none of the stories its scope lists in `shared` (the tag's
    /// or the member's, by their place in the site's order) is among the
    /// `changed`. Any of them could become an entry (a date edited), so
    /// all are looked at, not only its entries. Sound only when the lists
    /// are those of the build in service (`render::Output::changed_stories`
    /// is given only then).
    pub fn reads_none_of(&self, shared: &Shared, changed: &[bool]) -> bool {
        let stories = match self.scope {
            Scope::Tag(tag) => match shared.tags.iter().position(|t| t.key == tag) {
                Some(i) => &shared.tag_stories[i][..],
                None => return false,
            },
            Scope::Member(slug) => shared.stories_of_member(slug),
        };
        let unchanged = |&i: &usize| changed.get(i).is_some_and(|c| !c);
        !stories.is_empty() && stories.iter().all(unchanged)
    }

    fn feed(&self, site: &Site, content: &'c Content) -> Feed<'c> {
        let entries = self.stories.iter();
        let entries = entries.map(|s| story_entry(site, content, s, &self.lang));
        Feed::new(&self.lang, &self.title, &self.page, entries.collect())
    }
}

/// A feed per tag and per member that has stories in `lang`: (path in
/// the output, feed). Their links are on the tag's and the member's pages.
pub fn scoped<'c>(site: &'c Site, lang: &str) -> Vec<(String, Planned<'c>)> {
    // Gathered in a hash table, then put in order: a few hundred scopes,
    // met once per story and tag.
    let mut by_scope: FxHashMap<Scope, Vec<Dated>> = FxHashMap::default();
    for story in &site.stories {
        let front = &story.shown(lang, &site.config).version.front;
        let dated = (front.date, story);
        by_scope
            .entry(Scope::Member(&front.member))
            .or_default()
            .push(dated);
        for tag in &front.tags {
            by_scope.entry(Scope::Tag(tag)).or_default().push(dated);
        }
    }
    let mut by_scope: Vec<_> = by_scope.into_iter().collect();
    by_scope.sort_unstable_by_key(|(scope, _)| *scope);
    let feeds = by_scope.into_iter().filter_map(|(scope, stories)| {
        let feed = scoped_feed(site, lang, scope, stories)?;
        Some((path(scope, lang), Planned::Scoped(feed)))
    });
    feeds.collect()
}

fn path(scope: Scope, lang: &str) -> String {
    format!("{}atom.xml", scope.route().path(lang))
}

/// The feeds `story` is in, in `lang`: the site's, its tags' and its
/// member's (what `serve` writes again when a story's text changes).
pub fn of_story(
    site: &Site,
    content: &Content,
    story: &Story,
    lang: &str,
) -> Vec<(String, String)> {
    let config = &site.config;
    let front = &story.shown(lang, config).version.front;
    let mut scopes = vec![Scope::Member(&front.member)];
    scopes.extend(front.tags.iter().map(|t| Scope::Tag(t)));
    let mut feeds = vec![(
        format!("{lang}/atom.xml"),
        atom(site, content, lang).xml(config),
    )];
    for scope in scopes {
        let fronts = site
            .stories
            .iter()
            .map(|s| (&s.shown(lang, config).version.front, s));
        let stories = fronts.filter(|(front, _)| scope.has(front));
        let stories = stories.map(|(front, story)| (front.date, story));
        if let Some(feed) = scoped_feed(site, lang, scope, stories.collect()) {
            feeds.push((path(scope, lang), feed.feed(site, content).xml(config)));
        }
    }
    feeds
}

/// None for a tag or member the site does not list (the check reports it).
fn scoped_feed<'c>(
    site: &Site,
    lang: &str,
    scope: Scope<'c>,
    stories: Vec<Dated<'c>>,
) -> Option<Scoped<'c>> {
    let config = &site.config;
    let name = match scope {
        Scope::Tag(tag) => &site.refs.tags.get(tag)?.name,
        Scope::Member(slug) => &site.member(slug)?.data.name,
    };
    let name = std::iter::once(lang)
        .chain(config.fallback_order())
        .find_map(|l| name.get(l))
        .unwrap_or_default();
    let site_title = config.language(lang).map_or("", |l| l.title.as_str());
    Some(Scoped {
        scope,
        lang: lang.to_string(),
        title: format!("{name} · {site_title}"),
        page: scope.route().path(lang),
        stories: newest(stories),
    })
}

/// The ENTRIES newest of `stories`, in the order `Feed::new` puts their
/// entries: newest first, then by address (a story's is its slug and a
/// slash after the same folder: `a-b/` comes before `a/`).
fn newest(mut stories: Vec<Dated<'_>>) -> Vec<&Story> {
    let dates: Vec<Day> = stories.iter().map(|(date, _)| *date).collect();
    if let Some(oldest) = nth_newest(&dates, ENTRIES) {
        stories.retain(|(date, _)| *date >= oldest);
    }
    stories.sort_by(|(a_date, a), (b_date, b)| match b_date.cmp(a_date) {
        Ordering::Equal => by_address(&a.slug, &b.slug),
        other => other,
    });
    stories.truncate(ENTRIES);
    stories.into_iter().map(|(_, story)| story).collect()
}

/// Two stories' addresses in one language compared by their slugs: each
/// is its slug and a slash after the same folder.
fn by_address(a: &str, b: &str) -> Ordering {
    let slash = || std::iter::once(b'/');
    a.bytes().chain(slash()).cmp(b.bytes().chain(slash()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stories_are_in_the_order_of_their_addresses() {
        let url = |slug: &str| Route::Story(slug).under("https://example.org/", "fr");
        let slugs = ["a", "a-b", "a0", "ab", "b", "a/"];
        for a in slugs {
            for b in slugs {
                assert_eq!(by_address(a, b), url(a).cmp(&url(b)), "{a} {b}");
            }
        }
    }
}
