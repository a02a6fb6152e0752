//! Story covers resized at build time, so that a phone on a slow link
//! downloads a 400-pixel image rather than the 4,000-pixel photo a staff
//! member took. Each JPEG or PNG cover gets a few widths (never larger than
//! the photo), turned upright from its EXIF orientation. The resized files
//! are kept in `.fadaa-cache/images/` under the site folder, named by a hash
//! of the photo's bytes and the settings: an unchanged photo is never
//! decoded again, and a changed one gets new names.

mod cache;
mod responsive;
mod weight;

pub use responsive::responsive;
pub use weight::heavy_photos;

use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::Kind;
use crate::msg;
use crate::site::{bundle_file_path, Site};
use image::{DynamicImage, ImageDecoder, ImageReader};
use rayon::prelude::*;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Widths made for `srcset`: a card on a phone, a card on a wide screen or
/// the story's page on a phone, the story's page on a wide screen.
pub const WIDTHS: [u32; 3] = [400, 800, 1200];

/// JPEG quality: no visible loss at these sizes, a third of quality 95.
const JPEG_QUALITY: u8 = 78;

/// Changes every cached file's name when the way they are made changes.
const RECIPE: &str = "fadaa-images-1;catmull-rom;q78";

pub const CACHE_DIR: &str = ".fadaa-cache/images";

/// One published image file.
#[derive(Debug, Clone, PartialEq, Hash)]
pub struct Variant {
    /// Output path, relative to the site's root URL.
    pub path: String,
    pub width: u32,
    pub height: u32,
}

/// A cover as published: the photo itself and its smaller widths.
#[derive(Debug, Clone, PartialEq)]
pub struct ImageSet {
    pub original: Variant,
    /// Smaller copies, narrowest first; empty when the photo is small.
    pub resized: Vec<Variant>,
}

impl ImageSet {
    /// Every width, narrowest first, the photo itself included unless it
    /// is much larger than the largest copy (a phone would never need it).
    pub fn candidates(&self) -> Vec<&Variant> {
        let mut all: Vec<&Variant> = self.resized.iter().collect();
        let largest = WIDTHS[WIDTHS.len() - 1];
        if self.original.width <= largest * 4 / 3 || self.resized.is_empty() {
            all.push(&self.original);
        }
        all
    }

    /// The file for `src`: the first at least 800 pixels wide, else the
    /// widest there is.
    pub fn default_src(&self) -> &Variant {
        let all = self.candidates();
        all.iter()
            .find(|v| v.width >= WIDTHS[1])
            .or(all.last())
            .copied()
            .unwrap_or(&self.original)
    }

    /// The `srcset` attribute's value: every candidate under `base`.
    pub fn srcset(&self, base: &str) -> String {
        let candidates: Vec<String> = self
            .candidates()
            .iter()
            .map(|v| format!("{base}{} {}w", v.path, v.width))
            .collect();
        candidates.join(", ")
    }

    /// The widest file, for link previews (Open Graph asks for ≥ 1200).
    pub fn largest(&self) -> &Variant {
        self.candidates().last().copied().unwrap_or(&self.original)
    }
}

#[derive(Debug, Default)]
pub struct Images {
    /// Keyed by the photo's source path relative to the site folder.
    pub sets: BTreeMap<String, ImageSet>,
    /// The photo's output path → its source path (for photos of a text).
    pub by_output: BTreeMap<String, String>,
    /// Output path → cached file, copied into the output.
    pub files: BTreeMap<String, PathBuf>,
    /// Copies made by this build, and copies found in the cache.
    pub resized: usize,
    pub from_cache: usize,
    /// Cached copies removed because no photo of the site uses them now.
    pub pruned: usize,
}

impl Images {
    pub fn cover(&self, story_slug: &str, cover: &str) -> Option<&ImageSet> {
        self.sets.get(&cover_source(story_slug, cover).0)
    }
}

