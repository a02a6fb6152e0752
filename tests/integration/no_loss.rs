//! No loss under failure: a build killed at any moment, while it writes
//! or while it swaps the new output in, leaves a complete site under the
//! output's name: the previous one or the new one, never a mix or nothing.

use crate::support::{snapshot, TestSite};
use std::path::Path;
use std::process::{Child, Command};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_fadaa");

fn spawn_build(root: &Path) -> Child {
    Command::new(BIN)
        .args(["build", "--quiet", "--root"])
        .arg(root)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1748736000")
        .spawn()
        .unwrap()
}

fn build(root: &Path) {
    assert!(spawn_build(root).wait().unwrap().success());
}

/// Two versions of a site big enough that writing it takes a while.
fn write_version(site: &TestSite, version: &str) {
    let story = site.source("content/stories/queue.fr.md");
    for i in 0..150 {
        site.write(
            &format!("content/stories/s{i}.fr.md"),
            &format!("{story}\nVersion {version}, histoire {i}.\n"),
        );
    }
}

#[test]
fn a_build_killed_at_any_moment_leaves_a_complete_output() {
    let site = TestSite::fixture("mini");
    let output = site.output();
    write_version(&site, "B");
    build(&site.root);
    let b = snapshot(&output);
    write_version(&site, "A");
    build(&site.root);
    let a = snapshot(&output);
    assert_ne!(a, b);

    let staging = site.root.join(".public.fadaa-new");
    let mut killed_while_writing = 0;
    for delay_ms in [0, 0, 1, 2, 5, 10, 20, 40, 80, 160, 320] {
        let current_is_a = snapshot(&output) == a;
        write_version(&site, if current_is_a { "B" } else { "A" });
        let mut child = spawn_build(&site.root);
        let start = Instant::now();
        while !staging.exists() && start.elapsed() < Duration::from_secs(60) {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            killed_while_writing += 1;
        }
        let _ = child.kill();
        child.wait().unwrap();
        let now = snapshot(&output);
        assert!(
            now == a || now == b,
            "after a kill {delay_ms} ms into writing, the output is neither the previous nor the new site ({} files)",
            now.len()
        );
    }
    assert!(
        killed_while_writing >= 3,
        "the build finished before most kills ({killed_while_writing} landed): the test proves nothing"
    );

    // The next build clears what the killed ones left and completes.
    write_version(&site, "A");
    build(&site.root);
    assert!(snapshot(&output) == a);
    assert!(!staging.exists());
    assert!(!site.root.join(".public.fadaa-old").exists());
}
