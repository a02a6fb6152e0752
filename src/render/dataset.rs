//! A dataset's own page in the reader's language: its files, what their
//! columns mean (from `fields:` in `dataset.yaml`), a preview whose key
//! values (`sfax`, `civil-status`) show as their labels, and the chart the
//! dataset asks for.

use super::files::FileView;
use super::items::first_sentence;
use crate::discover::Kind;
use crate::lang::month;
use crate::model::{ChartSpec, FieldInfo, Resource, ValueList};
use crate::resources::Table;
use crate::site::{Dataset, Route};
use crate::view::{format_of, human_size, Rich, Text, Views};
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
pub struct DatasetCard {
    pub slug: String,
    pub url: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub publisher: Publisher,
    pub license: String,
    pub updated: String,
    pub keywords: Vec<String>,
    pub formats: Vec<String>,
    pub sample: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Publisher {
    pub name: Text,
    pub url: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DatasetView {
    #[serde(flatten)]
    pub card: DatasetCard,
    pub description: Option<Rich>,
    pub frequency: Option<String>,
    pub temporal: Option<Period>,
    pub resources: Vec<ResourceView>,
    /// schema.org Dataset, ready for a script block.
    pub jsonld: String,
    /// The dataset's Frictionless data package.
    pub datapackage_url: String,
}

#[derive(Debug, Serialize)]
pub struct Period {
    pub start: String,
    pub end: String,
}

/// A file of the dataset with, for a table, its columns and chart.
#[derive(Debug, Serialize)]
pub struct ResourceView {
    #[serde(flatten)]
    pub file: FileView,
    pub columns: Vec<ColumnView>,
    pub chart: Option<ChartView>,
}

#[derive(Debug, Serialize)]
pub struct ColumnView {
    pub name: String,
    pub title: Option<Text>,
    pub description: Option<Text>,
    /// Frictionless type: integer, number, date, boolean or string.
    pub kind: &'static str,
    /// The list its values are keys of (`services`, `members`…).
    pub values: Option<&'static str>,
}

/// The first rows of a table, for an accessible preview.
#[derive(Debug, Serialize)]
pub struct Preview {
    pub header: Vec<ColumnView>,
    /// Cells as shown: a key of a list replaced by its label.
    pub rows: Vec<Vec<String>>,
    /// Per column: numbers are aligned to the end of the cell.
    pub numeric: Vec<bool>,
    pub total_rows: usize,
    /// All the table's columns (the preview shows the first ones).
    pub total_columns: usize,
}

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
    pub fn dataset_card(&self, ds: &Dataset) -> DatasetCard {
        let data = &ds.data;
        let publisher = if data.publisher == "federation" {
            let name = self
                .config()
                .federation
                .as_ref()
                .map_or_else(|| self.plain("federation"), |f| self.text(&f.name));
            Publisher { name, url: None }
        } else {
            let m = self.member_ref(&data.publisher);
            Publisher {
                name: m.name,
                url: Some(m.url),
            }
        };
        let mut formats: Vec<String> = data.resources.iter().map(|r| format_of(&r.file)).collect();
        formats.sort();
        formats.dedup();
        let summary = self
            .content
            .field(Kind::Dataset, &ds.slug, "description", &self.lang.code)
            .map(|b| self.text_in(&b.content_lang, &first_sentence(&b.rendered.text)));
        DatasetCard {
            slug: ds.slug.clone(),
            url: self.url(Route::Dataset(&ds.slug)),
            title: self.text(&data.title),
            summary,
            publisher,
            license: data.license.clone(),
            updated: data.updated.iso(),
            keywords: data.keywords.get(&self.lang.code).to_vec(),
            formats,
            sample: data.sample,
        }
    }

    pub fn dataset_view(&self, ds: &Dataset) -> DatasetView {
        let data = &ds.data;
        DatasetView {
            card: self.dataset_card(ds),
            description: self.rich(Kind::Dataset, &ds.slug, "description"),
            frequency: data.frequency.clone(),
            temporal: data.temporal.as_ref().map(|t| Period {
                start: t.start.iso(),
                end: t.end.iso(),
            }),
            resources: data
                .resources
                .iter()
                .map(|r| self.resource_view(&ds.slug, r))
                .collect(),
            jsonld: crate::escape::json_for_script(&crate::derive::catalog::dataset_jsonld(
                self, ds,
            )),
            datapackage_url: format!(
                "{}{}",
                self.config().base_path,
                crate::derive::catalog::datapackage_path(&ds.slug)
            ),
        }
    }

    /// A dataset's file as published: re-encoded, hashed, previewed.
    fn resource_view(&self, slug: &str, r: &Resource) -> ResourceView {
        let mut file = self.file_view(Kind::Dataset, slug, &r.file, r.title.as_ref(), None);
        let mut columns = Vec::new();
        let mut chart = None;
        if let Some(p) = self.data.get(slug, &r.file) {
            file.size_bytes = p.size;
            file.size = human_size(&self.lang.code, file.size_bytes);
            file.sha256 = Some(p.sha256.clone());
            if let Some(t) = &p.table {
                columns = self.columns(t, &r.fields);
                file.preview = Some(self.preview(t, &r.fields));
                chart = r
                    .chart
                    .as_ref()
                    .and_then(|spec| self.chart(&p.bytes, spec, &columns));
            }
        }
        ResourceView {
            file,
            columns,
            chart,
        }
    }

    fn columns(&self, table: &Table, fields: &[FieldInfo]) -> Vec<ColumnView> {
        table
            .fields
            .iter()
            .map(|f| {
                let info = fields.iter().find(|i| i.name == f.name);
                ColumnView {
                    name: f.name.clone(),
                    title: info.and_then(|i| i.title.as_ref()).map(|t| self.text(t)),
                    description: info
                        .and_then(|i| i.description.as_ref())
                        .map(|t| self.text(t)),
                    kind: f.kind,
                    values: info.and_then(|i| i.values).map(list_name),
                }
            })
            .collect()
    }

    fn preview(&self, table: &Table, fields: &[FieldInfo]) -> Preview {
        let lists: Vec<Option<ValueList>> = table
            .fields
            .iter()
            .map(|f| {
                fields
                    .iter()
                    .find(|i| i.name == f.name)
                    .and_then(|i| i.values)
            })
            .collect();
        let rows = table
            .preview
            .iter()
            .map(|row| {
                row.iter()
                    .zip(&lists)
                    .map(|(cell, list)| match list {
                        Some(list) => self.label(*list, cell),
                        None => cell.clone(),
                    })
                    .collect()
            })
            .collect();
        let shown = crate::limits::PREVIEW_COLUMNS;
        let mut header = self.columns(table, fields);
        header.truncate(shown);
        Preview {
            header,
            rows,
            numeric: table
                .fields
                .iter()
                .take(shown)
                .map(|f| matches!(f.kind, "integer" | "number"))
                .collect(),
            total_rows: table.rows,
            total_columns: table.fields.len(),
        }
    }

    /// The label of `key` in a list, in the reader's language (the key
    /// itself when the list lacks it).
    fn label(&self, list: ValueList, key: &str) -> String {
        let refs = &self.site.refs;
        match list {
            ValueList::Members => self.member_ref(key).name.text,
            ValueList::Governorates => self.reference(&refs.governorates, key).name.text,
            ValueList::Services => self.reference(&refs.services, key).name.text,
            ValueList::Committees => self.reference(&refs.committees, key).name.text,
            ValueList::Tags => self.reference(&refs.tags, key).name.text,
        }
    }

    /// The chart `spec` asks for, from the published file: `y` added up
    /// per value of `x`, in the file's order.
    fn chart(&self, csv: &[u8], spec: &ChartSpec, columns: &[ColumnView]) -> Option<ChartView> {
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

fn list_name(list: ValueList) -> &'static str {
    match list {
        ValueList::Members => "members",
        ValueList::Governorates => "governorates",
        ValueList::Services => "services",
        ValueList::Committees => "committees",
        ValueList::Tags => "tags",
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
