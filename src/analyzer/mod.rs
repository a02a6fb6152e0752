//! The text analyzer: how the search index (`derive::search`) turns text
//! into tokens, and how references and hours match a name or digits as
//! people type them. Its twin in the browser, `analyze.js` (shipped with
//! every site), follows the same written rules; both are checked against
//! one table of vectors,
//! `tests/search/vectors.json`, so a word typed in the browser becomes
//! exactly the token the index stored.
//!
//! The rules, in order: NFKC, lower case, NFD; drop Arabic diacritics,
//! tatweel, Latin accents and invisible joiners (which also unifies أ إ آ to ا, ؤ to و, ئ to
//! ي); map ٱ ى ة ی ک, Arabic-Indic digits and œ æ ß; split into words
//! (letters and digits, inner apostrophes); drop French elisions, words
//! shorter than two letters and stop words; stem lightly by script.

pub mod fuzzy;

/// The browser side of the analyzer, published at `search/analyze.js`.
pub const JS: &str = include_str!("analyze.js");

use unicode_normalization::UnicodeNormalization;

/// Titles and names longer than this (in distinct tokens) get no exact
/// key: people type names, not sentences.
pub const MAX_EXACT_TOKENS: usize = 6;

/// The key under which the index lists the items whose whole title or
/// name is `tokens`: the distinct tokens in code point order, joined by
/// spaces, then `=`. No analysed token holds a space or `=`, so it meets
/// no word; it shares a shard with its first token, which a query has
/// fetched already.
pub fn exact_key(tokens: &[String]) -> Option<String> {
    let mut distinct: Vec<&str> = tokens.iter().map(String::as_str).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.is_empty() || distinct.len() > MAX_EXACT_TOKENS {
        return None;
    }
    Some(format!("{}=", distinct.join(" ")))
}

/// Every token of `text`, in order, duplicates kept.
pub fn analyze(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    // Whitespace never joins or changes its neighbours under the rules
    // (it is a normalization starter, not a letter, not an apostrophe
    // inside a word), so the tokens of a text are those of its
    // whitespace-separated chunks. Chunks repeat a lot across a site: each
    // thread remembers the tokens of the chunks it has seen.
    CHUNKS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() > CHUNK_CACHE_LIMIT {
            cache.clear();
        }
        for chunk in text.split_whitespace() {
            match cache.get(chunk) {
                Some(known) => tokens.extend(known.iter().cloned()),
                None => {
                    let start = tokens.len();
                    analyze_uncached(chunk, &mut tokens);
                    cache.insert(chunk.into(), tokens[start..].into());
                }
            }
        }
    });
    tokens
}

const CHUNK_CACHE_LIMIT: usize = 500_000;

thread_local! {
    // FxHash, not SipHash: every chunk of every text is looked up here, and
    // the keys are the site's own words.
    static CHUNKS: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, Box<[String]>>> =
        std::cell::RefCell::default();
}

fn analyze_uncached(text: &str, tokens: &mut Vec<String>) {
    for word in words(&normalize(text)) {
        push_word(word, tokens);
    }
}

/// Steps 1–2: the normalized text, before splitting into words.
pub fn normalize(text: &str) -> String {
    let lowered: String = text.nfkc().collect::<String>().to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    for c in lowered.nfd() {
        if is_dropped_mark(c) {
            continue;
        }
        match c {
            '\u{0671}' => out.push('\u{0627}'),
            '\u{0649}' | '\u{06CC}' => out.push('\u{064A}'),
            '\u{0629}' => out.push('\u{0647}'),
            '\u{06A9}' => out.push('\u{0643}'),
            '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => out.push(western_digit(c)),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => out.push('\''),
            other => out.push(other),
        }
    }
    out
}

/// An Arabic-Indic or Persian digit as an ASCII one; any other character
/// as it is. (Dates and hours written by hand use it too.)
pub fn western_digit(c: char) -> char {
    let zero = match c {
        '\u{0660}'..='\u{0669}' => 0x0660,
        '\u{06F0}'..='\u{06F9}' => 0x06F0,
        _ => return c,
    };
    char::from_digit(c as u32 - zero, 10).unwrap_or(c)
}

fn is_dropped_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{00AD}'
        | '\u{200B}'..='\u{200D}'
        | '\u{2060}'
        | '\u{FEFF}')
}

/// Words of normalized text: runs of letters and digits, with apostrophes
/// allowed between them (`l'espace`, `aujourd'hui`).
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        let inner_apostrophe =
            c == '\'' && start.is_some() && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if inner_apostrophe {
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

const ELISIONS: [&str; 14] = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

/// Split at apostrophes, drop an elided article or pronoun, then filter and
/// stem each part.
fn push_word(word: &str, tokens: &mut Vec<String>) {
    let mut parts = word.split('\'').peekable();
    if word.contains('\'') && parts.peek().is_some_and(|first| ELISIONS.contains(first)) {
        parts.next();
    }
    for part in parts {
        if part.chars().count() < 2 || is_stop_word(part) {
            continue;
        }
        tokens.push(stem_word(part));
    }
}

const STOP_FR: &[&str] = &[
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "en", "au", "aux", "ce", "ces",
    "cet", "cette", "dans", "par", "pour", "sur", "avec", "sans", "que", "qui", "quoi", "est",
    "sont", "se", "sa", "son", "ses", "leur", "leurs", "il", "elle", "ils", "elles", "nous",
    "vous", "on", "ne", "pas", "plus", "y",
];

const STOP_AR: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "مع",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "او",
    "ثم",
    "قد",
    "كان",
    "كانت",
    "ان",
    "ما",
    "لا",
    "لم",
    "لن",
    "هو",
    "هي",
    "هم",
    "كل",
    "بين",
    "عند",
    "حتي",
    "اي",
];

