#!/usr/bin/env python3
"""Deterministic synthetic site for benchmarking fadaa (and a Hugo twin).

    python3 benches/gen_site.py --preset 10k --out target/bench/sites/10k
    python3 benches/gen_site.py --preset 1k --out DIR --hugo DIR-hugo
    python3 benches/gen_site.py --members 100 --stories 1000 --out DIR --seed 7

Presets: 1k = 35 members + 400 stories, 10k = 350 + 4000, 50k = 1750 + 20000
(the names are rough page counts: every story and member exists in Arabic and
French). Same arguments and same repository state give a byte-identical tree.

The site follows the content contract (docs/content-model.md): the
reference lists, pages and site.yaml are copied from the shipped site in
content/ (stories_per_page set to 20), the theme from themes/, and members,
stories (Arabic + French, ~600 words each), tags, datasets and deliverables
are generated. Python 3 standard library only.
"""

import argparse
import datetime as dt
import hashlib
import json
import math
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as C  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PRESETS = {"1k": (35, 400), "10k": (350, 4000), "50k": (1750, 20000)}
# Bump when the generated output changes for the same arguments.
GENERATOR_VERSION = 2
MARKER = ".bench-site.json"
LANGS = ("fr", "ar")  # index 0 = French, 1 = Arabic in the corpus pairs
FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2026, 10, 31)  # the bench builds with SOURCE_DATE_EPOCH after this
WORD_TARGET = 600


# --- small helpers ------------------------------------------------------------

def rng_for(seed, *parts):
    """An independent, reproducible random stream per item."""
    return random.Random(f"{seed}:" + ":".join(str(p) for p in parts))


