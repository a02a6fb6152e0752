// The member directory in a real browser: complete without JavaScript, a
// map a phone can use (24 px targets that never overlap, names readable at
// 320 px), filters that forgive as search does, "open now" in Tunisia's
// time zone with a fixed clock, the map and the list linked both ways.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveSite, launch, openPage } from "./harness.mjs";

// Six Citizen Spaces around Sfax (one marker at any scale), Sousse and
// Monastir (14 km apart: offset), on top of the mini fixture's Sfax.
const near = (slug, ar, fr, gov, lat, lon) =>
  [`content/members/${slug}.yaml`, `name: { ar: "${ar}", fr: "${fr}" }\ngovernorate: ${gov}\nlocation: { lat: ${lat}, lon: ${lon} }\nstatus: operational\n`];
const CROWDED = Object.fromEntries([
  ["content/governorates.yaml", [
    'sfax: { name: { ar: "صفاقس", fr: "Sfax" }, aliases: [Sfaks] }',
    'tunis: { ar: "تونس", fr: "Tunis" }',
    'sousse: { ar: "سوسة", fr: "Sousse" }',
    'monastir: { ar: "المنستير", fr: "Monastir" }',
  ].join("\n") + "\n"],
  near("sakiet-ezzit", "بلدية ساقية الزيت", "Commune de Sakiet Ezzit", "sfax", 34.7958, 10.7550),
  near("sakiet-eddaier", "بلدية ساقية الدائر", "Commune de Sakiet Eddaier", "sfax", 34.8006, 10.7867),
  near("el-ain", "بلدية العين", "Commune d’El Ain", "sfax", 34.7669, 10.7147),
  near("thyna", "بلدية طينة", "Commune de Thyna", "sfax", 34.6900, 10.6860),
  near("gremda", "بلدية قرمدة", "Commune de Gremda", "sfax", 34.7700, 10.7400),
  near("sousse", "بلدية سوسة", "Commune de Sousse", "sousse", 35.8254, 10.6370),
  near("monastir", "بلدية المنستير", "Commune de Monastir", "monastir", 35.7780, 10.8262),
]);

let shipped, mini, crowded, browser;
before(async () => {
  shipped = await serveSite("shipped");
  mini = await serveSite("mini");
  crowded = await serveSite("mini", { files: CROWDED });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  shipped?.close();
  mini?.close();
  crowded?.close();
});

const visibleCards = (page) => page.locator("li:not([hidden]) > .card-member").count();
const visibleSlugs = (page) =>
  page.locator("li:not([hidden]) > .card-member").evaluateAll((cards) => cards.map((c) => c.dataset.member));
const marker = (page, slug) => page.locator(`a.map-marker[data-members~="${slug}"]:visible`);

/// What the reader sees of the map: markers (centre, size, members) and
/// names (text, box, font size on screen), in CSS px.
function mapGeometry(page) {
  return page.evaluate(() => {
    const box = (el) => el.getBoundingClientRect();
    const markers = [...document.querySelectorAll("a.map-marker")]
      .map((a) => ({ a, r: box(a) }))
      .filter(({ r }) => r.width > 0)
      .map(({ a, r }) => ({ members: a.dataset.members, w: r.width, h: r.height, x: r.x + r.width / 2, y: r.y + r.height / 2 }));
    const names = [...document.querySelectorAll(".map-names text")]
      .map((t) => ({ t, r: box(t) }))
      .filter(({ r }) => r.width > 0)
      .map(({ t, r }) => ({
        text: t.textContent,
        px: parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getScreenCTM().a,
        rect: [r.left, r.top, r.right, r.bottom],
      }));
    return { markers, names };
  });
}

function assertTargets(markers, where) {
  for (const m of markers) assert.ok(m.w >= 24 && m.h >= 24, `${where}: ${m.members} is ${m.w.toFixed(1)}×${m.h.toFixed(1)} px`);
  // Targets are discs: no two may overlap (a little rounding allowed).
  for (let i = 0; i < markers.length; i++) {
    for (const b of markers.slice(i + 1)) {
      const a = markers[i];
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      assert.ok(d >= (a.w + b.w) / 2 - 0.2, `${where}: ${a.members} and ${b.members} overlap (${d.toFixed(1)} px apart)`);
    }
  }
}

