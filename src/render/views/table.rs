//! A published table as a dataset's page shows it: what its columns mean
//! (from `fields:` in `dataset.yaml`) and a preview of its first rows, whose
//! key values (`sfax`, `civil-status`) show as their labels. The file
//! (`file.rs`) carries the preview, the chart (`chart.rs`) titles its axes
//! with the columns.

use crate::model::{FieldInfo, ValueList};
use crate::resources::Table;
use crate::view::{Text, Views};
use serde::Serialize;

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

impl Views<'_> {
    pub(super) fn columns(&self, table: &Table, fields: &[FieldInfo]) -> Vec<ColumnView> {
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

    pub(super) fn preview(&self, table: &Table, fields: &[FieldInfo]) -> Preview {
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
