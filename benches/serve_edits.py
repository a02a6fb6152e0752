"""Edits through `fadaa serve`, for benches/run.py (Python standard library only).

For each kind of edit a writer or a theme designer makes (EDIT_TYPES), the
time from saving the file to the server answering with the change, and the
rebuild and search-index times `serve --verbose` prints after it. Every
edit is undone right after it, and the undo is waited for, so that each
measured edit starts from the generated site and really is a change.
"""

import re
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin

# Edits (and undos) are spaced by EDIT_PAUSE: serve indexes search just after
# serving the pages, and a writer does not save twice within a second.
EDIT_PAUSE = 3.0
TIMEOUT = 120  # seconds an edit may take to show before its type is skipped
INDEX_WAIT = 30  # extra seconds to wait for the "search index" line of a rebuild
SERVE_CMD = ["{fadaa}", "serve", "--root", "{root}", "--port", "{port}", "--verbose", "--lang", "en"]
REBUILT = re.compile(r"^rebuilt in (\d+) ms", re.M)
SEARCH = re.compile(r"^\s*search index\s+(\d+) ms", re.M)
BUILT = re.compile(r"^built (\d+) pages in (\d+) ms", re.M)


# --- reading the served site ---------------------------------------------------------

def fetch(url):
    """(status, text) of url; (None, "") when the server does not answer."""
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except OSError:
        return None, ""


def shows(url, text):
    return lambda: (lambda s, body: s == 200 and text in body)(*fetch(url))


def hides(url, text):
    return lambda: (lambda s, body: s == 200 and text not in body)(*fetch(url))


def answers(url, status):
    return lambda: fetch(url)[0] == status


def all_of(*probes):
    return lambda: all(p() for p in probes)


def stylesheet_has(page, text):
    """Whether the site stylesheet linked from page (a content-hashed name,
    css/site.<hash>.css, that changes with the file) contains text."""
    def probe():
        status, body = fetch(page)
        m = re.search(r'href="([^"]*css/site\.[0-9a-f]+\.css)"', body)
        return status == 200 and m is not None and text in fetch(urljoin(page, m.group(1)))[1]
    return probe


# --- the edits ---------------------------------------------------------------------------

@dataclass
class Site:
    root: Path
    base: str  # http://127.0.0.1:<port>
    story: str  # slug of a story in both languages that no other file links to
    member: str  # its member's slug
    tag: str  # one of its tags

    def url(self, path):
        return self.base + path

    def story_file(self, slug, lang="fr"):
        return self.root / "content" / "stories" / f"{slug}.{lang}.md"


@dataclass
class Edit:
    save: Callable[[], None]  # writes the change (the timed part starts here)
    probe: Callable[[], bool]  # whether the server answers with the change
    restore: Callable[[], Callable[[], bool]]  # undoes it; returns the undo's probe


def sub_once(pattern, repl, text, what):
    new, n = re.subn(pattern, repl, text, count=1, flags=re.M)
    if not n:
        raise ValueError(f"no {what} found")
    return new


def set_title(text, title):
    return sub_once(r"^title:.*$", f'title: "{title}"', text, "`title:` line")


def rewrite(path, change, url, marker, probe=None):
    """An edit that rewrites one file; the page at url shows marker after it."""
    original = path.read_bytes()
    new = change(original.decode("utf-8")).encode("utf-8")

    def restore():
        path.write_bytes(original)
        return (lambda: not probe()) if probe else hides(url, marker)
    return Edit(lambda: path.write_bytes(new), probe or shows(url, marker), restore)


def body_edit(site, marker):
    return rewrite(site.story_file(site.story), lambda t: t + f"\n\n{marker}\n",
                   site.url(f"/fr/stories/{site.story}/"), marker)


def title_edit(site, marker):
    return rewrite(site.story_file(site.story), lambda t: set_title(t, marker),
                   site.url(f"/fr/stories/{site.story}/"), marker)


def member_edit(site, marker):
    path = site.root / "content" / "members" / f"{site.member}.yaml"
    return rewrite(path, lambda t: sub_once(r'^(name:.*?\bfr:\s*")([^"]*)"', rf'\g<1>\g<2> {marker}"', t,
                                            "`name: {…, fr: \"…\"}` line"),
                   site.url(f"/fr/members/{site.member}/"), marker)


def tags_edit(site, marker):
    return rewrite(site.root / "content" / "tags.yaml",
                   lambda t: sub_once(rf'^({re.escape(site.tag)}:.*?\bfr:\s*")([^"]*)"',
                                      rf'\g<1>\g<2> {marker}"', t, f"`{site.tag}: {{…, fr: \"…\"}}` line"),
                   site.url(f"/fr/tags/{site.tag}/"), marker)


