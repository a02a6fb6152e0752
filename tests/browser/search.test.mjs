// Search in a real browser, on the shipped site under a sub-path: typed
// queries in both languages and scripts, the first result, which index
// files were fetched, filters, the URL, the keyboard, and the page
// without JavaScript.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { serveSite, launch, openPage, REPO } from "./harness.mjs";

const { analyze } = createRequire(import.meta.url)(join(REPO, "src/analyzer/analyze.js"));

let site, browser;
before(async () => {
  site = await serveSite("shipped");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.close();
});

/// Open the search page, record index requests, type `query` key by key.
async function typeQuery(lang, query, { page, clear = true } = {}) {
  page = page || (await openPage(browser, site));
  const fetched = [];
  page.on("request", (r) => { if (r.url().includes("/search/" + lang + "/")) fetched.push(new URL(r.url()).pathname); });
  if (!page.url().includes(`/${lang}/search/`)) await page.goto(`${site.base}${lang}/search/`);
  const box = page.locator("#search-q");
  if (clear) await box.fill("");
  await box.pressSequentially(query, { delay: 20 });
  await settled(page, await box.inputValue());
  return { page, fetched };
}

/// Wait until the page has answered the query now in the box.
async function settled(page, query) {
  await page.waitForFunction((q) => {
    const root = document.getElementById("search");
    return document.getElementById("search-q").value === q && root.dataset.state === "done"
      && new URLSearchParams(location.search).get("q") === (q.trim() || null);
  }, query);
}

const resultLinks = (page) => page.locator("#search-results li h2 a");

const cases = [
  // [language, query, first result's path, why]
  ["fr", "Sfax", "fr/members/sfax/", "a municipality by its name"],
  ["ar", "صفاقس", "ar/members/sfax/", "the same in Arabic"],
  ["ar", "Sfax", "ar/members/sfax/", "Latin letters on the Arabic site"],
  ["fr", "Kairwan", "fr/members/kairouan/", "an alias from governorates.yaml"],
  ["fr", "القيروان", "fr/members/kairouan/", "Arabic script on the French site"],
  ["ar", "سيدي بو زيد", "ar/members/sidi-bouzid/", "a spelling in two words"],
  ["fr", "Sidi Bou Zid", "fr/members/sidi-bouzid/", "the same in Latin letters"],
  ["fr", "gabes", "fr/members/gabes/", "no accent typed"],
  ["fr", "attente ticket", "fr/stories/reduce-waiting-time-sfax/", "two words of a story's title, unaccented"],
  ["ar", "الإعاقة", "ar/stories/accessibility-kairouan/", "hamza and article typed"],
  ["fr", "principes valeurs", "fr/principles/", "a charter page by its title"],
  ["fr", "satisfaction", "fr/data/network-satisfaction-2025/", "a dataset title, ahead of a story that mentions it"],
  // Forgiving: a slip still finds its word.
  ["ar", "صفاقص", "ar/members/sfax/", "ص typed for س (letters people confuse)"],
  ["fr", "Safx", "fr/members/sfax/", "two letters swapped in a four-letter name"],
  ["ar", "Safx", "ar/members/sfax/", "the same slip in Latin letters on the Arabic site"],
  ["fr", "Monastyr", "fr/members/monastir/", "one wrong letter in a long name"],
  ["fr", "Bizert", "fr/members/bizerte/", "a missing final letter"],
  // An item named exactly what was typed comes first.
  ["ar", "تونس", "ar/members/tunis/", "the municipality named تونس above others of its governorate"],
  ["fr", "Tunis", "fr/members/tunis/", "the same in French"],
  ["ar", "بلدية تونس", "ar/members/tunis/", "the whole name typed"],
];

// Topic words find their kind even when no dataset says them.
const topics = [
  ["ar", "بيانات مفتوحة"],
  ["fr", "données ouvertes"],
  ["fr", "jeu de données"],
  ["fr", "open data"],
];
for (const [lang, query] of topics) {
  test(`${lang}: «${query}» lists every dataset, a dataset first`, async () => {
    const { page } = await typeQuery(lang, query + " ");
    const all = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const datasets = readFileSync(join(site.docroot, `reseau/${lang}/data/index.html`), "utf8")
      .match(new RegExp(`href="/reseau/${lang}/data/[a-z0-9-]+/"`, "g")).map((h) => h.slice(6, -1));
    const wanted = [...new Set(datasets)];
    assert.ok(wanted.length >= 2, wanted.join());
    // The datasets first, all of them, before the stories and deliverables
    // that say the words.
    const first = all.slice(0, wanted.length);
    assert.deepEqual([...first].sort(), [...wanted].sort(), `results: ${all.join(", ")}`);
    page.assertClean();
    await page.closeAll();
  });
}

