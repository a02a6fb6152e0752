//! `menus:` in site.yaml: the main navigation and the footer's, each a
//! list of entries in order, pointing to a section of the site, a page or
//! an address. Without it, the theme's defaults (home, the charter, then
//! each kind of item; the pages in the footer).

use crate::diag::{Diagnostic, Diagnostics, Pos};
use crate::msg;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Menus {
    pub main: Option<Vec<MenuEntry>>,
    pub footer: Option<Vec<MenuEntry>>,
}

/// One entry: exactly one of `section`, `page` or `url`, and a label in
/// each language (required for `url`; the section's or page's own name
/// otherwise).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MenuEntry {
    pub section: Option<Section>,
    pub page: Option<String>,
    pub url: Option<String>,
    #[serde(default)]
    pub label: BTreeMap<String, String>,
    /// Where the entry is in site.yaml, for a later error (an unknown page).
    #[serde(skip)]
    pub pos: Option<Pos>,
}

/// The parts of the site a menu can point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Home,
    Members,
    Stories,
    Data,
    Deliverables,
    Services,
    Events,
    Tags,
    Search,
}

impl Section {
    /// The key of its name in the theme's words (`nav.<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Home => "home",
            Section::Members => "members",
            Section::Stories => "stories",
            Section::Data => "data",
            Section::Deliverables => "deliverables",
            Section::Services => "services",
            Section::Events => "events",
            Section::Tags => "tags",
            Section::Search => "search",
        }
    }

    /// The kinds of page that count as being in this section (the entry
    /// is marked current on them).
    pub fn page_kinds(self) -> &'static [&'static str] {
        match self {
            Section::Home => &["home"],
            Section::Members => &["members", "member"],
            // `stories-by`: the list narrowed to a municipality,
            // governorate or committee.
            Section::Stories => &["stories", "story", "stories-by", "tags", "tag"],
            Section::Data => &["datasets", "dataset"],
            Section::Deliverables => &["deliverables", "deliverable"],
            Section::Services => &["services", "service"],
            Section::Events => &["events", "event"],
            Section::Tags => &["tags", "tag"],
            Section::Search => &["search"],
        }
    }
}

/// What an entry points to, once checked.
pub enum Target<'a> {
    Section(Section),
    Page(&'a str),
    Url(&'a str),
}

impl MenuEntry {
    pub fn target(&self) -> Option<Target<'_>> {
        match (&self.section, &self.page, &self.url) {
            (Some(s), None, None) => Some(Target::Section(*s)),
            (None, Some(p), None) => Some(Target::Page(p)),
            (None, None, Some(u)) => Some(Target::Url(u)),
            _ => None,
        }
    }
}

/// Where `key: value` is in site.yaml, in block style or in a flow
/// mapping on one line (`- { page: about }`, which `yaml::locate` does not
/// read).
fn locate(text: &str, key: &str, value: Option<&str>) -> Option<Pos> {
    crate::yaml::locate(text, key, value).or_else(|| {
        let wanted = format!("{key}:");
        text.lines().enumerate().find_map(|(i, line)| {
            let at = line.find(&wanted)?;
            let rest = line[at + wanted.len()..].trim_start();
            let rest = rest.trim_start_matches(['"', '\'']);
            value
                .is_none_or(|v| rest.starts_with(v))
                .then(|| Pos::new(i + 1, line[..at].chars().count() + 1))
        })
    })
}

/// Check the entries' shape against the site's languages, and note where
/// each is in the settings file (`file`, whose text is `text`).
pub fn check(
    menus: &mut Menus,
    languages: &[&str],
    (file, text): (&str, &str),
    diags: &mut Diagnostics,
) {
    let locate = |key: &str, value: Option<&str>| locate(text, key, value);
    let lists = [menus.main.as_mut(), menus.footer.as_mut()];
    for entry in lists.into_iter().flatten().flatten() {
        entry.pos = match (&entry.section, &entry.page, &entry.url) {
            (_, Some(page), _) => locate("page", Some(page)),
            (_, _, Some(url)) => locate("url", Some(url)),
            _ => locate("section", None).or_else(|| locate("menus", None)),
        };
        let error = |message| Diagnostic::error(message).in_file(file).at(entry.pos);
        let Some(target) = entry.target() else {
            diags.push(error(msg!("menu-entry-target")).help(msg!("menu-entry-target-help")));
            continue;
        };
        if let Target::Url(url) = target {
            let site_path = url.starts_with('/') && !url.starts_with("//");
            if !site_path && crate::address::base_path_of(url).is_none() {
                diags.push(error(msg!("menu-url", url = url)).help(msg!("menu-url-help")));
            }
        }
        let needs_label = matches!(target, Target::Url(_));
        let missing: Vec<&str> = languages
            .iter()
            .copied()
            .filter(|l| !entry.label.contains_key(*l))
            .collect();
        if !entry.label.is_empty() || needs_label {
            if let Some(lang) = missing.first() {
                diags.push(error(msg!("menu-label-missing", lang = *lang)).help(msg!(
                    "menu-label-missing-help",
                    languages = languages.join(", ")
                )));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checked(yaml: &str) -> Vec<String> {
        let mut menus: Menus = yaml_serde::from_str(yaml).unwrap();
        let mut diags = Diagnostics::new();
        check(
            &mut menus,
            &["ar", "fr"],
            ("content/site.yaml", yaml),
            &mut diags,
        );
        diags
            .into_sorted()
            .iter()
            .map(|d| d.message.text(crate::messages::Locale::En))
            .collect()
    }

    #[test]
    fn each_entry_points_to_one_thing_and_an_address_has_a_label_in_each_language() {
        assert!(checked("main: [{ section: members }, { page: about }]").is_empty());
        let errors = checked("main: [{ section: members, page: about }]");
        assert_eq!(errors.len(), 1, "{errors:?}");
        let errors = checked("footer: [{ url: \"https://fnct.tn/\", label: { ar: \"الجامعة\" } }]");
        assert!(errors[0].contains("fr"), "{errors:?}");
        assert!(checked("footer: [{ url: \"/fr/\", label: { ar: \"أ\", fr: \"b\" } }]").is_empty());
        let errors =
            checked("footer: [{ url: \"javascript:alert(1)\", label: { ar: \"أ\", fr: \"b\" } }]");
        assert_eq!(errors.len(), 1, "{errors:?}");
    }
}
