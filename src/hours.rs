//! Opening hours in OpenStreetMap `opening_hours` syntax, the subset a
//! Citizen Space needs:
//!
//! ```text
//! hours    = rule *( ";" rule )
//! rule     = [ months ] [ days ] ( spans | "off" )   |   "PH" ( spans | "off" )
//! months   = month [ "-" month ] *( "," month [ "-" month ] )     Jan … Dec
//! days     = day [ "-" day ] *( "," day [ "-" day ] )             Mo … Su
//! spans    = time "-" time *( "," time "-" time )                 08:00-12:30
//! ```
//!
//! As in OSM, a later rule replaces what earlier rules said for the days it
//! names: `Mo-Fr 08:00-17:00; Jul-Aug Mo-Fr 07:30-13:30` means summer
//! single-session hours in July and August. A rule without days means every
//! day. `PH` is public holidays. Ramadan has no fixed dates and no OSM
//! keyword, so it is written as a month range of the year's Ramadan.

mod hint;

pub use hint::hint;

use crate::messages::Message;
use crate::msg;
use serde::Serialize;
use std::fmt;

const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Minutes since midnight, start inclusive, end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span(pub u16, pub u16);

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Months 1–12 this rule applies in; empty means all year.
    pub months: Vec<u8>,
    /// Days 0 (Monday) – 6 (Sunday); empty with `holiday` false means every day.
    pub days: Vec<u8>,
    /// Public holidays (`PH`).
    pub holiday: bool,
    /// Empty means closed (`off`).
    pub spans: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hours {
    pub rules: Vec<Rule>,
}

/// A syntax error: what was expected, at which character (0-based, in
/// characters) of the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursError {
    pub at: usize,
    pub message: Message,
}

impl fmt::Display for HoursError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (character {})", self.message, self.at + 1)
    }
}

pub fn parse(text: &str) -> Result<Hours, HoursError> {
    let chars: Vec<char> = text.chars().collect();
    let mut p = Parser {
        chars: &chars,
        i: 0,
    };
    let mut rules = Vec::new();
    loop {
        p.skip_spaces();
        if p.at_end() {
            if rules.is_empty() {
                return Err(p.error(msg!("hours-empty")));
            }
            break;
        }
        rules.push(p.rule()?);
        p.skip_spaces();
        if p.at_end() {
            break;
        }
        p.expect(';', "rule-separator")?;
    }
    Ok(Hours { rules })
}

struct Parser<'a> {
    chars: &'a [char],
    i: usize,
}

