// axe-core in a page, with the rules and the allowances every browser
// test uses (a11y-allow.json says why each allowance is there).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const ALLOWED = JSON.parse(readFileSync(new URL("./a11y-allow.json", import.meta.url))).allowed;
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/// The page's violations, one line each (none allowed by a11y-allow.json).
export async function axe(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate((values) => window.axe.run(document, { runOnly: { type: "tag", values } }), TAGS);
  return result.violations
    .filter((v) => !ALLOWED[v.id])
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}
