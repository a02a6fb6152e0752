//! Links between content items, written as relative paths to their source
//! files (`../members/sfax.yaml`, `principles.md#values`), resolved to the
//! item's URL in the reader's language.

use crate::discover::Kind;
use crate::messages::Message;
use crate::msg;
use crate::site::{bundle_file_path, Route, Site};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

mod lookup;
pub use lookup::{same_answers, Asked, Lookup};

#[derive(Debug, PartialEq, Eq)]
pub enum LinkTarget {
    /// Not ours to resolve: `https://…`, `mailto:…`, `#top`.
    External,
    /// A file: bundle file or asset.
    Url(String),
    Item {
        url: String,
        kind: Kind,
        slug: String,
        anchor: Option<String>,
    },
    Broken {
        message: Message,
        help: Message,
    },
}

/// Everything a link may point at, built once per build.
#[derive(Debug, Default, Hash)]
pub struct Links {
    base_path: String,
    languages: Vec<String>,
    /// Published items.
    items: BTreeSet<(Kind, String)>,
    /// Items that exist but are not published (drafts, future dates).
    unpublished: BTreeSet<(Kind, String)>,
    /// Items whose own file failed to parse: their error is reported
    /// already, and a link to them is not a second mistake.
    failed: BTreeSet<(Kind, String)>,
    /// Site-relative source path of a bundle file → output path.
    files: BTreeMap<String, String>,
    assets: PathBuf,
}

impl Links {
    pub fn new(
        site: &Site,
        known: &BTreeSet<(Kind, String)>,
        failed: &BTreeSet<(Kind, String)>,
    ) -> Links {
        let mut items = BTreeSet::new();
        items.extend(site.pages.iter().map(|p| (Kind::Page, p.slug.clone())));
        items.extend(site.stories.iter().map(|s| (Kind::Story, s.slug.clone())));
        items.extend(site.members.iter().map(|m| (Kind::Member, m.slug.clone())));
        items.extend(
            site.datasets
                .iter()
                .map(|d| (Kind::Dataset, d.slug.clone())),
        );
        items.extend(
            site.deliverables
                .iter()
                .map(|d| (Kind::Deliverable, d.slug.clone())),
        );
        items.extend(
            site.services
                .iter()
                .map(|s| (Kind::Service, s.slug.clone())),
        );
        items.extend(site.events.iter().map(|e| (Kind::Event, e.slug.clone())));
        let unpublished = known.difference(&items).cloned().collect();
        let files = site
            .bundle_files
            .iter()
            .map(|b| (b.rel.clone(), bundle_file_path(b.kind, &b.slug, &b.name)))
            .collect();
        Links {
            base_path: site.config.base_path.clone(),
            languages: site.config.codes().map(String::from).collect(),
            items,
            unpublished,
            failed: failed.clone(),
            files,
            assets: site.config.root.join("assets"),
        }
    }

    /// A hash of the table: two tables with the same give the same
    /// answers, but to the questions that look at `assets/` on disk
    /// (`lookup::Query::reads_disk`).
    pub fn key(&self) -> u64 {
        crate::fingerprint::of(self)
    }

    pub fn resolve(&self, dest: &str, from_file: &str, lang: &str) -> LinkTarget {
        if let Some(refused) = refused_scheme(dest) {
            return refused;
        }
        if dest.is_empty() || dest.starts_with('#') || has_scheme(dest) || dest.starts_with("//") {
            return LinkTarget::External;
        }
        let (path, anchor) = match dest.split_once('#') {
            Some((p, a)) => (p, Some(a.to_string())),
            None => (dest, None),
        };
        if let Some(asset) = path.strip_prefix('/') {
            return self.asset(path, asset);
        }
        let Some(target) = join(from_file, path) else {
            return broken(
                msg!("file-outside-site", file = path),
                msg!("link-outside-help"),
            );
        };
        if let Some(out) = self.files.get(&target) {
            return LinkTarget::Url(format!("{}{out}", self.base_path));
        }
        let Some((kind, slug)) = self.item_of(&target) else {
            return broken(msg!("link-missing", dest = dest), msg!("link-missing-help"));
        };
        self.item(dest, kind, slug, anchor, lang)
    }

    /// `/path`: a file under `assets/`.
    fn asset(&self, path: &str, asset: &str) -> LinkTarget {
        if self.assets.join(asset).is_file() && !asset.split('/').any(|p| p == "..") {
            LinkTarget::Url(format!("{}{asset}", self.base_path))
        } else {
            broken(
                msg!("link-asset-missing", path = path),
                msg!("link-asset-missing-help", path = format!("assets/{asset}")),
            )
        }
    }

    /// A link to the item `kind`/`slug`: its URL in `lang`, when it is
    /// published.
    fn item(
        &self,
        dest: &str,
        kind: Kind,
        slug: String,
        anchor: Option<String>,
        lang: &str,
    ) -> LinkTarget {
        let key = (kind, slug.clone());
        if self.failed.contains(&key) {
            // The build fails on that file's own error; keep the link as written.
            return LinkTarget::External;
        }
        if self.unpublished.contains(&key) {
            return broken(
                msg!("link-unpublished", dest = dest),
                msg!("link-unpublished-help"),
            );
        }
        if !self.items.contains(&key) {
            let same_kind = self.published(kind);
            let help = crate::diag::suggest(&slug, same_kind).unwrap_or_else(|| {
                msg!(
                    "link-no-such-item-help",
                    folder = kind.folder(),
                    slug = slug.as_str()
                )
            });
            return broken(msg!("link-missing", dest = dest), help);
        }
        let url = format!(
            "{}{}",
            self.base_path,
            Route::of_item(kind, &slug).path(lang)
        );
        let url = match &anchor {
            Some(a) => format!("{url}#{a}"),
            None => url,
        };
        LinkTarget::Item {
            url,
            kind,
            slug,
            anchor,
        }
    }

