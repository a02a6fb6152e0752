// Every generated HTML page of the shipped site, checked by a real
// validator (html-validate, recommended rules): zero errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { HtmlValidate } from "html-validate";
import { REPO } from "./harness.mjs";

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

test("every page of the shipped site is valid HTML", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "fadaa-html-")), "public");
  execFileSync(process.env.FADAA_BIN || join(REPO, "target/debug/fadaa"), ["build", "--root", REPO, "--output", out], { stdio: "pipe" });
  const config = JSON.parse(readFileSync(new URL("./.htmlvalidate.json", import.meta.url)));
  const validator = new HtmlValidate(config);
  const files = htmlFiles(out);
  assert.ok(files.length > 100, `${files.length} pages`);
  const problems = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(file, "utf8"), relative(out, file));
    for (const r of report.results) {
      for (const m of r.messages) problems.push(`${r.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  console.log(`html-validate: ${files.length} pages, ${problems.length} problems`);
  assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems`);
});
