//! The live-reload script added to served HTML, and the messages it reads:
//! `{"generation": n, "errors": [...]}` on a server-sent event stream.
//! An empty error list after a new generation reloads the page; errors
//! show an overlay, in the page's language, over the last good page.

use crate::diag::Diagnostic;
use serde_json::json;

pub const EVENTS_PATH: &str = "/__fadaa/events";

pub fn message(generation: u64, errors: &[Diagnostic]) -> String {
    let errors: Vec<_> = errors.iter().map(Diagnostic::to_json).collect();
    json!({ "generation": generation, "errors": errors }).to_string()
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
  var ar = (document.documentElement.lang || "").indexOf("ar") === 0;
  var title = ar
    ? "لم يكتمل بناء الموقع: الصفحة المعروضة هي آخر نسخة سليمة. صحّح الملف ثم احفظه."
    : "La construction a échoué : la page affichée est la dernière version correcte. Corrigez le fichier puis enregistrez-le.";
  var seen = null;
  function overlay(errors) {
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
    h.textContent = title;
    box.appendChild(h);
    errors.forEach(function (e) {
      var p = document.createElement("p");
      var where = document.createElement("code");
      where.dir = "ltr";
      where.textContent = (e.file || "") + (e.line ? ":" + e.line + ":" + e.column : "");
      p.appendChild(where);
      p.appendChild(document.createTextNode(" — " + e.message + (e.help ? " (" + e.help + ")" : "")));
      box.appendChild(p);
    });
  }
  var source = new EventSource("/__fadaa/events");
  source.onmessage = function (event) {
    var m = JSON.parse(event.data);
    if (seen !== null && m.generation !== seen && !m.errors.length) { location.reload(); return; }
    seen = m.generation;
    overlay(m.errors);
  };
})();
</script>
"#;
