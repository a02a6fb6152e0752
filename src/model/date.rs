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
        Day::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a valid date: write it as YYYY-MM-DD, e.g. 2024-03-01"
            ))
        })
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
}
