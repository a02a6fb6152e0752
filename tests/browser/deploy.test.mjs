// fadaa's output behind a real nginx (Debian's), configured with the very
// files docs/deploy.md publishes (docs/deploy/nginx-*.conf), at the root
// of a host and under a sub-path (nginx.mjs). What a real server changes
// compared with the Python server of the other tests: content types, the
// 404 page and its status, folders and their final slash, the language
// choice at the root, compression, caching. So, over HTTP for both
// builds: every internal link of every page answers 200 with the right
// type; missing pages get the 404 page; precompressed files and cache
// headers. Then in Chromium: every page type in both languages with no
// failed request and no request to another origin, search, the map and
// its filters, the 404 page and the language choice. What does not
// depend on the server (axe, layout, fonts) stays with the other tests.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO, launch, openPage } from "./harness.mjs";
import { startNginx, freePort } from "./nginx.mjs";

const BIN = process.env.FADAA_BIN || join(REPO, "target/debug/fadaa");
const MODES = { root: { file: "nginx-root.conf", path: "/" }, sub: { file: "nginx-subpath.conf", path: "/reseau/" } };
// Asked for on purpose, to get the 404 page.
const MISSING = ["fr/no-such-page/", "no-such-file.css", "css/"];

// One page of each type (those of quality.test.mjs).
const PAGES = ["", "charter/", "principles/", "members/", "members/sfax/", "stories/", "stories/by/governorate/sfax/",
  "stories/open-data-bizerte/", "data/", "data/bizerte-requests-2024/", "deliverables/", "deliverables/reception-guide/",
  "search/", "guide-photos/"];

// The content type of every kind of file the build writes: a new kind
// fails the crawl until it is added here and, if nginx lacks it, to the
// snippet's `types`.
const TYPES = {
  html: "text/html; charset=utf-8",
  css: "text/css; charset=utf-8",
  js: "application/javascript; charset=utf-8",
  json: "application/json",
  jsonld: "application/ld+json",
  geojson: "application/geo+json",
  csv: "text/csv; charset=utf-8",
  xml: "text/xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  ics: "text/calendar; charset=utf-8",
  svg: "image/svg+xml; charset=utf-8",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  woff2: "font/woff2",
  jpg: "image/jpeg",
  png: "image/png",
  pdf: "application/pdf",
};

const sites = {};
let nginx, browser;
before(async () => {
  const servers = [];
  for (const [mode, { file, path }] of Object.entries(MODES)) {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const www = mkdtempSync(join(tmpdir(), "fadaa-nginx-www-"));
    // Under a sub-path the output folder is named like it (the recipe).
    const out = join(www, path === "/" ? "site" : path.slice(1, -1));
    execFileSync(BIN, ["build", "--root", REPO, "--output", out, "--base-url", origin + path], { stdio: "pipe" });
    // A file named like the build's hashed assets (site.f18edc3e6c.css),
    // so that their caching rule is exercised even if it made none.
    const css = readdirSync(join(out, "css")).find((n) => n.endsWith(".css"));
    copyFileSync(join(out, "css", css), join(out, "css/planted.0123abcd.css"));
    servers.push({ file, port, root: path === "/" ? out : www, site: out });
    sites[mode] = { origin, base: origin + path, path, out };
  }
  nginx = await startNginx(servers);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  nginx?.close();
});

