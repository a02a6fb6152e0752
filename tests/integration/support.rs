//! A fixture site copied to a temporary folder, built, read, changed.

use fadaa::config::BuildOptions;
use fadaa::diag::Diagnostic;
use fadaa::model::Day;
use std::path::{Path, PathBuf};

pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

pub struct TestSite {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
    pub options: BuildOptions,
}

impl TestSite {
    /// `tests/fixtures/<name>`, drawn with the built-in theme (or its own
    /// `themes/` if it has one).
    pub fn fixture(name: &str) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site");
        copy_dir(&Path::new(REPO).join("tests/fixtures").join(name), &root);
        let options = BuildOptions {
            root: root.clone(),
            today: Day::parse("2025-06-01"),
            ..BuildOptions::default()
        };
        TestSite {
            _dir: dir,
            root,
            options,
        }
    }

    pub fn output(&self) -> PathBuf {
        self.root.join("public")
    }

    pub fn build(&self) -> Result<fadaa::BuildReport, Vec<Diagnostic>> {
        fadaa::build(&self.options)
    }

    #[track_caller]
    pub fn build_ok(&self) -> fadaa::BuildReport {
        match self.build() {
            Ok(r) => r,
            Err(diags) => panic!("build failed:\n{}", render(&diags)),
        }
    }

    #[track_caller]
    pub fn build_err(&self) -> Vec<Diagnostic> {
        match self.build() {
            Ok(_) => panic!("the build should have failed"),
            Err(diags) => diags.into_iter().filter(Diagnostic::is_error).collect(),
        }
    }

    pub fn write(&self, path: &str, text: &str) -> &Self {
        let p = self.root.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
        self
    }

    pub fn write_bytes(&self, path: &str, bytes: &[u8]) -> &Self {
        std::fs::write(self.root.join(path), bytes).unwrap();
        self
    }

    pub fn remove(&self, path: &str) -> &Self {
        std::fs::remove_file(self.root.join(path)).unwrap();
        self
    }

    /// A file of the built site.
    #[track_caller]
    pub fn read(&self, path: &str) -> String {
        let p = self.output().join(path);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.output().join(path).exists()
    }

    /// A source file of the site.
    #[track_caller]
    pub fn source(&self, path: &str) -> String {
        let p = self.root.join(path);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    }

    /// Where the build put a stylesheet, script or font, whose published
    /// name holds a hash of its content: `css/site.css` →
    /// `css/site.0123456789.css`.
    #[track_caller]
    pub fn hashed(&self, path: &str) -> String {
        let (stem, ext) = path.rsplit_once('.').unwrap();
        let (dir, name) = stem.rsplit_once('/').unwrap_or(("", stem));
        let found = std::fs::read_dir(self.output().join(dir))
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .find(|f| {
                f.strip_prefix(&format!("{name}."))
                    .and_then(|rest| rest.strip_suffix(&format!(".{ext}")))
                    .is_some_and(|h| h.len() == 10 && h.chars().all(|c| c.is_ascii_hexdigit()))
            });
        let file = found.unwrap_or_else(|| panic!("no hashed {path}"));
        if dir.is_empty() {
            file
        } else {
            format!("{dir}/{file}")
        }
    }

    pub fn has_source(&self, path: &str) -> bool {
        self.root.join(path).exists()
    }
}

pub fn render(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, sorted, for comparing outputs.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// The `href` of the first `<a>` whose attributes contain `marker`.
pub fn href_with(html: &str, marker: &str) -> Option<String> {
    html.split("<a ")
        .skip(1)
        .find(|a| a.split('>').next().unwrap_or("").contains(marker))
        .and_then(|a| {
            let start = a.find("href=\"")? + 6;
            Some(a[start..start + a[start..].find('"')?].to_string())
        })
}

/// A JPEG of `width` × `height` pixels, of a pattern tinted by `shade`.
pub fn photo(width: u32, height: u32, shade: u8) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 251) as u8, (y % 241) as u8, shade])
    });
    let mut bytes = Vec::new();
    image::DynamicImage::ImageRgb8(pixels)
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    bytes
}

/// `fadaa args…` run in `dir`, in English with no colour and the build
/// date of the fixtures: whether it succeeded, and what it printed.
pub fn run_fadaa(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fadaa"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("FADAA_LANG", "en")
        .env("SOURCE_DATE_EPOCH", "1748736000")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}
