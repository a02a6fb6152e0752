//! A dataset's chart as the template draws it (`chart:` in
//! `dataset.yaml`): `y` added up per value of `x`, read from the published
//! file, each bar a share of the largest.

use super::table::ColumnView;
use crate::lang::month;
use crate::model::ChartSpec;
use crate::view::Views;
use serde::Serialize;

/// A bar chart as the template draws it: one row per value of `x` (a
/// table, so it reads without the bars, at any width and in both
/// directions), each bar's length a share of the largest.
#[derive(Debug, Serialize)]
pub struct ChartView {
    pub x_title: String,
    pub y_title: String,
    pub points: Vec<ChartPoint>,
}

#[derive(Debug, Serialize)]
pub struct ChartPoint {
    pub label: String,
    pub value: String,
    /// Percent of the largest value, 0 to 100.
    pub share: f64,
}

/// Points beyond this are left out of a chart (its bars would be
/// thinner than a line).
const MAX_BARS: usize = 60;

impl Views<'_> {
    /// The chart `spec` asks for, from the published file: `y` added up
    /// per value of `x`, in the file's order.
    pub(super) fn chart(
        &self,
        csv: &[u8],
        spec: &ChartSpec,
        columns: &[ColumnView],
    ) -> Option<ChartView> {
        let totals = sum_by(csv, &spec.x, &spec.y)?;
        if totals.is_empty() || totals.len() > MAX_BARS {
            return None;
        }
        let title_of = |name: &str| {
            columns
                .iter()
                .find(|c| c.name == name)
                .and_then(|c| c.title.as_ref())
                .map_or_else(|| name.to_string(), |t| t.text.clone())
        };
        let largest = totals.iter().map(|(_, y)| *y).fold(0.0, f64::max);
        // Months of one year are named without it: the labels stay short
        // enough to leave the bars room on a phone.
        let years: std::collections::BTreeSet<&str> = totals
            .iter()
            .map(|(x, _)| x.split('-').next().unwrap_or(x))
            .collect();
        let one_year = years.len() == 1;
        let points = totals
            .iter()
            .map(|(x, y)| ChartPoint {
                label: self.axis_label(x, one_year),
                value: format_number(*y),
                share: if largest > 0.0 {
                    (y.max(0.0) / largest * 1000.0).round() / 10.0
                } else {
                    0.0
                },
            })
            .collect();
        Some(ChartView {
            x_title: title_of(&spec.x),
            y_title: title_of(&spec.y),
            points,
        })
    }

    /// `2024-03` as the month's name in the reader's language with its
    /// year, a date as the pages write dates; anything else as written.
    fn axis_label(&self, x: &str, one_year: bool) -> String {
        if let Some(day) = crate::model::Day::parse(x) {
            return crate::lang::format_date(&self.lang.code, day.0, crate::lang::DateStyle::Long);
        }
        let parts: Vec<&str> = x.split('-').collect();
        match parts.as_slice() {
            [year, m] if year.len() == 4 => match m.parse::<u8>() {
                Ok(n @ 1..=12) if one_year => month(&self.lang.code, n).to_string(),
                Ok(n @ 1..=12) => format!("{} {year}", month(&self.lang.code, n)),
                _ => x.to_string(),
            },
            _ => x.to_string(),
        }
    }
}

/// Totals of column `y` per value of column `x`, in first-seen order;
/// `None` when a column is missing. Cells that are not numbers count 0.
fn sum_by(csv: &[u8], x: &str, y: &str) -> Option<Vec<(String, f64)>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(csv);
    let header = reader.headers().ok()?.clone();
    let xi = header.iter().position(|h| h == x)?;
    let yi = header.iter().position(|h| h == y)?;
    let mut totals: Vec<(String, f64)> = Vec::new();
    for record in reader.records().map_while(Result::ok) {
        let key = record.get(xi).unwrap_or_default();
        let value: f64 = record
            .get(yi)
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(0.0);
        if let Some((_, total)) = totals.iter_mut().find(|(k, _)| k == key) {
            *total += value;
        } else if totals.len() <= MAX_BARS {
            totals.push((key.to_string(), value));
        } else {
            return Some(totals);
        }
    }
    Some(totals)
}

/// A total as written in the chart's data table: an integer without
/// decimals, else two.
pub fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v:.2}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totals_add_rows_of_the_same_x_in_file_order() {
        let csv = b"month,service,requests\n2024-02,a,5\n2024-01,b,2\n2024-02,b,1\n2024-01,a,x\n";
        assert_eq!(
            sum_by(csv, "month", "requests").unwrap(),
            [("2024-02".to_string(), 6.0), ("2024-01".to_string(), 2.0)]
        );
        assert!(sum_by(csv, "month", "nope").is_none());
        assert_eq!(format_number(6.0), "6");
        assert_eq!(format_number(2.5), "2.50");
    }
}
