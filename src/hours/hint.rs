//! Opening hours as writers type them — `Lu-Ve 8h-17h`, `الاثنين-الجمعة
//! 08:00-16:00`, `du lundi au vendredi de 8h à 12h30` — turned into the
//! OpenStreetMap form, for the help line of the error they get.

use crate::messages::Message;
use crate::msg;

/// French and Arabic words for days (and the words between them), folded
/// by [`crate::hints::fold`], with what OSM writes instead; `""` drops the
/// word.
const WORDS: &[(&str, &str)] = &[
    ("lundi", "Mo"),
    ("lun", "Mo"),
    ("lu", "Mo"),
    ("mardi", "Tu"),
    ("mar", "Tu"),
    ("ma", "Tu"),
    ("mercredi", "We"),
    ("mer", "We"),
    ("me", "We"),
    ("jeudi", "Th"),
    ("jeu", "Th"),
    ("je", "Th"),
    ("vendredi", "Fr"),
    ("ven", "Fr"),
    ("ve", "Fr"),
    ("samedi", "Sa"),
    ("sam", "Sa"),
    ("dimanche", "Su"),
    ("dim", "Su"),
    ("di", "Su"),
    ("الاثنين", "Mo"),
    ("الإثنين", "Mo"),
    ("اثنين", "Mo"),
    ("الاتنين", "Mo"),
    ("الثلاثاء", "Tu"),
    ("الثلاثا", "Tu"),
    ("الأربعاء", "We"),
    ("الاربعاء", "We"),
    ("الخميس", "Th"),
    ("الجمعة", "Fr"),
    ("الجمعه", "Fr"),
    ("السبت", "Sa"),
    ("الأحد", "Su"),
    ("الاحد", "Su"),
    ("a", "-"),
    ("au", "-"),
    ("jusqu", ""),
    ("إلى", "-"),
    ("الى", "-"),
    ("حتى", "-"),
    ("et", ","),
    ("و", ","),
    ("de", ""),
    ("du", ""),
    ("من", ""),
    ("le", ""),
    ("h", ""),
    ("ferme", "off"),
    ("مغلق", "off"),
    ("fermeture", "off"),
    ("jours", ""),
    ("feries", "PH"),
    ("ferie", "PH"),
    ("العطل", "PH"),
];

/// The OSM form of `written`, when the writer's form can be read and is
/// not already OSM.
pub fn hint(written: &str) -> Option<Message> {
    let osm = to_osm(written)?;
    (osm != written.trim() && super::parse(&osm).is_ok()).then(|| msg!("hours-hint", osm = osm))
}

fn to_osm(written: &str) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for token in tokens(written) {
        let piece = match token {
            Token::Word(w) => {
                let folded = crate::hints::fold(&w);
                match WORDS
                    .iter()
                    .find(|(word, _)| crate::hints::fold(word) == folded)
                {
                    Some((_, osm)) => osm.to_string(),
                    None if is_osm_word(&w) => w,
                    None => return None,
                }
            }
            Token::Time(t) => time(&t)?,
            Token::Mark(c) => c.to_string(),
        };
        if !piece.is_empty() {
            out.push(piece);
        }
    }
    Some(join(&out))
}

fn is_osm_word(w: &str) -> bool {
    ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "off"].contains(&w)
        || super::MONTHS.contains(&w)
}

enum Token {
    Word(String),
    Time(String),
    Mark(char),
}

fn tokens(text: &str) -> Vec<Token> {
    let text: String = text
        .chars()
        .map(|c| match c {
            '٠'..='٩' | '۰'..='۹' => crate::analyzer::western_digit(c),
            '،' => ',',
            '؛' => ';',
            '–' | '—' => '-',
            '’' | '\'' => ' ',
            c => c,
        })
        .collect();
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut t = c.to_string();
            while let Some(&n) = chars.peek() {
                let time_char = n.is_ascii_digit() || matches!(n, ':' | 'h' | 'H' | '.');
                if !time_char {
                    break;
                }
                t.push(n);
                chars.next();
            }
            out.push(Token::Time(t));
        } else if c.is_alphabetic() {
            let mut w = c.to_string();
            while let Some(&n) = chars.peek() {
                if !n.is_alphabetic() && !('\u{064B}'..='\u{0652}').contains(&n) {
                    break;
                }
                w.push(n);
                chars.next();
            }
            out.push(Token::Word(w));
        } else if !c.is_whitespace() {
            out.push(Token::Mark(c));
        }
    }
    out
}

/// `8h` → `08:00`, `8h30` / `8:30` / `8.30` → `08:30`.
fn time(t: &str) -> Option<String> {
    let t = t.to_lowercase();
    let (h, m) = match t.split_once(['h', ':', '.']) {
        Some((h, m)) => (h, if m.is_empty() { "00" } else { m }),
        None => (t.as_str(), "00"),
    };
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// Tokens with spaces between rules' parts and none around `-` and `,`.
fn join(pieces: &[String]) -> String {
    let mut out = String::new();
    for p in pieces {
        let tight = matches!(p.as_str(), "-" | ",") || out.ends_with('-') || out.ends_with(',');
        if p == ";" {
            out.push(';');
        } else if !out.is_empty() && !tight {
            out.push(' ');
            out.push_str(p);
        } else {
            out.push_str(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_arabic_forms_become_osm() {
        for (written, osm) in [
            ("Lu-Ve 08:00-17:00", "Mo-Fr 08:00-17:00"),
            ("Mo-Fr 8h-17h", "Mo-Fr 08:00-17:00"),
            (
                "du lundi au vendredi de 8h à 12h30 et de 14h à 17h",
                "Mo-Fr 08:00-12:30,14:00-17:00",
            ),
            ("الاثنين-الجمعة 08:00-16:00", "Mo-Fr 08:00-16:00"),
            (
                "من الاثنين إلى الجمعة ٨:٠٠-١٥:٠٠؛ السبت ٨:٠٠-١٢:٠٠",
                "Mo-Fr 08:00-15:00; Sa 08:00-12:00",
            ),
            ("Lun-Ven 8h-12h; Sam fermé", "Mo-Fr 08:00-12:00; Sa off"),
            ("du lundi jusqu’au vendredi 8h-17h", "Mo-Fr 08:00-17:00"),
        ] {
            assert_eq!(to_osm(written).as_deref(), Some(osm), "{written}");
            assert!(hint(written).is_some(), "{written}");
        }
    }

    #[test]
    fn no_hint_for_what_cannot_be_read_or_is_already_osm() {
        assert_eq!(hint("Mo-Fr 08:00-17:00"), None);
        assert_eq!(hint("sur rendez-vous"), None);
        assert_eq!(hint("8h-17h45 sauf le mardi"), None);
    }
}
