use super::stream::Utf8Check;
use super::*;

#[test]
fn encodings_become_utf8() {
    assert_eq!(to_utf8(b"a,b\n"), ("a,b\n".to_string(), None));
    let (text, note) = to_utf8(b"\xef\xbb\xbfa,b\n");
    assert_eq!(text, "a,b\n");
    assert!(note.unwrap().to_string().contains("byte-order mark"));
    // "صفاقس" in Windows-1256.
    let (text, note) = to_utf8(b"\xd5\xdd\xc7\xde\xd3,1\n");
    assert_eq!(text, "صفاقس,1\n");
    assert!(note.unwrap().to_string().contains("Windows-1256"));
    // "é" in UTF-16LE with BOM.
    let (text, _) = to_utf8(b"\xff\xfe\xe9\x00");
    assert_eq!(text, "é");
}

#[test]
fn schema_is_inferred_per_column() {
    let t = read_table(
        &b"month,requests,rate,label\n2024-01-01,12,0.5,x\n2024-02-01,,1,y\n"[..],
        b',',
        "f",
    )
    .unwrap();
    let kinds: Vec<&str> = t.fields.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, ["date", "integer", "number", "string"]);
    assert_eq!(t.rows, 2);
}

#[test]
fn a_broken_row_is_reported_with_its_line() {
    let err = read_table(&b"a,b\n1,2\n3\n"[..], b',', "content/datasets/x/f.csv").unwrap_err();
    assert_eq!(
        err.to_string().lines().next().unwrap(),
        "content/datasets/x/f.csv:3:1: error: this row has 1 fields but the header has 2"
    );
}

#[test]
fn utf8_is_checked_across_reads_that_cut_a_character() {
    let text = "صفاقس,é\n".repeat(3);
    for cut in 0..text.len() {
        let (a, b) = text.as_bytes().split_at(cut);
        let mut check = Utf8Check::default();
        check.feed(a, true);
        check.feed(b, a.is_empty());
        assert!(check.is_clean(), "cut at {cut}");
    }
    let mut cut_short = Utf8Check::default();
    cut_short.feed(&"ص".as_bytes()[..1], true);
    assert!(!cut_short.is_clean(), "a file ending mid-character");
    let mut latin1 = Utf8Check::default();
    latin1.feed(b"caf\xe9\n", true);
    assert!(!latin1.is_clean());
    let mut bom = Utf8Check::default();
    bom.feed(b"\xef\xbb\xbfa,b\n", true);
    assert!(!bom.is_clean());
}
