//! The live-reload script added to served HTML, and the messages it reads:
//! `{"generation": n, "errors": [...]}` on a server-sent event stream.
//! An empty error list after a new generation reloads the page; errors
//! show an overlay, in the page's language, over the last good page.

use crate::diag::Diagnostic;
use crate::messages::{self, Locale};
use serde_json::json;

pub const EVENTS_PATH: &str = "/__fadaa/events";

/// The errors in every language the tool speaks: the overlay picks the one
/// of the page it sits on (`ar`, `fr`, else English).
pub fn message(generation: u64, errors: &[Diagnostic]) -> String {
    let by_locale = |locale: Locale| {
        let errors: Vec<_> = errors.iter().map(|d| d.to_json(locale)).collect();
        json!({
            "title": messages::plain(locale, "overlay-title"),
            "errors": errors,
        })
    };
    let texts: serde_json::Map<String, serde_json::Value> = Locale::ALL
        .into_iter()
        .map(|l| (l.code().to_string(), by_locale(l)))
        .collect();
    json!({ "generation": generation, "count": errors.len(), "texts": texts }).to_string()
}

/// Inserted before `</body>`: reload on a new good build, overlay on errors.
pub fn inject(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{SCRIPT}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{SCRIPT}").into_bytes(),
    }
}

const SCRIPT: &str = r#"<script data-fadaa-serve>
(function () {
  "use strict";
  var lang = (document.documentElement.lang || "").slice(0, 2);
  var ar = lang === "ar";
  var seen = null;
  function overlay(texts) {
    var words = texts[lang] || texts.en;
    var errors = words.errors;
    var box = document.getElementById("fadaa-overlay");
    if (!errors.length) { if (box) box.remove(); return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "fadaa-overlay";
      box.setAttribute("role", "alert");
      box.dir = ar ? "rtl" : "ltr";
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;" +
        "background:#fff4f4;color:#3b0000;border-top:4px solid #b00020;padding:1rem;font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px #0003";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var h = document.createElement("p");
    h.style.fontWeight = "700";
    h.textContent = words.title;
    box.appendChild(h);
    errors.forEach(function (e) {
      var p = document.createElement("p");
      var where = document.createElement("code");
      where.dir = "ltr";
      where.textContent = (e.file || "") + (e.line ? ":" + e.line + ":" + e.column : "");
      p.appendChild(where);
      var what = document.createElement("span");
      what.textContent = " — " + e.message;
      p.appendChild(what);
      if (e.help) {
        var help = document.createElement("span");
        help.style.display = "block";
        help.textContent = e.help;
        p.appendChild(help);
      }
      box.appendChild(p);
    });
  }
  var source = new EventSource("/__fadaa/events");
  source.onmessage = function (event) {
    var m = JSON.parse(event.data);
    if (seen !== null && m.generation !== seen && !m.count) { location.reload(); return; }
    seen = m.generation;
    overlay(m.texts);
  };
})();
</script>
"#;
