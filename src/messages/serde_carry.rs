//! A value's own `Deserialize` (a date, a slug) can only fail with a
//! string, which serde then prefixes with the field's path. To keep such a
//! failure a message id with arguments, it travels through serde encoded
//! between two markers and is decoded where the YAML error becomes a
//! diagnostic.

use super::{Arg, Message};

const START: char = '\u{1}';
const FIELD: char = '\u{2}';
const VALUE: char = '\u{3}';
const END: char = '\u{4}';

/// `message` as a string for `serde::de::Error::custom`.
pub fn carry(message: &Message) -> String {
    let mut out = String::new();
    out.push(START);
    out.push_str(message.id);
    for (name, arg) in &message.args {
        out.push(FIELD);
        out.push_str(name);
        out.push(VALUE);
        match arg {
            Arg::Text(s) => {
                out.push('t');
                out.extend(s.chars().filter(|c| !matches!(*c, START..=END)));
            }
            Arg::Count(n) => {
                out.push('n');
                out.push_str(&n.to_string());
            }
            Arg::Bytes(n) => {
                out.push('b');
                out.push_str(&n.to_string());
            }
        }
    }
    out.push(END);
    out
}

/// The message carried somewhere in `text`, if any. Ids and names are
/// leaked once per distinct id (a handful: the values that validate
/// themselves), so that a carried message is a `Message` like any other.
pub fn uncarry(text: &str) -> Option<Message> {
    let start = text.find(START)?;
    let body = &text[start + 1..];
    let body = &body[..body.find(END)?];
    let mut parts = body.split(FIELD);
    // Only ids of the catalog: a key a writer typed with these control
    // characters must not become a message (nor be kept for ever).
    let id = parts.next()?;
    super::plain_owned(super::Locale::En, id)?;
    let id = intern(id);
    let mut args = Vec::new();
    for part in parts {
        let (name, value) = part.split_once(VALUE)?;
        let arg = match value.split_at_checked(1)? {
            ("n", n) => Arg::Count(n.parse().ok()?),
            ("b", n) => Arg::Bytes(n.parse().ok()?),
            (_, s) => Arg::Text(s.to_string()),
        };
        args.push((intern(name), arg));
    }
    Some(Message { id, args })
}

fn intern(s: &str) -> &'static str {
    use std::collections::BTreeSet;
    use std::sync::Mutex;
    static SEEN: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(known) = seen.get(s) {
        return known;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    seen.insert(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_survives_a_path_prefix_and_a_position_suffix() {
        let m = crate::msg!("date-no-month", value = "2024-13-01", month = 13);
        let through = format!("opened: {} at line 5 column 9", carry(&m));
        assert_eq!(uncarry(&through), Some(m));
        assert_eq!(uncarry("opened: invalid type"), None);
    }
}
