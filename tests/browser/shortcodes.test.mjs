// Shortcodes in a real browser: a story of the mini site with a figure, a
// callout, a download, a video and a member card, in Arabic and French.
// The video asks nothing of its host until the click, then puts the
// host's player in place; axe at 320 and 1280 px, in both colour schemes;
// nothing overflows a phone. In the editor at /admin/, the shortcodes of
// a shipped story are components of the text field, and survive an edit.
// Screenshots in target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { axe } from "./axe.mjs";
import { serveSite, launch, openPage, REPO, startServe } from "./harness.mjs";

const SHOTS = join(REPO, "target/screenshots");
const PLAYER = "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1";

const FRONT = (lang, title) => `---
title: "${title}"
date: 2025-02-01
member: sfax
summary: "${lang === "ar" ? "ملخص" : "Résumé"}"
tags: [reception]
---
`;

const BODY = {
  fr: `Le nouvel accueil de la commune, en images et en chiffres.

{{ figure(src="schema.svg", alt="Le parcours de l'usager, de l'entrée au guichet", caption="Le parcours de l'usager", credit="Commune de Sfax") }}

{% callout(kind="warning", title="À savoir") %}
Le guichet ferme à **14 h** le samedi.
{% end %}

{% callout() %}
Les chiffres sont ceux de 2024.
{% end %}

{{ download(file="attente.csv", label="Les temps d'attente, mois par mois") }}

{{ video(url="https://www.youtube.com/watch?v=dQw4w9WgXcQ", title="Visite de l'Espace citoyen", poster="affiche.svg") }}

{{ member(slug="sfax") }}
`,
  ar: `الاستقبال الجديد في البلدية، بالصور والأرقام.

{{ figure(src="schema.svg", alt="مسار المواطن من المدخل إلى الشبّاك", caption="مسار المواطن", credit="بلدية صفاقس") }}

{% callout(kind="warning", title="للعلم") %}
يُغلق الشبّاك على الساعة **14:00** يوم السبت.
{% end %}

{{ download(file="attente.csv") }}

{{ video(url="https://youtu.be/dQw4w9WgXcQ", title="زيارة فضاء المواطن") }}

{{ member(slug="sfax") }}
`,
};

const SVG = (fill) => `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600"><rect width="1200" height="600" fill="${fill}"/><path d="M100 500h1000" stroke="#fff" stroke-width="20"/></svg>`;

let site, browser;
before(async () => {
  site = await serveSite("mini", {
    files: {
      "content/stories/accueil/index.fr.md": FRONT("fr", "Le nouvel accueil") + BODY.fr,
      "content/stories/accueil/index.ar.md": FRONT("ar", "الاستقبال الجديد") + BODY.ar,
      "content/stories/accueil/schema.svg": SVG("#0d4f5c"),
      "content/stories/accueil/affiche.svg": SVG("#a44a1c"),
      "content/stories/accueil/attente.csv": "mois,minutes\n2024-01,38\n2024-06,14\n",
    },
  });
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  site?.close();
});

