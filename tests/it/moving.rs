//! `move`: a dead-letter queue of expired messages redriven to where they died (death headers
//! removed, or kept); a move SIGKILLed half-way and run again loses nothing and duplicates at
//! most its confirm window; `--to-exchange`, `--to-vhost`, `--count`; a message without a death
//! record and a missing destination.

use std::collections::BTreeMap;
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use crate::common::{
    Spawned, TestVhost, WAIT, broker_credentials, broker_url, encode, poll, wait_for,
};

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

/// Everything in `queue`, taken (acked), as JSON envelopes.
fn take_all(vhost: &TestVhost, queue: &str) -> Vec<Value> {
    let run = vhost.outcome(&["consume", queue, "--idle-timeout", "1s", "--format", "json"]);
    run.assert_ok();
    json_lines(&run.stdout)
}

/// A work queue whose messages expire at once into `dlq`, holding `count` dead letters
/// `1`..=`count`; then `work` is declared again without a TTL, so that what goes back stays.
fn dead_letters(vhost: &TestVhost, count: u64) {
    vhost.run(&["declare-exchange", "dlx"]);
    vhost.run(&["declare-queue", "dlq", "--bind", "dlx:work"]);
    vhost.run(&[
        "declare-queue",
        "work",
        "--message-ttl",
        "1ms",
        "--dead-letter-exchange",
        "dlx",
    ]);
    vhost.run(&[
        "produce",
        "--routing-key",
        "work",
        "--count",
        &count.to_string(),
        "--body-template",
        "{seq}",
    ]);
    wait_for("the messages to be dead-lettered", WAIT, || {
        vhost
            .passive("dlq")
            .is_some_and(|(ready, _)| u64::from(ready) == count)
    });
    vhost.run(&["delete-queue", "work"]);
    vhost.run(&["declare-queue", "work"]);
}

#[test]
fn a_dead_letter_queue_goes_back_to_the_queue_its_messages_expired_in() {
    let vhost = TestVhost::new("move-origin");
    dead_letters(&vhost, 30);
    let first = vhost.outcome(&[
        "move",
        "dlq",
        "--to-origin",
        "--count",
        "10",
        "--keep-death-headers",
    ]);
    first.assert_ok();
    assert!(first.stderr.contains("moved 10 of 10"), "{}", first.stderr);
    vhost.run(&["move", "dlq", "--to-origin"]);
    assert_eq!(vhost.passive("dlq").map(|(ready, _)| ready), Some(0));

    let back = take_all(&vhost, "work");
    let bodies: Vec<String> = back
        .iter()
        .map(|m| m["body"].as_str().unwrap_or_default().to_owned())
        .collect();
    let expected: Vec<String> = (1..=30).map(|n| n.to_string()).collect();
    assert_eq!(bodies, expected);
    for (index, message) in back.iter().enumerate() {
        let headers = &message["properties"]["headers"];
        // Published back to the default exchange with the key the message had.
        assert_eq!(message["routing_key"], "work", "{message}");
        let kept = index < 10;
        assert_eq!(headers.get("x-death").is_some(), kept, "{message}");
        assert_eq!(
            headers.get("x-first-death-queue").is_some(),
            kept,
            "{message}"
        );
    }
}

#[test]
fn a_message_that_never_died_stays_in_the_dead_letter_queue() {
    let vhost = TestVhost::new("move-no-death");
    dead_letters(&vhost, 3);
    vhost.run(&["produce", "--routing-key", "dlq", "stranger"]);
    let run = vhost.outcome(&["move", "dlq", "--to-origin"]);
    run.assert_code(1);
    assert!(run.stderr.contains("no death record"), "{}", run.stderr);
    let left = take_all(&vhost, "dlq");
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0]["body"], "stranger");
    assert_eq!(take_all(&vhost, "work").len(), 3);
}

/// Reads `queue`'s ready count at once (a passive declare).
fn ready(vhost: &TestVhost, queue: &str) -> u32 {
    vhost.passive(queue).map_or(0, |(ready, _)| ready)
}

