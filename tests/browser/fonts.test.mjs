// Which font Chromium really draws each text with, on every page type in
// both languages: Arabic letters in IBM Plex Sans Arabic (shipped with the
// theme), never in a fallback system font; French text in the theme's
// Latin stack, never in the Arabic font. A screenshot hid this once: the
// body's Latin font-family overrode the Arabic one on every Arabic page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveSite, launch, openPage } from "./harness.mjs";

const PAGES = {
  home: "",
  page: "principles/",
  charter: "charter/",
  guide: "guide-start/",
  directory: "members/",
  member: "members/sfax/",
  stories: "stories/",
  story: "stories/open-data-bizerte/",
  datasets: "data/",
  dataset: "data/bizerte-requests-2024/",
  deliverables: "deliverables/",
  services: "services/",
  service: "services/civil-status/",
  search: "search/",
};

// Text of each kind a page shows: title, navigation, running text, a card,
// a button, the footer.
const SELECTORS = ["h1", ".site-nav a", "main p", "main h2", "main li", "button", "footer a"];

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/g;

let site, browser;
before(async () => {
  site = await serveSite("shipped");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.close();
});

/// For the first visible element of each selector, with `sample` written
/// inside it (so it has the element's own style):
/// [{ selector, text, fonts: [{ familyName, glyphCount }], family, own }],
/// `fonts` being what Chromium drew the sample with and `own` what it drew
/// the element's own text with.
async function drawnWith(page, sample) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const out = [];
  for (const selector of SELECTORS) {
    const first = await page.$(`${selector}:visible`);
    if (!first) continue;
    // The first element, in document order, that holds text itself.
    const handle = await first.evaluateHandle((el) => {
      const own = (e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
      if (own(el)) return el;
      return [...el.querySelectorAll("*")].find(own) || el;
    });
    const text = (await handle.evaluate((el) => el.textContent)).trim();
    if (!text) continue;
    const fontsOf = async (css) => {
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: css });
      return (await cdp.send("CSS.getPlatformFontsForNode", { nodeId })).fonts;
    };
    await handle.evaluate((el) => el.setAttribute("data-font-own", ""));
    const own = await fontsOf("[data-font-own]");
    await handle.evaluate(async (el, sample) => {
      el.removeAttribute("data-font-own");
      const probe = document.createElement("span");
      probe.setAttribute("data-font-probe", "");
      probe.textContent = sample;
      el.append(probe);
      probe.getBoundingClientRect(); // lay it out now, which asks for its fonts
      await document.fonts.ready; // and draw it once they have come
      return probe.getBoundingClientRect().width;
    }, sample);
    const fonts = await fontsOf("[data-font-probe]");
    const family = await handle.evaluate((el) => {
      el.querySelector("[data-font-probe]").remove();
      return getComputedStyle(el).fontFamily;
    });
    out.push({ selector, text: text.slice(0, 60), fonts, family, own });
  }
  await cdp.detach();
  return out;
}

for (const [kind, path] of Object.entries(PAGES)) {
  test(`ar ${kind}: Arabic letters are drawn in IBM Plex Sans Arabic`, async () => {
    const page = await openPage(browser, site);
    await page.goto(`${site.base}ar/${path}`);
    await page.evaluate(() => document.fonts.ready);
    const found = await drawnWith(page, "ابتثجحخ");
    assert.ok(found.length >= 4, `too few texts probed: ${JSON.stringify(found)}`);
    for (const { selector, text, fonts, family, own } of found) {
      // Arabic letters written in this element's style use the Arabic font
      // alone: no letter falls back to a system font.
      const names = fonts.map((f) => f.familyName);
      assert.deepEqual(names, ["IBM Plex Sans Arabic"], `${selector} «${text}» (font-family: ${family})`);
      // And the element's own Arabic text is drawn with it.
      if ((text.match(ARABIC) || []).length) {
        assert.ok(own.some((f) => f.familyName === "IBM Plex Sans Arabic"), `${selector} «${text}»: ${JSON.stringify(own)}`);
      }
    }
    await page.close();
  });

  test(`fr ${kind}: French text is drawn in the theme's Latin fonts`, async () => {
    const page = await openPage(browser, site);
    await page.goto(`${site.base}fr/${path}`);
    await page.evaluate(() => document.fonts.ready);
    for (const { selector, text, fonts, family } of await drawnWith(page, "Évaluer")) {
      if ((text.match(ARABIC) || []).length) continue;
      // The Latin stack (the Arabic family before it holds only Arabic
      // letters: see site.css).
      assert.match(family, /^"IBM Plex Sans Arabic", system-ui/, `${selector} «${text}»`);
      assert.ok(!fonts.some((f) => f.familyName === "IBM Plex Sans Arabic"), `${selector} «${text}»: ${JSON.stringify(fonts)}`);
    }
    // An Arabic word quoted in French text, without lang="ar" (the
    // charter's French cites the Arabic): the theme's Arabic font, not a
    // system fallback. (The face is fetched when Arabic letters first
    // appear, as for a reader, and drawn once it has come.)
    await page.evaluate(() => document.fonts.load('1em "IBM Plex Sans Arabic"', "بلدية"));
    for (const { selector, text, fonts } of await drawnWith(page, "بلديةالمرسى")) {
      assert.deepEqual(fonts.map((f) => f.familyName), ["IBM Plex Sans Arabic"], `${selector} «${text}»`);
    }
    await page.close();
  });
}
