//! Web addresses as people write them in settings and content.

/// `https://host/reseau` → `/reseau/`; `None` when not an absolute http(s) URL.
pub fn base_path_of(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    if host.is_empty() || host.contains(char::is_whitespace) {
        return None;
    }
    let path = path.trim_matches('/');
    Some(if path.is_empty() {
        "/".into()
    } else {
        format!("/{path}/")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_paths() {
        assert_eq!(base_path_of("https://example.tn").as_deref(), Some("/"));
        assert_eq!(base_path_of("https://example.tn/").as_deref(), Some("/"));
        assert_eq!(
            base_path_of("https://host/reseau").as_deref(),
            Some("/reseau/")
        );
        assert_eq!(
            base_path_of("http://127.0.0.1:8000/a/b/").as_deref(),
            Some("/a/b/")
        );
        assert_eq!(base_path_of("example.tn"), None);
        assert_eq!(base_path_of("ftp://example.tn"), None);
    }
}
