//! `fadaa new <kind> <slug>`: a new item, filled in enough to build, in the
//! place the content model expects, in every language for translated kinds.
//! It never overwrites: an existing file is an error naming it.

use crate::config::Config;
use crate::diag::Diagnostic;
use crate::discover::check_slug;
use crate::model::Day;
use crate::msg;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewKind {
    Story,
    Member,
    Dataset,
    Deliverable,
    Page,
    /// The sheet of a service of services.yaml, named by its key.
    Service,
    /// An activity of the network, at a member's space by default.
    Event,
}

impl NewKind {
    pub fn parse(name: &str) -> Option<NewKind> {
        Some(match name {
            "story" => NewKind::Story,
            "member" => NewKind::Member,
            "dataset" => NewKind::Dataset,
            "deliverable" => NewKind::Deliverable,
            "page" => NewKind::Page,
            "service" => NewKind::Service,
            "event" => NewKind::Event,
            _ => return None,
        })
    }
}

/// What the new item may refer to: the first member, committee and
/// governorate of the site's own lists, so that the template builds.
pub struct Defaults {
    pub member: Option<String>,
    pub committee: Option<String>,
    pub governorate: Option<String>,
    /// Keys of the site's governorates.yaml: a member named after one
    /// (`fadaa new member kairouan`) is placed in it.
    pub governorates: Vec<String>,
    pub today: Day,
}

/// Files to write, by path relative to the site root. `lang` limits a
/// translated kind to one language.
pub fn files(
    config: &Config,
    kind: NewKind,
    slug: &str,
    lang: Option<&str>,
    defaults: &Defaults,
) -> Result<Vec<(PathBuf, String)>, Diagnostic> {
    check_slug(slug)?;
    let langs = languages(config, lang)?;
    let out = templates(kind, slug, &langs, defaults);
    for (path, _) in &out {
        check_free(config, path)?;
    }
    Ok(out)
}

/// The languages to write a translated kind in: `lang` alone (one of the
/// site's), or all of the site's.
fn languages<'c>(config: &'c Config, lang: Option<&'c str>) -> Result<Vec<&'c str>, Diagnostic> {
    match lang {
        Some(l) if config.language(l).is_none() => {
            let known: Vec<&str> = config.codes().collect();
            Err(Diagnostic::error(msg!("not-a-site-language", lang = l))
                .help(msg!("use-one-of", choices = known.join(", "))))
        }
        Some(l) => Ok(vec![l]),
        None => Ok(config.codes().collect()),
    }
}

/// Never a real member or committee: a hurried writer could leave it
/// and publish a story under another municipality's name.
const ANY_MEMBER: &str = "…";
const ANY_COMMITTEE: &str = "…";

/// Each file of the new item and its text.
fn templates(
    kind: NewKind,
    slug: &str,
    langs: &[&str],
    defaults: &Defaults,
) -> Vec<(PathBuf, String)> {
    let today = defaults.today.iso();
    match kind {
        NewKind::Story => langs
            .iter()
            .map(|l| {
                let path = format!("content/stories/{slug}.{l}.md");
                (path.into(), story(l, ANY_MEMBER, ANY_COMMITTEE, &today))
            })
            .collect(),
        NewKind::Page => langs
            .iter()
            .map(|l| (format!("content/pages/{slug}.{l}.md").into(), page(l)))
            .collect(),
        NewKind::Member => vec![(
            format!("content/members/{slug}.yaml").into(),
            member(slug, defaults),
        )],
        NewKind::Dataset => vec![
            (
                format!("content/datasets/{slug}/dataset.yaml").into(),
                dataset(&today),
            ),
            (
                format!("content/datasets/{slug}/data.csv").into(),
                "month,requests\n2025-01,0\n".into(),
            ),
        ],
        NewKind::Deliverable => vec![(
            format!("content/deliverables/{slug}.yaml").into(),
            deliverable(&today),
        )],
        NewKind::Service => vec![(
            format!("content/services/{slug}.yaml").into(),
            SERVICE.into(),
        )],
        NewKind::Event => vec![(
            format!("content/events/{slug}.yaml").into(),
            event(defaults),
        )],
    }
}

/// `path` can be written: no file there yet, and no link through which
/// the write would land out of the site (even one to nowhere).
fn check_free(config: &Config, path: &std::path::Path) -> Result<(), Diagnostic> {
    if crate::inputs::leads_out(&config.root, &config.root.join(path)) {
        return Err(Diagnostic::error(msg!("input-symlink"))
            .in_file(path.display().to_string())
            .help(msg!("input-symlink-help")));
    }
    if config.root.join(path).exists() {
        return Err(
            Diagnostic::error(msg!("new-exists", file = path.display().to_string()))
                .help(msg!("new-exists-help")),
        );
    }
    Ok(())
}

