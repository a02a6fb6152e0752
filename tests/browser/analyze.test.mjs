// The browser's search analyzer against the shared, hand-written vectors
// (tests/search/vectors.json, also read by the Rust indexer's tests), plus
// properties on random text. Plain Node: no browser, no harness.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const { analyze, stemWord, normalize, exactKey, fuzzyKeys, distance, near } = require("../../src/analyzer/analyze.js");
const vectors = JSON.parse(readFileSync(new URL("../search/vectors.json", import.meta.url), "utf8"));
const fuzzy = JSON.parse(readFileSync(new URL("../search/fuzzy-vectors.json", import.meta.url), "utf8"));

const show = (s) => JSON.stringify(s);

test("the vectors table is well formed", () => {
  assert.ok(vectors.length >= 170, `${vectors.length} vectors`);
  for (const v of vectors) {
    assert.ok(["ar", "fr", "mixed"].includes(v.lang), show(v));
    assert.equal(typeof v.text, "string", show(v));
    assert.ok(Array.isArray(v.tokens), show(v));
    assert.ok(v.note, show(v));
  }
});

test("analyze gives every vector's tokens", () => {
  const failures = [];
  for (const v of vectors) {
    let got;
    try {
      got = analyze(v.text);
    } catch (e) {
      got = `threw ${e}`;
    }
    if (show(got) !== show(v.tokens)) {
      failures.push(`${v.note}\n    text:     ${show(v.text)}\n    expected: ${show(v.tokens)}\n    got:      ${show(got)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${vectors.length} vectors fail:\n  ${failures.join("\n  ")}`);
});

// The forgiving-search rules, against the table src/analyzer/fuzzy.rs reads.
test("lookup keys, distances and exact keys agree with the shared table", () => {
  assert.ok(fuzzy.keys.length >= 10 && fuzzy.distances.length >= 20 && fuzzy.exact.length >= 8);
  const failures = [];
  for (const c of fuzzy.keys) {
    const got = fuzzyKeys(c.token);
    if (show(got) !== show(c.keys)) failures.push(`keys(${c.token}) = ${show(got)}, expected ${show(c.keys)}`);
  }
  for (const c of fuzzy.distances) {
    const d = distance(c.query, c.candidate);
    const n = near(c.query, c.candidate) >= 0;
    if (d !== c.distance || n !== c.near) failures.push(`${c.query} → ${c.candidate} (${c.note}): distance ${d}, near ${n}`);
  }
  for (const c of fuzzy.exact) {
    const got = exactKey(analyze(c.text));
    if (got !== c.key) failures.push(`exact key of ${c.text}: ${show(got)}, expected ${show(c.key)}`);
  }
  assert.equal(failures.length, 0, failures.join("\n"));
});

test("normalize and stemWord are the steps analyze is made of", () => {
  assert.equal(normalize("الْمُوَاطِنِـينَ ÉTÉ ٢٠٢٤ l’œuvre"), "المواطنين ete 2024 l'oeuvre");
  assert.equal(stemWord("المواطنين"), "مواطن");
  assert.equal(stemWord("citoyennes"), "citoyen");
  assert.equal(stemWord("2024"), "2024");
  // stemWord has no stop list.
  assert.equal(stemWord("les"), "les");
});

// Deterministic pseudo-random text (mulberry32), so a failure can be replayed.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters the site's text is made of, with the troublemakers over-represented.
const ALPHABET = [
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
  ..."éèêëàâäîïôöùûüçÉÈÀÇÔŒœÆæßẞÑñ",
  ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةٱیک",
  ..."\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u0640\u0610\u06d6\u06e4",
  ..."٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789",
  ..."\ufefb\ufdf2\ufe8d\ufedf\ufb01\uff45²º",
  ..."'’‘ʼ-–—.,;:!?«»()/@#،؛؟ \u00a0\u202f\u00ad\u200c\n",
  "👍", "🇹🇳", "\u{10330}",
];

function randomText(next, pick) {
  let s = "";
  const n = Math.floor(next() * 40);
  for (let i = 0; i < n; i++) s += pick();
  return s;
}

const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640]/u;
const UNFOLDED = /[\u0671\u0649\u0629\u06cc\u06a9\u0660-\u0669\u06f0-\u06f9œæß’‘ʼ']/u;
const LATIN_ACCENTED = /[\u00c0-\u024f]/u;

function checkTokens(text, tokens) {
  for (const t of tokens) {
    const where = `${show(t)} from ${show(text)}`;
    assert.equal(typeof t, "string", where);
    assert.ok([...t].length >= 1, where);
    assert.ok(!MARKS.test(t), `tashkeel, tatweel or accent left in ${where}`);
    assert.ok(!UNFOLDED.test(t), `unfolded character or apostrophe in ${where}`);
    assert.ok(!/\p{Lu}/u.test(t) && t === t.toLowerCase(), `uppercase in ${where}`);
    assert.ok(/^[\p{Alphabetic}\p{N}]+$/u.test(t), `separator in ${where}`);
  }
}

test("tokens on random site-like text: no marks, tatweel, uppercase or accents", () => {
  const next = rng(20240611);
  const pick = () => ALPHABET[Math.floor(next() * ALPHABET.length)];
  for (let i = 0; i < 5000; i++) {
    const text = randomText(next, pick);
    const tokens = analyze(text);
    checkTokens(text, tokens);
    for (const t of tokens) assert.ok(!LATIN_ACCENTED.test(t), `accented Latin letter in ${show(t)} from ${show(text)}`);
  }
});

test("analyze never throws on arbitrary code points, lone surrogates included", () => {
  const next = rng(7);
  const pick = () => {
    const r = next();
    if (r < 0.1) return String.fromCharCode(0xd800 + Math.floor(next() * 0x800)); // lone surrogate
    if (r < 0.6) return String.fromCodePoint(Math.floor(next() * 0x10000));
    return String.fromCodePoint(Math.floor(next() * 0x110000));
  };
  for (let i = 0; i < 5000; i++) {
    const text = randomText(next, pick);
    let tokens;
    assert.doesNotThrow(() => { tokens = analyze(text); }, show(text));
    assert.ok(Array.isArray(tokens));
    for (const t of tokens) {
      assert.ok(!MARKS.test(t), `mark or tatweel left in ${show(t)} from ${show(text)}`);
      assert.ok(!/\p{Lu}/u.test(t), `uppercase in ${show(t)} from ${show(text)}`);
    }
  }
  for (const odd of [undefined, null, 42, "\ud800", "\udfff'", "'".repeat(1000), "ـ".repeat(10000)]) {
    assert.doesNotThrow(() => analyze(odd), show(odd));
  }
});
