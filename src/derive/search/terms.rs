//! Each document's analysed text: its weighted term frequencies and its
//! length. Text analysis is most of the index's cost (half of a `serve`
//! rebuild's samples at 10,000 pages went to the search index), so `serve`
//! keeps each document's terms by the hash of what is analysed, and an
//! edit analyses again only the documents it changed.
//!
//! Words are numbered (`Words`): a document's terms are then small, and
//! merging them into the postings hashes no text.

use super::doc::Doc;
use crate::analyzer::analyze;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// Field weights (title, names, related names, summary, body), in tenths:
/// a word in the title counts six times a word in the body.
const WEIGHTS: [u32; 5] = [60, 30, 10, 20, 10];

/// A municipality's own page is what most people searching its name want,
/// ahead of the stories and datasets that mention it: its title and names
/// weigh more than another item's. In tenths.
fn kind_boost(kind: &str) -> u32 {
    match kind {
        "member" => 20,
        "page" => 12,
        _ => 10,
    }
}

/// Weighted frequencies are counted in whole units of this: a weight
/// times a boost, both in tenths. Whole numbers take half the memory of
/// `f64` in the index's largest table (one entry per word per document)
/// and add up exactly.
pub const UNITS_PER_OCCURRENCE: f64 = 100.0;

/// One document's analysed text.
pub struct Terms {
    /// Each word's number and its weighted frequency, in
    /// `UNITS_PER_OCCURRENCE`, by ascending word number: two analyses of
    /// a document are compared word by word (`bm25::moves_of`).
    pub weights: Vec<(u32, u32)>,
    /// Tokens in the document's text (`TEXT_FIELDS`).
    pub length: usize,
}

/// The fields whose tokens make a document's length, which BM25 weighs
/// its words against (title, summary, body): what the document says. Not
/// the names it is filed under (its tags', its member's): a story is not
/// made to rank lower by its tags, and renaming a tag leaves the other
/// words of its stories scored as they were.
const TEXT_FIELDS: [bool; 5] = [true, false, false, true, true];

/// The words met so far, numbered in the order they were met.
#[derive(Default)]
pub struct Words {
    ids: FxHashMap<Box<str>, u32>,
    texts: Vec<Box<str>>,
}

impl Words {
    fn number(&mut self, word: String) -> u32 {
        if let Some(&id) = self.ids.get(word.as_str()) {
            return id;
        }
        let id = self.texts.len() as u32;
        let word = word.into_boxed_str();
        self.texts.push(word.clone());
        self.ids.insert(word, id);
        id
    }

    pub fn text(&self, id: u32) -> &str {
        &self.texts[id as usize]
    }

    /// How many words are numbered.
    pub fn count(&self) -> usize {
        self.texts.len()
    }
}

/// One language's analyses: its words, and each document's terms by the
/// hash of the document's text (`key`).
#[derive(Default)]
pub struct Analyses {
    pub words: Words,
    by_key: FxHashMap<u64, Arc<Terms>>,
    /// Whether this index's work is kept for the next (`serve`): the
    /// terms here, and the rest of its language's `kept::Kept`. A single
    /// build lets each batch go once merged, to hold less memory.
    remember: bool,
    /// Documents analysed by the last index (not found in `by_key`).
    pub analysed: usize,
}

impl Analyses {
    /// For an index made once: nothing is kept.
    #[cfg(test)]
    pub fn once() -> Analyses {
        Analyses::default()
    }

    /// The terms of documents analysed before, if any.
    pub fn kept(&self, key: u64) -> Option<Arc<Terms>> {
        self.by_key.get(&key).cloned()
    }

    /// A document's weighted term frequencies, from `term_frequencies`,
    /// under word numbers.
    pub fn numbered(&mut self, counted: (FxHashMap<String, u32>, usize)) -> Arc<Terms> {
        let (tf, length) = counted;
        self.analysed += 1;
        let mut weights: Vec<(u32, u32)> = tf
            .into_iter()
            .map(|(word, w)| (self.words.number(word), w))
            .collect();
        weights.sort_unstable();
        Arc::new(Terms { weights, length })
    }

    /// The terms of a document just analysed, found by its key from now
    /// on (`kept`).
    pub(super) fn add(&mut self, key: u64, terms: Arc<Terms>) {
        self.by_key.insert(key, terms);
    }

