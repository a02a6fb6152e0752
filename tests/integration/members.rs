//! The member directory: map, hours, JSON-LD and open data.

use crate::support::TestSite;

#[test]
fn directory_has_the_map_with_one_link_per_member_and_open_data_links() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let html = site.read("fr/members/index.html");
    assert_eq!(
        html.matches("<a class=\"map-marker\"").count(),
        2,
        "one member, one marker link in each drawing (narrow and wide screens)"
    );
    assert!(
        html.contains(
            "href=\"#m-sfax\" data-member=\"sfax\" data-members=\"sfax\" aria-label=\"Commune de Sfax\""
        ),
        "the marker leads to the card: {html}"
    );
    assert!(html.contains("<li id=\"m-sfax\">"));
    assert!(
        html.contains("data-names=\"بلدية صفاقس | Commune de Sfax | صفاقس | Sfax | Sfaks\""),
        "the filter reads the names in every language and the aliases"
    );
    assert!(html.contains("class=\"gov fill-1\" data-gov=\"sfax\""));
    assert!(html.contains("href=\"/open-data/members.geojson\""));
    assert!(
        html.contains("<form class=\"filters\" id=\"member-filters\" hidden"),
        "filters only appear with JS"
    );
    assert!(site
        .read("ar/members/index.html")
        .contains("aria-label=\"بلدية صفاقس\""));
}

#[test]
fn member_page_has_hours_table_locator_and_json_ld() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let fr = site.read("fr/members/sfax/index.html");
    assert!(fr.contains("<caption>Horaires habituels</caption>"), "{fr}");
    assert!(fr.contains(
        "<th scope=\"row\">samedi</th><td><span class=\"time\" dir=\"ltr\">08:00–12:00</span></td>"
    ));
    assert!(fr.contains("<th scope=\"row\">dimanche</th><td>Fermé</td>"));
    assert!(fr.contains("href=\"tel:+21674000000\""));
    let start = fr
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = start + fr[start..].find("</script>").unwrap();
    let ld: serde_json::Value = serde_json::from_str(&fr[start..end]).unwrap();
    assert_eq!(ld["@type"], "GovernmentOffice");
    assert_eq!(ld["geo"]["latitude"], 34.7406);
    assert_eq!(ld["address"]["addressRegion"], "Sfax");
    let specs = ld["openingHoursSpecification"].as_array().unwrap();
    assert_eq!(specs.len(), 6, "Mo-Fr and Sa");
    assert_eq!(specs[5]["dayOfWeek"], "https://schema.org/Saturday");
    assert_eq!(specs[5]["closes"], "12:00");
    let ar = site.read("ar/members/sfax/index.html");
    assert!(ar.contains("<th scope=\"row\">السبت</th>"));
    assert!(
        ar.contains("class=\"map-marker is-current\""),
        "locator marks the member"
    );
}

#[test]
fn open_data_files_parse_back_to_the_members() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    let text = site.read("open-data/members.csv");
    let mut csv = csv::Reader::from_reader(text.as_bytes());
    let headers = csv.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    let get = |name: &str| {
        rows[0]
            .get(headers.iter().position(|h| h == name).unwrap())
            .unwrap()
            .to_string()
    };
    assert_eq!(get("name_ar"), "بلدية صفاقس");
    assert_eq!(get("name_fr"), "Commune de Sfax");
    assert_eq!(get("lat"), "34.7406");
    assert_eq!(get("opening_hours"), "Mo-Fr 08:00-17:00; Sa 08:00-12:00");
    assert_eq!(get("services"), "civil-status;complaints");
    let geo: serde_json::Value =
        serde_json::from_str(&site.read("open-data/members.geojson")).unwrap();
    assert_eq!(geo["type"], "FeatureCollection");
    assert_eq!(
        geo["features"][0]["geometry"]["coordinates"],
        serde_json::json!([10.7603, 34.7406]),
        "RFC 7946: lon, lat"
    );
    assert_eq!(
        geo["features"][0]["properties"]["name"]["fr"],
        "Commune de Sfax"
    );
    let json: serde_json::Value =
        serde_json::from_str(&site.read("open-data/members.json")).unwrap();
    assert_eq!(json[0]["governorate"]["name"]["ar"], "صفاقس");
    let schema: serde_json::Value =
        serde_json::from_str(&site.read("open-data/members.schema.json")).unwrap();
    let names: Vec<&str> = schema["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        headers.iter().collect::<Vec<_>>(),
        "the schema describes every column, in order"
    );
}

#[test]
fn a_member_outside_its_governorate_is_a_warning() {
    let site = TestSite::fixture("mini");
    site.write(
        "content/members/sfax.yaml",
        "name: Sfax\ngovernorate: tunis\nlocation: { lat: 34.7406, lon: 10.7603 }\nstatus: operational\n",
    );
    let report = site.build_ok();
    let w = report
        .warnings
        .iter()
        .find(|w| w.message.to_string().contains("not in the governorate"))
        .expect("warning");
    assert_eq!(w.to_string(), "content/members/sfax.yaml:3:1: warning: the location is not in the governorate `tunis`\n  help: the point lies in `sfax`: check the coordinates or the governorate");
}

#[test]
fn two_members_with_one_name_are_an_error() {
    let site = TestSite::fixture("mini");
    site.write(
        "content/members/sfax-2.yaml",
        "name: { ar: \"بلدية صفاقس\", fr: \"Commune de Sfax 2\" }\ngovernorate: sfax\nlocation: { lat: 34.74, lon: 10.76 }\nstatus: planned\n",
    );
    let errors = site.build_err();
    assert_eq!(errors[0].to_string().lines().next().unwrap(), "content/members/sfax-2.yaml:1:1: error: `بلدية صفاقس` is already the name of the member `sfax` (ar)");
}

/// The story links of the member page's "stories" section, in order.
fn member_story_links(html: &str) -> Vec<String> {
    let start = html
        .find("id=\"member-stories\"")
        .expect("a stories section");
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    section
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .filter(|href| href.contains("/stories/"))
        .map(String::from)
        .collect()
}

#[test]
fn member_page_lists_its_published_stories_newest_first() {
    let site = TestSite::fixture("mini");
    site.build_ok();
    for lang in ["fr", "ar"] {
        let html = site.read(&format!("{lang}/members/sfax/index.html"));
        let expected: Vec<String> = ["queue", "only-french", "old"]
            .iter()
            .map(|slug| format!("/{lang}/stories/{slug}/"))
            .collect();
        assert_eq!(member_story_links(&html), expected, "{lang}");
    }
}
