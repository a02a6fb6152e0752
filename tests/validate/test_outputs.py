"""The shipped site's machine-readable outputs, checked by the tools that
read them in the real world: a feed reader's parser (feedparser), the
Frictionless validator (frictionless), an RDF parser for the DCAT catalog
(rdflib) and the European DCAT-AP 3 shapes that portals validate it with
(pyshacl), and XML parsers for the sitemap."""

import json
import os
import pathlib
import subprocess
import xml.dom.minidom

import feedparser
import pyshacl
import pytest
import rdflib
from frictionless import validate

REPO = pathlib.Path(__file__).resolve().parents[2]
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
SHAPES = pathlib.Path(__file__).resolve().parent / "shapes"


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "public"
    binary = os.environ.get("FADAA_BIN", str(REPO / "target/debug/fadaa"))
    subprocess.run([binary, "build", "--root", str(REPO), "--output", str(out)], check=True, capture_output=True)
    return out


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_atom_feed_is_read_by_a_feed_parser(site, lang):
    path = site / lang / "atom.xml"
    xml.dom.minidom.parse(str(path))
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title
    assert len(feed.entries) >= 8
    for entry in feed.entries:
        assert entry.title and entry.id and entry.updated
        assert entry.link.startswith("https://reseau-espace-citoyen.example.tn/")
        assert entry.content[0].value


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_every_tag_and_member_feed_is_read_by_a_feed_parser_and_linked(site, lang):
    feeds = sorted((site / lang / "tags").glob("*/atom.xml")) + sorted(
        (site / lang / "members").glob("*/atom.xml")
    )
    assert len(feeds) >= 10, feeds
    for path in feeds:
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        assert feed.version == "atom10"
        assert feed.entries, path
        page = path.parent / "index.html"
        html = page.read_text()
        # The page beside it names the feed, in its head and visibly.
        href = "/" + str(path.relative_to(site))
        assert f'rel="alternate" type="application/atom+xml" href="{href}"' in html, page
        assert f'class="feed-link"><a href="{href}"' in html, page


def test_every_data_package_is_valid_frictionless(site):
    packages = sorted((site / "data").glob("*/datapackage.json"))
    assert len(packages) == 2
    for package in packages:
        report = validate(str(package))
        assert report.valid, report.flatten(["type", "note"])


def test_dcat_catalog_is_rdf_with_datasets_and_distributions(site):
    graph = rdflib.Graph()
    graph.parse(str(site / "open-data/catalog.jsonld"), format="json-ld")
    catalogs = list(graph.subjects(rdflib.RDF.type, DCAT.Catalog))
    assert len(catalogs) == 1
    datasets = list(graph.subjects(rdflib.RDF.type, DCAT.Dataset))
    assert len(datasets) == 3, "two datasets and the member directory"
    for dataset in datasets:
        for text in (DCT.title, DCT.description):
            by_lang = {t.language: str(t) for t in graph.objects(dataset, text)}
            assert by_lang.get("ar") and by_lang.get("fr"), (dataset, text, by_lang)
        assert graph.value(dataset, DCT.license) is not None
        assert list(graph.objects(dataset, DCAT.distribution))
    for distribution in graph.subjects(rdflib.RDF.type, DCAT.Distribution):
        assert graph.value(distribution, DCAT.downloadURL) is not None
        assert graph.value(distribution, DCAT.mediaType) is not None


# DCAT-AP 3.0.1 as published (dcat-ap-3/README.md says what it covers), then
# fadaa's check of the controlled vocabularies DCAT-AP names but ships no
# SHACL for.
@pytest.mark.parametrize("shapes", ["dcat-ap-3/dcat-ap-SHACL.ttl", "fadaa-vocabularies.ttl"])
def test_dcat_catalog_conforms_to_dcat_ap_3(site, shapes):
    data = rdflib.Graph().parse(str(site / "open-data/catalog.jsonld"), format="json-ld")
    shapes_graph = rdflib.Graph().parse(str(SHAPES / shapes), format="turtle")
    # An empty or truncated shapes file would conform to anything.
    assert len(set(shapes_graph.subjects(rdflib.RDF.type, SH.NodeShape))) >= 4
    conforms, report, text = pyshacl.validate(data, shacl_graph=shapes_graph)
    results = len(set(report.subjects(rdflib.RDF.type, SH.ValidationResult)))
    assert conforms, f"{results} results against {shapes}:\n{text}"


def test_members_geojson_is_rfc7946(site):
    data = json.loads((site / "open-data/members.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) >= 12
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        lon, lat = feature["geometry"]["coordinates"]
        assert 7.5 <= lon <= 11.7 and 30.2 <= lat <= 37.6, "longitude first, then latitude"


def test_sitemap_is_xml_with_alternates(site):
    doc = xml.dom.minidom.parse(str(site / "sitemap.xml"))
    urls = doc.getElementsByTagName("url")
    assert len(urls) >= 100
    for url in urls:
        links = url.getElementsByTagName("xhtml:link")
        assert sorted(l.getAttribute("hreflang") for l in links) == ["ar", "fr", "x-default"]