const crosses = (a, b) => a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5;
const meetsDisc = (r, m) => Math.hypot(Math.min(Math.max(m.x, r[0]), r[2]) - m.x, Math.min(Math.max(m.y, r[1]), r[3]) - m.y) < m.w / 2 - 0.5;

for (const lang of ["ar", "fr"]) {
  test(`${lang}: without JavaScript every member is listed and reached from one marker, which leads to its card`, async () => {
    const page = await openPage(browser, shipped, { javaScriptEnabled: false });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${shipped.base}${lang}/members/`);
      const cards = await page.locator(".card-member").evaluateAll((cs) => cs.map((c) => c.dataset.member).sort());
      assert.ok(cards.length >= 12, `${cards.length} cards`);
      const reached = (await mapGeometry(page)).markers.flatMap((m) => m.members.split(" ")).sort();
      assert.deepEqual(reached, cards, `at ${width} px, each member in exactly one shown marker`);
      for (const href of await page.locator("a.map-marker:visible").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
        assert.equal(await page.locator(href).count(), 1, `${href} is on the page`);
      }
      assert.equal(await page.locator("#members-map").count(), 1, "“on the map” links lead to the map");
    }
    assert.equal(await page.locator("#member-filters").isVisible(), false, "filters need JS, so they stay hidden");
    assert.equal(await page.locator("html").getAttribute("dir"), lang === "ar" ? "rtl" : "ltr");
    // A marker leads to its card, which shows it is the one chosen.
    await marker(page, "sfax").click();
    assert.equal(new URL(page.url()).hash, "#m-sfax");
    const outline = await page.locator("#m-sfax > .card-member").evaluate((c) => getComputedStyle(c).outlineStyle);
    assert.equal(outline, "solid");
    page.assertClean();
    await page.closeAll();
  });

  for (const width of [320, 1280]) {
    test(`${lang} at ${width} px: every marker is a 24 px target, none overlap, names are readable and apart`, async () => {
      const page = await openPage(browser, shipped, { viewport: { width, height: 900 } });
      await page.goto(`${shipped.base}${lang}/members/`);
      await page.evaluate(() => document.fonts.ready);
      const { markers, names } = await mapGeometry(page);
      assertTargets(markers, `${lang} ${width}`);
      const sizes = markers.map((m) => m.w.toFixed(1));
      console.log(`${lang} ${width} px: ${markers.length} markers, ${Math.min(...sizes)}–${Math.max(...sizes)} px; ${names.length} names, ${Math.min(...names.map((n) => n.px)).toFixed(1)} px`);
      assert.ok(names.length >= (width === 320 ? 10 : 16), `${names.length} names shown`);
      for (const n of names) {
        assert.ok(n.px >= 11, `“${n.text}” is ${n.px.toFixed(1)} px`);
        assert.match(n.text, lang === "ar" ? /^[\u0600-\u06ff ]+$/ : /^[A-Za-zÀ-ÿ’' -]+$/, "names in the page's language");
        for (const m of markers) assert.ok(!meetsDisc(n.rect, m), `“${n.text}” covers the marker of ${m.members}`);
      }
      for (let i = 0; i < names.length; i++) {
        for (const b of names.slice(i + 1)) assert.ok(!crosses(names[i].rect, b.rect), `“${names[i].text}” and “${b.text}” overlap`);
      }
      // Geography is never mirrored: Bizerte north of Tataouine, Tozeur west of Sfax.
      const at = (slug) => markers.find((m) => m.members.split(" ").includes(slug));
      assert.ok(at("bizerte").y < at("tataouine").y && at("tozeur").x < at("sfax").x);
      page.assertClean();
      await page.closeAll();
    });
  }
}

test("crowded: close members of one governorate are one marker with a count, leading to their section", async () => {
  for (const [lang, label] of [["fr", "Sfax\u202f: 6 communes membres"], ["ar", "صفاقس: 6 بلديات"]]) {
    for (const width of [320, 1280]) {
      const page = await openPage(browser, crowded, { viewport: { width, height: 900 } });
      await page.goto(`${crowded.base}${lang}/members/`);
      const { markers } = await mapGeometry(page);
      assertTargets(markers, `crowded ${lang} ${width}`);
      const cluster = page.locator("a.map-cluster:visible");
      assert.equal(await cluster.count(), 1, `${lang} ${width}`);
      assert.equal(await cluster.getAttribute("aria-label"), label);
      assert.equal(await cluster.locator(".map-count").textContent(), "6");
      assert.equal(await cluster.getAttribute("href"), "#gov-sfax");
      // Sousse and Monastir are 14 km apart: two markers, pushed apart.
      assert.equal(await marker(page, "sousse").count(), 1);
      assert.equal(await marker(page, "monastir").count(), 1);
      // Choosing the cluster shows the governorate and its cards.
      await cluster.click();
      assert.equal(await page.evaluate(() => document.activeElement.id), "gov-sfax");
      assert.equal(await page.locator(".card-member.is-selected").count(), 6);
      // Filtering updates the count, or dims the cluster.
      await page.locator("#f-text").fill("thyna");
      assert.equal(await cluster.locator(".map-count").textContent(), "1");
      await page.locator("#f-text").fill("sousse");
      assert.match(await cluster.getAttribute("class"), /is-dim/);
      page.assertClean();
      await page.closeAll();
    }
  }
});

test("fr: free text ignores accents and case, and finds Arabic names", async () => {
  const page = await openPage(browser, shipped);
  await page.goto(`${shipped.base}fr/members/`);
  await page.locator("#f-text").fill("gabes");
  assert.deepEqual(await visibleSlugs(page), ["gabes"]);
  await page.locator("#f-text").fill("SFAX");
  assert.deepEqual(await visibleSlugs(page), ["sfax"]);
  await page.locator("#f-text").fill("صفاقس");
  assert.deepEqual(await visibleSlugs(page), ["sfax"], "the Arabic name on the French page");
  await page.locator("#f-text").fill("Sfakes");
  assert.deepEqual(await visibleSlugs(page), ["sfax"], "the governorate's aliases");
  await page.locator("#f-text").fill("monas");
  assert.deepEqual(await visibleSlugs(page), ["monastir"], "the word being typed is a prefix");
  await page.locator("#f-text").fill("");
  await page.locator("#f-status").selectOption("planned");
  assert.equal(await visibleCards(page), 2);
  assert.match(await page.locator(".filters-count").innerText(), /^2 /);
  page.assertClean();
  await page.closeAll();
});

test("ar: sfax and Tunis typed in the Arabic directory find Sfax and Tunis", async () => {
  const page = await openPage(browser, shipped);
  await page.goto(`${shipped.base}ar/members/`);
  await page.locator("#f-text").fill("sfax");
  assert.deepEqual(await visibleSlugs(page), ["sfax"]);
  await page.locator("#f-text").fill("Tunis");
  const tunis = await visibleSlugs(page);
  assert.ok(tunis.includes("tunis"), tunis.join());
  const govs = await page.locator("li:not([hidden]) > .card-member").evaluateAll((cs) => cs.map((c) => c.dataset.gov));
  assert.ok(govs.every((g) => g === "tunis"), "only the governorate of Tunis (Tunis, La Marsa)");
  await page.locator("#f-text").fill("tun");
  assert.ok((await visibleSlugs(page)).includes("tunis"), "prefix");
  await page.locator("#f-text").fill("صفا");
  assert.deepEqual(await visibleSlugs(page), ["sfax"], "Arabic prefix");
  await page.locator("#f-text").fill("اريانه"); // written أريانة on the site
  assert.deepEqual(await visibleSlugs(page), ["ariana"]);
  await page.locator("#f-text").fill("صَفَاقِس");
  assert.deepEqual(await visibleSlugs(page), ["sfax"]);
  // Slips search forgives, the directory forgives too.
  await page.locator("#f-text").fill("صفاقص ");
  assert.deepEqual(await visibleSlugs(page), ["sfax"], "ص typed for س");
  await page.locator("#f-text").fill("Safx ");
  assert.deepEqual(await visibleSlugs(page), ["sfax"], "two letters swapped");
  await page.locator("#f-text").fill("Monastyr");
  assert.deepEqual(await visibleSlugs(page), ["monastir"], "one wrong letter, still typing");
  await page.locator("#f-text").fill("");
  await page.locator("#f-gov").selectOption("tunis");
  assert.equal(await visibleCards(page), 2, "Tunis and La Marsa");
  const dimmed = await page.locator("a.map-marker.is-dim:visible").count();
  assert.equal(dimmed, (await page.locator("a.map-marker:visible").count()) - 2, "markers of hidden members are dimmed");
  // Arabic plural forms, picked by Intl.PluralRules: dual for 2, "few" for 3.
  assert.equal(await page.locator(".filters-count").innerText(), "بلديتان");
  await page.locator("#f-gov").selectOption("");
  await page.locator("#f-status").selectOption("in-progress");
  assert.equal(await page.locator(".filters-count").innerText(), "3 بلديات");
  page.assertClean();
  await page.closeAll();
});

test("reset clears every filter; nothing found says so", async () => {
  for (const [lang, none] of [["fr", /^Aucune commune ne correspond/], ["ar", /^لا توجد بلدية تطابق/]]) {
    const page = await openPage(browser, shipped);
    await page.goto(`${shipped.base}${lang}/members/`);
    const all = await visibleCards(page);
    await page.locator("#f-text").fill("sfax");
    await page.locator("#f-gov").selectOption("tunis");
    await page.locator("#f-open").check();
    assert.equal(await visibleCards(page), 0);
    assert.match(await page.locator(".filters-count").innerText(), none);
    await page.locator("#member-filters button[type=reset]").click();
    await page.waitForFunction((n) => document.querySelectorAll("li:not([hidden]) > .card-member").length === n, all);
    assert.equal(await page.locator("#f-text").inputValue(), "");
    assert.equal(await page.locator("#f-gov").inputValue(), "");
    assert.equal(await page.locator("#f-open").isChecked(), false);
    assert.equal(await page.locator("a.map-marker.is-dim").count(), 0);
    page.assertClean();
    await page.closeAll();
  }
});

// The mini fixture's only member is open Mo-Fr 08:00-17:00 and Sa 08:00-12:00.
// The browser runs in New York: "open now" must still use Tunisia's clock.
const openNow = [
  ["Monday 10:00 in Tunis", "2026-03-02T09:00:00Z", 1, null],
  ["Monday 17:30 in Tunis", "2026-03-02T16:30:00Z", 0, ["demain à 08:00", "غدًا على الساعة 08:00"]],
  ["Saturday 11:30 in Tunis", "2026-03-07T10:30:00Z", 1, null],
  ["Saturday 12:30 in Tunis", "2026-03-07T11:30:00Z", 0, ["lundi à 08:00", "الاثنين على الساعة 08:00"]],
  ["Sunday 10:00 in Tunis, still Saturday in New York", "2026-03-08T09:00:00Z", 0, ["demain à 08:00", "غدًا على الساعة 08:00"]],
  ["Monday 07:00 in Tunis", "2026-03-02T06:00:00Z", 0, ["aujourd’hui à 08:00", "اليوم على الساعة 08:00"]],
];
for (const [name, now, expected, next] of openNow) {
  test(`open now, ${name}`, async () => {
    for (const [i, lang] of ["fr", "ar"].entries()) {
      const page = await openPage(browser, mini, { timezoneId: "America/New_York" });
      await page.addInitScript((t) => { window.FADAA_NOW = t; }, now);
      await page.goto(`${mini.base}${lang}/members/`);
      await page.locator("#f-open").check();
      assert.equal(await visibleCards(page), expected);
      const status = await page.locator(".filters-count").innerText();
      if (next) {
        // Nothing open: say so, and when the next opening is.
        const [closed, when] = lang === "fr"
          ? ["Aucun Espace Citoyen n’est ouvert en ce moment.", `Prochaine ouverture\u202f: ${next[0]}, Commune de Sfax.`]
          : ["لا يوجد فضاء مواطن مفتوح الآن.", `أقرب موعد فتح: ${next[1]}، بلدية صفاقس.`];
        assert.equal(status, `${closed} ${when}`);
      } else {
        assert.doesNotMatch(status, /Aucun|لا يوجد/);
      }
      page.assertClean();
      await page.closeAll();
      if (i === 0 && !next) break;
    }
  });
}

test("today's hours appear on the card", async () => {
  const page = await openPage(browser, mini);
  await page.addInitScript(() => { window.FADAA_NOW = "2026-03-07T10:30:00Z"; });
  await page.goto(`${mini.base}ar/members/`);
  assert.match(await page.locator(".card-today").innerText(), /08:00–12:00/);
  assert.match(await page.locator(".card-today").innerText(), /مفتوح الآن/);
  await page.closeAll();
});

const inView = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;
});

for (const lang of ["ar", "fr"]) {
  test(`${lang}: marker and card highlight each other on hover`, async () => {
    const page = await openPage(browser, shipped);
    await page.goto(`${shipped.base}${lang}/members/`);
    await marker(page, "sfax").hover();
    assert.match(await page.locator('.card-member[data-member="sfax"]').getAttribute("class"), /is-highlighted/);
    await page.locator('.card-member[data-member="kairouan"]').hover();
    assert.match(await marker(page, "kairouan").getAttribute("class"), /is-active/);
    page.assertClean();
    await page.closeAll();
  });

  for (const width of [320, 1280]) {
    test(`${lang} at ${width} px: a marker shows its card, a card's “on the map” its marker, by mouse and by keyboard`, async () => {
      const page = await openPage(browser, shipped, { viewport: { width, height: 800 } });
      await page.goto(`${shipped.base}${lang}/members/`);
      // Map → list.
      await marker(page, "sousse").click();
      const card = page.locator("#m-sousse > .card-member");
      assert.match(await card.getAttribute("class"), /is-selected/);
      assert.equal(await page.evaluate(() => document.activeElement.closest(".card-member")?.dataset.member), "sousse", "focus moves to the card");
      await page.waitForFunction(() => { const r = document.querySelector("#m-sousse").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
      // List → map.
      await page.locator('#m-sfax [data-locate="sfax"]').click();
      const sfax = marker(page, "sfax");
      assert.match(await sfax.getAttribute("class"), /is-selected/);
      assert.match(await card.getAttribute("class"), /^(?!.*is-selected)/, "one selection at a time");
      assert.equal(await page.evaluate(() => document.activeElement.dataset.members), "sfax", "focus moves to the marker");
      await page.waitForFunction(() => [...document.querySelectorAll('a.map-marker[data-members="sfax"]')].some((a) => { const r = a.getBoundingClientRect(); return r.width && r.top >= 0 && r.bottom <= innerHeight; }));
      assert.ok(await inView(sfax));
      // By keyboard: Enter on the focused marker goes to its card, Enter
      // on the card's "on the map" comes back.
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.closest(".card-member")?.dataset.member), "sfax");
      await page.locator('#m-sfax [data-locate="sfax"]').focus();
      await page.keyboard.press("Enter");
      assert.equal(await page.evaluate(() => document.activeElement.dataset.members), "sfax");
      page.assertClean();
      await page.closeAll();
    });
  }

  test(`${lang}: the keyboard reaches every marker, each named`, async () => {
    const page = await openPage(browser, shipped);
    await page.goto(`${shipped.base}${lang}/members/`);
    const total = await page.locator("a.map-marker:visible").count();
    const reached = new Set();
    for (let i = 0; i < 80 && reached.size < total; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el.matches("a.map-marker") ? [el.dataset.members, el.getAttribute("aria-label")] : null;
      });
      if (info) {
        assert.ok(info[1] && info[1].length > 2, `marker ${info[0]} has an accessible name`);
        reached.add(info[0]);
      }
    }
    assert.equal(reached.size, total, `reached ${reached.size} of ${total} markers by Tab`);
    await page.closeAll();
  });
}

test("a member's own map outlines and names its governorate", async () => {
  for (const [lang, name] of [["ar", "صفاقس"], ["fr", "Sfax"]]) {
    const page = await openPage(browser, shipped, { viewport: { width: 320, height: 800 } });
    await page.goto(`${shipped.base}${lang}/members/sfax/`);
    const map = page.locator(".map-locator");
    assert.equal(await map.locator("circle.map-marker.is-current").count(), 1);
    assert.equal(await map.locator('path.map-current-gov[data-gov="sfax"]').count(), 1);
    const { names } = await mapGeometry(page);
    assert.deepEqual(names.map((n) => n.text), [name]);
    assert.ok(names[0].px >= 11, `${names[0].px} px`);
    page.assertClean();
    await page.closeAll();
  }
});
