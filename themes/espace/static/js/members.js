// Member directory: filters, "open now", and the map and the list linked
// both ways. Progressive enhancement: without this script the directory,
// the map and every card are complete, markers lead to the cards and
// "on the map" to the map; the script reveals the filter form.
(function () {
  "use strict";
  var form = document.getElementById("member-filters");
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card-member[data-member]"));
  // Both drawings of the map (narrow and wide screens) hold markers; only
  // one is displayed. A marker holds one member, or a cluster several.
  var markers = Array.prototype.slice.call(document.querySelectorAll("a.map-marker[data-members]"));
  markers.forEach(function (m) { m._members = m.getAttribute("data-members").split(" "); });
  var countEl = form.querySelector(".filters-count");
  var forms = JSON.parse(countEl.getAttribute("data-forms") || "{}");
  var lang = document.documentElement.lang || "ar";
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(lang) : null;
  var msg = function (name) { return form.getAttribute("data-" + name) || ""; };

  // ---- Matching: the site search's analyzer (search/analyze.js), so that
  // the directory forgives what search forgives; a card matches when each
  // word of the query is one of its words, the word being typed a prefix.
  var analyzer = window.fadaaAnalyze;
  var WORD = /[\p{Alphabetic}\p{N}]+/gu;
  function fold(text) {
    if (analyzer) return analyzer.normalize(text);
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, "").toLowerCase();
  }
  function tokens(text) { return analyzer ? analyzer.analyze(text) : fold(text).match(WORD) || []; }
  function stem(word) { return analyzer && analyzer.stemWord ? analyzer.stemWord(word) : word; }

  function cardText(card) {
    var parts = [card.getAttribute("data-names") || ""];
    Array.prototype.forEach.call(card.children, function (el) {
      if (!el.classList.contains("card-locate")) parts.push(el.textContent);
    });
    return parts.join(" ");
  }

  function matches(card, query) {
    var terms = tokens(query);
    var words = fold(query).match(WORD) || [];
    var typing = words.length && !/\s$/.test(query) ? words[words.length - 1] : null;
    // The word being typed is matched as a prefix, unstemmed and stemmed:
    // "tun" finds Tunis, "هويا" finds هويات although its stem is هوي.
    if (typing && terms.length && terms[terms.length - 1] === stem(typing)) terms = terms.slice(0, -1);
    var all = terms.every(function (t) { return has(card, t); });
    if (!all || !typing) return all;
    var t = stem(typing);
    return card._words.some(function (w) { return w.indexOf(typing) === 0; }) ||
      Object.keys(card._tokens).some(function (k) { return k.indexOf(t) === 0; }) ||
      has(card, t);
  }

  // One of the card's words, or near one as search allows (a confused
  // letter, two swapped, one edit in a long word: صفاقص, Safx).
  function has(card, term) {
    if (card._tokens[term]) return true;
    if (!analyzer || !analyzer.near) return false;
    return Object.keys(card._tokens).some(function (k) { return analyzer.near(term, k) >= 0; });
  }

  // ---- Hours, read as the generator reads them (src/hours.rs).
  // Tunisia's wall clock (UTC+1, no daylight saving), whatever the
  // reader's own time zone. Tests may fix the clock with window.FADAA_NOW.
  var DAY = 86400000;
  var nowDate = window.FADAA_NOW ? new Date(window.FADAA_NOW) : new Date();
  function tunis(date) {
    var parts = {};
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Africa/Tunis", weekday: "short", month: "numeric",
      hour: "2-digit", minute: "2-digit", hourCycle: "h23"
    }).formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    var days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    return { day: days.indexOf(parts.weekday), month: +parts.month, minutes: +parts.hour * 60 + +parts.minute };
  }
  // A later rule replaces earlier ones.
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

  var now = tunis(nowDate);
  cards.forEach(function (card) {
    var text = cardText(card);
    card._tokens = {};
    tokens(text).forEach(function (t) { card._tokens[t] = true; });
    card._words = fold(text).match(WORD) || [];
    card._open = false;
    var raw = card.getAttribute("data-hours");
    card._rules = raw ? JSON.parse(raw) : null;
    if (!card._rules) return;
    var spans = spansOn(card._rules, now.month, now.day);
    card._open = spans.some(function (s) { return now.minutes >= s[0] && now.minutes < s[1]; });
    var p = document.createElement("p");
    p.className = "card-today";
    if (!spans.length) {
      p.textContent = msg("closed");
    } else {
      p.textContent = msg("today") + " ";
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
        b.textContent = " \u00b7 " + msg("open");
        p.appendChild(b);
      }
    }
    var hours = card.querySelector(".card-hours");
    card.insertBefore(p, hours ? hours.nextSibling : null);
  });

  // The soonest opening among `list`, within a week: "Monday at 08:00, X".
  function nextOpening(list) {
    for (var d = 0; d < 8; d++) {
      var date = new Date(nowDate.getTime() + d * DAY);
      var t = tunis(date), best = null;
      list.forEach(function (card) {
        if (!card._rules) return;
        spansOn(card._rules, t.month, t.day).forEach(function (s) {
          if (d === 0 && s[0] <= now.minutes) return;
          if (!best || s[0] < best.start) best = { start: s[0], card: card };
        });
      });
      if (best) {
        var day = d === 0 ? msg("next-today") : d === 1 ? msg("next-tomorrow")
          : new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "Africa/Tunis" }).format(date);
        var name = best.card.querySelector(".card-title").textContent.trim();
        return msg("next-open").replace("{day}", day).replace("{time}", hhmm(best.start)).replace("{name}", name);
      }
    }
    return msg("no-hours");
  }

  // ---- Filters.
  var visible = {};
  function apply() {
    var q = form.q.value;
    var gov = form.gov.value, service = form.service.value, status = form.status.value, open = form.open.checked;
    var shown = 0, closedMatches = [];
    visible = {};
    cards.forEach(function (card) {
      var ok = (!q.trim() || matches(card, q)) &&
        (!gov || card.getAttribute("data-gov") === gov) &&
        (!service || (" " + card.getAttribute("data-services")).indexOf(" " + service + " ") >= 0) &&
        (!status || card.getAttribute("data-status") === status);
      if (ok && open && !card._open) { closedMatches.push(card); ok = false; }
      card.parentNode.hidden = !ok;
      if (ok) { shown++; visible[card.getAttribute("data-member")] = true; }
    });
    document.querySelectorAll("section.group").forEach(function (section) {
      section.hidden = !section.querySelector("li:not([hidden]) .card-member");
    });
    markers.forEach(function (m) {
      var n = m._members.filter(function (s) { return visible[s]; }).length;
      m.classList.toggle("is-dim", n === 0);
      var count = m.querySelector(".map-count");
      if (count) count.textContent = n || m._members.length;
    });
    var text;
    if (shown) {
      text = ((plural && forms[plural.select(shown)]) || forms.other || "{n}").replace("{n}", shown);
    } else if (open && closedMatches.length) {
      // Something matches, but nothing is open: say when something opens.
      text = msg("none-open") + " " + nextOpening(closedMatches);
    } else {
      text = msg("none");
    }
    countEl.textContent = text;
  }

  // ---- The map and the list, linked both ways.
  function markersOf(slug) {
    return markers.filter(function (m) { return m._members.indexOf(slug) >= 0; });
  }
  // The marker of `slug` in the drawing the screen shows.
  function shownMarker(slug) {
    return markersOf(slug).filter(function (m) { return m.getBoundingClientRect().width > 0; })[0];
  }
  function cardOf(slug) {
    return cards.filter(function (c) { return c.getAttribute("data-member") === slug; })[0];
  }
  function hover(slugs, on) {
    slugs.forEach(function (slug) {
      var c = cardOf(slug);
      if (c) c.classList.toggle("is-highlighted", on);
      markersOf(slug).forEach(function (m) { m.classList.toggle("is-active", on); });
    });
  }
  function clearSelection() {
    document.querySelectorAll(".is-selected").forEach(function (el) { el.classList.remove("is-selected"); });
  }
  function smooth() {
    return window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
  }
  function showAll() { form.reset(); apply(); }

  // Choosing a marker shows its card (a cluster: its governorate), even
  // when the filters had hidden it, and moves the keyboard there.
  function choose(marker, event) {
    var slugs = marker._members;
    var target = slugs.length === 1 ? cardOf(slugs[0]) : null;
    var href = marker.getAttribute("href") || "";
    var heading = !target && href.charAt(0) === "#" ? document.getElementById(href.slice(1)) : null;
    if (!target && !heading) return;
    event.preventDefault();
    if (slugs.some(function (s) { return !visible[s]; })) showAll();
    clearSelection();
    markersOf(slugs[0]).forEach(function (m) { if (m._members.length === slugs.length) m.classList.add("is-selected"); });
    marker.classList.add("is-selected");
    slugs.forEach(function (s) { var c = cardOf(s); if (c) c.classList.add("is-selected"); });
    var el = target || heading;
    el.scrollIntoView({ behavior: smooth(), block: target ? "center" : "start" });
    var focus = target ? target.querySelector(".card-title a") : heading;
    if (!target) heading.setAttribute("tabindex", "-1");
    if (focus) focus.focus({ preventScroll: true });
  }

  // "On the map": the card's marker, selected, in view and focused.
  function locate(link, event) {
    var slug = link.getAttribute("data-locate");
    var marker = shownMarker(slug);
    if (!marker) return;
    event.preventDefault();
    clearSelection();
    markersOf(slug).forEach(function (m) { m.classList.add("is-selected"); });
    var card = cardOf(slug);
    if (card) card.classList.add("is-selected");
    var box = marker.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight) marker.scrollIntoView({ behavior: smooth(), block: "center" });
    marker.focus({ preventScroll: true });
  }

  markers.forEach(function (m) {
    m.addEventListener("click", function (e) { choose(m, e); });
    ["mouseenter", "focus"].forEach(function (e) { m.addEventListener(e, function () { hover(m._members, true); }); });
    ["mouseleave", "blur"].forEach(function (e) { m.addEventListener(e, function () { hover(m._members, false); }); });
  });
  cards.forEach(function (c) {
    var slug = [c.getAttribute("data-member")];
    c.addEventListener("mouseenter", function () { hover(slug, true); });
    c.addEventListener("mouseleave", function () { hover(slug, false); });
    c.addEventListener("focusin", function () { hover(slug, true); });
    c.addEventListener("focusout", function () { hover(slug, false); });
    var link = c.querySelector("[data-locate]");
    if (link) link.addEventListener("click", function (e) { locate(link, e); });
  });

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  // The form's own reset restores the fields after this event: filter then.
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  apply();
})();