def slugify(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def q(s):
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cap(s):
    return s[:1].upper() + s[1:]


def fr_int(n):
    return f"{n:,}".replace(",", "\u202f") if n >= 10000 else str(n)


def count(noun, n, lang):
    fr_sing, fr_pl, ar_sing, ar_pl, ar_acc = C.NOUNS[noun]
    if lang == "fr":
        return f"{fr_int(n)} {fr_sing if n < 2 else fr_pl}"
    r = n % 100
    if n >= 100 and r in (0, 1, 2):
        word = ar_sing
    elif 3 <= r <= 10:
        word = ar_pl
    else:
        word = ar_acc
    return f"{n} {word}"


def fr_article_forms(the):
    """'le guichet' -> ('du guichet', 'au guichet'), and so on."""
    for art, of, to in (("les ", "des ", "aux "), ("le ", "du ", "au "),
                        ("la ", "de la ", "à la "), ("l'", "de l'", "à l'")):
        if the.startswith(art):
            rest = the[len(art):]
            return of + rest, to + rest
    return "de " + the, "à " + the


def ar_li(phrase):
    """The preposition لِ glued to a noun phrase (لـ + الـ = لل)."""
    return "لل" + phrase[2:] if phrase.startswith("ال") else "ل" + phrase


def town_forms(town):
    """French: Commune du Kef, au Kef, du Kef; Commune de Sfax, à Sfax ..."""
    if town.startswith("Le "):
        rest = town[3:]
        return {"commune": f"Commune du {rest}", "a_town": f"au {rest}", "de_town": f"du {rest}"}
    de = "d'" if town[:1] in "AEIOUÉÈ" else "de "
    return {"commune": f"Commune {de}{town}", "a_town": f"à {town}", "de_town": f"{de}{town}"}


def random_date(r, start, end):
    return start + dt.timedelta(days=r.randrange((end - start).days + 1))


class Slots(dict):
    def __missing__(self, key):
        raise KeyError(f"template slot {{{key}}} has no value")


def fill(template, slots):
    return template.format_map(slots)


# --- inputs from the repository ---------------------------------------------

def read_keys(path):
    """Top-level keys of a reference list (key: ... at column 0)."""
    return [m.group(1) for m in re.finditer(r"^([a-z0-9-]+)\s*:", path.read_text("utf-8"), re.M)]


def read_committees(path):
    text = path.read_text("utf-8")
    names = {}
    for m in re.finditer(r'^([a-z0-9-]+):\s*\n\s+name:\s*\{\s*ar:\s*"([^"]*)",\s*fr:\s*"([^"]*)"', text, re.M):
        names[m.group(1)] = {"ar": m.group(2), "fr": m.group(3)}
    for key in read_keys(path):
        names.setdefault(key, {"ar": key, "fr": key})
    return names


def load_shapes(path):
    """Governorate polygons (data/tunisia/governorates.geojson), as fadaa reads them."""
    if not path.exists():
        return {}
    shapes = {}
    for f in json.loads(path.read_text("utf-8"))["features"]:
        geom = f["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        for key in f["properties"].get("merged") or [f["properties"]["key"]]:
            shapes[key] = polys
    return shapes


def in_ring(ring, lat, lon):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        (xi, yi), (xj, yj) = ring[i], ring[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_shape(polys, lat, lon):
    return any(in_ring(p[0], lat, lon) and not any(in_ring(h, lat, lon) for h in p[1:])
               for p in polys)


def tree_digest(paths):
    h = hashlib.sha256()
    for base in paths:
        base = Path(base)
        if not base.exists():
            continue
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for p in files:
            h.update(str(p.relative_to(base.parent if base.is_file() else base)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


# --- the model ------------------------------------------------------------------

class Inputs:
    def __init__(self, themes):
        content = REPO / "content"
        self.content = content
        self.themes = Path(themes)
        self.governorates = read_keys(content / "governorates.yaml")
        self.services = read_keys(content / "services.yaml")
        self.committees = read_committees(content / "committees.yaml")
        self.shapes = load_shapes(REPO / "data" / "tunisia" / "governorates.geojson")
        missing = [g for g in self.governorates if g not in C.CAPITALS]
        if missing:
            sys.exit(f"gen_site: no capital coordinates for governorates {missing}")

    def digest(self):
        c = self.content
        return tree_digest([c / "site.yaml", c / "governorates.yaml", c / "services.yaml",
                            c / "committees.yaml", c / "pages", self.themes,
                            REPO / "data" / "tunisia" / "governorates.geojson"])


def member_names(n, seed, governorates):
    """n distinct (governorate, French, Arabic) names: real capitals first, then the
    other real municipalities, invented names, and qualified names (X-Nord)."""
    r = rng_for(seed, "names")
    govs = [g for g in governorates if g in C.MUNICIPALITIES]
    capitals = [(g, *C.MUNICIPALITIES[g][0]) for g in govs]
    others = [(g, fr, ar) for g in govs for fr, ar in C.MUNICIPALITIES[g][1:]]
    r.shuffle(capitals)
    r.shuffle(others)
    invented = [(pf + " " + sf, pa + " " + sa) for pf, pa in C.NAME_PREFIXES
                for sf, sa in C.NAME_SUFFIXES]
    r.shuffle(invented)
    invented = [(r.choice(governorates), fr, ar) for fr, ar in invented]
    base = capitals + others + invented
    qualified = [(g, f"{fr}-{qf}", f"{ar} {qa}") for qf, qa in C.NAME_QUALIFIERS
                 for g, fr, ar in base]
    # Slugs and names must be unique (fadaa compares names lowercased, per language).
    out, seen = [], set()
    for g, fr, ar in base + qualified:
        slug = slugify(fr)
        keys = {("slug", slug), ("fr", fr.lower()), ("ar", ar)}
        if keys & seen:
            continue
        seen |= keys
        out.append((g, fr, ar, slug))
        if len(out) == n:
            return out
    sys.exit(f"gen_site: cannot name more than {len(out)} members")


def place(r, inputs, gov):
    lat0, lon0 = C.CAPITALS[gov]
    polys = inputs.shapes.get(gov)
    sigma = 0.03 if gov in ("tunis", "ariana", "ben-arous", "manouba", "monastir") else 0.1
    if polys:
        for _ in range(1000):
            lat = round(lat0 + r.gauss(0, sigma), 4)
            lon = round(lon0 + r.gauss(0, sigma) / math.cos(math.radians(lat0)), 4)
            if in_shape(polys, lat, lon):
                return lat, lon
    return lat0, lon0


def make_members(n, seed, inputs):
    members = []
    for gov, town, town_ar, slug in member_names(n, seed, inputs.governorates):
        r = rng_for(seed, "member", slug)
        x = r.random()
        status = "operational" if x < 0.8 else "in-progress" if x < 0.92 else "planned"
        lat, lon = place(r, inputs, gov)
        street_fr, street_ar = r.choice(C.STREETS)
        postcode = C.POSTCODES.get(gov, 1000) + r.choice([0, 0, 10, 11, 20, 21, 30, 40, 50, 51])
        core = [s for s in ("civil-status", "information") if s in inputs.services]
        rest = [s for s in inputs.services if s not in core]
        chosen = set(core + r.sample(rest, min(len(rest), r.randint(2, 5))))
        services = [s for s in inputs.services if s in chosen]
        committees = sorted(r.sample(sorted(inputs.committees), r.choice([0, 1, 1, 2])))
        m = {
            "slug": slug, "gov": gov, "town": town, "town_ar": town_ar,
            "name": {"fr": town_forms(town)["commune"], "ar": f"بلدية {town_ar}"},
            "lat": lat, "lon": lon, "status": status,
            "opened": random_date(r, dt.date(2016, 1, 1), dt.date(2025, 12, 31))
            if status == "operational" else None,
            "address": {"fr": f"{street_fr}, {postcode} {town}",
                        "ar": f"{street_ar}، {postcode} {town_ar}"},
            "phone": f"+216 {C.AREA_CODES.get(gov, 71)} {r.randint(100, 999)} {r.randint(100, 999)}",
            "email": f"espace.citoyen@{slug}.example.tn",
            "website": f"https://www.commune-{slug}.example.tn",
            "hours": r.choice(C.HOURS) if status != "planned" else None,
            "services": services, "committees": committees,
        }
        service = r.choice(C.SERVICE_PHRASES)
        nums = {"citizens": r.randint(40, 900), "agents": r.randint(3, 24)}
        year = r.randint(2018, 2025)
        desc = {}
        for li, lang in enumerate(LANGS):
            s = Slots(town=town, town_ar=town_ar, year=year, service=service[li],
                      **town_forms(town), **{k: count(k, v, lang) for k, v in nums.items()})
            if status == "operational":
                picks = sorted(r2 for r2 in rng_for(seed, "mdesc", slug).sample(range(len(C.MEMBER_DESC)), 3))
                desc[lang] = " ".join(fill(C.MEMBER_DESC[i][li], s) for i in picks)
            elif status == "in-progress":
                s["year"] = 2027
                desc[lang] = fill(C.MEMBER_DESC_IN_PROGRESS[li], s)
            else:
                desc[lang] = fill(C.MEMBER_DESC_PLANNED[li], s)
        m["description"] = desc
        members.append(m)
    return members


def member_yaml(m):
    out = [f'name: {{ ar: {q(m["name"]["ar"])}, fr: {q(m["name"]["fr"])} }}',
           f'governorate: {m["gov"]}',
           f'location: {{ lat: {m["lat"]:.4f}, lon: {m["lon"]:.4f} }}',
           f'status: {m["status"]}']
    if m["opened"]:
        out.append(f'opened: {m["opened"].isoformat()}')
    out += ["address:", f'  ar: {q(m["address"]["ar"])}', f'  fr: {q(m["address"]["fr"])}',
            f'phone: {q(m["phone"])}', f'email: {q(m["email"])}', f'website: {q(m["website"])}']
    if m["hours"]:
        out.append(f'hours: {q(m["hours"])}')
    out.append(f'services: [{", ".join(m["services"])}]')
    if m["committees"]:
        out.append(f'committees: [{", ".join(m["committees"])}]')
    out.append("description:")
    for lang in ("ar", "fr"):
        out += [f"  {lang}: |", f'    {m["description"][lang]}']
    out.append("sample: true")
    return "\n".join(out) + "\n"


# --- stories ----------------------------------------------------------------------

def topic_slots(topic):
    slug, the_fr, ar, tags, committee = topic
    of_fr, to_fr = fr_article_forms(the_fr)
    return ({"topic": the_fr, "Topic": cap(the_fr), "of_topic": of_fr, "to_topic": to_fr},
            {"topic": ar, "Topic": ar, "li_topic": ar_li(ar)})


def code_block(i, r, member):
    kind = (i // 10) % 3
    if kind == 0:
        rows = ["month,service,requests,completed_same_day,median_wait_minutes"]
        for mth in range(1, r.randint(4, 7)):
            for svc in ("civil-status", "legalisation"):
                req = r.randint(300, 6000)
                rows.append(f"2024-{mth:02d},{svc},{req},{req - r.randint(0, req // 10)},{r.randint(5, 30)}")
        return "csv", "\n".join(rows)
    if kind == 1:
        ind = {"requests": r.randint(300, 9000), "median_wait_minutes": r.randint(5, 40),
               "satisfaction": round(r.uniform(0.6, 0.97), 2)}
        body = json.dumps({"commune": member["slug"], "month": f"2025-{r.randint(1, 12):02d}",
                           "indicators": ind}, indent=2)
        return "json", body
    lines = ["indicators:"]
    for key in ("median_wait_minutes", "same_day_share", "complaints_per_month"):
        lines += [f"  - key: {key}", f"    target: {r.randint(5, 90)}",
                  f"    source: {r.choice(['tickets', 'survey', 'register'])}"]
    return "yaml", "\n".join(lines)


def make_stories(m_count, seed, members, inputs):
    tag_keys = [t[0] for t in C.TAGS]
    committees = sorted(inputs.committees)
    stories, slugs = [], set()
    for i in range(m_count):
        r = rng_for(seed, "story", i)
        topic = r.choice(C.TOPICS)
        member = r.choice(members)
        date = random_date(r, FIRST_DAY, LAST_DAY)
        slug = f"{topic[0]}-{member['slug']}"
        if slug in slugs:
            slug = f"{slug}-{date.year}"
            k = 2
            while slug in slugs:
                slug = f"{topic[0]}-{member['slug']}-{date.year}-{k}"
                k += 1
        slugs.add(slug)
        n_tags = r.choice([1, 2, 2, 3, 3, 4])
        tags = list(topic[3][:n_tags])
        while len(tags) < n_tags:
            t = r.choice(tag_keys)
            if t not in tags:
                tags.append(t)
        committee = topic[4] if r.random() < 0.7 or topic[4] not in committees else r.choice(committees)
        if committee not in committees:
            committee = committees[0]
        year_start = max(2016, date.year - r.choice([0, 1, 1, 2]))
        mb = r.randint(25, 90)
        pct = r.randint(60, 97)
        nums = {"minutes_before": ("minutes", mb), "minutes_after": ("minutes", r.randint(4, mb // 2)),
                "requests": ("requests", r.randrange(3000, 60000, 10)),
                "citizens": ("citizens", r.randint(120, 1500)), "agents": ("agents", r.randint(3, 24)),
                "months": ("months", r.randint(3, 18)), "days": ("days", r.randint(3, 12))}
        service, group, partner = (r.choice(C.SERVICE_PHRASES), r.choice(C.GROUPS), r.choice(C.PARTNERS))
        other = stories[r.randrange(i)] if i else None
        other_member = r.choice([m for m in members[:50] if m is not member] or [member])
        tslots = topic_slots(topic)
        slots = []
        for li, lang in enumerate(LANGS):
            s = Slots(tslots[li])
            s.update(town=member["town"], Town=member["town"], town_ar=member["town_ar"],
                     year=date.year, year_start=year_start, prev_year=year_start - r.randint(2, 4) if li == 0 else slots[0]["prev_year"],
                     pct=pct, pct2=r.randint(20, pct - 15) if li == 0 else slots[0]["pct2"],
                     service=service[li], group=group[li], partner=partner[li],
                     committee=inputs.committees[committee][lang], committee_key=committee,
                     other_member=other_member["slug"], other_town=other_member["town"],
                     other_town_ar=other_member["town_ar"],
                     other_commune=other_member["name"]["fr"],
                     commune_link=f"[{member['name'][lang]}](../members/{member['slug']}.yaml)")
            s.update(town_forms(member["town"]))
            s["A_town"] = cap(s["a_town"])
            if lang == "fr":
                s["Group"] = cap(group[0])
                s["group_of"] = "des " + group[0][4:] if group[0].startswith("les ") else "de " + group[0]
            else:
                s["Group"] = group[1]
                s["group_of"] = group[1]
            for key, (noun, n) in nums.items():
                s[key] = count(noun, n, lang)
            if other:
                s["other_title"] = other["title"][lang]
                s["other_link"] = f"{other['slug']}.md" if r.random() < 0.7 or li else f"{other['slug']}.fr.md"
            slots.append(s)
        title_t = r.choice(C.TITLES)
        summary_t = r.choice(C.SUMMARIES)
        story = {
            "slug": slug, "date": date, "member": member["slug"], "tags": tags,
            "committee": committee,
            "title": {lang: fill(title_t[li], slots[li]) for li, lang in enumerate(LANGS)},
            "summary": {lang: fill(summary_t[li], slots[li]) for li, lang in enumerate(LANGS)},
        }
        story["body"] = story_bodies(i, r, member, other, slots)
        stories.append(story)
    return stories


def story_bodies(i, r, member, other, slots):
    """The Markdown bodies (fr, ar) of one story: one plan, two languages."""
    def pick(pool, k):
        return r.sample(range(len(pool)), min(k, len(pool)))

    plan = {
        "opener": r.randrange(len(C.INTRO_OPENERS)), "intro": sorted(pick(C.INTRO, 3)),
        "h_context": r.randrange(len(C.HEADINGS["context"])), "context": pick(C.CONTEXT, 4),
        "h_method": r.randrange(len(C.HEADINGS["method"])), "method": pick(C.METHOD, 3),
        "lead": r.randrange(len(C.METHOD_LEADS)), "bullets": pick(C.METHOD_BULLETS, r.randint(4, 6)),
        "h_results": r.randrange(len(C.HEADINGS["results"])), "results": pick(C.RESULTS, 4),
        "quote": r.randrange(len(C.QUOTES)),
        "h_challenges": r.randrange(len(C.HEADINGS["challenges"])), "challenges": pick(C.CHALLENGES, 3),
        "h_lessons": r.randrange(len(C.HEADINGS["lessons"])), "lessons": pick(C.LESSONS, r.randint(3, 5)),
        "outlook": r.randrange(len(C.OUTLOOK)), "see_also": r.randrange(len(C.SEE_ALSO)),
        "code_lead": r.randrange(len(C.CODE_LEADS)),
    }
    code = code_block(i, r, member) if i % 10 == 0 else None
    table = None
    if i % 5 == 2:
        mb = r.randint(25, 90)
        table = [(mb, r.randint(4, mb // 2)), (r.randint(20, 55), r.randint(60, 95)),
                 (r.randint(15, 60), r.randint(2, 14))]
    footnote = i % 7 == 3

    def render(li):
        s = slots[li]

        def para(pool, idxs):
            return " ".join(fill(pool[k][li], s) for k in idxs)

        def bullets(pool, idxs):
            items = [fill(pool[k][li], s) for k in idxs]
            end = " ;" if li == 0 else "؛"
            return "\n".join(f"- {t}{end if n < len(items) - 1 else '.'}" for n, t in enumerate(items))

        def heading(key, extra=""):
            return f"## {C.HEADINGS[key][plan['h_' + key]][li]}{extra}"

        parts = [fill(C.INTRO_OPENERS[plan["opener"]][li], s) + " " + para(C.INTRO, plan["intro"]),
                 heading("context"), para(C.CONTEXT, plan["context"]),
                 heading("method"), para(C.METHOD, plan["method"][:2]),
                 fill(C.METHOD_LEADS[plan["lead"]][li], s), bullets(C.METHOD_BULLETS, plan["bullets"])]
        if len(plan["method"]) > 2:
            parts.append(para(C.METHOD, plan["method"][2:]))
        parts.append(heading("results", " {#results}"))
        results = para(C.RESULTS, plan["results"][:2])
        if footnote:
            results += "[^1]"
        parts.append(results)
        if table:
            head = " | ".join(h[li] for h in C.TABLE_HEAD)
            rows = [f"| {C.TABLE_ROWS[k][li]} | {a} | {b} |" for k, (a, b) in enumerate(table)]
            parts.append("\n".join([f"| {head} |", "|---|---:|---:|"] + rows))
        if code:
            lang, body = code
            parts += [fill(C.CODE_LEADS[plan["code_lead"]][li], s), f"```{lang}\n{body}\n```"]
        parts.append("> " + C.QUOTES[plan["quote"]][li])
        if len(plan["results"]) > 2:
            parts.append(para(C.RESULTS, plan["results"][2:]))
        parts += [heading("challenges"), para(C.CHALLENGES, plan["challenges"]),
                  heading("lessons"), bullets(C.LESSONS, plan["lessons"])]
        closing = [fill(C.OUTLOOK[plan["outlook"]][li], s), fill(C.COMMITTEE_LINK[0][li], s)]
        if other:
            closing.append(fill(C.SEE_ALSO[plan["see_also"]][li], s))
        closing.append(fill(C.MEMBER_LINK[0][li], s))
        parts.append(" ".join(closing))
        if footnote:
            parts.append("[^1]: " + C.FOOTNOTE[li])
        return "\n\n".join(parts) + "\n"

    # Lengthen the story, a sentence at a time, until it reaches the target.
    pools = [("context", C.CONTEXT), ("results", C.RESULTS), ("method", C.METHOD),
             ("challenges", C.CHALLENGES), ("intro", C.INTRO)]
    turn = 0
    while True:
        bodies = [render(0), render(1)]
        words = sum(len(b.split()) for b in bodies) / 2
        if words >= WORD_TARGET:
            return bodies
        for _ in range(len(pools)):
            key, pool = pools[turn % len(pools)]
            turn += 1
            unused = [k for k in range(len(pool)) if k not in plan[key]]
            if unused:
                plan[key].append(r.choice(unused))
                break
        else:
            return bodies


def story_file(story, lang):
    li = LANGS.index(lang)
    fm = ["---", f"title: {q(story['title'][lang])}", f"date: {story['date'].isoformat()}",
          f"member: {story['member']}", f"summary: {q(story['summary'][lang])}",
          f"tags: [{', '.join(story['tags'])}]", f"committee: {story['committee']}",
          "sample: true", "---", ""]
    return "\n".join(fm) + "\n" + story["body"][li]


# --- datasets and deliverables --------------------------------------------------

def make_datasets(n, seed, members):
    out, slugs = [], set()
    for k in range(n):
        r = rng_for(seed, "dataset", k)
        member = members[(k * 7) % len(members)]
        kind = C.DATASET_KINDS[k % len(C.DATASET_KINDS)]
        year = 2019 + (k % 7)
        slug = f"{kind[0]}-{member['slug']}-{year}"
        while slug in slugs:
            slug += "-b"
        slugs.add(slug)
        s = [Slots(town=member["town"], town_ar=member["town_ar"], year=year, **town_forms(member["town"]))] * 2
        services = sorted(r.sample(["civil-status", "legalisation", "permits", "certificates"], r.randint(2, 3)))
        files = []
        for f_i in range(r.choice([1, 1, 2])):
            cols = kind[3]
            rows = [",".join(cols)]
            for mth in range(1, 13):
                for svc in services:
                    vals = []
                    for c in cols[2:]:
                        if "minutes" in c:
                            vals.append(str(r.randint(4, 60)))
                        else:
                            vals.append(str(r.randint(10, 5000)))
                    rows.append(",".join([f"{year}-{mth:02d}", svc] + vals))
            name = f"{kind[0]}-{year}.csv" if f_i == 0 else f"{kind[0]}-{year}-annexe.csv"
            files.append((name, "\n".join(rows) + "\n"))
        out.append({
            "slug": slug, "year": year, "files": files,
            "title": {"fr": fill(kind[1], s[0]), "ar": fill(kind[2], s[1])},
            "description": {"fr": fill(C.DATASET_DESC[0], s[0]), "ar": fill(C.DATASET_DESC[1], s[1])},
            "publisher": "federation" if k % 5 == 4 else member["slug"],
            "license": r.choice(["CC-BY-4.0", "CC-BY-4.0", "ODbL-1.0", "CC0-1.0"]),
            "keywords": kind[4] + [member["slug"]],
            "updated": dt.date(year + 1, 1, r.randint(5, 28)),
        })
    return out


def dataset_yaml(d):
    out = ["title:", f'  ar: {q(d["title"]["ar"])}', f'  fr: {q(d["title"]["fr"])}', "description:"]
    for lang in ("ar", "fr"):
        out.append(f"  {lang}: |")
        out += [f"    {line}" if line else "" for line in d["description"][lang].split("\n")]
    out += [f'publisher: {d["publisher"]}', f'license: {d["license"]}',
            f'keywords: [{", ".join(d["keywords"])}]', f'updated: {d["updated"].isoformat()}',
            "frequency: monthly",
            f'temporal: {{ start: {d["year"]}-01-01, end: {d["year"]}-12-31 }}', "resources:"]
    for name, _ in d["files"]:
        out += [f"  - file: {name}", "    title:", f'      ar: {q("الملفّ " + name)}',
                f'      fr: {q("Fichier " + name)}']
    out.append("sample: true")
    return "\n".join(out) + "\n"


def make_deliverables(n, seed, members, inputs):
    kinds = list(C.DELIVERABLE_KINDS)
    out, slugs = [], set()
    for k in range(n):
        r = rng_for(seed, "deliverable", k)
        kind = kinds[k % len(kinds)]
        topic = C.TOPICS[(k * 11) % len(C.TOPICS)]
        slug = f"{kind}-{topic[0]}"
        if slug in slugs:
            slug = f"{slug}-{k}"
        slugs.add(slug)
        x = r.random()
        status = "published" if x < 0.6 else "in-progress" if x < 0.85 else "planned"
        due = random_date(r, dt.date(2020, 1, 1), dt.date(2027, 12, 31))
        published = None
        if status == "published":
            due = min(due, LAST_DAY)
            published = max(FIRST_DAY, due - dt.timedelta(days=r.randint(0, 60)))
        committee = topic[4] if topic[4] in inputs.committees else sorted(inputs.committees)[0]
        ts = topic_slots(topic)
        s = [Slots(ts[0], year=due.year), Slots(ts[1], year=due.year)]
        title_t = C.DELIVERABLE_KINDS[kind]
        out.append({
            "slug": slug, "kind": kind, "status": status, "due": due, "published": published,
            "committee": committee,
            "members": sorted(m["slug"] for m in r.sample(members, min(len(members), r.randint(2, 4)))),
            "title": {"fr": fill(title_t[0], s[0]), "ar": fill(title_t[1], s[1])},
            "summary": {"fr": fill(C.DELIVERABLE_SUMMARY[0], s[0]), "ar": fill(C.DELIVERABLE_SUMMARY[1], s[1])},
        })
    return out


def deliverable_yaml(d):
    out = ["title:", f'  ar: {q(d["title"]["ar"])}', f'  fr: {q(d["title"]["fr"])}',
           "summary:", f'  ar: {q(d["summary"]["ar"])}', f'  fr: {q(d["summary"]["fr"])}',
           f'committee: {d["committee"]}', f'kind: {d["kind"]}', f'status: {d["status"]}',
           f'due: {d["due"].isoformat()}']
    if d["published"]:
        out.append(f'published: {d["published"].isoformat()}')
    out += [f'members: [{", ".join(d["members"])}]']
    if d["published"]:
        # Published promises something to read: a file or a link.
        out.append(f'link: https://example.tn/livrables/{d["slug"]}')
    out.append("sample: true")
    return "\n".join(out) + "\n"


def portable_pages(folder):
    """The shipped pages whose links all resolve in the synthetic site: links to
    other pages only (shipped members, stories ... do not exist there)."""
    files = {}
    for p in sorted(folder.iterdir()):
        m = re.fullmatch(r"([a-z0-9-]+)\.([a-z]{2,3})\.md", p.name)
        if p.is_file() and m:
            files.setdefault(m.group(1), []).append(p)
    links = {}
    for slug, paths in files.items():
        targets = set()
        for p in paths:
            for dest in re.findall(r"\]\(([^)\s]+)", p.read_text("utf-8")):
                dest = dest.split("#")[0]
                if not dest or re.match(r"[a-z]+:", dest):
                    continue
                m = re.fullmatch(r"(?:\.\./pages/)?([a-z0-9-]+)(?:\.[a-z]{2,3})?\.md", dest)
                targets.add(m.group(1) if m else None)
            # A page of a section needs the page leading it.
            section = re.search(r"(?m)^section:\s*([a-z0-9-]+)\s*$", p.read_text("utf-8"))
            if section:
                targets.add(section.group(1))
        links[slug] = targets
    keep = set(files)
    while True:
        drop = {s for s in keep if any(t is None or t not in keep for t in links[s])}
        if not drop:
            break
        keep -= drop
    return [p for slug in sorted(keep) for p in files[slug]]


def tags_yaml():
    width = max(len(k) for k, _, _ in C.TAGS) + 1
    lines = ["# Labels for story tags (synthetic benchmark site: 40 tags)."]
    for key, ar, fr in C.TAGS:
        lines.append(f"{(key + ':').ljust(width)} {{ ar: {q(ar)}, fr: {q(fr)} }}")
    return "\n".join(lines) + "\n"


def site_yaml(inputs, per_page):
    text = (inputs.content / "site.yaml").read_text("utf-8")
    line = f"stories_per_page: {per_page}"
    if re.search(r"^stories_per_page:.*$", text, re.M):
        text = re.sub(r"^stories_per_page:.*$", line, text, flags=re.M)
    else:
        text = text.rstrip("\n") + "\n" + line + "\n"
    return "# Synthetic benchmark site, generated by benches/gen_site.py.\n" + text


# --- writing ------------------------------------------------------------------------

class Writer:
    def __init__(self, root):
        self.root = Path(root)
        self.files = 0
        self.bytes = 0

    def write(self, rel, text):
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8") if isinstance(text, str) else text
        path.write_bytes(data)
        self.files += 1
        self.bytes += len(data)


def prepare_dir(out):
    out = Path(out)
    if out.exists():
        if not (out / MARKER).exists() and any(out.iterdir()):
            sys.exit(f"gen_site: {out} exists and was not made by gen_site.py; not touching it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    return out


def stamp(args, inputs):
    gen = hashlib.sha256()
    for f in ("gen_site.py", "corpus.py", "hugo_twin.py"):
        p = Path(__file__).resolve().parent / f
        if p.exists():
            gen.update(p.read_bytes())
    return {"generator_version": GENERATOR_VERSION, "generator": gen.hexdigest()[:16],
            "members": args.members, "stories": args.stories, "seed": args.seed,
            "inputs": inputs.digest()}


def build_model(args, inputs):
    members = make_members(args.members, args.seed, inputs)
    stories = make_stories(args.stories, args.seed, members, inputs)
    datasets = make_datasets(max(3, args.members // 25), args.seed, members)
    deliverables = make_deliverables(max(6, args.members // 10), args.seed, members, inputs)
    return members, stories, datasets, deliverables


def write_fadaa(out, model, inputs, st):
    members, stories, datasets, deliverables = model
    out = prepare_dir(out)
    w = Writer(out)
    c = inputs.content
    w.write("content/site.yaml", site_yaml(inputs, 20))
    for name in ("governorates.yaml", "committees.yaml", "services.yaml"):
        w.write(f"content/{name}", (c / name).read_bytes())
    w.write("content/tags.yaml", tags_yaml())
    for p in portable_pages(c / "pages"):
        w.write(f"content/pages/{p.name}", p.read_bytes())
    for m in members:
        w.write(f"content/members/{m['slug']}.yaml", member_yaml(m))
    for s in stories:
        for lang in ("ar", "fr"):
            w.write(f"content/stories/{s['slug']}.{lang}.md", story_file(s, lang))
    for d in datasets:
        w.write(f"content/datasets/{d['slug']}/dataset.yaml", dataset_yaml(d))
        for name, text in d["files"]:
            w.write(f"content/datasets/{d['slug']}/{name}", text)
    for d in deliverables:
        w.write(f"content/deliverables/{d['slug']}.yaml", deliverable_yaml(d))
    shutil.copytree(inputs.themes, out / "themes")
    w.write(MARKER, json.dumps(st, indent=2, sort_keys=True) + "\n")
    return w


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--preset", choices=sorted(PRESETS), help="1k, 10k or 50k")
    ap.add_argument("--members", type=int, help="number of members (overrides the preset)")
    ap.add_argument("--stories", type=int, help="number of stories (overrides the preset)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="site folder to write (replaced if it was generated before)")
    ap.add_argument("--hugo", help="also write the equivalent Hugo site into this folder")
    ap.add_argument("--themes", default=str(REPO / "themes"),
                    help="themes folder to copy into the site (default: the repository's)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    pm, ps = PRESETS.get(args.preset, (None, None))
    args.members = args.members if args.members is not None else pm
    args.stories = args.stories if args.stories is not None else ps
    if args.members is None or args.stories is None:
        ap.error("give --preset, or both --members and --stories")
    if args.members < 2:
        ap.error("--members must be at least 2")
    if not args.out and not args.hugo:
        ap.error("give --out and/or --hugo")
    inputs = Inputs(args.themes)
    st = stamp(args, inputs)
    model = build_model(args, inputs)
    if args.out:
        w = write_fadaa(args.out, model, inputs, st)
        if not args.quiet:
            print(f"fadaa site: {args.out}: {args.members} members, {args.stories} stories "
                  f"(x2 languages), {len(model[2])} datasets, {len(model[3])} deliverables; "
                  f"{w.files} files, {w.bytes / 1e6:.1f} MB")
    if args.hugo:
        import hugo_twin
        w = hugo_twin.write(args.hugo, model, inputs, st)
        if not args.quiet:
            print(f"hugo site: {args.hugo}: {w.files} files, {w.bytes / 1e6:.1f} MB")
    if not args.quiet:
        words = [len(s["body"][li].split()) for s in model[1] for li in (0, 1)]
        if words:
            fr = [len(s["body"][0].split()) for s in model[1]]
            ar = [len(s["body"][1].split()) for s in model[1]]
            print(f"story words: French mean {sum(fr) / len(fr):.0f}, Arabic mean {sum(ar) / len(ar):.0f}")


if __name__ == "__main__":
    main()
