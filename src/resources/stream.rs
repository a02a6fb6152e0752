//! A large dataset file published as it is: read once, in pieces, to
//! hash it, check its encoding and take its first rows, never held whole.

use super::*;

/// A large file read once as a stream: hashed, checked to be UTF-8 when it
/// is text, and read as a table for its preview and schema, holding only
/// a buffer and the preview's rows. It is then copied as it is.
pub(super) fn stream(
    path: &Path,
    size: u64,
    format: &str,
    is_text: bool,
    rel: &str,
) -> Result<Prepared, StreamError> {
    let file = std::fs::File::open(path).map_err(StreamError::Read)?;
    let mut tee = Tee {
        inner: std::io::BufReader::with_capacity(1 << 16, file),
        hash: Sha256::new(),
        utf8: Utf8Check::default(),
        read: 0,
    };
    let not_utf8 = || {
        StreamError::Diagnostic(
            Diagnostic::error(msg!("stream-not-utf8", size = Bytes(size)))
                .in_file(rel)
                .help(msg!(
                    "stream-as-is-help",
                    limit = Bytes(limits::STREAM_ABOVE)
                )),
        )
    };
    let delimiter = match format {
        "CSV" => Some(b','),
        "TSV" => Some(b'\t'),
        _ => None,
    };
    let table = match delimiter.map(|d| read_table(&mut tee, d, rel)) {
        // A table that does not parse because it is not UTF-8: say that.
        Some(Err(_)) if tee.utf8.bad => return Err(not_utf8()),
        Some(Err(d)) => return Err(StreamError::Diagnostic(d)),
        // Too large to convert in memory: refused rather than published
        // as one column.
        Some(Ok(table))
            if format == "CSV" && table.fields.len() == 1 && table.fields[0].name.contains(';') =>
        {
            return Err(StreamError::Diagnostic(
                Diagnostic::error(msg!("csv-french-excel-large"))
                    .in_file(rel)
                    .at(Some(Pos::new(1, 1)))
                    .help(msg!("csv-french-excel-large-help")),
            ))
        }
        Some(Ok(table)) => Some(table),
        None => None,
    };
    std::io::copy(&mut tee, &mut std::io::sink()).map_err(StreamError::Read)?;
    if is_text && !tee.utf8.is_clean() {
        return Err(not_utf8());
    }
    Ok(Prepared {
        path: String::new(),
        bytes: Vec::new(),
        source: Some(path.to_path_buf()),
        size: tee.read,
        sha256: hex(&tee.hash.finalize()),
        media_type: media_type(format),
        format: format.to_string(),
        table,
    })
}

/// Passes a file's bytes through, hashing them and checking their UTF-8.
struct Tee<R> {
    inner: R,
    hash: Sha256,
    utf8: Utf8Check,
    read: u64,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.utf8.feed(&buf[..n], self.read == 0);
        self.read += n as u64;
        Ok(n)
    }
}

/// UTF-8 validation across chunk boundaries: a character cut in two by a
/// read is completed by the next one.
#[derive(Default)]
pub(super) struct Utf8Check {
    pending: Vec<u8>,
    bad: bool,
}

impl Utf8Check {
    pub(super) fn feed(&mut self, chunk: &[u8], first: bool) {
        if self.bad || chunk.is_empty() {
            return;
        }
        if first && chunk.starts_with(&[0xEF, 0xBB, 0xBF]) {
            self.bad = true;
            return;
        }
        let joined;
        let data = if self.pending.is_empty() {
            chunk
        } else {
            joined = [std::mem::take(&mut self.pending).as_slice(), chunk].concat();
            &joined
        };
        if let Err(e) = std::str::from_utf8(data) {
            match e.error_len() {
                Some(_) => self.bad = true,
                None => self.pending = data[e.valid_up_to()..].to_vec(),
            }
        }
    }

    pub(super) fn is_clean(&self) -> bool {
        !self.bad && self.pending.is_empty()
    }
}

pub(super) fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
