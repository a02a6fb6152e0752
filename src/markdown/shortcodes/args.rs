//! What each shortcode accepts, and the checks of what a writer gave it:
//! arguments it knows, the ones it needs, allowed values, files that
//! exist in the text's folder, members that exist, videos on a host
//! the theme can play.

use super::parse::{Arg, Token};
use super::{Call, FileRef};
use crate::diag::{suggest, Diagnostic};
use crate::discover::Kind;
use crate::markdown::resolve::{bundle_of, Bundle};
use crate::markdown::Env;
use crate::messages::Message;
use crate::msg;

pub(super) struct Spec {
    pub name: &'static str,
    /// `{% name %}` … `{% end %}` with Markdown inside.
    pub block: bool,
    pub args: &'static [ArgSpec],
}

pub(super) struct ArgSpec {
    pub name: &'static str,
    pub required: bool,
    pub check: Check,
    /// What the help suggests when it is missing.
    pub example: &'static str,
}

#[derive(Clone, Copy)]
pub(super) enum Check {
    Text,
    NotEmpty,
    OneOf(&'static [&'static str]),
    Image,
    File,
    Video,
    Member,
}

const fn arg(name: &'static str, required: bool, check: Check, example: &'static str) -> ArgSpec {
    ArgSpec {
        name,
        required,
        check,
        example,
    }
}

pub(super) const CALLOUT_KINDS: &[&str] = &["note", "warning"];

pub(super) const SPECS: &[Spec] = &[
    Spec {
        name: "figure",
        block: false,
        args: &[
            arg("src", true, Check::Image, "photo.jpg"),
            arg("alt", true, Check::NotEmpty, "…"),
            arg("caption", false, Check::Text, "…"),
            arg("credit", false, Check::Text, "…"),
        ],
    },
    Spec {
        name: "callout",
        block: true,
        args: &[
            arg("kind", false, Check::OneOf(CALLOUT_KINDS), "note"),
            arg("title", false, Check::Text, "…"),
        ],
    },
    Spec {
        name: "download",
        block: false,
        args: &[
            arg("file", true, Check::File, "document.pdf"),
            arg("label", false, Check::Text, "…"),
        ],
    },
    Spec {
        name: "video",
        block: false,
        args: &[
            arg(
                "url",
                true,
                Check::Video,
                "https://www.youtube.com/watch?v=…",
            ),
            arg("title", true, Check::NotEmpty, "…"),
            arg("poster", false, Check::Image, "poster.jpg"),
        ],
    },
    Spec {
        name: "member",
        block: false,
        args: &[arg("slug", true, Check::Member, "sfax")],
    },
];

pub(super) fn spec(name: &str) -> Option<&'static Spec> {
    SPECS.iter().find(|s| s.name == name)
}

/// Words writers use for a callout's kind in their language.
const KIND_WORDS: &[(&str, &str)] = &[
    ("remarque", "note"),
    ("info", "note"),
    ("information", "note"),
    ("ملاحظة", "note"),
    ("معلومة", "note"),
    ("attention", "warning"),
    ("avertissement", "warning"),
    ("alerte", "warning"),
    ("danger", "warning"),
    ("تنبيه", "warning"),
    ("تحذير", "warning"),
];

/// Images a `figure` or a poster may show.
const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "webp", "avif", "svg"];

/// Where a shortcode is, and what its problems are reported against.
pub(super) struct Checker<'a, 'e> {
    pub env: &'a Env<'e>,
    pub source: &'a str,
    pub diagnostics: Vec<Diagnostic>,
}

impl Checker<'_, '_> {
    /// An error at byte `at` of the text.
    pub fn error_at(&mut self, at: usize, message: Message, help: Message) {
        let d = Diagnostic::error(message)
            .in_file(self.env.file)
            .at(Some(self.env.pos_in(self.source, at)))
            .help(help);
        self.diagnostics.push(d);
    }

    /// The call a token makes, when everything in it is right; else its
    /// problems, all of them.
    pub fn call(&mut self, token: &Token) -> Option<Call> {
        let spec = self.spec_of(token)?;
        let before = self.diagnostics.len();
        let mut call = Call::new(
            spec.name,
            self.env.file,
            self.env.pos_in(self.source, token.span.start),
        );
        self.arguments(spec, token, &mut call);
        self.missing_arguments(spec, token);
        if spec.name == "callout" && !call.values.contains_key("kind") {
            call.values.insert("kind", "note".into());
        }
        (self.diagnostics.len() == before).then_some(call)
    }

