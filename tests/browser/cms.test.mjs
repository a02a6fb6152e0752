// The editor at /admin/ (Decap CMS shipped with the theme) with `fadaa
// serve` as its local backend, in headless Chromium with every request to
// another host refused: a writer opens it in Arabic, creates a story in
// both languages through the form and publishes it; the files land in the
// site folder, `fadaa build` publishes them at /ar/stories/<slug>/ and
// /fr/stories/<slug>/; then a member's hours are edited.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launch, REPO, startServe } from "./harness.mjs";

const BIN = process.env.FADAA_BIN || join(REPO, "target/debug/fadaa");
const SHOTS = join(REPO, "target/screenshots");
let root, server, url, browser;

before(async () => {
  root = mkdtempSync(join(tmpdir(), "fadaa-cms-"));
  for (const part of ["content", "themes"]) cpSync(join(REPO, part), join(root, part), { recursive: true });
  ({ server, url } = await startServe(BIN, root));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

async function editor(lang) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const outside = [];
  await page.route((u) => !u.href.startsWith(url), (r) => { outside.push(r.request().url()); r.abort(); });
  page.outside = outside;
  await page.goto(`${url}admin/?lang=${lang}`);
  return page;
}

const field = (page, name) => page.locator(`[id^="${name}-field-"]`);

test("ar: a story written in both languages through the form is published", async () => {
  const page = await editor("ar");
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  // The proxy backend has one login button; Arabic words from our locale.
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await page.goto(`${url}admin/?lang=ar#/collections/stories/new`);
  await field(page, "slug").first().fill("essai-editeur");
  await field(page, "title").nth(0).fill("تجربة المحرّر");
  await field(page, "title").nth(1).fill("Essai de l’éditeur : « deux-points »");
  await field(page, "date").first().fill("2025-03-14");
  await field(page, "member").first().click();
  await page.keyboard.type("Sousse");
  await page.waitForTimeout(800);
  await page.keyboard.press("Enter");
  const bodies = page.locator('[data-slate-editor="true"]');
  await bodies.nth(0).click();
  await page.keyboard.type("فقرة أولى.");
  await bodies.nth(1).click();
  await page.keyboard.type("Premier paragraphe.");
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, "cms-ar-new-story.png") });
  // Publish now (the proxy backend has no editorial workflow).
  await page.getByRole("button", { name: "نشر", exact: true }).click();
  await page.getByText("نشر الآن").click();
  for (const lang of ["ar", "fr"]) {
    // A new story is a folder: its photos go beside its two texts.
    const file = join(root, `content/stories/essai-editeur/index.${lang}.md`);
    for (let i = 0; i < 50 && !existsSync(file); i++) await page.waitForTimeout(100);
    assert.ok(existsSync(file), `${file} was written`);
  }
  const fr = readFileSync(join(root, "content/stories/essai-editeur/index.fr.md"), "utf8");
  assert.match(fr, /^member: sousse$/m);
  assert.match(fr, /^date: 2025-03-14$/m);
  assert.deepEqual(page.outside, []);
  // What the editor wrote, fadaa checks and builds without a change.
  const checked = JSON.parse(execFileSync(BIN, ["check", "--root", root, "--format", "json", "--lang", "en"], { stdio: "pipe" }).toString());
  const about = checked.filter((d) => (d.file || "").includes("essai-editeur"));
  assert.deepEqual(about, [], JSON.stringify(about));
  const out = mkdtempSync(join(tmpdir(), "fadaa-cms-out-"));
  execFileSync(BIN, ["build", "--root", root, "--output", join(out, "public"), "--lang", "en"], { stdio: "pipe" });
  for (const lang of ["ar", "fr"]) {
    assert.ok(existsSync(join(out, `public/${lang}/stories/essai-editeur/index.html`)), lang);
  }
  rmSync(out, { recursive: true, force: true });
  await page.close();
});

test("fr: a member's hours are edited and saved in place", async () => {
  const page = await editor("fr");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.goto(`${url}admin/?lang=fr#/collections/members/entries/ariana`);
  await field(page, "hours").first().waitFor();
  await field(page, "hours").first().fill("Mo-Fr 08:00-16:00; Sa 08:00-12:00; PH off");
  await page.screenshot({ path: join(SHOTS, "cms-fr-member.png") });
  await page.getByRole("button", { name: "Publier", exact: true }).click();
  await page.getByText("Publier maintenant").click();
  const file = join(root, "content/members/ariana.yaml");
  for (let i = 0; i < 50 && !readFileSync(file, "utf8").includes("08:00-16:00"); i++) await page.waitForTimeout(100);
  assert.match(readFileSync(file, "utf8"), /^hours: Mo-Fr 08:00-16:00; Sa 08:00-12:00; PH off$/m);
  assert.deepEqual(page.outside, []);
  await page.close();
});

