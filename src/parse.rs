//! Read every source file and parse it into its typed struct, in parallel.
//! Every file's error is collected; one broken file does not hide another's.

use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::{Kind, RefKind, Role, SourceFile};
use crate::frontmatter;
use crate::messages::Message;
use crate::model::{DatasetFile, DeliverableFile, MemberFile, PageFront, RefList, StoryFront};
use crate::msg;
use crate::yaml::{self, Origin};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;
use std::path::PathBuf;

/// Where a parsed value came from, kept for diagnostics and relative paths.
#[derive(Debug, Clone)]
pub struct Source {
    pub rel: String,
    pub path: PathBuf,
    /// The YAML text (whole file, or front matter) for locating keys.
    pub yaml: String,
    pub yaml_line_offset: usize,
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

    pub fn dir(&self) -> PathBuf {
        self.path.parent().map(PathBuf::from).unwrap_or_default()
    }
}

#[derive(Debug, Clone)]
pub struct Markdown<F> {
    pub slug: String,
    pub lang: String,
    pub front: F,
    pub body: String,
    pub body_first_line: usize,
    pub source: Source,
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
    pub pages: Vec<Markdown<PageFront>>,
    pub stories: Vec<Markdown<StoryFront>>,
    pub members: Vec<Yaml<MemberFile>>,
    pub datasets: Vec<Yaml<DatasetFile>>,
    pub deliverables: Vec<Yaml<DeliverableFile>>,
    pub references: Vec<(RefKind, Yaml<RefList>)>,
    pub bundle_files: Vec<BundleFile>,
    /// Every item found, parsed or not, so that a reference to an item
    /// whose file is broken is not reported a second time.
    pub known: BTreeSet<(Kind, String)>,
    /// Items one of whose files failed to parse: links into them are not
    /// checked further, so one mistake is reported once.
    pub broken: BTreeSet<(Kind, String)>,
    /// Reference lists whose file failed to parse: keys are not checked
    /// against them, for the same reason.
    pub broken_references: BTreeSet<RefKind>,
}

enum One {
    Page(Markdown<PageFront>),
    Story(Markdown<StoryFront>),
    Member(Yaml<MemberFile>),
    Dataset(Yaml<DatasetFile>),
    Deliverable(Yaml<DeliverableFile>),
    Reference(RefKind, Yaml<RefList>),
    Bundle(BundleFile),
}

pub fn parse(files: &[SourceFile], diags: &mut Diagnostics) -> Parsed {
    let results: Vec<Result<One, Vec<Diagnostic>>> = files.par_iter().map(parse_one).collect();
    let mut parsed = Parsed::default();
    for (file, result) in files.iter().zip(&results) {
        if let Role::Markdown { kind, slug, .. } | Role::Yaml { kind, slug } = &file.role {
            parsed.known.insert((*kind, slug.clone()));
            if result.is_err() {
                parsed.broken.insert((*kind, slug.clone()));
            }
        }
        if let (Role::Reference(kind), Err(_)) = (&file.role, result) {
            parsed.broken_references.insert(*kind);
        }
    }
    for result in results {
        match result {
            Ok(One::Page(p)) => parsed.pages.push(p),
            Ok(One::Story(s)) => parsed.stories.push(s),
            Ok(One::Member(m)) => parsed.members.push(m),
            Ok(One::Dataset(d)) => parsed.datasets.push(d),
            Ok(One::Deliverable(d)) => parsed.deliverables.push(d),
            Ok(One::Reference(k, r)) => parsed.references.push((k, r)),
            Ok(One::Bundle(b)) => parsed.bundle_files.push(b),
            Err(errors) => diags.extend(errors),
        }
    }
    parsed
}

fn parse_one(file: &SourceFile) -> Result<One, Vec<Diagnostic>> {
    if let Role::BundleFile { kind, slug, name } = &file.role {
        return Ok(One::Bundle(BundleFile {
            kind: *kind,
            slug: slug.clone(),
            name: name.clone(),
            path: file.path.clone(),
            rel: file.rel.clone(),
        }));
    }
    let text = read_text(file).map_err(|d| vec![d])?;
    match &file.role {
        Role::Markdown {
            kind: Kind::Page,
            slug,
            lang,
        } => markdown(file, text, slug, lang).map(One::Page),
        Role::Markdown {
            kind: Kind::Story,
            slug,
            lang,
        } => markdown(file, text, slug, lang).map(One::Story),
        Role::Markdown { kind, .. } => Err(vec![Diagnostic::error(msg!(
            "written-in-yaml",
            folder = kind.folder()
        ))
        .in_file(&file.rel)]),
        Role::Yaml { kind, slug } => {
            let slug = slug.clone();
            match kind {
                Kind::Member => yaml_item(file, text, slug).map(One::Member),
                Kind::Dataset => yaml_item(file, text, slug).map(One::Dataset),
                Kind::Deliverable => yaml_item(file, text, slug).map(One::Deliverable),
                Kind::Page | Kind::Story => unreachable!("pages and stories are Markdown"),
            }
        }
        Role::Reference(kind) => {
            yaml_item(file, text, String::new()).map(|y| One::Reference(*kind, y))
        }
        Role::BundleFile { .. } => unreachable!("handled above"),
    }
}

/// A text file's contents, refused if too large or not UTF-8.
fn read_text(file: &SourceFile) -> Result<String, Diagnostic> {
    if let Some(too_large) = crate::limits::text_too_large(&file.path, &file.rel) {
        return Err(too_large);
    }
    let bytes = std::fs::read(&file.path).map_err(|err| {
        Diagnostic::error(msg!("cannot-read", detail = err.to_string())).in_file(&file.rel)
    })?;
    frontmatter::decode(bytes, &file.rel)
}

/// One page or story file read and parsed on its own (`serve`, after an
/// edit of that file alone).
pub fn markdown_file<F: DeserializeOwned>(file: &SourceFile) -> Result<Markdown<F>, Diagnostic> {
    let Role::Markdown { slug, lang, .. } = &file.role else {
        return Err(Diagnostic::error(msg!("not-page-or-story")).in_file(&file.rel));
    };
    markdown(file, read_text(file)?, slug, lang).map_err(|mut errors| errors.remove(0))
}

fn markdown<F: DeserializeOwned>(
    file: &SourceFile,
    text: String,
    slug: &str,
    lang: &str,
) -> Result<Markdown<F>, Vec<Diagnostic>> {
    let split = frontmatter::split(&text, &file.rel).map_err(|d| vec![d])?;
    let source = Source {
        rel: file.rel.clone(),
        path: file.path.clone(),
        yaml: split.yaml.to_string(),
        yaml_line_offset: split.yaml_line_offset,
    };
    let front = if split.yaml.trim().is_empty() {
        yaml::parse("{}", source.origin()).map_err(|d| vec![d])
    } else {
        yaml::parse_all(split.yaml, source.origin())
    }?;
    Ok(Markdown {
        slug: slug.to_string(),
        lang: lang.to_string(),
        front,
        body: split.body.to_string(),
        body_first_line: split.body_first_line,
        source,
    })
}

fn yaml_item<T: DeserializeOwned>(
    file: &SourceFile,
    text: String,
    slug: String,
) -> Result<Yaml<T>, Vec<Diagnostic>> {
    let source = Source {
        rel: file.rel.clone(),
        path: file.path.clone(),
        yaml: text,
        yaml_line_offset: 0,
    };
    let data = yaml::parse_all(&source.yaml, source.origin())?;
    Ok(Yaml { slug, data, source })
}
