//! The second half of shortcodes, once the theme's templates are loaded:
//! each call rendered by `shortcodes/<name>.html` in the reader's
//! language, put where its marker is. A text keeps the HTML with its
//! markers, so that `serve`'s next build, reusing the text, renders the
//! calls again with the templates of the day.

use super::{Call, FileRef, CLOSE, OPEN};
use crate::content::{Body, Content};
use crate::diag::{Diagnostic, Diagnostics};
use crate::images::ImageSet;
use crate::msg;
use crate::resources::Resources;
use crate::site::Site;
use crate::templates::Templates;
use crate::view::{format_of, human_size, Views};
use rayon::prelude::*;
use serde_json::{json, Value};
use std::path::Path;

/// Every text's shortcodes rendered in place.
pub fn expand_all(
    content: &mut Content,
    site: &Site,
    data: &Resources,
    templates: &Templates,
    diags: &mut Diagnostics,
) {
    let mut texts: Vec<(&str, &mut Body)> = content
        .texts_mut()
        .filter(|(_, body)| !body.rendered.calls.is_empty())
        .collect();
    // The views a card needs read the site only, never rendered texts.
    let no_texts = Content::default();
    let problems: Vec<Diagnostic> = texts
        .par_iter_mut()
        .flat_map_iter(|(lang, body)| {
            let Some(language) = site.config.language(lang) else {
                return Vec::new();
            };
            let views = Views {
                site,
                content: &no_texts,
                data,
                lang: language,
            };
            let expander = Expander {
                views: &views,
                templates,
                problems: Vec::new(),
            };
            expander.text(body)
        })
        .collect();
    diags.extend(problems);
}

struct Expander<'a> {
    views: &'a Views<'a>,
    templates: &'a Templates,
    problems: Vec<Diagnostic>,
}

impl Expander<'_> {
    fn text(mut self, body: &mut Body) -> Vec<Diagnostic> {
        let r = &mut body.rendered;
        let marked = r
            .with_markers
            .get_or_insert_with(|| std::mem::take(&mut r.html));
        // Held like every text: in a block of its size (`fit`).
        let html = crate::fit::string(self.fill(marked, &r.calls));
        r.set_html(html);
        self.problems
    }

    fn fill(&mut self, html: &str, calls: &[Call]) -> String {
        fill_with(html, |n| {
            calls.get(n).map(|c| self.call(c)).unwrap_or_default()
        })
    }

    fn call(&mut self, call: &Call) -> String {
        let template = format!("shortcodes/{}.html", call.name);
        if !self.templates.has(&template) {
            self.problems.push(
                Diagnostic::error(msg!(
                    "theme-shortcode-missing",
                    name = call.name,
                    template = template.as_str()
                ))
                .in_file(&call.file)
                .at(Some(call.pos))
                .help(msg!(
                    "theme-shortcode-missing-help",
                    template = template.as_str()
                )),
            );
            return String::new();
        }
        let body = call.body.as_ref().map(|b| self.fill(&b.html, &b.calls));
        let mut ctx = tera::Context::new();
        ctx.insert("sc", &self.view(call, body));
        ctx.insert(
            "lang",
            &json!({ "code": self.views.lang.code, "dir": self.views.lang.dir }),
        );
        let lang = &self.views.lang.code;
        match self.templates.for_lang(lang).render(&template, &ctx) {
            Ok(html) => html,
            Err(err) => {
                self.problems.push(
                    Diagnostic::error(msg!(
                        "render-failed",
                        page = call.file.as_str(),
                        template = template.as_str(),
                        detail = crate::templates::error_chain(&err)
                    ))
                    .in_file(&call.file)
                    .at(Some(call.pos))
                    .help(msg!("render-failed-help")),
                );
                String::new()
            }
        }
    }

    /// What a shortcode's template is given as `sc` (docs/theme.md).
    fn view(&self, call: &Call, body: Option<String>) -> Value {
        let mut v = json!({ "name": call.name });
        // Every argument is there, null when not given.
        for a in super::args::spec(call.name).map_or(&[][..], |s| s.args) {
            v[a.name] = Value::Null;
        }
        for (k, value) in &call.values {
            v[*k] = json!(value);
        }
        let config = self.views.config();
        let image = |f: &FileRef| {
            let set = self.views.data.images.sets.get(&f.source);
            image_view(f, set, &config.base_path, &config.root)
        };
        match call.name {
            "figure" => v["image"] = call.files.get("src").map_or(Value::Null, image),
            "video" => {
                v["video"] = json!(call.video);
                v["poster"] = call.files.get("poster").map_or(Value::Null, image);
            }
            "download" => {
                if let Some(f) = call.files.get("file") {
                    v["download"] = self.download(f);
                }
            }
            "member" => v["member"] = self.member(&call.values["slug"]),
            _ => {}
        }
        if let Some(body) = body {
            v["body"] = json!(body);
        }
        v
    }

    fn download(&self, f: &FileRef) -> Value {
        let lang = &self.views.lang.code;
        let bytes =
            std::fs::metadata(self.views.config().root.join(&f.source)).map_or(0, |m| m.len());
        let name = f.source.rsplit('/').next().unwrap_or(&f.source);
        json!({
            "url": f.url,
            "name": name,
            "format": format_of(name),
            "kind": kind_of(name),
            "size": human_size(lang, bytes),
            "size_bytes": bytes,
        })
    }

    fn member(&self, slug: &str) -> Value {
        let site = self.views.site;
        let Some(m) = site.member(slug) else {
            return Value::Null;
        };
        json!({
            "slug": slug,
            "url": self.views.member_ref(slug).url,
            "name": self.views.text(&m.data.name),
            "governorate": self.views.reference(&site.refs.governorates, &m.data.governorate),
            "status": m.data.status,
            "sample": m.data.sample,
        })
    }
}

