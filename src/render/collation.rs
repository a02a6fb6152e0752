//! How names are sorted for a reader: the members, governorates, tags
//! and story filters of one language.

/// A sort key that orders Arabic and French names as a reader expects:
/// case, accents and Arabic diacritics ignored, alef and hamza forms
/// unified. (Full UCA collation would need ICU; this is its useful core.)
pub fn collation_key(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670 | 0x0640))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            'à' | 'â' | 'ä' => 'a',
            'ç' => 'c',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collation_ignores_accents_and_hamza() {
        assert!(collation_key("Émilie") < collation_key("Fatma"));
        assert_eq!(collation_key("أريانة"), collation_key("اريانه"));
        assert!(collation_key("بلدية أريانة") < collation_key("بلدية تونس"));
    }
}
