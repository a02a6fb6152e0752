//! Service pages: one per key of services.yaml, the sheet's fields, the
//! members that offer it with their own exceptions, JSON-LD, and the
//! member's page linking each service to its sheet.

use crate::support::TestSite;

const SHEET: &str = "summary: { ar: \"استخراج مضمون ولادة\", fr: \"Extrait de naissance\" }
who: { ar: \"صاحب الرسم\", fr: \"La personne concernée\" }
documents:
  - { ar: \"بطاقة التعريف\", fr: \"La carte d’identité\" }
fee: 1.5
delay: { ar: \"فوريًّا\", fr: \"Immédiat\" }
legal: { ar: \"القانون عدد 3 لسنة 1957\", fr: \"Loi n° 57-3\" }
";

fn site() -> TestSite {
    let site = TestSite::fixture("mini");
    site.write("content/services/civil-status.yaml", SHEET);
    let member = site.source("content/members/sfax.yaml").replace(
        "sample: true",
        "service_notes:\n  - service: civil-status\n    fee: 2\n    documents: [{ ar: \"صورة\", fr: \"Une photo\" }]\nsample: true",
    );
    site.write("content/members/sfax.yaml", &member);
    site
}

fn json_ld(html: &str) -> serde_json::Value {
    let start = html
        .find("<script type=\"application/ld+json\">")
        .expect("JSON-LD")
        + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).unwrap()
}

#[test]
fn every_service_has_a_page_and_a_sheet_shows_its_fields() {
    let site = site();
    site.build_ok();
    let list = site.read("fr/services/index.html");
    assert!(
        list.contains("href=\"/fr/services/civil-status/\""),
        "{list}"
    );
    assert!(
        list.contains("href=\"/fr/services/complaints/\""),
        "a service without a sheet is listed too"
    );
    let fr = site.read("fr/services/civil-status/index.html");
    assert!(fr.contains("<li>La carte d’identité</li>"), "{fr}");
    assert!(
        fr.contains("1,500\u{a0}DT") || fr.contains("1,500 DT"),
        "dinars and millimes: {fr}"
    );
    assert!(fr.contains("Loi n°"), "{fr}");
    let ar = site.read("ar/services/civil-status/index.html");
    assert!(ar.contains("1.500 د.ت"), "{ar}");
    let bare = site.read("fr/services/complaints/index.html");
    assert!(bare.contains("n’est pas encore rédigée"), "{bare}");
    assert!(
        bare.contains("href=\"/fr/members/sfax/\""),
        "the members that offer it"
    );
}

#[test]
fn the_service_page_lists_its_spaces_on_a_map_with_their_exceptions() {
    let site = site();
    site.build_ok();
    let fr = site.read("fr/services/civil-status/index.html");
    assert!(fr.contains("<li id=\"m-sfax\">"), "{fr}");
    assert!(
        fr.contains("class=\"map\""),
        "the map of the spaces that offer it"
    );
    assert!(fr.contains("2 dinars"), "Sfax's own fee: {fr}");
    assert!(fr.contains("Une photo"), "Sfax's extra document");
    let ld = json_ld(&fr);
    assert_eq!(ld["@type"], "GovernmentService");
    assert_eq!(ld["offers"]["price"], "1.500");
    assert_eq!(ld["offers"]["priceCurrency"], "TND");
    assert_eq!(
        ld["availableChannel"][0]["serviceLocation"]["url"],
        "https://example.tn/fr/members/sfax/"
    );
}

#[test]
fn a_member_page_links_each_service_to_its_sheet_with_the_usual_fee_beside_its_own() {
    let site = site();
    site.build_ok();
    let fr = site.read("fr/members/sfax/index.html");
    assert!(
        fr.contains("<a href=\"/fr/services/civil-status/\">État civil</a>"),
        "{fr}"
    );
    assert!(fr.contains("<a href=\"/fr/services/complaints/\">Réclamations</a>"));
    let note = &fr[fr.find("details-note").expect("the exception")..];
    assert!(note.contains("2 dinars"), "{note}");
    assert!(note.contains("1,500"), "the sheet's fee beside it: {note}");
}

#[test]
fn a_note_about_a_service_the_member_does_not_offer_is_an_error() {
    let site = site();
    let member = site
        .source("content/members/sfax.yaml")
        .replace("  - service: civil-status", "  - service: permits");
    site.write("content/members/sfax.yaml", &member);
    let errors = crate::support::render(&site.build_err());
    assert!(errors.contains("`permits`"), "{errors}");
    assert!(errors.contains("content/members/sfax.yaml"), "{errors}");
}
