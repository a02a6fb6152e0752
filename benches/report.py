"""The Markdown report of benches/run.py (Python standard library only):
a summary table with the figures of issue #22, the edits through
`fadaa serve`, then the details of every build."""

import os
import platform
import re
import statistics
from pathlib import Path

import serve_edits


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


def fmt_s(x):
    return f"{x:.2f} s" if x < 100 else f"{x:.0f} s"


def fmt_range(s):
    return f"{fmt_s(s['median'])} ({s['min']:.2f}–{s['max']:.2f})"


def fmt_mb(n):
    return f"{n / 1e6:.1f} MB"


def fmt_mib(kib):
    return f"{kib / 1024:.0f} MiB" if kib else "?"


def cell(text, limit=200):
    text = str(text).replace("|", "\\|")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def header(meta):
    m = meta["machine"]
    return [f"## fadaa benchmark — {meta['date']}", "",
            f"Machine: {m['cpu']}, {m['cores']} logical cores"
            + (f" ({m.get('physical_cores')} physical)" if m.get("physical_cores") else "")
            + f", {m['ram_gb']} GB RAM, {m['os']}.",
            f"fadaa: `{meta['fadaa']}` ({meta['fadaa_version']}); "
            + (f"Hugo: {meta['hugo_version']}." if meta.get("hugo") else "Hugo: not run."),
            "fadaa builds run with `--no-precompress` (fadaa writes .br/.gz copies of text files by "
            "default; Hugo writes none)." if meta.get("no_precompress") else
            "fadaa builds run as `fadaa build` (this binary has no `--no-precompress`).",
            "Runs per figure: " + ", ".join(f"{s} {r}" for s, r in meta["runs"].items())
            + "; times are wall-clock medians with min–max; "
            f"build date SOURCE_DATE_EPOCH={meta['source_date_epoch']}.",
            f"Command: `{meta['command']}`", ""]


def ratio(a, b):
    return f"{a['median'] / b['median']:.2f}×"


