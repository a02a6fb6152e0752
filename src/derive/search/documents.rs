//! The site as search documents, for one reader language. A document has
//! weighted fields for matching and a short display record for results.

use super::collector::Collector;
use super::doc::{all_names, every_language, push_line, translated_all, Display, Doc, Fields};
use super::kept::Kept;
use crate::discover::Kind;
use crate::fingerprint;
use crate::i18n::Strings;
use crate::lang::{format_date, DateStyle};
use crate::render::StoryCard;
use crate::site::{Route, Story};
use crate::view::Views;
use std::sync::Arc;

/// The governorates in file order, with their label in the reader's language.
pub fn governorates(views: &Views<'_>) -> Vec<(String, String)> {
    views
        .site
        .refs
        .governorates
        .entries
        .keys()
        .map(|key| {
            let label = views
                .reference(&views.site.refs.governorates, key)
                .name
                .text;
            (key.clone(), label)
        })
        .collect()
}

/// The documents of `views`' language. Their excerpts are cut through
/// `kept` (`Kept::excerpt`). The language's story `cards`, when the
/// render made them (`serve`), are not made again, nor the documents of
/// stories whose cards and bodies are as they were (`Collector`).
pub fn collect<'a>(
    views: &Views<'a>,
    strings: &Strings,
    kept: &mut Kept,
    cards: Option<&[Arc<StoryCard>]>,
) -> Vec<Doc<'a>> {
    let mut docs = Collector::new(views, strings, kept);
    pages(views, &mut docs);
    members(views, &mut docs);
    stories(views, cards, &mut docs);
    datasets(views, &mut docs);
    deliverables(views, &mut docs);
    super::sheets::services(views, &mut docs);
    super::events::events(views, &mut docs);
    docs.into_docs()
}

fn body_text<'a>(views: &Views<'a>, kind: Kind, slug: &str) -> &'a str {
    views
        .content
        .body(kind, slug, &views.lang.code)
        .map_or("", |b| b.rendered.text.as_str())
}

fn field_text<'a>(views: &Views<'a>, kind: Kind, slug: &str, field: &str) -> &'a str {
    views
        .content
        .field(kind, slug, field, &views.lang.code)
        .map_or("", |b| b.rendered.text.as_str())
}

fn member_names(views: &Views<'_>, slug: &str, out: &mut String) -> Option<String> {
    let member = views.site.member(slug)?;
    translated_all(&member.data.name, out);
    all_names(&views.site.refs.governorates, &member.data.governorate, out);
    Some(member.data.governorate.clone())
}

fn pages<'a>(views: &Views<'a>, docs: &mut Collector<'a, '_>) {
    for page in &views.site.pages {
        let shown = page.shown(&views.lang.code, views.config());
        let front = &shown.version.front;
        let summary = front.description.clone().unwrap_or_default();
        let body = body_text(views, Kind::Page, &page.slug);
        docs.add(
            Fields {
                display: Display {
                    kind: "page",
                    url: views.url(Route::Page(&page.slug)),
                    title: front.title.clone(),
                    lang: shown.version.lang.clone(),
                    sub: String::new(),
                    text: String::new(),
                },
                governorate: None,
                title: front.title.clone(),
                topics: Vec::new(),
                exact: vec![front.title.clone()],
                names: String::new(),
                related: String::new(),
                summary,
            },
            body,
        );
    }
}

fn members<'a>(views: &Views<'a>, docs: &mut Collector<'a, '_>) {
    let refs = &views.site.refs;
    for m in &views.site.members {
        let d = &m.data;
        let name = views.text(&d.name);
        let governorate = views.reference(&refs.governorates, &d.governorate);
        let mut names = String::new();
        member_names(views, &m.slug, &mut names);
        for key in &d.services {
            push_line(&mut names, &views.reference(&refs.services, key).name.text);
        }
        for key in &d.committees {
            push_line(
                &mut names,
                &views.reference(&refs.committees, key).name.text,
            );
        }
        let address = d
            .address
            .as_ref()
            .map(|a| views.text(a).text)
            .unwrap_or_default();
        let body = field_text(views, Kind::Member, &m.slug, "description");
        docs.add(
            Fields {
                display: Display {
                    kind: "member",
                    url: views.url(Route::Member(&m.slug)),
                    title: name.text.clone(),
                    lang: name.lang.clone(),
                    sub: governorate.name.text.clone(),
                    text: String::new(),
                },
                governorate: Some(d.governorate.clone()),
                title: name.text,
                topics: Vec::new(),
                exact: every_language(&d.name),
                names,
                related: String::new(),
                summary: address,
            },
            body,
        );
    }
}