/// A member: in the governorate its slug names, if it names one, else the
/// site's first; its location a point there.
fn member(slug: &str, defaults: &Defaults) -> String {
    let governorate = if defaults.governorates.iter().any(|g| g == slug) {
        slug
    } else {
        defaults.governorate.as_deref().unwrap_or("tunis")
    };
    let (lat, lon) = crate::geo::point_in(governorate).unwrap_or((36.8065, 10.1815));
    format!(
        "# بلدية من الشبكة: عوّض كل قيمة، ويقول `fadaa check` ما بقي خاطئًا.\n\
         # Une commune du réseau : remplacez chaque valeur ; `fadaa check` dit ce qui reste faux.\n\
         name: {{ ar: \"بلدية …\", fr: \"Commune de …\" }}\n\
         governorate: {governorate}\n\
         # مدخل فضاء المواطن: انقر عليه بالزر الأيمن في خريطة لنسخ خط العرض وخط الطول.\n\
         # L’entrée de l’Espace Citoyen : clic droit dessus sur une carte pour copier latitude et longitude.\n\
         location: {{ lat: {lat}, lon: {lon} }}\n\
         status: planned            # operational | in-progress | planned\n\
         hours: \"Mo-Fr 08:00-12:30,14:00-17:00; Sa 08:00-12:30; PH off\"\n\
         services: []\n\
         committees: []\n\
         description:\n  ar: |\n    فضاء المواطن ب…\n  fr: |\n    L'Espace citoyen de …\n"
    )
}

/// A dataset's description; its data file is written beside it.
fn dataset(today: &str) -> String {
    let member = ANY_MEMBER;
    format!(
        "title: {{ ar: \"…\", fr: \"…\" }}\n\
         description:\n  ar: |\n    ما الذي تحتويه البيانات، ومن أين جاءت.\n  fr: |\n    Ce que contiennent les données, et d'où elles viennent.\n\
         publisher: \"{member}\"            # member / عضو (slug) | federation\n\
         license: CC-BY-4.0\n\
         keywords: []\n\
         updated: {today}\n\
         resources:\n  - file: data.csv\n"
    )
}

/// A committee's deliverable, due on the build date.
fn deliverable(today: &str) -> String {
    let committee = ANY_COMMITTEE;
    format!(
        "title: {{ ar: \"…\", fr: \"…\" }}\n\
         summary: {{ ar: \"…\", fr: \"…\" }}\n\
         committee: \"{committee}\"\n\
         kind: guide                 # guide | report | toolkit | training | study | event\n\
         status: planned             # planned | in-progress | published\n\
         due: {today}\n\
         members: []\n"
    )
}

/// An activity: on the build date, at the site's first member.
fn event(defaults: &Defaults) -> String {
    let place = match &defaults.member {
        Some(member) => format!("{member}                 # بلدية عضو، أو عنوان وإحداثيات — un membre, ou une adresse et sa position"),
        None => "\n  address: { ar: \"…\", fr: \"…\" }\n  location: { lat: 36.8065, lon: 10.1815 }".to_string(),
    };
    format!(
        "# نشاط للشبكة: عوّض كلّ … بنصّك — Une activité du réseau : remplacez chaque … par votre texte\n\
         title: {{ ar: \"…\", fr: \"…\" }}\n\
         kind: meeting                 # meeting | training | visit | conference | hackathon\n\
         start: {today} 09:00          # بتوقيت تونس — heure de Tunis\n\
         end: {today} 12:00\n\
         place: {place}\n\
         summary: {{ ar: \"…\", fr: \"…\" }}\n",
        today = defaults.today.iso()
    )
}