pub fn is_stop_word(word: &str) -> bool {
    STOP_FR.contains(&word) || STOP_AR.contains(&word)
}

/// Light stemming of one normalized word, by its script.
pub fn stem_word(word: &str) -> String {
    if word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        stem_arabic(word)
    } else if word.chars().any(|c| c.is_ascii_lowercase()) {
        stem_french(word)
    } else {
        word.to_string()
    }
}

/// Prefixes only where the article follows: alone, و ف ب ل begin too many
/// common words (بلدية، ولاية، فضاء، وثيقة) to strip safely.
const AR_PREFIXES: [&str; 9] = [
    "وبال", "وكال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال",
];
const AR_SUFFIXES: [&str; 10] = ["يات", "ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه", "ي"];

fn stem_arabic(word: &str) -> String {
    let mut w = word;
    for p in AR_PREFIXES {
        if let Some(rest) = w.strip_prefix(p) {
            if rest.chars().count() >= 2 {
                w = rest;
                break;
            }
        }
    }
    for s in AR_SUFFIXES {
        if let Some(rest) = w.strip_suffix(s) {
            if rest.chars().count() >= 3 {
                w = rest;
                break;
            }
        }
    }
    w.to_string()
}

fn stem_french(word: &str) -> String {
    let mut w = word.to_string();
    let n = w.chars().count();
    if n >= 5 && (w.ends_with("eaux") || w.ends_with("eux")) {
        w.pop();
    } else if n >= 5 && w.ends_with("aux") {
        w.truncate(w.len() - 3);
        w.push_str("al");
    } else if n >= 4 && w.ends_with('s') && !w.ends_with("ss") {
        w.pop();
    }
    if w.chars().count() >= 5 && w.ends_with('e') {
        w.pop();
        let doubled = ["nn", "ll", "tt"].iter().any(|d| w.ends_with(d));
        if doubled && w.chars().count() >= 5 {
            w.pop();
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    struct Vector {
        lang: String,
        text: String,
        tokens: Vec<String>,
        note: String,
    }

    /// The shared table: the browser's analyzer is checked against the same
    /// file by `tests/browser/analyze.test.mjs`.
    #[test]
    fn shared_vectors() {
        let table: Vec<Vector> =
            serde_json::from_str(include_str!("../../tests/search/vectors.json")).unwrap();
        assert!(table.len() >= 150, "only {} vectors", table.len());
        let failures: Vec<String> = table
            .iter()
            .filter_map(|v| {
                let got = analyze(&v.text);
                (got != v.tokens).then(|| {
                    format!(
                        "[{}] {} — {:?}: expected {:?}, got {:?}",
                        v.lang, v.note, v.text, v.tokens, got
                    )
                })
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Chunking at whitespace (and the chunk cache) must not change a
    /// single token: checked on every vector and on strings built to
    /// break it (marks after a space, no-break spaces, ligatures, sigma).
    #[test]
    fn chunking_at_whitespace_changes_nothing() {
        let table: Vec<Vector> =
            serde_json::from_str(include_str!("../../tests/search/vectors.json")).unwrap();
        let tricky = [
            "e\u{301} x a \u{301}b",
            "l' espace l'\u{a0}espace",
            "\u{fb01}n \u{fb02}eur ΣΑΣ Σ σ",
            "٣ ٤\u{2003}مدينة\u{a0}ال\u{200d} بلدية",
            "qu' aujourd'hui ' jusqu'à",
            "\u{feff}a\u{feff} \u{ad}bc\u{ad}",
        ];
        let texts = table.iter().map(|v| v.text.as_str()).chain(tricky);
        for text in texts {
            // Twice: the second call is served from the cache.
            for _ in 0..2 {
                let mut whole = Vec::new();
                analyze_uncached(text, &mut whole);
                assert_eq!(analyze(text), whole, "{text:?}");
            }
        }
    }

    #[test]
    fn exact_keys_sort_by_code_point_and_drop_repeats() {
        let key = |text: &str| exact_key(&analyze(text));
        assert_eq!(key("Commune de Tunis").as_deref(), Some("commun tuni="));
        assert_eq!(key("تونس بلدية تونس").as_deref(), Some("بلد تونس="));
        assert_eq!(key("le la"), None);
        assert_eq!(key("un deux trois quatre cinq six sept huit"), None);
    }

    #[test]
    fn words_keep_inner_apostrophes_only() {
        assert_eq!(words("l'espace 'x' a'"), ["l'espace", "x", "a"]);
    }
}
