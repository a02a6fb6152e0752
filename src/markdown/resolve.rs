//! Links and images of a text resolved to URLs in the reader's language,
//! with the anchors they name kept for checking once every text exists.

use super::{AnchorCheck, Env, Rendered};
use crate::diag::{Diagnostic, Pos};
use crate::links::LinkTarget;
use crate::messages::Message;
use crate::msg;

pub(super) fn resolve_link(
    dest: &str,
    env: &Env<'_>,
    out: &mut Rendered,
    pos: Pos,
    image: bool,
) -> String {
    if let Some(anchor) = dest.strip_prefix('#').filter(|a| !a.is_empty()) {
        out.anchor_checks.push(AnchorCheck {
            target: None,
            lang: env.lang.to_string(),
            anchor: anchor.to_string(),
            file: env.file.to_string(),
            pos,
        });
    }
    match env.links.resolve(dest, env.file, env.lang) {
        LinkTarget::External => dest.to_string(),
        LinkTarget::Url(url) => url,
        LinkTarget::Item {
            url,
            kind,
            slug,
            anchor,
        } => {
            if let Some(anchor) = anchor {
                out.anchor_checks.push(AnchorCheck {
                    target: Some((kind, slug)),
                    lang: env.lang.to_string(),
                    anchor,
                    file: env.file.to_string(),
                    pos,
                });
            }
            url
        }
        LinkTarget::Broken { message, help } => {
            let help = if image && !dest.starts_with('/') && message.id == "link-missing" {
                image_help(dest, env.file)
            } else {
                help
            };
            out.diagnostics.push(
                Diagnostic::error(message)
                    .in_file(env.file)
                    .at(Some(pos))
                    .help(help),
            );
            dest.to_string()
        }
    }
}

/// Where a missing image could go: the site's assets, or beside the text
/// when the text is (or becomes) a bundle.
fn image_help(dest: &str, file: &str) -> Message {
    let name = dest.rsplit('/').next().unwrap_or(dest);
    let asset = format!("/{name}");
    match bundle_of(file) {
        Bundle::Folder => msg!("image-missing-bundle-help", file = file, asset = asset),
        Bundle::Flat(bundle) => msg!("image-missing-flat-help", asset = asset, bundle = bundle),
        Bundle::NotMarkdown => msg!("image-missing-help", asset = asset),
    }
}

/// Whether a text has a folder of its own for its files.
pub(super) enum Bundle {
    /// `…/<slug>/index.fr.md`: its files go beside it.
    Folder,
    /// `…/<slug>.fr.md`: the index file it would be in a folder.
    Flat(String),
    /// A YAML field.
    NotMarkdown,
}

pub(super) fn bundle_of(file: &str) -> Bundle {
    let Some(stem) = file.strip_suffix(".md") else {
        return Bundle::NotMarkdown;
    };
    let (path, file_name) = stem.rsplit_once('/').unwrap_or(("", stem));
    if file_name == "index" || file_name.starts_with("index.") {
        return Bundle::Folder;
    }
    let (slug, lang) = file_name.split_once('.').unwrap_or((file_name, ""));
    let bundle_file = if lang.is_empty() {
        "index.md".to_string()
    } else {
        format!("index.{lang}.md")
    };
    Bundle::Flat(format!("{path}/{slug}/{bundle_file}"))
}
