//! `content/site.yaml` and the build options, resolved into one [`Config`].

use crate::address::base_path_of;
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::Dir;
use crate::menus::Menus;
use crate::model::{Day, Translated};
use crate::msg;
use crate::yaml::{self, Origin};
use indexmap::IndexMap;
use serde::Deserialize;
use std::path::PathBuf;

mod check;

pub const SITE_FILE: &str = "content/site.yaml";

/// The folders a build reads, all under the site's root: `serve` watches
/// them and `build` fingerprints them.
pub const INPUT_FOLDERS: [&str; 5] = ["content", "themes", "templates", "i18n", "assets"];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SiteFile {
    base_url: String,
    default_language: String,
    languages: IndexMap<String, LanguageFile>,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default = "default_page_size")]
    stories_per_page: usize,
    federation: Option<FederationFile>,
    /// Pass raw HTML in Markdown through untouched. Off by default: raw
    /// HTML is sanitised with an allow-list.
    #[serde(default)]
    trust_raw_html: bool,
    /// Let texts show images from other sites. Off by default: the site
    /// promises readers no request to another site.
    #[serde(default)]
    allow_external_images: bool,
    /// The git host the editor at `/admin/` saves to; no editor without it
    /// (except in `serve`).
    cms: Option<CmsSettings>,
    /// Paths in the output folder a build keeps (besides `.git`, `CNAME`
    /// and `.nojekyll`), relative to it.
    #[serde(default)]
    keep: Vec<String>,
    /// The main and footer navigation; the theme's defaults without it.
    #[serde(default)]
    menus: Menus,
}

/// `cms:` in `content/site.yaml`: where writers' edits are committed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CmsSettings {
    /// `github`, `gitlab` or `gitea`.
    pub backend: CmsBackend,
    /// `owner/name` of the site's repository.
    pub repo: String,
    #[serde(default = "default_branch")]
    pub branch: String,
    /// The git host's address, for a self-hosted GitLab or Gitea.
    pub base_url: Option<String>,
    /// The OAuth application id (GitLab, Gitea) writers log in with.
    pub app_id: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CmsBackend {
    Github,
    Gitlab,
    Gitea,
}

fn default_branch() -> String {
    "main".into()
}

/// Where the editor at `/admin/` saves.
#[derive(Debug, Clone)]
pub enum Editor {
    /// Into the site folder, through `fadaa serve`.
    Local,
    Git(CmsSettings),
}

fn default_theme() -> String {
    "espace".into()
}

fn default_page_size() -> usize {
    10
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LanguageFile {
    name: String,
    title: String,
    #[serde(default)]
    description: String,
    dir: Option<Dir>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FederationFile {
    pub name: Translated,
    pub url: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub title: String,
    pub description: String,
    pub dir: Dir,
}

/// What the command line adds to the site's own settings.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    pub output: Option<PathBuf>,
    pub base_url: Option<String>,
    pub drafts: bool,
    pub future: bool,
    /// The build date; `None` means now (or `SOURCE_DATE_EPOCH`).
    pub today: Option<Day>,
    /// `build` only: rebuild even when the inputs are those of the output.
    pub force: bool,
    /// `serve` only: the editor at `/admin/` saves into the site folder
    /// through `serve` itself, whatever `cms:` says.
    pub local_editor: bool,
    /// `build` only: write `.br` and `.gz` beside text files (the command
    /// does unless `--no-precompress`).
    pub precompress: bool,
}

#[derive(Debug, Clone)]
pub struct Config {
    pub root: PathBuf,
    pub output: PathBuf,
    /// Absolute, always ending in `/`.
    pub base_url: String,
    /// The path part of `base_url`: `/` or `/reseau/`.
    pub base_path: String,
    pub default_language: String,
    /// In switcher order.
    pub languages: Vec<Language>,
    pub theme: String,
    pub stories_per_page: usize,
    pub federation: Option<FederationFile>,
    pub trust_raw_html: bool,
    pub allow_external_images: bool,
    pub today: Day,
    pub drafts: bool,
    pub future: bool,
    /// The editor at `/admin/`, when the site has one.
    pub editor: Option<Editor>,
    /// `keep:`: paths in the output a build carries into the next one.
    pub keep: Vec<String>,
    pub precompress: bool,
    pub menus: Menus,
}

impl Config {
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.code == code)
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.code.as_str())
    }

    /// The order in which languages are tried for a missing text: the
    /// default language, then the others in switcher order.
    pub fn fallback_order(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.default_language.as_str())
            .chain(self.codes().filter(move |c| *c != self.default_language))
    }

    pub fn themes_dir(&self) -> PathBuf {
        self.root.join("themes").join(&self.theme)
    }
}

