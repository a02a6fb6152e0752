//! French typography: a narrow no-break space (U+202F) before `; : ! ?` and
//! inside « », so that punctuation never starts a line. Only spaces the
//! author wrote are changed; "08:00" and "https://" are left alone.

const NNBSP: char = '\u{202F}';

/// `text` with the typography of language `lang` (only French has rules).
pub fn for_lang(lang: &str, text: &str) -> String {
    if lang.split('-').next() == Some("fr") {
        french(text)
    } else {
        text.to_string()
    }
}

pub fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let is_space = c == ' ' || c == '\u{00A0}';
        let next = chars.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|p| chars[p]);
        if is_space && (matches!(next, Some(';' | ':' | '!' | '?' | '»')) || prev == Some('«')) {
            out.push(NNBSP);
            continue;
        }
        out.push(c);
        if c == '«' && next.is_some_and(|n| n != ' ' && n != '\u{00A0}' && n != NNBSP) {
            out.push(NNBSP);
        }
        if next == Some('»') && !is_space && c != NNBSP {
            out.push(NNBSP);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_before_high_punctuation() {
        assert_eq!(french("Horaires : 08:00"), "Horaires\u{202F}: 08:00");
        assert_eq!(french("Vraiment ? Oui !"), "Vraiment\u{202F}? Oui\u{202F}!");
        assert_eq!(
            french("« Espace Citoyen »"),
            "«\u{202F}Espace Citoyen\u{202F}»"
        );
        assert_eq!(french("«Espace»"), "«\u{202F}Espace\u{202F}»");
    }

    #[test]
    fn leaves_urls_times_and_plain_text() {
        assert_eq!(
            french("https://example.tn 08:00"),
            "https://example.tn 08:00"
        );
        assert_eq!(french("Note: rien"), "Note: rien");
        assert_eq!(french("sans ponctuation"), "sans ponctuation");
    }
}
