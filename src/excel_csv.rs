//! A "CSV" saved by French Excel (or LibreOffice in French) has `;`
//! between fields, a decimal comma and spaces (or U+00A0, U+202F) between
//! thousands: `mois;service;demandes` / `janvier;état civil;1 234,5`.
//! Published as it is, every reader and harvester would see one column.
//! It is converted to the published form (`,` between fields, a decimal
//! point, no thousands separator) and the writer is told so.

/// Whether `text` looks like a French Excel CSV: the header splits into
/// more fields on `;` than on `,`, and every line has as many `;`.
pub fn is_french_excel(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let Some(header) = lines.next() else {
        return false;
    };
    let fields = |line: &str, d: u8| split(line, d).len();
    let semicolons = fields(header, b';');
    semicolons > 1
        && semicolons > fields(header, b',')
        && lines.take(50).all(|l| fields(l, b';') == semicolons)
}

/// Fields of one line (quotes respected), for the sniffing above.
fn split(line: &str, delimiter: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(line.as_bytes());
    reader
        .records()
        .next()
        .and_then(Result::ok)
        .map(|r| r.iter().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The standard CSV of a French Excel one, or the `csv` crate's error.
pub fn convert(text: &str) -> Result<String, csv::Error> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in reader.records() {
        let record = record?;
        writer.write_record(
            record
                .iter()
                .map(|field| number(field).unwrap_or(field.to_string())),
        )?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes).unwrap_or_default())
}

/// `1 234,5` → `1234.5`; `-3,25` → `-3.25`; `12` stays; not a number → None.
fn number(field: &str) -> Option<String> {
    let compact: String = field
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (sign, digits) = match compact.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", compact.as_str()),
    };
    let (whole, fraction) = match digits.split_once(',') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || fraction.is_some_and(|f| !all_digits(f)) {
        return None;
    }
    // Spaces inside a field are thousands separators only in groups of three.
    let groups: Vec<&str> = field
        .trim()
        .trim_start_matches('-')
        .split([' ', '\u{a0}', '\u{202f}'])
        .collect();
    let digits = |g: &str| g.split(',').next().unwrap_or("").len();
    if groups.len() > 1 && (digits(groups[0]) > 3 || groups[1..].iter().any(|g| digits(g) != 3)) {
        return None;
    }
    Some(match fraction {
        Some(f) => format!("{sign}{whole}.{f}"),
        None => format!("{sign}{whole}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_excel_csv_becomes_a_standard_one() {
        let text = "mois;service;demandes;délai moyen\njanvier;état civil;1\u{202f}234;2,5\nfévrier;\"permis; urbanisme\";987;-0,75\n";
        assert!(is_french_excel(text));
        assert_eq!(
            convert(text).unwrap(),
            "mois,service,demandes,délai moyen\njanvier,état civil,1234,2.5\nfévrier,permis; urbanisme,987,-0.75\n"
        );
    }

    #[test]
    fn a_standard_csv_is_left_alone_and_words_stay_words() {
        assert!(!is_french_excel(
            "mois,service,demandes\njanvier,état civil,12\n"
        ));
        assert!(!is_french_excel("titre\nune; deux\n"));
        assert_eq!(number("12 rue"), None);
        assert_eq!(number("1 23,5"), None);
        assert_eq!(number("0,5"), Some("0.5".into()));
        assert_eq!(number("12345 678"), None);
    }
}
