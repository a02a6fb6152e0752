// Debian's nginx, run by the test itself as the current user, on free
// ports, with its prefix, pid, logs and temporary files in a folder of its
// own, serving builds with the server blocks and the snippet that
// docs/deploy.md publishes (docs/deploy/nginx-*.conf). Only the lines a
// federation would change are replaced: the port, the folder, the
// snippet's place.
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import net from "node:net";
import { REPO, freePort } from "./harness.mjs";

export { freePort };

export const NGINX = process.env.NGINX || "/usr/sbin/nginx";
const DEPLOY = join(REPO, "docs/deploy");
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

async function waitForPort(port, died) {
  for (let i = 0; i < 100; i++) {
    if (died()) throw new Error(died());
    const ok = await new Promise((done) => {
      const s = net.connect(port, "127.0.0.1", () => { s.end(); done(true); });
      s.on("error", () => done(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not listen on port ${port}`);
}

/// `text` with `from` replaced by `to`, which must occur exactly once: if
/// the published file changes shape, the test says so instead of serving
/// something else.
function replaceOnce(text, from, to, file) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`${file}: expected "${from}" once, found it ${parts.length - 1} times`);
  return parts.join(to);
}

/// One server block of docs/deploy/, made to listen on `port` and serve
/// `root`, with `extra` lines added beside the snippet.
function serverBlock(file, port, root, extra) {
  let text = readFileSync(join(DEPLOY, file), "utf8");
  text = replaceOnce(text, "listen 80;", `listen 127.0.0.1:${port};`, file);
  text = text.replace(/^(\s*root )\/srv\/www[^;]*;/m, (_, head) => `${head}${root};`);
  if (!text.includes(`root ${root};`)) throw new Error(`${file}: no "root /srv/www…;" line`);
  const include = `include ${join(DEPLOY, "nginx-fadaa.conf")};`;
  return replaceOnce(text, "include snippets/fadaa.conf;", [include, ...extra].join("\n"), file);
}

/// nginx-redirects.conf (the `map` of the aliases' 301s), naming each
/// server's `redirects.map`: the output folder is `root` at the root of a
/// host, `root/<sub-path>` under one (`site` names it).
function redirectsMap(servers) {
  const file = "nginx-redirects.conf";
  const text = readFileSync(join(DEPLOY, file), "utf8");
  const includes = servers.map((s) => `include ${join(s.site, "redirects.map")};`).join("\n    ");
  return replaceOnce(text, "include /srv/www/reseau/redirects.map;", includes, file);
}

/// Start nginx with the given servers: [{ file, port, root, site }]. Brotli
/// is turned on the way docs/deploy.md says when Debian's module is there.
export async function startNginx(servers) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx (see .ci/run)`);
  const dir = mkdtempSync(join(tmpdir(), "fadaa-nginx-"));
  mkdirSync(join(dir, "tmp"));
  // `include mime.types` in the snippet is relative to the main file's
  // folder, as /etc/nginx/mime.types is on Debian.
  symlinkSync("/etc/nginx/mime.types", join(dir, "mime.types"));
  const brotli = existsSync(BROTLI);
  const extra = brotli ? ["brotli_static on;"] : [];
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `${t}_temp_path ${join(dir, "tmp", t)};`).join("\n  ");
  const conf = `${brotli ? `load_module ${BROTLI};` : ""}
${process.getuid?.() === 0 ? `user ${userInfo().username};` : ""}
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")} warn;
events { worker_connections 256; }
http {
  access_log ${join(dir, "access.log")};
  ${temp}
${redirectsMap(servers)}
${servers.map((s) => serverBlock(s.file, s.port, s.root, extra)).join("\n")}
}
`;
  const main = join(dir, "nginx.conf");
  writeFileSync(main, conf);
  // A configuration nginx refuses fails here, with nginx's own words.
  execFileSync(NGINX, ["-t", "-q", "-p", dir, "-e", join(dir, "error.log"), "-c", main], { stdio: "pipe" });
  const proc = spawn(NGINX, ["-p", dir, "-e", join(dir, "error.log"), "-c", main, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "", exited = null;
  proc.stderr.on("data", (d) => { stderr += d; });
  proc.on("exit", (code) => { exited = `nginx exited with ${code}: ${stderr}`; });
  for (const s of servers) await waitForPort(s.port, () => exited);
  return {
    brotli,
    dir,
    errorLog: () => readFileSync(join(dir, "error.log"), "utf8"),
    close: () => proc.kill(),
  };
}
