//! The reference lists in the editor: governorates, services, committees
//! and tags, each one file whose entries are keyed by slug. Decap edits a
//! file's named fields, not a map of any keys, so the form is made from
//! the list as it stands: one group per entry, in its written form (the
//! short `{ ar, fr }`, or `name` with `aliases` and `description`). An
//! entry is added or removed in the file by hand; the next build offers
//! it here.

use super::fields::per_language;
use super::Words;
use crate::model::{RefEntry, RefList, Translated};
use crate::site::Site;
use serde_json::{json, Value};

/// The file collection of the reference lists.
pub fn collection(w: &Words, site: &Site) -> Value {
    let refs = &site.refs;
    let files: Vec<Value> = [
        ("governorates", &refs.governorates),
        ("services", &refs.services),
        ("committees", &refs.committees),
        ("tags", &refs.tags),
    ]
    .into_iter()
    .map(|(name, list)| {
        json!({
            "name": name,
            "label": w.text(label_of(name)),
            "file": format!("content/{name}.yaml"),
            "fields": fields(w, site, list),
        })
    })
    .collect();
    json!({
        "name": "lists",
        "label": w.text("cms-collection-lists"),
        "editor": { "preview": false },
        "files": files,
    })
}

fn label_of(list: &str) -> &'static str {
    match list {
        "governorates" => "cms-list-governorates",
        "services" => "cms-list-services",
        "committees" => "cms-list-committees",
        _ => "cms-list-tags",
    }
}

fn fields(w: &Words, site: &Site, list: &RefList) -> Vec<Value> {
    list.entries
        .iter()
        .map(|(key, entry)| {
            let shown = entry.name.get(w.lang).unwrap_or(key);
            json!({
                "name": key,
                "label": format!("{shown} ({key})"),
                "widget": "object",
                "collapsed": false,
                "fields": entry_fields(w, site, entry),
            })
        })
        .collect()
}

/// The entry's own form: a name per language, or `name`, `aliases` and
/// `description` when it is written in the long form.
fn entry_fields(w: &Words, site: &Site, entry: &RefEntry) -> Vec<Value> {
    let long = !entry.aliases.is_empty()
        || entry.description.is_some()
        || matches!(entry.name, Translated::Same(_));
    if !long {
        return per_language(site, "string", true);
    }
    vec![
        json!({
            "name": "name", "label": w.label("name"), "widget": "object",
            "fields": per_language(site, "string", true),
        }),
        json!({ "name": "aliases", "label": w.label("aliases"), "widget": "list", "required": false }),
        json!({
            "name": "description", "label": w.label("description"), "widget": "object",
            "required": false, "fields": per_language(site, "text", false),
        }),
    ]
}
