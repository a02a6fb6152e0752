//! Datasets: the card lists and member pages show, and a dataset's own
//! page in the reader's language: its files, what their columns mean and
//! a preview of their rows (`table.rs`), and the chart the dataset asks
//! for (`chart.rs`).

use super::chart::ChartView;
use super::file::FileView;
use super::table::ColumnView;
use crate::discover::Kind;
use crate::model::Resource;
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
}

/// The first sentence of a plain text, at most about 200 characters.
fn first_sentence(text: &str) -> String {
    let end = text
        .char_indices()
        .find(|(i, c)| matches!(c, '.' | '؟' | '?' | '!') && *i > 20)
        .map_or(text.len(), |(i, c)| i + c.len_utf8());
    let sentence = &text[..end];
    if sentence.chars().count() > 220 {
        let cut: String = sentence.chars().take(200).collect();
        format!("{}…", cut.trim_end())
    } else {
        sentence.trim().to_string()
    }
}
