//! What the pages of a build are made from, hashed by where it comes from:
//! one hash per story (its source files), one per member (its file and
//! texts), and one for everything else (the files and rendered texts of
//! every other item, reference lists, the photos). `render` fingerprints
//! a story's page from these and from the keys of the cards it shows,
//! without building its variables (`render::reads`): a title edited in
//! one story leaves the other 8,000 story pages of a 10,000-page site
//! unvisited but for a hash, and a member's name edited leaves the pages
//! of the other members' stories as they were without a look at their
//! variables.
//!
//! The settings and UI strings are in `others` too (a change to either
//! also forgets every page: `Memo::check_every_page`). What is not here,
//! and so must never be read through `reads` or what `render::kept`
//! keeps without a key of its own (`kept::lists_key` takes the
//! templates' key): the templates (each page's fingerprint has its template's
//! key), and the stories' rendered texts (a page's own body is hashed by
//! `reads` itself, a card's length by `render::kept`).

use crate::content::Content;
use crate::discover::{Kind, RefKind, Role, SourceFile};
use crate::fingerprint;
use crate::parse;
use crate::resources::Resources;
use rustc_hash::FxHashMap;

/// The hashes of one build's inputs (`serve` only: a build without a memo
/// fingerprints nothing).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Digest {
    /// Every source file but the stories', the rendered texts but the
    /// stories', the photos, the settings and the UI strings.
    pub others: u64,
    /// `others` but the members' files and texts: what a page that reads
    /// one member (its story's) reads of the rest (`Digest::member`).
    pub others_but_members: u64,
    /// The tags file's term in `others_but_members`: a story's search
    /// document reads of it only its tags' names, which its card's fields
    /// carry (`others_but_members_and_tags`).
    tags: u64,
    /// Each story's source files, by slug.
    stories: FxHashMap<String, u64>,
    /// Each member's source file and texts, by slug.
    members: FxHashMap<String, u64>,
}

impl Digest {
    /// The hashes of the source `files` as `parsed` (the memo's parse of
    /// each, by the hash of its bytes), of the texts but the stories' in
    /// `content`, of the photos in `data`, and `settings` (a hash of the
    /// settings and UI strings).
    pub fn of(
        files: &[SourceFile],
        parsed: &parse::Cache,
        (content, data): (&Content, &Resources),
        settings: u64,
    ) -> Digest {
        let neither = |kind| !matches!(kind, Kind::Story | Kind::Member);
        let (texts, member_texts) = content.hash_texts(neither, Kind::Member);
        let members = member_texts.into_iter();
        let mut digest = Digest {
            others_but_members: settings.wrapping_add(texts),
            members: members
                .map(|(slug, hash)| (slug.to_string(), hash))
                .collect(),
            ..Digest::default()
        };
        // Summed, not chained: the sum does not depend on the order the
        // files come in, and each term names its file.
        for file in files {
            let Some(hash) = parse::bytes_hash(parsed, &file.rel) else {
                // A file not parsed (a bundle's photo or attachment): a
                // story's page reads only its photos, which `images` has.
                continue;
            };
            let term = fingerprint::of(&(&file.rel, hash));
            if matches!(file.role, Role::Reference(RefKind::Tags)) {
                digest.tags = digest.tags.wrapping_add(term);
            }
            let sum = match item_of(&file.role) {
                Some((Kind::Story, slug)) => digest.stories.entry(slug.to_string()).or_default(),
                Some((_, slug)) => digest.members.entry(slug.to_string()).or_default(),
                None => &mut digest.others_but_members,
            };
            *sum = sum.wrapping_add(term);
        }
        let images = &data.images;
        let photos = fingerprint::of(&format!("{:?}{:?}", images.sets, images.by_output));
        digest.others_but_members = digest.others_but_members.wrapping_add(photos);
        let members = digest.members.iter();
        // Each member's slug in its term: a sum of the hashes alone would
        // not tell two members' edits that cancel out.
        let members = members.map(|(slug, hash)| fingerprint::of(&(slug, hash)));
        let members = members.fold(0, u64::wrapping_add);
        digest.others = digest.others_but_members.wrapping_add(members);
        digest
    }

