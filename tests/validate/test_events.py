"""The shipped site's calendar files (RFC 5545), read by the icalendar
parser that calendar tools in Python use: one per language for the whole
calendar, one per event, every line ending with CRLF and at most 75
octets, times in UTC, DTSTAMP the build date."""

import os
import pathlib
import subprocess

import icalendar
import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("events") / "public"
    binary = os.environ.get("FADAA_BIN", str(REPO / "target/debug/fadaa"))
    env = dict(os.environ, SOURCE_DATE_EPOCH="1780000000")
    subprocess.run(
        [binary, "build", "--root", str(REPO), "--output", str(out)],
        check=True,
        capture_output=True,
        env=env,
    )
    return out


def lines_are_rfc5545(raw):
    assert raw.endswith(b"\r\n")
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        assert b"\n" not in line and b"\r" not in line


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_calendar_of_each_language_is_valid_icalendar(site, lang):
    raw = (site / lang / "events" / "events.ics").read_bytes()
    lines_are_rfc5545(raw)
    cal = icalendar.Calendar.from_ical(raw)
    events = cal.walk("VEVENT")
    assert len(events) >= 6
    uids = set()
    for ev in events:
        start, end = ev.decoded("DTSTART"), ev.decoded("DTEND")
        assert start.utcoffset().total_seconds() == 0
        assert end > start
        assert ev["DTSTAMP"].to_ical() == b"20260528T000000Z"
        assert str(ev["URL"]).startswith("https://reseau-espace-citoyen.example.tn/")
        uids.add(str(ev["UID"]))
    assert len(uids) == len(events)


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_each_event_has_its_own_calendar_file_linked_from_its_page(site, lang):
    pages = sorted((site / lang / "events").glob("*/event.ics"))
    assert len(pages) >= 6
    for path in pages:
        raw = path.read_bytes()
        lines_are_rfc5545(raw)
        (ev,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
        assert str(ev["SUMMARY"])
        page = (path.parent / "index.html").read_text()
        assert f'href="/{lang}/events/{path.parent.name}/event.ics"' in page