def template_edit(site, marker):
    return rewrite(site.root / "themes" / "espace" / "templates" / "base.html",
                   lambda t: sub_once(r"</body>", f"<!-- {marker} -->\n</body>", t, "</body>"),
                   site.url("/fr/"), marker)


def css_edit(site, marker):
    page = site.url("/fr/")
    return rewrite(site.root / "themes" / "espace" / "static" / "css" / "site.css",
                   lambda t: t + f"\n/* {marker} */\n.{marker} {{ color: inherit; }}\n",
                   page, marker, probe=stylesheet_has(page, marker))


def new_story(site, marker):
    """A French story written from an existing one's front matter, new title."""
    text = site.story_file(site.story).read_text(encoding="utf-8")
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    if not m:
        raise ValueError(f"no front matter in {site.story_file(site.story)}")
    path, url = site.story_file(marker), site.url(f"/fr/stories/{marker}/")
    new = set_title(m.group(0), f"Bench {marker}") + f"\nA new story, {marker}.\n"

    def restore():
        path.unlink()
        return answers(url, 404)
    return Edit(lambda: path.write_text(new, encoding="utf-8"), shows(url, f"Bench {marker}"), restore)


def rename_story(site, marker):
    old_url, new_url = site.url(f"/fr/stories/{site.story}/"), site.url(f"/fr/stories/{marker}/")
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", fetch(old_url)[1], re.S)
    if not h1:
        raise ValueError(f"no <h1> in {old_url}")
    moves = [(site.story_file(site.story, lang), site.story_file(marker, lang)) for lang in ("fr", "ar")]

    def save():
        for a, b in moves:
            a.rename(b)

    def restore():
        for a, b in moves:
            b.rename(a)
        return all_of(answers(old_url, 200), answers(new_url, 404))
    return Edit(save, all_of(shows(new_url, h1.group(1)), answers(old_url, 404)), restore)


def delete_story(site, marker):
    url = site.url(f"/fr/stories/{site.story}/")
    files = {p: p.read_bytes() for p in (site.story_file(site.story, lang) for lang in ("fr", "ar"))}

    def save():
        for p in files:
            p.unlink()

    def restore():
        for p, data in files.items():
            p.write_bytes(data)
        return answers(url, 200)
    return Edit(save, answers(url, 404), restore)


@dataclass
class EditType:
    key: str
    label: str
    make: Callable[[Site, str], Edit]  # reads what it needs; writes nothing yet


EDIT_TYPES = [
    EditType("body", "story body (a paragraph appended)", body_edit),
    EditType("title", "story title (front matter)", title_edit),
    EditType("member", "member name (members/<slug>.yaml)", member_edit),
    EditType("new", "new story (one .fr.md)", new_story),
    EditType("rename", "story renamed (.fr.md and .ar.md)", rename_story),
    EditType("delete", "story deleted (.fr.md and .ar.md)", delete_story),
    EditType("tags", "tag name (tags.yaml)", tags_edit),
    EditType("template", "template (base.html)", template_edit),
    EditType("css", "stylesheet (site.css)", css_edit),
]


def pick_story(root):
    """(slug, member, tag) of the first story in both languages that no
    content file links to, so that renaming or deleting it breaks no link."""
    content = Path(root) / "content"
    linked = set()
    for p in content.rglob("*"):
        if p.suffix in (".md", ".yaml") and p.is_file():
            linked.update(re.findall(r"([a-z0-9][a-z0-9-]*)\.(?:ar\.|fr\.)?md\b", p.read_text(encoding="utf-8")))
    stories = content / "stories"
    for fr in sorted(stories.glob("*.fr.md")):
        slug = fr.name[:-len(".fr.md")]
        text = fr.read_text(encoding="utf-8")
        member = re.search(r"^member:\s*([\w-]+)", text, re.M)
        tags = re.search(r"^tags:\s*\[\s*([\w-]+)", text, re.M)
        if slug not in linked and (stories / f"{slug}.ar.md").exists() and member and tags:
            return slug, member.group(1), tags.group(1)
    raise ValueError(f"no story in {stories} fits (both languages, a member, a tag, not linked)")


# --- the server --------------------------------------------------------------------------

