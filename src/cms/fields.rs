//! The editor's form for each kind of content, field by field: the same
//! names, choices and rules fadaa validates with (a test holds the two
//! together), in Decap CMS's widget vocabulary.

use super::Words;
use crate::site::Site;
use serde_json::{json, Value};

/// A slug as fadaa checks it (`discover::is_valid_slug`).
pub const SLUG_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// OpenStreetMap opening hours, as far as a pattern can tell.
const HOURS_PATTERN: &str = "^[A-Za-z0-9 :;,.+\\-]+$";
/// At least eight digits, spaces between them, a leading `+`: as fadaa checks.
const PHONE_PATTERN: &str = "^\\+?( *[0-9]){8,} *$";
const EMAIL_PATTERN: &str = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
const URL_PATTERN: &str = "^https?://.+";

/// How a field of a Markdown kind is shared between its languages.
#[derive(Clone, Copy)]
enum Shared {
    /// Written per language (title, text).
    Translated,
    /// The same in every language's file (date, member, tags).
    Same,
}

fn field(w: &Words, name: &str, widget: &str, required: bool) -> Value {
    json!({
        "name": name,
        "label": w.label(name),
        "widget": widget,
        "required": required,
    })
}

fn with(mut value: Value, extra: Value) -> Value {
    if let (Some(map), Value::Object(more)) = (value.as_object_mut(), extra) {
        map.extend(more);
    }
    value
}

fn i18n(value: Value, shared: Shared) -> Value {
    let mode = match shared {
        Shared::Translated => json!(true),
        Shared::Same => json!("duplicate"),
    };
    with(value, json!({ "i18n": mode }))
}

fn pattern(value: Value, w: &Words, regex: &str, hint: &'static str) -> Value {
    with(value, json!({ "pattern": [regex, w.text(hint)] }))
}

fn date(w: &Words, name: &str, required: bool) -> Value {
    with(
        field(w, name, "datetime", required),
        json!({ "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": false }),
    )
}

fn select(w: &Words, name: &str, options: Vec<Value>, multiple: bool, required: bool) -> Value {
    with(
        field(w, name, "select", required),
        json!({ "options": options, "multiple": multiple }),
    )
}

/// `{ ar: …, fr: … }`: one text box per language of the site, each in its
/// own direction.
fn translated(w: &Words, name: &str, widget: &str, required: bool, site: &Site) -> Value {
    with(
        field(w, name, "object", required),
        json!({ "fields": per_language(site, widget, required) }),
    )
}

/// One box per language of the site, named by its code; `required` only
/// in the default language.
pub(super) fn per_language(site: &Site, widget: &str, required: bool) -> Vec<Value> {
    site.config
        .languages
        .iter()
        .map(|l| {
            json!({
                "name": l.code,
                "label": l.name,
                "widget": widget,
                "required": required && l.code == site.config.default_language,
            })
        })
        .collect()
}

/// The options of a reference list: its keys, labelled in the editor's
/// language.
fn choices(list: &crate::model::RefList, lang: &str) -> Vec<Value> {
    list.entries
        .iter()
        .map(|(key, entry)| json!({ "value": key, "label": entry.name.get(lang).unwrap_or(key) }))
        .collect()
}

fn fixed(keys: &[&str]) -> Vec<Value> {
    keys.iter().map(|k| json!(k)).collect()
}

fn member(w: &Words, name: &str, multiple: bool, required: bool) -> Value {
    with(
        field(w, name, "relation", required),
        json!({
            "collection": "members",
            "value_field": "{{slug}}",
            "search_fields": ["name.ar", "name.fr"],
            "display_fields": [format!("name.{}", w.lang)],
            "multiple": multiple,
        }),
    )
}

/// Not required by the form: a text written by hand has no `slug:`, and a
/// required field would refuse to save it (Decap then writes `slug:`
/// empty or null, which fadaa reads as absent); a new text's slug is
/// asked for by its hint.
fn slug(w: &Words) -> Value {
    let value = field(w, "slug", "string", false);
    i18n(
        pattern(value, w, SLUG_PATTERN, "cms-hint-slug"),
        Shared::Same,
    )
}

/// A story's front matter and text.
pub fn story(w: &Words, site: &Site) -> Vec<Value> {
    let refs = &site.refs;
    vec![
        slug(w),
        i18n(field(w, "title", "string", true), Shared::Translated),
        i18n(date(w, "date", true), Shared::Same),
        i18n(member(w, "member", false, true), Shared::Same),
        i18n(field(w, "summary", "text", false), Shared::Translated),
        i18n(
            select(w, "tags", choices(&refs.tags, w.lang), true, false),
            Shared::Same,
        ),
        i18n(
            select(
                w,
                "committee",
                choices(&refs.committees, w.lang),
                false,
                false,
            ),
            Shared::Same,
        ),
        i18n(field(w, "cover", "image", false), Shared::Same),
        i18n(field(w, "draft", "boolean", false), Shared::Same),
        i18n(date(w, "updated", false), Shared::Same),
        i18n(field(w, "sample", "boolean", false), Shared::Same),
        i18n(earlier_addresses(w), Shared::Translated),
        i18n(field(w, "body", "markdown", true), Shared::Translated),
    ]
}

/// A page's front matter and text.
pub fn page(w: &Words, _site: &Site) -> Vec<Value> {
    vec![
        slug(w),
        i18n(field(w, "title", "string", true), Shared::Translated),
        i18n(field(w, "description", "text", false), Shared::Translated),
        i18n(field(w, "section", "string", false), Shared::Same),
        i18n(
            with(
                field(w, "weight", "number", false),
                json!({ "value_type": "int" }),
            ),
            Shared::Same,
        ),
        i18n(field(w, "menu", "boolean", false), Shared::Same),
        i18n(field(w, "draft", "boolean", false), Shared::Same),
        i18n(date(w, "updated", false), Shared::Same),
        i18n(earlier_addresses(w), Shared::Translated),
        i18n(field(w, "body", "markdown", true), Shared::Translated),
    ]
}