// Items kept in a folder with their files (a story and its photos, a
// deliverable and its documents) are listed and edited like the others.
test("fr: stories and deliverables kept in folders are listed with the single files, and a folder's story is edited in place", async () => {
  const page = await editor("fr");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.goto(`${url}admin/?lang=fr#/collections/stories`);
  await page.locator('a[href$="/collections/stories/entries/open-data-bizerte/index"]').first().waitFor();
  assert.equal(await page.locator('a[href$="/collections/stories/entries/reception-training-sousse"]').count(), 1, "a single-file story too");
  assert.equal(await page.locator('a[href*="/entries/open-data-bizerte"]').count(), 1, "listed once");
  await page.goto(`${url}admin/?lang=fr#/collections/deliverables`);
  await page.locator('a[href$="/collections/deliverables/entries/reception-guide/deliverable"]').first().waitFor();
  assert.equal(await page.locator('a[href$="/collections/deliverables/entries/innovation-award"]').count(), 1);
  await page.goto(`${url}admin/?lang=fr#/collections/stories/entries/open-data-bizerte/index`);
  const summary = field(page, "summary").nth(1);
  await summary.waitFor();
  await summary.fill("Résumé revu dans l’éditeur.");
  await page.getByRole("button", { name: "Publier", exact: true }).click();
  await page.getByText("Publier maintenant").click();
  const file = join(root, "content/stories/open-data-bizerte/index.fr.md");
  for (let i = 0; i < 50 && !readFileSync(file, "utf8").includes("Résumé revu"); i++) await page.waitForTimeout(100);
  const saved = readFileSync(file, "utf8");
  assert.match(saved, /^summary: Résumé revu dans l’éditeur\.$/m);
  assert.match(saved, /^slug: (open-data-bizerte|null)$/m);
  assert.ok(existsSync(join(root, "content/stories/open-data-bizerte/cover.jpg")), "its photo stays beside it");
  const checked = JSON.parse(execFileSync(BIN, ["check", "--root", root, "--format", "json", "--lang", "en"], { stdio: "pipe" }).toString());
  const about = checked.filter((d) => (d.file || "").includes("open-data-bizerte"));
  assert.deepEqual(about, [], JSON.stringify(about));
  assert.deepEqual(page.outside, []);
  await page.close();
});

// The reference lists: an entry's names are edited in a form made from the
// list as it stands, and the file stays one fadaa reads.
test("fr: a service's French name is edited in the reference lists", async () => {
  const page = await editor("fr");
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.goto(`${url}admin/?lang=fr#/collections/lists/entries/services`);
  // Each entry is a folded group named by its label and key.
  await page.getByText("Fiscalité locale (local-taxes)").first().waitFor();
  const id = await page.evaluate(() => [...document.querySelectorAll("input")].find((i) => i.value === "Fiscalité locale")?.id);
  assert.ok(id, "the French name's box");
  await page.locator(`#${id}`).fill("Fiscalité et taxes locales");
  await page.getByRole("button", { name: "Publier", exact: true }).click();
  await page.getByText("Publier maintenant").click();
  const file = join(root, "content/services.yaml");
  for (let i = 0; i < 50 && !readFileSync(file, "utf8").includes("taxes locales"); i++) await page.waitForTimeout(100);
  const saved = readFileSync(file, "utf8");
  assert.match(saved, /Fiscalité et taxes locales/);
  assert.match(saved, /الجباية المحلية/, "the Arabic name is kept");
  assert.match(saved, /civil-status:/, "the other entries are kept");
  const checked = JSON.parse(execFileSync(BIN, ["check", "--root", root, "--format", "json", "--lang", "en"], { stdio: "pipe" }).toString());
  const about = checked.filter((d) => (d.file || "").includes("services.yaml"));
  assert.deepEqual(about, [], JSON.stringify(about));
  assert.deepEqual(page.outside, []);
  await page.close();
});