#[test]
fn a_move_killed_half_way_and_run_again_loses_nothing() {
    const TOTAL: u64 = 20_000;
    const WINDOW: u64 = 50;
    let vhost = TestVhost::new("move-kill");
    vhost.run(&["declare-queue", "src"]);
    vhost.run(&["declare-queue", "dst"]);
    vhost.run(&[
        "produce",
        "--routing-key",
        "src",
        "--count",
        &TOTAL.to_string(),
        "--body-template",
        "{seq}",
    ]);
    let moving = Spawned::new(vhost.mq().args([
        "move",
        "src",
        "--to",
        "dst",
        "--confirm-window",
        &WINDOW.to_string(),
    ]));
    let part_way = poll(WAIT, || u64::from(ready(&vhost, "dst")) >= 2_000);
    let sent = Command::new("kill")
        .args(["-KILL", &moving.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    let killed = moving.output();
    assert!(part_way, "the move did not get going: {}", killed.stderr);
    assert_ne!(killed.code, Some(0), "the move ended before the kill");
    // The broker puts back what the killed move had not acked once it sees the connection go.
    wait_for("the killed move's consumer to go", WAIT, || {
        vhost
            .passive("src")
            .is_some_and(|(_, consumers)| consumers == 0)
    });
    let halfway = u64::from(ready(&vhost, "src"));
    assert!(halfway > 0 && halfway < TOTAL, "{halfway} left");

    let again = vhost.outcome(&["move", "src", "--to", "dst"]);
    again.assert_ok();
    assert_eq!(ready(&vhost, "src"), 0);
    let mut seen: BTreeMap<u64, u64> = BTreeMap::new();
    let run = vhost.outcome(&["consume", "dst", "--idle-timeout", "2s"]);
    run.assert_ok();
    for line in run.stdout.lines() {
        let seq: u64 = line.parse().expect("a sequence number");
        *seen.entry(seq).or_default() += 1;
    }
    let missing: Vec<u64> = (1..=TOTAL).filter(|n| !seen.contains_key(n)).collect();
    assert!(
        missing.is_empty(),
        "lost: {:?}",
        &missing[..missing.len().min(20)]
    );
    let duplicates: u64 = seen.values().map(|n| n - 1).sum();
    assert!(
        duplicates <= WINDOW,
        "{duplicates} duplicates, more than the window of {WINDOW}"
    );
}

#[test]
fn a_move_to_an_exchange_in_another_vhost_takes_count_and_keeps_the_rest() {
    let source = TestVhost::new("move-from");
    let target = TestVhost::new("move-into");
    source.run(&["declare-queue", "jobs"]);
    source.run(&[
        "produce",
        "--routing-key",
        "jobs",
        "--count",
        "8",
        "--body-template",
        "job-{seq}",
    ]);
    target.run(&["declare-exchange", "archive", "--type", "topic"]);
    target.run(&["declare-queue", "kept", "--bind", "archive:archived.#"]);
    let run = source.outcome(&[
        "move",
        "jobs",
        "--to-exchange",
        "archive",
        "--routing-key",
        "archived.jobs",
        "--to-vhost",
        &target.name,
        "--count",
        "5",
    ]);
    run.assert_ok();
    assert!(run.stderr.contains("moved 5 of 5"), "{}", run.stderr);
    let moved = take_all(&target, "kept");
    let bodies: Vec<&str> = moved.iter().filter_map(|m| m["body"].as_str()).collect();
    assert_eq!(bodies, ["job-1", "job-2", "job-3", "job-4", "job-5"]);
    let left = take_all(&source, "jobs");
    let bodies: Vec<&str> = left.iter().filter_map(|m| m["body"].as_str()).collect();
    assert_eq!(bodies, ["job-6", "job-7", "job-8"]);
}

#[test]
fn unroutable_messages_and_missing_queues_leave_the_source_as_it_was() {
    let vhost = TestVhost::new("move-nowhere");
    vhost.run(&["declare-queue", "src"]);
    vhost.run(&["declare-exchange", "void"]);
    vhost.run(&["produce", "--routing-key", "src", "a", "b"]);
    let run = vhost.outcome(&["move", "src", "--to", "nosuch"]);
    run.assert_failed(66, "queue 'nosuch' does not exist");
    let run = vhost.outcome(&["move", "src", "--to-exchange", "void"]);
    run.assert_code(1);
    assert!(run.stderr.contains("unroutable"), "{}", run.stderr);
    // Back in the source once the move's channel closed.
    assert!(poll(Duration::from_secs(5), || ready(&vhost, "src") == 2));
    let bodies: Vec<String> = take_all(&vhost, "src")
        .iter()
        .map(|m| m["body"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(bodies, ["a", "b"]);
    vhost.run(&["purge", "src"]);
    let run = vhost.outcome(&["move", "src", "--to", "src"]);
    run.assert_ok();
    assert!(run.stderr.contains("empty"), "{}", run.stderr);
}

#[test]
fn a_move_to_a_url_goes_to_that_broker_and_vhost_and_shows_no_password() {
    let source = TestVhost::new("move-url-from");
    let target = TestVhost::new("move-url-into");
    source.run(&["declare-queue", "out"]);
    target.run(&["declare-queue", "in"]);
    source.run(&["produce", "--routing-key", "out", "one", "two"]);
    let url = format!(
        "{}/{}",
        broker_url().trim_end_matches('/'),
        encode(&target.name)
    );
    let run = source.outcome(&["move", "out", "--to", "in", "--to-url", &url]);
    run.assert_ok();
    let (_, password) = broker_credentials();
    assert!(
        run.stderr.contains(&format!("in vhost '{}'", target.name)),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains(&format!(":{password}@")),
        "{}",
        run.stderr
    );
    let bodies: Vec<String> = take_all(&target, "in")
        .iter()
        .map(|m| m["body"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(bodies, ["one", "two"]);
    assert_eq!(ready(&source, "out"), 0);
}
