//! The shortcodes of a text matched into calls: each one on a line of its
//! own, each block with its `{% end %}`, none inside another.

use super::args::{self, Checker};
use super::parse::Token;
use super::{Call, Inner, Slots};
use crate::markdown::{Env, Rendered};
use crate::msg;
use std::ops::Range;

/// The calls found in a text so far, with the spans they replace.
pub(super) struct Found<'t> {
    /// The text Markdown will be given (private-use markers replaced).
    pub text: &'t str,
    /// The text as written, for positions.
    pub source: &'t str,
    /// Each span to replace, and the index of its call in `Rendered::calls`.
    pub replaced: Vec<(Range<usize>, usize)>,
}

impl Found<'_> {
    /// Match `tokens` in order: a block is open from its opening token to
    /// its `{% end %}`, and whatever lies between is its text's own.
    pub(super) fn pair(
        &mut self,
        tokens: &[Token],
        checker: &mut Checker<'_, '_>,
        slots: &mut Slots,
        out: &mut Rendered,
    ) {
        let mut open: Option<(usize, usize)> = None; // (token index, nesting)
        for (i, token) in tokens.iter().enumerate() {
            let is_end = token.block && token.name == "end";
            // `{% figure %}` does not open a block: it gets its own message.
            let opens = token.block && !is_end && args::spec(&token.name).is_none_or(|s| s.block);
            match (&mut open, is_end) {
                (None, true) => nesting_error(checker, token.span.start, false),
                (None, false) if !opens => self.inline(token, checker, out),
                (None, false) => open = Some((i, 0)),
                (Some((_, depth)), false) if opens => {
                    *depth += 1;
                    nesting_error(checker, token.span.start, true);
                }
                (Some(_), false) => {} // inside a block: its text's own
                (Some((_, depth)), true) if *depth > 0 => *depth -= 1,
                (Some((start, _)), true) => {
                    let opener = &tokens[*start];
                    open = None;
                    self.block(opener, token, checker, slots, out);
                }
            }
        }
        if let Some((start, _)) = open {
            let name = tokens[start].name.as_str();
            checker.error_at(
                tokens[start].span.start,
                msg!("shortcode-not-ended", name = name),
                msg!("shortcode-not-ended-help", name = name),
            );
        }
    }

    /// A shortcode that is not a block: `{{ figure(…) }}`.
    fn inline(&mut self, token: &Token, checker: &mut Checker<'_, '_>, out: &mut Rendered) {
        let call = checker.call(token);
        if !alone_after(self.text, token.span.end) {
            not_alone(checker, token);
        } else if let Some(call) = call {
            self.add(token.span.clone(), call, out);
        }
    }

    /// A block, from its opening token to its `{% end %}`.
    fn block(
        &mut self,
        opener: &Token,
        end: &Token,
        checker: &mut Checker<'_, '_>,
        slots: &mut Slots,
        out: &mut Rendered,
    ) {
        let block = Block {
            text: self.text,
            source: self.source,
            opener,
            end,
        };
        if let Some(call) = block.call(checker, slots, out) {
            self.add(opener.span.start..end.span.end, call, out);
        }
    }

    fn add(&mut self, span: Range<usize>, call: Call, out: &mut Rendered) {
        self.replaced.push((span, out.calls.len()));
        out.calls.push(call);
    }
}

/// A block shortcode and its `{% end %}`.
struct Block<'t> {
    text: &'t str,
    source: &'t str,
    opener: &'t Token,
    end: &'t Token,
}

impl Block<'_> {
    /// The block's call, its Markdown rendered as a text of its own whose
    /// headings, anchors and problems are the page's.
    fn call(
        &self,
        checker: &mut Checker<'_, '_>,
        slots: &mut Slots,
        out: &mut Rendered,
    ) -> Option<Call> {
        let call = checker.call(self.opener);
        let lines_ok = alone_after(self.text, self.opener.span.end)
            && alone_after(self.text, self.end.span.end)
            && alone_before(self.text, self.end.span.start);
        if !lines_ok {
            not_alone(checker, self.opener);
            return None;
        }
        let mut call = call?;
        let body = body_of(self.text, self.opener, self.end);
        let inner = render_inner(self.source, body, checker.env);
        out.anchors.extend(inner.anchors.iter().cloned());
        out.anchor_checks.extend(inner.anchor_checks);
        out.diagnostics.extend(inner.diagnostics);
        slots.inner.insert(out.calls.len(), (inner.text, inner.toc));
        call.body = Some(Inner {
            html: inner.html,
            calls: inner.calls,
        });
        Some(call)
    }
}

fn nesting_error(checker: &mut Checker<'_, '_>, at: usize, nested: bool) {
    let (message, help) = if nested {
        (msg!("shortcode-nested"), msg!("shortcode-nested-help"))
    } else {
        (
            msg!("shortcode-end-alone"),
            msg!("shortcode-end-alone-help"),
        )
    };
    checker.error_at(at, message, help);
}

fn not_alone(checker: &mut Checker<'_, '_>, token: &Token) {
    checker.error_at(
        token.span.start,
        msg!("shortcode-not-alone", name = token.name.as_str()),
        msg!("shortcode-not-alone-help"),
    );
}

/// Nothing but spaces after `at` on its line.
fn alone_after(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    rest[..rest.find('\n').unwrap_or(rest.len())]
        .trim()
        .is_empty()
}

/// Nothing but spaces before `at` on its line.
fn alone_before(text: &str, at: usize) -> bool {
    let line = &text[..at];
    line[line.rfind('\n').map_or(0, |i| i + 1)..]
        .trim()
        .is_empty()
}

/// The lines between a block's opening line and its `{% end %}` line.
fn body_of(text: &str, opener: &Token, end: &Token) -> Range<usize> {
    let start = text[opener.span.end..]
        .find('\n')
        .map_or(end.span.start, |i| opener.span.end + i + 1)
        .min(end.span.start);
    let stop = text[..end.span.start]
        .rfind('\n')
        .map_or(start, |i| i + 1)
        .max(start);
    start..stop
}

/// A block's Markdown, rendered as a text of its own that starts on the
/// line after the block's opening line.
fn render_inner(source: &str, body: Range<usize>, env: &Env<'_>) -> Rendered {
    let line = source[..body.start].matches('\n').count();
    let inner_env = Env {
        first_line: env.first_line + line,
        ..*env
    };
    crate::markdown::render(&source[body], &inner_env)
}