/// `html` with each marker replaced by `render(its number)`. Only markers
/// between tags are: one inside a tag or a quoted value (where the
/// writer's raw HTML could have put it) is dropped, so that a template's
/// markup never lands in an attribute.
fn fill_with(html: &str, mut render: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(html.len() + 1024);
    // Inside a tag, and inside which quotes.
    let mut tag: Option<Option<char>> = None;
    let mut i = 0;
    while let Some(c) = html[i..].chars().next() {
        if c == OPEN {
            let rest = &html[i + OPEN.len_utf8()..];
            let (number, after) = match rest.find(CLOSE) {
                Some(end) => (&rest[..end], end + CLOSE.len_utf8()),
                None => (rest, rest.len()),
            };
            if let (None, Ok(n)) = (tag, number.parse::<usize>()) {
                out.push_str(&render(n));
            }
            i += OPEN.len_utf8() + after;
            continue;
        }
        tag = match (tag, c) {
            (None, '<') => Some(None),
            (Some(None), '>') => None,
            (Some(None), '"' | '\'') => Some(Some(c)),
            (Some(Some(q)), c) if c == q => Some(None),
            (state, _) => state,
        };
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// An image as `<img>` attributes: the resized widths when the build
/// made them (a story's photos), else the file as it is, with its size
/// when its header tells (so that the page keeps its place while it loads).
fn image_view(f: &FileRef, set: Option<&ImageSet>, base: &str, root: &Path) -> Value {
    match set {
        Some(set) => {
            let src = set.default_src();
            json!({
                "src": format!("{base}{}", src.path),
                "srcset": if set.resized.is_empty() { String::new() } else { set.srcset(base) },
                "width": src.width,
                "height": src.height,
            })
        }
        None => {
            let (width, height) = size_of(&root.join(&f.source)).unzip();
            json!({ "src": f.url, "srcset": "", "width": width, "height": height })
        }
    }
}

/// Width and height of an image from its header: a photo's, or the
/// `width` and `height` (else `viewBox`) of a drawing's `<svg>`.
fn size_of(path: &Path) -> Option<(u32, u32)> {
    if !path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
    {
        return image::image_dimensions(path).ok();
    }
    let text = std::fs::read_to_string(path).ok()?;
    let start = text.find("<svg")?;
    let tag = &text[start..start + text[start..].find('>')?];
    let attr = |name: &str| {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        Some(&tag[at..at + tag[at..].find('"')?])
    };
    let number = |v: &str| v.trim().trim_end_matches("px").parse::<f64>().ok();
    let (w, h) = match (
        attr("width").and_then(number),
        attr("height").and_then(number),
    ) {
        (Some(w), Some(h)) => (w, h),
        _ => {
            let v: Vec<f64> = attr("viewBox")?
                .split([' ', ','])
                .filter_map(|n| n.parse().ok())
                .collect();
            (*v.get(2)?, *v.get(3)?)
        }
    };
    (w >= 1.0 && h >= 1.0).then(|| (w.round() as u32, h.round() as u32))
}

/// What kind of file a download is, for the words around its format
/// (`Document PDF`, `جدول CSV`): a key of `shortcode.download.kinds`.
fn kind_of(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" | "doc" | "docx" | "odt" | "rtf" | "txt" => "document",
        "xls" | "xlsx" | "ods" | "csv" | "tsv" => "table",
        "json" | "geojson" => "data",
        "ppt" | "pptx" | "odp" => "slides",
        "zip" => "archive",
        "jpg" | "jpeg" | "png" | "gif" | "webp" | "avif" | "svg" => "image",
        "mp3" | "ogg" | "m4a" => "audio",
        "mp4" | "webm" => "video",
        _ => "file",
    }
}

#[cfg(test)]
mod tests {
    use super::{fill_with, size_of, CLOSE, OPEN};

    #[test]
    fn an_images_size_is_read_from_its_header() {
        let dir = tempfile::tempdir().unwrap();
        let svg = |name: &str, root: &str| {
            let path = dir.path().join(name);
            std::fs::write(
                &path,
                format!("<?xml version=\"1.0\"?>\n{root}<rect/></svg>"),
            )
            .unwrap();
            size_of(&path)
        };
        let ns = "xmlns=\"http://www.w3.org/2000/svg\"";
        assert_eq!(
            svg(
                "a.svg",
                &format!("<svg {ns} width=\"1200\" height=\"600px\">")
            ),
            Some((1200, 600))
        );
        assert_eq!(
            svg("b.svg", &format!("<svg {ns} viewBox=\"0 0 40 30\">")),
            Some((40, 30))
        );
        assert_eq!(svg("c.svg", &format!("<svg {ns} width=\"100%\">")), None);
        let png = dir.path().join("d.png");
        image::RgbImage::new(7, 5).save(&png).unwrap();
        assert_eq!(size_of(&png), Some((7, 5)));
    }

    #[test]
    fn markers_are_filled_between_tags_only() {
        let m = |n: usize| format!("{OPEN}{n}{CLOSE}");
        let html = format!(
            "<p>a</p>\n{}\n<div title=\"{}\" data-x='{}'>{}</div>{}",
            m(0),
            m(1),
            m(2),
            m(3),
            m(9)
        );
        let filled = fill_with(&html, |n| format!("<b class=\"c{n}\">{n}</b>"));
        assert_eq!(
            filled,
            "<p>a</p>\n<b class=\"c0\">0</b>\n<div title=\"\" data-x=''><b class=\"c3\">3</b></div><b class=\"c9\">9</b>"
        );
    }
}
