//! Languages: direction, CLDR plural categories and localised dates.
//!
//! Direction is the generator's job, not the theme's: templates receive `dir`
//! and arrows from here.

use time::Date;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    /// The direction a language is written in when the site does not say.
    pub fn of_language(code: &str) -> Dir {
        match primary_subtag(code) {
            "ar" | "fa" | "he" | "ur" | "ps" | "yi" | "dv" | "ckb" => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }

    /// Arrows that point the reading way: "previous" points back, "next" on.
    pub fn prev_arrow(self) -> &'static str {
        match self {
            Dir::Ltr => "←",
            Dir::Rtl => "→",
        }
    }

    pub fn next_arrow(self) -> &'static str {
        match self {
            Dir::Ltr => "→",
            Dir::Rtl => "←",
        }
    }

    /// Direction of the first strongly directional character of `text`, if
    /// any: what `dir=auto` would pick.
    pub fn of_text(text: &str) -> Option<Dir> {
        text.chars().find_map(strong_dir)
    }
}

fn strong_dir(c: char) -> Option<Dir> {
    let u = c as u32;
    let rtl = matches!(u, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
    if rtl {
        Some(Dir::Rtl)
    } else if c.is_alphabetic() {
        Some(Dir::Ltr)
    } else {
        None
    }
}

fn primary_subtag(code: &str) -> &str {
    code.split(['-', '_']).next().unwrap_or(code)
}

/// CLDR plural categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }

    pub const ALL: [&'static str; 6] = ["zero", "one", "two", "few", "many", "other"];

    /// The CLDR cardinal category of a whole number `n` in language `code`.
    /// Covers the languages a Maghreb site needs; others use the English rule.
    pub fn of(code: &str, n: u64) -> Plural {
        match primary_subtag(code) {
            "ar" => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
            // CLDR 42+: "many" for 1 000 000, 2 000 000 … (de millions).
            "fr" | "es" | "it" | "pt" => match n {
                0 | 1 => Plural::One,
                n if n != 0 && n % 1_000_000 == 0 => Plural::Many,
                _ => Plural::Other,
            },
            "ja" | "zh" | "ko" | "tr" => Plural::Other,
            _ => match n {
                1 => Plural::One,
                _ => Plural::Other,
            },
        }
    }
}

const MONTHS_AR_MAGHREB: [&str; 12] = [
    "جانفي",
    "فيفري",
    "مارس",
    "أفريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS_AR: [&str; 7] = [
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
];
const WEEKDAYS_FR: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const WEEKDAYS_FR_SHORT: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Weekday `day` (0 = Monday); `short` for compact summaries (French
/// abbreviates, Arabic day names are already short).
pub fn weekday(code: &str, day: u8, short: bool) -> &'static str {
    let names = match (primary_subtag(code), short) {
        ("ar", _) => &WEEKDAYS_AR,
        ("fr", true) => &WEEKDAYS_FR_SHORT,
        ("fr", false) => &WEEKDAYS_FR,
        _ => &WEEKDAYS_EN,
    };
    names[usize::from(day) % 7]
}

/// Month `month` (1–12) in the reader's language.
pub fn month(code: &str, month: u8) -> &'static str {
    let months = match primary_subtag(code) {
        "ar" => &MONTHS_AR_MAGHREB,
        "fr" => &MONTHS_FR,
        _ => &MONTHS_EN,
    };
    months[usize::from(month.clamp(1, 12)) - 1]
}

/// The dash between the ends of a range: spaced in Arabic, where unspaced
/// dashes between words read poorly, tight in French ("lun.–ven.").
pub fn range_dash(code: &str) -> &'static str {
    match primary_subtag(code) {
        "ar" => " – ",
        _ => "–",
    }
}

/// How a date is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// 12 جانفي 2025 / 12 janvier 2025 (1er janvier in French)
    Long,
    /// جانفي 2025 / janvier 2025
    Month,
    /// 12/01/2025
    Short,
}

impl DateStyle {
    pub fn parse(name: &str) -> Option<DateStyle> {
        match name {
            "long" => Some(DateStyle::Long),
            "month" => Some(DateStyle::Month),
            "short" => Some(DateStyle::Short),
            _ => None,
        }
    }
}

/// A date in the reader's language. Arabic uses the month names used in
/// Tunisia and the rest of the Maghreb, with Western digits.
pub fn format_date(code: &str, date: Date, style: DateStyle) -> String {
    let month_index = date.month() as usize - 1;
    let months = match primary_subtag(code) {
        "ar" => &MONTHS_AR_MAGHREB,
        "fr" => &MONTHS_FR,
        _ => &MONTHS_EN,
    };
    let month = months[month_index];
    let (day, year) = (date.day(), date.year());
    match style {
        DateStyle::Short => format!("{day:02}/{:02}/{year}", month_index + 1),
        DateStyle::Month => format!("{month} {year}"),
        DateStyle::Long => match primary_subtag(code) {
            "fr" if day == 1 => format!("1er {month} {year}"),
            "ar" | "fr" => format!("{day} {month} {year}"),
            _ => format!("{month} {day}, {year}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn arabic_has_six_plural_forms() {
        let cases = [
            (0, Plural::Zero),
            (1, Plural::One),
            (2, Plural::Two),
            (3, Plural::Few),
            (10, Plural::Few),
            (11, Plural::Many),
            (99, Plural::Many),
            (100, Plural::Other),
            (102, Plural::Other),
            (103, Plural::Few),
            (111, Plural::Many),
        ];
        for (n, want) in cases {
            assert_eq!(Plural::of("ar", n), want, "n = {n}");
        }
    }

    #[test]
    fn french_zero_is_singular() {
        assert_eq!(Plural::of("fr", 0), Plural::One);
        assert_eq!(Plural::of("fr", 1), Plural::One);
        assert_eq!(Plural::of("fr", 2), Plural::Other);
        assert_eq!(Plural::of("fr", 2_000_000), Plural::Many);
        assert_eq!(Plural::of("en", 0), Plural::Other);
    }

    #[test]
    fn maghreb_month_names() {
        assert_eq!(
            format_date("ar", date!(2025 - 01 - 12), DateStyle::Long),
            "12 جانفي 2025"
        );
        assert_eq!(
            format_date("ar", date!(2024 - 07 - 03), DateStyle::Long),
            "3 جويلية 2024"
        );
        assert_eq!(
            format_date("ar", date!(2024 - 08 - 30), DateStyle::Month),
            "أوت 2024"
        );
        assert_eq!(
            format_date("fr", date!(2025 - 02 - 01), DateStyle::Long),
            "1er février 2025"
        );
        assert_eq!(
            format_date("fr", date!(2025 - 02 - 09), DateStyle::Short),
            "09/02/2025"
        );
    }

    #[test]
    fn direction_of_languages_and_text() {
        assert_eq!(Dir::of_language("ar"), Dir::Rtl);
        assert_eq!(Dir::of_language("ar-TN"), Dir::Rtl);
        assert_eq!(Dir::of_language("fr"), Dir::Ltr);
        assert_eq!(Dir::of_text("2024 Commune de Sfax"), Some(Dir::Ltr));
        assert_eq!(Dir::of_text("« بلدية صفاقس »"), Some(Dir::Rtl));
        assert_eq!(Dir::of_text("12:00 – 14:00"), None);
    }
}
