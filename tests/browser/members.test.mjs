// The member directory in a real browser: complete without JavaScript,
// filters that ignore accents and Arabic diacritics, "open now" in
// Tunisia's time zone with a fixed clock, map ↔ card linking, keyboard.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveSite, launch, openPage } from "./harness.mjs";

let shipped, mini, browser;
before(async () => {
  shipped = await serveSite("shipped");
  mini = await serveSite("mini");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  shipped?.close();
  mini?.close();
});

const visibleCards = (page) => page.locator("li:not([hidden]) > .card-member").count();

for (const lang of ["ar", "fr"]) {
  test(`${lang}: without JavaScript every member is listed and on the map`, async () => {
    const page = await openPage(browser, shipped, { javaScriptEnabled: false });
    await page.goto(`${shipped.base}${lang}/members/`);
    const cards = await page.locator(".card-member").count();
    assert.ok(cards >= 12, `${cards} cards`);
    assert.equal(await page.locator("a.map-marker").count(), cards, "one marker per member");
    assert.equal(await page.locator("#member-filters").isVisible(), false, "filters need JS, so they stay hidden");
    assert.equal(await page.locator("html").getAttribute("dir"), lang === "ar" ? "rtl" : "ltr");
    page.assertClean();
    await page.closeAll();
  });
}

test("fr: free text ignores accents and case", async () => {
  const page = await openPage(browser, shipped);
  await page.goto(`${shipped.base}fr/members/`);
  await page.locator("#f-text").fill("gabes");
  assert.equal(await visibleCards(page), 1);
  assert.match(await page.locator("li:not([hidden]) > .card-member h2, li:not([hidden]) > .card-member h3").first().innerText(), /Gabès/);
  await page.locator("#f-text").fill("SFAX");
  assert.equal(await visibleCards(page), 1);
  await page.locator("#f-text").fill("");
  await page.locator("#f-status").selectOption("planned");
  assert.equal(await visibleCards(page), 2);
  assert.match(await page.locator(".filters-count").innerText(), /^2 /);
  page.assertClean();
  await page.closeAll();
});

test("ar: free text ignores hamza forms, taa marbuta and diacritics", async () => {
  const page = await openPage(browser, shipped);
  await page.goto(`${shipped.base}ar/members/`);
  await page.locator("#f-text").fill("اريانه"); // written أريانة on the site
  assert.equal(await visibleCards(page), 1);
  await page.locator("#f-text").fill("صَفَاقِس");
  assert.equal(await visibleCards(page), 1);
  await page.locator("#f-text").fill("");
  await page.locator("#f-gov").selectOption("tunis");
  assert.equal(await visibleCards(page), 2, "Tunis and La Marsa");
  const dimmed = await page.locator("a.map-marker.is-dim").count();
  assert.equal(dimmed, (await page.locator("a.map-marker").count()) - 2, "markers of hidden members are dimmed");
  // Arabic plural forms, picked by Intl.PluralRules: dual for 2, "few" for 3.
  assert.equal(await page.locator(".filters-count").innerText(), "بلديتان");
  await page.locator("#f-gov").selectOption("");
  await page.locator("#f-status").selectOption("in-progress");
  assert.equal(await page.locator(".filters-count").innerText(), "3 بلديات");
  page.assertClean();
  await page.closeAll();
});

// The mini fixture's only member is open Mo-Fr 08:00-17:00 and Sa 08:00-12:00.
// The browser runs in New York: "open now" must still use Tunisia's clock.
const openNow = [
  ["Monday 10:00 in Tunis", "2026-03-02T09:00:00Z", 1],
  ["Monday 17:30 in Tunis", "2026-03-02T16:30:00Z", 0],
  ["Saturday 11:30 in Tunis", "2026-03-07T10:30:00Z", 1],
  ["Saturday 12:30 in Tunis", "2026-03-07T11:30:00Z", 0],
  ["Sunday 10:00 in Tunis, still Saturday in New York", "2026-03-08T09:00:00Z", 0],
];
for (const [name, now, expected] of openNow) {
  test(`open now, ${name}`, async () => {
    const page = await openPage(browser, mini, { timezoneId: "America/New_York" });
    await page.addInitScript((t) => { window.FADAA_NOW = t; }, now);
    await page.goto(`${mini.base}fr/members/`);
    await page.locator("#f-open").check();
    assert.equal(await visibleCards(page), expected);
    page.assertClean();
    await page.closeAll();
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

for (const lang of ["ar", "fr"]) {
  test(`${lang}: marker and card highlight each other`, async () => {
    const page = await openPage(browser, shipped);
    await page.goto(`${shipped.base}${lang}/members/`);
    await page.locator('a.map-marker[data-member="sfax"]').hover();
    assert.match(await page.locator('.card-member[data-member="sfax"]').getAttribute("class"), /is-highlighted/);
    await page.locator('.card-member[data-member="kairouan"]').hover();
    assert.match(await page.locator('a.map-marker[data-member="kairouan"]').getAttribute("class"), /is-active/);
    page.assertClean();
    await page.closeAll();
  });

  test(`${lang}: the keyboard reaches every marker, each named`, async () => {
    const page = await openPage(browser, shipped);
    await page.goto(`${shipped.base}${lang}/members/`);
    const total = await page.locator("a.map-marker").count();
    const reached = new Set();
    for (let i = 0; i < 80 && reached.size < total; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        return el && el.matches("a.map-marker") ? [el.getAttribute("data-member"), el.getAttribute("aria-label")] : null;
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
