//! Opening hours as the reader reads them: a weekly table and a one-line
//! summary per period of the year, in their language.

use crate::hours::{format_spans, Hours, Span};
use crate::lang::{month, range_dash, weekday};
use serde::Serialize;

/// Time ranges are kept apart ("08:00–12:30", "14:00–17:30") so that the
/// theme can isolate each as a left-to-right run inside Arabic text.
#[derive(Debug, Clone, Serialize)]
pub struct DayRow {
    pub day: &'static str,
    pub spans: Vec<String>,
    pub closed: bool,
}

/// "الاثنين – الجمعة" with its ranges.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub days: String,
    pub spans: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Period {
    /// "جويلية – أوت"; empty for the regular hours.
    pub label: String,
    /// Runs of days with the same hours, open days only.
    pub summary: Vec<Group>,
    pub week: Vec<DayRow>,
}

#[derive(Debug, Clone, Serialize)]
pub struct HoursView {
    pub raw: String,
    pub regular: Period,
    pub seasons: Vec<Period>,
    pub holidays_closed: bool,
    /// The rules as JSON, for the browser to compute "open now".
    pub json: String,
}

pub fn view(lang: &str, raw: &str, hours: &Hours) -> HoursView {
    let seasons = hours.periods();
    let covered: Vec<u8> = seasons.iter().flatten().copied().collect();
    let regular_month = (1..=12).find(|m| !covered.contains(m)).unwrap_or(1);
    HoursView {
        raw: raw.to_string(),
        regular: period(lang, hours, regular_month, String::new()),
        seasons: seasons
            .iter()
            .map(|months| period(lang, hours, months[0], months_label(lang, months)))
            .collect(),
        holidays_closed: hours.closed_on_holidays(),
        json: serde_json::to_string(&hours.rules).unwrap_or_default(),
    }
}

fn period(lang: &str, hours: &Hours, in_month: u8, label: String) -> Period {
    let days: Vec<Vec<Span>> = (0..7).map(|d| hours.day(in_month, d)).collect();
    let week = days
        .iter()
        .enumerate()
        .map(|(d, spans)| DayRow {
            day: weekday(lang, d as u8, false),
            spans: ranges(spans),
            closed: spans.is_empty(),
        })
        .collect();
    Period {
        label,
        summary: summary(lang, &days),
        week,
    }
}

fn ranges(spans: &[Span]) -> Vec<String> {
    spans
        .iter()
        .map(|s| format_spans(std::slice::from_ref(s)))
        .collect()
}

/// Runs of consecutive days with the same hours, open days only.
fn summary(lang: &str, days: &[Vec<Span>]) -> Vec<Group> {
    let mut parts = Vec::new();
    let mut start = 0;
    while start < days.len() {
        let mut end = start;
        while end + 1 < days.len() && days[end + 1] == days[start] {
            end += 1;
        }
        if !days[start].is_empty() {
            let names = if start == end {
                weekday(lang, start as u8, true).to_string()
            } else {
                format!(
                    "{}{}{}",
                    weekday(lang, start as u8, true),
                    range_dash(lang),
                    weekday(lang, end as u8, true)
                )
            };
            parts.push(Group {
                days: names,
                spans: ranges(&days[start]),
            });
        }
        start = end + 1;
    }
    parts
}

/// Consecutive months (also across the new year) as a range, others listed.
fn months_label(lang: &str, months: &[u8]) -> String {
    let n = months.len();
    // Gaps between a month and the next, cyclically: a range has one gap.
    let gaps: Vec<usize> = (0..n)
        .filter(|&i| (months[(i + 1) % n] + 12 - months[i]) % 12 != 1)
        .collect();
    if n > 1 && n < 12 && gaps.len() == 1 {
        let first = months[(gaps[0] + 1) % n];
        let last = months[gaps[0]];
        format!(
            "{}{}{}",
            month(lang, first),
            range_dash(lang),
            month(lang, last)
        )
    } else {
        let sep = if lang.starts_with("ar") { "، " } else { ", " };
        months
            .iter()
            .map(|m| month(lang, *m))
            .collect::<Vec<_>>()
            .join(sep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary_text(period: &Period) -> String {
        period
            .summary
            .iter()
            .map(|g| format!("{} {}", g.days, g.spans.join(", ")))
            .collect::<Vec<_>>()
            .join(" · ")
    }

    #[test]
    fn summaries_in_both_languages() {
        let h = crate::hours::parse(
            "Mo-Fr 08:00-17:00; Sa 08:00-12:00; Jul-Aug Mo-Fr 07:30-13:30; Jul-Aug Sa off; PH off",
        )
        .unwrap();
        let ar = view("ar", "", &h);
        assert_eq!(
            summary_text(&ar.regular),
            "الاثنين – الجمعة 08:00–17:00 · السبت 08:00–12:00"
        );
        assert_eq!(ar.seasons[0].label, "جويلية – أوت");
        assert_eq!(summary_text(&ar.seasons[0]), "الاثنين – الجمعة 07:30–13:30");
        assert!(ar.regular.week[6].closed);
        assert!(ar.holidays_closed);
        let fr = view("fr", "", &h);
        assert_eq!(
            summary_text(&fr.regular),
            "lun.–ven. 08:00–17:00 · sam. 08:00–12:00"
        );
        let split = view(
            "fr",
            "",
            &crate::hours::parse("Mo 08:00-12:30,14:00-17:30").unwrap(),
        );
        assert_eq!(split.regular.week[0].spans, ["08:00–12:30", "14:00–17:30"]);
        assert_eq!(fr.seasons[0].label, "juillet–août");
        assert_eq!(fr.regular.week[0].day, "lundi");
    }

    #[test]
    fn non_contiguous_months_are_listed() {
        assert_eq!(months_label("fr", &[6, 9]), "juin, septembre");
        assert_eq!(months_label("ar", &[6, 9]), "جوان، سبتمبر");
        assert_eq!(months_label("fr", &[1, 2, 11, 12]), "novembre–février");
        assert_eq!(months_label("fr", &[7, 8]), "juillet–août");
        assert_eq!(months_label("fr", &[7]), "juillet");
    }
}
