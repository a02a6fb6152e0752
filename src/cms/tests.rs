//! The editor's form and fadaa's content model name the same fields: a
//! field fadaa accepts without a form field, or a form field fadaa would
//! refuse, fails here.

use super::*;
use crate::config::BuildOptions;
use crate::diag::Diagnostics;
use std::collections::BTreeSet;

fn shipped() -> Site {
    let options = BuildOptions {
        root: std::path::Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf(),
        local_editor: true,
        ..BuildOptions::default()
    };
    let mut d = Diagnostics::new();
    let config = crate::config::load(&options, &mut d).expect("the shipped site's settings");
    let files = crate::discover::discover(&config, &mut d);
    let parsed = crate::parse::parse(&files, &mut d);
    crate::resolve::resolve(config, parsed, &mut d)
}

/// The fields serde accepts for `T`, from its own "expected one of" list.
fn accepted<T: serde::de::DeserializeOwned + std::fmt::Debug>() -> BTreeSet<String> {
    let err = yaml_serde::from_str::<T>("zz_probe: 1\n")
        .unwrap_err()
        .to_string();
    let list = err.split("expected").nth(1).expect(&err);
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn names(fields: &[Value]) -> BTreeSet<String> {
    fields
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

fn nested(fields: &[Value], name: &str) -> BTreeSet<String> {
    let field = fields.iter().find(|f| f["name"] == name).expect(name);
    names(field["fields"].as_array().expect(name))
}

#[test]
fn every_field_fadaa_accepts_has_a_form_field_and_no_other() {
    use crate::model::*;
    let site = shipped();
    let w = Words::new(Locale::Fr);
    let body = BTreeSet::from(["body".to_string()]);
    let story = fields::story(&w, &site);
    assert_eq!(names(&story), &accepted::<StoryFront>() | &body);
    assert_eq!(
        names(&fields::page(&w, &site)),
        &accepted::<PageFront>() | &body
    );
    let member = fields::member_file(&w, &site);
    assert_eq!(names(&member), accepted::<MemberFile>());
    assert_eq!(nested(&member, "location"), accepted::<Location>());
    assert_eq!(nested(&member, "service_notes"), accepted::<ServiceNote>());
    let dataset = fields::dataset(&w, &site);
    assert_eq!(names(&dataset), accepted::<DatasetFile>());
    assert_eq!(nested(&dataset, "temporal"), accepted::<Temporal>());
    assert_eq!(nested(&dataset, "resources"), accepted::<Resource>());
    let resource = &dataset.iter().find(|f| f["name"] == "resources").unwrap()["fields"];
    let resource = resource.as_array().unwrap();
    assert_eq!(nested(resource, "fields"), accepted::<FieldInfo>());
    assert_eq!(nested(resource, "chart"), accepted::<ChartSpec>());
    let deliverable = fields::deliverable(&w, &site);
    assert_eq!(names(&deliverable), accepted::<DeliverableFile>());
    assert_eq!(nested(&deliverable, "files"), accepted::<FileRef>());
}

/// Every label, in every language of the editor, comes from the catalog.
#[test]
fn every_field_is_labelled_in_arabic_and_french() {
    let site = shipped();
    for locale in [Locale::Ar, Locale::Fr] {
        let config = config(&site, &Editor::Local, locale);
        let mut missing = Vec::new();
        let mut stack: Vec<&Value> = config["collections"].as_array().unwrap().iter().collect();
        while let Some(v) = stack.pop() {
            for f in v["fields"].as_array().into_iter().flatten() {
                let name = f["name"].as_str().unwrap();
                let is_language = site.config.language(name).is_some();
                if !is_language && f["label"] == name {
                    missing.push(format!("{locale}: cms-label-{name}"));
                }
                stack.push(f);
            }
        }
        assert!(missing.is_empty(), "{missing:?}");
    }
}

#[test]
fn the_form_uses_fadaas_own_rules_and_choices() {
    let site = shipped();
    let config = config(&site, &Editor::Local, Locale::Ar);
    assert_eq!(config["locale"], "ar");
    assert_eq!(config["backend"]["name"], "proxy");
    assert_eq!(config["i18n"]["structure"], "multiple_files");
    let story = &config["collections"][0];
    let field = |name: &str| {
        story["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(field("slug")["pattern"][0], fields::SLUG_PATTERN);
    assert_eq!(field("date")["format"], "YYYY-MM-DD");
    assert_eq!(field("member")["widget"], "relation");
    // The committees of content/committees.yaml, in its order.
    let committee = field("committee");
    let committees: Vec<&str> = committee["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().unwrap())
        .collect();
    assert_eq!(committees, site.refs.committees.keys().collect::<Vec<_>>());
    assert_eq!(field("title")["i18n"], true);
    assert_eq!(field("date")["i18n"], "duplicate");
}

/// Every entry of every reference list has its group in the form, in the
/// form it is written in, with the fields the long form accepts.
#[test]
fn every_reference_entry_has_its_form() {
    let site = shipped();
    let w = Words::new(Locale::Fr);
    let lists = super::lists::collection(&w, &site);
    let files = lists["files"].as_array().unwrap();
    for (file, list) in files.iter().zip([
        &site.refs.governorates,
        &site.refs.services,
        &site.refs.committees,
        &site.refs.tags,
    ]) {
        let keys: BTreeSet<String> = list.entries.keys().cloned().collect();
        let fields = file["fields"].as_array().unwrap();
        assert_eq!(names(fields), keys, "{}", file["file"]);
        for (key, entry) in &list.entries {
            let group = fields.iter().find(|f| f["name"] == key.as_str()).unwrap();
            let inner = names(group["fields"].as_array().unwrap());
            if entry.aliases.is_empty() && entry.description.is_none() {
                assert_eq!(inner, BTreeSet::from(["ar".into(), "fr".into()]), "{key}");
            } else {
                assert_eq!(
                    inner,
                    BTreeSet::from(["name".into(), "aliases".into(), "description".into()]),
                    "{key}"
                );
            }
        }
    }
}
