//! Translations: a page or story missing in a language (its readers get
//! the other language's text), and a version that may be stale because
//! the other language's version changed after it — by the files' last
//! commit dates in a git repository, else by `updated:` in front matter.

use crate::diag::Diagnostic;
use crate::model::Translated;
use crate::msg;
use crate::site::{Site, Versions};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::Command;

/// The warnings, and how many pages and stories each language lacks.
pub fn check(site: &Site) -> (Vec<Diagnostic>, BTreeMap<String, usize>) {
    let dates = git_dates(&site.config.root);
    let mut out = Vec::new();
    let codes: Vec<&str> = site.config.codes().collect();
    for page in &site.pages {
        item(
            page,
            "page",
            &codes,
            &dates,
            |f| f.updated.map(|d| d.iso()),
            &mut out,
        );
    }
    for story in &site.stories {
        item(
            story,
            "story",
            &codes,
            &dates,
            |f| f.updated.map(|d| d.iso()),
            &mut out,
        );
    }
    let fields_lacking = fields(site, &codes, &mut out);
    let mut missing: BTreeMap<String, usize> = BTreeMap::new();
    for (code, n) in fields_lacking {
        *missing.entry(code).or_default() += n;
    }
    for code in &codes {
        let lacking = site
            .pages
            .iter()
            .filter(|p| !p.by_lang.contains_key(*code))
            .count()
            + site
                .stories
                .iter()
                .filter(|s| !s.by_lang.contains_key(*code))
                .count();
        if lacking > 0 {
            *missing.entry(code.to_string()).or_default() += lacking;
        }
    }
    (out, missing)
}

/// A field written per language (`name: { ar: … }`) that lacks one of
/// the site's languages: reported like a missing file. Returns how many
/// fields each language lacks.
fn fields(site: &Site, codes: &[&str], out: &mut Vec<Diagnostic>) -> BTreeMap<String, usize> {
    let mut lacking: BTreeMap<String, usize> = BTreeMap::new();
    let mut each = |source: &crate::parse::Source, field: &str, value: Option<&Translated>| {
        let Some(Translated::ByLang(map)) = value else {
            return;
        };
        for code in codes.iter().filter(|c| !map.contains_key(**c)) {
            *lacking.entry(code.to_string()).or_default() += 1;
            out.push(
                source
                    .warning_at(
                        field,
                        None,
                        msg!("translation-field-missing", field = field, lang = *code),
                    )
                    .help(msg!(
                        "translation-field-missing-help",
                        field = field,
                        lang = *code
                    )),
            );
        }
    };
    for m in &site.members {
        each(&m.source, "name", Some(&m.data.name));
        each(&m.source, "address", m.data.address.as_ref());
        each(&m.source, "description", m.data.description.as_ref());
    }
    for ds in &site.datasets {
        each(&ds.source, "title", Some(&ds.data.title));
        each(&ds.source, "description", ds.data.description.as_ref());
    }
    for del in &site.deliverables {
        each(&del.source, "title", Some(&del.data.title));
        each(&del.source, "summary", del.data.summary.as_ref());
    }
    lacking
}

fn item<F>(
    versions: &Versions<F>,
    kind: &str,
    codes: &[&str],
    git: &Option<HashMap<String, i64>>,
    updated: impl Fn(&F) -> Option<String>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(first) = versions.by_lang.values().next() else {
        return;
    };
    for code in codes.iter().filter(|c| !versions.by_lang.contains_key(**c)) {
        out.push(
            Diagnostic::warning(msg!(
                "translation-missing",
                kind = kind,
                slug = versions.slug.as_str(),
                lang = *code,
                shown = first.lang.as_str()
            ))
            .in_file(first.source.rel.clone())
            .help(msg!(
                "translation-missing-help",
                file = first
                    .source
                    .rel
                    .replace(&format!(".{}.", first.lang), &format!(".{code}."))
            )),
        );
    }
    // When each version last changed: a sortable text (a timestamp or a date).
    let changed: Vec<(&str, &str, String)> = versions
        .by_lang
        .values()
        .filter_map(|v| {
            let when = match git {
                Some(dates) => dates.get(&v.source.rel).map(|t| format!("{t:012}")),
                None => updated(&v.front),
            }?;
            Some((v.lang.as_str(), v.source.rel.as_str(), when))
        })
        .collect();
    let Some(newest) = changed.iter().max_by(|a, b| a.2.cmp(&b.2)) else {
        return;
    };
    for (lang, rel, when) in &changed {
        if when < &newest.2 {
            out.push(
                Diagnostic::warning(msg!("translation-stale", lang = lang, newer = newest.0))
                    .in_file(rel.to_string())
                    .help(msg!("translation-stale-help", file = newest.1)),
            );
        }
    }
}

/// Last commit time of every file under content/, by site-relative path;
/// a file with uncommitted changes counts as changed now. None when the
/// site is not in a git repository (or git is not installed).
fn git_dates(root: &Path) -> Option<HashMap<String, i64>> {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
    };
    let log = git(&[
        "log",
        "--format=%x00%ct",
        "--name-only",
        "--relative",
        "--",
        "content",
    ])?;
    let mut dates = HashMap::new();
    let mut current = 0i64;
    for line in log.lines() {
        if let Some(t) = line.strip_prefix('\0') {
            current = t.trim().parse().unwrap_or(0);
        } else if !line.is_empty() {
            dates.entry(line.to_string()).or_insert(current);
        }
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let status = git(&[
        "status",
        "--porcelain",
        "--untracked-files=all",
        "--",
        "content",
    ])?;
    let prefix = git(&["rev-parse", "--show-prefix"]).unwrap_or_default();
    for line in status.lines().filter(|l| l.len() > 3) {
        let path = line[3..].trim_matches('"');
        let rel = path.strip_prefix(prefix.trim()).unwrap_or(path);
        dates.insert(rel.to_string(), now);
    }
    Some(dates)
}
