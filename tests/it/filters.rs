//! `--filter EXPR` on consume, get, tap and move: messages that match and messages that do not,
//! and what becomes of the latter (consume: refused without --requeue-unmatched, put back with
//! it; get: put back unprinted; tap: skipped; move: left in the source); a bad expression.

use serde_json::Value;

use crate::common::{Spawned, TestVhost, WAIT, wait_for};

/// Orders 1..=6 as JSON bodies, the even ones over 100, into `queue`.
fn orders(vhost: &TestVhost, queue: &str) {
    vhost.run(&["declare-queue", queue]);
    let bodies: Vec<String> = (1..=6)
        .map(|n| {
            format!(
                r#"{{"id": {n}, "amount": {}}}"#,
                if n % 2 == 0 { 150 } else { 50 }
            )
        })
        .collect();
    let mut args = vec!["produce", "--routing-key", queue];
    args.extend(bodies.iter().map(String::as_str));
    vhost.run(&args);
}

/// The ids of JSON bodies, one a line.
fn ids(stdout: &str) -> Vec<u64> {
    stdout
        .lines()
        .map(|line| {
            let body: Value = serde_json::from_str(line).expect("a JSON body");
            body["id"].as_u64().expect("an id")
        })
        .collect()
}

fn left(vhost: &TestVhost, queue: &str) -> Vec<u64> {
    ids(&vhost.run(&["consume", queue, "--idle-timeout", "1s"]))
}

#[test]
fn get_prints_what_matches_and_puts_the_rest_back_where_it_was() {
    let vhost = TestVhost::new("filter-get");
    orders(&vhost, "orders");
    let got = vhost.run(&[
        "get",
        "orders",
        "--count",
        "2",
        "--filter",
        ".json.amount > 100",
    ]);
    assert_eq!(ids(&got), [2, 4]);
    let run = vhost.outcome(&["get", "orders", "--filter", ".json.amount > 1000"]);
    run.assert_failed(2, "no message of queue 'orders' matched --filter");
    assert_eq!(left(&vhost, "orders"), [1, 3, 5, 6]);
}

#[test]
fn consume_refuses_a_filter_unless_unmatched_messages_may_go_back() {
    let vhost = TestVhost::new("filter-consume");
    orders(&vhost, "orders");
    let run = vhost.outcome(&["consume", "orders", "--filter", ".json.amount > 100"]);
    run.assert_failed(64, "--requeue-unmatched");
    assert!(run.stderr.contains("over and over"), "{}", run.stderr);
    let consumed = vhost.run(&[
        "consume",
        "orders",
        "--count",
        "3",
        "--filter",
        ".json.amount > 100",
        "--requeue-unmatched",
    ]);
    assert_eq!(ids(&consumed), [2, 4, 6]);
    let mut rest = left(&vhost, "orders");
    rest.sort_unstable();
    assert_eq!(rest, [1, 3, 5]);
}

#[test]
fn tap_skips_what_does_not_match() {
    let vhost = TestVhost::new("filter-tap");
    vhost.run(&["declare-exchange", "events", "--type", "topic"]);
    let tap = Spawned::new(vhost.mq().args([
        "tap",
        "events",
        "--count",
        "2",
        "--filter",
        ".routing_key | startswith(\"orders.\")",
    ]));
    wait_for("the tap's binding", WAIT, || {
        vhost.api_bindings().iter().any(|b| b["source"] == "events")
    });
    for (key, body) in [
        ("users.new", "u1"),
        ("orders.new", "o1"),
        ("users.gone", "u2"),
        ("orders.paid", "o2"),
    ] {
        vhost.run(&[
            "produce",
            "--exchange",
            "events",
            "--routing-key",
            key,
            "--no-mandatory",
            body,
        ]);
    }
    let tapped = tap.output();
    tapped.assert_ok();
    assert_eq!(tapped.stdout.lines().collect::<Vec<_>>(), ["o1", "o2"]);
}

#[test]
fn move_takes_what_matches_and_leaves_the_rest_in_the_source() {
    let vhost = TestVhost::new("filter-move");
    orders(&vhost, "orders");
    vhost.run(&["declare-queue", "big"]);
    let run = vhost.outcome(&[
        "move",
        "orders",
        "--to",
        "big",
        "--filter",
        ".json.amount > 100",
    ]);
    run.assert_ok();
    assert!(
        run.stderr.contains("moved 3 of 6") && run.stderr.contains("3 not matching --filter"),
        "{}",
        run.stderr
    );
    assert_eq!(left(&vhost, "big"), [2, 4, 6]);
    assert_eq!(left(&vhost, "orders"), [1, 3, 5]);
}

#[test]
fn a_bad_expression_is_a_usage_error_before_anything_is_taken() {
    let vhost = TestVhost::new("filter-bad");
    orders(&vhost, "orders");
    for command in ["get", "move"] {
        let mut args = vec![command, "orders", "--filter", ".json.amount >"];
        if command == "move" {
            args.extend(["--to", "orders"]);
        }
        vhost
            .outcome(&args)
            .assert_failed(64, "is not a valid expression");
    }
    assert_eq!(left(&vhost, "orders"), [1, 2, 3, 4, 5, 6]);
}
