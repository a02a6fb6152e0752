//! Events: the calendar relative to the build date (2025-06-01 in tests),
//! each event's page with its time in Tunis time and its JSON-LD, and the
//! iCalendar files.

use crate::support::TestSite;

/// A past meeting and a coming training, for the tests that need events.
pub(crate) const PAST: &str = "title: { ar: \"اجتماع الشبكة\", fr: \"Réunion du réseau\" }
kind: meeting
start: 2025-03-14 09:00
end: 2025-03-14 13:00
place: sfax
committee: innovation
report: { ar: \"حضر الاجتماع ممثلو البلديات.\", fr: \"Les communes étaient représentées.\" }
";

pub(crate) const NEXT: &str = "title: { ar: \"دورة تكوينية\", fr: \"Formation des agents\" }
kind: training
start: 2025-07-10T08:00Z
end: 2025-07-11 16:30
place:
  address: { ar: \"مقرّ الجامعة، تونس\", fr: \"Siège de la Fédération, Tunis\" }
  location: { lat: 36.8, lon: 10.18 }
registration: https://example.tn/inscription
summary: { ar: \"يومان للأعوان.\", fr: \"Deux jours pour les agents.\" }
";

fn site() -> TestSite {
    let site = TestSite::fixture("mini");
    site.write("content/events/meeting.yaml", PAST);
    site.write("content/events/training.yaml", NEXT);
    site
}

#[test]
fn the_calendar_shows_upcoming_events_then_past_ones_by_year() {
    let site = site();
    site.build_ok();
    let fr = site.read("fr/events/index.html");
    let upcoming = fr.find("Formation des agents").expect("the upcoming one");
    let past = fr.find("Activités de 2025").expect("past events by year");
    assert!(upcoming < past, "{fr}");
    assert!(fr[past..].contains("Réunion du réseau"), "{fr}");
    assert!(
        fr.contains(
            ">10 juillet 2025, 09:00</time> – \
             <time datetime=\"2025-07-11T16:30:00+01:00\">11 juillet 2025, 16:30</time>"
        ),
        "{fr}"
    );
    let ar = site.read("ar/events/meeting/index.html");
    assert!(
        ar.contains(
            ">14 مارس 2025، 09:00</time> – <time datetime=\"2025-03-14T13:00:00+01:00\">13:00<"
        ),
        "Maghreb months: {ar}"
    );
    assert!(ar.contains("href=\"/ar/members/sfax/\""), "{ar}");
}

#[test]
fn an_event_page_has_its_json_ld_and_registration_only_before_it() {
    let site = site();
    site.build_ok();
    let next = site.read("fr/events/training/index.html");
    assert!(next.contains("href=\"https://example.tn/inscription\""));
    assert!(
        next.contains("\"startDate\":\"2025-07-10T09:00:00+01:00\""),
        "{next}"
    );
    assert!(next.contains("\"@type\":\"Event\""));
    let offer = "\"offers\":{\"@type\":\"Offer\",\"url\":\"https://example.tn/inscription\"}";
    assert!(next.contains(offer), "registration as an offer: {next}");
    let past = site.read("fr/events/meeting/index.html");
    assert!(
        past.contains("Les communes étaient représentées."),
        "the report"
    );
    assert!(past.contains("Comité initiative et innovation"));
}

#[test]
fn the_calendar_files_use_crlf_utc_and_the_build_date() {
    let site = site();
    site.build_ok();
    let all = site.read("fr/events/events.ics");
    assert!(all.starts_with("BEGIN:VCALENDAR\r\n"), "{all}");
    assert!(all.contains("DTSTART:20250710T080000Z\r\n"), "{all}");
    assert!(all.contains("DTSTAMP:20250601T000000Z\r\n"), "{all}");
    assert!(all.contains("UID:meeting@example.tn\r\n"), "{all}");
    let one = site.read("ar/events/meeting/event.ics");
    assert_eq!(one.matches("BEGIN:VEVENT").count(), 1, "{one}");
}

#[test]
fn an_event_that_ends_before_it_starts_or_out_of_tunisia_is_an_error() {
    let site = site();
    let text = NEXT
        .replace("2025-07-11 16:30", "2025-07-10 08:00")
        .replace("lat: 36.8", "lat: 48.8");
    site.write("content/events/training.yaml", &text);
    let errors = crate::support::render(&site.build_err());
    assert!(errors.contains("ends before it starts"), "{errors}");
    assert!(errors.contains("outside Tunisia"), "{errors}");
}

#[test]
fn search_finds_an_event_by_its_title_and_place() {
    let site = site();
    site.build_ok();
    let dir = site.output().join("search/fr/d");
    let docs: String = std::fs::read_dir(&dir)
        .expect("search records")
        .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap_or_default())
        .collect();
    assert!(docs.contains("\"kind\":\"event\""), "{docs}");
    assert!(docs.contains("\"url\":\"/fr/events/training/\""), "{docs}");
    assert!(docs.contains("Siège de la Fédération, Tunis"), "{docs}");
}

#[test]
fn the_home_page_shows_the_next_events_only() {
    let site = site();
    site.build_ok();
    let home = site.read("fr/index.html");
    let next = &home[home.find("id=\"home-events\"").expect("next events")..];
    let next = &next[..next.find("</section>").unwrap()];
    assert!(next.contains("Formation des agents"), "{next}");
    assert!(!next.contains("Réunion du réseau"), "a past event: {next}");
    assert!(next.contains("href=\"/fr/events/\""), "{next}");
}

#[test]
fn activities_are_in_the_site_feed_dated_by_their_first_day() {
    let site = site();
    site.build_ok();
    let feed = site.read("fr/atom.xml");
    let entry = &feed[feed.find("/fr/events/meeting/").expect("the past meeting")..];
    assert!(
        entry.contains("<published>2025-03-14T00:00:00Z</published>"),
        "{entry}"
    );
    // Held: its report, not its announcement.
    assert!(
        feed.contains("Les communes étaient représentées."),
        "{feed}"
    );
    assert!(site.read("ar/atom.xml").contains("/ar/events/training/"));
}