for (const lang of ["ar", "fr"]) {
  test(`${lang}: the video asks nothing of its host until the click, then plays there`, async () => {
    const page = await openPage(browser, site);
    const asked = [];
    await page.route("https://www.youtube-nocookie.com/**", (route) => {
      asked.push(route.request().url());
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>player</title>" });
    });
    await page.goto(`${site.base}${lang}/stories/accueil/`, { waitUntil: "networkidle" });
    for (const kind of ["figure", "callout", "download", "video", "member"]) {
      assert.ok((await page.locator(`.sc-${kind}`).count()) > 0, `a ${kind} is shown`);
    }
    const video = page.locator(".sc-video");
    const link = video.locator("a.sc-video-link");
    const label = await link.locator(".sc-video-label").textContent();
    assert.match(label, /YouTube/, "the link says where the video plays");
    assert.equal(await video.locator("iframe").count(), 0);
    page.assertClean(); // no request to another origin so far
    assert.deepEqual(asked, []);

    await link.click();
    const frame = video.locator("iframe.sc-video-frame");
    await frame.waitFor();
    assert.equal(await frame.getAttribute("src"), PLAYER);
    assert.equal(await frame.getAttribute("title"), lang === "ar" ? "زيارة فضاء المواطن" : "Visite de l'Espace citoyen");
    await page.waitForTimeout(200);
    assert.deepEqual(asked, [PLAYER], "the player, asked for only now");
    assert.equal(new URL(page.url()).pathname, `/reseau/${lang}/stories/accueil/`, "the reader stays on the page");
    await page.closeAll();
  });

  test(`${lang}: without JavaScript the poster links to the video's page`, async () => {
    const page = await openPage(browser, site, { javaScriptEnabled: false });
    await page.goto(`${site.base}${lang}/stories/accueil/`, { waitUntil: "networkidle" });
    assert.equal(await page.locator("a.sc-video-link").getAttribute("href"), "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assert.match(await page.locator(".sc-video-note").textContent(), /YouTube/);
    page.assertClean();
    await page.closeAll();
  });

  test(`${lang}: the shortcodes are accessible and fit 320 px`, async () => {
    const page = await openPage(browser, site);
    await page.goto(`${site.base}${lang}/stories/accueil/`, { waitUntil: "networkidle" });
    for (const colorScheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme });
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const violations = await axe(page);
        console.log(`axe ${lang} shortcodes ${colorScheme} at ${width} px: ${violations.length} violations`);
        assert.deepEqual(violations, [], `${colorScheme} at ${width} px`);
        await page.screenshot({ path: join(SHOTS, `shortcodes-${lang}-${width}-${colorScheme}.png`), fullPage: true });
      }
    }
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `overflows by ${overflow}px at 320 px`);
    // The figure and the download's text keep to the text column.
    const widths = await page.evaluate(() =>
      [".sc-figure img", ".sc-download-link", ".sc-video-link", ".sc-member"].map((s) => document.querySelector(s).getBoundingClientRect().width),
    );
    for (const w of widths) assert.ok(w > 100 && w <= 320, `shown ${w}px wide at 320 px`);
    page.assertClean();
    await page.closeAll();
  });
}

test("fr editor: a story's shortcodes are components of its text and survive an edit", async () => {
  const bin = process.env.FADAA_BIN || join(REPO, "target/debug/fadaa");
  const root = mkdtempSync(join(tmpdir(), "fadaa-cms-sc-"));
  for (const part of ["content", "themes"]) cpSync(join(REPO, part), join(root, part), { recursive: true });
  const { server, url } = await startServe(bin, root);
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const outside = [];
  await page.route((u) => !u.href.startsWith(url), (r) => { outside.push(r.request().url()); r.abort(); });
  try {
    await page.goto(`${url}admin/?lang=fr`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.goto(`${url}admin/?lang=fr#/collections/stories/entries/reduce-waiting-time-sfax/index`);
    // Each shortcode of the two texts is a component, named in French.
    for (const label of ["Figure (photo et légende)", "Bouton de téléchargement", "Encadré"]) {
      await page.getByText(label, { exact: true }).first().waitFor({ timeout: 15000 });
      assert.equal(await page.getByText(label, { exact: true }).count(), 2, `${label}, in each language`);
    }
    const file = join(root, "content/stories/reduce-waiting-time-sfax/index.fr.md");
    const before = readFileSync(file, "utf8");
    const lines = before.split("\n").filter((l) => /^(\{\{|\{%)/.test(l));
    assert.equal(lines.length, 4, lines.join("\n"));
    // An edit makes the editor write the whole text back.
    await page.getByText("Chaque matin, la scène était la même").click();
    await page.keyboard.press("End");
    await page.keyboard.type(" Ajout.");
    await page.getByRole("button", { name: "Publier", exact: true }).click();
    await page.getByText("Publier maintenant").click();
    for (let i = 0; i < 50 && !readFileSync(file, "utf8").includes("Ajout."); i++) await page.waitForTimeout(100);
    const after = readFileSync(file, "utf8");
    assert.match(after, /Ajout\./);
    for (const line of lines) assert.ok(after.includes(line + "\n"), `kept as written: ${line}`);
    const checked = JSON.parse(execFileSync(bin, ["check", "--root", root, "--format", "json", "--lang", "en"], { stdio: "pipe" }).toString());
    const about = checked.filter((d) => (d.file || "").includes("reduce-waiting-time-sfax"));
    assert.deepEqual(about, [], JSON.stringify(about));
    assert.deepEqual(outside, []);
  } finally {
    await page.close();
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});
