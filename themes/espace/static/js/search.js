// Search page: as-you-type search over the index fadaa writes under
// search/<lang>/. Only the shards holding the query's words are fetched,
// then one small file per shown result. The words are analysed by
// search/analyze.js, the same rules the index was built with. Without
// this script the page shows its <noscript> links.
(function () {
  "use strict";
  var root = document.getElementById("search");
  var analyzer = window.fadaaAnalyze;
  if (!root || !analyzer || !window.fetch) return;

  var PAGE_SIZE = 10;
  var PREFIX_FACTOR = 0.6; // a word being typed counts less than a whole word
  var MAX_PREFIX_SHARDS = 8;
  // A word found through a slip counts less than the word itself: a
  // confused letter or swapped neighbours less than another edit.
  var NEAR_FACTOR = 0.8;
  var EDIT_FACTOR = 0.5;
  var MAX_CORRECTIONS = 4;

  var base = root.getAttribute("data-index");
  var input = document.getElementById("search-q");
  var kindSelect = document.getElementById("search-kind");
  var govSelect = document.getElementById("search-gov");
  var statusEl = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var moreButton = document.getElementById("search-more");
  var browse = document.getElementById("search-browse");
  var countForms = JSON.parse(root.getAttribute("data-count") || "{}");
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;

  var meta = null;
  var shardCache = {};
  var docCache = {};
  var lookupKeys = null;
  var lookupCache = {};
  var sequence = 0;
  var current = { ranked: [], shown: 0, terms: [] };

  function say(key) { return root.getAttribute("data-" + key) || ""; }

  function getJson(path) {
    return fetch(base + path + "?v=" + (meta ? meta.version : "")).then(function (r) {
      if (!r.ok) throw new Error(r.status + " " + path);
      return r.json();
    });
  }

  function loadMeta() {
    if (!meta) {
      meta = fetch(base + "index.json", { cache: "no-cache" }).then(function (r) {
        if (!r.ok) throw new Error(r.status + " index.json");
        return r.json();
      }).then(function (m) {
        meta = m;
        m.govs.forEach(function (g) {
          var option = document.createElement("option");
          option.value = g[0];
          option.textContent = g[1];
          govSelect.appendChild(option);
        });
        var wanted = new URLSearchParams(location.search).get("gov");
        if (wanted) govSelect.value = wanted;
        return m;
      });
    }
    return Promise.resolve(meta);
  }

  // The shard of a token: the one whose key is the longest prefix of it.
  function shardOf(token) {
    var best = -1;
    meta.shards.forEach(function (key, i) {
      if (token.indexOf(key) === 0 && (best < 0 || key.length > meta.shards[best].length)) best = i;
    });
    return best;
  }

  // Shards that may hold tokens starting with `prefix`.
  function shardsOfPrefix(prefix) {
    var found = [];
    var own = shardOf(prefix);
    if (own >= 0) found.push(own);
    meta.shards.forEach(function (key, i) {
      if (i !== own && key.indexOf(prefix) === 0 && found.length < MAX_PREFIX_SHARDS) found.push(i);
    });
    return found;
  }

  function shard(i) {
    if (!shardCache[i]) shardCache[i] = getJson("s/" + i + ".json");
    return shardCache[i];
  }

  // Result records come a few to a file (meta.per_file).
  function doc(id) {
    var n = Math.floor(id / meta.per_file);
    if (!docCache[n]) docCache[n] = getJson("d/" + n + ".json");
    return docCache[n].then(function (records) { return records[id % meta.per_file]; });
  }

  // Best score per document for one query term. Exact keys (with "=")
  // are never a prefix match: they are not words.
  function termScores(term, prefix, shards, weight) {
    var best = {};
    shards.forEach(function (data) {
      Object.keys(data).forEach(function (token) {
        var factor = token === term ? 1 : (prefix && token.indexOf(term) === 0 && token.indexOf("=") < 0 ? PREFIX_FACTOR : 0);
        factor *= weight || 1;
        if (!factor) return;
        var postings = data[token];
        var docId = 0;
        for (var i = 0; i < postings.length; i += 2) {
          docId += postings[i];
          var s = postings[i + 1] * factor;
          if (!(best[docId] >= s)) best[docId] = s;
        }
      });
    });
    return best;
  }

  // The lookup files (f/): fetched only for a word the index lacks.
  function lookupShard(key) {
    if (!lookupKeys) lookupKeys = getJson("f/keys.json");
    return lookupKeys.then(function (keys) {
      var best = -1;
      keys.forEach(function (k, i) {
        if (key.indexOf(k) === 0 && (best < 0 || k.length > keys[best].length)) best = i;
      });
      if (best < 0) return {};
      if (!lookupCache[best]) lookupCache[best] = getJson("f/" + best + ".json");
      return lookupCache[best];
    });
  }

  // The index tokens nearest to `term` ([] when none is near): those at
  // the smallest distance, each with the form the site writes it in.
  function corrections(term) {
    var keys = analyzer.fuzzyKeys(term);
    return Promise.all(keys.map(lookupShard)).then(function (files) {
      var found = {};
      files.forEach(function (file, i) {
        (file[keys[i]] || []).forEach(function (entry) {
          var bar = entry.indexOf("|");
          var token = bar < 0 ? entry : entry.slice(0, bar);
          var d = analyzer.near(term, token);
          if (token !== term && d >= 0) found[token] = { token: token, surface: bar < 0 ? token : entry.slice(bar + 1), d: d };
        });
      });
      var list = Object.keys(found).map(function (t) { return found[t]; });
      var least = Math.min.apply(null, list.map(function (c) { return c.d; }));
      return list.filter(function (c) { return c.d === least; }).slice(0, MAX_CORRECTIONS);
    });
  }

  // Scores of one query term; when the index holds nothing for it, the
  // scores of its nearest tokens, marked as a correction.
  function scoreTerm(term, prefix) {
    var wanted = prefix ? shardsOfPrefix(term) : [shardOf(term)].filter(function (n) { return n >= 0; });
    return Promise.all(wanted.map(shard)).then(function (shards) {
      var scores = termScores(term, prefix, shards);
      if (Object.keys(scores).length) return { term: term, scores: scores };
      return corrections(term).then(function (near) {
        if (!near.length) return { term: term, scores: scores };
        var weight = near[0].d === 1 ? NEAR_FACTOR : EDIT_FACTOR;
        return Promise.all(near.map(function (c) { return shard(shardOf(c.token)); })).then(function (shards) {
          var merged = {}, best = near[0], most = -1;
          near.forEach(function (c, i) {
            var s = termScores(c.token, false, [shards[i]], weight);
            var n = Object.keys(s).length;
            if (n > most) { most = n; best = c; }
            Object.keys(s).forEach(function (id) { if (!(merged[id] >= s[id])) merged[id] = s[id]; });
          });
          return { term: best.token, scores: merged, typed: term, surface: best.surface };
        });
      });
    });
  }

  // Documents listed under the exact key of the query's tokens: items
  // whose whole title or name the reader typed.
  function exactMatches(tokens) {
    var key = analyzer.exactKey(tokens);
    var n = key ? shardOf(key) : -1;
    if (n < 0) return Promise.resolve({});
    return shard(n).then(function (data) {
      var listed = {}, postings = data[key] || [], id = 0;
      for (var i = 0; i < postings.length; i += 2) { id += postings[i]; listed[id] = true; }
      return listed;
    });
  }

  function rank(terms, prefixLast) {
    var jobs = terms.map(function (term, i) {
      return scoreTerm(term, prefixLast && i === terms.length - 1);
    });
    return Promise.all(jobs).then(function (perTerm) {
      return exactMatches(perTerm.map(function (r) { return r.term; })).then(function (exact) {
        return { perTerm: perTerm, exact: exact };
      });
    }).then(function (found) {
      var totals = {};
      found.perTerm.forEach(function (r) {
        Object.keys(r.scores).forEach(function (id) {
          var t = totals[id] || (totals[id] = { id: +id, hits: 0, score: 0, exact: !!found.exact[id] });
          t.hits += 1;
          t.score += r.scores[id];
        });
      });
      var kind = kindSelect.value;
      var gov = govSelect.value;
      var kindDigit = kind ? String(meta.kinds.indexOf(kind)) : "";
      var govIndex = -1;
      meta.govs.forEach(function (g, i) { if (g[0] === gov) govIndex = i; });
      var govDigit = govIndex >= 0 ? "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(govIndex) : "";
      var ranked = Object.keys(totals).map(function (id) { return totals[id]; }).filter(function (t) {
        return (!kindDigit || meta.kind.charAt(t.id) === kindDigit) && (!govDigit || meta.gov.charAt(t.id) === govDigit);
      }).sort(function (a, b) {
        // Documents with every word first, the item named exactly so
        // first among them, then by score.
        return b.hits - a.hits || b.exact - a.exact || b.score - a.score || a.id - b.id;
      });
      return { ranked: ranked, perTerm: found.perTerm };
    });
  }

  // The query as the reader typed it, with each corrected word replaced
  // by the form the site writes: what "results for …" shows.
  function corrected(q, perTerm) {
    var fixes = perTerm.filter(function (r) { return r.typed; });
    if (!fixes.length) return "";
    return q.trim().split(/\s+/).map(function (word) {
      var tokens = analyzer.analyze(word);
      var fix = fixes.filter(function (r) { return tokens.indexOf(r.typed) >= 0; })[0];
      return fix ? fix.surface : word;
    }).join(" ");
  }

  // "No exact result for «q». Results for «s»:", s a link to its search.
  function correctionNodes(q, suggestion) {
    var parts = say("corrected").replace("{q}", q).split("{s}");
    var a = document.createElement("a");
    a.href = "?q=" + encodeURIComponent(suggestion);
    a.textContent = suggestion;
    a.dir = "auto";
    return [document.createTextNode(parts[0]), a, document.createTextNode(parts[1] || "")];
  }

  function matches(word, terms, prefixLast) {
    return analyzer.analyze(word).some(function (token) {
      return terms.some(function (term, i) {
        return token === term || (prefixLast && i === terms.length - 1 && token.indexOf(term) === 0);
      });
    });
  }

  var WORD = /[\p{Alphabetic}\p{N}]+(?:['\u2019][\p{Alphabetic}\p{N}]+)*/gu;

  // Fill `el` with `text`, each word that matches the query in <mark>.
  function highlight(el, text, terms, prefixLast) {
    var last = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text))) {
      if (!matches(m[0], terms, prefixLast)) continue;
      el.appendChild(document.createTextNode(text.slice(last, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = m[0];
      el.appendChild(mark);
      last = m.index + m[0].length;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }

  // About thirty words around the first match, else the beginning.
  function excerpt(text, terms, prefixLast) {
    var words = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) && words.length < 400) words.push(m);
    var first = 0;
    for (var i = 0; i < words.length; i++) {
      if (matches(words[i][0], terms, prefixLast)) { first = i; break; }
    }
    var from = Math.max(0, first - 8);
    var to = Math.min(words.length - 1, from + 30);
    if (!words.length) return text.slice(0, 200);
    var start = words[from].index;
    var end = words[to].index + words[to][0].length;
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function resultItem(d, terms, prefixLast) {
    var li = document.createElement("li");
    li.className = "result result-" + d.kind;
    var kind = document.createElement("p");
    kind.className = "result-kind";
    kind.textContent = say("kind-" + d.kind);
    var heading = document.createElement("h2");
    var a = document.createElement("a");
    a.href = d.url;
    a.lang = d.lang;
    a.dir = "auto";
    highlight(a, d.title, terms, prefixLast);
    heading.appendChild(a);
    li.appendChild(heading);
    li.appendChild(kind);
    if (d.sub) {
      var sub = document.createElement("p");
      sub.className = "result-sub";
      sub.dir = "auto";
      sub.textContent = d.sub;
      li.appendChild(sub);
    }
    if (d.text) {
      var p = document.createElement("p");
      p.className = "result-excerpt";
      p.lang = d.lang;
      p.dir = "auto";
      highlight(p, excerpt(d.text, terms, prefixLast), terms, prefixLast);
      li.appendChild(p);
    }
    return li;
  }

  function showMore(run) {
    var slice = current.ranked.slice(current.shown, current.shown + PAGE_SIZE);
    current.shown += slice.length;
    return Promise.all(slice.map(function (r) { return doc(r.id); })).then(function (docs) {
      if (run !== sequence) return;
      docs.forEach(function (d) { list.appendChild(resultItem(d, current.terms, current.prefixLast)); });
      moreButton.hidden = current.shown >= current.ranked.length;
    });
  }

  function setStatus(text, showBrowse) {
    statusEl.textContent = text;
    browse.hidden = !showBrowse;
  }

  function countText(n) {
    var form = (plural && countForms[plural.select(n)]) || countForms.other || "{n}";
    return form.replace("{n}", n);
  }

  function keepInUrl(q) {
    var params = new URLSearchParams();
    if (q) params.set("q", q);
    if (kindSelect.value) params.set("kind", kindSelect.value);
    if (govSelect.value) params.set("gov", govSelect.value);
    var query = params.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
  }

  function search() {
    var run = ++sequence;
    var q = input.value;
    var started = performance.now();
    keepInUrl(q.trim());
    list.textContent = "";
    moreButton.hidden = true;
    root.removeAttribute("data-suggestion");
    root.setAttribute("data-state", "busy");
    function done(text, showBrowse) {
      if (run !== sequence) return;
      setStatus(text, showBrowse);
      root.setAttribute("data-ms", String(Math.round(performance.now() - started)));
      root.setAttribute("data-state", "done");
    }
    var trimmed = q.trim();
    if (!trimmed) return done("", false);
    if (Array.from(trimmed).length < 2) return done(say("short"), false);
    var terms = analyzer.analyze(q).filter(function (t, i, all) { return all.indexOf(t) === i; });
    // The last word is still being typed unless a space follows it.
    var prefixLast = !/\s$/.test(q);
    if (!terms.length) return done(say("none").replace("{q}", trimmed), true);
    statusEl.textContent = say("loading");
    loadMeta().then(function () {
      return rank(terms, prefixLast);
    }).then(function (found) {
      if (run !== sequence) return;
      var ranked = found.ranked;
      var used = found.perTerm.map(function (r) { return r.term; });
      current = { ranked: ranked, shown: 0, terms: used, prefixLast: prefixLast };
      if (!ranked.length) return done(say("none").replace("{q}", trimmed), true);
      var suggestion = corrected(q, found.perTerm);
      return showMore(run).then(function () {
        done(countText(ranked.length), false);
        if (suggestion && run === sequence) {
          var lead = correctionNodes(trimmed, suggestion);
          lead.push(document.createTextNode(" "));
          lead.reverse().forEach(function (n) { statusEl.insertBefore(n, statusEl.firstChild); });
          root.setAttribute("data-suggestion", suggestion);
        }
      });
    }).catch(function () {
      meta = null;
      done(say("error"), true);
    });
  }

  var timer = 0;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get("q") || "";
  kindSelect.value = params.get("kind") || "";
  document.getElementById("search-filters").hidden = false;
  input.addEventListener("input", later);
  input.addEventListener("focus", function () { loadMeta().catch(function () {}); }, { once: true });
  kindSelect.addEventListener("change", search);
  govSelect.addEventListener("change", search);
  input.form.addEventListener("submit", function (e) {
    e.preventDefault();
    clearTimeout(timer);
    search();
  });
  moreButton.addEventListener("click", function () {
    var first = list.children.length;
    showMore(sequence).then(function () {
      var next = list.children[first];
      if (next) next.querySelector("a").focus();
    });
  });
  // Down arrow from the box goes to the first result.
  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" && list.firstChild) {
      e.preventDefault();
      list.firstChild.querySelector("a").focus();
    }
  });
  if (input.value || params.get("gov")) {
    loadMeta().then(search, search);
  }
})();
