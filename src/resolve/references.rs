//! The reference lists (governorates, services, committees, tags): their
//! keys checked, their names in the site's languages.

use crate::config::Config;
use crate::diag::Diagnostics;
use crate::discover::{is_valid_slug, RefKind};
use crate::model::{RefList, Translated};
use crate::msg;
use crate::parse::{Source, Yaml};
use crate::site::References;

pub(super) fn references(
    config: &Config,
    lists: &[(RefKind, Yaml<RefList>)],
    diags: &mut Diagnostics,
) -> References {
    let mut refs = References::default();
    for (kind, list) in lists {
        for (key, entry) in &list.data.entries {
            if let Some((message, help)) = crate::discover::reserved_name(key) {
                diags.push(list.source.error_at(key, None, message).help(help));
            } else if !is_valid_slug(key) {
                diags.push(
                    list.source
                        .error_at(key, None, msg!("reference-key-invalid", key = key.as_str()))
                        .help(msg!("reference-key-invalid-help")),
                );
            }
            check_languages(config, &entry.name, &list.source, key, diags);
        }
        let slot = match kind {
            RefKind::Governorates => &mut refs.governorates,
            RefKind::Services => &mut refs.services,
            RefKind::Committees => &mut refs.committees,
            RefKind::Tags => &mut refs.tags,
        };
        *slot = list.data.clone();
    }
    refs
}

/// A translated value may only name the site's languages.
pub(crate) fn check_languages(
    config: &Config,
    value: &Translated,
    source: &Source,
    key: &str,
    diags: &mut Diagnostics,
) {
    for lang in value.languages() {
        if config.language(lang).is_none() {
            let codes: Vec<&str> = config.codes().collect();
            diags.push(
                source
                    .error_at(key, Some(lang), msg!("not-a-site-language", lang = lang))
                    .help(msg!("use-one-of", choices = codes.join(", "))),
            );
        }
    }
}