/// A cover reference's source path (relative to the site) and the output
/// path of the photo itself.
pub fn cover_source(story_slug: &str, cover: &str) -> (String, String) {
    match cover.strip_prefix('/') {
        Some(asset) => (format!("assets/{asset}"), asset.to_string()),
        None => (
            format!("content/stories/{story_slug}/{cover}"),
            bundle_file_path(Kind::Story, story_slug, cover),
        ),
    }
}

fn is_resizable(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png"].iter().any(|e| lower.ends_with(e))
}

pub fn prepare(site: &Site, diags: &mut Diagnostics) -> Images {
    let mut covers: BTreeMap<String, String> = BTreeMap::new();
    for story in &site.stories {
        for version in story.by_lang.values() {
            if let Some(cover) = version.front.cover.as_deref().filter(|c| is_resizable(c)) {
                let (source, output) = cover_source(&story.slug, cover);
                // A missing cover is reported where it is named.
                if site.config.root.join(&source).is_file() {
                    covers.insert(source, output);
                }
            }
        }
    }
    // The photos of a story's folder, shown in its text: resized as
    // covers are (`responsive` points the text's <img> at the copies). One
    // that cannot be read is published as it is, with a warning; only a
    // cover that cannot be read is an error.
    let cover_sources: std::collections::BTreeSet<String> = covers.keys().cloned().collect();
    for photo in site.bundle_files.iter().filter(|f| f.kind == Kind::Story) {
        if is_resizable(&photo.name) && !covers.contains_key(&photo.rel) {
            let output = bundle_file_path(Kind::Story, &photo.slug, &photo.name);
            covers.insert(photo.rel.clone(), output);
        }
    }
    let cache = site.config.root.join(CACHE_DIR);
    let results: Vec<(String, Result<Prepared, Diagnostic>)> = covers
        .into_par_iter()
        .map(|(source, output)| {
            let path = site.config.root.join(&source);
            let result = prepare_one(&path, &output, &cache).map_err(|e| match e {
                Refused::Unreadable(detail) => {
                    Diagnostic::error(msg!("image-unreadable", detail = detail))
                        .in_file(&source)
                        .help(msg!("image-unreadable-help"))
                }
                Refused::TooManyPixels(width, height) => Diagnostic::error(msg!(
                    "image-too-many-pixels",
                    width = width.to_string(),
                    height = height.to_string()
                ))
                .in_file(&source)
                .help(msg!("image-too-many-pixels-help")),
            });
            (source, result)
        })
        .collect();
    let mut images = Images::default();
    for (source, result) in results {
        match result {
            Ok(p) => {
                images.resized += p.resized;
                images.from_cache += p.set.resized.len() - p.resized;
                images.files.extend(p.files);
                images
                    .by_output
                    .insert(p.set.original.path.clone(), source.clone());
                images.sets.insert(source, p.set);
            }
            Err(d) if cover_sources.contains(&source) => diags.push(d),
            Err(d) => diags.push(Diagnostic {
                severity: crate::diag::Severity::Warning,
                ..d
            }),
        }
    }
    images.pruned = cache::prune(&cache, &images.files);
    images
}

struct Prepared {
    set: ImageSet,
    files: Vec<(String, PathBuf)>,
    resized: usize,
}

/// Why a photo is not resized.
#[derive(Debug)]
enum Refused {
    Unreadable(String),
    /// Its header says more pixels than `limits::MAX_PHOTO_PIXELS`.
    TooManyPixels(u32, u32),
}

impl From<String> for Refused {
    fn from(detail: String) -> Refused {
        Refused::Unreadable(detail)
    }
}

