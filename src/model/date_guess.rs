//! Which ISO date a writer probably meant by a date written the French or
//! Tunisian way: `12/03/2025`, `12-03-2025`, `12.03.2025`, `12 mars 2025`,
//! `12 مارس 2025` (Maghreb, Mashriq or standard month names, Western or
//! Arabic-Indic digits). Day first, as in Tunisia; never month first.

use super::Day;
use crate::analyzer::western_digit;
use crate::hints::fold;
use time::{Date, Month};

/// Month names a Tunisian writer may use, each with its month number.
const MONTH_NAMES: &[(&str, u8)] = &[
    ("janvier", 1),
    ("janv", 1),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("mars", 3),
    ("avril", 4),
    ("avr", 4),
    ("mai", 5),
    ("juin", 6),
    ("juillet", 7),
    ("juil", 7),
    ("aout", 8),
    ("septembre", 9),
    ("sept", 9),
    ("octobre", 10),
    ("oct", 10),
    ("novembre", 11),
    ("nov", 11),
    ("decembre", 12),
    ("dec", 12),
    // Maghreb (Tunisia, Algeria)
    ("جانفي", 1),
    ("فيفري", 2),
    ("مارس", 3),
    ("أفريل", 4),
    ("افريل", 4),
    ("ماي", 5),
    ("جوان", 6),
    ("جويلية", 7),
    ("أوت", 8),
    ("اوت", 8),
    ("سبتمبر", 9),
    ("أكتوبر", 10),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("ديسمبر", 12),
    // Standard Arabic
    ("يناير", 1),
    ("فبراير", 2),
    ("أبريل", 4),
    ("ابريل", 4),
    ("مايو", 5),
    ("يونيو", 6),
    ("يوليو", 7),
    ("أغسطس", 8),
    ("اغسطس", 8),
    // Mashriq
    ("كانون الثاني", 1),
    ("شباط", 2),
    ("آذار", 3),
    ("نيسان", 4),
    ("أيار", 5),
    ("حزيران", 6),
    ("تموز", 7),
    ("آب", 8),
    ("أيلول", 9),
    ("تشرين الأول", 10),
    ("تشرين الثاني", 11),
    ("كانون الأول", 12),
];

/// The date `text` probably stands for, when it has a day, a month and a
/// four-digit year in the day-first order and names a real day.
pub fn guess(text: &str) -> Option<Day> {
    let text: String = text.trim().chars().map(western_digit).collect();
    numeric(&text).or_else(|| named(&text))
}

/// `12/03/2025`, `12-03-2025`, `12.03.2025`, `12 03 2025`.
fn numeric(text: &str) -> Option<Day> {
    let parts: Vec<&str> = text
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    if year.len() != 4 || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    day_of(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// `12 mars 2025`, `1er mars 2025`, `12 مارس 2025`, `12 تشرين الأول 2025`.
fn named(text: &str) -> Option<Day> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (first, rest) = words.split_first()?;
    let (last, middle) = rest.split_last()?;
    let day: u8 = first
        .trim_end_matches("er")
        .trim_end_matches(',')
        .parse()
        .ok()?;
    let year: i32 = last.parse().ok().filter(|_| last.len() == 4)?;
    let name = folded(&middle.join(" "));
    let month = MONTH_NAMES
        .iter()
        .find(|(n, _)| folded(n) == name)
        .map(|(_, m)| *m)?;
    day_of(year, month, day)
}

/// Lowercase, without accents or a final dot (`Févr.` → `fevr`).
fn folded(word: &str) -> String {
    fold(word.trim_end_matches('.'))
}

fn day_of(year: i32, month: u8, day: u8) -> Option<Day> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day)
        .ok()
        .map(Day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_tunisian_forms_become_iso_dates() {
        for (written, meant) in [
            ("12/03/2025", "2025-03-12"),
            ("12-03-2025", "2025-03-12"),
            ("2.5.2019", "2019-05-02"),
            ("12 mars 2025", "2025-03-12"),
            ("1er Février 2024", "2024-02-01"),
            ("12 مارس 2025", "2025-03-12"),
            ("٣ جانفي ٢٠٢٤", "2024-01-03"),
            ("5 أوت 2023", "2023-08-05"),
            ("7 تشرين الأول 2022", "2022-10-07"),
        ] {
            assert_eq!(
                guess(written).map(Day::iso).as_deref(),
                Some(meant),
                "{written}"
            );
        }
    }

    #[test]
    fn no_guess_without_a_real_day_and_a_full_year() {
        for written in [
            "31/02/2025",
            "12/03/25",
            "20250112",
            "mars 2025",
            "12 brumaire 2025",
            "13/13/2025",
        ] {
            assert_eq!(guess(written), None, "{written}");
        }
    }
}
