//! The editor's side of `serve`: Decap CMS's "proxy" backend protocol
//! (`POST /api/v1`, one JSON action per request), answered from the site
//! folder, so that a writer can try the editor at `/admin/` without a git
//! host and every save rebuilds the site like a save from a text editor.
//!
//! Only `content/` and `assets/` are read or written; no path may climb
//! out, be absolute or pass through a symbolic link; and a request must
//! come from the served page itself (its Origin), as JSON, so that another
//! site open in the browser cannot write here.

use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use std::path::{Component, Path, PathBuf};

pub const API_PATH: &str = "/api/v1";

/// The folders the editor may touch.
const WRITABLE: [&str; 2] = ["content", "assets"];

/// The answer to one request: status and JSON.
pub fn answer(root: &Path, body: &[u8]) -> (u16, Value) {
    let request: Value = match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(e) => return (422, json!({ "error": format!("not JSON: {e}") })),
    };
    let action = request["action"].as_str().unwrap_or("");
    let params = &request["params"];
    match act(root, action, params) {
        Ok(value) => (200, value),
        Err(error) => (422, json!({ "error": error })),
    }
}

fn act(root: &Path, action: &str, p: &Value) -> Result<Value, String> {
    let text = |name: &str| {
        p[name]
            .as_str()
            .ok_or_else(|| format!("`{name}` is missing"))
    };
    match action {
        "info" => Ok(json!({
            "repo": root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            "publish_modes": ["simple"],
            "type": "local_fs",
        })),
        "entriesByFolder" => {
            let depth = p["depth"].as_u64().unwrap_or(1) as usize;
            let files = listing(root, text("folder")?, depth)?;
            let extension = p["extension"].as_str().unwrap_or("");
            Ok(Value::Array(
                files
                    .iter()
                    .filter(|f| f.ends_with(extension))
                    .map(|f| entry(root, f))
                    .collect(),
            ))
        }
        "entriesByFiles" => {
            let files = p["files"].as_array().cloned().unwrap_or_default();
            Ok(Value::Array(
                files
                    .iter()
                    .filter_map(|f| f["path"].as_str())
                    .map(|f| entry(root, f))
                    .collect(),
            ))
        }
        "getEntry" => Ok(entry(root, text("path")?)),
        "persistEntry" => persist_entry(root, p),
        "getMedia" => {
            let files = listing(root, text("mediaFolder")?, 1)?;
            files
                .iter()
                .map(|f| media(root, f))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array)
        }
        "getMediaFile" => media(root, text("path")?),
        "persistMedia" => {
            let asset = &p["asset"];
            let path = asset["path"].as_str().ok_or("`asset.path` is missing")?;
            write(root, path, &decode(asset)?)?;
            media(root, path)
        }
        "deleteFile" => {
            remove(root, text("path")?)?;
            Ok(json!({ "message": "deleted" }))
        }
        "deleteFiles" => {
            for path in p["paths"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                remove(root, path)?;
            }
            Ok(json!({ "message": "deleted" }))
        }
        "getDeployPreview" => Ok(Value::Null),
        other => Err(format!("unknown action `{other}`")),
    }
}

/// `persistEntry`: each data file's text, then the photos sent with it;
/// a rename when every data file says where it goes.
fn persist_entry(root: &Path, p: &Value) -> Result<Value, String> {
    let files: Vec<Value> = match (&p["dataFiles"], &p["entry"]) {
        (Value::Array(files), _) => files.clone(),
        (_, entry @ Value::Object(_)) => vec![entry.clone()],
        _ => return Err("`dataFiles` is missing".into()),
    };
    for asset in p["assets"].as_array().into_iter().flatten() {
        let path = asset["path"].as_str().ok_or("`asset.path` is missing")?;
        write(root, path, &decode(asset)?)?;
    }
    for file in &files {
        let path = file["path"].as_str().ok_or("`path` is missing")?;
        let raw = file["raw"].as_str().ok_or("`raw` is missing")?;
        write(root, path, raw.as_bytes())?;
    }
    if !files.is_empty() && files.iter().all(|f| f["newPath"].is_string()) {
        for file in &files {
            let from = inside(root, file["path"].as_str().unwrap_or(""))?;
            let to = inside(root, file["newPath"].as_str().unwrap_or(""))?;
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
            }
            std::fs::rename(from, to).map_err(|e| e.to_string())?;
        }
    }
    Ok(json!({ "message": "entry persisted" }))
}

