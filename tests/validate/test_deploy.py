"""The CI workflows docs/deploy.md publishes for GitHub Pages and GitLab
Pages: they cannot run here, so they are checked as far as can be done
without those hosts. Each parses as YAML, builds fadaa with
`cargo build --release` and publishes `public/`, and its `fadaa build`
command line, with the host's address filled in, is run with the real
binary and writes the site for that address. docs/deploy.md quotes the
nginx files that tests/browser/deploy.test.mjs serves with, as they are."""

import os
import pathlib
import re
import shlex
import subprocess

import yaml

REPO = pathlib.Path(__file__).resolve().parents[2]
DEPLOY = REPO / "docs/deploy"
BINARY = os.environ.get("FADAA_BIN", str(REPO / "target/debug/fadaa"))


def run_fadaa_build(line, variable, address, tmp_path):
    """`line` as the workflow runs it, with `address` for the host's
    `variable`, but with this checkout's binary and the output in
    `tmp_path`."""
    args = shlex.split(line)
    assert args[0] == "./target/release/fadaa" and args[1] == "build", line
    assert args[args.index("--output") + 1] == "public", line
    args[0] = BINARY
    args[args.index("--output") + 1] = str(tmp_path / "public")
    args = [a.replace(variable, address.rstrip("/")) for a in args]
    built = subprocess.run(args, cwd=REPO, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    home = (tmp_path / "public/fr/index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{address}fr/">' in home


def test_github_pages_workflow(tmp_path):
    flow = yaml.safe_load((DEPLOY / "github-pages.yml").read_text(encoding="utf-8"))
    # YAML 1.1 reads the key `on` as true; GitHub reads it as "on".
    triggers = flow.get("on", flow.get(True))
    assert "push" in triggers and "schedule" in triggers
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = flow["jobs"]["build"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert "cargo build --release --locked" in runs
    [build] = [r for r in runs if "fadaa build" in r]
    [upload] = [s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert upload["with"]["path"] == "public"
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    # configure-pages gives the address without its final slash.
    run_fadaa_build(build, "${{ steps.pages.outputs.base_url }}", "https://federation.github.io/reseau/", tmp_path)


def test_gitlab_pages_job(tmp_path):
    flow = yaml.safe_load((DEPLOY / "gitlab-ci.yml").read_text(encoding="utf-8"))
    job = flow["pages"]
    assert job["artifacts"]["paths"] == ["public"]
    assert "cargo build --release --locked" in job["script"]
    [build] = [line for line in job["script"] if "fadaa build" in line]
    run_fadaa_build(build, "$CI_PAGES_URL", "https://federation.gitlab.io/reseau/", tmp_path)


def test_the_guide_quotes_the_nginx_files_as_tested():
    guide = (REPO / "docs/deploy.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```nginx\n(.*?)```", guide, re.S)
    for name in ["nginx-fadaa.conf", "nginx-root.conf", "nginx-subpath.conf", "nginx-redirects.conf"]:
        assert (DEPLOY / name).read_text(encoding="utf-8") in blocks, name