    /// A file a shortcode names, written as an image or link would be: a
    /// file of the text's own folder, or a path under `assets/` starting
    /// with `/`. Its source path (relative to the site) and its URL; `None`
    /// when there is no such file.
    pub fn file(&self, name: &str, from_file: &str) -> Option<(String, String)> {
        if let Some(asset) = name.strip_prefix('/') {
            let found = self.assets.join(asset).is_file() && !asset.split('/').any(|p| p == "..");
            return found.then(|| {
                (
                    format!("assets/{asset}"),
                    format!("{}{asset}", self.base_path),
                )
            });
        }
        let target = join(from_file, name)?;
        let out = self.files.get(&target)?;
        Some((target, format!("{}{out}", self.base_path)))
    }

    /// The names of the files beside `from_file`, for "did you mean".
    pub fn files_beside<'a>(&'a self, from_file: &str) -> impl Iterator<Item = &'a str> + 'a {
        let folder = match from_file.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/"),
            None => String::new(),
        };
        self.files
            .keys()
            .filter_map(move |rel| rel.strip_prefix(folder.as_str()))
    }

    /// The slugs of the published items of one kind.
    pub fn published(&self, kind: Kind) -> impl Iterator<Item = &str> {
        self.items
            .iter()
            .filter(move |(k, _)| *k == kind)
            .map(|(_, slug)| slug.as_str())
    }

    /// Links to a made-up site: bundle files (source → output path) and
    /// members, under the base path `/r/`.
    #[cfg(test)]
    pub fn for_tests(files: &[(&str, &str)], members: &[&str]) -> Links {
        Links {
            base_path: "/r/".into(),
            languages: vec!["ar".into(), "fr".into()],
            items: members
                .iter()
                .map(|m| (Kind::Member, m.to_string()))
                .collect(),
            files: files
                .iter()
                .map(|(s, o)| (s.to_string(), o.to_string()))
                .collect(),
            ..Links::default()
        }
    }

    /// `content/members/sfax.yaml` → (Member, sfax); also bundles and
    /// Markdown with or without the language.
    fn item_of(&self, target: &str) -> Option<(Kind, String)> {
        let rest = target.strip_prefix("content/")?;
        let parts: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
        let kind = Kind::of_folder(parts.first()?)?;
        let slug = match parts.as_slice() {
            [_, file] => self.strip_item_suffix(file)?,
            [_, slug, file] if self.is_bundle_index(file) => slug.to_string(),
            _ => return None,
        };
        Some((kind, slug))
    }

    fn strip_item_suffix(&self, file: &str) -> Option<String> {
        if let Some(stem) = file.strip_suffix(".yaml") {
            return Some(stem.to_string());
        }
        let stem = file.strip_suffix(".md")?;
        Some(match stem.rsplit_once('.') {
            Some((slug, lang)) if self.languages.iter().any(|l| l == lang) => slug.to_string(),
            _ => stem.to_string(),
        })
    }

    fn is_bundle_index(&self, file: &str) -> bool {
        matches!(
            file,
            "member.yaml" | "dataset.yaml" | "deliverable.yaml" | "index.md"
        ) || file
            .strip_prefix("index.")
            .and_then(|f| f.strip_suffix(".md"))
            .is_some_and(|lang| self.languages.iter().any(|l| l == lang))
    }
}

fn broken(message: Message, help: Message) -> LinkTarget {
    LinkTarget::Broken { message, help }
}

const SAFE_SCHEMES: [&str; 4] = ["http", "https", "mailto", "tel"];

/// A link whose scheme is not one of `SAFE_SCHEMES`: javascript:, data:,
/// vbscript:, file: … would run or leak something in the reader's browser.
fn refused_scheme(dest: &str) -> Option<LinkTarget> {
    let (scheme, _) = dest.split_once(':').filter(|_| has_scheme(dest))?;
    let scheme = scheme.to_ascii_lowercase();
    (!SAFE_SCHEMES.contains(&scheme.as_str())).then(|| {
        broken(
            msg!("link-scheme-refused", scheme = scheme.as_str()),
            msg!("link-scheme-refused-help"),
        )
    })
}

fn has_scheme(dest: &str) -> bool {
    dest.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

/// Join a relative link to the directory of `from_file`, normalising `.`
/// and `..`; `None` when it climbs above the site root.
pub fn join(from_file: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = from_file.split('/').collect();
    parts.pop();
    for part in link.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_relative_paths() {
        assert_eq!(
            join("content/stories/x.fr.md", "../members/sfax.yaml").as_deref(),
            Some("content/members/sfax.yaml")
        );
        assert_eq!(
            join("content/stories/x/index.fr.md", "./photo.jpg").as_deref(),
            Some("content/stories/x/photo.jpg")
        );
        assert_eq!(join("content/x.md", "../../../etc/passwd"), None);
    }

    #[test]
    fn schemes() {
        assert!(has_scheme("https://x"));
        assert!(has_scheme("mailto:a@b.tn"));
        assert!(has_scheme("tel:+216"));
        assert!(!has_scheme("../members/sfax.yaml"));
        assert!(!has_scheme("principles.md#a:b"));
    }
}
