//! The checks of each item's fields against the site: references to
//! members, committees, tags and files, contacts, location, hours.

use super::check_languages;
use super::fields::{empty_title, frequency, license, placeholder_ref, singular};
use crate::config::Config;
use crate::diag::{closest, suggest, Diagnostics};
use crate::discover::{is_valid_slug, Kind, RefKind};
use crate::model::{RefList, WorkStatus};
use crate::msg;
use crate::parse::{Markdown, Source};
use crate::site::References;
use std::collections::BTreeSet;

/// Tunisia's extent, for locations that cannot be right.
pub(super) const TUNISIA_LAT: (f64, f64) = (30.2, 37.6);
pub(super) const TUNISIA_LON: (f64, f64) = (7.5, 11.7);

pub(super) struct Checker<'a> {
    pub(super) config: &'a Config,
    pub(super) refs: &'a References,
    pub(super) known: &'a BTreeSet<(Kind, String)>,
    pub(super) broken_references: &'a BTreeSet<RefKind>,
    pub(super) bundle_files: BTreeSet<(Kind, String, String)>,
}

impl Checker<'_> {
    pub(super) fn reference(
        &self,
        list: &RefList,
        kind: RefKind,
        key: &str,
        field: &str,
        source: &Source,
        d: &mut Diagnostics,
    ) {
        if list.contains(key) || self.broken_references.contains(&kind) {
            return;
        }
        if let Some(placeholder) = placeholder_ref(source, field, key) {
            d.push(placeholder.help(msg!("reference-use-key", file = kind.file())));
            return;
        }
        let mut diag = source.error_at(
            field,
            Some(key),
            msg!("reference-unknown", kind = singular(kind), key = key),
        );
        let meant = crate::hints::meant_by_label(key, list).or_else(|| closest(key, list.keys()));
        diag = match meant {
            Some(known) => diag.help(msg!("did-you-mean", name = known)),
            None if list.entries.is_empty() => {
                diag.help(msg!("reference-list-empty", file = kind.file()))
            }
            None => diag.help(msg!("reference-use-key", file = kind.file())),
        };
        d.push(diag);
    }

    pub(super) fn member_ref(&self, slug: &str, field: &str, source: &Source, d: &mut Diagnostics) {
        if self.known.contains(&(Kind::Member, slug.to_string())) {
            return;
        }
        if let Some(placeholder) = placeholder_ref(source, field, slug) {
            d.push(placeholder.help(msg!("member-empty-help")));
            return;
        }
        if slug.trim().is_empty() {
            d.push(
                source
                    .error_at(field, None, msg!("field-empty", field = field))
                    .help(msg!("member-empty-help")),
            );
            return;
        }
        let members = self
            .known
            .iter()
            .filter(|(k, _)| *k == Kind::Member)
            .map(|(_, s)| s.as_str());
        let mut diag = source.error_at(field, Some(slug), msg!("member-unknown", slug = slug));
        diag = diag.help(suggest(slug, members).unwrap_or_else(|| msg!("member-unknown-help")));
        d.push(diag);
    }

    /// A file named by an item: a bare name is in the item's bundle, a path
    /// starting with `/` is under `assets/`. Nothing may leave the site.
    pub(super) fn file_ref(
        &self,
        kind: Kind,
        slug: &str,
        file: &str,
        field: &str,
        source: &Source,
        d: &mut Diagnostics,
    ) {
        if file.trim().is_empty() {
            d.push(
                source
                    .error_at(field, None, msg!("field-empty", field = field))
                    .help(msg!("file-empty-help")),
            );
            return;
        }
        // A photo or document on another site: readers would fetch it
        // from there, and the site would publish what it does not hold.
        let lower = file.trim_start().to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            d.push(
                source
                    .error_at(field, Some(file), msg!("file-is-address", file = file))
                    .help(msg!("file-is-address-help")),
            );
            return;
        }
        // `//etc/passwd` would be /etc/passwd once the site's `/` is
        // stripped: a path is the site's, never the build machine's disk.
        let escapes = file.split(['/', '\\']).any(|part| part == "..")
            || file.starts_with("//")
            || file.contains('\\')
            || file.contains(':');
        if escapes {
            d.push(
                source
                    .error_at(field, Some(file), msg!("file-outside-site", file = file))
                    .help(msg!("file-outside-site-help")),
            );
            return;
        }
        let exists = match file.strip_prefix('/') {
            Some(asset) => self.config.root.join("assets").join(asset).is_file(),
            None => self
                .bundle_files
                .contains(&(kind, slug.to_string(), file.to_string())),
        };
        if !exists {
            let help = if file.starts_with('/') {
                msg!("file-missing-asset-help", path = format!("assets{file}"))
            } else {
                msg!(
                    "file-missing-bundle-help",
                    folder = format!("content/{}/{slug}/", kind.folder())
                )
            };
            d.push(
                source
                    .error_at(field, Some(file), msg!("file-missing", file = file))
                    .help(help),
            );
        }
    }

    pub(super) fn story(&self, story: &Markdown<crate::model::StoryFront>, d: &mut Diagnostics) {
        let f = &story.front;
        let src = &story.source;
        empty_title(&f.title, src, d);
        self.member_ref(&f.member, "member", src, d);
        if let Some(c) = &f.committee {
            self.reference(
                &self.refs.committees,
                RefKind::Committees,
                c,
                "committee",
                src,
                d,
            );
        }
        let too_many = f.tags.len() > crate::limits::MAX_TAGS_PER_STORY;
        if too_many {
            // Checked first: naming each of thousands of tags would cost
            // more than the whole story.
            d.push(
                src.error_at("tags", None, msg!("tags-too-many", count = f.tags.len()))
                    .help(msg!(
                        "tags-too-many-help",
                        limit = crate::limits::MAX_TAGS_PER_STORY
                    )),
            );
        }
        for tag in f.tags.iter().filter(|_| !too_many) {
            if let Some((message, help)) = crate::discover::reserved_name(tag) {
                d.push(src.error_at("tags", Some(tag), message).help(help));
            } else if !is_valid_slug(tag) {
                d.push(
                    src.error_at("tags", Some(tag), msg!("tag-invalid", tag = tag.as_str()))
                        .help(msg!(
                            "tag-invalid-help",
                            key = crate::discover::slugify(tag)
                        )),
                );
            } else if !self.refs.tags.contains(tag) {
                d.push(
                    src.warning_at("tags", Some(tag), msg!("tag-no-label", tag = tag.as_str()))
                        .help(msg!("tag-no-label-help")),
                );
            }
        }
        if let Some(cover) = &f.cover {
            self.file_ref(Kind::Story, &story.slug, cover, "cover", src, d);
        }
    }

    pub(super) fn dataset(&self, ds: &crate::site::Dataset, d: &mut Diagnostics) {
        let (data, src) = (&ds.data, &ds.source);
        if data.publisher != "federation" {
            self.member_ref(&data.publisher, "publisher", src, d);
        }
        check_languages(self.config, &data.title, src, "title", d);
        for lang in data.keywords.languages() {
            if self.config.language(lang).is_none() {
                let codes: Vec<&str> = self.config.codes().collect();
                d.push(
                    src.error_at(
                        "keywords",
                        Some(lang),
                        msg!("not-a-site-language", lang = lang),
                    )
                    .help(msg!("use-one-of", choices = codes.join(", "))),
                );
            }
        }
        license(&data.license, src, d);
        if let Some(value) = &data.frequency {
            frequency(value, src, d);
        }
        if data.resources.is_empty() {
            d.push(
                src.warning_at("resources", None, msg!("dataset-no-resources"))
                    .help(msg!("dataset-no-resources-help")),
            );
        }
        for r in &data.resources {
            if r.file.starts_with('/') {
                d.push(
                    src.error_at("file", Some(&r.file), msg!("dataset-file-absolute"))
                        .help(msg!("dataset-file-absolute-help")),
                );
            } else {
                self.file_ref(Kind::Dataset, &ds.slug, &r.file, "file", src, d);
            }
        }
    }

    pub(super) fn deliverable(&self, del: &crate::site::Deliverable, d: &mut Diagnostics) {
        let (data, src) = (&del.data, &del.source);
        self.reference(
            &self.refs.committees,
            RefKind::Committees,
            &data.committee,
            "committee",
            src,
            d,
        );
        for m in &data.members {
            self.member_ref(m, "members", src, d);
        }
        check_languages(self.config, &data.title, src, "title", d);
        match (data.status, data.published) {
            (WorkStatus::Published, None) => d.push(
                src.error_at("status", None, msg!("deliverable-no-date"))
                    .help(msg!("deliverable-no-date-help")),
            ),
            (WorkStatus::Planned | WorkStatus::InProgress, Some(_)) => d.push(
                src.warning_at("published", None, msg!("deliverable-date-unpublished"))
                    .help(msg!("deliverable-date-unpublished-help")),
            ),
            _ => {}
        }
        // "Published" promises something to read: a file or a link.
        if data.status == WorkStatus::Published && data.files.is_empty() && data.link.is_none() {
            d.push(
                src.error_at("status", None, msg!("deliverable-published-empty"))
                    .help(msg!("deliverable-published-empty-help")),
            );
        }
        if let Some(url) = &data.link {
            if crate::address::base_path_of(url).is_none() {
                d.push(
                    src.error_at("link", None, msg!("url-not-absolute", url = url.as_str()))
                        .help(msg!("deliverable-link-help")),
                );
            }
        }
        for f in &data.files {
            self.file_ref(Kind::Deliverable, &del.slug, &f.file, "file", src, d);
            if let Some(lang) = &f.lang {
                if self.config.language(lang).is_none() && lang.len() > 3 {
                    d.push(src.error_at(
                        "lang",
                        Some(lang),
                        msg!("not-a-language-code", value = lang.as_str()),
                    ));
                }
            }
        }
    }
}
