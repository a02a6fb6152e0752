// How long a writer waits: from saving a story to the open page in Chromium
// having reloaded with the new text, through `fadaa serve`. A measurement,
// not a test (npm test does not run it); benches/README.md says how to use it.
//
//   node tests/browser/reload-time.mjs --root SITE [--runs 7] [--bin target/release/fadaa]
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { launch, REPO, startServe } from "./harness.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = resolve(option("root", REPO));
const runs = Number(option("runs", "7"));
const bin = resolve(option("bin", join(REPO, "target/release/fadaa")));
// Between saves: serve indexes search just after serving the pages, and a
// writer does not save twice within seconds.
const PAUSE_MS = 3000;

const stories = join(root, "content/stories");
const name = readdirSync(stories).filter((f) => f.endsWith(".fr.md")).sort()[0];
const file = join(stories, name);
const slug = name.slice(0, -".fr.md".length);
const original = readFileSync(file, "utf8");

const { server, url } = await startServe(bin, root);

const browser = await launch();
const times = [];
try {
  const page = await browser.newPage();
  await page.goto(`${url}fr/stories/${slug}/`);
  // The event stream is open once the page has run its script.
  await page.waitForTimeout(500);
  for (let i = 0; i < runs; i++) {
    const marker = `reload-marker-${i}-${Date.now()}`;
    const start = performance.now();
    writeFileSync(file, `${original}\n\n${marker}\n`);
    for (;;) {
      await page.waitForEvent("load", { timeout: 60000 });
      if ((await page.content()).includes(marker)) break;
    }
    times.push(performance.now() - start);
    await page.waitForTimeout(PAUSE_MS);
  }
} finally {
  writeFileSync(file, original);
  await browser.close();
  server.kill();
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
const ms = (t) => `${Math.round(t)} ms`;
console.log(`${root}: ${name}, ${runs} saves`);
console.log(`save → reloaded page: median ${ms(median)} (min ${ms(sorted[0])}, max ${ms(sorted.at(-1))})`);
console.log(`each: ${times.map(ms).join(", ")}`);
