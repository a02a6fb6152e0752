use super::*;

const FILE: Context = Context {
    error_line: None,
    line_offset: 0,
    front_matter: false,
};

fn at(line: usize) -> Context {
    Context {
        error_line: Some(line),
        ..FILE
    }
}

#[test]
fn a_key_indented_under_a_value_is_named() {
    let e = explain("x", "location:\n  lat: 36.8\n   lon: 10.1\n", FILE).unwrap();
    assert_eq!(
        e.message,
        "`lon` is indented more than `lat` on the line above"
    );
    assert_eq!(e.place, Some((3, 4)));
}

#[test]
fn flow_maps_block_text_and_list_items_are_not_over_indented() {
    for text in [
        "name: { ar: x,\n        fr: y }\n",
        "description: |\n  Horaires: 8h\n    détail: x\nstatus: ok\n",
        "- lat: 1\n  lon: 2\n",
        "files:\n  - path: a.pdf\n    lang: fr\n",
    ] {
        assert_eq!(over_indented_key(text), None, "{text}");
    }
}

#[test]
fn an_unclosed_quote_is_found_and_escapes_are_not_closings() {
    let text = "a: \"closed \\\" here\"\nb: 'it''s'\ntitle: \"Sfax\ndate: x\n";
    let e = explain("found unexpected end of stream", text, FILE).unwrap();
    assert_eq!(e.place, Some((3, 8)));
    assert!(e.help.unwrap().to_string().contains("`\"`"));
}

#[test]
fn tabs_are_named_on_the_error_line_only() {
    let text = "location:\n\tlat: 1\n";
    let e = explain("found character that cannot start any token", text, at(2)).unwrap();
    assert_eq!(e.message, "a tab is used to indent this line");
    assert!(tab_indentation(text, at(1)).is_none());
    assert!(tab_indentation(text, at(0)).is_none(), "no line 0");
}

#[test]
fn a_duplicate_points_at_the_second_and_names_the_first() {
    let text = "title: a\ndate: x\ntitle: b\n";
    let cx = Context {
        error_line: Some(1),
        line_offset: 1,
        front_matter: true,
    };
    let e = explain("duplicate field `title`", text, cx).unwrap();
    assert_eq!(e.place, Some((3, 1)));
    assert_eq!(
        e.help.unwrap(),
        "`title` is already given on line 2; keep only one"
    );
}

#[test]
fn an_empty_date_names_its_field_not_a_parent_map() {
    let text = "name: x\nhours:\n  mon: 8-12\nopened:\ndue: 2024-01-01\n";
    let e = explain("the date is empty: write it as YYYY-MM-DD", text, FILE).unwrap();
    assert_eq!(e.message, "`opened` is empty");
    assert_eq!(e.place, Some((4, 1)));
}

#[test]
fn a_front_matter_list_or_line_is_not_fields() {
    let fm = Context {
        front_matter: true,
        ..FILE
    };
    let list = explain(
        "invalid type: sequence, expected struct StoryFront",
        "- a: b\n",
        fm,
    );
    assert!(list.unwrap().message.to_string().ends_with("not a list"));
    let line = explain(
        "invalid type: string \"Sfax\", expected struct StoryFront",
        "Sfax\n",
        fm,
    );
    assert!(line
        .unwrap()
        .help
        .unwrap()
        .to_string()
        .starts_with("write `title: `"));
}

#[test]
fn type_errors_are_said_in_words() {
    let e = explain(
        "weight: invalid type: string \"lourd\", expected i64",
        "",
        FILE,
    )
    .unwrap();
    assert_eq!(
        e.message,
        "weight: expected a whole number, found the text \"lourd\""
    );
    let e = explain(
        "location: invalid type: string \"36.8, 10.1\", expected struct Location",
        "",
        FILE,
    )
    .unwrap();
    assert_eq!(
        e.help.unwrap(),
        "write it as location: { lat: 36.8, lon: 10.1 }"
    );
    let e = explain(
        "draft: invalid type: string \"yes\", expected a boolean",
        "",
        FILE,
    );
    assert_eq!(
        e.unwrap().message,
        "draft: expected true or false, found the text \"yes\""
    );
}

#[test]
fn other_messages_are_left_alone() {
    assert_eq!(explain("unknown field `membre`", "membre: x\n", FILE), None);
}
