//! Read every source file and parse it into its typed struct, in parallel.
//! Every file's error is collected; one broken file does not hide another's.

use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::{Kind, RefKind, Role, SourceFile};
use crate::frontmatter;
use crate::messages::Message;
use crate::model::{
    DatasetFile, DeliverableFile, EventFile, MemberFile, PageFront, RefList, ServiceFile,
    StoryFront,
};
use crate::msg;
use crate::yaml::{self, Origin};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;
use std::sync::Arc;

mod cache;
mod placeholders;
pub use cache::{bytes_hash, parse_with, Cache};
use std::path::PathBuf;

/// Where a parsed value came from, kept for diagnostics and relative paths.
#[derive(Debug, Clone)]
pub struct Source {
    pub rel: String,
    pub path: PathBuf,
    /// The YAML text (whole file, or front matter) for locating keys;
    /// shared, as the body is, so that a rebuild's copy of a cached
    /// parse does not copy the site's text.
    pub yaml: std::sync::Arc<str>,
    pub yaml_line_offset: usize,
    /// Lines of the file (1-based) whose value was a mistake and was stood
    /// in for so that the rest could be checked (`yaml::parse_all`): what
    /// later checks find there is about the stand-in, not the writer.
    pub stood_in: BTreeSet<usize>,
}

