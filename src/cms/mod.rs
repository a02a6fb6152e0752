//! The editor at `/admin/` (Decap CMS, shipped with the theme): its
//! configuration, made from the content model at each build so that it is
//! never written by hand and never out of date. One configuration per
//! language of the editor (`admin/config.ar.json`, `admin/config.fr.json`):
//! the labels, hints and choices are in the writer's language, from
//! fadaa's own catalog. What it saves, fadaa checks as it checks a file
//! written by hand.

pub mod fields;
mod lists;

use crate::config::{CmsBackend, Editor};
use crate::discover::Kind;
use crate::messages::{plain_owned, Locale};
use crate::site::Site;
use serde_json::{json, Value};

/// The words of the editor's form in one language.
pub struct Words {
    pub lang: &'static str,
    locale: Locale,
}

impl Words {
    pub fn new(locale: Locale) -> Words {
        Words {
            lang: locale.code(),
            locale,
        }
    }

    /// A field's label: `cms-label-<name>` in the catalog (the name
    /// itself if the catalog lacks it; a test says when it does).
    pub fn label(&self, name: &str) -> String {
        plain_owned(self.locale, &format!("cms-label-{name}")).unwrap_or_else(|| name.to_string())
    }

    pub fn text(&self, id: &'static str) -> String {
        crate::messages::plain(self.locale, id)
    }
}

/// The editor's languages: those of the catalog that the site has.
fn editor_locales(site: &Site) -> Vec<Locale> {
    [Locale::Ar, Locale::Fr]
        .into_iter()
        .filter(|l| site.config.language(l.code()).is_some())
        .collect()
}

/// `admin/config.<lang>.json` for each language of the editor, when the
/// site has an editor.
pub fn files(site: &Site) -> Vec<(String, Vec<u8>)> {
    let Some(editor) = &site.config.editor else {
        return Vec::new();
    };
    editor_locales(site)
        .into_iter()
        .map(|locale| {
            let config = config(site, editor, locale);
            let bytes = serde_json::to_vec_pretty(&config).unwrap_or_default();
            (format!("admin/config.{}.json", locale.code()), bytes)
        })
        .collect()
}

fn backend(editor: &Editor) -> Value {
    match editor {
        // `fadaa serve` answers Decap's proxy protocol itself.
        Editor::Local => json!({ "name": "proxy", "proxy_url": "/api/v1", "branch": "main" }),
        Editor::Git(cms) => {
            let name = match cms.backend {
                CmsBackend::Github => "github",
                CmsBackend::Gitlab => "gitlab",
                CmsBackend::Gitea => "gitea",
            };
            let mut backend = json!({ "name": name, "repo": cms.repo, "branch": cms.branch });
            if let Some(url) = &cms.base_url {
                // Where writers log in; for a self-hosted GitLab or Gitea
                // also where its API is (GitHub's API stays GitHub's).
                backend["base_url"] = json!(url);
                let url = url.trim_end_matches('/');
                match cms.backend {
                    CmsBackend::Gitlab => backend["api_root"] = json!(format!("{url}/api/v4")),
                    CmsBackend::Gitea => backend["api_root"] = json!(format!("{url}/api/v1")),
                    CmsBackend::Github => {}
                }
            }
            if let Some(id) = &cms.app_id {
                backend["app_id"] = json!(id);
                backend["auth_type"] = json!("pkce");
            }
            backend
        }
    }
}

/// The whole configuration for an editor in `locale`.
pub fn config(site: &Site, editor: &Editor, locale: Locale) -> Value {
    let w = Words::new(locale);
    let codes: Vec<&str> = site.config.codes().collect();
    let markdown_i18n = json!({
        "structure": "multiple_files",
        "locales": codes,
        "default_locale": site.config.default_language,
    });
    let markdown = |kind: Kind, name: &str, fields: Vec<Value>| {
        json!({
            "name": name,
            "label": w.text(collection_label(kind)),
            "folder": format!("content/{}", kind.folder()),
            "extension": "md",
            "format": "yaml-frontmatter",
            "create": true,
            "slug": "{{fields.slug}}",
            "identifier_field": "title",
            "summary": "{{title}}",
            "i18n": true,
            "fields": fields,
        })
    };
    let yaml = |kind: Kind, name: &str, path: Option<&str>, fields: Vec<Value>| {
        let mut collection = json!({
            "name": name,
            "label": w.text(collection_label(kind)),
            "folder": format!("content/{}", kind.folder()),
            "extension": "yaml",
            "format": "yml",
            "create": true,
            "identifier_field": format!("title.{}", site.config.default_language),
            "summary": format!("{{{{title.{}}}}}", w.lang),
            "fields": fields,
        });
        if let Some(path) = path {
            collection["path"] = json!(path);
            collection["media_folder"] = json!("");
            collection["public_folder"] = json!("");
        }
        collection
    };
    let mut members = yaml(Kind::Member, "members", None, fields::member_file(&w, site));
    members["identifier_field"] = json!(format!("name.{}", site.config.default_language));
    members["summary"] = json!(format!("{{{{name.{}}}}}", w.lang));
    // A member's file is named from its name in a Latin-script language
    // (French here); an Arabic name would give no usable slug.
    let latin = site
        .config
        .codes()
        .find(|c| *c != "ar")
        .unwrap_or(&site.config.default_language);
    members["slug"] = json!(format!("{{{{fields.name.{latin}}}}}"));
    json!({
        "locale": w.lang,
        "backend": backend(editor),
        "media_folder": "assets/images",
        "public_folder": "/images",
        "i18n": markdown_i18n,
        "collections": [
            in_folders(markdown(Kind::Story, "stories", fields::story(&w, site)), "{{slug}}/index"),
            markdown(Kind::Page, "pages", fields::page(&w, site)),
            members,
            yaml(Kind::Dataset, "datasets", Some("{{slug}}/dataset"), fields::dataset(&w, site)),
            yaml(
                Kind::Deliverable,
                "deliverables",
                Some("{{slug}}/deliverable"),
                fields::deliverable(&w, site),
            ),
            lists::collection(&w, site),
        ],
    })
}

/// Items the editor creates as folders (`<slug>/index.<lang>.md`), their
/// uploads beside them: a story's photos then sit in its folder, resized
/// like covers. Decap lists, with a `path`, the folders' items and the
/// single files alike, so stories written either way are edited here.
fn in_folders(mut collection: Value, path: &str) -> Value {
    collection["path"] = json!(path);
    collection["media_folder"] = json!("");
    collection["public_folder"] = json!("");
    collection
}

fn collection_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Story => "cms-collection-stories",
        Kind::Page => "cms-collection-pages",
        Kind::Member => "cms-collection-members",
        Kind::Dataset => "cms-collection-datasets",
        Kind::Deliverable => "cms-collection-deliverables",
        Kind::Service => "cms-collection-services",
        Kind::Event => "cms-collection-events",
    }
}

#[cfg(test)]
mod tests;