pub fn load(options: &BuildOptions, diags: &mut Diagnostics) -> Option<Config> {
    let path = options.root.join(SITE_FILE);
    if crate::inputs::leads_out(&options.root, &path) {
        diags.push(
            Diagnostic::error(msg!("input-symlink"))
                .in_file(SITE_FILE)
                .help(msg!("input-symlink-help")),
        );
        return None;
    }
    if let Some(too_large) = crate::limits::text_too_large(&path, SITE_FILE) {
        diags.push(too_large);
        return None;
    }
    let bytes = match crate::inputs::read(&path) {
        Ok(b) => b,
        Err(err) => {
            diags.push(
                Diagnostic::error(match err.kind() {
                    std::io::ErrorKind::NotFound => msg!("settings-missing"),
                    _ => msg!("settings-unreadable", detail = err.to_string()),
                })
                .in_file(SITE_FILE)
                .help(msg!("settings-missing-help")),
            );
            return None;
        }
    };
    let text = match crate::frontmatter::decode(bytes, SITE_FILE) {
        Ok(t) => t,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    let origin = Origin {
        file: SITE_FILE,
        line_offset: 0,
    };
    let file: SiteFile = match yaml::parse(&text, origin) {
        Ok(f) => f,
        Err(d) => {
            diags.push(d);
            return None;
        }
    };
    resolve(file, options, &text, diags)
}

fn resolve(
    mut file: SiteFile,
    options: &BuildOptions,
    text: &str,
    diags: &mut Diagnostics,
) -> Option<Config> {
    let at = |key: &str, value: Option<&str>| yaml::locate(text, key, value);
    let before = diags.error_count();
    let base_url = options
        .base_url
        .clone()
        .unwrap_or_else(|| file.base_url.clone());
    let base_path = checked_base_path(&base_url, &at, diags);
    check::languages(&file, &at, diags);
    if !check::theme(&file, &options.root, &at, diags) {
        return None;
    }
    check::others(&file, &at, diags);
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| options.root.join("public"));
    if let Err(d) = crate::output::place::check(&options.root, &output, &INPUT_FOLDERS) {
        diags.push(d);
    }
    let codes: Vec<&str> = file.languages.keys().map(String::as_str).collect();
    crate::menus::check(&mut file.menus, &codes, (SITE_FILE, text), diags);
    if diags.error_count() > before {
        return None;
    }
    let base_url = if base_url.ends_with('/') {
        base_url
    } else {
        format!("{base_url}/")
    };
    Some(config(file, options, base_url, base_path, output))
}

/// The path of the site under its host (`/reseau/`); `/`, with an error,
/// when `base_url` is not an absolute http(s) URL.
fn checked_base_path(base_url: &str, at: check::Locate, diags: &mut Diagnostics) -> String {
    base_path_of(base_url).unwrap_or_else(|| {
        diags.push(
            Diagnostic::error(msg!("url-not-absolute", url = base_url))
                .in_file(SITE_FILE)
                .at(at("base_url", None))
                .help(msg!("base-url-help")),
        );
        String::from("/")
    })
}

/// The settings of a site whose file is checked, with the build's options.
fn config(
    file: SiteFile,
    options: &BuildOptions,
    base_url: String,
    base_path: String,
    output: PathBuf,
) -> Config {
    let languages = file
        .languages
        .into_iter()
        .map(|(code, l)| Language {
            dir: l.dir.unwrap_or_else(|| Dir::of_language(&code)),
            title: crate::typography::for_lang(&code, &l.title),
            description: crate::typography::for_lang(&code, &l.description),
            code,
            name: l.name,
        })
        .collect();
    Config {
        output,
        root: options.root.clone(),
        base_url,
        base_path,
        default_language: file.default_language,
        languages,
        theme: file.theme,
        stories_per_page: file.stories_per_page,
        trust_raw_html: file.trust_raw_html,
        allow_external_images: file.allow_external_images,
        federation: file.federation,
        today: build_day(options),
        drafts: options.drafts,
        future: options.future,
        editor: if options.local_editor {
            Some(Editor::Local)
        } else {
            file.cms.map(Editor::Git)
        },
        menus: file.menus,
        keep: file.keep,
        precompress: options.precompress,
    }
}

/// The day a build made now takes as today: the one given, else today.
pub fn build_day(options: &BuildOptions) -> Day {
    options.today.unwrap_or_else(today)
}

/// Today, or the day of `SOURCE_DATE_EPOCH` when set, so that builds of the
/// same input are reproducible.
fn today() -> Day {
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let dt = time::OffsetDateTime::from_unix_timestamp(seconds)
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    Day(dt.date())
}

#[cfg(test)]
mod tests {
    use super::check::is_language_code;

    #[test]
    fn language_codes() {
        assert!(is_language_code("ar"));
        assert!(is_language_code("ar-tn"));
        assert!(!is_language_code("AR"));
        assert!(!is_language_code(""));
    }
}
