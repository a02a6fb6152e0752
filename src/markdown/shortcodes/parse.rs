//! Finding shortcodes in a text: `{{ name(arg="value", …) }}` and
//! `{% name(arg="value") %}` … `{% end %}`, outside code spans and code
//! blocks (so that the guide can show them). Only the syntax is read
//! here; what each shortcode accepts is `args`'s business.

use crate::messages::Message;
use crate::msg;
use pulldown_cmark::{Event, Parser, Tag};
use std::ops::Range;

/// One shortcode as written. Offsets are bytes into the text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Token {
    /// Where `{{` or `{%` starts, and just after `}}` or `%}`.
    pub span: Range<usize>,
    /// `{% … %}` rather than `{{ … }}`.
    pub block: bool,
    pub name: String,
    pub name_at: usize,
    pub args: Vec<Arg>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Arg {
    pub name: String,
    pub name_at: usize,
    pub value: String,
    /// Where the value's opening quote is.
    pub value_at: usize,
}

/// A shortcode that could not be read: where, what, what to do.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct SyntaxError {
    pub at: usize,
    pub message: Message,
    pub help: Message,
}

/// Every shortcode of `text` outside code, in order, and the ones that
/// could not be read.
pub(super) fn scan(text: &str) -> (Vec<Token>, Vec<SyntaxError>) {
    let code = code_ranges(text);
    let mut tokens = Vec::new();
    let mut errors = Vec::new();
    let mut from = 0;
    while let Some(found) = text[from..].find('{') {
        let at = from + found;
        from = at + 1;
        let block = match text.as_bytes().get(at + 1) {
            Some(b'{') => false,
            Some(b'%') => true,
            _ => continue,
        };
        if code.iter().any(|r| r.contains(&at)) {
            continue;
        }
        match read(text, at, block) {
            Ok(Some(token)) => {
                from = token.span.end;
                tokens.push(token);
            }
            // Braces in prose (`{{` followed by no name) are left alone.
            Ok(None) => from = at + 2,
            Err(e) => {
                from = at + 2;
                errors.push(e);
            }
        }
    }
    (tokens, errors)
}

/// Byte ranges of code spans and code blocks: shortcodes there are
/// examples, shown as written.
fn code_ranges(text: &str) -> Vec<Range<usize>> {
    Parser::new_ext(text, super::super::options())
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) => Some(range),
            _ => None,
        })
        .collect()
}

/// A cursor over the text of one shortcode.
struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek().filter(|c| c.is_whitespace()) {
            self.at += c.len_utf8();
        }
    }

    fn eat(&mut self, s: &str) -> bool {
        let found = self.text[self.at..].starts_with(s);
        if found {
            self.at += s.len();
        }
        found
    }

    /// A name: letters of any script (a translated name gets its own
    /// message), digits, `_` and `-`.
    fn name(&mut self) -> Option<(String, usize)> {
        let start = self.at;
        while let Some(c) = self
            .peek()
            .filter(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        {
            self.at += c.len_utf8();
        }
        (self.at > start).then(|| (self.text[start..self.at].to_string(), start))
    }

    fn error(&self, message: Message, help: Message) -> SyntaxError {
        SyntaxError {
            at: self.at,
            message,
            help,
        }
    }
}

/// The shortcode starting at `at`; `None` when the braces are not
/// followed by a name (not a shortcode at all).
fn read(text: &str, at: usize, block: bool) -> Result<Option<Token>, SyntaxError> {
    let mut r = Reader { text, at: at + 2 };
    r.skip_space();
    let Some((name, name_at)) = r.name() else {
        return Ok(None);
    };
    r.skip_space();
    let args = if r.eat("(") {
        read_args(&mut r)?
    } else {
        Vec::new()
    };
    r.skip_space();
    let close = if block { "%}" } else { "}}" };
    if !r.eat(close) {
        return Err(r.error(
            msg!("shortcode-not-closed", name = name.as_str(), close = close),
            msg!(
                "shortcode-syntax-help",
                example = "{{ figure(src=\"photo.jpg\", alt=\"…\") }}"
            ),
        ));
    }
    Ok(Some(Token {
        span: at..r.at,
        block,
        name,
        name_at,
        args,
    }))
}

/// `name="value", …)`, the opening parenthesis already read.
fn read_args(r: &mut Reader<'_>) -> Result<Vec<Arg>, SyntaxError> {
    let mut args = Vec::new();
    loop {
        r.skip_space();
        if r.eat(")") {
            return Ok(args);
        }
        let Some((name, name_at)) = r.name() else {
            return Err(r.error(msg!("shortcode-argument-expected"), syntax_help()));
        };
        r.skip_space();
        if !r.eat("=") {
            return Err(r.error(
                msg!("shortcode-equals-expected", name = name.as_str()),
                msg!("shortcode-value-help", name = name.as_str()),
            ));
        }
        r.skip_space();
        let value_at = r.at;
        let value = read_value(r, &name)?;
        args.push(Arg {
            name,
            name_at,
            value,
            value_at,
        });
        r.skip_space();
        if r.eat(")") {
            return Ok(args);
        }
        if !r.eat(",") {
            return Err(r.error(msg!("shortcode-comma-expected"), syntax_help()));
        }
    }
}

