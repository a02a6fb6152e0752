//! iCalendar files (RFC 5545) for events: lines end with CRLF and are
//! folded at 75 octets without cutting a character; times are in UTC, so
//! no VTIMEZONE is needed; DTSTAMP is the build date, not the clock, so
//! that the same content gives the same file.

use crate::model::{Day, Moment};

/// One event as a calendar shows it.
pub struct Entry<'a> {
    /// Unique and stable: `<slug>@<host>`.
    pub uid: String,
    pub summary: &'a str,
    pub description: Option<&'a str>,
    pub location: Option<&'a str>,
    pub url: String,
    pub start: Moment,
    pub end: Moment,
}

/// A calendar of `entries`; `lang` tags its texts.
pub fn calendar(name: &str, lang: &str, stamp: Day, entries: &[Entry<'_>]) -> String {
    let mut out = String::new();
    let mut line = |text: String| {
        fold_into(&text, &mut out);
    };
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line(format!("PRODID:-//fadaa//events//{}", lang.to_uppercase()));
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(name)));
    let stamp = format!(
        "{:04}{:02}{:02}T000000Z",
        stamp.0.year(),
        stamp.0.month() as u8,
        stamp.0.day()
    );
    for e in entries {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", escape(&e.uid)));
        line(format!("DTSTAMP:{stamp}"));
        line(format!("DTSTART:{}", e.start.ical_utc()));
        line(format!("DTEND:{}", e.end.ical_utc()));
        line(format!("SUMMARY;LANGUAGE={lang}:{}", escape(e.summary)));
        if let Some(d) = e.description {
            line(format!("DESCRIPTION;LANGUAGE={lang}:{}", escape(d)));
        }
        if let Some(l) = e.location {
            line(format!("LOCATION;LANGUAGE={lang}:{}", escape(l)));
        }
        line(format!("URL:{}", e.url));
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// TEXT values escape `\`, `;`, `,` and line breaks; control characters
/// other than tab are dropped (a content line cannot hold them).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.replace("\r\n", "\n").chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Append `line` folded at 75 octets (continuations start with a space,
/// which counts), each piece ending with CRLF.
fn fold_into(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(summary: &'a str) -> Entry<'a> {
        Entry {
            uid: "meeting@example.tn".into(),
            summary,
            description: Some("a; b, c\nd"),
            location: None,
            url: "https://example.tn/ar/events/meeting/".into(),
            start: Moment::parse("2026-03-14 09:00").unwrap(),
            end: Moment::parse("2026-03-14 13:00").unwrap(),
        }
    }

    #[test]
    fn lines_end_with_crlf_and_fold_at_75_octets_between_characters() {
        let title = "اجتماع دوري لشبكة فضاء المواطن حول جودة الخدمات المسداة للمواطن";
        let day = Day::parse("2026-12-06").unwrap();
        let text = calendar("أنشطة", "ar", day, &[entry(title)]);
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY;LANGUAGE=ar:{title}\r\n")));
        assert!(unfolded.contains("DESCRIPTION;LANGUAGE=ar:a\\; b\\, c\\nd\r\n"));
        assert!(unfolded.contains("DTSTART:20260314T080000Z\r\n"));
        assert!(unfolded.contains("DTSTAMP:20261206T000000Z\r\n"));
    }

    #[test]
    fn a_title_cannot_add_a_property_or_an_event() {
        let day = Day::parse("2026-12-06").unwrap();
        let text = calendar("x", "fr", day, &[entry("Réunion\r\nBEGIN:VEVENT\u{0b}")]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 1);
        assert!(!text.contains('\u{0b}'));
        assert!(text.contains("SUMMARY;LANGUAGE=fr:Réunion\\nBEGIN:VEVENT\r\n"));
    }
}