/// A GET with nothing decoded: status, headers and the bytes as sent.
function get(url, headers = {}) {
  return new Promise((ok, fail) => {
    http.get(url, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", fail);
  });
}

function expectedType(pathname) {
  if (pathname.endsWith("/")) return TYPES.html;
  const name = pathname.split("/").pop();
  return TYPES[name === "atom.xml" ? "atom" : name.split(".").pop()];
}

/// Every address an HTML page or a stylesheet points to. In a page, only
/// inside tags: a guide shows `<img src="…">` as text, escaped.
function references(text, type) {
  const found = [];
  if (type.startsWith("text/html")) {
    for (const [tag] of text.matchAll(/<[a-z][^>]*>/gi)) {
      for (const m of tag.matchAll(/\s(?:href|src)="([^"]*)"/g)) found.push(m[1]);
      for (const m of tag.matchAll(/\ssrcset="([^"]*)"/g)) found.push(...m[1].split(",").map((s) => s.trim().split(/\s+/)[0]));
    }
  } else if (type.startsWith("text/css")) {
    for (const m of text.matchAll(/url\(\s*["']?([^"')]+)/g)) found.push(m[1]);
  }
  return found.map((u) => u.replaceAll("&amp;", "&"));
}

// Lists the build writes for servers' own configuration (the redirects
// of `aliases:`), not for browsers.
const FOR_SERVERS = ["redirects.map", "_redirects"];

/// Ask for every file the build wrote (but the precompressed copies and
/// the lists for servers) and follow every internal link from the pages,
/// the sitemap and the stylesheets; `problems` lists each address not
/// answered 200 with its type, with where it was found.
async function crawl(site) {
  const sitemap = (await get(`${site.base}sitemap.xml`)).body.toString();
  // The aliases' pages are answered with a 301 by the redirects map.
  const moved = new Map(aliases(site).map(([from, to]) => [site.origin + from, to]));
  const files = readdirSync(site.out, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && !f.name.startsWith(".") && !/\.(gz|br)$/.test(f.name) && !FOR_SERVERS.includes(f.name))
    .map((f) => new URL(join(f.parentPath ?? f.path, f.name).slice(site.out.length + 1), site.base).href);
  const seeds = [site.base, ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]), ...files];
  const from = new Map(seeds.map((u) => [u, "(the output)"]));
  const queue = [...from.keys()];
  const problems = [];
  let pages = 0;
  const worker = async () => {
    while (queue.length) {
      const url = queue.shift();
      const res = await get(url);
      const type = res.headers["content-type"] || "";
      const want = expectedType(new URL(url).pathname);
      // (Its page asked for by file name is the refresh page itself.)
      const alias = moved.get(url);
      if (alias) {
        if (res.status !== 301 || res.headers.location !== alias) problems.push(`${url}: ${res.status} ${res.headers.location}, expected 301 to ${alias}`);
        continue;
      }
      if (res.status !== 200) problems.push(`${url}: ${res.status} (linked from ${from.get(url)})`);
      else if (type !== want) problems.push(`${url}: ${type}, expected ${want ?? "a type listed in TYPES"}`);
      if (type.startsWith("text/html")) pages++;
      for (const ref of references(res.body.toString(), type)) {
        let target;
        try {
          target = new URL(ref, url);
        } catch {
          problems.push(`${url} links to "${ref}", not an address`);
          continue;
        }
        target.hash = "";
        if (target.origin !== site.origin || from.has(target.href)) continue;
        from.set(target.href, url);
        queue.push(target.href);
      }
    }
  };
  // Eight at a time; a worker that finds the queue empty stops, so keep
  // starting rounds until nothing is left.
  while (queue.length) await Promise.all(Array.from({ length: 8 }, worker));
  return { problems, pages, urls: from.size };
}

/// [from, to] of each line of the build's `_redirects` (full paths).
function aliases(site) {
  return readFileSync(join(site.out, "_redirects"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => line.split(" "));
}

for (const mode of Object.keys(MODES)) {
  test(`${mode}: an item's earlier address answers 301 to where it is now`, async () => {
    const site = sites[mode];
    const pairs = aliases(site);
    // The charter's four former pages, in both languages.
    assert.ok(pairs.some(([from, to]) => from === `${site.path}fr/objectives/` && to === `${site.path}fr/charter/`), JSON.stringify(pairs));
    for (const [from, to] of pairs) {
      const res = await get(site.origin + from);
      assert.equal(res.status, 301, from);
      assert.equal(res.headers.location, to, from);
      assert.equal((await get(site.origin + to)).status, 200, to);
    }
  });

  test(`${mode}: every file written and every internal link answers 200 with its content type`, async () => {
    const { problems, pages, urls } = await crawl(sites[mode]);
    console.log(`nginx ${mode}: ${urls} addresses, ${pages} of them HTML`);
    assert.ok(urls > pages + 400, `only ${urls} addresses asked for`);
    assert.ok(pages > 150, `only ${pages} pages reached`);
    assert.deepEqual(problems, []);
  });

  test(`${mode}: a missing page, or a folder without one, gets the 404 page with status 404`, async () => {
    const site = sites[mode];
    for (const path of MISSING) {
      const res = await get(site.base + path);
      assert.equal(res.status, 404, path);
      assert.equal(res.headers["content-type"], TYPES.html, path);
      const html = res.body.toString();
      assert.match(html, /class="kind-404"/, `${path}: fadaa's 404 page`);
      // Its links hold from any depth: each starts with the site's path.
      for (const ref of references(html, TYPES.html).filter((r) => r.startsWith("/") && !r.startsWith("//"))) {
        assert.ok(ref.startsWith(site.path), `${ref} is under ${site.path}`);
      }
    }
  });

  test(`${mode}: the root is the language choice, and a folder without its slash is sent to it`, async () => {
    const site = sites[mode];
    const root = await get(site.base);
    assert.equal(root.status, 200);
    assert.match(root.body.toString(), /class="kind-language-choice"/);
    const folder = await get(`${site.base}fr/members`);
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.location, `${site.path}fr/members/`, "a relative address, right behind a proxy too");
    if (site.path !== "/") {
      const bare = await get(site.origin + site.path.slice(0, -1));
      assert.equal(bare.status, 301);
      assert.equal(bare.headers.location, site.path);
    }
  });
}

test("caching: pages and unhashed files are revalidated, hashed names kept a year", async () => {
  const site = sites.sub;
  for (const path of ["", "fr/", "fr/atom.xml", "open-data/members.csv", "search/fr/index.json"]) {
    assert.equal((await get(site.base + path)).headers["cache-control"], "no-cache", path);
  }
  const hashed = readdirSync(site.out, { recursive: true }).filter((p) => /\.[0-9a-f]{8,}\.(css|js|woff2)$/.test(p));
  for (const path of hashed) {
    const res = await get(new URL(path, site.base).href);
    assert.equal(res.headers["cache-control"], "public, max-age=31536000, immutable", path);
    assert.equal(res.headers["content-type"], expectedType(`/${path}`), path);
  }
  console.log(`hashed names checked: ${hashed.join(", ")}`);
});

for (const [encoding, suffix] of [["gzip", ".gz"], ["br", ".br"]]) {
  test(`precompressed: a browser that accepts ${encoding} gets the ${suffix} file as it is`, async (t) => {
    const site = sites.sub;
    if (encoding === "br" && !nginx.brotli) return t.skip("nginx's brotli_static module is not installed (libnginx-mod-http-brotli-static)");
    const files = readdirSync(site.out, { recursive: true }).filter((p) => p.endsWith(suffix));
    if (!files.length) return t.skip(`the build wrote no ${suffix} file yet: nothing precompressed to serve`);
    // One file of each kind.
    const byKind = new Map(files.map((p) => [p.slice(0, -suffix.length).split(".").pop(), p]));
    for (const file of byKind.values()) {
      const path = file.slice(0, -suffix.length);
      const res = await get(new URL(path, site.base).href, { "Accept-Encoding": encoding });
      assert.equal(res.headers["content-encoding"], encoding, path);
      assert.match(res.headers.vary || "", /Accept-Encoding/i, path);
      assert.equal(res.headers["content-type"], expectedType(`/${path}`), path);
      assert.ok(res.body.equals(readFileSync(join(site.out, file))), `${path}: the ${suffix} file's bytes`);
      const plain = await get(new URL(path, site.base).href);
      assert.equal(plain.headers["content-encoding"], undefined, `${path} without ${encoding}`);
      assert.ok(plain.body.equals(readFileSync(join(site.out, path))), `${path}: the file's own bytes`);
    }
    console.log(`${suffix} served for: ${[...byKind.keys()].join(", ")}`);
  });
}

/// A page that also records every answer that is not a success and every
/// request that failed. Not those the browser dropped itself when the
/// page moved on (the language choice leaves at once): ERR_ABORTED.
async function tracked(site, options) {
  const page = await openPage(browser, site, options);
  page.failed = [];
  page.on("response", (res) => { if (res.status() >= 400) page.failed.push(`${res.status()} ${res.url()}`); });
  page.on("requestfailed", (req) => {
    const why = req.failure()?.errorText;
    if (why !== "net::ERR_ABORTED") page.failed.push(`failed ${req.url()}: ${why}`);
  });
  return page;
}

for (const lang of ["ar", "fr"]) {
  test(`${lang} under a sub-path: every page type loads whole, from the site alone`, async () => {
    const site = sites.sub;
    const page = await tracked(site);
    for (const path of PAGES) {
      const res = await page.goto(`${site.base}${lang}/${path}`, { waitUntil: "networkidle" });
      assert.equal(res.status(), 200, path);
      assert.equal(await page.locator("html").getAttribute("dir"), lang === "ar" ? "rtl" : "ltr", path);
      // The stylesheet arrived and applies (its font stack, its tokens).
      const styled = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--c-bg").trim());
      assert.ok(styled, `${path}: site.css applies`);
    }
    assert.deepEqual(page.failed, []);
    page.assertClean();
    await page.closeAll();
  });
}

test("search under a sub-path: typed queries find their page, index files served as JSON", async () => {
  const site = sites.sub;
  const page = await tracked(site);
  const index = [];
  page.on("response", (res) => { if (res.url().includes("/search/")) index.push([res.url(), res.headers()["content-type"]]); });
  for (const [lang, query, first] of [["fr", "Sfax", "fr/members/sfax/"], ["ar", "صفاقس", "ar/members/sfax/"], ["fr", "Kairwan", "fr/members/kairouan/"]]) {
    await page.goto(`${site.base}${lang}/search/`);
    await page.locator("#search-q").pressSequentially(query, { delay: 20 });
    await page.waitForFunction((q) => document.getElementById("search").dataset.state === "done"
      && new URLSearchParams(location.search).get("q") === q, query);
    assert.equal(await page.locator("#search-results li h2 a").first().getAttribute("href"), `${site.path}${first}`, query);
  }
  const json = index.filter(([url]) => url.endsWith(".json"));
  assert.ok(json.length > 0, "index files were fetched");
  for (const [url, type] of json) assert.equal(type, "application/json", url);
  assert.deepEqual(page.failed, []);
  page.assertClean();
  await page.closeAll();
});

test("map under a sub-path: the directory's map, markers and filters work", async () => {
  const site = sites.sub;
  const page = await tracked(site);
  await page.goto(`${site.base}fr/members/`, { waitUntil: "networkidle" });
  assert.ok((await page.locator("a.map-marker:visible").count()) > 5, "markers are drawn");
  await page.locator("#f-text").fill("gabes");
  const shown = await page.locator("li:not([hidden]) > .card-member").evaluateAll((cs) => cs.map((c) => c.dataset.member));
  assert.deepEqual(shown, ["gabes"]);
  await page.goto(`${site.base}ar/members/sfax/`, { waitUntil: "networkidle" });
  assert.equal(await page.locator(".map").count() > 0, true, "the member's locator map");
  assert.deepEqual(page.failed, []);
  page.assertClean();
  await page.closeAll();
});

for (const mode of Object.keys(MODES)) {
  test(`${mode}: the 404 page, met deep in the site, is styled, right to left, and leads home`, async () => {
    const site = sites[mode];
    const page = await tracked(site);
    const res = await page.goto(`${site.base}fr/no-such-page/`, { waitUntil: "networkidle" });
    assert.equal(res.status(), 404);
    assert.equal(await page.locator("html").getAttribute("dir"), "rtl", "the default language's direction");
    assert.equal(await page.locator('section.message[lang="fr"]').getAttribute("dir"), "ltr", "the French message left to right");
    const start = await page.locator('section.message[lang="fr"] h2').evaluate((h) => getComputedStyle(h).textAlign);
    assert.ok(["start", "left"].includes(start), `the French title aligned ${start}`);
    assert.ok(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--c-bg").trim()), "site.css applies");
    // The document's own 404 is the only error.
    assert.deepEqual(page.failed, [`404 ${site.base}fr/no-such-page/`]);
    await page.locator(`[lang="fr"] a[href="${site.path}fr/"]`).first().click();
    await page.waitForURL(`${site.base}fr/`);
    await page.closeAll();
  });

  test(`${mode}: the language choice sends a French browser to /fr/, and lists both without JavaScript`, async () => {
    const site = sites[mode];
    const page = await tracked(site, { locale: "fr-FR" });
    await page.goto(site.base);
    await page.waitForURL(`${site.base}fr/`);
    assert.deepEqual(page.failed, []);
    page.assertClean();
    await page.closeAll();
    const plain = await tracked(site, { javaScriptEnabled: false });
    await plain.goto(site.base);
    const links = await plain.locator(".choice-list a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert.deepEqual(links, [`${site.path}ar/`, `${site.path}fr/`]);
    await plain.closeAll();
  });
}

test("nginx answered no request with an error but the missing pages asked for on purpose", () => {
  const lines = readFileSync(join(nginx.dir, "access.log"), "utf8").split("\n").filter(Boolean);
  assert.ok(lines.length > 500, `${lines.length} requests logged`);
  const errors = lines.filter((l) => / (4|5)\d\d \d+ "/.test(l) && !/no-such-|"GET \/(reseau\/)?css\/ /.test(l));
  assert.deepEqual(errors, []);
});
