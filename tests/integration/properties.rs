//! Property tests (proptest) for the code that reads what editors write:
//! front matter, YAML, Markdown with its sanitiser, opening hours and the
//! search analyzer. The inputs are hostile and structured: fences, line
//! endings, BOMs, YAML anchors, script and event handlers, Arabic with
//! tashkeel, control characters, deep nesting and long lines, mixed with
//! random text.
//!
//! Each property runs 256 cases unless `PROPTEST_CASES` says otherwise. A
//! long session:
//!
//! ```sh
//! PROPTEST_CASES=100000 cargo test --release --test integration properties
//! ```
//!
//! A failing case is shrunk and its seed saved in
//! `tests/proptest-regressions/properties.txt`, committed and replayed first
//! on every run; docs/fuzzing.md says how to keep it as a plain test.

use fadaa::analyzer::{analyze, normalize, stem_word, words};
use fadaa::diag::{Diagnostic, Pos};
use fadaa::frontmatter;
use fadaa::hours::{self, Hours, Rule, Span};
use fadaa::lang::Dir;
use fadaa::links::Links;
use fadaa::markdown::{self, Env, Rendered};
use fadaa::model::{MemberFile, PageFront, RefList, StoryFront};
use fadaa::yaml::{self, Origin};
use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, TestCaseError};
use serde::de::DeserializeOwned;

/// 256 cases unless `PROPTEST_CASES` is set; failures persisted beside the
/// test crate, in `tests/proptest-regressions/`.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::SourceParallel(
            "proptest-regressions",
        ))),
        ..ProptestConfig::default()
    }
}

const FILE: &str = "content/stories/fuzz.fr.md";
const ORIGIN: Origin<'static> = Origin {
    file: FILE,
    line_offset: 1,
};
/// File line of the Markdown's first line, as after a front matter.
const FIRST_LINE: usize = 5;
const LANGS: &[&str] = &["ar", "fr"];

// ------------------------------------------------------------------ inputs

/// Fragments that break parsers: fences, line endings, BOM, YAML
/// indicators, script URLs, Arabic with tashkeel, French typography,
/// nesting, control characters, bidi overrides, line separators.
const HOSTILE: &[&str] = &[
    "---",
    "---\n",
    "--- \n",
    "\n---\n",
    "...\n",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\u{feff}",
    ": ",
    "- ",
    "? ",
    "&a ",
    "*a",
    "!!str ",
    "#",
    "\"",
    "'",
    "\\",
    "`",
    "|",
    "javascript:alert(1)",
    "onerror=",
    "[x](javascript:alert(1))",
    "بلدية صفاقس",
    "جانفي",
    "الْمَبَادِئ",
    "\u{064E}",
    "\u{0651}",
    "\u{0640}",
    "Espace Citoyen à Sfax : « accueil » !",
    "œ",
    "É",
    "ß",
    "l’espace",
    ">>>>>>>>",
    "- - - - - - ",
    "[[[[[[",
    "]]]]]]",
    "\u{0}",
    "\u{1}",
    "\u{8}",
    "\u{b}",
    "\u{c}",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{a0}",
    "\u{ad}",
    "\u{200b}",
    "\u{200d}",
    "\u{200f}",
    "\u{202e}",
    "\u{2028}",
    "\u{2029}",
    "\u{3000}",
    "\u{fffd}",
    "\u{10ffff}",
    "\t",
    "    ",
    "٠١٢٣",
    "08:00",
];

/// Raw HTML an author might paste, or an attacker write.
const RAW_HTML: &[&str] = &[
    "<script>alert(1)</script>",
    "<script",
    "</script>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"x\" title=\"<script>\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
    "<a href=\" javascript:alert(1)\">x</a>",
    "<a href=javascript:alert(1)>x</a>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>",
    "<a href=\"vbscript:msgbox(1)\">v</a>",
    "<img src=\"data:image/png;base64,AAAA\">",
    "<iframe src=\"https://evil.example/\"></iframe>",
    "<iframe>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<svg><style><img src=x onerror=alert(1)></style></svg>",
    "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    "<form action=\"/x\"><input name=a></form>",
    "<form>",
    "<button formaction=javascript:alert(1)>b</button>",
    "<object data=\"x.swf\"></object>",
    "<embed src=x>",
    "<base href=\"//evil.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<link rel=stylesheet href=//evil.example/x.css>",
    "<style>body{display:none}</style>",
    "<p style=\"background:url(javascript:alert(1))\">p</p>",
    "<table><tr><td style=\"text-align: center\">1</td></tr></table>",
    "<p onclick=\"alert(1)\">",
    "<b onmouseover=alert(1)>b</b>",
    "<div/onclick=alert(1)>",
    "<details open ontoggle=alert(1)>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "<textarea><script>",
    "<xmp><script>",
    "<plaintext>",
    "<!-- x -->",
    "<!--",
    "-->",
    "<![CDATA[x]]>",
    "<?xml x?>",
    "<h2 id=\"x\">",
    "<p dir=\"rtl\" lang=\"ar\">",
    "<figure><figcaption>c</figcaption></figure>",
    "<mark>m</mark>",
    "</p>",
    "<",
    ">",
    "=",
];