    /// Keep, for the next index, the terms of this one's documents only.
    pub fn keep_only(&mut self, used: FxHashMap<u64, Arc<Terms>>) {
        if self.remember {
            self.by_key = used;
        }
    }

    pub fn remembers(&self) -> bool {
        self.remember
    }

    /// Kept for a next index from now on; nothing analysed yet.
    pub(super) fn start(&mut self) {
        self.remember = true;
        self.analysed = 0;
    }
}

/// What a document's analysis is made from, hashed (`texts_key`).
pub fn key(doc: &Doc) -> u64 {
    texts_key([
        doc.display.kind,
        &doc.title,
        &doc.names,
        &doc.related,
        &doc.summary,
        doc.body,
    ])
}

/// Texts hashed one after the other, each with its length so that no
/// two run together: the key of what the search index keeps
/// (`kept`, `lookup`).
pub fn texts_key<'t>(texts: impl IntoIterator<Item = &'t str>) -> u64 {
    use std::hash::Hasher;
    let mut hasher = crate::fingerprint::Fingerprint::new();
    for text in texts {
        hasher.write(&text.len().to_le_bytes());
        hasher.write(text.as_bytes());
    }
    hasher.finish()
}

/// A document's weighted term frequencies, and its length in tokens
/// (`TEXT_FIELDS`).
pub fn term_frequencies(doc: &Doc) -> (FxHashMap<String, u32>, usize) {
    let mut tf: FxHashMap<String, u32> = FxHashMap::default();
    let mut length = 0usize;
    let fields = [
        doc.title.as_str(),
        &doc.names,
        &doc.related,
        &doc.summary,
        doc.body,
    ];
    let boost = kind_boost(doc.display.kind);
    for (i, (field, weight)) in fields.iter().zip(WEIGHTS).enumerate() {
        // The boost counts for names only, not for what a text says.
        let weight = weight * if i < 2 { boost } else { 10 };
        for token in analyze(field) {
            length += usize::from(TEXT_FIELDS[i]);
            let sum = tf.entry(token).or_default();
            *sum = sum.saturating_add(weight);
        }
    }
    (tf, length)
}

#[cfg(test)]
mod tests {
    use crate::derive::search::doc::test_doc;
    use crate::derive::search::kept::Memo;
    use crate::derive::search::scores::score;
    use crate::derive::search::terms::Analyses;

    #[test]
    fn weights_count_in_hundredths_of_a_body_word() {
        use crate::derive::search::terms::term_frequencies;
        let units = |kind, title| {
            let doc = test_doc(kind, title, &[], "guichet");
            let (tf, _) = term_frequencies(&doc);
            let token = &crate::analyzer::analyze(title)[0];
            (tf[token], tf[&crate::analyzer::analyze("guichet")[0]])
        };
        // Title 6 times a body word; a member's names twice, a page's 1.2.
        assert_eq!(units("story", "accueil"), (600, 100));
        assert_eq!(units("member", "accueil"), (1200, 100));
        assert_eq!(units("page", "accueil"), (720, 100));
    }

    #[test]
    fn an_index_made_again_analyses_only_the_documents_that_changed() {
        let bodies = ["accueil des citoyens", "horaires du guichet", "état civil"];
        let docs = |title: &str| {
            let mut docs: Vec<_> = (0..3)
                .map(|i| test_doc("story", &format!("Récit {i}"), &[], bodies[i]))
                .collect();
            std::sync::Arc::make_mut(&mut docs[1].fields).title = title.to_string();
            docs
        };
        let mut memo = Memo::default();
        let mut kept = memo.take("fr");
        let before = score(&docs("Ancienne mairie"), &mut kept.analyses);
        assert_eq!(kept.analyses.analysed, 3);
        memo.put_back([("fr".into(), kept)]);
        let old_word = &crate::analyzer::analyze("mairie")[0];
        assert!(before.contains_key(old_word));

        let edited = docs("Guichet unique");
        let mut kept = memo.take("fr");
        let postings = score(&edited, &mut kept.analyses);
        assert_eq!(kept.analyses.analysed, 1, "only the edited title");
        assert_eq!(postings, score(&edited, &mut Analyses::once()));
        assert!(postings.contains_key("guichet"));
        assert!(
            !postings.contains_key(old_word),
            "the old title's words are gone"
        );
    }
}
