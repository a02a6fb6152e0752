//! One struct per kind of content item, exactly as the content model writes it.

use super::{null_is_false, Day, Keywords, Translated};
use serde::Deserialize;

/// Front matter of `content/pages/<slug>.<lang>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFront {
    /// The file's own slug, written by the editor at `/admin/` (which
    /// names files from a field); must be the file's slug.
    pub slug: Option<String>,
    pub title: String,
    pub description: Option<String>,
    /// The slug of the page that leads this page's section (the authoring
    /// guide's chapters name `guide`): the section's pages are listed
    /// beside each of them, in `weight` order, and not in the footer.
    pub section: Option<String>,
    #[serde(default)]
    pub weight: i64,
    #[serde(default, deserialize_with = "null_is_false")]
    pub menu: bool,
    #[serde(default, deserialize_with = "null_is_false")]
    pub draft: bool,
    pub updated: Option<Day>,
    /// Earlier addresses of this item (an old slug, or a path such as
    /// `/fr/stories/old-name/`): each gets a page that sends readers here.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// Front matter of `content/stories/<slug>.<lang>.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoryFront {
    /// As on pages: written by the editor, must be the file's slug.
    pub slug: Option<String>,
    pub title: String,
    pub date: Day,
    pub member: String,
    pub summary: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub committee: Option<String>,
    pub cover: Option<String>,
    #[serde(default, deserialize_with = "null_is_false")]
    pub draft: bool,
    pub updated: Option<Day>,
    #[serde(default, deserialize_with = "null_is_false")]
    pub sample: bool,
    /// Earlier addresses of this item (an old slug, or a path such as
    /// `/fr/stories/old-name/`): each gets a page that sends readers here.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Operational,
    InProgress,
    Planned,
}

impl Status {
    pub fn key(self) -> &'static str {
        match self {
            Status::Operational => "operational",
            Status::InProgress => "in-progress",
            Status::Planned => "planned",
        }
    }
}

/// `content/members/<slug>.yaml` or `content/members/<slug>/member.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberFile {
    pub name: Translated,
    pub governorate: String,
    pub location: Location,
    pub status: Status,
    pub opened: Option<Day>,
    pub address: Option<Translated>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: Option<String>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub committees: Vec<String>,
    pub description: Option<Translated>,
    /// What this space does differently from a service's sheet (another
    /// fee, an extra document), by service key.
    #[serde(default)]
    pub service_notes: super::service::ServiceNotes,
    #[serde(default, deserialize_with = "null_is_false")]
    pub sample: bool,
    /// Earlier addresses of this item (an old slug, or a path such as
    /// `/fr/stories/old-name/`): each gets a page that sends readers here.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Temporal {
    pub start: Day,
    pub end: Day,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub file: String,
    pub title: Option<Translated>,
    /// What the table's columns mean, in the readers' languages (the
    /// Frictionless field `title` and `description`), by column name.
    #[serde(default)]
    pub fields: Vec<FieldInfo>,
    /// A bar chart of one numeric column over another (time), drawn at
    /// build time.
    pub chart: Option<ChartSpec>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldInfo {
    /// The column's name in the file's first row.
    pub name: String,
    pub title: Option<Translated>,
    pub description: Option<Translated>,
    /// The column holds keys of this list: pages show their labels.
    pub values: Option<ValueList>,
}

/// A list whose keys a column may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueList {
    Members,
    Governorates,
    Services,
    Committees,
    Tags,
}

impl ValueList {
    pub const ALL: [&'static str; 5] =
        ["members", "governorates", "services", "committees", "tags"];
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChartSpec {
    /// The column along the bottom (months, years, periods), in file order.
    pub x: String,
    /// The numeric column drawn; rows with the same `x` are added up.
    pub y: String,
}

/// `content/datasets/<slug>/dataset.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetFile {
    pub title: Translated,
    pub description: Option<Translated>,
    pub publisher: String,
    pub license: String,
    #[serde(default)]
    pub keywords: Keywords,
    pub updated: Day,
    pub frequency: Option<String>,
    pub temporal: Option<Temporal>,
    #[serde(default)]
    pub resources: Vec<Resource>,
    #[serde(default, deserialize_with = "null_is_false")]
    pub sample: bool,
    /// Earlier addresses of this item (an old slug, or a path such as
    /// `/fr/stories/old-name/`): each gets a page that sends readers here.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeliverableKind {
    Guide,
    Report,
    Toolkit,
    Training,
    Study,
    Event,
}

impl DeliverableKind {
    pub fn key(self) -> &'static str {
        match self {
            DeliverableKind::Guide => "guide",
            DeliverableKind::Report => "report",
            DeliverableKind::Toolkit => "toolkit",
            DeliverableKind::Training => "training",
            DeliverableKind::Study => "study",
            DeliverableKind::Event => "event",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WorkStatus {
    Planned,
    InProgress,
    Published,
}

impl WorkStatus {
    pub fn key(self) -> &'static str {
        match self {
            WorkStatus::Planned => "planned",
            WorkStatus::InProgress => "in-progress",
            WorkStatus::Published => "published",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeliverableFile {
    pub title: Translated,
    pub summary: Option<Translated>,
    pub committee: String,
    pub kind: DeliverableKind,
    pub status: WorkStatus,
    pub due: Day,
    pub published: Option<Day>,
    #[serde(default)]
    pub members: Vec<String>,
    #[serde(default)]
    pub files: Vec<FileRef>,
    /// Where the deliverable can be read when it is not a file of the
    /// bundle (a platform, a video, another site): an absolute URL.
    pub link: Option<String>,
    #[serde(default, deserialize_with = "null_is_false")]
    pub sample: bool,
    /// Earlier addresses of this item (an old slug, or a path such as
    /// `/fr/stories/old-name/`): each gets a page that sends readers here.
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileRef {
    pub file: String,
    pub lang: Option<String>,
    pub title: Option<Translated>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_switch_the_editor_left_untouched_is_no() {
        let front: PageFront = yaml_serde::from_str("title: x\nmenu: null\ndraft: true\n").unwrap();
        assert!(!front.menu && front.draft);
        let err = yaml_serde::from_str::<PageFront>("title: x\nmenu: oui\n").unwrap_err();
        assert!(err.to_string().contains("menu"), "{err}");
    }
}
