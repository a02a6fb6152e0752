//! Service pages as search documents: found by the words citizens use for
//! a procedure ("extrait de naissance", "مضمون ولادة"), which are the words
//! of its sheet: what it is, who may ask, the documents to bring.

use super::collector::Collector;
use super::doc::{all_names, every_language, push_line, Display, Fields};
use crate::site::Route;
use crate::view::Views;

pub(super) fn services<'a>(views: &Views<'a>, docs: &mut Collector<'a, '_>) {
    let list = &views.site.refs.services;
    for key in list.keys() {
        let name = views.reference(list, key).name;
        let mut names = String::new();
        all_names(list, key, &mut names);
        let mut summary = String::new();
        let mut exact = list
            .get(key)
            .map_or_else(Vec::new, |e| every_language(&e.name));
        if let Some(sheet) = views.site.service(key) {
            let d = &sheet.data;
            for (_, keyword) in d.keywords.all() {
                push_line(&mut names, keyword);
            }
            exact.extend(d.keywords.all().into_iter().map(|(_, k)| k.to_string()));
            let texts = [Some(&d.summary), d.who.as_ref()].into_iter().flatten();
            let more = [d.fee_note.as_ref(), d.delay.as_ref(), d.legal.as_ref()];
            for t in texts.chain(&d.documents).chain(more.into_iter().flatten()) {
                push_line(&mut summary, &views.text(t).text);
            }
        }
        docs.add(
            Fields {
                display: Display {
                    kind: "service",
                    url: views.url(Route::Service(key)),
                    title: name.text.clone(),
                    lang: name.lang.clone(),
                    sub: String::new(),
                    text: String::new(),
                },
                governorate: None,
                title: name.text,
                exact,
                topics: Vec::new(),
                names,
                related: String::new(),
                summary,
            },
            "",
        );
    }
}
