//! Reading the files a build reads (settings, UI strings, templates,
//! data, copies) without following a symbolic link: a link in the site
//! pointing at `/proc/self/environ` or `/etc/passwd` would otherwise be
//! read, printed in an error's excerpt, or served. Content files are
//! refused the same way by `discover`.

use std::io;
use std::path::Path;

/// The bytes of `path`, refusing a symbolic link at `path` itself, and
/// (where the system allows) one swapped in between the check and the
/// read.
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    if is_link(path) {
        return Err(link_error());
    }
    let mut file = open_no_follow(path)?;
    let mut bytes = Vec::new();
    io::Read::read_to_end(&mut file, &mut bytes)?;
    Ok(bytes)
}

/// `read`, as text (lossy UTF-8 is the caller's choice: this one fails).
pub fn read_to_string(path: &Path) -> io::Result<String> {
    String::from_utf8(read(path)?).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// Whether `path` is a symbolic link (a missing file is not).
pub fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Whether any part of `path` below `root` is a symbolic link: a folder
/// linked out of the site leads out as surely as a file.
pub fn leads_out(root: &Path, path: &Path) -> bool {
    let Ok(rest) = path.strip_prefix(root) else {
        return true;
    };
    let mut at = root.to_path_buf();
    rest.components().any(|part| {
        at.push(part);
        is_link(&at)
    })
}

fn link_error() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        "a symbolic link: fadaa reads only files inside the site",
    )
}

#[cfg(unix)]
fn open_no_follow(path: &Path) -> io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::File::options()
        .read(true)
        .custom_flags(libc_no_follow())
        .open(path)
        .map_err(|e| {
            if e.raw_os_error() == Some(ELOOP) {
                link_error()
            } else {
                e
            }
        })
}

#[cfg(not(unix))]
fn open_no_follow(path: &Path) -> io::Result<std::fs::File> {
    std::fs::File::open(path)
}

#[cfg(target_os = "linux")]
fn libc_no_follow() -> i32 {
    libc::O_NOFOLLOW
}

#[cfg(all(unix, not(target_os = "linux")))]
fn libc_no_follow() -> i32 {
    // O_NOFOLLOW on the BSDs and macOS.
    0x0100
}

#[cfg(target_os = "linux")]
const ELOOP: i32 = libc::ELOOP;
#[cfg(all(unix, not(target_os = "linux")))]
const ELOOP: i32 = 62;

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_not_read_and_a_file_is() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret");
        std::fs::write(&secret, "SECRET=1").unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("content")).unwrap();
        let link = site.join("content/site.yaml");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        assert!(read(&link).is_err());
        assert!(read(&secret).is_ok());
        let linked_folder = site.join("themes");
        std::os::unix::fs::symlink(dir.path(), &linked_folder).unwrap();
        assert!(leads_out(&site, &linked_folder.join("secret")));
        assert!(!leads_out(&site, &site.join("content")));
    }
}
