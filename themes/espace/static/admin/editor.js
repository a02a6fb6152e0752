// Starts Decap CMS with the configuration fadaa made for the writer's
// language (admin/config.<lang>.json): Arabic or French, from ?lang=, the
// last choice, or the browser's languages. The preview uses the site's
// own stylesheet and fonts, in the direction of the language shown.
(function () {
  "use strict";
  var asked = new URLSearchParams(location.search).get("lang");
  var stored = null;
  try { stored = localStorage.getItem("fadaa-editor-lang"); } catch (e) { /* private mode */ }
  var browser = (navigator.languages || [navigator.language || ""]).map(function (l) { return l.slice(0, 2); });
  var lang = [asked, stored].concat(browser).filter(function (l) { return l === "ar" || l === "fr"; })[0] || "ar";
  try { localStorage.setItem("fadaa-editor-lang", lang); } catch (e) { /* private mode */ }
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  if (lang === "ar" && window.FADAA_CMS_AR) CMS.registerLocale("ar", window.FADAA_CMS_AR);
  CMS.registerPreviewStyle("../css/site.css");
  var h = window.h;
  function article(opts) {
    var l = opts.locale || lang;
    var doc = opts.document;
    if (doc && doc.documentElement) {
      doc.documentElement.lang = l;
      doc.documentElement.dir = l === "ar" ? "rtl" : "ltr";
    }
    return h("main", { className: "wrap" },
      h("article", { className: "article", lang: l, dir: l === "ar" ? "rtl" : "ltr" },
        h("h1", {}, opts.entry.getIn(["data", "title"])),
        h("p", { className: "lead" }, opts.entry.getIn(["data", "summary"]) || opts.entry.getIn(["data", "description"])),
        h("div", { className: "prose" }, opts.widgetFor("body"))));
  }
  CMS.registerPreviewTemplate("stories", article);
  CMS.registerPreviewTemplate("pages", article);
  fetch("config." + lang + ".json")
    .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
    .then(function (config) { config.load_config_file = false; CMS.init({ config: config }); })
    .catch(function () {
      document.body.insertAdjacentHTML("beforeend",
        '<p lang="ar" dir="rtl">لا يوجد محرّر لهذا الموقع: أضف cms: إلى content/site.yaml.</p>' +
        '<p lang="fr" dir="ltr">Ce site n’a pas d’éditeur : ajoutez cms: à content/site.yaml.</p>');
    });
})();
