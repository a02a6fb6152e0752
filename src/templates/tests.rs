use super::*;

#[test]
fn a_syntax_error_is_placed_at_its_line_and_column() {
    let err = Tera::one_off("a\n{{ x", &tera::Context::new(), false).unwrap_err();
    let message = error_chain(&err);
    assert_eq!(parse_position(&message), Some(Pos::new(2, 5)), "{message}");
}

#[test]
fn t_picks_plural_forms_and_fills_named_placeholders() {
    let yaml = "caption: { one: \"{n} ligne sur {total}\", other: \"{n} lignes sur {total}\" }\n";
    let strings = Arc::new(crate::i18n::Strings::from_yaml("fr", yaml));
    let mut tera = Tera::default();
    register(&mut tera, "fr", "/", &strings, &Names::new());
    let out = tera
        .render_str(
            "{{ t(key='caption', n=3, total=120) }}",
            &tera::Context::new(),
        )
        .unwrap();
    assert_eq!(out, "3 lignes sur 120");
}

#[test]
fn text_escapes_and_marks_a_fallback_with_its_language() {
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html"]);
    tera.set_escape_fn(html_attr);
    register(
        &mut tera,
        "ar",
        "/",
        &Arc::new(Strings::default()),
        &Names::new(),
    );
    tera.add_raw_template("t.html", "[{{ v | text }}]").unwrap();
    let render = |v: serde_json::Value| {
        let mut ctx = tera::Context::new();
        ctx.insert("v", &v);
        tera.render("t.html", &ctx).unwrap()
    };
    let own =
        serde_json::json!({"text": "صفاقس <b>", "lang": "ar", "dir": "rtl", "fallback": false});
    assert_eq!(render(own), "[صفاقس &lt;b&gt;]");
    let other =
        serde_json::json!({"text": "L'accès", "lang": "fr", "dir": "ltr", "fallback": true});
    assert_eq!(
        render(other),
        "[<span lang=\"fr\" dir=\"ltr\">L&#39;accès</span>]"
    );
    assert_eq!(render(serde_json::json!("a & b")), "[a &amp; b]");
    assert_eq!(render(serde_json::json!(3)), "[3]");
    assert_eq!(render(serde_json::Value::Null), "[]");
}