test("ar and fr: a slip says which word was searched instead, as a link", async () => {
  for (const [lang, typed, suggested] of [["ar", "صفاقص", "صفاقس"], ["fr", "Safx", "Sfax"]]) {
    const { page, fetched } = await typeQuery(lang, typed + " ");
    const root = page.locator("#search");
    assert.equal(await root.getAttribute("data-suggestion"), suggested);
    const status = page.locator("#search-status");
    assert.ok((await status.textContent()).includes(typed), await status.textContent());
    const link = status.locator("a");
    assert.equal(await link.textContent(), suggested);
    assert.equal(new URL(await link.evaluate((a) => a.href)).searchParams.get("q"), suggested);
    // The corrected word is what results highlight.
    const marks = await page.locator("#search-results mark").allTextContents();
    assert.ok(marks.some((m) => m.toLowerCase().includes(suggested.toLowerCase())), marks.join());
    // The lookup files came only because the word was missing.
    assert.ok(fetched.some((f) => f.includes(`/search/${lang}/f/`)), fetched.join());
    page.assertClean();
    await page.closeAll();
  }
});

test("fr: a word the index holds fetches no lookup file", async () => {
  const { page, fetched } = await typeQuery("fr", "Sfax ");
  assert.ok(!fetched.some((f) => f.includes("/search/fr/f/")), fetched.join());
  assert.equal(await page.locator("#search").getAttribute("data-suggestion"), null);
  await page.closeAll();
});

test("ar: excerpts are whole words, never a stump of one", async () => {
  const { page } = await typeQuery("ar", "فضاء المواطن ");
  const excerpts = await page.locator("#search-results .result-excerpt").allTextContents();
  assert.ok(excerpts.length >= 5);
  for (const e of excerpts) {
    // A lone Arabic letter between spaces is a word cut from its prefix
    // (ب بلدية) or its end.
    assert.doesNotMatch(e, /(^|\s)[\u0621-\u064a](\s|$)/u, e);
  }
  await page.closeAll();
});

for (const [lang, query, expected, why] of cases) {
  test(`${lang}: «${query}» finds ${expected} first (${why})`, async () => {
    const { page } = await typeQuery(lang, query);
    const first = await resultLinks(page).first().getAttribute("href");
    const all = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.equal(first, `/reseau/${expected}`, `results: ${all.join(", ")}`);
    page.assertClean();
    await page.closeAll();
  });
}

test("fr: typing fetches the index once and only the shards of the words", async () => {
  const { page, fetched } = await typeQuery("fr", "Kairwan ");
  const index = JSON.parse(readFileSync(join(site.docroot, "reseau/search/fr/index.json"), "utf8"));
  const keyFor = (token) => index.shards.reduce((best, k, i) => (token.startsWith(k) && (best < 0 || k.length > index.shards[best].length) ? i : best), -1);
  // Every prefix typed ("ka", "kai", …) may need its shard; nothing else.
  const allowed = new Set();
  for (let n = 2; n <= "kairwan".length; n++) {
    const prefix = analyze("kairwan".slice(0, n))[0];
    if (!prefix) continue;
    allowed.add(keyFor(prefix));
    index.shards.forEach((k, i) => { if (k.startsWith(prefix)) allowed.add(i); });
  }
  const shards = fetched.filter((p) => p.includes("/s/")).map((p) => Number(p.match(/s\/(\d+)\.json/)[1]));
  assert.ok(shards.length > 0);
  for (const s of shards) assert.ok(allowed.has(s), `shard ${s} (${index.shards[s]}) was not needed`);
  assert.equal(new Set(shards).size, shards.length, "a shard is fetched once");
  assert.equal(fetched.filter((p) => p.endsWith("index.json")).length, 1);
  const docs = fetched.filter((p) => p.includes("/d/")).length;
  assert.ok(docs >= 1 && docs <= 10, `${docs} result files`);
  assert.ok(shards.length < index.shards.length / 4, `${shards.length} of ${index.shards.length} shards`);
  page.assertClean();
  await page.closeAll();
});

