//! Pair translations, drop drafts and future items, check every reference.
//! Produces the immutable [`Site`].

use crate::config::Config;
use crate::diag::{closest, suggest, Diagnostic, Diagnostics};
use crate::discover::{is_valid_slug, Kind, RefKind};
use crate::model::{RefList, Translated, WorkStatus};
use crate::msg;
use crate::parse::{Markdown, Parsed, Source, Yaml};
use crate::site::{References, Site, Versions, RESERVED_PAGE_SLUGS};
use crate::writers;
use indexmap::IndexMap;
use std::collections::{BTreeMap, BTreeSet};

/// The rectangle around Tunisia, islands included.
const TUNISIA_LAT: (f64, f64) = (30.2, 37.6);
const TUNISIA_LON: (f64, f64) = (7.5, 11.7);

pub fn resolve(config: Config, parsed: Parsed, diags: &mut Diagnostics) -> Site {
    let stood_in = stood_in(&parsed);
    let refs = references(&config, &parsed.references, diags);
    let checker = Checker {
        config: &config,
        refs: &refs,
        known: &parsed.known,
        broken_references: &parsed.broken_references,
        bundle_files: parsed
            .bundle_files
            .iter()
            .map(|b| (b.kind, b.slug.clone(), b.name.clone()))
            .collect(),
    };
    let mut d = Diagnostics::new();
    let pages = pair(Kind::Page, parsed.pages, &config, &mut d, |p| {
        (p.front.draft, None)
    });
    for page in &pages {
        for v in page.by_lang.values() {
            empty_title(&v.front.title, &v.source, &mut d);
        }
        if RESERVED_PAGE_SLUGS.contains(&page.slug.as_str()) {
            let v = page.by_lang.values().next().expect("at least one version");
            d.push(
                Diagnostic::error(msg!("page-slug-reserved", slug = page.slug.as_str()))
                    .in_file(&v.source.rel)
                    .help(msg!(
                        "page-slug-reserved-help",
                        reserved = RESERVED_PAGE_SLUGS.join(", ")
                    )),
            );
        }
    }
    let mut stories = pair(Kind::Story, parsed.stories, &config, &mut d, |s| {
        (s.front.draft, Some(s.front.date))
    });
    for story in stories.iter().flat_map(|s| s.by_lang.values()) {
        checker.story(story, &mut d);
    }
    for story in &stories {
        crate::writers::placeholders(story, crate::writers::story_fields, |f| f.draft, &mut d);
        crate::writers::disagreements(story, &mut d);
        writers::slug_written(story, |f| f.slug.as_deref(), &mut d);
    }
    for page in &pages {
        crate::writers::placeholders(page, crate::writers::page_fields, |f| f.draft, &mut d);
        section_of(page, &pages, &mut d);
        writers::slug_written(page, |f| f.slug.as_deref(), &mut d);
    }
    let mut members = unique(parsed.members, Kind::Member, &mut d);
    for m in &mut members {
        if let Some(key) = checker.refs.governorates.key_of_alias(&m.data.governorate) {
            m.data.governorate = key;
        }
    }
    for m in &members {
        checker.member(m, &mut d);
        writers::placeholder_texts(&m.source, "name", Some(&m.data.name), &mut d);
        let description = m.data.description.as_ref();
        writers::placeholder_texts(&m.source, "description", description, &mut d);
    }
    duplicate_names(&members, &config, &mut d);
    let datasets = unique(parsed.datasets, Kind::Dataset, &mut d);
    for ds in &datasets {
        checker.dataset(ds, &mut d);
        writers::placeholder_texts(&ds.source, "title", Some(&ds.data.title), &mut d);
    }
    let mut deliverables = unique(parsed.deliverables, Kind::Deliverable, &mut d);
    for del in &deliverables {
        checker.deliverable(del, &mut d);
        writers::placeholder_texts(&del.source, "title", Some(&del.data.title), &mut d);
        writers::placeholder_texts(&del.source, "summary", del.data.summary.as_ref(), &mut d);
    }
    deliverables.sort_by(|a, b| (a.data.due, &a.slug).cmp(&(b.data.due, &b.slug)));
    stories.sort_by(|a, b| {
        let date = |s: &Versions<crate::model::StoryFront>| {
            s.shown(&config.default_language, &config)
                .version
                .front
                .date
        };
        date(b).cmp(&date(a)).then_with(|| a.slug.cmp(&b.slug))
    });
    let mut pages = pages;
    pages.sort_by(|a, b| {
        let weight = |p: &Versions<crate::model::PageFront>| {
            p.shown(&config.default_language, &config)
                .version
                .front
                .weight
        };
        (weight(a), &a.slug).cmp(&(weight(b), &b.slug))
    });
    // What is found on a line whose mistake was stood in for is about the
    // stand-in: the writer has been told about that line already.
    // (A duplicate slug is reported at 1:1 whatever stands there.)
    diags.extend(d.into_iter().filter(|x| {
        let at = x.file.clone().zip(x.pos.map(|p| p.line));
        let about_the_file = matches!(x.message.id, "slug-twice" | "slug-twice-in-lang");
        about_the_file || !at.is_some_and(|at| stood_in.contains(&at))
    }));
    // A draft's or a future story's photos are not published before it is.
    let published: std::collections::HashSet<(Kind, &str)> =
        (pages.iter().map(|p| (Kind::Page, p.slug.as_str())))
            .chain(stories.iter().map(|s| (Kind::Story, s.slug.as_str())))
            .chain(members.iter().map(|m| (Kind::Member, m.slug.as_str())))
            .chain(datasets.iter().map(|d| (Kind::Dataset, d.slug.as_str())))
            .chain(
                deliverables
                    .iter()
                    .map(|d| (Kind::Deliverable, d.slug.as_str())),
            )
            .collect();
    let bundle_files = parsed
        .bundle_files
        .into_iter()
        .filter(|b| published.contains(&(b.kind, b.slug.as_str())))
        .collect();
    Site {
        config,
        refs,
        pages,
        members,
        stories,
        datasets,
        deliverables,
        bundle_files,
    }
}

