//! The link table as a text's rendering asks it, each question and a hash
//! of its answer noted: a text rendered by one build can be reused by the
//! next as long as every question it asked is answered the same
//! (`content`'s memo), whatever else the site gained or lost. Before, the
//! whole table was part of every text's key, and a new story rendered the
//! site's every text again.

use super::{LinkTarget, Links};
use crate::discover::Kind;
use std::cell::RefCell;
use std::hash::Hash;

/// One question a text's rendering asked of the link table.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Query {
    Resolve {
        dest: String,
        from: String,
        lang: String,
    },
    File {
        name: String,
        from: String,
    },
    FilesBeside(String),
    Published(Kind),
}

impl Query {
    /// Whether the answer looks at the disk (whether a file is under
    /// `assets/`), not only at the link table.
    fn reads_disk(&self) -> bool {
        match self {
            Query::Resolve { dest, .. } => dest.starts_with('/'),
            Query::File { name, .. } => name.starts_with('/'),
            Query::FilesBeside(_) | Query::Published(_) => false,
        }
    }
}

/// A question, and a hash of the answer it got.
pub type Asked = (Query, u64);

/// The link table, noting the questions asked of it when `asked` is set.
/// One per text being rendered, on one thread.
#[derive(Clone, Copy)]
pub struct Lookup<'a> {
    links: &'a Links,
    asked: Option<&'a RefCell<Vec<Asked>>>,
}

impl<'a> Lookup<'a> {
    pub fn new(links: &'a Links) -> Lookup<'a> {
        Lookup { links, asked: None }
    }

    pub fn noting(links: &'a Links, asked: &'a RefCell<Vec<Asked>>) -> Lookup<'a> {
        Lookup {
            links,
            asked: Some(asked),
        }
    }

    pub fn resolve(&self, dest: &str, from_file: &str, lang: &str) -> LinkTarget {
        let target = self.links.resolve(dest, from_file, lang);
        self.note(
            || Query::Resolve {
                dest: dest.to_string(),
                from: from_file.to_string(),
                lang: lang.to_string(),
            },
            &target,
        );
        target
    }

    pub fn file(&self, name: &str, from_file: &str) -> Option<(String, String)> {
        let found = self.links.file(name, from_file);
        let query = || Query::File {
            name: name.to_string(),
            from: from_file.to_string(),
        };
        self.note(query, &found);
        found
    }

    pub fn files_beside(&self, from_file: &str) -> Vec<&'a str> {
        let names: Vec<&str> = self.links.files_beside(from_file).collect();
        self.note(|| Query::FilesBeside(from_file.to_string()), &names);
        names
    }

    pub fn published(&self, kind: Kind) -> Vec<&'a str> {
        let slugs: Vec<&str> = self.links.published(kind).collect();
        self.note(|| Query::Published(kind), &slugs);
        slugs
    }

    fn note(&self, query: impl FnOnce() -> Query, answer: &impl std::fmt::Debug) {
        if let Some(asked) = self.asked {
            asked.borrow_mut().push((query(), hash_of_answer(answer)));
        }
    }
}

/// Whether every question in `asked` gets the same answer from `links`.
/// `same_table`: whether `links` is the table they were asked of (the
/// same `Links::key`); only the questions that look at the disk are asked
/// again then (a title edited leaves the table as it was, and asking
/// 30,000 questions again was a tenth of a rebuild at 10,000 pages).
pub fn same_answers(links: &Links, asked: &[Asked], same_table: bool) -> bool {
    let asked = asked.iter().filter(|(q, _)| !same_table || q.reads_disk());
    asked.into_iter().all(|(query, answer)| {
        let now = match query {
            Query::Resolve { dest, from, lang } => hash_of_answer(&links.resolve(dest, from, lang)),
            Query::File { name, from } => hash_of_answer(&links.file(name, from)),
            Query::FilesBeside(from) => {
                hash_of_answer(&links.files_beside(from).collect::<Vec<&str>>())
            }
            Query::Published(kind) => {
                hash_of_answer(&links.published(*kind).collect::<Vec<&str>>())
            }
        };
        now == *answer
    })
}

thread_local! {
    /// The `Debug` text of the answer being hashed, in a buffer kept from
    /// one answer to the next: formatting each into a new string was
    /// mostly growing strings (a `serve` rebuild checks every kept
    /// text's answers, some 30,000 at 10,000 pages).
    static ANSWER: RefCell<String> = const { RefCell::new(String::new()) };
}

// Answers are hashed through their `Debug` text: `LinkTarget` holds
// messages, which have no `Hash`, and a text asks a handful of questions.
fn hash_of_answer(answer: &impl std::fmt::Debug) -> u64 {
    use std::fmt::Write;
    ANSWER.with_borrow_mut(|text| {
        text.clear();
        // Writing to a string cannot fail.
        let _ = write!(text, "{answer:?}");
        xxhash_rust::xxh3::xxh3_64(text.as_bytes())
    })
}
