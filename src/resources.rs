//! Dataset resources: read each file once, publish text files as UTF-8
//! without BOM whatever they arrived in (spreadsheets export Windows-1256 or
//! UTF-16), hash what is published, and read tabular files for a preview
//! and an inferred table schema.

mod stream;

use stream::{hex, stream};

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::limits;
use crate::messages::Arg::Bytes;
use crate::messages::Message;
use crate::msg;
use crate::site::{bundle_file_path, Site};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Rows shown in a page's preview.
const PREVIEW_ROWS: usize = 10;

#[derive(Debug, Clone, Serialize)]
pub struct Field {
    pub name: String,
    /// Frictionless type: integer, number, date, boolean or string.
    #[serde(rename = "type")]
    pub kind: &'static str,
}

#[derive(Debug, Clone)]
pub struct Table {
    pub fields: Vec<Field>,
    pub preview: Vec<Vec<String>>,
    pub rows: usize,
}

#[derive(Debug, Clone)]
pub struct Prepared {
    /// Output path: `data/<slug>/<file>`.
    pub path: String,
    /// What is published; empty for a large file copied from `source`.
    pub bytes: Vec<u8>,
    /// A file over `limits::STREAM_ABOVE`, published as it is from here.
    pub source: Option<PathBuf>,
    pub size: u64,
    pub sha256: String,
    pub format: String,
    pub media_type: &'static str,
    pub table: Option<Table>,
}

/// Files prepared for publishing: dataset resources keyed by (dataset
/// slug, file name), and story covers in their resized widths.
#[derive(Debug, Default)]
pub struct Resources {
    pub by_file: BTreeMap<(String, String), Prepared>,
    pub images: crate::images::Images,
}

impl Resources {
    pub fn get(&self, dataset: &str, file: &str) -> Option<&Prepared> {
        self.by_file.get(&(dataset.to_string(), file.to_string()))
    }
}

pub fn prepare(site: &Site, diags: &mut Diagnostics) -> Resources {
    let jobs: Vec<(&str, &str, String)> = site
        .datasets
        .iter()
        .flat_map(|ds| {
            ds.data
                .resources
                .iter()
                .filter(|r| !r.file.starts_with('/') && !r.file.contains(".."))
                .map(move |r| {
                    (
                        ds.slug.as_str(),
                        r.file.as_str(),
                        format!("content/datasets/{}/{}", ds.slug, r.file),
                    )
                })
        })
        .collect();
    let results: Vec<_> = jobs
        .par_iter()
        .map(|(slug, file, rel)| (slug, file, prepare_one(site, slug, file, rel)))
        .collect();
    let mut out = Resources::default();
    for (slug, file, result) in results {
        match result {
            Ok((prepared, notes)) => {
                diags.extend(notes);
                out.by_file
                    .insert((slug.to_string(), file.to_string()), prepared);
            }
            Err(d) => diags.push(d),
        }
    }
    out
}

fn prepare_one(
    site: &Site,
    slug: &str,
    file: &str,
    rel: &str,
) -> Result<(Prepared, Vec<Diagnostic>), Diagnostic> {
    let path = site.config.root.join(rel);
    let cannot_read = |e: std::io::Error| {
        Diagnostic::error(msg!("cannot-read", detail = e.to_string())).in_file(rel)
    };
    let size = std::fs::metadata(&path).map_err(cannot_read)?.len();
    if let Some(too_large) = limits::data_too_large(size, rel) {
        return Err(too_large);
    }
    let format = format_of(file);
    let is_text = matches!(format.as_str(), "CSV" | "TSV" | "TXT" | "JSON" | "GEOJSON");
    let output_path = bundle_file_path(crate::discover::Kind::Dataset, slug, file);
    if size > limits::STREAM_ABOVE {
        let prepared = stream(&path, size, &format, is_text, rel).map_err(|e| match e {
            StreamError::Read(e) => cannot_read(e),
            StreamError::Diagnostic(d) => d,
        })?;
        return Ok((
            Prepared {
                path: output_path,
                ..prepared
            },
            Vec::new(),
        ));
    }
    let raw = std::fs::read(&path).map_err(cannot_read)?;
    let mut notes = Vec::new();
    let bytes = if is_text {
        let (text, note) = to_utf8(&raw);
        if let Some(note) = note {
            notes.push(Diagnostic::note(note).in_file(rel));
        }
        if format == "CSV" && crate::excel_csv::is_french_excel(&text) {
            let converted = crate::excel_csv::convert(&text).map_err(|e| csv_error(&e, rel))?;
            notes.push(
                Diagnostic::warning(msg!("csv-french-excel"))
                    .in_file(rel)
                    .help(msg!("csv-french-excel-help")),
            );
            converted.into_bytes()
        } else {
            text.into_bytes()
        }
    } else {
        raw
    };
    let table = match format.as_str() {
        "CSV" => Some(read_table(bytes.as_slice(), b',', rel)?),
        "TSV" => Some(read_table(bytes.as_slice(), b'\t', rel)?),
        _ => None,
    };
    let sha256 = hex(&Sha256::digest(&bytes));
    Ok((
        Prepared {
            path: output_path,
            media_type: media_type(&format),
            format,
            sha256,
            size: bytes.len() as u64,
            bytes,
            source: None,
            table,
        },
        notes,
    ))
}

