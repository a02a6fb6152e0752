// Search at scale, on a generated 10,000-page site (benches/gen_site.py):
// the right first result, the bytes a first one-word query downloads, and
// the time the browser takes to answer. Opt-in, because generating and
// building the site takes minutes:
//
//   python3 benches/gen_site.py --preset 10k --out /tmp/site10k
//   target/release/fadaa build --root /tmp/site10k --output /tmp/site10k-out \
//     --base-url http://127.0.0.1:8010/
//   FADAA_SEARCH_SITE=/tmp/site10k-out node --test search-scale.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { statSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { launch } from "./harness.mjs";

const SITE = process.env.FADAA_SEARCH_SITE;
const PORT = 8010;
let server, browser;

before(async () => {
  if (!SITE) return;
  server = spawn("python3", ["-m", "http.server", String(PORT), "--bind", "127.0.0.1", "--directory", SITE], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 800));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.kill();
});

function folderBytes(dir) {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? folderBytes(p) : statSync(p).size;
  }
  return total;
}

const cases = [
  ["fr", "Agareb", "/fr/members/agareb/"],
  ["ar", "عقارب", "/ar/members/agareb/"],
  ["ar", "Agareb", "/ar/members/agareb/"],
  ["fr", "Ain Draham", "/fr/members/ain-draham/"],
];

for (const [lang, query, expected] of cases) {
  test(`10k ${lang}: «${query}» → ${expected}; bytes and time of a first query`, { skip: !SITE }, async () => {
    const page = await browser.newPage();
    let bytes = 0;
    const files = [];
    page.on("response", async (r) => {
      if (!r.url().includes("/search/")) return;
      const body = await r.body().catch(() => Buffer.alloc(0));
      bytes += body.length;
      files.push(new URL(r.url()).pathname);
    });
    await page.goto(`http://127.0.0.1:${PORT}/${lang}/search/`);
    await page.waitForLoadState("networkidle");
    bytes = 0;
    files.length = 0;
    await page.locator("#search-q").fill(query + " ");
    await page.waitForFunction(() => document.getElementById("search").dataset.state === "done");
    await page.waitForLoadState("networkidle");
    const first = await page.locator("#search-results li h2 a").first().getAttribute("href");
    const ms = await page.locator("#search").getAttribute("data-ms");
    const index = folderBytes(join(SITE, "search", lang));
    console.log(`${lang} «${query}»: ${files.length} files, ${(bytes / 1024).toFixed(1)} KB fetched (analyzer excluded), answered in ${ms} ms; index ${(index / 1048576).toFixed(1)} MB`);
    assert.equal(first, expected);
    assert.ok(bytes < 150 * 1024, `${bytes} bytes`);
    await page.close();
  });
}
