//! `check --external` against a server on loopback: the test never needs
//! the network, and the server's answers are known.

use crate::support::TestSite;
use fadaa::check::{check, ExternalOptions};
use std::time::Duration;

/// Answers: /ok 200, /gone 404, /moved 301 to /ok, /no-head 405 to HEAD
/// and 200 to GET. Returns its origin.
fn serve_fixed_answers() -> String {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let origin = format!("http://{}", server.server_addr().to_ip().unwrap());
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            let head = *request.method() == tiny_http::Method::Head;
            let response = match request.url() {
                "/ok" => tiny_http::Response::from_string("ok"),
                "/moved" => tiny_http::Response::from_string("")
                    .with_status_code(301)
                    .with_header(tiny_http::Header::from_bytes("Location", "/ok").unwrap()),
                "/no-head" if head => tiny_http::Response::from_string("").with_status_code(405),
                "/no-head" => tiny_http::Response::from_string("ok"),
                _ => tiny_http::Response::from_string("gone").with_status_code(404),
            };
            let _ = request.respond(response);
        }
    });
    origin
}

#[test]
fn broken_external_links_are_found_where_they_are_written() {
    let origin = serve_fixed_answers();
    let site = TestSite::fixture("mini");
    let story = site.source("content/stories/queue.fr.md");
    // A port nobody listens on: connection refused, at once.
    let closed_host = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        format!("127.0.0.1:{port}")
    };
    let closed = format!("http://{closed_host}/");
    let links = format!(
        "Voir [ok]({origin}/ok), [déplacé]({origin}/moved), [sans HEAD]({origin}/no-head).\n\n\
         Et [disparu]({origin}/gone), [fermé]({closed}), [fermé aussi]({closed}autre).\n\n"
    );
    site.write(
        "content/stories/queue.fr.md",
        &story.replacen("## Résultats", &format!("{links}## Résultats"), 1),
    );

    let offline = check(&site.options, None);
    assert!(
        offline.diagnostics.iter().all(|d| !d.is_error()),
        "without --external nothing is asked: {:?}",
        offline.diagnostics
    );

    let options = ExternalOptions {
        timeout: Duration::from_secs(10),
        // The theme links to other sites; a test asks only its own server.
        skip: vec!["https://".into()],
        ..ExternalOptions::default()
    };
    let checked = check(&site.options, Some(&options));
    let errors: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    let line = story
        .lines()
        .position(|l| l == "## Résultats")
        .expect("the story's heading")
        + 3;
    let gone = errors
        .iter()
        .find(|d| d.message.to_string().contains("/gone"))
        .expect("the 404");
    assert!(
        gone.message.to_string().contains("404 Not Found"),
        "{}",
        gone.message
    );
    assert_eq!(gone.file.as_deref(), Some("content/stories/queue.fr.md"));
    assert_eq!(gone.pos.map(|p| (p.line, p.column)), Some((line, 14)));
    // A site that does not answer is one error, not one per link.
    let refused = errors
        .iter()
        .find(|d| d.message.to_string().contains(&closed_host))
        .expect("the closed port");
    assert!(
        refused
            .message
            .to_string()
            .starts_with(&format!("the site {closed_host} cannot be reached"))
            && refused
                .message
                .to_string()
                .ends_with("its 2 links were not checked"),
        "{}",
        refused.message
    );
}
