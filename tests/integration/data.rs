//! The open-data catalog: files published as UTF-8 whatever they arrived
//! in, hashes of what is published, previews, data packages and DCAT.

use crate::support::TestSite;
use sha2::{Digest, Sha256};

const CSV: &str = "content/datasets/requests/requests.csv";

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn csv_in_windows_1256_bom_or_utf16_is_published_as_utf8_and_said() {
    // "الشهر,الطلبات\nجانفي,120\n" in Windows-1256.
    let cp1256: &[u8] =
        b"\xc7\xe1\xd4\xe5\xd1,\xc7\xe1\xd8\xe1\xc8\xc7\xca\n\xcc\xc7\xe4\xdd\xed,120\n";
    let utf16: Vec<u8> = [
        &[0xff, 0xfe][..],
        &"mois,demandes\njanvier,120\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect::<Vec<_>>(),
    ]
    .concat();
    let cases: [(&[u8], &str, &str); 4] = [
        (
            b"month,requests\n2023-01,120\n",
            "month,requests\n2023-01,120\n",
            "",
        ),
        (
            b"\xef\xbb\xbfmonth,requests\n2023-01,120\n",
            "month,requests\n2023-01,120\n",
            "removed the byte-order mark (BOM) at the start of the file",
        ),
        (
            cp1256,
            "الشهر,الطلبات\nجانفي,120\n",
            "converted from Windows-1256 (Arabic Windows) to UTF-8",
        ),
        (
            &utf16,
            "mois,demandes\njanvier,120\n",
            "converted from UTF-16LE to UTF-8",
        ),
    ];
    for (input, published, note) in cases {
        let site = TestSite::fixture("mini");
        site.write_bytes(CSV, input);
        let report = site.build_ok();
        assert_eq!(site.read("data/requests/requests.csv"), published);
        let notes: Vec<String> = report.warnings.iter().map(|d| d.to_string()).collect();
        if note.is_empty() {
            assert!(notes.is_empty(), "{notes:?}");
        } else {
            assert_eq!(notes, [format!("{CSV}: note: {note}")]);
        }
        let page = site.read("fr/data/requests/index.html");
        assert!(
            page.contains(&sha256(published.as_bytes())),
            "the page shows the hash of the published file"
        );
        let package: serde_json::Value =
            serde_json::from_str(&site.read("data/requests/datapackage.json")).unwrap();
        assert_eq!(package["resources"][0]["bytes"], published.len());
        assert_eq!(
            package["resources"][0]["hash"],
            format!("sha256:{}", sha256(published.as_bytes()))
        );
    }
}

#[test]
fn a_csv_that_does_not_parse_is_a_diagnostic_with_its_line() {
    let site = TestSite::fixture("mini");
    site.write(CSV, "month,requests\n2023-01,120\n2023-02\n");
    let errors = site.build_err();
    assert_eq!(
        errors[0].to_string().lines().next().unwrap(),
        format!("{CSV}:3:1: error: this row has 1 fields but the header has 2")
    );
}

#[test]
fn dataset_page_previews_the_table_with_numbers_aligned() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let ar = site.read("ar/data/requests/index.html");
    // Columns without a title show their name, left to right.
    assert!(ar.contains("<thead><tr><th scope=\"col\"><span dir=\"ltr\">month</span></th><th scope=\"col\"><span dir=\"ltr\">requests</span></th></tr></thead>"), "{ar}");
    assert!(ar.contains(
        "<td dir=\"auto\">2023-01</td><td class=\"num\"><bdi dir=\"ltr\">120</bdi></td>"
    ));
    let fr = site.read("fr/data/requests/index.html");
    assert!(fr.contains("2 premières lignes sur 2"), "{fr}");
    let start = fr.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let ld: serde_json::Value =
        serde_json::from_str(&fr[start..start + fr[start..].find("</script>").unwrap()]).unwrap();
    assert_eq!(ld["@type"], "Dataset");
    assert_eq!(
        ld["license"],
        "https://creativecommons.org/licenses/by/4.0/"
    );
    assert_eq!(
        ld["distribution"][0]["contentUrl"],
        "https://example.tn/data/requests/requests.csv"
    );
}

