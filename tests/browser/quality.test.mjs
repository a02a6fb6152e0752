// The quality gate in a real browser, for every page type in Arabic and
// French, served under a sub-path: axe-core accessibility, <html lang dir>,
// no horizontal overflow at 320 px, same-origin requests only, no console
// errors, visible keyboard focus, the language switcher, page weight
// budgets, and screenshots for a person to look at (target/screenshots/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { axe } from "./axe.mjs";
import { serveSite, launch, openPage, REPO } from "./harness.mjs";

const SHOTS = join(REPO, "target/screenshots");

// One page of each type (the path after /<lang>/).
const PAGES = {
  home: "",
  charter: "charter/",
  page: "principles/",
  directory: "members/",
  member: "members/sfax/",
  stories: "stories/",
  "stories-by": "stories/by/governorate/sfax/",
  story: "stories/open-data-bizerte/",
  datasets: "data/",
  dataset: "data/bizerte-requests-2024/",
  deliverables: "deliverables/",
  deliverable: "deliverables/reception-guide/",
  services: "services/",
  service: "services/civil-status/",
  events: "events/",
  event: "events/network-meeting-2027-spring/",
  search: "search/",
  guide: "guide-photos/",
};

let site, browser;
before(async () => {
  site = await serveSite("shipped");
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  site?.close();
});

for (const lang of ["ar", "fr"]) {
  for (const [kind, path] of Object.entries({ ...PAGES, "404": null })) {
    test(`${lang} ${kind}: accessible, right direction, fits 320 px, same origin`, async () => {
      const page = await openPage(browser, site);
      // /404.html is one page (the default language, with a message in
      // each language) that static hosts serve for missing paths.
      const url = path === null ? `${site.base}404.html` : `${site.base}${lang}/${path}`;
      const response = await page.goto(url);
      assert.equal(response.status(), 200, url);
      if (path === null) {
        assert.equal(await page.locator(`[lang="${lang}"] a[href="/reseau/${lang}/"]`).count() > 0, true, "links home in each language");
      } else {
        assert.equal(await page.locator("html").getAttribute("lang"), lang);
        assert.equal(await page.locator("html").getAttribute("dir"), lang === "ar" ? "rtl" : "ltr");
      }
      // At a phone's width and a laptop's: what scrolls, wraps or hides
      // differs (a table that scrolls at 320 px must be reachable by key).
      // In both colour schemes: css/dark.css has its own contrasts.
      for (const colorScheme of ["light", "dark"]) {
        await page.emulateMedia({ colorScheme });
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const started = Date.now();
          const violations = await axe(page);
          console.log(`axe ${lang} ${kind} ${colorScheme} at ${width} px: ${violations.length} violations (${Date.now() - started} ms)`);
          assert.deepEqual(violations, [], `${colorScheme} at ${width} px`);
        }
      }
      await page.screenshot({ path: join(SHOTS, `${kind}-${lang}-1280-dark.png`), fullPage: true });
      await page.emulateMedia({ colorScheme: "light" });
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: join(SHOTS, `${kind}-${lang}-${width}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `overflows by ${overflow}px at 320 px`);
      page.assertClean();
      await page.closeAll();
    });
  }

  test(`${lang}: the language switcher lands on the same item`, async () => {
    const other = lang === "ar" ? "fr" : "ar";
    const page = await openPage(browser, site);
    for (const path of ["", "principles/", "members/sfax/", "stories/open-data-bizerte/", "deliverables/reception-guide/"]) {
      await page.goto(`${site.base}${lang}/${path}`);
      await page.locator(`.lang-switch a[hreflang="${other}"]`).first().click();
      await page.waitForLoadState();
      assert.equal(page.url(), `${site.base}${other}/${path}`);
    }
    page.assertClean();
    await page.closeAll();
  });

  test(`${lang}: keyboard reaches skip link, menu, switcher and search with a visible focus`, async () => {
    const page = await openPage(browser, site);
    await page.goto(`${site.base}${lang}/`);
    const seen = new Set();
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press("Tab");
      const info = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        const where = el.closest(".skip-link") ? "skip" : el.closest(".lang-switch") ? "switcher" : el.closest("nav.site-nav, .site-nav") ? "menu" : el.matches("input[type=search], input[name=q]") ? "search" : "other";
        return { where, visible };
      });
      assert.ok(info.visible, `focus is visible on a ${info.where} element`);
      seen.add(info.where);
    }
    for (const part of ["skip", "switcher", "menu", "search"]) assert.ok(seen.has(part), `Tab reached the ${part}`);
    await page.closeAll();
  });
}

for (const [kind, path] of [["home", "ar/"], ["story", "ar/stories/open-data-bizerte/"], ["home", "fr/"], ["story", "fr/stories/open-data-bizerte/"]]) {
  test(`budget: ${path} under 250 KB in all and 30 KB of JavaScript on first load`, async () => {
    const page = await openPage(browser, site);
    let total = 0, js = 0;
    const sizes = [];
    page.on("response", async (res) => {
      const type = res.request().resourceType();
      if (type === "image") return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      total += body.length;
      if (type === "script") js += body.length;
      sizes.push(`${type} ${body.length}`);
    });
    await page.goto(`${site.base}${path}`, { waitUntil: "networkidle" });
    console.log(`budget ${path}: ${(total / 1024).toFixed(1)} KB in all, ${(js / 1024).toFixed(1)} KB JavaScript (${sizes.join(", ")})`);
    assert.ok(total < 250 * 1024, `${total} bytes`);
    assert.ok(js < 30 * 1024, `${js} bytes of JavaScript`);
    page.assertClean();
    await page.closeAll();
  });
}

for (const lang of ["ar", "fr"]) {
  test(`${lang}: a phone downloads the small cover widths, with no layout shift`, async () => {
    const page = await openPage(browser, site);
    await page.setViewportSize({ width: 375, height: 800 });
    const images = [];
    page.on("response", (res) => {
      if (res.request().resourceType() === "image") images.push(res.url());
    });
    await page.goto(`${site.base}${lang}/stories/`, { waitUntil: "networkidle" });
    const covers = page.locator("img.card-cover");
    assert.ok((await covers.count()) >= 3, "the shipped stories have covers");
    for (const cover of await covers.all()) {
      await cover.scrollIntoViewIfNeeded();
      await cover.evaluate((img) => img.complete || new Promise((ok) => img.addEventListener("load", ok, { once: true })));
      const { src, box, reserved } = await cover.evaluate((img) => ({
        src: img.currentSrc,
        box: img.getBoundingClientRect().width,
        reserved: img.hasAttribute("width") && img.hasAttribute("height"),
      }));
      assert.match(src, /-400w\.jpg$/, `a 375 px phone should take the 400 px file, took ${src}`);
      assert.ok(box > 300 && box <= 375, `shown ${box}px wide`);
      assert.ok(reserved, "width and height reserve the space");
    }
    assert.ok(!images.some((u) => /cover\.jpg$/.test(u)), `no full-size photo on a phone: ${images.join(", ")}`);
    page.assertClean();
    await page.closeAll();
  });
}

for (const [locale, lands] of [["fr-FR", "fr"], ["ar-TN", "ar"], ["de-DE", "ar"]]) {
  test(`root: a browser in ${locale} lands on /${lands}/`, async () => {
    const page = await openPage(browser, site, { locale });
    await page.goto(site.base);
    await page.waitForURL(`${site.base}${lands}/`);
    page.assertClean();
    await page.closeAll();
  });
}

// The header at both widths, both languages: a language's name on one
// line (it broke into العرب / ية at 320 px), and the search box wide
// enough for its whole hint.
for (const lang of ["ar", "fr"]) {
  for (const width of [320, 1280]) {
    test(`${lang} at ${width} px: the header's words are whole and its search hint fits`, async () => {
      const page = await openPage(browser, site, { viewport: { width, height: 800 } });
      await page.goto(`${site.base}${lang}/`);
      await page.evaluate(() => document.fonts.ready);
      const [lines, room, hint] = await page.evaluate(() => {
        // Every language link shown (the current one may be hidden).
        const shown = [...document.querySelectorAll(".lang-switch a")].filter((a) => a.getClientRects().length);
        const lineCounts = shown.map((link) => {
          const range = document.createRange();
          range.selectNodeContents(link);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        });
        const box = document.getElementById("site-search-q");
        const bs = getComputedStyle(box);
        const ctx = document.createElement("canvas").getContext("2d");
        ctx.font = bs.font;
        return [shown.length && Math.max(...lineCounts) === 1 && Math.min(...lineCounts) === 1 ? 1 : lineCounts,
          box.clientWidth - parseFloat(bs.paddingInlineStart) - parseFloat(bs.paddingInlineEnd),
          ctx.measureText(box.placeholder).width];
      });
      assert.equal(lines, 1, "the language's name is on one line");
      if (width >= 1280) assert.ok(room >= hint, `search hint ${Math.round(hint)} px in ${Math.round(room)} px`);
      await page.closeAll();
    });
  }
}

