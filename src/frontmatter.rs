//! Splitting a Markdown file into its YAML front matter and its body.

use crate::diag::{Diagnostic, Pos};
use crate::msg;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// Lines above the first YAML line (the opening `---`): add it to a YAML
    /// line number to get the file's line number.
    pub yaml_line_offset: usize,
    pub body: &'a str,
    /// 1-based file line of the body's first line.
    pub body_first_line: usize,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// `text` must already have its BOM removed and its line endings made `\n`.
pub fn split<'a>(text: &'a str, file: &str) -> Result<Split<'a>, Diagnostic> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if !is_fence(first) {
        let help = if first.trim().is_empty() && text.trim().is_empty() {
            msg!("front-matter-empty-file-help")
        } else {
            msg!("front-matter-missing-help")
        };
        return Err(Diagnostic::error(msg!("front-matter-missing"))
            .in_file(file)
            .at(Some(Pos::new(1, 1)))
            .help(help));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (index, line) in lines.enumerate() {
        if is_fence(line) {
            return Ok(Split {
                yaml: &text[yaml_start..offset],
                yaml_line_offset: 1,
                body: &text[offset + line.len()..],
                body_first_line: index + 3,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(msg!("front-matter-unclosed"))
        .in_file(file)
        .at(Some(Pos::new(1, 1)))
        .help(msg!("front-matter-unclosed-help")))
}

/// Read a source file's text: UTF-8 required, BOM dropped, CRLF made LF.
pub fn decode(bytes: Vec<u8>, file: &str) -> Result<String, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(text) => {
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text);
            Ok(if text.contains('\r') {
                text.replace("\r\n", "\n").replace('\r', "\n")
            } else {
                text
            })
        }
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            Err(Diagnostic::error(msg!("not-utf8"))
                .in_file(file)
                .at(Some(Pos::of_offset(&prefix, prefix.len())))
                .help(msg!("not-utf8-help")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_yaml_and_body_with_line_numbers() {
        let s = split("---\ntitle: x\ndate: 2024-01-01\n---\n# Body\n", "f.md").unwrap();
        assert_eq!(s.yaml, "title: x\ndate: 2024-01-01\n");
        assert_eq!(s.body, "# Body\n");
        assert_eq!(s.yaml_line_offset, 1);
        assert_eq!(s.body_first_line, 5);
    }

    #[test]
    fn empty_front_matter_and_empty_body() {
        let s = split("---\n---\n", "f.md").unwrap();
        assert_eq!(s.yaml, "");
        assert_eq!(s.body, "");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let err = split("---\ntitle: x\n\nBody", "f.md").unwrap_err();
        assert_eq!(err.message, "the front matter is never closed");
    }

    #[test]
    fn missing_front_matter_is_an_error() {
        let err = split("# Just text\n", "f.md").unwrap_err();
        assert_eq!(err.message, "missing front matter");
    }

    #[test]
    fn decode_drops_bom_and_crlf() {
        let text = decode(b"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\n".to_vec(), "f").unwrap();
        assert_eq!(text, "---\ntitle: x\n---\n");
    }

    #[test]
    fn decode_points_at_invalid_byte() {
        let err = decode(b"title: ok\nname: \xff\n".to_vec(), "f").unwrap_err();
        assert_eq!(err.pos, Some(Pos::new(2, 7)));
    }
}
