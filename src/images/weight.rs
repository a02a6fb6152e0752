//! Photos far heavier than the guide asks: a reader on a phone pays for
//! every byte, so the writer is told the size and the limit.

use crate::diag::{Diagnostic, Diagnostics};
use crate::discover::Kind;
use crate::messages::Arg::Bytes;
use crate::msg;
use crate::site::Site;

/// What the guide asks a photo to weigh at most (200 kB), and the weight
/// over which a photo is "far over" it and the writer is told.
pub const GUIDE_PHOTO_BYTES: u64 = 200 * 1024;
const HEAVY_PHOTO_BYTES: u64 = 5 * GUIDE_PHOTO_BYTES;

/// A warning for each photo in a story's folder far heavier than the
/// guide asks: a reader on a phone pays for every byte of it.
pub fn heavy_photos(site: &Site, diags: &mut Diagnostics) {
    let photos = site
        .bundle_files
        .iter()
        .filter(|f| f.kind == Kind::Story && is_photo(&f.name));
    for photo in photos {
        let Ok(size) = std::fs::metadata(&photo.path).map(|m| m.len()) else {
            continue;
        };
        if size > HEAVY_PHOTO_BYTES {
            diags.push(
                Diagnostic::warning(msg!(
                    "photo-too-heavy",
                    size = Bytes(size),
                    limit = Bytes(GUIDE_PHOTO_BYTES)
                ))
                .in_file(&photo.rel)
                .help(msg!("photo-too-heavy-help")),
            );
        }
    }
}

fn is_photo(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp", ".gif"]
        .iter()
        .any(|e| lower.ends_with(e))
}
