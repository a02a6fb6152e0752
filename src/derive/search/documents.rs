//! The site as search documents, for one reader language. A document has
//! weighted fields for matching and a short display record for results.

use super::doc::{all_names, every_language, push_line, translated_all, Display, Doc, KINDS};
use super::kept::Kept;
use crate::discover::Kind;
use crate::i18n::Strings;
use crate::lang::{format_date, DateStyle};
use crate::render::StoryCard;
use crate::site::Route;
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
/// render made them (`serve`), are not made again.
pub fn collect<'a>(
    views: &Views<'a>,
    strings: &Strings,
    kept: &mut Kept,
    cards: Option<&[Arc<StoryCard>]>,
) -> Vec<Doc<'a>> {
    let mut docs = Vec::new();
    pages(views, &mut docs);
    members(views, &mut docs);
    stories(views, cards, &mut docs);
    datasets(views, &mut docs);
    deliverables(views, &mut docs);
    super::sheets::services(views, &mut docs);
    super::events::events(views, &mut docs);
    add_topics(views, strings, &mut docs);
    // Every kind's excerpt is cut from its summary and body.
    for doc in &mut docs {
        doc.display.text = kept.excerpt(&doc.summary, doc.body);
    }
    docs
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

/// The words people use for a kind of item, in every language of the site
/// (`search.topics.<kind>` in the theme's strings, optional): `données
/// ouvertes` and `بيانات مفتوحة` find the datasets even when none says so.
/// They count as related names: found, below an item that bears them.
fn add_topics(views: &Views<'_>, strings: &Strings, docs: &mut [Doc<'_>]) {
    for kind in KINDS {
        let key = format!("search.topics.{kind}");
        let mut words = String::new();
        for lang in &views.config().languages {
            if let Ok(text) = strings.text(&lang.code, &key, None) {
                push_line(&mut words, &text);
            }
        }
        let phrases: Vec<String> = words
            .split(['\n', ',', '،'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        for doc in docs.iter_mut().filter(|d| d.display.kind == kind) {
            doc.related.push_str(&words);
            doc.topics.clone_from(&phrases);
        }
    }
}

fn member_names(views: &Views<'_>, slug: &str, out: &mut String) -> Option<String> {
    let member = views.site.member(slug)?;
    translated_all(&member.data.name, out);
    all_names(&views.site.refs.governorates, &member.data.governorate, out);
    Some(member.data.governorate.clone())
}

fn pages<'a>(views: &Views<'a>, docs: &mut Vec<Doc<'a>>) {
    for page in &views.site.pages {
        let shown = page.shown(&views.lang.code, views.config());
        let front = &shown.version.front;
        let summary = front.description.clone().unwrap_or_default();
        let body = body_text(views, Kind::Page, &page.slug);
        docs.push(Doc {
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
            body,
        });
    }
}

fn members<'a>(views: &Views<'a>, docs: &mut Vec<Doc<'a>>) {
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
        docs.push(Doc {
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
            body,
        });
    }
}

fn stories<'a>(views: &Views<'a>, cards: Option<&[Arc<StoryCard>]>, docs: &mut Vec<Doc<'a>>) {
    let refs = &views.site.refs;
    // The render's cards are in the site's order of stories; one that is
    // not this story's (never seen) is made again.
    let cards = cards.filter(|c| c.len() == views.site.stories.len());
    for (i, story) in views.site.stories.iter().enumerate() {
        let made;
        let render_card = cards.map(|c| &c[i].fields);
        let card = match render_card.filter(|c| c.slug == story.slug) {
            Some(card) => card,
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
        let body = body_text(views, Kind::Story, &story.slug);
        let sub = format!(
            "{} · {}",
            card.member.name.text,
            format_date(&views.lang.code, front.date.0, DateStyle::Long)
        );
        docs.push(Doc {
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
            body,
        });
    }
}

fn datasets<'a>(views: &Views<'a>, docs: &mut Vec<Doc<'a>>) {
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
        docs.push(Doc {
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
            body: "",
        });
    }
}

fn deliverables<'a>(views: &Views<'a>, docs: &mut Vec<Doc<'a>>) {
    for del in &views.site.deliverables {
        let card = views.deliverable_card(del);
        let (mut names, mut related) = (String::new(), String::new());
        push_line(&mut names, &card.committee.name.text);
        for slug in &del.data.members {
            member_names(views, slug, &mut related);
        }
        let summary = card.summary.map(|s| s.text).unwrap_or_default();
        docs.push(Doc {
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
            body: "",
        });
    }
}