#[test]
fn datapackage_has_an_inferred_table_schema() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let p: serde_json::Value =
        serde_json::from_str(&site.read("data/requests/datapackage.json")).unwrap();
    assert_eq!(p["name"], "requests");
    assert_eq!(p["licenses"][0]["name"], "CC-BY-4.0");
    let r = &p["resources"][0];
    assert_eq!(r["path"], "requests.csv");
    assert_eq!(r["profile"], "tabular-data-resource");
    assert_eq!(r["encoding"], "utf-8");
    assert_eq!(
        r["schema"]["fields"],
        serde_json::json!([{ "name": "month", "type": "string" }, { "name": "requests", "type": "integer" }])
    );
}

#[test]
fn dcat_catalog_lists_every_dataset_and_the_directory() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let c: serde_json::Value =
        serde_json::from_str(&site.read("open-data/catalog.jsonld")).unwrap();
    assert_eq!(c["@type"], "dcat:Catalog");
    assert_eq!(c["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    let datasets = c["dcat:dataset"].as_array().unwrap();
    assert_eq!(datasets.len(), 2, "the dataset and the member directory");
    let d = &datasets[0];
    for key in [
        "@id",
        "dct:title",
        "dct:description",
        "dct:publisher",
        "dct:license",
        "dct:modified",
        "dcat:distribution",
    ] {
        assert!(!d[key].is_null(), "{key} in {d}");
    }
    assert_eq!(
        d["dct:title"][0],
        serde_json::json!({ "@value": "الطلبات", "@language": "ar" })
    );
    let dist = &d["dcat:distribution"][0];
    assert_eq!(
        dist["dcat:downloadURL"]["@id"],
        "https://example.tn/data/requests/requests.csv"
    );
    // DCAT-AP 3: vocabulary values are IRIs, with the class DCAT-AP checks
    // (tests/validate runs the full DCAT-AP shapes on the shipped site).
    assert_eq!(
        dist["dcat:mediaType"],
        serde_json::json!({ "@id": "https://www.iana.org/assignments/media-types/text/csv", "@type": "dct:MediaType" })
    );
    assert_eq!(
        dist["dct:format"]["@id"],
        "http://publications.europa.eu/resource/authority/file-type/CSV"
    );
    assert_eq!(
        dist["spdx:checksum"]["spdx:checksumValue"]["@type"],
        "xsd:hexBinary"
    );
    assert_eq!(datasets[1]["dct:identifier"], "members");
    assert_eq!(
        datasets[1]["dcat:distribution"][1]["dcat:downloadURL"]["@id"],
        "https://example.tn/open-data/members.geojson"
    );
    for key in ["dct:description", "dct:publisher"] {
        assert!(!datasets[1][key].is_null(), "{key} in the directory");
    }
    assert!(!c["dct:publisher"].is_null(), "the catalog has a publisher");
}

#[test]
fn a_frequency_outside_the_eu_vocabulary_is_a_warning_and_left_out_of_dcat() {
    let site = TestSite::fixture("mini");
    let yaml = site.source("content/datasets/requests/dataset.yaml");
    site.write(
        "content/datasets/requests/dataset.yaml",
        &format!("{yaml}frequency: monthy\n"),
    );
    let report = site.build_ok();
    let warnings: Vec<String> = report.warnings.iter().map(|d| d.to_string()).collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("`monthy` is not an update frequency") && w.contains("monthly")),
        "{warnings:?}"
    );
    let c: serde_json::Value =
        serde_json::from_str(&site.read("open-data/catalog.jsonld")).unwrap();
    assert!(c["dcat:dataset"][0]["dct:accrualPeriodicity"].is_null());

    site.write(
        "content/datasets/requests/dataset.yaml",
        &format!("{yaml}frequency: biannual\n"),
    );
    let report = site.build_ok();
    assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    let c: serde_json::Value =
        serde_json::from_str(&site.read("open-data/catalog.jsonld")).unwrap();
    assert_eq!(
        c["dcat:dataset"][0]["dct:accrualPeriodicity"]["@id"],
        "http://publications.europa.eu/resource/authority/frequency/ANNUAL_2"
    );
}

