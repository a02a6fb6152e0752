// Filters for a catalog page: each <select> of form#card-filters narrows
// the cards whose data-<name> attribute equals its value. Without this
// script the page lists everything, grouped; the script reveals the form.
(function () {
  "use strict";
  var form = document.getElementById("card-filters");
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-filter-card]"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var countEl = form.querySelector(".filters-count");
  var forms = JSON.parse(form.getAttribute("data-forms") || "{}");
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;

  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = selects.every(function (s) { return !s.value || card.getAttribute("data-" + s.name) === s.value; });
      (card.closest("li") || card).hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll("section.group").forEach(function (section) {
      if (section.querySelector("[data-filter-card]")) {
        section.hidden = !section.querySelector("li:not([hidden]) [data-filter-card]");
      }
    });
    var text = (plural && forms[plural.select(shown)]) || forms.other || "{n}";
    countEl.textContent = text.replace("{n}", shown);
  }

  form.hidden = false;
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  apply();
})();