/// `aliases:` of any item: its old names, so that links to them still
/// lead to it after a rename (not a reference list's `aliases`, which
/// are other spellings).
fn earlier_addresses(w: &Words) -> Value {
    json!({
        "name": "aliases",
        "label": w.text("cms-label-earlier-addresses"),
        "hint": w.text("cms-hint-earlier-addresses"),
        "widget": "list",
        "required": false,
    })
}

/// A member's file.
pub fn member_file(w: &Words, site: &Site) -> Vec<Value> {
    let refs = &site.refs;
    let number = |name| {
        with(
            field(w, name, "number", true),
            json!({ "value_type": "float" }),
        )
    };
    vec![
        translated(w, "name", "string", true, site),
        select(
            w,
            "governorate",
            choices(&refs.governorates, w.lang),
            false,
            true,
        ),
        with(
            field(w, "location", "object", true),
            json!({ "fields": [number("lat"), number("lon")] }),
        ),
        select(
            w,
            "status",
            fixed(&["operational", "in-progress", "planned"]),
            false,
            true,
        ),
        date(w, "opened", false),
        translated(w, "address", "string", false, site),
        pattern(
            field(w, "phone", "string", false),
            w,
            PHONE_PATTERN,
            "cms-hint-phone",
        ),
        pattern(
            field(w, "email", "string", false),
            w,
            EMAIL_PATTERN,
            "cms-hint-email",
        ),
        pattern(
            field(w, "website", "string", false),
            w,
            URL_PATTERN,
            "cms-hint-url",
        ),
        pattern(
            field(w, "hours", "string", false),
            w,
            HOURS_PATTERN,
            "cms-hint-hours",
        ),
        select(w, "services", choices(&refs.services, w.lang), true, false),
        select(
            w,
            "committees",
            choices(&refs.committees, w.lang),
            true,
            false,
        ),
        translated(w, "description", "text", false, site),
        with(
            field(w, "service_notes", "list", false),
            json!({ "fields": service_note(w, site) }),
        ),
        field(w, "sample", "boolean", false),
        earlier_addresses(w),
    ]
}

/// One item of a member's `service_notes`.
fn service_note(w: &Words, site: &Site) -> Vec<Value> {
    let fee = with(
        field(w, "fee", "number", false),
        json!({ "value_type": "float", "min": 0 }),
    );
    // Each document is a text per language: the list's items are the
    // language boxes themselves (`- { ar: …, fr: … }`).
    let document = per_language(site, "string", true);
    vec![
        select(
            w,
            "service",
            choices(&site.refs.services, w.lang),
            false,
            true,
        ),
        fee,
        with(
            field(w, "documents", "list", false),
            json!({ "fields": document }),
        ),
        translated(w, "delay", "string", false, site),
        translated(w, "note", "text", false, site),
    ]
}

/// A dataset's `dataset.yaml`.
pub fn dataset(w: &Words, site: &Site) -> Vec<Value> {
    let column = vec![
        field(w, "name", "string", true),
        translated(w, "title", "string", false, site),
        translated(w, "description", "text", false, site),
        select(
            w,
            "values",
            fixed(&crate::model::ValueList::ALL),
            false,
            false,
        ),
    ];
    let chart = vec![field(w, "x", "string", true), field(w, "y", "string", true)];
    let resource = vec![
        field(w, "file", "file", true),
        translated(w, "title", "string", false, site),
        with(
            field(w, "fields", "list", false),
            json!({ "fields": column }),
        ),
        with(
            field(w, "chart", "object", false),
            json!({ "fields": chart }),
        ),
    ];
    let temporal = vec![date(w, "start", true), date(w, "end", true)];
    vec![
        translated(w, "title", "string", true, site),
        translated(w, "description", "text", false, site),
        field(w, "publisher", "string", true),
        field(w, "license", "string", true),
        translated(w, "keywords", "list", false, site),
        date(w, "updated", true),
        field(w, "frequency", "string", false),
        with(
            field(w, "temporal", "object", false),
            json!({ "fields": temporal }),
        ),
        with(
            field(w, "resources", "list", false),
            json!({ "fields": resource }),
        ),
        field(w, "sample", "boolean", false),
        earlier_addresses(w),
    ]
}

/// A deliverable's file.
pub fn deliverable(w: &Words, site: &Site) -> Vec<Value> {
    let languages: Vec<Value> = site.config.codes().map(|c| json!(c)).collect();
    let file = vec![
        field(w, "file", "file", true),
        select(w, "lang", languages, false, false),
        translated(w, "title", "string", false, site),
    ];
    vec![
        translated(w, "title", "string", true, site),
        translated(w, "summary", "text", false, site),
        select(
            w,
            "committee",
            choices(&site.refs.committees, w.lang),
            false,
            true,
        ),
        select(
            w,
            "kind",
            fixed(&["guide", "report", "toolkit", "training", "study", "event"]),
            false,
            true,
        ),
        select(
            w,
            "status",
            fixed(&["planned", "in-progress", "published"]),
            false,
            true,
        ),
        date(w, "due", true),
        date(w, "published", false),
        member(w, "members", true, false),
        with(field(w, "files", "list", false), json!({ "fields": file })),
        pattern(
            field(w, "link", "string", false),
            w,
            URL_PATTERN,
            "cms-hint-url",
        ),
        field(w, "sample", "boolean", false),
        earlier_addresses(w),
    ]
}
