//! What a writer probably meant: the choice behind a French or Arabic word
//! (`opérationnel` → `operational`, `rapport` → `report`), the closest
//! spelling, and the line to add for a missing field. Diagnostics use
//! these for their help lines.

use crate::diag::closest;
use crate::messages::Message;
use crate::msg;

/// Words writers use for the fixed choices of the content model, each with
/// the key to write. Compared after [`fold`].
const SYNONYMS: &[(&str, &str)] = &[
    ("operationnel", "operational"),
    ("operationnelle", "operational"),
    ("ouvert", "operational"),
    ("actif", "operational"),
    ("en service", "operational"),
    ("open", "operational"),
    ("يعمل", "operational"),
    ("مفتوح", "operational"),
    ("ناشط", "operational"),
    ("فاعل", "operational"),
    ("en cours", "in-progress"),
    ("en-cours", "in-progress"),
    ("encours", "in-progress"),
    ("قيد الإنجاز", "in-progress"),
    ("قيد الانجاز", "in-progress"),
    ("قيد التنفيذ", "in-progress"),
    ("prevu", "planned"),
    ("planifie", "planned"),
    ("programme", "planned"),
    ("مبرمج", "planned"),
    ("مبرمجة", "planned"),
    ("مخطط", "planned"),
    ("publie", "published"),
    ("publiee", "published"),
    ("done", "published"),
    ("fini", "published"),
    ("termine", "published"),
    ("منشور", "published"),
    ("منشورة", "published"),
    ("rapport", "report"),
    ("تقرير", "report"),
    ("دليل", "guide"),
    ("boite a outils", "toolkit"),
    ("kit", "toolkit"),
    ("outils", "toolkit"),
    ("حقيبة", "toolkit"),
    ("formation", "training"),
    ("تكوين", "training"),
    ("تدريب", "training"),
    ("etude", "study"),
    ("دراسة", "study"),
    ("evenement", "event"),
    ("حدث", "event"),
    ("تظاهرة", "event"),
    ("arabe", "ar"),
    ("عربية", "ar"),
    ("العربية", "ar"),
    ("francais", "fr"),
    ("فرنسية", "fr"),
    ("الفرنسية", "fr"),
];

/// Lowercase, without French accents, Arabic diacritics or tatweel, `_`
/// read as `-`.
pub fn fold(word: &str) -> String {
    word.trim()
        .to_lowercase()
        .chars()
        .filter(|c| !matches!(*c, '\u{064B}'..='\u{0652}' | '\u{0640}'))
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'û' | 'ù' | 'ü' => 'u',
            'ô' | 'ö' => 'o',
            'î' | 'ï' => 'i',
            'à' | 'â' | 'ä' => 'a',
            'ç' => 'c',
            '_' => '-',
            c => c,
        })
        .collect()
}

/// The key among `choices` that `wrong` stands for: a translation of it,
/// or a close spelling.
pub fn meant<'a>(wrong: &str, choices: &[&'a str]) -> Option<&'a str> {
    let folded = fold(wrong);
    let by_word = SYNONYMS
        .iter()
        .filter(|(word, _)| fold(word) == folded || fold(word).replace(' ', "-") == folded)
        .find_map(|(_, key)| choices.iter().find(|c| *c == key).copied());
    by_word.or_else(|| closest(&folded, choices.iter().copied()))
}

/// The key of `list` whose name, in any language, or alias is what the
/// writer typed as a slug: `etat-civil` for «État civil» → `civil-status`.
pub fn meant_by_label<'a>(wrong: &str, list: &'a crate::model::RefList) -> Option<&'a str> {
    let wanted = as_slug(wrong);
    list.entries.iter().find_map(|(key, entry)| {
        let names = entry
            .name
            .values()
            .into_iter()
            .chain(entry.aliases.iter().map(String::as_str));
        names
            .into_iter()
            .any(|n| as_slug(n) == wanted)
            .then_some(key.as_str())
    })
}

/// Folded, with spaces and apostrophes as `-`: «État civil» → `etat-civil`.
fn as_slug(text: &str) -> String {
    fold(text)
        .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | '-'))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// "did you mean `planned`?", else "use one of planned, in-progress, published".
pub fn suggest_choice(wrong: &str, choices: &[&str]) -> Message {
    match meant(wrong, choices) {
        Some(key) => msg!("did-you-mean", name = key),
        None => msg!("use-one-of", choices = choices.join(", ")),
    }
}

/// The line to add for a missing field, with a value of the right shape
/// that the writer must replace (never a real member or committee, which
/// a hurried writer could leave as it is).
pub fn example_line(field: &str) -> String {
    let value = match field {
        "date" | "opened" | "due" | "published" | "modified" | "issued" => "2025-03-12",
        "location" => "{ lat: 36.8065, lon: 10.1815 }",
        "languages" => "[ar, fr]",
        "default_language" => "ar",
        "base_url" => "https://reseau-espace-citoyen.example.tn/",
        "license" => "CC-BY-4.0",
        "kind" => "guide",
        "status" => "operational",
        "files" | "resources" | "tags" | "services" | "committees" | "members" => "[…]",
        _ => "…",
    };
    format!("{field}: {value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_arabic_words_find_their_choice() {
        let statuses = ["operational", "in-progress", "planned"];
        assert_eq!(meant("opérationnel", &statuses), Some("operational"));
        assert_eq!(meant("En cours", &statuses), Some("in-progress"));
        assert_eq!(meant("قيد الإنجاز", &statuses), Some("in-progress"));
        assert_eq!(meant("planed", &statuses), Some("planned"));
        assert_eq!(meant("xyz", &statuses), None);
        let kinds = ["guide", "report", "toolkit"];
        assert_eq!(meant("rapport", &kinds), Some("report"));
        assert_eq!(meant("rapport", &statuses), None);
    }
}