    /// What the token's name calls for: a shortcode there is, written as
    /// a block when it is one (`{% … %}`), inline when not (`{{ … }}`).
    fn spec_of(&mut self, token: &Token) -> Option<&'static Spec> {
        let Some(spec) = spec(&token.name) else {
            let names = SPECS.iter().map(|s| s.name);
            let help = suggest(&token.name, names.clone()).unwrap_or_else(|| {
                msg!("use-one-of", choices = names.collect::<Vec<_>>().join(", "))
            });
            self.error_at(
                token.name_at,
                msg!("shortcode-unknown", name = token.name.as_str()),
                help,
            );
            return None;
        };
        if spec.block != token.block {
            let (message, help) = if spec.block {
                (
                    msg!("shortcode-is-block", name = spec.name),
                    msg!("shortcode-is-block-help", name = spec.name),
                )
            } else {
                (
                    msg!("shortcode-is-inline", name = spec.name),
                    msg!("shortcode-is-inline-help", name = spec.name),
                )
            };
            self.error_at(token.span.start, message, help);
            return None;
        }
        Some(spec)
    }

    /// Each argument written, checked and put in `call`; one given twice
    /// counts once.
    fn arguments(&mut self, spec: &Spec, token: &Token, call: &mut Call) {
        for (i, a) in token.args.iter().enumerate() {
            if token.args[..i].iter().any(|b| b.name == a.name) {
                self.error_at(
                    a.name_at,
                    msg!("shortcode-argument-twice", name = a.name.as_str()),
                    msg!("shortcode-argument-twice-help"),
                );
                continue;
            }
            match spec.args.iter().find(|s| s.name == a.name) {
                Some(s) => self.value(s, a, call),
                None => self.unknown_argument(spec, a),
            }
        }
    }

    fn unknown_argument(&mut self, spec: &Spec, a: &Arg) {
        let known = spec.args.iter().map(|s| s.name);
        let help = suggest(&a.name, known.clone()).unwrap_or_else(|| {
            msg!(
                "shortcode-known-arguments-help",
                name = spec.name,
                arguments = known.collect::<Vec<_>>().join(", ")
            )
        });
        self.error_at(
            a.name_at,
            msg!(
                "shortcode-unknown-argument",
                name = spec.name,
                argument = a.name.as_str()
            ),
            help,
        );
    }

    /// Each required argument the token lacks, reported at its start.
    fn missing_arguments(&mut self, spec: &Spec, token: &Token) {
        for s in spec.args.iter().filter(|s| s.required) {
            if !token.args.iter().any(|a| a.name == s.name) {
                self.error_at(
                    token.span.start,
                    msg!(
                        "shortcode-missing-argument",
                        name = spec.name,
                        argument = s.name
                    ),
                    msg!(
                        "shortcode-missing-argument-help",
                        example = format!("{}=\"{}\"", s.name, s.example)
                    ),
                );
            }
        }
    }

    fn value(&mut self, spec: &ArgSpec, a: &Arg, call: &mut Call) {
        // The value itself, inside its quotes.
        let at = a.value_at + 1;
        let value = a.value.trim();
        match spec.check {
            Check::Text => {}
            Check::NotEmpty if value.is_empty() => self.error_at(
                at,
                msg!("shortcode-value-empty", argument = spec.name),
                if spec.name == "alt" {
                    msg!("shortcode-alt-empty-help")
                } else {
                    msg!("shortcode-value-empty-help", argument = spec.name)
                },
            ),
            Check::NotEmpty => {}
            Check::OneOf(choices) if !choices.contains(&value) => {
                let lower = value.to_lowercase();
                let meant = KIND_WORDS
                    .iter()
                    .find(|(w, _)| *w == lower)
                    .map(|(_, k)| *k);
                let help =
                    match meant.or_else(|| crate::diag::closest(value, choices.iter().copied())) {
                        Some(k) => msg!("did-you-mean", name = k),
                        None => msg!("use-one-of", choices = choices.join(", ")),
                    };
                self.error_at(
                    at,
                    msg!("shortcode-bad-value", argument = spec.name, value = value),
                    help,
                );
            }
            Check::OneOf(_) => {}
            Check::Image | Check::File => {
                if let Some(file) = self.file(value, at, matches!(spec.check, Check::Image)) {
                    call.files.insert(spec.name, file);
                }
            }
            Check::Video => match super::video::parse(value) {
                Some(video) => call.video = Some(video),
                None => self.error_at(
                    at,
                    msg!("shortcode-video-host", url = value),
                    msg!("shortcode-video-host-help"),
                ),
            },
            Check::Member => {
                let members = self.env.links.published(Kind::Member);
                if !members.contains(&value) {
                    let help = suggest(value, members)
                        .unwrap_or_else(|| msg!("shortcode-member-unknown-help"));
                    self.error_at(at, msg!("shortcode-member-unknown", slug = value), help);
                }
            }
        }
        let value = match spec.check {
            // Words readers read get the text's typography, as its own do.
            Check::Text | Check::NotEmpty => {
                crate::typography::for_lang(self.env.content_lang, a.value.trim())
            }
            _ => value.to_string(),
        };
        call.values.insert(spec.name, value);
    }

    /// The file `name` of the text's folder or of `assets/`.
    fn file(&mut self, name: &str, at: usize, image: bool) -> Option<FileRef> {
        if image && crate::markdown::external::is_external(name) {
            self.error_at(
                at,
                msg!("image-external", url = name),
                msg!("shortcode-image-external-help"),
            );
            return None;
        }
        let escapes = name.is_empty()
            || name.split(['/', '\\']).any(|p| p == "..")
            || name.starts_with("//")
            || name.contains(['\\', ':']);
        if escapes {
            self.error_at(
                at,
                msg!("file-outside-site", file = name),
                msg!("file-outside-site-help"),
            );
            return None;
        }
        let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
        if image && !extension.is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.as_str())) {
            self.error_at(
                at,
                msg!("shortcode-not-image", file = name),
                msg!("shortcode-not-image-help"),
            );
            return None;
        }
        if let Some((source, url)) = self.env.links.file(name, self.env.file) {
            return Some(FileRef { source, url });
        }
        let base = name.rsplit('/').next().unwrap_or(name);
        let help = if name.starts_with('/') {
            msg!("file-missing-asset-help", path = format!("assets{name}"))
        } else if let Some(close) = suggest(name, self.env.links.files_beside(self.env.file)) {
            close
        } else {
            match bundle_of(self.env.file) {
                Bundle::Flat(bundle) => {
                    msg!(
                        "shortcode-file-flat-help",
                        asset = format!("/{base}"),
                        bundle = bundle
                    )
                }
                _ => msg!(
                    "file-missing-bundle-help",
                    folder = self
                        .env
                        .file
                        .rsplit_once('/')
                        .map_or("", |(f, _)| f)
                        .to_string()
                        + "/"
                ),
            }
        };
        self.error_at(at, msg!("file-missing", file = name), help);
        None
    }
}