enum StreamError {
    Read(std::io::Error),
    Diagnostic(Diagnostic),
}

/// The text of a file as UTF-8, and what was done to get it, if anything.
pub fn to_utf8(raw: &[u8]) -> (String, Option<Message>) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(raw) {
        let (text, _) = encoding.decode_without_bom_handling(&raw[bom_len..]);
        let note = if encoding == encoding_rs::UTF_8 {
            msg!("encoding-bom-removed")
        } else {
            msg!("encoding-converted", encoding = encoding.name())
        };
        return (text.into_owned(), Some(note));
    }
    match std::str::from_utf8(raw) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            // Not UTF-8: in Tunisia, a spreadsheet's "CSV" is Windows-1256
            // (Arabic Windows), which also covers French accents.
            let (text, _, _) = encoding_rs::WINDOWS_1256.decode(raw);
            (text.into_owned(), Some(msg!("encoding-converted-1256")))
        }
    }
}

fn read_table(source: impl Read, delimiter: u8, rel: &str) -> Result<Table, Diagnostic> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(source);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(&e, rel))?
        .iter()
        .map(str::to_string)
        .collect();
    let mut kinds: Vec<Option<&'static str>> = vec![None; header.len()];
    let mut preview = Vec::new();
    let mut rows = 0;
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(&e, rel))?;
        for (i, value) in record.iter().enumerate() {
            if let Some(kind) = kinds.get_mut(i) {
                *kind = Some(widen(*kind, infer(value)));
            }
        }
        if preview.len() < PREVIEW_ROWS {
            preview.push(
                record
                    .iter()
                    .take(crate::limits::PREVIEW_COLUMNS)
                    .map(|cell| {
                        cell.chars()
                            .take(crate::limits::PREVIEW_CELL_CHARS)
                            .collect()
                    })
                    .collect(),
            );
        }
        rows += 1;
    }
    let fields = header
        .into_iter()
        .zip(kinds)
        .map(|(name, kind)| Field {
            name,
            kind: kind.unwrap_or("string"),
        })
        .collect();
    Ok(Table {
        fields,
        preview,
        rows,
    })
}

fn csv_error(err: &csv::Error, rel: &str) -> Diagnostic {
    let line = err.position().map(|p| p.line() as usize);
    let message = match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => msg!("csv-row-length", len = *len, expected = *expected_len),
        _ => msg!("csv-unreadable", detail = err.to_string()),
    };
    Diagnostic::error(message)
        .in_file(rel)
        .at(line.map(|l| Pos::new(l, 1)))
        .help(msg!("csv-row-length-help"))
}

/// The narrowest type that fits a value; empty values fit anything.
fn infer(value: &str) -> Option<&'static str> {
    let v = value.trim();
    if v.is_empty() {
        None
    } else if v.parse::<i64>().is_ok() {
        Some("integer")
    } else if v.parse::<f64>().is_ok() {
        Some("number")
    } else if crate::model::Day::parse(v).is_some() {
        Some("date")
    } else if matches!(v, "true" | "false") {
        Some("boolean")
    } else {
        Some("string")
    }
}

fn widen(seen: Option<&'static str>, next: Option<&'static str>) -> &'static str {
    match (seen, next) {
        (None, None) => "string",
        (Some(a), None) => a,
        (None, Some(b)) => b,
        (Some(a), Some(b)) if a == b => a,
        (Some("integer"), Some("number")) | (Some("number"), Some("integer")) => "number",
        _ => "string",
    }
}

fn media_type(format: &str) -> &'static str {
    match format {
        "CSV" => "text/csv",
        "TSV" => "text/tab-separated-values",
        "JSON" => "application/json",
        "GEOJSON" => "application/geo+json",
        "PDF" => "application/pdf",
        "XLSX" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ODS" => "application/vnd.oasis.opendocument.spreadsheet",
        "TXT" => "text/plain",
        _ => "application/octet-stream",
    }
}

/// Upper-case file extension: `CSV`, `PDF`.
pub fn format_of(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_uppercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