/// Markdown structure and links of every kind, the dangerous ones included.
/// No `{…}` attribute blocks: those have a property of their own.
const MARKDOWN: &[&str] = &[
    "\n",
    "\n\n",
    "# ",
    "\n## ",
    "\n### ",
    "\n###### ",
    "Titre",
    "Résultats",
    "عنوان",
    "\n===\n",
    "\n---\n",
    "\n***\n",
    "- ",
    "\n- ",
    "\n  - ",
    "\n1. ",
    "\n* ",
    "> ",
    "\n> > ",
    "\n    indented code\n",
    "\n```rust\nfn main() { let x = \"<a>\"; }\n```\n",
    "\n```yaml\na: [b\n```\n",
    "\n```\n",
    "```",
    "\n~~~js\nalert(1)\n~~~\n",
    "\n```\"><script>alert(1)</script>\nx\n```\n",
    "`code`",
    "``",
    "**gras**",
    "_italique_",
    "~~barré~~",
    "\\",
    "  \n",
    "[^1]",
    "\n[^1]: note\n",
    "[^x y]",
    "\n| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
    " | ",
    "![photo](photo.jpg)",
    "![x](javascript:alert(1))",
    "[lien](https://example.tn)",
    "[lien](../members/sfax.yaml)",
    "[lien](principles.md#valeurs)",
    "[lien](#ancre)",
    "[lien](//example.tn)",
    "[lien](mailto:x@y.tn)",
    "[lien](tel:+21671000000)",
    "<https://example.tn>",
    "<x@y.tn>",
    "[x](JaVaScRiPt:alert(1))",
    "[x](<java\tscript:alert(1)>)",
    "[x](<\u{1}javascript:alert(1)>)",
    "[x](javascript&#58;alert(1))",
    "[x](data:text/html,alert)",
    "[x](vbscript:msgbox)",
    "<javascript:alert(1)>",
    "[ref]",
    "[x][ref]",
    "\n[ref]: javascript:alert(1)\n",
    "\n[ref]: https://example.tn \"titre\"\n",
    "[x](/Cargo.toml)",
    "[x](/../../etc/passwd)",
    "[x](../../../../etc/passwd)",
    "[x](https://example.tn \"t\\\"onclick=x\")",
    "Horaires : 08:00 !",
    "« Espace »",
    "&amp;",
    "&#0;",
    "&#x0;",
    "&lt;script&gt;",
    "&#60;script&#62;",
    "\\<script>",
    // Shortcodes: whole, broken, nested, beside raw HTML and in code.
    "\n{{ figure(src=\"photo.jpg\", alt=\"x\", caption=\"<b onclick=x>\") }}\n",
    "\n{{ member(slug=\"sfax\") }}\n",
    "\n{{ video(url=\"https://youtu.be/dQw4w9WgXcQ\", title=\"t\") }}\n",
    "\n{% callout(kind=\"warning\", title=\"\\\"><script>\") %}\n",
    "\n{% end %}\n",
    "{{ ",
    "{% ",
    " }}",
    "(x=\"",
    "\u{E000}0\u{E001}",
    "<img src=\"https://example.org/a.png\">",
    "![x](//cdn.example.org/a.png)",
];

/// YAML syntax and the fields of the real front matter and member files.
const YAML: &[&str] = &[
    "title: ",
    "date: ",
    "member: ",
    "summary: ",
    "tags: ",
    "draft: ",
    "cover: ",
    "name: ",
    "governorate: ",
    "location: ",
    "status: ",
    "hours: ",
    "services: ",
    "lat: ",
    "lon: ",
    "sfax",
    "Mo-Fr 08:00-17:00",
    "2024-02-29",
    "2025-02-30",
    "2024-13-01",
    "\"2024-01-01\"",
    "{ ar: بلدية صفاقس, fr: Sfax }",
    "{ lat: 34.74, lon: 10.76 }",
    "operational",
    "in-progress",
    "[a, b, c]",
    "[",
    "]",
    "{",
    "}",
    ", ",
    ": ",
    "- ",
    "\n",
    "\n  ",
    "\n    - ",
    "\t",
    "&a ",
    "*a",
    "&b [*a, *a, *a]",
    "<<: *a",
    "? ",
    "!!str ",
    "!!binary ",
    "!custom ",
    "|\n  ",
    ">-\n  ",
    "'",
    "\"",
    "\"\\u0000\"",
    "\"\\uD800\"",
    "\"\\x\"",
    "#",
    " # note",
    "%YAML 1.2\n",
    "%TAG ! tag:x,2000:\n",
    "---\n",
    "...\n",
    "~",
    "null",
    ".nan",
    "-.inf",
    "1e999",
    "0x1F",
    "0o17",
    "99999999999999999999999999",
    "-0",
    "yes",
    "membre: x",
    "titre: ",
    "جانفي",
];

/// Fragments repeated up to a thousand times: deep nesting, long lines.
const RUNS: &[&str] = &[
    ">", "> ", "- ", "* ", "[", "](", "*", "_", "`", "#", "a", "ا", "\u{064E}", "<b>", "<div>",
    "&amp;", " ", "\n", "|", "\\", "[^", "![", "- [", "[[", "\t", "é", "'", "{a: ",
];

/// What search reads: elisions, Arabic articles and suffixes, letter
/// variants, digits, ligatures, joiners and combining marks.
const SEARCH: &[&str] = &[
    "l'espace",
    "L’Espace",
    "aujourd'hui",
    "jusqu'à",
    "qu'il",
    "presqu'île",
    "'",
    "''",
    "x'",
    "'x",
    " ' ",
    "بلدية صفاقس",
    "والبلديات",
    "بالمدينة",
    "فضاء المواطن",
    "الْمَبَادِئ",
    "\u{064E}",
    "\u{0640}",
    "ٱ",
    "ى",
    "ة",
    "ی",
    "ک",
    "Œuvre",
    "ŒUVRE",
    "Straße",
    "ẞ",
    "ÉCOLE",
    "chevaux",
    "journaux",
    "années",
    "nouvelle",
    "eaux",
    "١٢٣",
    "۱۲۳",
    "ﻻ",
    "ﷲ",
    "ΣΑΣ",
    "İstanbul",
    "ﬁ",
    "Ⅻ",
    "Ｓｆａｘ",
    "\u{200D}",
    "\u{200C}",
    "\u{00AD}",
    "\u{FEFF}",
    "\u{0301}",
    "\u{20D0}",
    "\u{05B0}",
    "\u{0345}",
    "가",
    "\u{1100}\u{1161}",
    " ",
    "\t",
    "\n",
    "-",
    ".",
    "de",
    "la",
    "في",
];