def summary_table(results):
    lines = ["Summary (issue #22; the target is fadaa ≤ 0.25× Hugo's cold build):", "",
             "| site | pages (.html) | cold build | no-op build | incremental build (one title edited) "
             "| peak RSS (cold build) | `serve` peak RSS (first build / after edits) | Hugo cold build "
             "| fadaa / Hugo (cold) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        f, h = r["fadaa"], r["hugo"] or {}
        if f.get("failed"):
            lines.append(f"| {r['size']} | build failed ({cell(f['failed'])}) | | | | | | | |")
            continue
        inc = fmt_range(f["incremental_wall"]) if f.get("incremental_wall") else "skipped"
        if f.get("incremental_unseen"):
            inc += f" (title not in the output {f['incremental_unseen']}×)"
        s = r.get("serve") or {}
        rss = (f"{fmt_mib(s.get('rss_first_kib'))} / {fmt_mib(s.get('rss_after_kib'))}"
               if s.get("rss_first_kib") else "not measured")
        hugo = fmt_range(h["cold_wall"]) if h.get("cold_wall") else ("failed" if h.get("failed") else "not run")
        lines.append(f"| {r['size']} | {f['stats']['html_pages']} | {fmt_range(f['cold_wall'])} "
                     f"| {fmt_range(f['warm_wall'])} | {inc} | {fmt_mib(f['cold_rss_kib'])} | {rss} | {hugo} "
                     f"| {ratio(f['cold_wall'], h['cold_wall']) if h.get('cold_wall') else 'n/a'} |")
    return lines


def ms_range(values):
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


def serve_cells(t):
    """(save → served, rebuild, search index) cells for one edit type at one size."""
    if not t:
        return ["not measured", "", ""]
    edits = t["edits"]
    if t.get("skipped") and not edits:
        return [f"skipped: {cell(t['skipped'], 120)}", "", ""]
    served = ms_range([e["seconds"] * 1000 for e in edits])
    if t.get("skipped"):
        served += f"; then skipped: {cell(t['skipped'], 120)}"
    rebuilt = [x for e in edits for x in e["rebuilt_ms"]]
    search = [x for e in edits for x in e["search_ms"]]
    rebuild = f"{statistics.median(rebuilt):.0f}" if rebuilt else "?"
    if rebuilt and len(rebuilt) != len(edits):
        rebuild += f" ({len(rebuilt) / len(edits):.1f} rebuilds per edit)"
    return [served, rebuild, f"{statistics.median(search):.0f}" if search else "?"]


def serve_table(results):
    lines = ["Edits through `fadaa serve --verbose`: ms from saving the file to the server answering with "
             "the change, median (min–max); the rebuild and search-index times are the medians of the "
             "`rebuilt in N ms` and `search index N ms` lines serve printed after that type's edits:", ""]
    sizes = [r for r in results if (r.get("serve") or {}).get("types")]
    for r in results:
        s = r.get("serve") or {"skipped": "build failed"}
        if not s.get("types"):
            lines.append(f"- {r['size']}: skipped — {s.get('skipped', '?')}")
    if not sizes:
        return lines
    head = ["edit"] + [f"{r['size']}: {c}" for r in sizes
                       for c in ("save → served (ms)", "serve rebuild (ms)", "search index (ms)")]
    lines += ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for et in serve_edits.EDIT_TYPES:
        row = [et.label]
        for r in sizes:
            row += serve_cells(next((t for t in r["serve"]["types"] if t["key"] == et.key), None))
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    for r in sizes:
        s = r["serve"]
        lines.append(f"- {r['size']}: first page served {s['first_page_s']:.2f} s after start "
                     f"(first build {s.get('first_build_ms', '?')} ms, search index "
                     f"{'+'.join(map(str, s.get('first_search_ms', []))) or '?'} ms); edits and their undoing "
                     f"spaced by {serve_edits.EDIT_PAUSE:.0f} s; log: `{s['log']}`"
                     + (f"; stopped: {s['stopped']}" if s.get("stopped") else ""))
    return lines


def fadaa_table(results):
    lines = ["fadaa in detail:", "",
             "| site | members / stories | pages (.html) | cold build | pages/s | rebuild, nothing changed "
             "| full rebuild (`--force`) | peak RSS | CPU (user+sys) | HTML output | total output |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        f = r["fadaa"]
        if f.get("failed"):
            lines.append(f"| {r['size']} | {r['members']} / {r['stories']} | build failed ({cell(f['failed'])}) "
                         "| | | | | | | | |")
            continue
        st = f["stats"]
        lines.append(
            f"| {r['size']} | {r['members']} / {r['stories']} | {st['html_pages']} "
            f"| {fmt_range(f['cold_wall'])} | {st['html_pages'] / f['cold_wall']['median']:.0f} "
            f"| {fmt_range(f['warm_wall'])} | {fmt_range(f['forced_wall'])} "
            f"| {fmt_mib(max(f['cold_rss_kib'], f['forced_rss_kib']))} "
            f"| {fmt_s(f['cold_cpu'])} | {fmt_mb(st['html_bytes'])} | {fmt_mb(st['bytes'])} |")
    return lines


def hugo_table(results):
    if not any(r["hugo"] for r in results):
        return []
    lines = ["Hugo on the twin site (same corpus and Markdown, same run, interleaved with fadaa):", "",
             "| site | Hugo pages (.html) | Hugo cold build | Hugo pages/s | Hugo rebuild | Hugo peak RSS "
             "| Hugo CPU (user+sys) | Hugo total output | fadaa cold build | Hugo / fadaa (cold) "
             "| fadaa / Hugo (cold) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        h, f = r["hugo"], r["fadaa"]
        if h and not h.get("cold"):
            lines.append(f"| {r['size']} | Hugo failed ({h.get('failed', '?')}; see target/bench/logs/) "
                         "| | | | | | | | | |")
        if not h or not h.get("cold"):
            continue
        ok = not f.get("failed")
        lines.append(
            f"| {r['size']} | {h['stats']['html_pages']} | {fmt_range(h['cold_wall'])} "
            f"| {h['stats']['html_pages'] / h['cold_wall']['median']:.0f} | {fmt_range(h['warm_wall'])} "
            f"| {fmt_mib(h['cold_rss_kib'])} | {fmt_s(h['cold_cpu'])} | {fmt_mb(h['stats']['bytes'])} "
            f"| {fmt_range(f['cold_wall']) if ok else 'failed'} "
            f"| {ratio(h['cold_wall'], f['cold_wall']) if ok else 'n/a'} "
            f"| {ratio(f['cold_wall'], h['cold_wall']) if ok else 'n/a'} |")
    return lines


def notes(results):
    lines = ["1-minute load average before / after each size's builds (other work on the machine skews "
             "the figures): " + ", ".join(f"{r['size']} {r['load']['before']} / {r['load']['after']}"
                                         for r in results) + "."]
    diags = []
    for r in results:
        if r.get("edited_story"):
            lines.append(f"- {r['size']}: the edits change story `{r['edited_story']}` (its member and first tag).")
        for tool in ("fadaa", "hugo"):
            d = (r[tool] or {}).get("diagnostics")
            if d:
                diags.append(f"- {r['size']} {tool}: {len(d)} diagnostic lines, first: `{d[0].strip()}`")
    if diags:
        lines += ["", "Diagnostics on the first cold build (full logs in target/bench/logs/):", ""] + diags
    return lines


def markdown(results, meta):
    parts = [header(meta), summary_table(results), serve_table(results), fadaa_table(results),
             hugo_table(results), notes(results)]
    return "\n\n".join("\n".join(p) for p in parts if p).replace("\n\n\n", "\n\n") + "\n"
