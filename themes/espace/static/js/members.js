// Member directory: filters, "open now" and map ↔ card highlighting.
// Progressive enhancement: without this script the directory, the map and
// every card are complete; the script reveals the filter form.
(function () {
  "use strict";
  var form = document.getElementById("member-filters");
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card-member[data-member]"));
  var markers = Array.prototype.slice.call(document.querySelectorAll("a.map-marker[data-member]"));
  var countEl = form.querySelector(".filters-count");
  var forms = JSON.parse(countEl.getAttribute("data-forms") || "{}");
  var lang = document.documentElement.lang || "ar";
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;

  // Matching ignores case, French accents and Arabic diacritics, tatweel
  // and the variants of alef, yaa and taa marbuta.
  function fold(text) {
    return (text || "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u064b-\u065f\u0670\u0640]/g, "")
      .replace(/[\u0622\u0623\u0625\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064a")
      .replace(/\u0629/g, "\u0647")
      .toLowerCase();
  }

  // Tunisia's wall clock (UTC+1, no daylight saving), whatever the
  // reader's own time zone. Tests may fix the clock with window.FADAA_NOW.
  function tunisNow() {
    var now = window.FADAA_NOW ? new Date(window.FADAA_NOW) : new Date();
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Africa/Tunis", weekday: "short", month: "numeric",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(now).forEach(function (p) { parts[p.type] = p.value; });
    var days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    return { day: days.indexOf(parts.weekday), month: +parts.month, minutes: +parts.hour * 60 + +parts.minute };
  }

  // Same reading as the generator: a later rule replaces earlier ones.
  function spansOn(rules, month, day) {
    var spans = [];
    rules.forEach(function (r) {
      var monthOk = !r.months.length || r.months.indexOf(month) >= 0;
      var dayOk = !r.holiday && (!r.days.length || r.days.indexOf(day) >= 0);
      if (monthOk && dayOk) spans = r.spans;
    });
    return spans;
  }

  function hhmm(m) {
    var h = Math.floor(m / 60), mm = m % 60;
    return (h < 10 ? "0" : "") + h + ":" + (mm < 10 ? "0" : "") + mm;
  }

  var now = tunisNow();
  cards.forEach(function (card) {
    card._text = fold(card.textContent);
    card._open = false;
    var raw = card.getAttribute("data-hours");
    if (!raw) return;
    var spans = spansOn(JSON.parse(raw), now.month, now.day);
    card._open = spans.some(function (s) { return now.minutes >= s[0] && now.minutes < s[1]; });
    var p = document.createElement("p");
    p.className = "card-today";
    if (!spans.length) {
      p.textContent = form.getAttribute("data-closed");
    } else {
      p.textContent = form.getAttribute("data-today") + " ";
      spans.forEach(function (s, i) {
        var t = document.createElement("span");
        t.className = "time";
        t.dir = "ltr";
        t.textContent = hhmm(s[0]) + "\u2013" + hhmm(s[1]);
        if (i) p.appendChild(document.createTextNode(lang === "ar" ? "\u060c " : ", "));
        p.appendChild(t);
      });
      if (card._open) {
        var b = document.createElement("strong");
        b.className = "badge-open";
        b.textContent = " \u00b7 " + form.getAttribute("data-open");
        p.appendChild(b);
      }
    }
    var hours = card.querySelector(".card-hours");
    card.insertBefore(p, hours ? hours.nextSibling : null);
  });

  function apply() {
    var q = fold(form.q.value.trim());
    var gov = form.gov.value, service = form.service.value, status = form.status.value, open = form.open.checked;
    var shown = 0, visibleMembers = {};
    cards.forEach(function (card) {
      var ok = (!q || card._text.indexOf(q) >= 0) &&
        (!gov || card.getAttribute("data-gov") === gov) &&
        (!service || (" " + card.getAttribute("data-services")).indexOf(" " + service + " ") >= 0) &&
        (!status || card.getAttribute("data-status") === status) &&
        (!open || card._open);
      card.parentNode.hidden = !ok;
      if (ok) { shown++; visibleMembers[card.getAttribute("data-member")] = true; }
    });
    document.querySelectorAll("section.group").forEach(function (section) {
      section.hidden = !section.querySelector("li:not([hidden]) .card-member");
    });
    markers.forEach(function (m) {
      m.classList.toggle("is-dim", !visibleMembers[m.getAttribute("data-member")]);
    });
    var form_ = (plural && forms[plural.select(shown)]) || forms.other || "{n}";
    countEl.textContent = form_.replace("{n}", shown);
  }

  function link(slug, on) {
    cards.forEach(function (c) { if (c.getAttribute("data-member") === slug) c.classList.toggle("is-highlighted", on); });
    markers.forEach(function (m) { if (m.getAttribute("data-member") === slug) m.classList.toggle("is-active", on); });
  }
  markers.forEach(function (m) {
    var slug = m.getAttribute("data-member");
    ["mouseenter", "focus"].forEach(function (e) { m.addEventListener(e, function () { link(slug, true); }); });
    ["mouseleave", "blur"].forEach(function (e) { m.addEventListener(e, function () { link(slug, false); }); });
  });
  cards.forEach(function (c) {
    var slug = c.getAttribute("data-member");
    c.addEventListener("mouseenter", function () { link(slug, true); });
    c.addEventListener("mouseleave", function () { link(slug, false); });
    c.addEventListener("focusin", function () { link(slug, true); });
    c.addEventListener("focusout", function () { link(slug, false); });
  });

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  apply();
})();
