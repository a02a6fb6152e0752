//! What editors write, as typed structs. Unknown fields are rejected so that a
//! misspelt field is an error, not a silently ignored value.

mod date;
mod date_guess;
mod event;
mod items;
mod reference;
mod service;
mod text;

pub use date::{why_not_a_date, Day};
pub use event::{EventFile, EventKind, Moment, Place, PlaceAddress, TUNIS};
pub use items::{
    ChartSpec, DatasetFile, DeliverableFile, DeliverableKind, FieldInfo, FileRef, Location,
    MemberFile, PageFront, Resource, Status, StoryFront, Temporal, ValueList, WorkStatus,
};
pub use reference::{RefEntry, RefList};
pub use service::{Fee, ServiceFile, ServiceNote, ServiceNotes, FEE_EXPECTED};
pub use text::{Keywords, Translated};

/// An optional yes/no: absent, or `null` as the editor writes an untouched
/// switch (`draft: null`), is no.
fn null_is_false<'de, D: serde::Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    Ok(<Option<bool> as serde::Deserialize>::deserialize(d)?.unwrap_or(false))
}
