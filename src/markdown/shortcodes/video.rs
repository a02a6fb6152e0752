//! The video hosts a `video` shortcode accepts, and the two addresses each
//! video gets: the page on its host (the link that works without
//! JavaScript) and the player put in the page once the reader clicks
//! (YouTube's cookie-less domain, Vimeo with "do not track").

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Video {
    /// `youtube` or `vimeo`.
    pub provider: &'static str,
    /// The host's name as readers know it.
    pub host: &'static str,
    /// The video's page on its host.
    pub watch_url: String,
    /// The player, asked for only after the reader's click.
    pub embed_url: String,
}

/// The video at `url`, when it is a YouTube or Vimeo address.
pub fn parse(url: &str) -> Option<Video> {
    let url = url.trim();
    let rest = strip_prefix_ignore_case(url, "https://")
        .or_else(|| strip_prefix_ignore_case(url, "http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest[..end].to_ascii_lowercase();
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .unwrap_or(&host);
    let (path, query) = match rest[end..].split_once('?') {
        Some((p, q)) => (p, q.split('#').next().unwrap_or("")),
        None => (rest[end..].split('#').next().unwrap_or(""), ""),
    };
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match host {
        "youtube.com" | "youtube-nocookie.com" => {
            let id = match segments.as_slice() {
                ["watch"] => query_value(query, "v")?,
                ["embed" | "shorts" | "live" | "v", id] => id,
                _ => return None,
            };
            youtube(id)
        }
        "youtu.be" => match segments.as_slice() {
            [id] => youtube(id),
            _ => None,
        },
        "vimeo.com" | "player.vimeo.com" => {
            let (id, hash) = match segments.as_slice() {
                [id] | ["video", id] => (*id, query_value(query, "h")),
                [id, hash] if is_digits(id) => (*id, Some(*hash)),
                _ => return None,
            };
            vimeo(id, hash)
        }
        _ => None,
    }
}

fn youtube(id: &str) -> Option<Video> {
    let valid = id.len() == 11
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then(|| Video {
        provider: "youtube",
        host: "YouTube",
        watch_url: format!("https://www.youtube.com/watch?v={id}"),
        embed_url: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
    })
}

/// A Vimeo video; `hash` is the key of an unlisted one.
fn vimeo(id: &str, hash: Option<&str>) -> Option<Video> {
    if !is_digits(id)
        || hash.is_some_and(|h| h.is_empty() || !h.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        return None;
    }
    let (page, key) = match hash {
        Some(h) => (format!("/{h}"), format!("&h={h}")),
        None => (String::new(), String::new()),
    };
    Some(Video {
        provider: "vimeo",
        host: "Vimeo",
        watch_url: format!("https://vimeo.com/{id}{page}"),
        embed_url: format!("https://player.vimeo.com/video/{id}?dnt=1&autoplay=1{key}"),
    })
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn query_value<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn youtube_addresses_in_every_form() {
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ#t=3",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ?si=abc",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ",
        ] {
            let v = parse(url).unwrap_or_else(|| panic!("{url}"));
            assert_eq!(v.watch_url, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
            assert_eq!(
                v.embed_url,
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
            );
        }
    }

    #[test]
    fn vimeo_addresses_get_do_not_track() {
        let v = parse("https://vimeo.com/76979871").unwrap();
        assert_eq!(v.watch_url, "https://vimeo.com/76979871");
        assert_eq!(
            v.embed_url,
            "https://player.vimeo.com/video/76979871?dnt=1&autoplay=1"
        );
        let unlisted = parse("https://vimeo.com/76979871/8272103f6e").unwrap();
        assert!(unlisted.embed_url.ends_with("&h=8272103f6e"));
        assert_eq!(
            parse("https://player.vimeo.com/video/76979871?h=8272103f6e"),
            Some(unlisted)
        );
    }

    #[test]
    fn other_hosts_and_broken_addresses_are_refused() {
        for url in [
            "https://www.dailymotion.com/video/x8abc",
            "https://www.facebook.com/watch?v=123",
            "https://youtube.com.evil.tn/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/channel/UCabc",
            "https://vimeo.com/channels/staffpicks",
            "javascript:alert(1)",
            "//www.youtube.com/watch?v=dQw4w9WgXcQ",
            "video.mp4",
        ] {
            assert_eq!(parse(url), None, "{url}");
        }
    }
}
