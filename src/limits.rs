//! The sizes a site's files may have. Content comes from many
//! municipalities; one careless export (a whole database pasted into a
//! story, a 2 GB video as a "dataset") must be refused with a clear
//! message, not take the build's memory or time. Every limit is far above
//! what the network's real content needs.

use crate::diag::Diagnostic;
use crate::messages::Arg::Bytes;
use crate::msg;
use std::path::Path;

/// A Markdown or YAML source: the charter is 60 kB, a story 5 kB.
pub const MAX_TEXT_FILE: u64 = 2 * MB;

/// Dataset and deliverable files above this are not held in memory: they
/// are hashed and previewed as a stream, then copied as they are.
pub const STREAM_ABOVE: u64 = 8 * MB;

/// Larger files belong on a file host, linked from the site; most static
/// hosts refuse files of this size anyway.
pub const MAX_DATA_FILE: u64 = 512 * MB;

/// Tags on one story: a handful make a story findable; hundreds would make
/// hundreds of pages list it.
pub const MAX_TAGS_PER_STORY: usize = 20;

const MB: u64 = 1024 * 1024;

/// "10.0 MB", the way a file manager shows it.
pub fn human_size(bytes: u64) -> String {
    if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else {
        format!("{} kB", bytes.div_ceil(1024))
    }
}

/// An error when the Markdown or YAML file at `path` is over the limit;
/// checked before the file is read.
pub fn text_too_large(path: &Path, rel: &str) -> Option<Diagnostic> {
    let size = std::fs::metadata(path).ok()?.len();
    (size > MAX_TEXT_FILE).then(|| {
        Diagnostic::error(msg!(
            "text-too-large",
            size = Bytes(size),
            limit = Bytes(MAX_TEXT_FILE)
        ))
        .in_file(rel)
        .help(msg!("text-too-large-help"))
    })
}

/// An error when a published data file is over the limit.
pub fn data_too_large(size: u64, rel: &str) -> Option<Diagnostic> {
    (size > MAX_DATA_FILE).then(|| {
        Diagnostic::error(msg!(
            "data-too-large",
            size = Bytes(size),
            limit = Bytes(MAX_DATA_FILE)
        ))
        .in_file(rel)
        .help(msg!("data-too-large-help"))
    })
}

/// A photo over this many pixels is refused from its header, before it is
/// decoded: a 50,000 × 50,000 PNG of 2.4 MB would take 10 GB decoded. A
/// 48-megapixel phone photo passes.
pub const MAX_PHOTO_PIXELS: u64 = 60_000_000;

/// A code block longer than this is shown plain, not highlighted: the
/// coloured HTML of a 1.8 MB block was 115 MB.
pub const MAX_HIGHLIGHTED_BYTES: usize = 100 * 1024;

/// A dataset's preview shows at most this many columns, each cell cut to
/// `PREVIEW_CELL_CHARS`: a 700,000-column CSV made a 57 MB page.
pub const PREVIEW_COLUMNS: usize = 30;
pub const PREVIEW_CELL_CHARS: usize = 200;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_a_file_manager() {
        assert_eq!(human_size(10 * MB), "10.0 MB");
        assert_eq!(human_size(1500), "2 kB");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_by_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.md");
        let file = std::fs::File::create(&path).unwrap();
        file.set_len(3 * MB).unwrap();
        let d = text_too_large(&path, "content/pages/big.fr.md").unwrap();
        assert!(
            d.message.to_string().starts_with("this file is 3.0 MB"),
            "{}",
            d.message
        );
        file.set_len(MAX_TEXT_FILE).unwrap();
        assert!(text_too_large(&path, "x").is_none());
    }

    #[test]
    fn a_published_file_over_the_limit_is_refused() {
        let d = data_too_large(600 * MB, "content/datasets/x/video.csv").unwrap();
        assert_eq!(
            d.message,
            "this file is 600.0 MB; a published file may be at most 512.0 MB"
        );
        assert!(data_too_large(MAX_DATA_FILE, "x").is_none());
    }
}
