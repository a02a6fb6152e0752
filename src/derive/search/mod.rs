//! Static search: an index per language, built here, read by the browser.
//!
//! `documents` turns the site into searchable documents for one reader
//! language; `index` scores their tokens (BM25F: `scores`, with the
//! formula per word in `bm25`) and splits the postings
//! into shards by token prefix, so a query downloads only the shards of
//! its words, then one small file per shown result; `kept` holds what
//! `serve`'s next index reuses: each document's analysed text (`terms`),
//! excerpts and the tokens of names, and each file by the hash of what it
//! is written from, so an edit writes again only the shards it changed. The text analysis
//! both sides share is `crate::analyzer`; its JavaScript twin is
//! published with the index.

mod bm25;
mod collector;
mod doc;
pub mod documents;
mod events;
pub mod exact;
pub mod index;
pub mod kept;
pub mod lookup;
mod scores;
mod shards;
mod sheets;
pub mod terms;

use crate::content::Content;
use crate::i18n::Strings;
use crate::resources::Resources;
use crate::site::Site;
use crate::view::Views;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// A search file's bytes, shared: `serve` keeps each file for its next
/// index (`kept`), which hands most of them on as they were; copying them
/// was a twentieth of an index made after an edit.
pub type Bytes = Arc<Vec<u8>>;

/// Every search file of the site, by output path. With a `memo`
/// (`serve`), what the last index made from the same inputs is taken
/// from it (`kept`), and this index's work is left in it. With the build's
/// `plan` (`serve` keeps it), its story cards are not made again.
pub fn files(
    site: &Site,
    content: &Content,
    data: &Resources,
    strings: &Strings,
    mut memo: Option<&mut kept::Memo>,
    plan: Option<&crate::render::Plan>,
) -> BTreeMap<String, Bytes> {
    let mut out = BTreeMap::new();
    let analyze = crate::analyzer::JS.as_bytes().to_vec();
    out.insert("search/analyze.js".into(), Arc::new(analyze));
    let languages = site.config.languages.iter().enumerate().map(|(i, lang)| {
        let kept = match memo.as_deref_mut() {
            Some(memo) => memo.take(&lang.code),
            None => kept::Kept::once(),
        };
        let cards = plan.and_then(|p| p.story_cards(i));
        (lang, kept, cards)
    });
    let mut languages: Vec<_> = languages.collect();
    let per_lang: Vec<(String, index::Built)> = languages
        .par_iter_mut()
        .map(|(lang, kept, cards)| {
            let views = Views {
                site,
                content,
                data,
                lang,
            };
            let docs = documents::collect(&views, strings, kept, *cards);
            let built = index::build(&docs, &documents::governorates(&views), kept);
            (lang.code.clone(), built)
        })
        .collect();
    if let Some(memo) = memo {
        memo.put_back(
            languages
                .into_iter()
                .map(|(l, kept, _)| (l.code.clone(), kept)),
        );
    }
    for (code, built) in per_lang {
        for (path, bytes) in built.files {
            out.insert(format!("search/{code}/{path}"), bytes);
        }
    }
    out
}