fn stories<'a>(views: &Views<'a>, cards: Option<&[Arc<StoryCard>]>, docs: &mut Collector<'a, '_>) {
    // The render's cards are in the site's order of stories; one that is
    // not this story's (never seen) is made again.
    let cards = cards.filter(|c| c.len() == views.site.stories.len());
    for (i, story) in views.site.stories.iter().enumerate() {
        let render_card = cards.map(|c| &c[i]).filter(|c| c.slug == story.slug);
        let body = views
            .content
            .body(Kind::Story, &story.slug, &views.lang.code);
        // What the card is made from but the tags file covers the
        // story's files, its reading time, its member, and everything
        // but the stories, members and tags (its governorate, the other
        // reference lists, the settings and the UI strings, whose topic
        // words the document takes); the card's own key, its fields,
        // covers its tags' names; its body's text, as rendered, is the
        // rest. A tag renamed makes again only its stories' documents.
        let text = body.map(|b| (b.rendered.html_key(), b.rendered.text.len()));
        let made_from = render_card.and_then(|c| Some((c.key?, c.made_from_but_tags?)));
        let key = made_from.map(|k| fingerprint::of(&(k, text)));
        let body = body.map_or("", |b| b.rendered.text.as_str());
        docs.add_story(key, body, || story_fields(views, story, render_card));
    }
}

/// A story's document but its body, with the render's `card` of it when
/// there is one.
fn story_fields(views: &Views<'_>, story: &Story, card: Option<&Arc<StoryCard>>) -> Fields {
    let refs = &views.site.refs;
    let made;
    let card = match card {
        Some(card) => &card.fields,
        None => {
            made = views.story_card(story);
            &made.fields
        }
    };
    let front = &story.shown(&views.lang.code, views.config()).version.front;
    let (mut names, mut related) = (String::new(), String::new());
    let governorate = member_names(views, &front.member, &mut related);
    for tag in &card.tags {
        push_line(&mut names, &tag.label.text);
    }
    if let Some(c) = &front.committee {
        push_line(&mut names, &views.reference(&refs.committees, c).name.text);
    }
    let summary = card.summary.as_ref().map(|s| s.text.clone());
    let summary = summary.unwrap_or_default();
    let sub = format!(
        "{} · {}",
        card.member.name.text,
        format_date(&views.lang.code, front.date.0, DateStyle::Long)
    );
    Fields {
        display: Display {
            kind: "story",
            url: card.url.clone(),
            title: card.title.text.clone(),
            lang: card.title.lang.clone(),
            sub,
            text: String::new(),
        },
        governorate,
        title: card.title.text.clone(),
        topics: Vec::new(),
        exact: vec![card.title.text.clone()],
        names,
        related,
        summary,
    }
}

fn datasets<'a>(views: &Views<'a>, docs: &mut Collector<'a, '_>) {
    for ds in &views.site.datasets {
        let d = &ds.data;
        let title = views.text(&d.title);
        let (mut names, mut related) = (String::new(), String::new());
        let governorate = member_names(views, &d.publisher, &mut related);
        for (_, keyword) in d.keywords.all() {
            push_line(&mut names, keyword);
        }
        let summary = field_text(views, Kind::Dataset, &ds.slug, "description").to_string();
        let publisher = views.dataset_card(ds).publisher.name.text;
        docs.add(
            Fields {
                display: Display {
                    kind: "dataset",
                    url: views.url(Route::Dataset(&ds.slug)),
                    title: title.text.clone(),
                    lang: title.lang.clone(),
                    sub: publisher,
                    text: String::new(),
                },
                governorate,
                title: title.text,
                topics: Vec::new(),
                exact: every_language(&d.title),
                names,
                related,
                summary,
            },
            "",
        );
    }
}

fn deliverables<'a>(views: &Views<'a>, docs: &mut Collector<'a, '_>) {
    for del in &views.site.deliverables {
        let card = views.deliverable_card(del);
        let (mut names, mut related) = (String::new(), String::new());
        push_line(&mut names, &card.committee.name.text);
        for slug in &del.data.members {
            member_names(views, slug, &mut related);
        }
        let summary = card.summary.map(|s| s.text).unwrap_or_default();
        docs.add(
            Fields {
                display: Display {
                    kind: "deliverable",
                    url: card.url,
                    title: card.title.text.clone(),
                    lang: card.title.lang,
                    sub: card.committee.name.text,
                    text: String::new(),
                },
                governorate: None,
                title: card.title.text.clone(),
                topics: Vec::new(),
                exact: vec![card.title.text],
                names,
                related,
                summary,
            },
            "",
        );
    }
}