fn syntax_help() -> Message {
    msg!(
        "shortcode-syntax-help",
        example = "{{ figure(src=\"photo.jpg\", alt=\"…\") }}"
    )
}

/// A value in straight quotes, `"` or `'`; `\"` and `\\` inside.
fn read_value(r: &mut Reader<'_>, name: &str) -> Result<String, SyntaxError> {
    let quote = match r.peek() {
        Some(q @ ('"' | '\'')) => q,
        // What a word processor or a French keyboard puts around words.
        Some('“' | '”' | '«' | '»' | '„' | '‘' | '’') => {
            return Err(r.error(
                msg!("shortcode-curly-quotes", name = name),
                msg!("shortcode-value-help", name = name),
            ));
        }
        _ => {
            return Err(r.error(
                msg!("shortcode-value-not-quoted", name = name),
                msg!("shortcode-value-help", name = name),
            ));
        }
    };
    let open = r.at;
    r.at += 1;
    let mut value = String::new();
    let mut chars = r.text[r.at..].char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some((_, escaped @ ('"' | '\'' | '\\'))) => value.push(escaped),
                Some((_, other)) => {
                    value.push('\\');
                    value.push(other);
                }
                None => break,
            },
            c if c == quote => {
                r.at += i + 1;
                return Ok(value);
            }
            c => value.push(c),
        }
    }
    r.at = open;
    Err(r.error(
        msg!("shortcode-quote-not-closed", name = name),
        msg!("shortcode-value-help", name = name),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Token {
        let (tokens, errors) = scan(text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(tokens.len(), 1, "{tokens:?}");
        tokens.into_iter().next().unwrap()
    }

    #[test]
    fn reads_names_arguments_and_offsets() {
        let text =
            "Avant\n\n{{ figure(src=\"a.jpg\", alt='Le \\'guichet\\'',\n  caption=\"x, y\") }}\n";
        let t = one(text);
        assert_eq!(t.name, "figure");
        assert!(!t.block);
        assert_eq!(&text[t.span.clone()], &text[7..text.len() - 1]);
        let args: Vec<(&str, &str)> = t
            .args
            .iter()
            .map(|a| (a.name.as_str(), a.value.as_str()))
            .collect();
        assert_eq!(
            args,
            [
                ("src", "a.jpg"),
                ("alt", "Le 'guichet'"),
                ("caption", "x, y")
            ]
        );
        assert_eq!(&text[t.args[0].value_at..t.args[0].value_at + 1], "\"");
        assert_eq!(&text[t.args[2].name_at..t.args[2].name_at + 7], "caption");
    }

    #[test]
    fn blocks_and_names_without_parentheses() {
        let t = one("{% callout(kind=\"note\") %}");
        assert!(t.block);
        assert_eq!(t.name, "callout");
        let end = one("{% end %}");
        assert_eq!((end.name.as_str(), end.args.len()), ("end", 0));
        assert_eq!(one("{{ صورة() }}").name, "صورة");
    }

    #[test]
    fn code_and_plain_braces_are_left_alone() {
        let text = "`{{ figure(src=\"a\") }}`\n\n```\n{% callout %}\n```\n\n    {{ x() }}\n\nUn { et {{ }} et {%%}.\n";
        let (tokens, errors) = scan(text);
        assert!(tokens.is_empty(), "{tokens:?}");
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn mistakes_have_their_own_message_and_place() {
        let cases = [
            ("{{ figure(src=“a.jpg”) }}", "shortcode-curly-quotes", 14),
            ("{{ figure(src=a.jpg) }}", "shortcode-value-not-quoted", 14),
            (
                "{{ figure(src=\"a.jpg) }}",
                "shortcode-quote-not-closed",
                14,
            ),
            ("{{ figure(src \"a\") }}", "shortcode-equals-expected", 14),
            (
                "{{ figure(src=\"a\" alt=\"b\") }}",
                "shortcode-comma-expected",
                18,
            ),
            ("{{ figure(src=\"a\")", "shortcode-not-closed", 18),
            ("{{ figure(=\"a\") }}", "shortcode-argument-expected", 10),
        ];
        for (text, id, at) in cases {
            let (tokens, errors) = scan(text);
            assert!(tokens.is_empty(), "{text}: {tokens:?}");
            assert_eq!(errors.len(), 1, "{text}: {errors:?}");
            assert_eq!((errors[0].message.id, errors[0].at), (id, at), "{text}");
        }
    }
}