class Server:
    """`fadaa serve --verbose` on a free port, its output in a log file."""

    def __init__(self, fadaa, root, env, log):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.cmd = [a.format(fadaa=fadaa, root=root, port=self.port) for a in SERVE_CMD]
        self.log = Path(log)
        self._out = self.log.open("wb")
        self.proc = subprocess.Popen(self.cmd, stdout=self._out, stderr=subprocess.STDOUT, env=env)

    def alive(self):
        return self.proc.poll() is None

    def offset(self):
        return self.log.stat().st_size

    def since(self, offset):
        with self.log.open("rb") as f:
            f.seek(offset)
            return f.read().decode("utf-8", "replace")

    def vm_hwm_kib(self):
        """Peak resident memory so far (Linux /proc), or None."""
        try:
            m = re.search(r"^VmHWM:\s*(\d+) kB", Path(f"/proc/{self.proc.pid}/status").read_text(), re.M)
            return int(m.group(1)) if m else None
        except OSError:
            return None

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._out.close()


# --- measuring ---------------------------------------------------------------------------

class Stop(Exception):
    """The server died or an undo did not show: no further edit can be trusted."""


def wait_for(probe, server, start, timeout=TIMEOUT):
    """Seconds from start until probe() holds, or None after timeout."""
    while True:
        if probe():
            return time.perf_counter() - start
        if not server.alive():
            rc = server.proc.returncode
            raise Stop("fadaa serve " + (f"was killed by {signal.Signals(-rc).name}" if rc < 0
                                         else f"exited with status {rc}") + f" (log: {server.log})")
        if time.perf_counter() - start > timeout:
            return None
        time.sleep(0.01)


def settle(server, offset):
    """Wait EDIT_PAUSE, then until each rebuild since offset has printed its
    search-index time (up to INDEX_WAIT more seconds); return that output."""
    time.sleep(EDIT_PAUSE)
    deadline = time.perf_counter() + INDEX_WAIT
    while True:
        out = server.since(offset)
        if len(SEARCH.findall(out)) >= max(1, len(REBUILT.findall(out))) or time.perf_counter() > deadline:
            return out
        time.sleep(0.2)


def measure_type(server, site, etype, runs):
    res = {"key": etype.key, "label": etype.label, "edits": []}
    for i in range(runs):
        marker = f"benchmark{etype.key}{i}x{time.time_ns() % 10**9}"
        try:
            edit = etype.make(site, marker)
        except (OSError, ValueError) as e:
            res["skipped"] = f"cannot make this edit on the generated site: {e}"
            break
        offset = server.offset()
        start = time.perf_counter()
        edit.save()
        restored = False
        try:
            seconds = wait_for(edit.probe, server, start)
            out = settle(server, offset) if seconds is not None else server.since(offset)
            undo_offset = server.offset()
            undo, restored = edit.restore(), True
            if wait_for(undo, server, time.perf_counter()) is None:
                raise Stop(f"undoing a {etype.key} edit did not show within {TIMEOUT} s")
            settle(server, undo_offset)
        finally:
            if not restored:
                edit.restore()
        if seconds is None:
            res["skipped"] = f"the edit did not show within {TIMEOUT} s (edit {i + 1})"
            break
        res["edits"].append({"seconds": seconds, "rebuilt_ms": [int(x) for x in REBUILT.findall(out)],
                             "search_ms": [int(x) for x in SEARCH.findall(out)]})
        print(f"    {etype.key:8} edit {i + 1}/{runs}: {seconds * 1000:6.0f} ms; serve: rebuilt in "
              f"{'+'.join(REBUILT.findall(out)) or '?'} ms, search index {'+'.join(SEARCH.findall(out)) or '?'} ms",
              flush=True)
    return res


def measure_serve(fadaa, root, runs, env, log, story):
    """Every edit type, runs edits each, through one `fadaa serve`."""
    server = Server(fadaa, root, env, log)
    res = {"command": " ".join(server.cmd), "log": str(log), "types": []}
    try:
        start = time.perf_counter()
        home = f"http://127.0.0.1:{server.port}/fr/"
        if wait_for(answers(home, 200), server, start, timeout=600) is None:
            return dict(res, skipped=f"`{res['command']}` did not serve {home} within 600 s")
        res["first_page_s"] = time.perf_counter() - start
        first = settle(server, 0)
        m = BUILT.search(first)
        res["first_build_ms"] = int(m.group(2)) if m else None
        res["first_search_ms"] = [int(x) for x in SEARCH.findall(first)]
        res["rss_first_kib"] = server.vm_hwm_kib()
        site = Site(Path(root), f"http://127.0.0.1:{server.port}", *story)
        for etype in EDIT_TYPES:
            if not res.get("stopped"):
                try:
                    res["types"].append(measure_type(server, site, etype, runs))
                    continue
                except Stop as e:
                    res["stopped"] = str(e)
            res["types"].append({"key": etype.key, "label": etype.label, "edits": [],
                                 "skipped": "not measured: the edits stopped (below)"})
        res["rss_after_kib"] = server.vm_hwm_kib()
    except Stop as e:
        res["skipped"] = str(e)
    finally:
        server.stop()
    return res
