//! Walk `content/` in a stable order and say what each file is.

use crate::config::Config;
use crate::diag::{rel_path, Diagnostic, Diagnostics, Pos};
use crate::messages::Message;
use crate::msg;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

mod saved;
pub use saved::Saved;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Page,
    Member,
    Story,
    Dataset,
    Deliverable,
    /// The sheet of a service of `services.yaml` (`content/services/`).
    Service,
    /// An activity of the network (`content/events/`).
    Event,
}

impl Kind {
    /// The folder under `content/`, which is also the folder of its
    /// language-neutral files in the output (`/stories/<slug>/photo.jpg`),
    /// except datasets, published under `/data/`.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Page => "pages",
            Kind::Member => "members",
            Kind::Story => "stories",
            Kind::Dataset => "datasets",
            Kind::Deliverable => "deliverables",
            Kind::Service => "services",
            Kind::Event => "events",
        }
    }

    pub fn of_folder(folder: &str) -> Option<Kind> {
        [
            Kind::Page,
            Kind::Member,
            Kind::Story,
            Kind::Dataset,
            Kind::Deliverable,
            Kind::Service,
            Kind::Event,
        ]
        .into_iter()
        .find(|k| k.folder() == folder)
    }

    /// The name of a bundle's item file (`member.yaml`), for YAML kinds.
    fn bundle_yaml(self) -> Option<&'static str> {
        match self {
            Kind::Member => Some("member.yaml"),
            Kind::Dataset => Some("dataset.yaml"),
            Kind::Deliverable => Some("deliverable.yaml"),
            Kind::Service => Some("service.yaml"),
            Kind::Event => Some("event.yaml"),
            Kind::Page | Kind::Story => None,
        }
    }

    fn is_markdown(self) -> bool {
        matches!(self, Kind::Page | Kind::Story)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RefKind {
    Governorates,
    Services,
    Committees,
    Tags,
}

impl RefKind {
    pub fn file(self) -> &'static str {
        match self {
            RefKind::Governorates => "governorates.yaml",
            RefKind::Services => "services.yaml",
            RefKind::Committees => "committees.yaml",
            RefKind::Tags => "tags.yaml",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// `<slug>.<lang>.md` or `<slug>/index.<lang>.md`
    Markdown {
        kind: Kind,
        slug: String,
        lang: String,
    },
    /// `<slug>.yaml` or `<slug>/<kind>.yaml`
    Yaml {
        kind: Kind,
        slug: String,
    },
    Reference(RefKind),
    /// Any other file inside a bundle folder: published beside the item.
    BundleFile {
        kind: Kind,
        slug: String,
        name: String,
    },
}

#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// Site-relative, `/`-separated: `content/stories/x.fr.md`.
    pub rel: String,
    pub role: Role,
}

impl SourceFile {
    pub fn bundle_dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new(""))
    }
}

pub fn discover(config: &Config, diags: &mut Diagnostics) -> Vec<SourceFile> {
    let content = config.root.join("content");
    let mut files = Vec::new();
    let walker = WalkDir::new(&content)
        .sort_by_file_name()
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| !is_ignored(e.file_name().to_str().unwrap_or("")));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                let file = err.path().map(|p| rel_path(&config.root, p));
                let mut d = Diagnostic::error(msg!("cannot-read", detail = err.to_string()));
                d.file = file;
                diags.push(d);
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = rel_path(&config.root, entry.path());
        if rel == crate::config::SITE_FILE {
            continue;
        }
        if entry.path_is_symlink() {
            diags.push(
                Diagnostic::error(msg!("symlink-in-content"))
                    .in_file(&rel)
                    .help(msg!("symlink-in-content-help")),
            );
            continue;
        }
        let parts: Vec<&str> = rel.split('/').skip(1).collect();
        match classify(&parts, config) {
            Ok(Some(role)) => files.push(SourceFile {
                path: entry.path().to_path_buf(),
                rel,
                role,
            }),
            Ok(None) => diags.push(
                Diagnostic::warning(msg!("file-ignored"))
                    .in_file(&rel)
                    .help(msg!("file-ignored-help")),
            ),
            Err(d) => diags.push(d.in_file(&rel).at(Some(Pos::new(1, 1)))),
        }
    }
    files
}

/// Editors' temporary, swap, backup and hidden files. `serve`'s watcher
/// starts no rebuild for them: a file the walk lists must never be one.
pub fn is_ignored(name: &str) -> bool {
    // Windows leaves these in folders where photos were looked at.
    let system = ["thumbs.db", "desktop.ini"].contains(&name.to_ascii_lowercase().as_str());
    system
        || name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        // The file vim writes to learn whether it may write in a folder.
        || name == "4913"
}

fn classify(parts: &[&str], config: &Config) -> Result<Option<Role>, Diagnostic> {
    match parts {
        [file] => Ok(reference_kind(file).map(Role::Reference)),
        [folder, file] => {
            let Some(kind) = Kind::of_folder(folder) else {
                return Ok(None);
            };
            flat_item(kind, file, config).map(Some)
        }
        [folder, slug, rest @ ..] => {
            let Some(kind) = Kind::of_folder(folder) else {
                return Ok(None);
            };
            check_slug(slug)?;
            bundle_item(kind, slug, rest, config).map(Some)
        }
        _ => Ok(None),
    }
}

fn reference_kind(file: &str) -> Option<RefKind> {
    [
        RefKind::Governorates,
        RefKind::Services,
        RefKind::Committees,
        RefKind::Tags,
    ]
    .into_iter()
    .find(|r| r.file() == file)
}

