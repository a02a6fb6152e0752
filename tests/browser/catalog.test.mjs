// The deliverable catalog's filters in a real browser, both directions.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveSite, launch, openPage } from "./harness.mjs";

let site, browser;
before(async () => { site = await serveSite("shipped"); browser = await launch(); });
after(async () => { await browser?.close(); site?.close(); });

const visible = (page) => page.locator("li:not([hidden]) > [data-filter-card]").count();

for (const lang of ["ar", "fr"]) {
  test(`${lang}: deliverables filter by status, committee, kind and year`, async () => {
    const page = await openPage(browser, site);
    await page.goto(`${site.base}${lang}/deliverables/`);
    const all = await visible(page);
    assert.equal(all, 6);
    await page.locator("#f-status").selectOption("published");
    assert.equal(await visible(page), 2);
    await page.locator("#f-committee").selectOption("innovation");
    assert.equal(await visible(page), 1);
    assert.equal(await page.locator("section.group:not([hidden])").count(), 1, "empty committees are hidden");
    await page.locator("#f-status").selectOption("");
    await page.locator("#f-committee").selectOption("");
    await page.locator("#f-kind").selectOption("event");
    assert.equal(await visible(page), 2);
    await page.locator("#f-year").selectOption("2027");
    assert.equal(await visible(page), 2);
    assert.match(await page.locator(".filters-count").innerText(), lang === "ar" ? /^مُخرَجان$/ : /^2 /);
    page.assertClean();
    await page.closeAll();
  });

  test(`${lang}: without JavaScript every deliverable is listed`, async () => {
    const page = await openPage(browser, site, { javaScriptEnabled: false });
    await page.goto(`${site.base}${lang}/deliverables/`);
    assert.equal(await page.locator("[data-filter-card]").count(), 6);
    assert.equal(await page.locator("#card-filters").isVisible(), false);
    await page.closeAll();
  });
}