impl Parser<'_> {
    fn at_end(&self) -> bool {
        self.i >= self.chars.len()
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn skip_spaces(&mut self) {
        while self.peek() == Some(' ') {
            self.i += 1;
        }
    }

    fn error(&self, message: Message) -> HoursError {
        HoursError {
            at: self.i.min(self.chars.len()),
            message,
        }
    }

    /// `what` is a key the catalogs word: `rule-separator`, `dash`,
    /// `month`, `day`.
    fn expect(&mut self, c: char, what: &'static str) -> Result<(), HoursError> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else {
            Err(self.error(msg!("hours-expected", what = what)))
        }
    }

    fn word(&self) -> String {
        self.chars[self.i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect()
    }

    fn rule(&mut self) -> Result<Rule, HoursError> {
        let mut rule = Rule {
            months: Vec::new(),
            days: Vec::new(),
            holiday: false,
            spans: Vec::new(),
        };
        if MONTHS.contains(&self.word().as_str()) {
            rule.months = self.list(&MONTHS, 1, "month")?;
            self.skip_spaces();
        }
        let word = self.word();
        if word == "PH" {
            self.i += 2;
            rule.holiday = true;
            self.skip_spaces();
        } else if DAYS.contains(&word.as_str()) {
            rule.days = self.list(&DAYS, 0, "day")?;
            self.skip_spaces();
        } else if !word.is_empty() && word != "off" {
            return Err(self.error(msg!("hours-not-day-or-month", word = word)));
        }
        if self.word() == "off" {
            self.i += 3;
            return Ok(rule);
        }
        rule.spans = self.spans()?;
        Ok(rule)
    }

    /// `Mo-Fr,Su` → [0,1,2,3,4,6]; names are offset by `base`.
    fn list(
        &mut self,
        names: &[&str],
        base: u8,
        what: &'static str,
    ) -> Result<Vec<u8>, HoursError> {
        let mut out = Vec::new();
        loop {
            let start = self.name(names, what)?;
            let end = if self.peek() == Some('-')
                && !self.chars.get(self.i + 1).is_some_and(char::is_ascii_digit)
            {
                self.i += 1;
                self.name(names, what)?
            } else {
                start
            };
            // Ranges wrap: Sa-Mo is Saturday, Sunday, Monday; Nov-Feb crosses the year.
            let mut k = start;
            loop {
                if !out.contains(&(k + base)) {
                    out.push(k + base);
                }
                if k == end {
                    break;
                }
                k = (k + 1) % names.len() as u8;
            }
            if self.peek() == Some(',')
                && self
                    .chars
                    .get(self.i + 1)
                    .is_some_and(|c| c.is_ascii_alphabetic())
            {
                self.i += 1;
                continue;
            }
            break;
        }
        out.sort_unstable();
        Ok(out)
    }

    fn name(&mut self, names: &[&str], what: &'static str) -> Result<u8, HoursError> {
        let word = self.word();
        match names.iter().position(|n| *n == word) {
            Some(k) => {
                self.i += word.chars().count();
                Ok(k as u8)
            }
            None if word.is_empty() => Err(self.error(msg!("hours-expected", what = what))),
            None => Err(self.error(msg!("hours-not-name", word = word, what = what))),
        }
    }

    fn spans(&mut self) -> Result<Vec<Span>, HoursError> {
        let mut spans = Vec::new();
        loop {
            let start = self.time()?;
            self.expect('-', "dash")?;
            let end_at = self.i;
            let end = self.time()?;
            if end <= start {
                return Err(HoursError {
                    at: end_at,
                    message: msg!("hours-close-before-open"),
                });
            }
            spans.push(Span(start, end));
            if self.peek() == Some(',') {
                let after = self.chars[self.i + 1..].iter().find(|c| **c != ' ');
                if after.is_some_and(char::is_ascii_alphabetic) {
                    return Err(self.error(msg!("hours-comma-before-rule")));
                }
                self.i += 1;
                continue;
            }
            break;
        }
        for pair in spans.windows(2) {
            if pair[1].0 < pair[0].1 {
                return Err(self.error(msg!("hours-overlap")));
            }
        }
        Ok(spans)
    }

    /// `HH:MM`, 00:00 … 24:00.
    fn time(&mut self) -> Result<u16, HoursError> {
        let start = self.i;
        let digits = |p: &mut Self| -> Option<u16> {
            let a = p.peek()?.to_digit(10)?;
            let b = p.chars.get(p.i + 1)?.to_digit(10)?;
            p.i += 2;
            Some((a * 10 + b) as u16)
        };
        let bad = |p: &Self| HoursError {
            at: start.min(p.chars.len()),
            message: msg!("hours-bad-time"),
        };
        let h = digits(self).ok_or_else(|| bad(self))?;
        if self.peek() != Some(':') {
            return Err(bad(self));
        }
        self.i += 1;
        let m = digits(self).ok_or_else(|| bad(self))?;
        if h > 24 || m > 59 || (h == 24 && m > 0) {
            return Err(HoursError {
                at: start,
                message: msg!("hours-not-time-of-day", time = format!("{h:02}:{m:02}")),
            });
        }
        Ok(h * 60 + m)
    }
}

impl Hours {
    /// The spans of weekday `day` (0 = Monday) in `month` (1–12), with
    /// later rules replacing earlier ones, as OSM reads them.
    pub fn day(&self, month: u8, day: u8) -> Vec<Span> {
        let mut spans = Vec::new();
        for rule in &self.rules {
            let month_ok = rule.months.is_empty() || rule.months.contains(&month);
            let day_ok = !rule.holiday && (rule.days.is_empty() || rule.days.contains(&day));
            if month_ok && day_ok {
                spans = rule.spans.clone();
            }
        }
        spans
    }

    /// The distinct periods of the year: the regular one (months not named
    /// by any rule) and each month set that rules name, in first-seen order.
    pub fn periods(&self) -> Vec<Vec<u8>> {
        let mut periods: Vec<Vec<u8>> = Vec::new();
        for rule in self.rules.iter().filter(|r| !r.months.is_empty()) {
            if !periods.contains(&rule.months) {
                periods.push(rule.months.clone());
            }
        }
        periods
    }

    pub fn closed_on_holidays(&self) -> bool {
        self.rules
            .iter()
            .rev()
            .find(|r| r.holiday)
            .is_some_and(|r| r.spans.is_empty())
    }
}

/// "08:00–12:30, 14:00–17:30"
pub fn format_spans(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|Span(a, b)| format!("{:02}:{:02}–{:02}:{:02}", a / 60, a % 60, b / 60, b % 60))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests;
