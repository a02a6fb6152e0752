// Search text analyzer, spec v1: the browser half of a pair. The indexer
// runs the same rules in Rust, and both must give the same tokens for the
// same text, or a query can never meet the index. The shared table
// tests/search/vectors.json is the referee: change a rule only together
// with the Rust side and that table.
//
// Light stemming on purpose: a handful of affixes, no dictionaries, so the
// script stays small enough to ship to phones.
(function (root) {
  "use strict";

  // Marks to drop after NFD: Latin accents, Arabic tashkeel (with the
  // hamza and madda that NFD splits off أ إ آ ؤ ئ), Quranic annotation
  // signs, tatweel, which is only a stretch of the baseline, and the
  // invisible soft hyphen, zero-width characters and BOM that copy-paste
  // leaves inside words.
  var DROP = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640\u00ad\u200b-\u200d\u2060\ufeff]/g;

  // Spellings that people use interchangeably; the digits are folded so a
  // year typed on an Arabic keyboard finds the same year in Latin digits.
  var FOLD = {
    "\u0671": "\u0627", // alef wasla → alef
    "\u0649": "\u064a", // alef maqsura → yeh
    "\u0629": "\u0647", // ta marbuta → heh
    "\u06cc": "\u064a", // Persian yeh → yeh
    "\u06a9": "\u0643", // Persian kaf → kaf
    "\u0153": "oe", "\u00e6": "ae", "\u00df": "ss",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'" // typographic apostrophes
  };
  var FOLD_RE = /[\u0671\u0649\u0629\u06cc\u06a9\u0153\u00e6\u00df\u2019\u2018\u02bc\u0660-\u0669\u06f0-\u06f9]/g;

  function fold(c) {
    var code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return FOLD[c];
  }

  // Steps 1–2. NFKC first so ligatures and presentation forms (ﻻ, ﷲ, ﬁ,
  // fullwidth) become plain letters; NFD last so every accent and hamza
  // is a separate mark that DROP can remove. The drop and fold sets do
  // not overlap, so doing them one after the other is the same as doing
  // them per character.
  function normalize(text) {
    return String(text)
      .normalize("NFKC")
      .toLowerCase()
      .normalize("NFD")
      .replace(DROP, "")
      .replace(FOLD_RE, fold);
  }

  // Step 3: letters and digits of any script, apostrophes only inside.
  var WORD = /[\p{Alphabetic}\p{N}]+(?:'[\p{Alphabetic}\p{N}]+)*/gu;

  var ELISIONS = set("l d j m n s t c qu jusqu lorsqu puisqu quoiqu presqu");
  var STOP = set(
    "le la les de des du un une et ou en au aux ce ces cet cette dans par " +
    "pour sur avec sans que qui quoi est sont se sa son ses leur leurs il " +
    "elle ils elles nous vous on ne pas plus y " +
    // Already normalized: على إلى حتى are written علي الي حتي.
    "في من علي الي عن مع هذا هذه ذلك تلك التي الذي الذين او ثم قد كان كانت " +
    "ان ما لا لم لن هو هي هم كل بين عند حتي اي"
  );

  function set(words) {
    var s = Object.create(null);
    words.split(" ").forEach(function (w) { s[w] = true; });
    return s;
  }

  // Lengths are in code points, as in Rust, never UTF-16 units.
  function length(w) {
    var n = 0;
    for (var i = 0; i < w.length; i++) {
      var c = w.charCodeAt(i);
      if (c < 0xd800 || c > 0xdbff || i + 1 === w.length) n++;
      else { n++; i++; }
    }
    return n;
  }

  // Every affix below is made of BMP characters, so its .length is its
  // length in code points.
  var AR_PREFIXES = ["وبال", "وكال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال"];
  var AR_SUFFIXES = ["يات", "ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه", "ي"];

  // The first affix in list order that matches AND leaves enough letters
  // is stripped: هوية and هويات both become هوي (يه, then ات once يات
  // would leave too little). Single letters و ف ب ل are not prefixes: too many words begin with them.
  function stemArabic(w) {
    var i, a;
    for (i = 0; i < AR_PREFIXES.length; i++) {
      a = AR_PREFIXES[i];
      if (w.lastIndexOf(a, 0) === 0 && length(w) - a.length >= 2) {
        w = w.slice(a.length);
        break;
      }
    }
    for (i = 0; i < AR_SUFFIXES.length; i++) {
      a = AR_SUFFIXES[i];
      if (endsWith(w, a) && length(w) - a.length >= 3) {
        w = w.slice(0, w.length - a.length);
        break;
      }
    }
    return w;
  }

  function stemFrench(w) {
    var n = length(w);
    if (n >= 5 && endsWith(w, "eaux")) w = w.slice(0, -1);
    else if (n >= 5 && endsWith(w, "aux")) w = w.slice(0, -3) + "al";
    else if (n >= 5 && endsWith(w, "eux")) w = w.slice(0, -1);
    else if (n >= 4 && endsWith(w, "s") && !endsWith(w, "ss")) w = w.slice(0, -1);
    n = length(w);
    if (n >= 5 && endsWith(w, "e")) {
      w = w.slice(0, -1);
      // citoyenne → citoyenn → citoyen, so it meets the masculine.
      if (n - 1 >= 5 && /(nn|ll|tt)$/.test(w)) w = w.slice(0, -1);
    }
    return w;
  }

  function endsWith(w, a) {
    return w.length >= a.length && w.slice(w.length - a.length) === a;
  }

  // One already-normalized word, no stop list. A word mixing scripts goes
  // to the Arabic stemmer as soon as it holds one Arabic character.
  function stemWord(word) {
    if (/[\u0600-\u06ff]/.test(word)) return stemArabic(word);
    if (/[a-z]/.test(word)) return stemFrench(word);
    return word;
  }

  function analyze(text) {
    var tokens = [];
    var words = normalize(text).match(WORD) || [];
    words.forEach(function (word) {
      var parts = word.split("'");
      // l'état, qu'il, jusqu'à: the elided article or conjunction goes;
      // other apostrophes (aujourd'hui) just split the word.
      if (parts.length > 1 && ELISIONS[parts[0]]) parts.shift();
      parts.forEach(function (w) {
        if (length(w) < 2 || STOP[w]) return;
        tokens.push(stemWord(w));
      });
    });
    return tokens;
  }

  // Code points of a string (never UTF-16 units).
  function letters(w) { return Array.from(w); }

  // Code point order, as Rust sorts strings (JS's own sort compares UTF-16
  // units, which differs past U+FFFF).
  function byCodePoint(a, b) {
    var x = letters(a), y = letters(b);
    for (var i = 0; i < x.length && i < y.length; i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  var MAX_EXACT_TOKENS = 6;

  // The key the index lists items under whose whole title or name is
  // `text` (src/analyzer/mod.rs, exact_key): distinct tokens in code
  // point order, spaces, then "=". Null when none or more than six.
  function exactKey(tokens) {
    var distinct = tokens.filter(function (t, i) { return tokens.indexOf(t) === i; }).sort(byCodePoint);
    if (!distinct.length || distinct.length > MAX_EXACT_TOKENS) return null;
    return distinct.join(" ") + "=";
  }

  // Forgiving search (src/analyzer/fuzzy.rs): letters people confuse become
  // one, so a word and its slip share lookup keys.
  var SKELETON = { "\u0635": "\u0633", "\u0637": "\u062a", "\u0630": "\u0632", "\u0638": "\u0632", "\u0636": "\u0632", "\u06a8": "\u0642", "\u06a4": "\u0641" };
  function skeletonChar(c) { return SKELETON[c] || c; }

  var MIN_CHARS = 3, DELETIONS_FROM = 4;

  // The skeleton, then (four letters or more) the skeleton with one letter
  // deleted, first to last, without repeats.
  function fuzzyKeys(token) {
    var l = letters(token).map(skeletonChar);
    if (l.length < MIN_CHARS) return [];
    var out = [l.join("")];
    if (l.length >= DELETIONS_FROM) {
      for (var skip = 0; skip < l.length; skip++) {
        var key = l.slice(0, skip).concat(l.slice(skip + 1)).join("");
        if (out.indexOf(key) < 0) out.push(key);
      }
    }
    return out;
  }

  // Half edits a query token of n letters may be from a candidate.
  function allowed(n) { return n <= 2 ? 0 : n <= 4 ? 1 : 2; }

  // Optimal string alignment in half edits: a confused letter or a swap
  // of neighbours 1, any other edit 2.
  function distance(a, b) {
    a = letters(a); b = letters(b);
    var w = b.length + 1, d = [], i, j;
    for (i = 0; i <= a.length; i++) d[i * w] = 2 * i;
    for (j = 0; j <= b.length; j++) d[j] = 2 * j;
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var sub = a[i - 1] === b[j - 1] ? 0 : skeletonChar(a[i - 1]) === skeletonChar(b[j - 1]) ? 1 : 2;
        var best = Math.min(d[(i - 1) * w + j] + 2, d[i * w + j - 1] + 2, d[(i - 1) * w + j - 1] + sub);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== b[j - 1]) {
          best = Math.min(best, d[(i - 2) * w + j - 2] + 1);
        }
        d[i * w + j] = best;
      }
    }
    return d[a.length * w + b.length];
  }

  // The distance when `candidate` is near enough to the query token, else -1.
  function near(query, candidate) {
    var d = distance(query, candidate);
    return d <= allowed(length(query)) ? d : -1;
  }

  root.fadaaAnalyze = {
    analyze: analyze, stemWord: stemWord, normalize: normalize,
    exactKey: exactKey, fuzzyKeys: fuzzyKeys, distance: distance, near: near
  };
  if (typeof module === "object" && module.exports) module.exports = root.fadaaAnalyze;
})(typeof globalThis !== "undefined" ? globalThis : this);
