//! `tap`: every message through the exchanges tapped is printed while their queues' own
//! consumers still get all of them; headers exchanges; several exchanges at once; `--count`; the
//! tap's queue gone after it ends (SIGKILL included); a missing exchange.

use serde_json::Value;

use crate::common::{Spawned, TestVhost, WAIT, wait_for};

/// The tap's own queues (server-named) that the management API lists in the vhost.
fn tap_queues(vhost: &TestVhost) -> Vec<String> {
    vhost
        .queues()
        .iter()
        .filter_map(|q| q["name"].as_str())
        .filter(|name| name.starts_with("amq.gen-"))
        .map(str::to_owned)
        .collect()
}

/// `mq tap ARGS` in the background, returned once the API lists `bindings` bindings from the
/// exchanges to a server-named queue: from then on every message published is tapped.
fn spawn_tap(vhost: &TestVhost, args: &[&str], bindings: usize) -> Spawned {
    let tap = Spawned::new(vhost.mq().arg("tap").args(args));
    wait_for(&format!("{bindings} tap binding(s)"), WAIT, || {
        let bound = vhost
            .api_bindings()
            .iter()
            .filter(|b| {
                b["destination"]
                    .as_str()
                    .is_some_and(|d| d.starts_with("amq.gen-"))
            })
            .count();
        bound >= bindings
    });
    tap
}

/// Waits until no tap queue is left in the vhost: the broker removes it with the connection.
fn wait_for_no_tap_queue(vhost: &TestVhost) {
    wait_for("the tap's queue to be removed", WAIT, || {
        tap_queues(vhost).is_empty()
    });
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

#[test]
fn a_tap_sees_every_message_while_the_queue_consumer_still_gets_them_all() {
    let vhost = TestVhost::new("tap-direct");
    vhost.run(&["declare-exchange", "orders"]);
    vhost.run(&["declare-queue", "work", "--bind", "orders:new"]);
    let consumer = vhost.spawn_consumer("work", &["--count", "5"]);
    let tap = spawn_tap(
        &vhost,
        &["orders:new", "--count", "5", "--format", "json"],
        1,
    );
    let sent = ["one", "two", "three", "four", "five"];
    let mut produce = vec!["produce", "--exchange", "orders", "--routing-key", "new"];
    produce.extend(sent);
    vhost.run(&produce);

    let tapped = tap.output();
    tapped.assert_ok();
    let tapped = json_lines(&tapped.stdout);
    let bodies: Vec<&str> = tapped.iter().filter_map(|m| m["body"].as_str()).collect();
    assert_eq!(bodies, sent, "{tapped:?}");
    for message in &tapped {
        assert_eq!(message["exchange"], "orders", "{message}");
        assert_eq!(message["routing_key"], "new", "{message}");
    }
    let consumed = consumer.output();
    consumed.assert_ok();
    assert_eq!(consumed.stdout.lines().collect::<Vec<_>>(), sent);
    wait_for_no_tap_queue(&vhost);
}

#[test]
fn a_tap_of_a_topic_and_a_fanout_exchange_at_once() {
    let vhost = TestVhost::new("tap-two");
    vhost.run(&["declare-exchange", "events", "--type", "topic"]);
    vhost.run(&["declare-exchange", "fan", "--type", "fanout"]);
    vhost.run(&["declare-queue", "audit", "--bind", "events:a.*"]);
    // No key given: '#' on the topic exchange, '' on the fanout one.
    let tap = spawn_tap(
        &vhost,
        &[
            "events",
            "fan",
            "--count",
            "4",
            "--template",
            "{exchange} {routing_key} {body}",
        ],
        2,
    );
    vhost.run(&[
        "produce",
        "--exchange",
        "events",
        "--routing-key",
        "a.b",
        "e1",
    ]);
    vhost.run(&[
        "produce",
        "--exchange",
        "events",
        "--routing-key",
        "x.y.z",
        "e2",
    ]);
    vhost.run(&[
        "produce",
        "--exchange",
        "fan",
        "--routing-key",
        "any",
        "f1",
        "f2",
    ]);
    let run = tap.output();
    run.assert_ok();
    let mut lines: Vec<&str> = run.stdout.lines().collect();
    lines.sort_unstable();
    assert_eq!(
        lines,
        [
            "events a.b e1",
            "events x.y.z e2",
            "fan any f1",
            "fan any f2"
        ]
    );
    // The audit queue kept its own copy.
    assert_eq!(vhost.run(&["get", "audit", "--count", "5"]), "e1\n");
    wait_for_no_tap_queue(&vhost);
}

#[test]
fn a_tap_on_a_headers_exchange_matches_as_a_binding_would() {
    let vhost = TestVhost::new("tap-headers");
    vhost.run(&["declare-exchange", "docs", "--type", "headers"]);
    // A binding without headers to match takes every message: none of them is unroutable.
    vhost.run(&["declare-queue", "archive"]);
    vhost.run(&["bind", "docs", "archive"]);
    let tap = spawn_tap(
        &vhost,
        &[
            "docs",
            "--header",
            "format=pdf",
            "--header",
            "lang=fr",
            "--match",
            "any",
            "--count",
            "2",
        ],
        1,
    );
    for (header, body) in [
        ("format=txt", "plain"),
        ("format=pdf", "report"),
        ("lang=en", "english"),
        ("lang=fr", "french"),
    ] {
        vhost.run(&["produce", "--exchange", "docs", "--header", header, body]);
    }
    let run = tap.output();
    run.assert_ok();
    assert_eq!(run.stdout, "report\nfrench\n");
    assert_eq!(
        vhost.run(&["get", "archive", "--count", "5"]),
        "plain\nreport\nenglish\nfrench\n"
    );
    wait_for_no_tap_queue(&vhost);
}

#[test]
fn a_killed_tap_leaves_no_queue_behind() {
    let vhost = TestVhost::new("tap-kill");
    vhost.run(&["declare-exchange", "events", "--type", "topic"]);
    let mut tap = spawn_tap(&vhost, &["events"], 1);
    assert_eq!(tap_queues(&vhost).len(), 1);
    tap.kill().expect("SIGKILL the tap");
    let _ = tap.wait();
    wait_for_no_tap_queue(&vhost);
}

#[test]
fn a_missing_exchange_is_66_naming_it() {
    let vhost = TestVhost::new("tap-missing");
    vhost.run(&["declare-exchange", "here", "--type", "fanout"]);
    // Asked of the API (no key) and of the broker (a key given).
    vhost
        .outcome(&["tap", "here", "nowhere"])
        .assert_failed(66, "exchange 'nowhere' does not exist");
    vhost
        .outcome(&["tap", "here", "nowhere:k"])
        .assert_failed(66, "exchange 'nowhere' does not exist");
    wait_for_no_tap_queue(&vhost);
}

#[test]
fn count_stops_the_tap_after_n_messages() {
    let vhost = TestVhost::new("tap-count");
    vhost.run(&["declare-exchange", "fan", "--type", "fanout"]);
    vhost.run(&["declare-queue", "sink", "--bind", "fan:"]);
    let tap = spawn_tap(&vhost, &["fan", "--count", "2"], 1);
    vhost.run(&["produce", "--exchange", "fan", "1", "2", "3", "4", "5"]);
    let run = tap.output();
    run.assert_ok();
    assert_eq!(run.stdout, "1\n2\n");
    assert_eq!(vhost.ready("sink"), 5);
    wait_for_no_tap_queue(&vhost);
}
