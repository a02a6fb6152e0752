//! The short way through a rebuild: a save that changed only the body of
//! one page or story (the writer is typing). Its texts, the pages that show
//! them and the feeds are made again from the last good build; nothing else
//! can differ, so nothing else is read, parsed, hashed or rendered.
//!
//! Any other change takes the whole build: a file added, removed or
//! renamed, its front matter edited, or a body edit that reaches further
//! than its own pages (`Content::update_body` says when), or a new day.

use crate::config::BuildOptions;
use crate::discover::{Kind, Role, SourceFile};
use crate::site::Versions;
use crate::Rendered;
use std::path::{Path, PathBuf};

/// New bytes for the files one body edit changes, by output path; `None`
/// when the edit needs the whole build. `last` is then left for that build
/// to take its Markdown from: every text in it is keyed by its inputs.
pub fn body_edit(
    last: &mut Rendered,
    options: &BuildOptions,
    root: &Path,
    batch: &[PathBuf],
) -> Option<Vec<Edited>> {
    let [path] = batch else { return None };
    // Past midnight, every page's "updated" date and overdue badges change.
    if crate::config::build_day(options) != last.site.config.today {
        return None;
    }
    let rel = path.strip_prefix(root).ok()?.to_str()?.replace('\\', "/");
    let (kind, slug) = replace_body(last, &rel)?;
    let retained = last.retained.as_ref()?;
    let langs = last
        .content
        .update_body(&last.site, &retained.links, kind, &slug, &rel)?;
    let views = crate::render::views_of(&last.site, &last.content, &last.data);
    let pages = crate::render::render_showing(
        &views,
        &retained.templates,
        &retained.strings,
        &retained.plan,
        (kind, &slug),
        &langs,
    )
    .ok()?;
    let mut files: Vec<Edited> = pages
        .into_iter()
        .map(|(path, bytes)| Edited { path, bytes })
        .collect();
    // A story's body is in its readers' feeds: the site's, its tags' and
    // its member's.
    let story = (kind == Kind::Story)
        .then(|| last.site.stories.iter().find(|s| s.slug == slug))
        .flatten();
    if let Some(story) = story {
        let feeds = langs.iter().flat_map(|lang| {
            crate::derive::feeds::of_story(&last.site, &last.content, story, lang)
        });
        files.extend(feeds.map(|(path, feed)| Edited {
            path,
            bytes: feed.into_bytes(),
        }));
    }
    Some(files)
}

pub struct Edited {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Parse the file at `rel` again and, if it is the version of a page or a
/// story whose front matter is exactly as before, put its new body in the
/// site. The item's kind and slug.
fn replace_body(last: &mut Rendered, rel: &str) -> Option<(Kind, String)> {
    let site = &mut last.site;
    if let Some(found) = replace_in(Kind::Story, &mut site.stories, rel) {
        return found;
    }
    replace_in(Kind::Page, &mut site.pages, rel).flatten()
}

/// `None` when no version of `items` is `rel`; `Some(None)` when one is
/// but its new text needs the whole build.
fn replace_in<F: serde::de::DeserializeOwned + Clone>(
    kind: Kind,
    items: &mut [Versions<F>],
    rel: &str,
) -> Option<Option<(Kind, String)>> {
    let (slug, version) = items.iter_mut().find_map(|item| {
        let version = item.by_lang.values_mut().find(|v| v.source.rel == rel)?;
        Some((item.slug.clone(), version))
    })?;
    let file = SourceFile {
        path: version.source.path.clone(),
        rel: rel.to_string(),
        role: Role::Markdown {
            kind,
            slug: slug.clone(),
            lang: version.lang.clone(),
        },
    };
    let Ok(new) = crate::parse::markdown_file::<F>(&file) else {
        return Some(None);
    };
    let same_front = new.source.yaml == version.source.yaml
        && new.source.yaml_line_offset == version.source.yaml_line_offset
        && new.body_first_line == version.body_first_line;
    if !same_front {
        return Some(None);
    }
    // The site's own copy: the parse cache keeps the text it read.
    std::sync::Arc::make_mut(version).body = new.body;
    Some(Some((kind, slug)))
}