impl Source {
    pub fn origin(&self) -> Origin<'_> {
        Origin {
            file: &self.rel,
            line_offset: self.yaml_line_offset,
        }
    }

    /// A diagnostic at `key` (and its `value`) in this file's YAML.
    pub fn error_at(&self, key: &str, value: Option<&str>, message: Message) -> Diagnostic {
        let pos = yaml::locate(&self.yaml, key, value)
            .map(|p| crate::diag::Pos::new(p.line + self.yaml_line_offset, p.column));
        Diagnostic::error(message).in_file(&self.rel).at(pos)
    }

    pub fn warning_at(&self, key: &str, value: Option<&str>, message: Message) -> Diagnostic {
        Diagnostic {
            severity: crate::diag::Severity::Warning,
            ..self.error_at(key, value, message)
        }
    }

    /// Whether the value of `key` was a mistake stood in for while parsing
    /// (what the file says there is not what was read).
    pub fn stood_in_at(&self, key: &str) -> bool {
        yaml::locate(&self.yaml, key, None)
            .is_some_and(|p| self.stood_in.contains(&(p.line + self.yaml_line_offset)))
    }

    pub fn dir(&self) -> PathBuf {
        self.path.parent().map(PathBuf::from).unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub struct Markdown<F> {
    pub slug: String,
    pub lang: String,
    pub front: F,
    pub body: std::sync::Arc<str>,
    pub body_first_line: usize,
    pub source: Source,
    /// Errors for placeholders left in what it shows, found as it was
    /// parsed (and kept with the parse); `resolve` reports those of the
    /// versions it publishes (not a future story's, without `--future`).
    pub placeholders: Vec<Diagnostic>,
}

#[derive(Debug, Clone)]
pub struct Yaml<T> {
    pub slug: String,
    pub data: T,
    pub source: Source,
}

#[derive(Debug, Clone)]
pub struct BundleFile {
    pub kind: Kind,
    pub slug: String,
    /// Path inside the bundle, `/`-separated.
    pub name: String,
    pub path: PathBuf,
    pub rel: String,
}

#[derive(Debug, Default)]
pub struct Parsed {
    /// Pages and stories are shared with the parse cache (`cache`) and
    /// then the site: a rebuild takes the 8,000 texts of a 10,000-page
    /// site as they were without copying (and later freeing) each.
    pub pages: Vec<Arc<Markdown<PageFront>>>,
    pub stories: Vec<Arc<Markdown<StoryFront>>>,
    pub members: Vec<Yaml<MemberFile>>,
    pub datasets: Vec<Yaml<DatasetFile>>,
    pub deliverables: Vec<Yaml<DeliverableFile>>,
    pub services: Vec<Yaml<ServiceFile>>,
    pub events: Vec<Yaml<EventFile>>,
    pub references: Vec<(RefKind, Yaml<RefList>)>,
    pub bundle_files: Vec<BundleFile>,
    /// Every item found, parsed or not, so that a reference to an item
    /// whose file is broken is not reported a second time.
    /// Shared: the pipeline keeps both after `resolve` has taken the
    /// rest (the link table asks them), and copying them was 17,000
    /// allocations per rebuild at 10,000 pages.
    pub known: Arc<BTreeSet<(Kind, String)>>,
    /// Items one of whose files failed to parse: links into them are not
    /// checked further, so one mistake is reported once.
    pub broken: Arc<BTreeSet<(Kind, String)>>,
    /// Reference lists whose file failed to parse: keys are not checked
    /// against them, for the same reason.
    pub broken_references: BTreeSet<RefKind>,
}

/// One file's parse: the item, when one could be read, and its errors.
/// The item is boxed: a parse is moved and kept (`cache`) whole, and an
/// item is some 600 bytes, which made moving 15,000 of them most of a
/// rebuild's parse.
pub type Parse = (Option<Box<One>>, Vec<Diagnostic>);

#[derive(Clone)]
pub enum One {
    Page(Arc<Markdown<PageFront>>),
    Story(Arc<Markdown<StoryFront>>),
    Member(Yaml<MemberFile>),
    Dataset(Yaml<DatasetFile>),
    Deliverable(Yaml<DeliverableFile>),
    Service(Yaml<ServiceFile>),
    Event(Yaml<EventFile>),
    Reference(RefKind, Yaml<RefList>),
    Bundle(BundleFile),
}

pub fn parse(files: &[SourceFile], diags: &mut Diagnostics) -> Parsed {
    let results: Vec<Parse> = files.par_iter().map(parse_one).collect();
    collect(files, results, diags)
}

/// The parses in `Parsed`'s lists, their errors in `diags`.
fn collect(files: &[SourceFile], results: Vec<Parse>, diags: &mut Diagnostics) -> Parsed {
    let mut parsed = Parsed::default();
    let (mut known, mut broken) = (BTreeSet::new(), BTreeSet::new());
    for (file, (_, errors)) in files.iter().zip(&results) {
        if let Role::Markdown { kind, slug, .. } | Role::Yaml { kind, slug } = &file.role {
            known.insert((*kind, slug.clone()));
            if !errors.is_empty() {
                broken.insert((*kind, slug.clone()));
            }
        }
        if let (Role::Reference(kind), false) = (&file.role, errors.is_empty()) {
            parsed.broken_references.insert(*kind);
        }
    }
    (parsed.known, parsed.broken) = (Arc::new(known), Arc::new(broken));
    // An item with errors is kept when the rest of its file could be read,
    // so that its other fields are checked too; the errors fail the build.
    for (item, errors) in results {
        diags.extend(errors);
        match item.map(|one| *one) {
            Some(One::Page(p)) => parsed.pages.push(p),
            Some(One::Story(s)) => parsed.stories.push(s),
            Some(One::Member(m)) => parsed.members.push(m),
            Some(One::Dataset(d)) => parsed.datasets.push(d),
            Some(One::Deliverable(d)) => parsed.deliverables.push(d),
            Some(One::Service(s)) => parsed.services.push(s),
            Some(One::Event(e)) => parsed.events.push(e),
            Some(One::Reference(k, r)) => parsed.references.push((k, r)),
            Some(One::Bundle(b)) => parsed.bundle_files.push(b),
            None => {}
        }
    }
    parsed
}

/// One file read and parsed.
fn parse_one(file: &SourceFile) -> Parse {
    if let Role::BundleFile { kind, slug, name } = &file.role {
        let bundle = BundleFile {
            kind: *kind,
            slug: slug.clone(),
            name: name.clone(),
            path: file.path.clone(),
            rel: file.rel.clone(),
        };
        return (Some(Box::new(One::Bundle(bundle))), Vec::new());
    }
    match read_bytes(file) {
        Ok(bytes) => parse_bytes(file, bytes),
        Err(d) => (None, vec![d]),
    }
}

/// A text file's bytes decoded and parsed by its role.
fn parse_bytes(file: &SourceFile, bytes: Vec<u8>) -> Parse {
    let text = match frontmatter::decode(bytes, &file.rel) {
        Ok(text) => text,
        Err(d) => return (None, vec![d]),
    };
    let (item, errors) = match &file.role {
        Role::Markdown {
            kind: Kind::Page,
            slug,
            lang,
        } => {
            let page = markdown(file, text, slug, lang);
            map(with_placeholders(page, placeholders::page_fields), |p| {
                One::Page(Arc::new(p))
            })
        }
        Role::Markdown {
            kind: Kind::Story,
            slug,
            lang,
        } => {
            let story = markdown(file, text, slug, lang);
            map(with_placeholders(story, placeholders::story_fields), |s| {
                One::Story(Arc::new(s))
            })
        }
        Role::Markdown { kind, .. } => (
            None,
            vec![
                Diagnostic::error(msg!("written-in-yaml", folder = kind.folder()))
                    .in_file(&file.rel),
            ],
        ),
        Role::Yaml { kind, slug } => {
            let slug = slug.clone();
            match kind {
                Kind::Member => map(yaml_item(file, text, slug), One::Member),
                Kind::Dataset => map(yaml_item(file, text, slug), One::Dataset),
                Kind::Deliverable => map(yaml_item(file, text, slug), One::Deliverable),
                Kind::Service => map(yaml_item(file, text, slug), One::Service),
                Kind::Event => map(yaml_item(file, text, slug), One::Event),
                Kind::Page | Kind::Story => unreachable!("pages and stories are Markdown"),
            }
        }
        Role::Reference(kind) => map(yaml_item(file, text, String::new()), |y| {
            One::Reference(*kind, y)
        }),
        Role::BundleFile { .. } => unreachable!("handled above"),
    };
    (item.map(Box::new), errors)
}

/// An item and the errors of its file: the item, when there is one, is
/// what could be read around the errors.
type Read<T> = (Option<T>, Vec<Diagnostic>);

/// A page or story as read, with the errors for placeholders left in
/// what it shows (reported by `resolve` if it is published).
fn with_placeholders<F: placeholders::Draft>(
    (mut version, errors): Read<Markdown<F>>,
    fields: impl Fn(&F) -> Vec<(&'static str, &str)>,
) -> Read<Markdown<F>> {
    if let Some(version) = &mut version {
        let mut found = Vec::new();
        placeholders::placeholders(version, fields, &mut found);
        version.placeholders = found;
    }
    (version, errors)
}

fn map<T>(read: Read<T>, f: impl FnOnce(T) -> One) -> Read<One> {
    (read.0.map(f), read.1)
}

/// A text file's contents, refused if too large or not UTF-8.
fn read_text(file: &SourceFile) -> Result<String, Diagnostic> {
    frontmatter::decode(read_bytes(file)?, &file.rel)
}

/// A text file's bytes, refused if too large.
fn read_bytes(file: &SourceFile) -> Result<Vec<u8>, Diagnostic> {
    if let Some(too_large) = crate::limits::text_too_large(&file.path, &file.rel) {
        return Err(too_large);
    }
    std::fs::read(&file.path).map_err(|err| {
        Diagnostic::error(msg!("cannot-read", detail = err.to_string())).in_file(&file.rel)
    })
}

/// One page or story file read and parsed on its own (`serve`, after an
/// edit of that file alone).
pub fn markdown_file<F: DeserializeOwned>(file: &SourceFile) -> Result<Markdown<F>, Diagnostic> {
    let Role::Markdown { slug, lang, .. } = &file.role else {
        return Err(Diagnostic::error(msg!("not-page-or-story")).in_file(&file.rel));
    };
    match markdown(file, read_text(file)?, slug, lang) {
        (Some(item), errors) if errors.is_empty() => Ok(item),
        (_, mut errors) => Err(errors.remove(0)),
    }
}

fn markdown<F: DeserializeOwned>(
    file: &SourceFile,
    text: String,
    slug: &str,
    lang: &str,
) -> Read<Markdown<F>> {
    let split = match frontmatter::split(&text, &file.rel) {
        Ok(split) => split,
        Err(d) => return (None, vec![d]),
    };
    let origin = yaml::Origin {
        file: &file.rel,
        line_offset: split.yaml_line_offset,
    };
    let yaml = if split.yaml.trim().is_empty() {
        "{}"
    } else {
        split.yaml
    };
    let outcome = yaml::parse_all(yaml, origin);
    let source = source_of(file, &outcome, split.yaml_line_offset);
    let item = outcome.value.map(|front| Markdown {
        slug: slug.to_string(),
        lang: lang.to_string(),
        front,
        body: split.body.into(),
        body_first_line: split.body_first_line,
        source,
        placeholders: Vec::new(),
    });
    (item, outcome.errors)
}

/// Where an item came from: its YAML as finally read, with the lines
/// that were stood in for.
fn source_of<T>(file: &SourceFile, outcome: &yaml::Outcome<T>, line_offset: usize) -> Source {
    Source {
        rel: file.rel.clone(),
        path: file.path.clone(),
        yaml: outcome.text.as_str().into(),
        yaml_line_offset: line_offset,
        stood_in: outcome.stood_in.iter().map(|l| l + line_offset).collect(),
    }
}

fn yaml_item<T: DeserializeOwned>(file: &SourceFile, text: String, slug: String) -> Read<Yaml<T>> {
    let origin = yaml::Origin {
        file: &file.rel,
        line_offset: 0,
    };
    let outcome = yaml::parse_all(&text, origin);
    let source = source_of(file, &outcome, 0);
    let item = outcome.value.map(|data| Yaml { slug, data, source });
    (item, outcome.errors)
}
