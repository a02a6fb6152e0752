//! Files copied as they are: the theme's `static/`, then the site's
//! `assets/` (which wins on a clash), then every bundle's own files.

use crate::config::Config;
use crate::diag::{rel_path, Diagnostic, Diagnostics};
use crate::msg;
use crate::site::{bundle_file_path, Site};
use std::collections::BTreeMap;
use std::path::PathBuf;
use walkdir::WalkDir;

/// Output path → source file.
pub type Copies = BTreeMap<String, PathBuf>;

pub fn collect(site: &Site, diags: &mut Diagnostics) -> Copies {
    let config = &site.config;
    let mut copies = Copies::new();
    copy_tree(
        config,
        &config.themes_dir().join("static"),
        &mut copies,
        diags,
    );
    // The editor (Decap CMS, 6 MB) is published only for a site that has
    // one (`cms:` in site.yaml, or `serve`).
    if config.editor.is_none() {
        copies.retain(|path, _| !path.starts_with("admin/"));
    }
    copy_tree(config, &config.root.join("assets"), &mut copies, diags);
    // The editor uploads into assets/images/: the same rule as a writer's
    // folder (the federation's own assets elsewhere may be anything).
    copies.retain(|path, source| {
        if !path.starts_with("images/") || !source.starts_with(config.root.join("assets")) {
            return true;
        }
        let rel = rel_path(&config.root, source);
        let refused = crate::safe_files::refusal(path, || std::fs::read(source).ok(), &rel);
        let safe = refused.is_none();
        diags.extend(refused);
        safe
    });
    for file in &site.bundle_files {
        copies.insert(
            bundle_file_path(file.kind, &file.slug, &file.name),
            file.path.clone(),
        );
    }
    copies
}

fn copy_tree(config: &Config, dir: &std::path::Path, copies: &mut Copies, diags: &mut Diagnostics) {
    if !dir.is_dir() {
        return;
    }
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !crate::discover::is_ignored(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                copies.insert(rel_path(dir, e.path()), e.path().to_path_buf());
            }
            Ok(e) if e.path_is_symlink() => diags.push(
                Diagnostic::error(msg!("symlink-not-copied"))
                    .in_file(rel_path(&config.root, e.path()))
                    .help(msg!("symlink-not-copied-help")),
            ),
            Ok(_) => {}
            Err(err) => diags.push(Diagnostic::error(msg!(
                "cannot-read",
                detail = err.to_string()
            ))),
        }
    }
}
