//! `.br` and `.gz` copies beside the output's text files, made once at
//! build time, which a host serves as they are (nginx's `brotli_static`
//! and `gzip_static`, Caddy's `precompressed`) instead of compressing each
//! answer again, or not at all. Made in the staging folder before the
//! swap: they are part of the atomic output.

use rayon::prelude::*;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Extensions of the files compressed: text, and data written as text.
const TEXT: &[&str] = &[
    "html",
    "htm",
    "css",
    "js",
    "mjs",
    "map",
    "json",
    "jsonld",
    "geojson",
    "topojson",
    "xml",
    "atom",
    "rss",
    "xsl",
    "svg",
    "txt",
    "md",
    "csv",
    "tsv",
    "ics",
    "webmanifest",
];

/// Smaller files gain nothing: the headers of the answer outweigh what
/// compression saves.
pub const MIN_SIZE: u64 = 512;

/// Larger files are left to the host: brotli would take seconds on each
/// on every cold build (a dataset may be hundreds of megabytes).
pub const MAX_SIZE: u64 = 64 << 20;

/// Levels, measured on the 326 MB of text of the 10k synthetic site (one
/// core's time): brotli 5 leaves 22.0 % of the bytes in 10.2 s, 4 leaves
/// 23.7 % in 7.3 s, 2 and 3 25–26 % in 5.5–6.2 s, when gzip 6 leaves 24.2 %
/// in 3.0 s: below 5, brotli costs without saving over gzip. gzip 6 is
/// zlib's default (4: 2 % larger, 0.7 s less). The window is brotli's
/// default; it shrinks to fit a small file anyway.
const BROTLI_QUALITY: i32 = 5;
const BROTLI_WINDOW: i32 = 22;
const GZIP_LEVEL: u32 = 6;

/// The line written in the output's marker: a previous output's copies
/// are reused only when they were made with the same levels.
pub fn settings() -> String {
    format!("precompressed: br-{BROTLI_QUALITY}-{BROTLI_WINDOW} gzip-{GZIP_LEVEL}")
}

#[derive(Debug, Default, Clone, Copy)]
pub struct Compressed {
    /// `.br` and `.gz` files in the output.
    pub files: usize,
    /// Of which taken from the previous output, its source unchanged.
    pub reused: usize,
    pub took: Duration,
}

#[derive(Clone, Copy)]
enum Format {
    Brotli,
    Gzip,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Brotli => "br",
            Format::Gzip => "gz",
        }
    }
}

/// Compress every text file of `dir` between [`MIN_SIZE`] and
/// [`MAX_SIZE`] into `.br` and `.gz` beside it, each only when smaller.
/// With `previous` (the output being replaced, made with the same
/// [`settings`]), a file whose bytes are the previous output's gets its
/// copies from there, linked: a rebuild compresses only what changed.
pub fn folder(dir: &Path, previous: Option<&Path>) -> Result<Compressed, (PathBuf, io::Error)> {
    let started = Instant::now();
    let mut files: Vec<(u64, PathBuf)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && is_text(e.path()))
        .filter_map(|e| Some((e.metadata().ok()?.len(), e.into_path())))
        .filter(|(len, _)| (MIN_SIZE..=MAX_SIZE).contains(len))
        .collect();
    // The largest first, so that no core is left with one at the end.
    files.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
    let done: Vec<(usize, usize)> = files
        .par_iter()
        .map(|(_, path)| {
            let rel = path.strip_prefix(dir).unwrap_or(path);
            one_file(path, previous.map(|p| p.join(rel))).map_err(|e| (path.clone(), e))
        })
        .collect::<Result<_, _>>()?;
    Ok(Compressed {
        files: done.iter().map(|d| d.0).sum(),
        reused: done.iter().map(|d| d.1).sum(),
        took: started.elapsed(),
    })
}

pub fn is_text(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| TEXT.contains(&e.to_ascii_lowercase().as_str()))
}