fn prepare_one(path: &Path, output: &str, cache: &Path) -> Result<Prepared, Refused> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    // From the header alone, before anything is decoded.
    let (width, height) = upright_size(&bytes)?;
    if u64::from(width) * u64::from(height) > crate::limits::MAX_PHOTO_PIXELS {
        return Err(Refused::TooManyPixels(width, height));
    }
    let digest = Sha256::new()
        .chain_update(RECIPE)
        .chain_update(&bytes)
        .finalize();
    let key: String = digest[..10].iter().map(|b| format!("{b:02x}")).collect();
    let png = output.to_ascii_lowercase().ends_with(".png");
    let ext = if png { "png" } else { "jpg" };
    let (stem, _) = output.rsplit_once('.').unwrap_or((output, ""));
    let wanted: Vec<(Variant, PathBuf)> = WIDTHS
        .iter()
        .filter(|&&w| w < width)
        .map(|&w| {
            let h = ((u64::from(height) * u64::from(w) + u64::from(width) / 2) / u64::from(width))
                .max(1) as u32;
            let variant = Variant {
                path: format!("{stem}-{w}w.{ext}"),
                width: w,
                height: h,
            };
            (variant, cache.join(format!("{key}-{w}.{ext}")))
        })
        .collect();
    let missing: Vec<&(Variant, PathBuf)> = wanted.iter().filter(|(_, c)| !c.is_file()).collect();
    // Copies found are marked as used now: another build of this site
    // pruning the cache at the same time leaves them alone.
    for (_, cached) in wanted.iter().filter(|(_, c)| c.is_file()) {
        cache::mark_used(cached);
    }
    if !missing.is_empty() {
        let photo = decode_upright(&bytes)?;
        std::fs::create_dir_all(cache).map_err(|e| format!("{}: {e}", cache.display()))?;
        for (variant, cached) in &missing {
            let small = photo.resize_exact(
                variant.width,
                variant.height,
                image::imageops::FilterType::CatmullRom,
            );
            let encoded = encode(&small, png)?;
            write_atomically(cached, &encoded)?;
        }
    }
    Ok(Prepared {
        files: wanted
            .iter()
            .map(|(v, c)| (v.path.clone(), c.clone()))
            .collect(),
        resized: missing.len(),
        set: ImageSet {
            original: Variant {
                path: output.to_string(),
                width,
                height,
            },
            resized: wanted.into_iter().map(|(v, _)| v).collect(),
        },
    })
}

/// Width and height as the photo is meant to be seen, read from its header
/// and EXIF orientation without decoding the pixels.
fn upright_size(bytes: &[u8]) -> Result<(u32, u32), String> {
    let mut decoder = reader(bytes)?.into_decoder().map_err(|e| e.to_string())?;
    let (w, h) = decoder.dimensions();
    let turned = matches!(
        decoder
            .orientation()
            .unwrap_or(image::metadata::Orientation::NoTransforms),
        image::metadata::Orientation::Rotate90
            | image::metadata::Orientation::Rotate270
            | image::metadata::Orientation::Rotate90FlipH
            | image::metadata::Orientation::Rotate270FlipH
    );
    Ok(if turned { (h, w) } else { (w, h) })
}

fn decode_upright(bytes: &[u8]) -> Result<DynamicImage, String> {
    let mut decoder = reader(bytes)?.into_decoder().map_err(|e| e.to_string())?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut photo = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    photo.apply_orientation(orientation);
    Ok(photo)
}

fn reader(bytes: &[u8]) -> Result<ImageReader<std::io::Cursor<&[u8]>>, String> {
    ImageReader::new(std::io::Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())
}

fn encode(photo: &DynamicImage, png: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    if png {
        photo
            .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
            .map_err(|e| e.to_string())?;
    } else {
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)
            .encode_image(&photo.to_rgb8())
            .map_err(|e| e.to_string())?;
    }
    Ok(out)
}

/// Another build (or `serve`) may read the cache at the same time: a file
/// appears whole or not at all.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    std::fs::write(&tmp, bytes)
        .and_then(|()| std::fs::rename(&tmp, path))
        .map_err(|e| format!("{}: {e}", path.display()))
}

#[cfg(test)]
mod tests;