/// Characters of Arabic and French text whose normalisation leaves no
/// combining mark behind (see `normalize_is_idempotent_on_arabic_and_french`).
const COMMON_SPECIALS: &[char] = &[
    '\t', '\n', '\u{2019}', '\u{2018}', '\u{02bc}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}',
    '\u{feff}', '\u{1e9e}', '\u{fb01}', '\u{ff33}', '\u{ff41}', '\u{2460}', '\u{216b}', '\u{212a}',
    '\u{2126}', '\u{3a3}', '\u{391}', '\u{3c2}', '\u{fefb}', '\u{fdf2}', '\u{fe8d}', '\u{fbfc}',
    '\u{feeb}', '\u{fe70}', '\u{fc5e}', '\u{202f}', '\u{2009}', '\u{130}', '\u{1c5}',
];

const HOURS_PIECES: &[&str] = &[
    "Mo",
    "Tu",
    "We",
    "Th",
    "Fr",
    "Sa",
    "Su",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "PH",
    "off",
    "Off",
    "OFF",
    "-",
    ",",
    ";",
    " ",
    "  ",
    ":",
    "08:00",
    "12:30",
    "00:00",
    "24:00",
    "24:01",
    "25:00",
    "23:60",
    "8:00",
    "08h00",
    "٠٨:٠٠",
    "08:00-17:00",
    "Mo-Fr",
    "Sa-Mo",
    "Nov-Feb",
    "Mo,We",
    "\u{a0}",
    "\t",
    "\n",
    "–",
    "Lu-Ve",
    "Ramadan",
    "Fri",
    "sunrise",
    "+",
    "PHoff",
    "0",
    "99:99",
];

const OPENERS: &[&str] = &[
    "---\n",
    "---\r\n",
    "--- \t\n",
    "---\u{3000}\n",
    "\u{feff}---\n",
    "---",
    "----\n",
    " ---\n",
    "-- -\n",
    "",
];
const CLOSERS: &[&str] = &[
    "---\n",
    "\n---\n",
    "---",
    "--- \n",
    "---\r\n",
    "---\u{2028}\n",
    "\n----\n",
    "...\n",
    "",
];
const FENCE_PADS: &[&str] = &["", " ", "\t", "  ", "\r", " \r", "\u{a0}", "\u{3000}"];
const ODD_BYTES: &[u8] = &[
    0xff, 0xfe, 0xef, 0xbb, 0xbf, 0xc0, 0xc3, 0x80, 0xe2, 0xed, 0xa0, 0xf4, 0x90, 0xd8, 0x0d, 0x0a,
    0x00,
];

fn pieces(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::sample::select(list).prop_map(|s| s.to_string())
}

/// One to five characters of any kind, controls and unassigned included.
fn any_chars() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 1..6).prop_map(|c| c.into_iter().collect::<String>())
}

fn long_run() -> impl Strategy<Value = String> {
    (prop::sample::select(RUNS), 1usize..1000).prop_map(|(s, n)| s.repeat(n))
}

/// Up to `max` fragments, mostly from `list`, some hostile or random.
fn text_from(list: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            6 => pieces(list),
            2 => pieces(HOSTILE),
            1 => any::<String>(),
            1 => any_chars(),
            1 => long_run(),
        ],
        0..max,
    )
    .prop_map(|v| v.concat())
}

fn hostile_text() -> impl Strategy<Value = String> {
    text_from(HOSTILE, 40)
}

fn yaml_text() -> impl Strategy<Value = String> {
    text_from(YAML, 40)
}

/// Markdown alone (rendered without the sanitiser) or mixed with raw HTML
/// (rendered through it).
fn markdown_text() -> impl Strategy<Value = String> {
    prop_oneof![
        text_from(MARKDOWN, 40),
        prop::collection::vec(
            prop_oneof![
                4 => pieces(MARKDOWN),
                3 => pieces(RAW_HTML),
                2 => pieces(HOSTILE),
                1 => any::<String>(),
                1 => long_run(),
            ],
            0..40,
        )
        .prop_map(|v| v.concat()),
    ]
}

/// A file as an editor might save it: opening fence (or not), YAML,
/// closing fence (or not), Markdown.
fn front_matter_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => (
            prop::sample::select(OPENERS),
            yaml_text(),
            prop::sample::select(CLOSERS),
            markdown_text(),
        )
            .prop_map(|(open, yaml, close, body)| format!("{open}{yaml}{close}{body}")),
        1 => hostile_text(),
    ]
}

/// Bytes of a file: a plausible one, one with broken UTF-8 spliced in, or
/// noise.
fn document_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => front_matter_text().prop_map(String::into_bytes),
        2 => (
            front_matter_text(),
            prop::collection::vec(prop::sample::select(ODD_BYTES), 1..4),
            any::<usize>(),
        )
            .prop_map(|(text, junk, at)| {
                let mut bytes = text.into_bytes();
                let tail = bytes.split_off(at % (bytes.len() + 1));
                bytes.extend(junk);
                bytes.extend(tail);
                bytes
            }),
        1 => prop::collection::vec(any::<u8>(), 0..256),
    ]
}

/// A YAML line that does not close the front matter.
fn yaml_line() -> impl Strategy<Value = String> {
    text_from(YAML, 6)
        .prop_map(|line| line.replace('\n', " "))
        .prop_filter("a fence would close the front matter", |line| {
            line.trim_end() != "---"
        })
}

fn search_text() -> impl Strategy<Value = String> {
    text_from(SEARCH, 30)
}

fn char_in(range: std::ops::Range<u32>) -> impl Strategy<Value = char> {
    range.prop_map(|c| char::from_u32(c).unwrap_or('?'))
}

/// ASCII, Latin-1, Latin Extended-A, the Arabic block and a few
/// compatibility forms: everything an Arabic or French page holds.
fn common_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            4 => char_in(0x20..0x7f),
            2 => char_in(0xa0..0x180),
            4 => char_in(0x600..0x700),
            2 => prop::sample::select(COMMON_SPECIALS),
        ],
        0..80,
    )
    .prop_map(|chars| chars.into_iter().collect::<String>())
}

/// YAML that expands (billion laughs) or nests `depth` deep.
fn bomb(shape: u8, depth: usize, width: usize) -> String {
    match shape {
        0 => format!("a: {}x{}\n", "[".repeat(depth), "]".repeat(depth)),
        1 => format!("a: {}x{}\n", "{a: ".repeat(depth), "}".repeat(depth)),
        2 => format!("{}x\n", "- ".repeat(depth)),
        _ => laughs(depth.min(10), width),
    }
}

