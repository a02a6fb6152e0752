//! Event pages as search documents: found by their title in every
//! language, the place and the committee's names, and the words of their
//! summary and report.

use super::collector::Collector;
use super::doc::{all_names, every_language, push_line, Display, Fields};
use crate::model::Place;
use crate::site::Route;
use crate::view::Views;

pub(super) fn events<'a>(views: &Views<'a>, docs: &mut Collector<'a, '_>) {
    let refs = &views.site.refs;
    for e in &views.site.events {
        let d = &e.data;
        let card = views.event_card(e);
        let mut names = String::new();
        let mut governorate = None;
        match &d.place {
            Place::Member(slug) => {
                if let Some(m) = views.site.member(slug) {
                    for name in every_language(&m.data.name) {
                        push_line(&mut names, &name);
                    }
                    all_names(&refs.governorates, &m.data.governorate, &mut names);
                    governorate = Some(m.data.governorate.clone());
                }
            }
            Place::Address(p) => every_language(&p.address)
                .iter()
                .for_each(|a| push_line(&mut names, a)),
        }
        if let Some(c) = &d.committee {
            all_names(&refs.committees, c, &mut names);
        }
        let mut summary = String::new();
        for t in [d.summary.as_ref(), d.report.as_ref()]
            .into_iter()
            .flatten()
        {
            push_line(&mut summary, &views.text(t).text);
        }
        docs.add(
            Fields {
                display: Display {
                    kind: "event",
                    url: views.url(Route::Event(&e.slug)),
                    title: card.title.text.clone(),
                    lang: card.title.lang.clone(),
                    sub: format!("{} · {}", card.when, card.place.text),
                    text: String::new(),
                },
                governorate,
                title: card.title.text,
                exact: every_language(&d.title),
                topics: Vec::new(),
                names,
                related: String::new(),
                summary,
            },
            "",
        );
    }
}
