use crate::messages::{self, Message};
use crate::msg;
use serde::{Deserialize, Deserializer};
use std::fmt;
use time::Date;

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

const FORMAT: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");

impl Day {
    pub fn parse(text: &str) -> Option<Day> {
        Date::parse(text.trim(), FORMAT).ok().map(Day)
    }

    pub fn iso(self) -> String {
        self.0.format(FORMAT).unwrap_or_default()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Day::parse(&text)
            .ok_or_else(|| serde::de::Error::custom(messages::carry(&why_not_a_date(&text))))
    }
}

/// Why `text` is not a date, in words an editor can act on.
pub fn why_not_a_date(text: &str) -> Message {
    let text = text.trim();
    if text.is_empty() {
        return msg!("date-empty");
    }
    let parts: Vec<&str> = text.split('-').collect();
    let shaped = parts.len() == 3
        && [4, 2, 2] == [parts[0].len(), parts[1].len(), parts[2].len()]
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()));
    if shaped {
        let (year, month) = (parts[0].parse::<i32>(), parts[1].parse::<u8>());
        if let (Ok(year), Ok(month)) = (year, month) {
            if !(1..=12).contains(&month) {
                return msg!("date-no-month", value = text, month = month);
            }
            if let Ok(m) = time::Month::try_from(month) {
                let days = m.length(year);
                return msg!(
                    "date-short-month",
                    value = text,
                    month = month,
                    year = year,
                    days = days
                );
            }
        }
    }
    match super::date_guess::guess(text) {
        Some(day) => msg!(
            "date-guess",
            value = text,
            iso = day.iso(),
            day = day.0.day(),
            month = u8::from(day.0.month()),
            year = day.0.year()
        ),
        None => msg!("date-invalid", value = text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_only() {
        assert_eq!(Day::parse("2024-02-29").unwrap().iso(), "2024-02-29");
        assert!(Day::parse("2023-02-29").is_none());
        assert!(Day::parse("01/02/2024").is_none());
        assert!(Day::parse("2024-13-01").is_none());
    }

    #[test]
    fn says_why_a_date_is_wrong() {
        assert_eq!(
            why_not_a_date("2025-02-30"),
            "`2025-02-30` is not a valid date: February 2025 has 28 days"
        );
        assert_eq!(
            why_not_a_date("2024-13-01"),
            "`2024-13-01` is not a valid date: there is no month 13"
        );
        assert_eq!(why_not_a_date("").id, "date-empty");
        assert_eq!(
            why_not_a_date("12 mars 2025"),
            "`12 mars 2025` is not written YYYY-MM-DD: if you meant 12 March 2025, write 2025-03-12"
        );
        assert_eq!(why_not_a_date("2025/3").id, "date-invalid");
    }
}