/// `l0: &l0 [lol, lol, …]`, `l1: &l1 [*l0, *l0, …]`, …: `width^levels` lols.
fn laughs(levels: usize, width: usize) -> String {
    let mut text = format!("l0: &l0 [{}]\n", vec!["lol"; width].join(", "));
    for level in 1..levels {
        let refs = vec![format!("*l{}", level - 1); width].join(", ");
        text.push_str(&format!("l{level}: &l{level} [{refs}]\n"));
    }
    text
}

// ---------------------------------------------------------------- checks

/// Byte offset of `inner` in `outer`, failing unless `inner` is a slice of it.
fn offset_in(outer: &str, inner: &str) -> Result<usize, TestCaseError> {
    let base = outer.as_ptr() as usize;
    let start = inner.as_ptr() as usize;
    prop_assert!(
        start >= base && start + inner.len() <= base + outer.len(),
        "{inner:?} is not a slice of the input"
    );
    Ok(start - base)
}

/// A YAML diagnostic is an error in the right file, at a position inside
/// the text. libyaml also breaks lines at `\r`, U+0085, U+2028 and U+2029,
/// and places the end of a text without a final newline on the line after
/// it: hence `breaks + 2`.
fn check_yaml_error(d: &Diagnostic, text: &str, origin: Origin<'_>) -> Result<(), TestCaseError> {
    prop_assert!(d.is_error(), "{d}");
    prop_assert_eq!(d.file.as_deref(), Some(origin.file));
    let Some(pos) = d.pos else {
        return Err(TestCaseError::fail(format!("no position: {d}")));
    };
    let breaks = text
        .chars()
        .filter(|c| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}'))
        .count();
    let lines = (1 + origin.line_offset)..=(origin.line_offset + breaks + 2);
    prop_assert!(
        lines.contains(&pos.line),
        "line {} outside {lines:?}: {d}\n{text:?}",
        pos.line
    );
    let columns = 1..=(text.chars().count() + 1);
    prop_assert!(
        columns.contains(&pos.column),
        "column {} outside {columns:?}: {d}\n{text:?}",
        pos.column
    );
    Ok(())
}

fn parse_as<T: DeserializeOwned>(text: &str) -> Result<(), TestCaseError> {
    match yaml::parse::<T>(text, ORIGIN) {
        Ok(_) => Ok(()),
        Err(d) => check_yaml_error(&d, text, ORIGIN),
    }
}

fn render_markdown(source: &str, lang: &str, trust_raw_html: bool) -> Rendered {
    let links = Links::default();
    let env = Env {
        links: fadaa::links::Lookup::new(&links),
        lang,
        content_lang: lang,
        dir: if lang == "ar" { Dir::Rtl } else { Dir::Ltr },
        file: FILE,
        first_line: FIRST_LINE,
        fixed_pos: None,
        trust_raw_html,
        allow_external_images: false,
    };
    markdown::render(source, &env)
}

fn has_error(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "base",
    "meta",
    "link",
    "svg",
    "math",
    "template",
    "noscript",
    "xmp",
    "plaintext",
    "noembed",
    "noframes",
    "portal",
];
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "cite",
    "data",
    "srcset",
    "ping",
    "longdesc",
    "lowsrc",
    "dynsrc",
    "codebase",
    "manifest",
];
/// The only styles content may carry: table alignment.
const ALLOWED_STYLES: &[&str] = &[
    "text-align: left",
    "text-align: center",
    "text-align: right",
];

struct StartTag {
    name: String,
    /// Lower-cased names, entity-decoded values.
    attrs: Vec<(String, String)>,
}

/// The start tags a browser would see in `html`, tokenised the way HTML
/// does it: a quoted value hides `>` and `<`, `/` separates attributes,
/// names are case-insensitive. Text (escaped `&lt;`) holds no tag.
fn start_tags(html: &str) -> Vec<StartTag> {
    let chars: Vec<char> = html.chars().collect();
    let n = chars.len();
    let space = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{c}' | ' ');
    let find = |from: usize, needle: &[char]| (from..n).find(|&j| chars[j..].starts_with(needle));
    let mut tags = Vec::new();
    let mut i = 0;
    while i < n {
        if chars[i] != '<' {
            i += 1;
            continue;
        }
        i += 1;
        if chars[i..].starts_with(&['!', '-', '-']) {
            i = find(i + 3, &['-', '-', '>']).map_or(n, |j| j + 3);
            continue;
        }
        if i < n && matches!(chars[i], '!' | '?') {
            i = find(i, &['>']).map_or(n, |j| j + 1);
            continue;
        }
        let closing = i < n && chars[i] == '/';
        if closing {
            i += 1;
        }
        if i >= n || !chars[i].is_ascii_alphabetic() {
            // A `<` that opens no tag is text.
            continue;
        }
        let start = i;
        while i < n && !space(chars[i]) && chars[i] != '/' && chars[i] != '>' {
            i += 1;
        }
        let name = chars[start..i]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while i < n && (space(chars[i]) || chars[i] == '/') {
                i += 1;
            }
            if i >= n {
                break;
            }
            if chars[i] == '>' {
                i += 1;
                break;
            }
            let start = i;
            // The first character belongs to the name, even `=`.
            i += 1;
            while i < n && !space(chars[i]) && !matches!(chars[i], '/' | '>' | '=') {
                i += 1;
            }
            let attr = chars[start..i]
                .iter()
                .collect::<String>()
                .to_ascii_lowercase();
            while i < n && space(chars[i]) {
                i += 1;
            }
            let value = if i < n && chars[i] == '=' {
                i += 1;
                while i < n && space(chars[i]) {
                    i += 1;
                }
                if i < n && matches!(chars[i], '"' | '\'') {
                    let quote = chars[i];
                    i += 1;
                    let start = i;
                    while i < n && chars[i] != quote {
                        i += 1;
                    }
                    let value: String = chars[start..i].iter().collect();
                    i += 1;
                    value
                } else {
                    let start = i;
                    while i < n && !space(chars[i]) && chars[i] != '>' {
                        i += 1;
                    }
                    chars[start..i].iter().collect()
                }
            } else {
                String::new()
            };
            attrs.push((attr, decode_entities(&value)));
        }
        if !closing {
            tags.push(StartTag { name, attrs });
        }
    }
    tags
}