/// A service's sheet: its key (the file's name) must be in services.yaml.
const SERVICE: &str = "\
# بطاقة خدمة من content/services.yaml: اسم الملف هو رمزها — La fiche d'un service de content/services.yaml : le nom du fichier est sa clé
summary: { ar: \"…\", fr: \"…\" }
who: { ar: \"…\", fr: \"…\" }
documents:
  - { ar: \"…\", fr: \"…\" }
fee: 0                        # بالدينار (1.500)، و0 إن كانت مجانية — en dinars (1.500) ; 0 si gratuit
delay: { ar: \"…\", fr: \"…\" }
";

/// What `new` writes for the writer to replace. A published item that
/// still holds one of these is an error (`resolve` asks [`placeholder_in`]).
const PLACEHOLDERS: &[&str] = &[
    "عنوان القصة",
    "Titre du récit",
    "جملة أو جملتان تلخّصان ما تغيّر للمواطنين.",
    "Une ou deux phrases qui disent ce qui a changé pour les citoyens.",
    "ما الذي كان صعبًا على المواطنين؟",
    "Qu'est-ce qui était difficile pour les citoyens ?",
    "ما الذي تغيّر، بالأرقام إن أمكن.",
    "Ce qui a changé, en chiffres si possible.",
    "عنوان الصفحة",
    "Titre de la page",
    "بلدية …",
    "Commune de …",
    "فضاء المواطن ب…",
    "L'Espace citoyen de …",
];

/// The placeholder `text` still holds, if any: `…` alone, or a sentence
/// of `new`'s templates.
pub fn placeholder_in(text: &str) -> Option<&'static str> {
    if text.trim() == "…" {
        return Some("…");
    }
    // The first in the list that the text holds, wherever it is.
    let found = finder().find_overlapping_iter(text);
    let first = found.map(|m| m.pattern().as_usize()).min()?;
    Some(PLACEHOLDERS[first])
}

/// Every placeholder at once: `resolve` asks about each title and
/// summary of the site on every rebuild, and fourteen substring searches
/// per field were about a fifth of its time. (Bodies are compared line by
/// line in `placeholder_line`: on Arabic text the automaton was slower.)
fn finder() -> &'static aho_corasick::AhoCorasick {
    static FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(PLACEHOLDERS)
                .expect("the placeholders are a handful of short texts")
        });
    &FINDER
}

/// The first line of a Markdown body, outside code blocks, that is a
/// placeholder of `new`'s templates: (0-based line, placeholder).
pub fn placeholder_line(body: &str) -> Option<(usize, &'static str)> {
    let mut in_code = false;
    body.lines().enumerate().find_map(|(i, line)| {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_code = !in_code;
            return None;
        }
        if in_code || line.starts_with("    ") {
            return None;
        }
        PLACEHOLDERS
            .iter()
            .copied()
            .find(|p| t == *p)
            .map(|p| (i, p))
    })
}

fn story(lang: &str, member: &str, _committee: &str, today: &str) -> String {
    let (title, summary, body) = if lang == "ar" {
        (
            "عنوان القصة",
            "جملة أو جملتان تلخّصان ما تغيّر للمواطنين.",
            "## البداية\n\nما الذي كان صعبًا على المواطنين؟\n\n## ما فعلناه\n\n- خطوة أولى\n- خطوة ثانية\n\n## النتيجة\n\nما الذي تغيّر، بالأرقام إن أمكن.\n",
        )
    } else {
        (
            "Titre du récit",
            "Une ou deux phrases qui disent ce qui a changé pour les citoyens.",
            "## Au départ\n\nQu'est-ce qui était difficile pour les citoyens ?\n\n## Ce que nous avons fait\n\n- Première étape\n- Deuxième étape\n\n## Le résultat\n\nCe qui a changé, en chiffres si possible.\n",
        )
    };
    format!(
        "---\ntitle: \"{title}\"\ndate: {today}\nmember: \"{member}\"      # {member_hint}\n# committee: …       # {committee_hint}\nsummary: \"{summary}\"\ntags: []\ndraft: true\n---\n\n{body}",
        member_hint = "content/members/<slug>.yaml",
        committee_hint = "content/committees.yaml"
    )
}

fn page(lang: &str) -> String {
    let (title, body) = if lang == "ar" {
        ("عنوان الصفحة", "## قسم أول\n\nالنص.\n")
    } else {
        ("Titre de la page", "## Première section\n\nLe texte.\n")
    };
    format!("---\ntitle: \"{title}\"\nweight: 50\nmenu: false\ndraft: true\n---\n\n{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_placeholder_is_found_anywhere_in_a_field_and_only_alone_on_a_line() {
        assert_eq!(placeholder_in("  …  "), Some("…"));
        assert_eq!(placeholder_in("Titre du récit"), Some("Titre du récit"));
        assert_eq!(
            placeholder_in("Bienvenue — Commune de … !"),
            Some("Commune de …")
        );
        assert_eq!(placeholder_in("Commune de Sfax"), None);
        // Two in one text: the first of the list is named, as before.
        let both = "L'Espace citoyen de … , Titre du récit";
        assert_eq!(placeholder_in(both), Some("Titre du récit"));

        let body = "Intro\n\n```\nTitre du récit\n```\n\nTitre du récit\n";
        assert_eq!(placeholder_line(body), Some((6, "Titre du récit")));
        assert_eq!(placeholder_line("Le Titre du récit est là\n"), None);
        assert_eq!(placeholder_line("Rien à signaler\n"), None);
    }
}
