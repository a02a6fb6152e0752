// `fadaa serve` in a real browser: a saved edit reloads the open page by
// itself; a broken file shows an overlay in the page's language over the
// last good page; fixing it reloads again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, REPO, startServe } from "./harness.mjs";

const BIN = process.env.FADAA_BIN || join(REPO, "target/debug/fadaa");
let root, server, url, browser;

before(async () => {
  root = mkdtempSync(join(tmpdir(), "fadaa-serve-"));
  cpSync(join(REPO, "tests/fixtures/mini"), root, { recursive: true });
  cpSync(join(REPO, "themes"), join(root, "themes"), { recursive: true });
  ({ server, url } = await startServe(BIN, root));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.kill();
});

const story = () => join(root, "content/stories/queue.fr.md");

test("fr: saving a story reloads the open page; an error shows an overlay, a fix clears it", async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${url}fr/stories/queue/`);
  const original = readFileSync(story(), "utf8");
  // The event stream is open once the page has loaded its script.
  await page.waitForTimeout(300);

  const reloaded = page.waitForEvent("load");
  writeFileSync(story(), original.replace("Sfax réduit l'attente", "Sfax en direct"));
  await reloaded;
  assert.match(await page.locator("h1").textContent(), /Sfax en direct/);

  writeFileSync(story(), original.replace("member: sfax", "member: sfx"));
  const overlay = page.locator("#fadaa-overlay");
  await overlay.waitFor({ timeout: 10000 });
  const text = await overlay.textContent();
  assert.match(text, /La construction a échoué/);
  assert.match(text, /content\/stories\/queue\.fr\.md:\d+:\d+/);
  // Every word in the page's language, the writer's value kept verbatim
  // (Unicode isolates around it).
  assert.match(text, /membre inconnu `\u2068sfx\u2069`/);
  assert.match(text, /vouliez-vous dire `\u2068sfax\u2069`\s\?/);
  assert.doesNotMatch(text, /unknown|did you mean/);
  assert.equal(await overlay.getAttribute("role"), "alert");
  assert.match(await page.locator("h1").textContent(), /Sfax en direct/, "the last good page stays");

  const recovered = page.waitForEvent("load");
  writeFileSync(story(), original);
  await recovered;
  assert.equal(await page.locator("#fadaa-overlay").count(), 0);
  assert.match(await page.locator("h1").textContent(), /Sfax réduit/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("ar: the overlay speaks Arabic and reads right to left", async () => {
  const page = await browser.newPage();
  await page.goto(`${url}ar/stories/queue/`);
  await page.waitForTimeout(300);
  const file = join(root, "content/stories/queue.ar.md");
  const original = readFileSync(file, "utf8");
  writeFileSync(file, original.replace(/^date: .*$/m, "date: 2025-02-30"));
  const overlay = page.locator("#fadaa-overlay");
  await overlay.waitFor({ timeout: 10000 });
  const said = await overlay.textContent();
  assert.match(said, /فشل إنشاء الموقع/);
  assert.match(said, /ليس تاريخًا صالحًا: شهر \u2068فيفري\u2069 \u20682025\u2069 عدد أيامه \u206828\u2069/);
  assert.doesNotMatch(said, /not a valid date|February/);
  assert.equal(await overlay.getAttribute("dir"), "rtl");
  writeFileSync(file, original);
  await page.waitForEvent("load");
  await page.close();
});

test("build output never carries the reload script", () => {
  const out = mkdtempSync(join(tmpdir(), "fadaa-built-"));
  execFileSync(BIN, ["build", "--root", root, "--output", join(out, "public")]);
  const html = readFileSync(join(out, "public/fr/stories/queue/index.html"), "utf8");
  assert.ok(html.includes("</body>"));
  assert.ok(!html.includes("__fadaa") && !html.includes("data-fadaa-serve"));
});