/// Character references as a browser decodes them in an attribute, for
/// the ones that can hide a URL scheme.
fn decode_entities(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest
            .find(';')
            .filter(|&end| end <= 12)
            .and_then(|end| entity(&rest[1..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "nbsp" => Some('\u{a0}'),
        "colon" => Some(':'),
        "Tab" | "tab" => Some('\t'),
        "NewLine" | "newline" => Some('\n'),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// A URL a browser would run: the scheme after dropping leading controls
/// and spaces and every tab and newline, as browsers do.
fn dangerous_url(value: &str) -> bool {
    let squeezed = value
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|scheme| squeezed.starts_with(scheme))
}

/// What in `html` a browser would run or load from content, if anything:
/// a forbidden element, an event handler, a style other than table
/// alignment, a script URL. With `urls_reported` (the render reported an
/// error, so the page is not published) dangerous URLs are excused: a
/// refused link is kept in the HTML of a page that never ships.
fn unsafe_markup(html: &str, urls_reported: bool) -> Option<String> {
    for tag in start_tags(html) {
        if FORBIDDEN_ELEMENTS.contains(&tag.name.as_str()) {
            return Some(format!("<{}> element", tag.name));
        }
        for (name, value) in &tag.attrs {
            let handler = name.len() > 2
                && name.starts_with("on")
                && name[2..].bytes().all(|b| b.is_ascii_lowercase());
            if handler {
                return Some(format!("event handler {name}={value:?} on <{}>", tag.name));
            }
            if name == "style" && !ALLOWED_STYLES.contains(&value.as_str()) {
                return Some(format!("style {value:?} on <{}>", tag.name));
            }
            if !urls_reported && URL_ATTRIBUTES.contains(&name.as_str()) && dangerous_url(value) {
                return Some(format!("script URL {name}={value:?} on <{}>", tag.name));
            }
        }
    }
    None
}

// ------------------------------------------------------------ front matter

proptest! {
    #![proptest_config(config())]

    #[test]
    fn front_matter_decode_accepts_exactly_utf8(bytes in document_bytes()) {
        let result = frontmatter::decode(bytes.clone(), FILE);
        match std::str::from_utf8(&bytes) {
            Ok(original) => {
                let text = result
                    .map_err(|d| TestCaseError::fail(format!("valid UTF-8 refused: {d}")))?;
                prop_assert!(!text.contains('\r'), "{text:?}");
                prop_assert!(text.len() <= original.len());
                if !original.contains('\r') && !original.starts_with('\u{feff}') {
                    prop_assert_eq!(text.as_str(), original);
                }
            }
            Err(invalid) => {
                let Err(d) = result else {
                    return Err(TestCaseError::fail("invalid UTF-8 accepted"));
                };
                // Valid up to there by definition.
                let before = String::from_utf8_lossy(&bytes[..invalid.valid_up_to()]);
                let line = before.matches('\n').count() + 1;
                let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
                prop_assert_eq!(d.pos, Some(Pos::new(line, column)));
                prop_assert_eq!(d.file.as_deref(), Some(FILE));
            }
        }
    }

    #[test]
    fn front_matter_split_returns_parts_of_its_input(text in front_matter_text()) {
        match frontmatter::split(&text, FILE) {
            Ok(split) => {
                let first_line = text.split_inclusive('\n').next().unwrap_or("");
                prop_assert_eq!(first_line.trim_end(), "---");
                let yaml_at = offset_in(&text, split.yaml)?;
                let body_at = offset_in(&text, split.body)?;
                prop_assert_eq!(yaml_at, first_line.len());
                prop_assert_eq!(body_at + split.body.len(), text.len());
                let yaml_end = yaml_at + split.yaml.len();
                prop_assert!(yaml_end <= body_at);
                // Between the two: the closing fence, nothing else.
                prop_assert_eq!(text[yaml_end..body_at].trim_end(), "---");
                prop_assert!(split
                    .yaml
                    .split_inclusive('\n')
                    .all(|line| line.ends_with('\n') && line.trim_end() != "---"));
                prop_assert_eq!(split.yaml_line_offset, 1);
                prop_assert_eq!(split.body_first_line, split.yaml.matches('\n').count() + 3);
            }
            Err(d) => {
                prop_assert!(d.is_error());
                prop_assert_eq!(d.file.as_deref(), Some(FILE));
                prop_assert_eq!(d.pos, Some(Pos::new(1, 1)));
            }
        }
    }

    #[test]
    fn front_matter_split_finds_the_parts_it_was_given(
        lines in prop::collection::vec(yaml_line(), 0..12),
        body in markdown_text(),
        pad in prop::sample::select(FENCE_PADS),
    ) {
        let mut yaml = String::new();
        for line in &lines {
            yaml.push_str(line);
            yaml.push('\n');
        }
        let text = format!("---{pad}\n{yaml}---{pad}\n{body}");
        let split = frontmatter::split(&text, FILE)
            .map_err(|d| TestCaseError::fail(d.to_string()))?;
        prop_assert_eq!(split.yaml, yaml.as_str());
        prop_assert_eq!(split.body, body.as_str());
        prop_assert_eq!(split.body_first_line, lines.len() + 3);
    }

    /// decode → split → YAML → Markdown, as `parse` and `content` chain
    /// them for a story.
    #[test]
    fn front_matter_pipeline_never_panics(bytes in document_bytes()) {
        let Ok(text) = frontmatter::decode(bytes, FILE) else {
            return Ok(());
        };
        let Ok(split) = frontmatter::split(&text, FILE) else {
            return Ok(());
        };
        let origin = Origin { file: FILE, line_offset: split.yaml_line_offset };
        if let Err(d) = yaml::parse::<StoryFront>(split.yaml, origin) {
            check_yaml_error(&d, split.yaml, origin)?;
        }
        let rendered = render_markdown(split.body, "fr", false);
        prop_assert!(rendered.words <= rendered.text.len());
    }
}

// -------------------------------------------------------------------- YAML

proptest! {
    #![proptest_config(config())]

    #[test]
    fn yaml_parse_never_panics_and_errors_point_into_the_text(text in yaml_text()) {
        parse_as::<serde_json::Value>(&text)?;
        parse_as::<StoryFront>(&text)?;
        parse_as::<PageFront>(&text)?;
        parse_as::<MemberFile>(&text)?;
        parse_as::<RefList>(&text)?;
    }

    #[test]
    fn yaml_bombs_and_deep_nesting_return(
        shape in 0u8..4,
        depth in 1usize..3000,
        width in 1usize..10,
    ) {
        let text = bomb(shape, depth, width);
        parse_as::<serde_json::Value>(&text)?;
        parse_as::<StoryFront>(&text)?;
        parse_as::<RefList>(&text)?;
    }
}

/// Nine levels of nine: 387 million strings if aliases were expanded.
#[test]
fn yaml_billion_laughs_is_refused() {
    let text = laughs(9, 9);
    assert!(yaml::parse::<serde_json::Value>(&text, ORIGIN).is_err());
    assert!(yaml::parse::<StoryFront>(&text, ORIGIN).is_err());
    assert!(yaml::parse::<RefList>(&text, ORIGIN).is_err());
}

#[test]
fn yaml_nesting_ten_thousand_deep_is_refused_without_overflow() {
    for shape in 0..3 {
        let text = bomb(shape, 10_000, 1);
        assert!(
            yaml::parse::<serde_json::Value>(&text, ORIGIN).is_err(),
            "shape {shape}"
        );
        assert!(
            yaml::parse::<RefList>(&text, ORIGIN).is_err(),
            "shape {shape}"
        );
    }
}

// ---------------------------------------------------------------- Markdown

const TITLES: &[&str] = &["Titre", "المبادئ والقيم", "1. Cadre général", "Résultats"];
const HEADING_ATTRIBUTES: &[&str] = &[
    "#ancre",
    ".classe",
    "dir=rtl",
    "lang=ar",
    "data-x=1",
    "autofocus",
    "onclick=alert(1)",
    "ONMOUSEOVER=alert(1)",
    "/onfocus=alert(1)",
    "style=color:red",
];

proptest! {
    #![proptest_config(config())]

    #[test]
    fn markdown_render_never_panics(
        source in markdown_text(),
        lang in prop::sample::select(LANGS),
        trust in any::<bool>(),
    ) {
        let rendered = render_markdown(&source, lang, trust);
        let last = FIRST_LINE + source.matches('\n').count();
        for d in &rendered.diagnostics {
            if let Some(pos) = d.pos {
                prop_assert!(
                    (FIRST_LINE..=last).contains(&pos.line) && pos.column >= 1,
                    "{d} for {source:?}"
                );
            }
        }
    }

    /// With the default (`trust_raw_html: false`), nothing in the HTML
    /// runs: no script, frame or form, no event handler, no style but
    /// table alignment, and no script URL unless the render reported the
    /// link as an error (which stops the build).
    #[test]
    fn sanitised_markdown_is_inert(source in markdown_text(), lang in prop::sample::select(LANGS)) {
        let rendered = render_markdown(&source, lang, false);
        let verdict = unsafe_markup(&rendered.html, has_error(&rendered.diagnostics));
        prop_assert!(
            verdict.is_none(),
            "{verdict:?}\nsource: {source:?}\nhtml: {}",
            rendered.html
        );
    }

    /// `{…}` after a heading sets its attributes (pulldown-cmark's heading
    /// attributes); they must not carry event handlers or styles past the
    /// sanitiser.
    #[test]
    fn markdown_heading_attributes_are_inert(
        level in 1usize..7,
        title in prop::sample::select(TITLES),
        attrs in prop::collection::vec(prop::sample::select(HEADING_ATTRIBUTES), 1..4),
    ) {
        let source = format!("{} {title} {{{}}}\n\nTexte.\n", "#".repeat(level), attrs.join(" "));
        let rendered = render_markdown(&source, "fr", false);
        let verdict = unsafe_markup(&rendered.html, has_error(&rendered.diagnostics));
        prop_assert!(
            verdict.is_none(),
            "{verdict:?}\nsource: {source:?}\nhtml: {}",
            rendered.html
        );
    }

    #[test]
    fn heading_ids_are_usable_fragments(title in hostile_text()) {
        let id = markdown::heading_id(&title);
        prop_assert!(!id.is_empty());
        prop_assert!(!id.starts_with(|c: char| c.is_ascii_digit() || c == '-'), "{id:?}");
        prop_assert!(!id.ends_with('-') && !id.contains("--"), "{id:?}");
        prop_assert!(
            !id.contains(|c: char| c.is_whitespace() || "\"'<>&#".contains(c)),
            "{id:?}"
        );
    }
}

#[test]
fn markdown_heading_attributes_cannot_add_event_handlers() {
    let rendered = render_markdown("# Titre {onclick=alert(1)}\n\nTexte.\n", "fr", false);
    assert_eq!(
        unsafe_markup(&rendered.html, false),
        None,
        "{}",
        rendered.html
    );
}

/// The check the Markdown properties rely on finds what it should, and
/// only that.
#[test]
fn the_inertness_check_catches_known_attacks() {
    for bad in [
        "<img src=x onerror=alert(1)>",
        "<p><script>alert(1)</script></p>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
        "<a href='JAVASCRIPT:alert(1)'>x</a>",
        "<h1 /onclick=\"alert(1)\">t</h1>",
        "<div/onmouseover='x'>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<td style=\"color: red\">1</td>",
        "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
    ] {
        assert!(unsafe_markup(bad, false).is_some(), "{bad}");
    }
    for fine in [
        "<p title=\"&quot; onclick=alert(1) <script>\">&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<a href=\"https://example.tn/\" dir=\"ltr\">x</a>",
        "<table><tr><td style=\"text-align: center\">1</td></tr></table>",
        "<h2 id=\"onclick\" class=\"on\">javascript:alert(1) onclick=x</h2>",
        "a < b > c",
    ] {
        assert_eq!(unsafe_markup(fine, false), None, "{fine}");
    }
    assert_eq!(
        unsafe_markup("<a href=\"javascript:alert(1)\">x</a>", true),
        None
    );
}

// ----------------------------------------------------------- opening hours

const DAY_NAMES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MONTH_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const LEADS: &[&str] = &["", " ", "  "];
const SEPARATORS: &[&str] = &[";", "; ", " ; ", ";  "];
const TAILS: &[&str] = &["", " ", ";", "; ", " ; "];

#[derive(Debug, Clone)]
enum DaysSpec {
    Every,
    Holidays,
    /// Ranges of day indices, `(5, 0)` being `Sa-Mo`.
    Listed(Vec<(u8, u8)>),
}

/// One rule of the grammar in `src/hours.rs`, before it is written out.
#[derive(Debug, Clone)]
struct RuleSpec {
    /// Ranges of month indices (0 = Jan), `(10, 1)` being `Nov-Feb`.
    months: Vec<(u8, u8)>,
    days: DaysSpec,
    /// Minutes since midnight; `None` is `off`.
    spans: Option<Vec<(u16, u16)>>,
}

#[derive(Debug, Clone)]
struct HoursSpec {
    rules: Vec<RuleSpec>,
    lead: &'static str,
    separator: &'static str,
    tail: &'static str,
}

/// `Mo-Fr,Su`: a range is `a-b`, a single name stands alone.
fn names_text(ranges: &[(u8, u8)], names: &[&str]) -> String {
    ranges
        .iter()
        .map(|&(a, b)| {
            let (a, b) = (names[usize::from(a)], names[usize::from(b)]);
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// `08:00-12:30,14:00-17:30`.
fn times_text(spans: impl Iterator<Item = (u16, u16)>) -> String {
    spans
        .map(|(a, b)| format!("{:02}:{:02}-{:02}:{:02}", a / 60, a % 60, b / 60, b % 60))
        .collect::<Vec<_>>()
        .join(",")
}

/// The indices `0..n` that some range covers, ranges wrapping at `n`.
fn covered(ranges: &[(u8, u8)], n: u8) -> Vec<u8> {
    (0..n)
        .filter(|&k| {
            ranges
                .iter()
                .any(|&(a, b)| (k + n - a) % n <= (b + n - a) % n)
        })
        .collect()
}

impl RuleSpec {
    fn text(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.months.is_empty() {
            parts.push(names_text(&self.months, &MONTH_NAMES));
        }
        match &self.days {
            DaysSpec::Every => {}
            DaysSpec::Holidays => parts.push("PH".to_string()),
            DaysSpec::Listed(ranges) => parts.push(names_text(ranges, &DAY_NAMES)),
        }
        parts.push(match &self.spans {
            None => "off".to_string(),
            Some(spans) => times_text(spans.iter().copied()),
        });
        parts.join(" ")
    }

    fn expected(&self) -> Rule {
        Rule {
            months: covered(&self.months, 12)
                .into_iter()
                .map(|m| m + 1)
                .collect(),
            days: match &self.days {
                DaysSpec::Listed(ranges) => covered(ranges, 7),
                DaysSpec::Every | DaysSpec::Holidays => Vec::new(),
            },
            holiday: matches!(self.days, DaysSpec::Holidays),
            spans: self
                .spans
                .iter()
                .flatten()
                .map(|&(a, b)| Span(a, b))
                .collect(),
        }
    }
}

impl HoursSpec {
    fn text(&self) -> String {
        let rules: Vec<String> = self.rules.iter().map(RuleSpec::text).collect();
        format!("{}{}{}", self.lead, rules.join(self.separator), self.tail)
    }

    fn expected(&self) -> Hours {
        Hours {
            rules: self.rules.iter().map(RuleSpec::expected).collect(),
        }
    }
}

fn name_ranges(n: u8) -> impl Strategy<Value = Vec<(u8, u8)>> {
    prop::collection::vec((0..n, 0..n), 1..4)
}

fn rule_spec() -> impl Strategy<Value = RuleSpec> {
    let months = prop_oneof![Just(Vec::<(u8, u8)>::new()), name_ranges(12)];
    let days = prop_oneof![
        Just(DaysSpec::Every),
        Just(DaysSpec::Holidays),
        name_ranges(7).prop_map(DaysSpec::Listed),
    ];
    // Distinct sorted times paired in order: spans in order, never
    // overlapping, each closing after it opens.
    let spans = prop_oneof![
        1 => Just(None::<Vec<(u16, u16)>>),
        3 => prop::collection::btree_set(0u16..=1440, 2..9).prop_map(|times| {
            let times: Vec<u16> = times.into_iter().collect();
            Some(times.chunks_exact(2).map(|p| (p[0], p[1])).collect::<Vec<_>>())
        }),
    ];
    (months, days, spans).prop_map(|(months, days, spans)| RuleSpec {
        months,
        days,
        spans,
    })
}

fn hours_spec() -> impl Strategy<Value = HoursSpec> {
    (
        prop::collection::vec(rule_spec(), 1..5),
        prop::sample::select(LEADS),
        prop::sample::select(SEPARATORS),
        prop::sample::select(TAILS),
    )
        .prop_map(|(rules, lead, separator, tail)| HoursSpec {
            rules,
            lead,
            separator,
            tail,
        })
}

/// `piece` inserted at character `at` (modulo the length) of `text`.
fn insert_at(text: &str, at: usize, piece: &str) -> String {
    let count = text.chars().count();
    let byte = text
        .char_indices()
        .nth(at % (count + 1))
        .map_or(text.len(), |(i, _)| i);
    format!("{}{piece}{}", &text[..byte], &text[byte..])
}

/// Hostile strings, and valid ones with a piece spliced in.
fn hours_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => prop::collection::vec(
            prop_oneof![4 => pieces(HOURS_PIECES), 1 => any_chars()],
            0..24,
        )
        .prop_map(|v| v.concat()),
        2 => (hours_spec(), any::<usize>(), pieces(HOURS_PIECES))
            .prop_map(|(spec, at, piece)| insert_at(&spec.text(), at, &piece)),
        1 => hours_spec().prop_map(|spec| spec.text()),
        1 => any::<String>(),
    ]
}

/// `parsed` written back in the syntax it was parsed from.
fn osm_text(parsed: &Hours) -> String {
    parsed
        .rules
        .iter()
        .map(|rule| {
            let mut parts: Vec<String> = Vec::new();
            if !rule.months.is_empty() {
                let names: Vec<&str> = rule
                    .months
                    .iter()
                    .map(|&m| MONTH_NAMES[usize::from(m - 1)])
                    .collect();
                parts.push(names.join(","));
            }
            if rule.holiday {
                parts.push("PH".to_string());
            }
            if !rule.days.is_empty() {
                let names: Vec<&str> = rule
                    .days
                    .iter()
                    .map(|&d| DAY_NAMES[usize::from(d)])
                    .collect();
                parts.push(names.join(","));
            }
            parts.push(if rule.spans.is_empty() {
                "off".to_string()
            } else {
                times_text(rule.spans.iter().map(|s| (s.0, s.1)))
            });
            parts.join(" ")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// What a parsed value promises: at least one rule; months 1–12 and days
/// 0–6, sorted and distinct; `PH` rules name no day; spans open before
/// they close, by 24:00, in order and apart.
fn check_hours(parsed: &Hours) -> Result<(), TestCaseError> {
    prop_assert!(!parsed.rules.is_empty());
    for rule in &parsed.rules {
        prop_assert!(rule.months.windows(2).all(|w| w[0] < w[1]), "{rule:?}");
        prop_assert!(rule.months.iter().all(|m| (1..=12).contains(m)), "{rule:?}");
        prop_assert!(rule.days.windows(2).all(|w| w[0] < w[1]), "{rule:?}");
        prop_assert!(rule.days.iter().all(|d| *d <= 6), "{rule:?}");
        prop_assert!(!rule.holiday || rule.days.is_empty(), "{rule:?}");
        for span in &rule.spans {
            prop_assert!(span.0 < span.1 && span.1 <= 24 * 60, "{rule:?}");
        }
        prop_assert!(rule.spans.windows(2).all(|w| w[0].1 <= w[1].0), "{rule:?}");
    }
    for month in 1..=12 {
        for day in 0..7 {
            let spans = parsed.day(month, day);
            prop_assert!(spans.is_empty() || parsed.rules.iter().any(|r| r.spans == spans));
        }
    }
    let _ = parsed.periods();
    let _ = parsed.closed_on_holidays();
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn hours_parser_never_panics_and_round_trips(text in hours_text()) {
        match hours::parse(&text) {
            Ok(parsed) => {
                check_hours(&parsed)?;
                let again = hours::parse(&osm_text(&parsed));
                prop_assert_eq!(again, Ok(parsed));
            }
            Err(err) => {
                let len = text.chars().count();
                prop_assert!(err.at <= len, "{err} past the end ({len}) of {text:?}");
                prop_assert!(!err.message.to_string().is_empty());
            }
        }
    }

    #[test]
    fn hours_from_the_grammar_parse_to_what_they_say(spec in hours_spec()) {
        let text = spec.text();
        let parsed = hours::parse(&text);
        prop_assert!(
            parsed == Ok(spec.expected()),
            "{text:?} parsed as {parsed:?}, expected {:?}",
            spec.expected()
        );
    }
}

// ---------------------------------------------------------------- search

proptest! {
    #![proptest_config(config())]

    /// Tokens are what the index stores and the browser looks up: at least
    /// two letters or digits, nothing else.
    #[test]
    fn analyzer_never_panics_and_makes_clean_tokens(text in search_text()) {
        let _ = normalize(&text);
        let _ = stem_word(&text);
        for token in analyze(&text) {
            prop_assert!(
                token.chars().count() >= 2 && token.chars().all(char::is_alphanumeric),
                "token {token:?} from {text:?}"
            );
        }
    }

    #[test]
    fn words_are_runs_of_letters_inside_the_text(text in search_text()) {
        for word in words(&text) {
            offset_in(&text, word)?;
            let first = word.chars().next();
            let last = word.chars().next_back();
            prop_assert!(
                first.is_some_and(char::is_alphanumeric) && last.is_some_and(char::is_alphanumeric),
                "{word:?}"
            );
            prop_assert!(word.chars().all(|c| c.is_alphanumeric() || c == '\''), "{word:?}");
            prop_assert!(!word.contains("''"), "{word:?}");
        }
    }

    /// Holds for Arabic and French text. Not for every string: a surviving
    /// combining mark on each side of a dropped joiner (`x\u{20D0}\u{200D}\u{05B0}`)
    /// is put in canonical order by the second pass only.
    #[test]
    fn normalize_is_idempotent_on_arabic_and_french(text in common_text()) {
        let once = normalize(&text);
        prop_assert_eq!(normalize(&once), once.clone());
        prop_assert_eq!(analyze(&once), analyze(&text));
    }

    /// No rule looks across a space: the analysis of a text is the
    /// analyses of its space-separated pieces, one after the other.
    #[test]
    fn analyze_treats_space_separated_pieces_independently(
        parts in prop::collection::vec(text_from(SEARCH, 8), 0..6),
    ) {
        let whole = analyze(&parts.join(" "));
        let separately: Vec<String> = parts.iter().flat_map(|p| analyze(p.as_str())).collect();
        prop_assert_eq!(whole, separately);
    }

    #[test]
    fn stemming_only_shortens(word in text_from(SEARCH, 8)) {
        let stem = stem_word(&word);
        prop_assert!(stem.chars().count() <= word.chars().count(), "{word:?} → {stem:?}");
        prop_assert_eq!(stem.is_empty(), word.is_empty());
    }
}
