//! Files copied as they are: the theme's `static/`, then the site's
//! `assets/` (which wins on a clash), then every bundle's own files.

use crate::config::Config;
use crate::diag::{rel_path, Diagnostics};
use crate::site::{bundle_file_path, Site};
use crate::theme::Source;
use std::collections::BTreeMap;

/// Output path → source file.
pub type Copies = BTreeMap<String, Source>;

pub fn collect(site: &Site, diags: &mut Diagnostics) -> Copies {
    let config = &site.config;
    let mut copies = crate::theme::files(config, "static", diags);
    // The editor (Decap CMS, 6 MB) is published only for a site that has
    // one (`cms:` in site.yaml, or `serve`).
    if config.editor.is_none() {
        copies.retain(|path, _| !path.starts_with("admin/"));
    }
    copy_tree(config, &config.root.join("assets"), &mut copies, diags);
    // The editor uploads into assets/images/: the same rule as a writer's
    // folder (the federation's own assets elsewhere may be anything).
    copies.retain(|path, source| {
        let Source::Disk(source) = source else {
            return true;
        };
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
            Source::Disk(file.path.clone()),
        );
    }
    copies
}

fn copy_tree(config: &Config, dir: &std::path::Path, copies: &mut Copies, diags: &mut Diagnostics) {
    if dir.is_dir() {
        for (inside, path) in crate::theme::disk_files(&config.root, dir, diags) {
            copies.insert(inside, Source::Disk(path));
        }
    }
}
