use super::*;

#[test]
fn slugs() {
    assert!(is_valid_slug("guichet-unique-2"));
    assert!(!is_valid_slug("Guichet"));
    assert!(!is_valid_slug("a--b"));
    assert!(!is_valid_slug("-a"));
    assert!(!is_valid_slug("صفاقس"));
    assert!(!is_valid_slug("con") && !is_valid_slug("lpt9"));
    assert!(is_valid_slug("console") && is_valid_slug("com10") && is_valid_slug("lpt"));
    assert_eq!(
        slugify("Journée Portes_Ouvertes"),
        "journee-portes-ouvertes"
    );
    assert_eq!(slugify("Œuvre 2024"), "oeuvre-2024");
    let err = check_slug("Sfax Ville").unwrap_err();
    assert_eq!(
        err.help.map(|h| h.to_string()).as_deref(),
        Some("use lowercase ASCII letters, digits and `-`: `sfax-ville`")
    );
}

#[test]
fn windows_device_names_are_refused_in_any_case_and_with_an_extension() {
    for name in ["con", "PRN", "Aux", "nul", "com1", "COM9", "lpt1", "lpt9"] {
        assert!(windows_device(name).is_some(), "{name}");
    }
    assert_eq!(windows_device("nul.fr.md"), Some("nul"));
    assert_eq!(windows_device("AUX.jpg"), Some("AUX"));
    for name in ["com0", "com10", "lpt", "conseil", "null", "aux-2", "x.con"] {
        assert_eq!(windows_device(name), None, "{name}");
    }
    let err = check_slug("aux").unwrap_err();
    assert_eq!(err.message.id, "name-reserved");
    assert_eq!(
        err.help.map(|h| h.to_string()).as_deref(),
        Some("rename it: add a word or a number, e.g. `aux-1`")
    );
    let (_, help) = reserved_name("nul.jpg").unwrap();
    assert!(help.to_string().contains("`nul-1.jpg`"), "{help}");
}

#[test]
fn ignored_files() {
    // Backups and vim's probe too: serve's watcher drops their events,
    // so the walk must not list them (`discover::Saved` trusts it).
    let names = [
        ".DS_Store",
        "x.md~",
        ".x.md.swp",
        "#x.md#",
        "x.tmp",
        "x.md.bak",
        "4913",
    ];
    for name in names {
        assert!(is_ignored(name), "{name}");
    }
    assert!(!is_ignored("x.fr.md"));
    assert!(!is_ignored("4913.fr.md"));
}