// The dark scheme cannot vanish unseen: asked for, it draws light text on
// a dark page (a content page, the 404 page, the language choice, read
// without JavaScript so that the choice does not move on); light is
// light; printed, a page is black on white whatever the scheme.
for (const [kind, path] of [["home", "ar/"], ["member", "fr/members/sfax/"], ["404", "404.html"], ["language choice", ""]]) {
  test(`colour schemes: ${kind} is dark when asked, light otherwise, and prints on white`, async () => {
    const page = await openPage(browser, site, { javaScriptEnabled: false });
    await page.goto(`${site.base}${path}`);
    const body = () => page.evaluate(() => {
      const luminance = (css) => {
        const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
          const c = Number(v) / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = getComputedStyle(document.body);
      const token = getComputedStyle(document.documentElement).getPropertyValue("--c-bg");
      return { background: luminance(style.backgroundColor), text: luminance(style.color), css: style.backgroundColor, token };
    });
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await body();
    assert.ok(dark.background < 0.03 && dark.text > 0.6, `dark scheme: body background ${dark.css}`);
    await page.emulateMedia({ colorScheme: "light" });
    const light = await body();
    assert.ok(light.background > 0.85 && light.text < 0.05, `light scheme: body background ${light.css}`);
    // Printed, the dark sheet does not apply at all (site.css's print
    // rules do not reset every colour it sets).
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const print = await body();
    assert.equal(print.background, 1, `printed: body background ${print.css}`);
    assert.equal(print.token, light.token, "printed with the dark scheme asked for, the tokens are the light ones");
    page.assertClean();
    await page.closeAll();
  });
}

// What scripts draw is not on the pages above as first loaded: search
// results with their highlighted words, in both schemes.
for (const [lang, query] of [["ar", "صفاقس"], ["fr", "accueil"]]) {
  test(`${lang}: search results are accessible in both colour schemes`, async () => {
    const page = await openPage(browser, site);
    await page.goto(`${site.base}${lang}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => document.getElementById("search").dataset.state === "done");
    assert.ok((await page.locator("#search-results li").count()) > 0, "results are shown");
    assert.ok((await page.locator("#search-results mark").count()) > 0, "matched words are marked");
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axe(page), [], colorScheme);
    }
    page.assertClean();
    await page.closeAll();
  });
}
