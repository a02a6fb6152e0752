//! A file an item offers for download (a deliverable's document, a
//! dataset's resource): where it is published, its title, size and format.

use super::table::Preview;
use crate::discover::Kind;
use crate::view::{format_of, human_size, Text, Views};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct FileView {
    pub name: String,
    pub url: String,
    pub title: Option<Text>,
    pub lang: Option<String>,
    pub format: String,
    pub size_bytes: u64,
    pub size: String,
    /// Of the published file (datasets only).
    pub sha256: Option<String>,
    pub preview: Option<Preview>,
}

impl Views<'_> {
    pub(super) fn file_view(
        &self,
        kind: Kind,
        slug: &str,
        file: &str,
        title: Option<&crate::model::Translated>,
        lang: Option<&str>,
    ) -> FileView {
        let path = match file.strip_prefix('/') {
            Some(asset) => self
                .config()
                .root
                .join("assets")
                .join(asset.trim_start_matches('/')),
            None => self
                .config()
                .root
                .join("content")
                .join(kind.folder())
                .join(slug)
                .join(file),
        };
        let size_bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        let url = match file.strip_prefix('/') {
            Some(asset) => format!("{}{asset}", self.config().base_path),
            None => self.file_url(kind, slug, file),
        };
        FileView {
            name: file.rsplit('/').next().unwrap_or(file).to_string(),
            url,
            title: title.map(|t| self.text(t)),
            lang: lang.map(str::to_string),
            format: format_of(file),
            size_bytes,
            size: human_size(&self.lang.code, size_bytes),
            sha256: None,
            preview: None,
        }
    }
}