test("ar: one letter asks for more, fetches nothing, then a word answers", async () => {
  const { page, fetched } = await typeQuery("ar", "ب");
  assert.equal(await page.locator("#search-status").textContent(), "اكتب حرفين على الأقل.");
  assert.equal(await resultLinks(page).count(), 0);
  assert.equal(fetched.filter((p) => p.includes("/s/")).length, 0, "no shard for one letter");
  await typeQuery("ar", "لدية", { page, clear: false });
  assert.ok(await resultLinks(page).count() > 0);
  page.assertClean();
  await page.closeAll();
});

for (const [lang, none] of [["fr", "Aucun résultat"], ["ar", "لا توجد نتائج"]]) {
  test(`${lang}: no result says so and offers the site's lists`, async () => {
    const { page } = await typeQuery(lang, "zqxjw");
    assert.match(await page.locator("#search-status").textContent(), new RegExp(none));
    assert.equal(await resultLinks(page).count(), 0);
    assert.ok(await page.locator("#search-browse").isVisible());
    assert.ok(await page.locator("#search-browse a").count() >= 4);
    page.assertClean();
    await page.closeAll();
  });
}

test("fr: results show kind, highlighted words and a count in a live region", async () => {
  const { page } = await typeQuery("fr", "equipement");
  const count = await resultLinks(page).count();
  assert.ok(count >= 1);
  const status = page.locator("#search-status");
  assert.equal(await status.getAttribute("aria-live"), "polite");
  assert.match(await status.textContent(), /^\d+ résultats?$/);
  const marks = await page.locator("#search-results mark").allTextContents();
  assert.ok(marks.length > 0, "matched words are marked");
  for (const m of marks) assert.match(m.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(), /^([a-z]+['’])?equipement/);
  const kinds = await page.locator("#search-results .result-kind").allTextContents();
  assert.ok(kinds.every((k) => ["Page", "Commune membre", "Récit", "Jeu de données", "Livrable"].includes(k)), kinds.join());
  page.assertClean();
  await page.closeAll();
});

test("ar: the kind and governorate filters narrow results and stay in the URL", async () => {
  const { page } = await typeQuery("ar", "فضاء ");
  const before = await resultLinks(page).count();
  await page.locator("#search-kind").selectOption("story");
  await settled(page, "فضاء ");
  const stories = await page.locator("#search-results li").evaluateAll((lis) => lis.map((li) => li.className));
  assert.ok(stories.length > 0 && stories.length <= before);
  assert.ok(stories.every((c) => c.includes("result-story")), stories.join());
  await page.locator("#search-kind").selectOption("");
  await page.locator("#search-gov").selectOption("sfax");
  await settled(page, "فضاء ");
  const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.includes("/reseau/ar/members/sfax/"), hrefs.join());
  assert.ok(!hrefs.some((h) => h.includes("kairouan")), hrefs.join());
  assert.match(page.url(), /gov=sfax/);
  page.assertClean();
  await page.closeAll();
});

test("fr: a shared link with ?q= shows its results on arrival; the header box leads there", async () => {
  const page = await openPage(browser, site);
  await page.goto(`${site.base}fr/search/?q=Kairwan`);
  await settled(page, "Kairwan");
  assert.equal(await resultLinks(page).first().getAttribute("href"), "/reseau/fr/members/kairouan/");
  await page.goto(`${site.base}fr/`);
  await page.locator("#site-search-q").fill("Sfax");
  await page.locator("#site-search-q").press("Enter");
  await page.waitForURL(/\/fr\/search\/\?q=Sfax/);
  await settled(page, "Sfax");
  assert.equal(await resultLinks(page).first().getAttribute("href"), "/reseau/fr/members/sfax/");
  page.assertClean();
  await page.closeAll();
});

test("fr: the keyboard goes from the box to the first result", async () => {
  const { page } = await typeQuery("fr", "Sfax");
  await page.locator("#search-q").press("ArrowDown");
  const focused = await page.evaluate(() => document.activeElement.getAttribute("href"));
  assert.equal(focused, "/reseau/fr/members/sfax/");
  page.assertClean();
  await page.closeAll();
});

for (const lang of ["ar", "fr"]) {
  test(`${lang}: without JavaScript the search page explains and links to the lists`, async () => {
    const page = await openPage(browser, site, { javaScriptEnabled: false });
    await page.goto(`${site.base}${lang}/search/?q=Sfax`);
    assert.ok(await page.locator(".notice-noscript").isVisible());
    assert.ok(await page.locator(".notice-noscript a").count() >= 4);
    assert.equal(await page.locator("#search-filters").isVisible(), false);
    page.assertClean();
    await page.closeAll();
  });
}