/// Both copies of one file: (written, of which reused).
fn one_file(path: &Path, previous: Option<PathBuf>) -> io::Result<(usize, usize)> {
    let bytes = fs::read(path)?;
    // The length first: most changed pages change it.
    let unchanged = previous.filter(|old| {
        fs::metadata(old).is_ok_and(|m| m.len() == bytes.len() as u64)
            && fs::read(old).is_ok_and(|b| b == bytes)
    });
    let (mut written, mut reused) = (0, 0);
    for format in [Format::Brotli, Format::Gzip] {
        let target = with_extension(path, format);
        // A theme may ship its own copy: it wins.
        if fs::symlink_metadata(&target).is_ok() {
            continue;
        }
        if let Some(old) = &unchanged {
            let old = with_extension(old, format);
            if old.is_file()
                && fs::hard_link(&old, &target)
                    .or_else(|_| copy(&old, &target))
                    .is_ok()
            {
                written += 1;
                reused += 1;
                continue;
            }
        }
        let packed = compress(&bytes, format)?;
        if packed.len() < bytes.len() {
            fs::write(&target, packed)?;
            written += 1;
        }
    }
    Ok((written, reused))
}

fn copy(from: &Path, to: &Path) -> io::Result<()> {
    fs::copy(from, to).map(drop)
}

/// `a/page.html` → `a/page.html.br`.
fn with_extension(path: &Path, format: Format) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(format.extension());
    PathBuf::from(name)
}

fn compress(bytes: &[u8], format: Format) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    match format {
        Format::Brotli => {
            let params = brotli::enc::BrotliEncoderParams {
                quality: BROTLI_QUALITY,
                lgwin: BROTLI_WINDOW,
                size_hint: bytes.len(),
                ..Default::default()
            };
            brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
        }
        Format::Gzip => {
            // No name and no time in the header: builds stay byte-identical.
            let mut encoder =
                flate2::write::GzEncoder::new(out, flate2::Compression::new(GZIP_LEVEL));
            io::Write::write_all(&mut encoder, bytes)?;
            out = encoder.finish()?;
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn page(words: usize) -> String {
        let body: Vec<String> = (0..words).map(|i| format!("<p>كلمة {i}</p>")).collect();
        format!(
            "<!doctype html><html lang=\"ar\" dir=\"rtl\">{}</html>",
            body.join("\n")
        )
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn ungzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn text_files_get_both_copies_and_they_decompress_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::create_dir_all(d.join("ar/stories")).unwrap();
        let html = page(200);
        fs::write(d.join("ar/stories/index.html"), &html).unwrap();
        fs::write(d.join("small.css"), "a{color:red}").unwrap();
        fs::write(d.join("photo.jpg"), vec![7u8; 4000]).unwrap();
        let done = folder(d, None).unwrap();
        assert_eq!((done.files, done.reused), (2, 0));
        let br = fs::read(d.join("ar/stories/index.html.br")).unwrap();
        let gz = fs::read(d.join("ar/stories/index.html.gz")).unwrap();
        assert_eq!(unbrotli(&br), html.as_bytes());
        assert_eq!(ungzip(&gz), html.as_bytes());
        assert!(br.len() < gz.len() && gz.len() < html.len());
        assert!(!d.join("small.css.br").exists(), "under {MIN_SIZE} bytes");
        assert!(!d.join("photo.jpg.br").exists(), "not text");
    }

    #[test]
    fn a_copy_no_smaller_than_its_file_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        // Random bytes do not compress.
        let mut state = 0x2545_f491_u32;
        let noise: Vec<u8> = (0..4000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state.to_le_bytes()[1]
            })
            .collect();
        fs::write(dir.path().join("noise.txt"), noise).unwrap();
        assert_eq!(folder(dir.path(), None).unwrap().files, 0);
        assert!(!dir.path().join("noise.txt.gz").exists());
    }

    #[test]
    fn unchanged_files_reuse_the_previous_outputs_copies() {
        let (old, new) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        for d in [old.path(), new.path()] {
            fs::write(d.join("same.html"), page(100)).unwrap();
        }
        fs::write(old.path().join("changed.html"), page(100)).unwrap();
        fs::write(new.path().join("changed.html"), page(101)).unwrap();
        folder(old.path(), None).unwrap();
        let done = folder(new.path(), Some(old.path())).unwrap();
        assert_eq!((done.files, done.reused), (4, 2));
        for file in ["same.html", "changed.html"] {
            let br = fs::read(new.path().join(format!("{file}.br"))).unwrap();
            assert_eq!(unbrotli(&br), fs::read(new.path().join(file)).unwrap());
        }
    }

    #[test]
    fn two_runs_make_the_same_bytes() {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        for d in [a.path(), b.path()] {
            fs::write(d.join("index.html"), page(300)).unwrap();
            folder(d, None).unwrap();
        }
        for ext in ["br", "gz"] {
            let name = format!("index.html.{ext}");
            assert_eq!(
                fs::read(a.path().join(&name)).unwrap(),
                fs::read(b.path().join(&name)).unwrap()
            );
        }
    }
}
