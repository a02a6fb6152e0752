// Shared set-up for the browser tests: build a site with the real fadaa
// binary under a sub-path, serve it with a real static server on loopback,
// drive Debian's Chromium with playwright-core, and fail on any request to
// another origin.
import { spawn, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";
import { chromium } from "playwright-core";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = process.env.FADAA_BIN || join(REPO, "target/debug/fadaa");
export const SUB_PATH = "/reseau/";

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
    srv.on("error", fail);
  });
}

async function waitForPort(port) {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((done) => {
      const s = net.connect(port, "127.0.0.1", () => { s.end(); done(true); });
      s.on("error", () => done(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server on port ${port} did not start`);
}

/// A site folder: the repository itself, or a fixture under tests/fixtures
/// copied with the repository's theme, plus `files` (path → text) written
/// over the copy: a variant for one test without a fixture of its own.
function siteRoot(name, files = {}) {
  if (name === "shipped") return REPO;
  const dir = mkdtempSync(join(tmpdir(), "fadaa-site-"));
  cpSync(join(REPO, "tests/fixtures", name), dir, { recursive: true });
  if (!existsSync(join(dir, "themes"))) cpSync(join(REPO, "themes"), join(dir, "themes"), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/// Build `name` and serve it at http://127.0.0.1:PORT/reseau/.
export async function serveSite(name, { today, files } = {}) {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run cargo build first`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const docroot = mkdtempSync(join(tmpdir(), "fadaa-www-"));
  mkdirSync(docroot, { recursive: true });
  const env = { ...process.env };
  if (today) env.SOURCE_DATE_EPOCH = String(Math.floor(Date.parse(today) / 1000));
  execFileSync(BIN, ["build", "--root", siteRoot(name, files), "--output", join(docroot, "reseau"), "--base-url", origin + SUB_PATH], { env, stdio: "pipe" });
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", docroot], { stdio: "ignore" });
  await waitForPort(port);
  return { origin, base: origin + SUB_PATH, docroot, close: () => server.kill() };
}

/// `fadaa serve` on a free port: the process and the address it serves on.
export async function startServe(bin, root) {
  const server = spawn(bin, ["serve", "--port", "0", "--root", root], {
    env: { ...process.env, NO_COLOR: "1", FADAA_LANG: "en" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const url = await new Promise((ok, fail) => {
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/serving on (http:\/\/\S+)/);
      if (m) ok(m[1]);
    });
    server.on("exit", (code) => fail(new Error(`serve exited with ${code}: ${out}`)));
  });
  return { server, url };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
      "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
    ],
  });
}

/// A page that records every request and console error; `assertClean()`
/// fails the test on a request to another origin or a console error.
export async function openPage(browser, site, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const foreign = [];
  const errors = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol !== "data:" && url.origin !== site.origin) foreign.push(req.url());
  });
  page.on("console", (msg) => { if (msg.type() === "error") errors.push(msg.text()); });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.assertClean = () => {
    if (foreign.length) throw new Error(`requests to other origins: ${foreign.join(", ")}`);
    if (errors.length) throw new Error(`console errors: ${errors.join(" | ")}`);
  };
  page.closeAll = () => context.close();
  return page;
}