    /// `others_but_members` but the tags file: with a story card's own
    /// key (its fields, its tags' names among them), what its story's
    /// search document is made from besides its member and itself. A tag
    /// renamed then makes again the documents of its stories only, not
    /// the site's 8,000.
    pub fn others_but_members_and_tags(&self) -> u64 {
        self.others_but_members.wrapping_sub(self.tags)
    }

    /// The hash of the story `slug`'s source files.
    pub fn story(&self, slug: &str) -> u64 {
        self.stories.get(slug).copied().unwrap_or_default()
    }

    /// The hash of the member `slug`'s source file and texts.
    pub fn member(&self, slug: &str) -> u64 {
        self.members.get(slug).copied().unwrap_or_default()
    }
}

/// The story or member a source file belongs to, if it does.
fn item_of(role: &Role) -> Option<(Kind, &str)> {
    match role {
        Role::Markdown { kind, slug, .. }
        | Role::Yaml { kind, slug }
        | Role::BundleFile { kind, slug, .. }
            if matches!(kind, Kind::Story | Kind::Member) =>
        {
            Some((*kind, slug))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(dir: &std::path::Path, slug: &str, text: &str) -> SourceFile {
        let rel = format!("content/stories/{slug}.fr.md");
        std::fs::create_dir_all(dir.join("content/stories")).unwrap();
        std::fs::write(dir.join(&rel), text).unwrap();
        SourceFile {
            path: dir.join(&rel),
            rel,
            role: Role::Markdown {
                kind: Kind::Story,
                slug: slug.into(),
                lang: "fr".into(),
            },
        }
    }

    fn digest(files: &[SourceFile]) -> Digest {
        let mut cache = parse::Cache::default();
        let saved = crate::discover::Saved::Unknown;
        let mut diags = crate::diag::Diagnostics::new();
        parse::parse_with(files, &mut cache, &saved, &mut diags);
        let nothing = (&Content::default(), &Resources::default());
        Digest::of(files, &cache, nothing, 0)
    }

    #[test]
    fn the_tags_file_is_in_the_rest_but_apart() {
        let dir = tempfile::tempdir().unwrap();
        let tags = |text: &str| {
            std::fs::write(dir.path().join("tags.yaml"), text).unwrap();
            SourceFile {
                path: dir.path().join("tags.yaml"),
                rel: "content/tags.yaml".into(),
                role: Role::Reference(RefKind::Tags),
            }
        };
        let story = story(dir.path(), "a", "---\ntitle: A\n---\nx\n");
        let before = digest(&[story.clone(), tags("accueil: {fr: Accueil}\n")]);
        let after = digest(&[story, tags("accueil: {fr: Accueil citoyen}\n")]);
        assert_ne!(before.others_but_members, after.others_but_members);
        assert_eq!(
            before.others_but_members_and_tags(),
            after.others_but_members_and_tags()
        );
    }

    #[test]
    fn a_story_edited_changes_its_own_hash_only() {
        let dir = tempfile::tempdir().unwrap();
        let text = "---\ntitle: A\n---\nx\n";
        let (a, b) = (story(dir.path(), "a", text), story(dir.path(), "b", text));
        let before = digest(&[a.clone(), b.clone()]);
        let a = story(dir.path(), "a", "---\ntitle: A2\n---\nx\n");
        let after = digest(&[a, b]);
        assert_ne!(before.story("a"), after.story("a"));
        assert_eq!(before.story("b"), after.story("b"));
        assert_eq!(before.others, after.others);
        assert_ne!(before.story("b"), 0, "a story parsed has a hash");
    }
}
