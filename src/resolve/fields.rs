//! Checks of single values, shared by the item checks: hours, licences,
//! titles, placeholders left by `fadaa new`.

use crate::diag::{suggest, Diagnostic, Diagnostics};
use crate::discover::RefKind;
use crate::msg;
use crate::parse::Source;

/// An hours error points at the offending character inside the value:
/// the value's column on the `hours:` line plus the character index (one
/// more when the value is quoted).
pub(super) fn hours_error(src: &Source, value: &str, err: &crate::hours::HoursError) -> Diagnostic {
    let help = crate::hours::hint(value).unwrap_or_else(|| msg!("hours-help"));
    let pos = src.yaml.lines().enumerate().find_map(|(i, line)| {
        let rest = line.trim_start().strip_prefix("hours:")?;
        let indent = line.chars().count() - line.trim_start().chars().count();
        let leading = rest.chars().take_while(|c| *c == ' ').count();
        let quoted = rest.trim_start().starts_with(['"', '\'']);
        let first = rest.trim_start().trim_start_matches(['"', '\'']);
        first
            .starts_with(value.chars().next().unwrap_or(' '))
            .then(|| {
                let column = indent + "hours:".len() + leading + usize::from(quoted) + err.at + 1;
                crate::diag::Pos::new(i + 1 + src.yaml_line_offset, column)
            })
    });
    Diagnostic::error(err.message.clone())
        .in_file(&src.rel)
        .at(pos)
        .help(help)
}

pub(super) fn singular(kind: RefKind) -> &'static str {
    match kind {
        RefKind::Governorates => "governorate",
        RefKind::Services => "service",
        RefKind::Committees => "committee",
        RefKind::Tags => "tag",
    }
}

/// Licences open-data portals expect, by SPDX identifier.
const OPEN_LICENSES: [&str; 12] = [
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC0-1.0",
    "ODbL-1.0",
    "ODC-By-1.0",
    "PDDL-1.0",
    "etalab-2.0",
    "CC-BY-3.0",
    "CC-BY-SA-3.0",
    "CC-BY-2.0",
    "OGL-UK-3.0",
    "CC-PDDC",
];

/// `license` is an SPDX identifier: harvesters turn it into a licence URL.
/// A malformed one is an error; a well-formed one we do not know, a warning.
pub(super) fn license(id: &str, src: &Source, d: &mut Diagnostics) {
    if OPEN_LICENSES.contains(&id) {
        return;
    }
    let well_formed = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '+'));
    let help = suggest(id, OPEN_LICENSES).unwrap_or_else(|| msg!("license-help"));
    d.push(if well_formed {
        src.warning_at("license", Some(id), msg!("license-unknown", id = id))
            .help(help)
    } else {
        src.error_at("license", Some(id), msg!("license-invalid", id = id))
            .help(help)
    });
}

/// `frequency` is one of the keys the theme labels and the DCAT catalog
/// turns into an EU frequency IRI; another value is shown as written on the
/// dataset's page but cannot go into the catalog, hence a warning.
pub(super) fn frequency(value: &str, src: &Source, d: &mut Diagnostics) {
    if crate::derive::catalog::vocab::frequency(value).is_some() {
        return;
    }
    let help = suggest(value, crate::derive::catalog::vocab::frequency_keys())
        .unwrap_or_else(|| msg!("dataset-frequency-unknown-help"));
    d.push(
        src.warning_at(
            "frequency",
            Some(value),
            msg!("dataset-frequency-unknown", value = value),
        )
        .help(help),
    );
}

/// A title of only spaces would give an empty heading and an empty link.
pub(super) fn empty_title(title: &str, src: &Source, d: &mut Diagnostics) {
    if title.trim().is_empty() {
        d.push(
            src.error_at("title", None, msg!("title-empty"))
                .help(msg!("title-empty-help")),
        );
    }
}

/// A reference still holding what `fadaa new` wrote (`member: "…"`).
pub(super) fn placeholder_ref(source: &Source, field: &str, value: &str) -> Option<Diagnostic> {
    let text = crate::scaffold::placeholder_in(value)?;
    Some(source.error_at(
        field,
        None,
        msg!("placeholder-in-field", field = field, text = text),
    ))
}
