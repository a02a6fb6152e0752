//! Service sheets (`content/services/<key>.yaml`) and what members say
//! about them (`service_notes`): every sheet is for a key of
//! `services.yaml`, every fee a sum a citizen can pay, every note about a
//! service the member offers.

use super::check_languages;
use super::checker::Checker;
use crate::diag::{closest, Diagnostic, Diagnostics, Pos};
use crate::discover::RefKind;
use crate::model::{Fee, Translated};
use crate::msg;
use crate::parse::Source;
use crate::site::{Member, Service};

pub(super) fn check(checker: &Checker<'_>, services: &[Service], d: &mut Diagnostics) {
    let list = &checker.refs.services;
    let list_broken = checker.broken_references.contains(&RefKind::Services);
    for s in services {
        let (data, src) = (&s.data, &s.source);
        if !list.contains(&s.slug) && !list_broken {
            // The file's name is the key: the fix is a rename, or a line
            // in services.yaml.
            let meant = crate::hints::meant_by_label(&s.slug, list)
                .or_else(|| closest(&s.slug, list.keys()));
            let help = match meant {
                Some(key) => msg!("service-sheet-unknown-rename", key = key),
                None => msg!("service-sheet-unknown-help"),
            };
            d.push(
                Diagnostic::error(msg!("service-sheet-unknown", key = s.slug.as_str()))
                    .in_file(&src.rel)
                    .at(Some(Pos::new(1, 1)))
                    .help(help),
            );
        }
        fee(data.fee, "fee", src, d);
        let texts = [
            ("summary", Some(&data.summary)),
            ("who", data.who.as_ref()),
            ("fee_note", data.fee_note.as_ref()),
            ("delay", data.delay.as_ref()),
            ("legal", data.legal.as_ref()),
        ];
        for (key, value) in texts {
            if let Some(v) = value {
                check_languages(checker.config, v, src, key, d);
            }
        }
        for doc in &data.documents {
            check_languages(checker.config, doc, src, "documents", d);
        }
        crate::writers::placeholder_texts(src, "summary", Some(&data.summary), d);
    }
}

/// A member's notes name services it offers, with fees that can be paid.
pub(super) fn notes(checker: &Checker<'_>, m: &Member, d: &mut Diagnostics) {
    let (data, src) = (&m.data, &m.source);
    for (i, note) in data.service_notes.iter().enumerate() {
        let key = &note.service;
        let twice = data.service_notes[..i].iter().any(|n| n.service == *key);
        if twice {
            d.push(
                src.error_at(
                    "service",
                    Some(key),
                    msg!("service-note-twice", key = key.as_str()),
                )
                .help(msg!("service-note-twice-help")),
            );
        }
        if !data.services.contains(key) {
            let known = data.services.iter().map(String::as_str);
            let help = match closest(key, known) {
                Some(meant) => msg!("did-you-mean", name = meant),
                None => msg!("service-note-not-offered-help", key = key.as_str()),
            };
            d.push(
                src.error_at(
                    "service",
                    Some(key),
                    msg!("service-note-not-offered", key = key.as_str()),
                )
                .help(help),
            );
        }
        if let Some(f) = note.fee {
            fee(f, "fee", src, d);
        }
        let texts: [(&str, Option<&Translated>); 2] =
            [("delay", note.delay.as_ref()), ("note", note.note.as_ref())];
        for (field, value) in texts {
            if let Some(v) = value {
                check_languages(checker.config, v, src, field, d);
            }
        }
    }
}

/// A fee is a sum in dinars: not below zero, and at most three decimals
/// (the millimes).
fn fee(fee: Fee, field: &str, src: &Source, d: &mut Diagnostics) {
    let millimes = fee.0 * 1000.0;
    if fee.0 < 0.0 || !fee.0.is_finite() || (millimes - millimes.round()).abs() > 1e-6 {
        d.push(
            src.error_at(field, None, msg!("fee-invalid", fee = fee.0.to_string()))
                .help(msg!("fee-help")),
        );
    }
}
