//! docs/theme.md is the contract for theme authors: it names every
//! variable a page template receives and every field inside it. The mini
//! site, with what makes every list and optional value of the views
//! non-empty, is built with each page template replaced by one that
//! writes its whole context (Tera's `__tera_context`): every key found
//! must be a word of theme.md, each page's own variables must be in its
//! template's row of the table, the variables every page has in
//! "Variables in every template", and each `page.kind` in its list.
//! (`theme_views` checks the fields the fixture does not reach.)

use crate::support::{TestSite, REPO};
use crate::{events, stories};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Templates of the shipped theme that no page is rendered with: the
/// layout every page extends and the macros other templates import.
const PARTIALS: [&str; 3] = ["base.html", "macros.html", "event-card.html"];

pub(super) fn theme_md() -> String {
    std::fs::read_to_string(Path::new(REPO).join("docs/theme.md")).unwrap()
}

/// The words of `text`: runs of letters, digits and `_`.
pub(super) fn words(text: &str) -> BTreeSet<&str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The page templates of the shipped theme.
fn page_templates() -> Vec<String> {
    let dir = Path::new(REPO).join("themes/espace/templates");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".html") && !PARTIALS.contains(&n.as_str()))
        .collect();
    names.sort();
    names
}

const SHEET: &str = "summary: { ar: \"استخراج مضمون ولادة\", fr: \"Extrait de naissance\" }
who: { ar: \"صاحب الرسم\", fr: \"La personne concernée\" }
documents:
  - { ar: \"بطاقة التعريف\", fr: \"La carte d’identité\" }
fee: 1.5
fee_note: { ar: \"بالطابع الجبائي\", fr: \"En timbres fiscaux\" }
delay: { ar: \"فوريًّا\", fr: \"Immédiat\" }
legal: { ar: \"القانون عدد 3 لسنة 1957\", fr: \"Loi n° 57-3\" }
";

const NOTES: &str =
    "hours: \"Mo-Fr 08:00-17:00; Sa 08:00-12:00; Jul-Aug Mo-Fr 07:30-13:30; PH off\"
service_notes:
  - service: civil-status
    fee: 2
    documents: [{ ar: \"صورة\", fr: \"Une photo\" }]
    delay: { ar: \"يومان\", fr: \"Deux jours\" }
    note: { ar: \"صباحًا فقط\", fr: \"Le matin seulement\" }
";

const DATASET: &str = "title: { ar: \"الطلبات\", fr: \"Demandes\" }
description: { ar: \"بيانات تجريبية.\", fr: \"Données d'exemple.\" }
publisher: sfax
license: CC-BY-4.0
keywords: [requests]
updated: 2024-03-01
frequency: monthly
temporal: { start: 2023-01-01, end: 2023-12-31 }
resources:
  - file: requests.csv
    title: { ar: \"الطلبات 2023\", fr: \"Demandes 2023\" }
    fields:
      - name: month
        title: { ar: \"الشهر\", fr: \"Mois\" }
      - name: service
        values: services
      - name: requests
        title: { ar: \"الطلبات\", fr: \"Demandes\" }
        description: { ar: \"عدد الطلبات.\", fr: \"Nombre de demandes.\" }
    chart: { x: month, y: requests }
";

const DELIVERABLE: &str = "title: { ar: \"دليل الاستقبال\", fr: \"Guide de l'accueil\" }
summary: { ar: \"دليل\", fr: \"Un guide\" }
committee: innovation
kind: guide
status: published
due: 2024-06-30
published: 2024-06-15
members: [sfax]
files:
  - file: guide.pdf
    title: { ar: \"الدليل\", fr: \"Le guide\" }
    lang: fr
link: https://example.tn/guide
";

/// The mini site with every list and optional value the views have
/// filled: events, a service sheet and a member's exceptions to it,
/// seasonal hours, a dataset's columns and chart, a deliverable's files,
/// a story's cover, a section of pages and a page in one language only.
fn rich_site() -> TestSite {
    let site = TestSite::fixture("mini");
    site.write("content/events/meeting.yaml", events::PAST);
    site.write("content/events/training.yaml", events::NEXT);
    site.write("content/services/civil-status.yaml", SHEET);
    let member = site.source("content/members/sfax.yaml");
    let hours = "hours: \"Mo-Fr 08:00-17:00; Sa 08:00-12:00\"\n";
    assert!(member.contains(hours), "the mini member's hours changed");
    let member = member.replace(hours, NOTES);
    site.write("content/members/sfax.yaml", &member);
    site.write(
        "content/datasets/requests/requests.csv",
        "month,service,requests\n2023-01,civil-status,120\n2023-02,complaints,30\n",
    );
    site.write("content/datasets/requests/dataset.yaml", DATASET);
    site.remove("content/deliverables/guide.yaml");
    site.write("content/deliverables/guide/deliverable.yaml", DELIVERABLE);
    site.write("content/deliverables/guide/guide.pdf", "%PDF-1.4\n%%EOF\n");
    stories::with_cover(&site, 800, 450);
    site.write(
        "content/pages/help.fr.md",
        "---\ntitle: Aide\ndescription: L'aide du site\n---\nL'aide.\n",
    );
    site.write(
        "content/pages/help-steps.fr.md",
        "---\ntitle: Étapes\nsection: help\nweight: 2\n---\nLes étapes.\n",
    );
    site
}

/// One page's context as its template received it.
struct Dump {
    template: String,
    path: String,
    context: Value,
}

/// Builds `site` with every page template writing its context, and reads
/// them back.
fn dumps(site: &TestSite) -> Vec<Dump> {
    for name in page_templates() {
        let dump = format!("{{\"template\": \"{name}\", \"context\": {{{{ __tera_context }}}}}}");
        site.write(&format!("templates/{name}"), &dump);
    }
    site.build_ok();
    let out = site.output();
    walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| {
            let path = e.path().strip_prefix(&out).unwrap().display().to_string();
            let text = std::fs::read_to_string(e.path()).unwrap();
            let value: Value = serde_json::from_str(&text)
                .unwrap_or_else(|err| panic!("{path} is not a context dump ({err}): {text}"));
            Dump {
                template: value["template"].as_str().unwrap().to_string(),
                path,
                context: value["context"].clone(),
            }
        })
        .collect()
}

/// Every key under `value`, each with the first path it was found at
/// (`dataset.resources[].sha256`).
fn keys(value: &Value, path: &str, found: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let here = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                found.entry(k.clone()).or_insert_with(|| here.clone());
                keys(v, &here, found);
            }
        }
        Value::Array(items) => {
            for v in items {
                keys(v, &format!("{path}[]"), found);
            }
        }
        _ => {}
    }
}

/// The part of `doc` from the line that starts with `start` to the next
/// line that starts with `end`.
fn part<'a>(doc: &'a str, start: &str, end: &str) -> &'a str {
    let at = doc
        .find(&format!("\n{start}"))
        .unwrap_or_else(|| panic!("docs/theme.md has no `{start}`"));
    let rest = &doc[at + 1..];
    let stop = rest[1..]
        .find(&format!("\n{end}"))
        .map_or(rest.len(), |i| i + 1);
    &rest[..stop]
}

/// Templates of the shipped theme that no page of the fixture used.
fn unused_templates(dumps: &[Dump]) -> Vec<String> {
    let rendered: BTreeSet<&str> = dumps.iter().map(|d| d.template.as_str()).collect();
    page_templates()
        .into_iter()
        .filter(|name| !rendered.contains(name.as_str()))
        .map(|name| format!("no page of the fixture uses {name}: add one"))
        .collect()
}

/// Keys, at any depth, that are not a word of the doc.
fn undocumented_keys(dumps: &[Dump], doc: &str) -> Vec<String> {
    let doc_words = words(doc);
    let mut found = BTreeMap::new();
    for d in dumps {
        let mut here = BTreeMap::new();
        keys(&d.context, "", &mut here);
        for (k, path) in here {
            found.entry(k).or_insert(format!("{path} ({})", d.path));
        }
    }
    found
        .into_iter()
        .filter(|(k, _)| !doc_words.contains(k.as_str()))
        .map(|(k, path)| format!("`{k}` is not in docs/theme.md: {path}"))
        .collect()
}

/// The variables every page has, missing from their section; the
/// others, missing from their template's row of the table.
fn misplaced_variables(dumps: &[Dump], doc: &str) -> Vec<String> {
    let top = |d: &Dump| -> BTreeSet<String> {
        let context = d.context.as_object().unwrap();
        context.keys().cloned().collect()
    };
    let common = dumps
        .iter()
        .map(top)
        .reduce(|a, b| a.intersection(&b).cloned().collect())
        .unwrap();
    let every = words(part(doc, "## Variables in every template", "## "));
    let mut problems: Vec<String> = common
        .iter()
        .filter(|k| !every.contains(k.as_str()))
        .map(|k| format!("`{k}` (every page) is not in \"Variables in every template\""))
        .collect();
    for d in dumps {
        let row = format!("| `{}` |", d.template);
        let Some(line) = doc.lines().find(|l| l.starts_with(&row)) else {
            problems.push(format!("{} has no row in the table", d.template));
            continue;
        };
        for k in top(d).difference(&common) {
            if !line.contains(&format!("`{k}`")) {
                problems.push(format!("`{k}` is missing from the row of {}", d.template));
            }
        }
    }
    problems
}

/// Kinds of page (`page.kind`) missing from their list.
fn unlisted_kinds(dumps: &[Dump], doc: &str) -> Vec<String> {
    let list = part(doc, "`page.kind` is one of", "All `url`");
    let listed: BTreeSet<&str> = list
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .collect();
    dumps
        .iter()
        .filter_map(|d| {
            let kind = d.context["page"]["kind"].as_str().unwrap();
            let page = &d.path;
            (!listed.contains(kind)).then(|| format!("page.kind `{kind}` ({page}) is not listed"))
        })
        .collect()
}

#[test]
fn theme_md_names_every_variable_and_field_the_pages_receive() {
    let dumps = dumps(&rich_site());
    let doc = theme_md();
    let mut problems = unused_templates(&dumps);
    problems.extend(undocumented_keys(&dumps, &doc));
    problems.extend(misplaced_variables(&dumps, &doc));
    problems.extend(unlisted_kinds(&dumps, &doc));
    problems.sort();
    problems.dedup();
    assert!(
        problems.is_empty(),
        "docs/theme.md:\n{}",
        problems.join("\n")
    );
}