fn flat_item(kind: Kind, file: &str, config: &Config) -> Result<Role, Diagnostic> {
    if kind.is_markdown() {
        let (slug, lang) = markdown_name(file, config)?;
        return Ok(Role::Markdown { kind, slug, lang });
    }
    if kind == Kind::Dataset {
        return Err(
            Diagnostic::error(msg!("dataset-not-folder")).help(msg!("dataset-not-folder-help"))
        );
    }
    let slug = file.strip_suffix(".yaml").ok_or_else(|| {
        Diagnostic::error(msg!("not-yaml-file", file = file))
            .help(msg!("not-yaml-file-help", folder = kind.folder()))
    })?;
    check_slug(slug)?;
    Ok(Role::Yaml {
        kind,
        slug: slug.to_string(),
    })
}

fn bundle_item(kind: Kind, slug: &str, rest: &[&str], config: &Config) -> Result<Role, Diagnostic> {
    // Published as they are named: the same rule as slugs.
    if let Some((message, help)) = rest.iter().find_map(|part| reserved_name(part)) {
        return Err(Diagnostic::error(message).help(help));
    }
    let slug = slug.to_string();
    if let [file] = rest {
        if kind.is_markdown() && file.starts_with("index.") && file.ends_with(".md") {
            let (_, lang) = markdown_name(file, config)?;
            return Ok(Role::Markdown { kind, slug, lang });
        }
        if kind.bundle_yaml() == Some(*file) {
            return Ok(Role::Yaml { kind, slug });
        }
    }
    Ok(Role::BundleFile {
        kind,
        slug,
        name: rest.join("/"),
    })
}

/// `guichet.fr.md` → (`guichet`, `fr`).
fn markdown_name(file: &str, config: &Config) -> Result<(String, String), Diagnostic> {
    let stem = file.strip_suffix(".md").ok_or_else(|| {
        Diagnostic::error(msg!("not-markdown-file", file = file))
            .help(msg!("not-markdown-file-help"))
    })?;
    let languages: Vec<&str> = config.codes().collect();
    let Some((slug, lang)) = stem.rsplit_once('.') else {
        return Err(Diagnostic::error(msg!("file-name-no-language")).help(msg!(
            "file-name-no-language-help",
            name = format!("{stem}.{}.md", config.default_language),
            languages = languages.join(", ")
        )));
    };
    if !languages.contains(&lang) {
        return Err(
            Diagnostic::error(msg!("not-a-site-language", lang = lang)).help(msg!(
                "file-name-language-help",
                languages = languages.join(", ")
            )),
        );
    }
    if slug != "index" {
        check_slug(slug)?;
    }
    Ok((slug.to_string(), lang.to_string()))
}

/// Slugs: lowercase ASCII letters, digits and single `-` between them.
pub fn check_slug(slug: &str) -> Result<(), Diagnostic> {
    if let Some((message, help)) = reserved_name(slug) {
        return Err(Diagnostic::error(message).help(help));
    }
    if is_valid_slug(slug) {
        return Ok(());
    }
    let suggestion = slugify(slug);
    let help = if suggestion.is_empty() {
        msg!("slug-help")
    } else {
        msg!("slug-help-suggested", slug = suggestion)
    };
    Err(Diagnostic::error(msg!("slug-invalid", slug = slug)).help(help))
}

pub fn is_valid_slug(slug: &str) -> bool {
    !slug.is_empty()
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && windows_device(slug).is_none()
}

/// The device name Windows keeps that `name` is, with or without an
/// extension (`nul.md` is `nul`), in any case. A file or folder so named
/// cannot be checked out on Windows (git stops there), so neither the
/// site's sources nor an output holding `/fr/con/` could be.
pub fn windows_device(name: &str) -> Option<&str> {
    let stem = name.split('.').next().unwrap_or(name);
    // Compared in any case without a lowered copy: every tag of every
    // story is checked on every rebuild.
    let bytes = stem.as_bytes();
    let numbered = bytes.len() == 4
        && (bytes[..3].eq_ignore_ascii_case(b"com") || bytes[..3].eq_ignore_ascii_case(b"lpt"))
        && matches!(bytes[3], b'1'..=b'9');
    let named = ["con", "prn", "aux", "nul"]
        .iter()
        .any(|d| stem.eq_ignore_ascii_case(d));
    (numbered || named).then_some(stem)
}

/// The error and its help for a name Windows keeps (a slug, a key, a
/// file's name), with the name made free by `-1` as the example.
pub fn reserved_name(name: &str) -> Option<(Message, Message)> {
    let device = windows_device(name)?;
    let example = format!("{device}-1{}", &name[device.len()..]);
    Some((
        msg!("name-reserved", name = name, device = device),
        msg!("name-reserved-help", example = example),
    ))
}

/// A valid slug close to `text`: accents dropped, other characters as `-`.
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(fold_latin) {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

pub(crate) fn fold_latin(c: char) -> Vec<char> {
    let base = match c {
        'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' => 'a',
        'ç' | 'Ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'Î' | 'Ï' => 'i',
        'ô' | 'ö' | 'Ô' | 'Ö' => 'o',
        'ù' | 'û' | 'ü' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ÿ' => 'y',
        'œ' | 'Œ' => return vec!['o', 'e'],
        'æ' | 'Æ' => return vec!['a', 'e'],
        _ => c,
    };
    vec![base]
}

#[cfg(test)]
mod tests;