const DATASET_IN_TWO_LANGUAGES: &str = "title: { ar: \"الطلبات\", fr: \"Demandes\" }
publisher: sfax
license: CC-BY-4.0
keywords: { ar: [طلبات], fr: [demandes] }
updated: 2024-03-01
resources:
  - file: requests.csv
    fields:
      - name: month
        title: { ar: \"الشهر\", fr: \"Mois\" }
      - name: service
        title: { ar: \"الخدمة\", fr: \"Service\" }
        values: services
      - name: requests
        title: { ar: \"الطلبات\", fr: \"Demandes\" }
        description: { ar: \"عدد الطلبات.\", fr: \"Nombre de demandes.\" }
    chart: { x: month, y: requests }
";

#[test]
fn a_dataset_speaks_the_readers_language_columns_keys_keywords_and_chart() {
    let site = TestSite::fixture("mini");
    site.write(
        "content/datasets/requests/requests.csv",
        "month,service,requests\n2023-01,civil-status,120\n2023-01,complaints,30\n2023-02,civil-status,135\n",
    );
    site.write(
        "content/datasets/requests/dataset.yaml",
        DATASET_IN_TWO_LANGUAGES,
    );
    site.build_ok();
    let ar = site.read("ar/data/requests/index.html");
    let fr = site.read("fr/data/requests/index.html");
    // Column titles in the header, and the key civil-status shown as its
    // label from services.yaml.
    assert!(
        fr.contains("<th scope=\"col\"><span>Mois</span></th>"),
        "{fr}"
    );
    let label = |lang: &str| {
        let services = std::fs::read_to_string(site.root.join("content/services.yaml")).unwrap();
        let line = services
            .lines()
            .find(|l| l.starts_with("civil-status"))
            .unwrap()
            .to_string();
        let at = line.find(&format!("{lang}: \"")).unwrap() + lang.len() + 3;
        line[at..at + line[at..].find('"').unwrap()].to_string()
    };
    assert!(
        fr.contains(&format!("<td dir=\"auto\">{}</td>", label("fr"))),
        "{fr}"
    );
    assert!(
        ar.contains(&format!("<td dir=\"auto\">{}</td>", label("ar"))),
        "{ar}"
    );
    assert!(!fr.contains("<td dir=\"auto\">civil-status</td>"));
    // What each column means, in the reader's language.
    assert!(ar.contains("عدد الطلبات."));
    assert!(fr.contains("Nombre de demandes."));
    // Keywords of the reader's language only.
    assert!(fr.contains("<li>demandes</li>") && !fr.contains("<li>طلبات</li>"));
    // The chart: months named in the reader's language (Maghreb names in
    // Arabic), totals per month, the longest bar full.
    assert!(ar.contains("<th scope=\"row\">جانفي</th>"), "{ar}");
    assert!(fr.contains("<th scope=\"row\">janvier</th>"), "{fr}");
    assert!(
        fr.contains("<bdi dir=\"ltr\">150</bdi>"),
        "120 + 30 in January"
    );
    assert!(
        fr.contains("<rect x=\"0\" y=\"0\" width=\"100\""),
        "January is the largest"
    );
    assert!(ar.contains("<rect x=\"0\" y=\"0\" width=\"100\""));
    // February, 135 of 150: in Arabic the bar grows from the right.
    assert!(ar.contains("<rect x=\"10\" y=\"0\" width=\"90\""), "{ar}");
    assert!(fr.contains("<rect x=\"0\" y=\"0\" width=\"90\""));
    // The data package carries titles and descriptions; DCAT tags keywords.
    let package = site.read("data/requests/datapackage.json");
    assert!(package.contains("\"title\": \"الشهر\""), "{package}");
    let catalog = site.read("open-data/catalog.jsonld");
    assert!(catalog.contains("\"@language\": \"fr\""));
}

#[test]
fn a_column_the_file_lacks_or_a_chart_of_text_is_an_error_with_the_columns() {
    let site = TestSite::fixture("mini");
    site.write(
        "content/datasets/requests/requests.csv",
        "month,service,requests\n2023-01,civil-status,120\n",
    );
    site.write(
        "content/datasets/requests/dataset.yaml",
        &DATASET_IN_TWO_LANGUAGES
            .replace("- name: service", "- name: servise")
            .replace("y: requests", "y: month"),
    );
    let errors: Vec<String> = site
        .build_err()
        .iter()
        .map(|d| d.message.text(fadaa::messages::Locale::En))
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e == "`servise` is not a column of requests.csv"),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e == "the chart's column `month` does not hold numbers"),
        "{errors:?}"
    );
}
