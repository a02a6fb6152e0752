//! Where the output may be. Not inside a folder the build reads: the next
//! build would read the last output as input (an output inside
//! `themes/*/static` is copied into the next output, which then holds the
//! last one: 26, then 387, then 748 files), and `serve` would rebuild on
//! its own writes. Nor holding one: the swap replaces the output whole.

use crate::diag::Diagnostic;
use crate::msg;
use std::path::{Component, Path, PathBuf};

/// Refuse an output folder inside one of the site's input folders
/// (`inputs`, under `root`), or holding one (the site folder itself, or a
/// folder above it).
pub fn check(root: &Path, output: &Path, inputs: &[&str]) -> Result<(), Diagnostic> {
    let output_at = resolved(output);
    for folder in inputs {
        let input = resolved(&root.join(folder));
        let message = if output_at.starts_with(&input) {
            msg!(
                "output-inside-input",
                output = output.display().to_string(),
                input = format!("{folder}/")
            )
        } else if input.starts_with(&output_at) {
            msg!(
                "output-holds-input",
                output = output.display().to_string(),
                input = format!("{folder}/")
            )
        } else {
            continue;
        };
        return Err(Diagnostic::error(message).help(msg!("output-place-help")));
    }
    Ok(())
}

/// `path` made absolute, its symbolic links resolved as far as it exists
/// (the output may not exist yet, nor `templates/`), and `.` and `..`
/// taken away after that: two spellings of one folder compare equal.
fn resolved(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    let base = loop {
        if let Ok(real) = existing.canonicalize() {
            break real;
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            // `..` at the end, or the root: keep what we have lexically.
            _ => break normalized(existing),
        }
    };
    let mut out = base;
    for name in rest.iter().rev() {
        out.push(name);
    }
    normalized(&out)
}

fn normalized(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for folder in ["content", "themes/espace/static", "assets"] {
            std::fs::create_dir_all(dir.path().join(folder)).unwrap();
        }
        dir
    }

    fn refused(root: &Path, output: &Path) -> Option<String> {
        check(root, output, &crate::config::INPUT_FOLDERS)
            .err()
            .map(|d| d.message.id.to_string())
    }

    #[test]
    fn an_output_inside_an_input_folder_is_refused() {
        let dir = site();
        let root = dir.path();
        for output in [
            "themes/espace/static/public",
            "content",
            "assets/out",
            // Not there yet: it would be made inside an input folder.
            "templates/out",
            "public/../content/x",
        ] {
            assert_eq!(
                refused(root, &root.join(output)).as_deref(),
                Some("output-inside-input"),
                "{output}"
            );
        }
    }

    #[test]
    fn an_output_holding_an_input_folder_is_refused() {
        let dir = site();
        let root = dir.path();
        for output in [root.to_path_buf(), root.join(".."), root.join("content/..")] {
            assert_eq!(
                refused(root, &output).as_deref(),
                Some("output-holds-input"),
                "{}",
                output.display()
            );
        }
    }

    #[test]
    fn outputs_beside_the_inputs_are_fine() {
        let dir = site();
        let root = dir.path();
        for output in ["public", "build/site", "contents", "content-out"] {
            assert_eq!(refused(root, &root.join(output)), None, "{output}");
        }
        let elsewhere = tempfile::tempdir().unwrap();
        assert_eq!(refused(root, &elsewhere.path().join("www")), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_to_an_input_folder_is_seen_through() {
        let dir = site();
        let root = dir.path();
        std::os::unix::fs::symlink(root.join("assets"), root.join("out")).unwrap();
        assert_eq!(
            refused(root, &root.join("out/public")).as_deref(),
            Some("output-inside-input")
        );
    }

    #[test]
    fn a_relative_root_and_output_compare_as_absolute() {
        let dir = site();
        let cwd = std::env::current_dir().unwrap();
        let root = pathdiff(dir.path(), &cwd);
        assert_eq!(
            refused(&root, &root.join("content/x")).as_deref(),
            Some("output-inside-input")
        );
    }

    /// `to` spelled relative to `from` (`../../tmp/x`).
    fn pathdiff(to: &Path, from: &Path) -> PathBuf {
        let ups = from.components().count() - 1;
        let mut out: PathBuf = std::iter::repeat_n("..", ups).collect();
        out.push(to.strip_prefix("/").unwrap());
        out
    }
}
