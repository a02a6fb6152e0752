// The shortcodes of texts ({{ figure(…) }}, {% callout(…) %} … {% end %},
// download, video, member) as components of the editor's text field: the
// "+" button offers them with a small form, and a text that holds them
// keeps them as written when the rich-text mode parses and writes it back
// (without a component, it would escape their quotes and underscores).
// Runs after editor.js, which sets the editor's language on <html>.
(function () {
  "use strict";
  if (!window.CMS) return;
  var ar = document.documentElement.lang === "ar";
  function say(arabic, french) { return ar ? arabic : french; }

  // `name="value", …` as fadaa reads it: straight quotes, \" and \\ inside.
  function readArgs(text) {
    var args = {};
    var re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g;
    var m;
    while ((m = re.exec(text || ""))) {
      args[m[1]] = (m[2] !== undefined ? m[2] : m[3]).replace(/\\(["'\\])/g, "$1");
    }
    return args;
  }

  function writeArgs(data, names) {
    return names
      .filter(function (n) { return data[n] !== undefined && data[n] !== null && String(data[n]).trim() !== ""; })
      .map(function (n) { return n + '="' + String(data[n]).replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"'; })
      .join(", ");
  }

  function escape(text) {
    return String(text || "").replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  // A one-line component `{{ name(…) }}`.
  function inline(id, label, fields, preview) {
    var names = fields.map(function (f) { return f.name; });
    CMS.registerEditorComponent({
      id: id,
      label: label,
      fields: fields,
      pattern: new RegExp("^\\{\\{\\s*" + id + "\\s*\\(([\\s\\S]*?)\\)\\s*\\}\\}"),
      fromBlock: function (match) { return readArgs(match[1]); },
      toBlock: function (data) { return "{{ " + id + "(" + writeArgs(data, names) + ") }}"; },
      toPreview: function (data) { return '<p class="sc-editor-preview">' + preview(data) + "</p>"; },
    });
  }

  function string(name, arabic, french, required) {
    return { name: name, label: say(arabic, french), widget: "string", required: !!required };
  }

  inline("figure", say("صورة مع تعليق", "Figure (photo et légende)"), [
    { name: "src", label: say("الصورة", "Photo"), widget: "image", choose_url: false },
    string("alt", "النصّ البديل: ما تُظهره الصورة لمن لا يراها", "Texte de remplacement : ce que montre la photo", true),
    string("caption", "التعليق (اختياري)", "Légende (facultatif)"),
    string("credit", "المصدر (اختياري)", "Crédit ou source (facultatif)"),
  ], function (d) { return "🖼 " + escape(d.caption || d.alt || d.src); });

  inline("download", say("زرّ تنزيل", "Bouton de téléchargement"), [
    { name: "file", label: say("الملف", "Fichier"), widget: "file", choose_url: false },
    string("label", "نصّ الزرّ (اختياري)", "Texte du bouton (facultatif)"),
  ], function (d) { return "⤓ " + escape(d.label || d.file); });

  inline("video", say("فيديو (YouTube أو Vimeo)", "Vidéo (YouTube ou Vimeo)"), [
    string("url", "عنوان صفحة الفيديو على YouTube أو Vimeo", "Adresse de la page de la vidéo sur YouTube ou Vimeo", true),
    string("title", "عنوان الفيديو", "Titre de la vidéo", true),
    { name: "poster", label: say("صورة تُعرض مكان الفيديو (اختيارية)", "Image affichée à la place de la vidéo (facultatif)"), widget: "image", required: false, choose_url: false },
  ], function (d) { return "▶ " + escape(d.title || d.url); });

  inline("member", say("بطاقة بلدية عضو", "Fiche d’une commune membre"), [
    {
      name: "slug", label: say("البلدية", "Commune"), widget: "relation", collection: "members",
      value_field: "{{slug}}", search_fields: ["name.ar", "name.fr"], display_fields: [ar ? "name.ar" : "name.fr"],
    },
  ], function (d) { return "◧ " + escape(d.slug); });

  // The block: its own lines around Markdown.
  CMS.registerEditorComponent({
    id: "callout",
    label: say("إطار", "Encadré"),
    fields: [
      {
        name: "kind", label: say("النوع", "Type"), widget: "select", default: "note",
        options: [
          { value: "note", label: say("ملاحظة", "Note") },
          { value: "warning", label: say("تنبيه", "Attention") },
        ],
      },
      string("title", "العنوان (اختياري)", "Titre (facultatif)"),
      { name: "body", label: say("النصّ", "Texte"), widget: "markdown" },
    ],
    pattern: /^\{%\s*callout\s*(?:\(([\s\S]*?)\))?\s*%\}\n([\s\S]*?)\n\{%\s*end\s*%\}/,
    fromBlock: function (match) {
      var args = readArgs(match[1]);
      return { kind: args.kind || "note", title: args.title, body: match[2] };
    },
    toBlock: function (data) {
      return "{% callout(" + writeArgs(data, ["kind", "title"]) + ") %}\n" + (data.body || "").trim() + "\n{% end %}";
    },
    toPreview: function (data) {
      return '<div class="sc-editor-preview"><strong>' + escape(data.title || data.kind) + "</strong><br>" + escape(data.body) + "</div>";
    },
  });
})();