fn references(
    config: &Config,
    lists: &[(RefKind, Yaml<RefList>)],
    diags: &mut Diagnostics,
) -> References {
    let mut refs = References::default();
    for (kind, list) in lists {
        for (key, entry) in &list.data.entries {
            if !is_valid_slug(key) {
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
fn check_languages(
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

/// Group Markdown files by slug, dropping drafts (unless `--drafts`) and
/// items dated after the build date (unless `--future`).
fn pair<F>(
    kind: Kind,
    files: Vec<Markdown<F>>,
    config: &Config,
    diags: &mut Diagnostics,
    meta: impl Fn(&Markdown<F>) -> (bool, Option<crate::model::Day>),
) -> Vec<Versions<F>> {
    let mut by_slug: BTreeMap<String, IndexMap<String, Markdown<F>>> = BTreeMap::new();
    for file in files {
        let (draft, date) = meta(&file);
        if (draft && !config.drafts) || (date.is_some_and(|d| d > config.today) && !config.future) {
            continue;
        }
        let versions = by_slug.entry(file.slug.clone()).or_default();
        if let Some(first) = versions.get(&file.lang) {
            // Reported on the later path, whatever order the files came in.
            let (earlier, later) = if first.source.rel < file.source.rel {
                (&first.source.rel, &file.source.rel)
            } else {
                (&file.source.rel, &first.source.rel)
            };
            diags.push(
                Diagnostic::error(msg!(
                    "slug-twice-in-lang",
                    kind = kind.folder(),
                    slug = file.slug.as_str(),
                    lang = file.lang.as_str()
                ))
                .in_file(later)
                .at(Some(crate::diag::Pos::new(1, 1)))
                .help(msg!("slug-twice-help", file = earlier.as_str())),
            );
            continue;
        }
        versions.insert(file.lang.clone(), file);
    }
    by_slug
        .into_iter()
        .map(|(slug, mut by_lang)| {
            by_lang.sort_by_cached_key(|lang, _| config.codes().position(|c| c == lang));
            Versions { slug, by_lang }
        })
        .collect()
}

/// YAML items sorted by slug, with a duplicate (flat file and bundle) reported.
fn unique<T>(mut items: Vec<Yaml<T>>, kind: Kind, diags: &mut Diagnostics) -> Vec<Yaml<T>> {
    items.sort_by(|a, b| (&a.slug, &a.source.rel).cmp(&(&b.slug, &b.source.rel)));
    let mut out: Vec<Yaml<T>> = Vec::with_capacity(items.len());
    for item in items {
        if let Some(prev) = out.last().filter(|p| p.slug == item.slug) {
            diags.push(
                Diagnostic::error(msg!(
                    "slug-twice",
                    kind = kind.folder(),
                    slug = item.slug.as_str()
                ))
                .in_file(&item.source.rel)
                .at(Some(crate::diag::Pos::new(1, 1)))
                .help(msg!("slug-twice-help", file = prev.source.rel.as_str())),
            );
            continue;
        }
        out.push(item);
    }
    out
}

/// Two members with the same name in one language would be confused in the
/// directory and by search.
fn duplicate_names(members: &[crate::site::Member], config: &Config, d: &mut Diagnostics) {
    for lang in config.codes() {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for m in members {
            let Some(name) = m.data.name.get(lang) else {
                continue;
            };
            let key = name.trim().to_lowercase();
            if let Some(first) = seen.get(&key) {
                d.push(
                    m.source
                        .error_at(
                            "name",
                            None,
                            msg!(
                                "member-name-twice",
                                name = name,
                                first = *first,
                                lang = lang
                            ),
                        )
                        .help(msg!("member-name-twice-help")),
                );
            } else {
                seen.insert(key, &m.slug);
            }
        }
    }
}

struct Checker<'a> {
    config: &'a Config,
    refs: &'a References,
    known: &'a BTreeSet<(Kind, String)>,
    broken_references: &'a BTreeSet<RefKind>,
    bundle_files: BTreeSet<(Kind, String, String)>,
}

impl Checker<'_> {
    fn reference(
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

    fn member_ref(&self, slug: &str, field: &str, source: &Source, d: &mut Diagnostics) {
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
    fn file_ref(
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
        let escapes = file.split(['/', '\\']).any(|part| part == "..")
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

    fn story(&self, story: &Markdown<crate::model::StoryFront>, d: &mut Diagnostics) {
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
            if !is_valid_slug(tag) {
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

    fn member(&self, m: &crate::site::Member, d: &mut Diagnostics) {
        let (data, src) = (&m.data, &m.source);
        self.reference(
            &self.refs.governorates,
            RefKind::Governorates,
            &data.governorate,
            "governorate",
            src,
            d,
        );
        for s in &data.services {
            self.reference(
                &self.refs.services,
                RefKind::Services,
                s,
                "services",
                src,
                d,
            );
        }
        for c in &data.committees {
            self.reference(
                &self.refs.committees,
                RefKind::Committees,
                c,
                "committees",
                src,
                d,
            );
        }
        for (key, value) in [
            ("name", Some(&data.name)),
            ("address", data.address.as_ref()),
            ("description", data.description.as_ref()),
        ] {
            if let Some(v) = value {
                check_languages(self.config, v, src, key, d);
            }
        }
        let loc = data.location;
        if !(TUNISIA_LAT.0..=TUNISIA_LAT.1).contains(&loc.lat)
            || !(TUNISIA_LON.0..=TUNISIA_LON.1).contains(&loc.lon)
        {
            let help = if (TUNISIA_LAT.0..=TUNISIA_LAT.1).contains(&loc.lon)
                && (TUNISIA_LON.0..=TUNISIA_LON.1).contains(&loc.lat)
            {
                msg!("location-swapped-help")
            } else {
                msg!("location-outside-help")
            };
            d.push(
                src.error_at(
                    "location",
                    None,
                    msg!(
                        "location-outside",
                        lat = loc.lat.to_string(),
                        lon = loc.lon.to_string()
                    ),
                )
                .help(help),
            );
        } else if let Some(false) = crate::map::in_governorate(&data.governorate, loc.lat, loc.lon)
        {
            let found = crate::map::governorates_at(loc.lat, loc.lon);
            let help = match found.first() {
                Some(other) => msg!("location-in-other-help", governorate = *other),
                None => msg!("location-at-sea-help"),
            };
            d.push(
                src.warning_at(
                    "location",
                    None,
                    msg!(
                        "location-not-in-governorate",
                        governorate = data.governorate.as_str()
                    ),
                )
                .help(help),
            );
        }
        if let Some(phone) = &data.phone {
            let digits = phone.chars().filter(char::is_ascii_digit).count();
            let shape_ok = phone
                .chars()
                .enumerate()
                .all(|(i, c)| c.is_ascii_digit() || c == ' ' || (c == '+' && i == 0));
            if !shape_ok || digits < 8 {
                d.push(
                    src.error_at("phone", None, msg!("phone-invalid", phone = phone.as_str()))
                        .help(msg!("phone-invalid-help")),
                );
            }
        }
        if let Some(email) = &data.email {
            let ok = email.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !email.contains(char::is_whitespace)
            });
            if !ok {
                d.push(
                    src.error_at("email", None, msg!("email-invalid", email = email.as_str()))
                        .help(msg!("email-invalid-help")),
                );
            }
        }
        if let Some(hours) = &data.hours {
            if let Err(err) = crate::hours::parse(hours) {
                d.push(hours_error(src, hours, &err));
            }
        }
        if let Some(url) = &data.website {
            if crate::config::base_path_of(url).is_none() {
                d.push(
                    src.error_at(
                        "website",
                        None,
                        msg!("url-not-absolute", url = url.as_str()),
                    )
                    .help(msg!("website-help")),
                );
            }
        }
    }

    fn dataset(&self, ds: &crate::site::Dataset, d: &mut Diagnostics) {
        let (data, src) = (&ds.data, &ds.source);
        if data.publisher != "federation" {
            self.member_ref(&data.publisher, "publisher", src, d);
        }
        check_languages(self.config, &data.title, src, "title", d);
        license(&data.license, src, d);
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

    fn deliverable(&self, del: &crate::site::Deliverable, d: &mut Diagnostics) {
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

/// An hours error points at the offending character inside the value:
/// the value's column on the `hours:` line plus the character index (one
/// more when the value is quoted).
fn hours_error(src: &Source, value: &str, err: &crate::hours::HoursError) -> Diagnostic {
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

fn singular(kind: RefKind) -> &'static str {
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
fn license(id: &str, src: &Source, d: &mut Diagnostics) {
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

/// A title of only spaces would give an empty heading and an empty link.
fn empty_title(title: &str, src: &Source, d: &mut Diagnostics) {
    if title.trim().is_empty() {
        d.push(
            src.error_at("title", None, msg!("title-empty"))
                .help(msg!("title-empty-help")),
        );
    }
}

/// `section:` names another page, which leads no section of its own.
fn section_of(
    page: &Versions<crate::model::PageFront>,
    pages: &[Versions<crate::model::PageFront>],
    d: &mut Diagnostics,
) {
    for v in page.by_lang.values() {
        let Some(lead) = v.front.section.as_deref() else {
            continue;
        };
        let leads_a_section =
            |p: &&Versions<crate::model::PageFront>| p.slug == lead && p.slug != page.slug;
        if let Some(target) = pages.iter().find(leads_a_section) {
            if target.by_lang.values().all(|t| t.front.section.is_none()) {
                continue;
            }
        }
        let slugs = pages
            .iter()
            .map(|p| p.slug.as_str())
            .filter(|s| *s != page.slug);
        let help = suggest(lead, slugs).unwrap_or_else(|| msg!("section-help"));
        d.push(
            v.source
                .error_at("section", Some(lead), msg!("section-unknown", slug = lead))
                .help(help),
        );
    }
}

/// (file, line) of every value stood in for while parsing.
fn stood_in(parsed: &Parsed) -> BTreeSet<(String, usize)> {
    let sources = (parsed.pages.iter().map(|p| &p.source))
        .chain(parsed.stories.iter().map(|s| &s.source))
        .chain(parsed.members.iter().map(|m| &m.source))
        .chain(parsed.datasets.iter().map(|d| &d.source))
        .chain(parsed.deliverables.iter().map(|d| &d.source))
        .chain(parsed.references.iter().map(|(_, r)| &r.source));
    sources
        .flat_map(|s| s.stood_in.iter().map(|l| (s.rel.clone(), *l)))
        .collect()
}

/// A reference still holding what `fadaa new` wrote (`member: "…"`).
fn placeholder_ref(source: &Source, field: &str, value: &str) -> Option<Diagnostic> {
    let text = crate::scaffold::placeholder_in(value)?;
    Some(source.error_at(
        field,
        None,
        msg!("placeholder-in-field", field = field, text = text),
    ))
}
