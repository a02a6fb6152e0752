//! The checks of `content/site.yaml` beyond its shape, each at the line
//! of the value it is about.

use super::{SiteFile, SITE_FILE};
use crate::address::base_path_of;
use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::msg;
use std::path::Path;

/// Where a key (and its value) is in site.yaml.
pub(super) type Locate<'a> = &'a dyn Fn(&str, Option<&str>) -> Option<Pos>;

/// At least one language, each code well formed, the default among them.
pub(super) fn languages(file: &SiteFile, at: Locate, diags: &mut Diagnostics) {
    if file.languages.is_empty() {
        diags.push(
            Diagnostic::error(msg!("settings-no-languages"))
                .in_file(SITE_FILE)
                .at(at("languages", None))
                .help(msg!("settings-no-languages-help")),
        );
    }
    for code in file.languages.keys() {
        if !is_language_code(code) {
            diags.push(
                Diagnostic::error(msg!("not-a-language-code", value = code.as_str()))
                    .in_file(SITE_FILE)
                    .at(at(code, None))
                    .help(msg!("language-code-help")),
            );
        }
    }
    if !file.languages.contains_key(&file.default_language) {
        let known: Vec<&str> = file.languages.keys().map(String::as_str).collect();
        diags.push(
            Diagnostic::error(msg!(
                "settings-default-language-unknown",
                lang = file.default_language.as_str()
            ))
            .in_file(SITE_FILE)
            .at(at("default_language", Some(&file.default_language)))
            .help(msg!("use-one-of", choices = known.join(", "))),
        );
    }
}

/// `theme:` is a name, and the built-in theme or a folder of themes/.
/// False when it is a path: nothing more is read then.
pub(super) fn theme(file: &SiteFile, root: &Path, at: Locate, diags: &mut Diagnostics) -> bool {
    let themes = root.join("themes");
    // A name, never a path: `../x` or `/etc` would read templates from
    // outside the site; and a theme folder that is a link leads out too.
    let is_name = !file.theme.is_empty()
        && file
            .theme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !is_name || crate::inputs::leads_out(root, &themes.join(&file.theme)) {
        diags.push(
            Diagnostic::error(msg!("theme-not-a-name", theme = file.theme.as_str()))
                .in_file(SITE_FILE)
                .at(at("theme", Some(&file.theme)))
                .help(msg!("theme-not-a-name-help")),
        );
        return false;
    }
    if !crate::theme::exists(root, &file.theme) {
        let mut installed: Vec<String> = std::fs::read_dir(&themes)
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .filter(|e| e.path().is_dir())
                    .filter_map(|e| e.file_name().to_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        installed.push(crate::theme::BUILT_IN_NAME.to_string());
        installed.sort();
        installed.dedup();
        let help = crate::diag::suggest(&file.theme, installed.iter().map(String::as_str))
            .unwrap_or_else(|| msg!("theme-installed", themes = installed.join(", ")));
        diags.push(
            Diagnostic::error(msg!("theme-missing", theme = file.theme.as_str()))
                .in_file(SITE_FILE)
                .at(at("theme", Some(&file.theme)))
                .help(help),
        );
    }
    true
}

/// The federation's address, the page size and the kept paths.
pub(super) fn others(file: &SiteFile, at: Locate, diags: &mut Diagnostics) {
    // Printed as a link in every page's footer: http(s) only, like the
    // addresses content gives.
    if let Some(url) = file.federation.as_ref().and_then(|f| f.url.as_deref()) {
        if base_path_of(url).is_none() {
            diags.push(
                Diagnostic::error(msg!("url-not-absolute", url = url))
                    .in_file(SITE_FILE)
                    .at(at("url", Some(url)))
                    .help(msg!("website-help")),
            );
        }
    }
    if file.stories_per_page == 0 {
        diags.push(
            Diagnostic::error(msg!("settings-stories-per-page"))
                .in_file(SITE_FILE)
                .at(at("stories_per_page", None)),
        );
    }
    for value in &file.keep {
        if crate::output::keep::normalized(value).is_none() {
            diags.push(
                Diagnostic::error(msg!("keep-not-inside", path = value.as_str()))
                    .in_file(SITE_FILE)
                    .at(at("keep", Some(value.as_str()).filter(|v| !v.is_empty())))
                    .help(msg!("keep-not-inside-help")),
            );
        }
    }
}

pub(super) fn is_language_code(code: &str) -> bool {
    !code.is_empty()
        && code.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}