/// `path` (relative, `/`-separated) under `root`, when it stays in the
/// writable folders and crosses no symbolic link.
fn inside(root: &Path, path: &str) -> Result<PathBuf, String> {
    let relative = Path::new(path);
    let mut parts = relative.components();
    let first = match parts.next() {
        Some(Component::Normal(first)) => first.to_string_lossy().into_owned(),
        _ => return Err(format!("`{path}` is not inside the site")),
    };
    let plain = relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)));
    if !plain || path.contains('\\') || !WRITABLE.contains(&first.as_str()) {
        return Err(format!("`{path}` is not inside content/ or assets/"));
    }
    let mut at = root.to_path_buf();
    for part in relative.components() {
        at.push(part);
        if at
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            return Err(format!("`{path}` goes through a symbolic link"));
        }
    }
    Ok(at)
}

/// Files under `folder`, `depth` levels down (1: the folder itself),
/// sorted, as site-relative paths.
fn listing(root: &Path, folder: &str, depth: usize) -> Result<Vec<String>, String> {
    let dir = inside(root, folder.trim_end_matches('/'))?;
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let files = walkdir::WalkDir::new(&dir)
        .max_depth(depth)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| crate::diag::rel_path(root, e.path()))
        .collect();
    Ok(files)
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// `{ data, file: { path, id } }`; `data` and `id` null for a file that
/// does not exist (the editor asks before creating one).
fn entry(root: &Path, path: &str) -> Value {
    let bytes = inside(root, path).ok().and_then(|p| std::fs::read(p).ok());
    match bytes {
        Some(bytes) => json!({
            "data": String::from_utf8_lossy(&bytes),
            "file": { "path": path, "id": sha256_hex(&bytes) },
        }),
        None => json!({ "data": null, "file": { "path": path, "id": null } }),
    }
}

fn media(root: &Path, path: &str) -> Result<Value, String> {
    let bytes = std::fs::read(inside(root, path)?).map_err(|e| e.to_string())?;
    Ok(json!({
        "id": sha256_hex(&bytes),
        "content": BASE64.encode(&bytes),
        "encoding": "base64",
        "path": path,
        "name": path.rsplit('/').next().unwrap_or(path),
    }))
}

fn decode(asset: &Value) -> Result<Vec<u8>, String> {
    let content = asset["content"].as_str().ok_or("`content` is missing")?;
    BASE64.decode(content).map_err(|e| e.to_string())
}

fn write(root: &Path, path: &str, bytes: &[u8]) -> Result<(), String> {
    let target = inside(root, path)?;
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    }
    std::fs::write(target, bytes).map_err(|e| e.to_string())
}

fn remove(root: &Path, path: &str) -> Result<(), String> {
    let target = inside(root, path)?;
    match std::fs::remove_file(target) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_written_read_and_listed_inside_content_only() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let persist = json!({ "action": "persistEntry", "params": { "branch": "main",
            "dataFiles": [{ "slug": "x", "path": "content/stories/x.fr.md", "raw": "---\ntitle: X\n---\nTexte\n" }],
            "assets": [], "options": {} } });
        let (status, _) = answer(root, persist.to_string().as_bytes());
        assert_eq!(status, 200);
        let list = json!({ "action": "entriesByFolder", "params": { "branch": "main",
            "folder": "content/stories", "extension": "md", "depth": 1 } });
        let (_, entries) = answer(root, list.to_string().as_bytes());
        assert_eq!(entries[0]["file"]["path"], "content/stories/x.fr.md");
        assert_eq!(entries[0]["data"], "---\ntitle: X\n---\nTexte\n");
        for path in [
            "../outside.md",
            "/etc/passwd",
            "themes/espace/x",
            "content/../../x",
            "content\\x",
        ] {
            let bad = json!({ "action": "persistEntry", "params": {
                "dataFiles": [{ "path": path, "raw": "x" }], "assets": [] } });
            let (status, error) = answer(root, bad.to_string().as_bytes());
            assert_eq!(status, 422, "{path}: {error}");
        }
        let missing =
            json!({ "action": "getEntry", "params": { "path": "content/stories/none.md" } });
        assert_eq!(
            answer(root, missing.to_string().as_bytes()).1["data"],
            Value::Null
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_symbolic_link_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::os::unix::fs::symlink("/etc", dir.path().join("content/etc")).unwrap();
        let read = json!({ "action": "getMediaFile", "params": { "path": "content/etc/passwd" } });
        assert_eq!(answer(dir.path(), read.to_string().as_bytes()).0, 422);
    }
}
