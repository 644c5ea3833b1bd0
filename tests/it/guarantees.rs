//! Delivery guarantees on the real broker: a consumer killed mid-stream loses nothing, a
//! producer interrupted with Ctrl-C reports exactly what the broker confirmed, and messages the
//! broker did not take (returned, nacked) are counted and make the exit code 1.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};

use crate::common::{Spawned, TestVhost, WAIT, wait_for};

const MESSAGES: u64 = 5000;

/// The synthetic bodies of `produce --size 12`: the sequence number padded with dots.
fn sequence_number(line: &str) -> u64 {
    line.trim_end_matches('.')
        .parse()
        .unwrap_or_else(|_| panic!("unexpected body {line:?}"))
}

#[test]
fn a_consumer_killed_mid_stream_loses_nothing() {
    let vhost = TestVhost::new("sigkill");
    vhost.fill("work", MESSAGES, 12);
    assert_eq!(vhost.ready("work"), MESSAGES as i64);

    let mut consumer = Spawned::new(vhost.mq().args(["consume", "work", "--prefetch", "100"]));
    let mut stdout = BufReader::new(consumer.stdout.take().expect("stdout"));
    let mut printed = BTreeSet::new();
    let mut line = String::new();
    // Mid-stream: some printed, most not yet.
    while printed.len() < 1000 {
        line.clear();
        assert!(
            stdout.read_line(&mut line).expect("read") > 0,
            "consumer ended early"
        );
        printed.insert(sequence_number(line.trim_end()));
    }
    consumer.kill().expect("SIGKILL");
    consumer.wait().expect("reap");
    // Whatever it had written before it died counts as printed too.
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).expect("read the rest");
    for line in rest.lines().filter(|l| !l.is_empty()) {
        printed.insert(sequence_number(line));
    }
    assert!(
        printed.len() < MESSAGES as usize,
        "the kill came too late to test anything"
    );

    // Printed-but-unacked messages come back; everything not printed is still there.
    let mut remaining = BTreeSet::new();
    let mut redelivered_printed = 0;
    wait_for("the queue to hold every message not printed", WAIT, || {
        let got = vhost.drain("work");
        for (_, body) in got {
            let number = sequence_number(std::str::from_utf8(&body).expect("utf-8 body"));
            if printed.contains(&number) {
                redelivered_printed += 1;
            }
            remaining.insert(number);
        }
        (0..MESSAGES).all(|n| printed.contains(&n) || remaining.contains(&n))
    });
    let union: BTreeSet<u64> = printed.union(&remaining).copied().collect();
    assert_eq!(union, (0..MESSAGES).collect::<BTreeSet<u64>>());
    eprintln!(
        "printed {}, still queued {}, of which printed before the kill {redelivered_printed}",
        printed.len(),
        remaining.len()
    );
}

/// The numbers of the summary line `mq: published N, confirmed N, returned N, nacked N ...`.
fn summary(stderr: &str, field: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("mq: published "))
        .unwrap_or_else(|| panic!("no summary in {stderr:?}"));
    line.trim_start_matches("mq: ")
        .split(", ")
        .find_map(|part| part.strip_prefix(&format!("{field} ")))
        .and_then(|n| n.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no '{field}' in {line:?}"))
}

#[test]
fn a_producer_interrupted_with_sigint_reports_exactly_what_was_confirmed() {
    let vhost = TestVhost::new("sigint");
    vhost.run(&["declare-queue", "q"]);
    let producer = Spawned::new(vhost.mq().args([
        "produce",
        "--routing-key",
        "q",
        "--size",
        "10",
        "--count",
        "100000000",
        "--rate",
        "0",
    ]));
    wait_for("messages to arrive", WAIT, || vhost.ready("q") >= 500);
    assert!(producer.interrupt());
    let output = producer.output();
    assert_eq!(output.code, Some(130), "{}", output.stderr);
    assert_eq!(output.stdout, "");
    let published = summary(&output.stderr, "published");
    let confirmed = summary(&output.stderr, "confirmed");
    assert!(confirmed >= 500);
    // What was in flight at Ctrl-C is waited for (5 s at most); anything still unconfirmed is
    // reported as such, never as confirmed.
    let unconfirmed = published - confirmed;
    if unconfirmed > 0 {
        assert_eq!(summary(&output.stderr, "unconfirmed"), unconfirmed);
    }
    let queued = vhost.ready("q") as u64;
    assert!(
        (confirmed..=confirmed + unconfirmed).contains(&queued),
        "{queued} queued, {}",
        output.stderr
    );
    // Not a terminal: the summary, and no progress bar.
    assert_eq!(output.stderr.lines().count(), 1, "{:?}", output.stderr);
    eprintln!("published {published}, confirmed {confirmed}, queued {queued}");
}

#[test]
fn unroutable_messages_are_counted_and_exit_1() {
    let vhost = TestVhost::new("unroutable");
    vhost.run(&["declare-exchange", "nowhere"]);
    vhost.run(&["declare-queue", "q", "--bind", "nowhere:routed"]);
    let run = vhost.with_stdin(
        &["produce", "--exchange", "nowhere", "--routing-key", "lost"],
        b"a\nb\nc\n",
    );
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(
        run.stderr
            .matches("message returned as unroutable: exchange 'nowhere', routing key 'lost'")
            .count(),
        3
    );
    assert_eq!(summary(&run.stderr, "returned"), 3);
    assert_eq!(summary(&run.stderr, "confirmed"), 0);
    assert!(run.stderr.contains("3 of 3 messages were not delivered"));
    // Without mandatory they vanish, and nobody is told.
    let run = vhost.expect_code(
        &[
            "produce",
            "--exchange",
            "nowhere",
            "--routing-key",
            "lost",
            "--no-mandatory",
            "x",
        ],
        0,
    );
    assert_eq!(summary(&run.stderr, "confirmed"), 1);
    assert_eq!(vhost.ready("q"), 0);
}

#[test]
fn nacked_messages_are_counted_and_exit_1() {
    let vhost = TestVhost::new("nack");
    vhost.run(&[
        "declare-queue",
        "small",
        "--max-length",
        "3",
        "--overflow",
        "reject-publish",
    ]);
    let run = vhost.expect_code(
        &[
            "produce",
            "--routing-key",
            "small",
            "--size",
            "4",
            "--count",
            "5",
            "--confirm-window",
            "1",
        ],
        1,
    );
    assert_eq!(summary(&run.stderr, "confirmed"), 3, "{}", run.stderr);
    assert_eq!(summary(&run.stderr, "nacked"), 2, "{}", run.stderr);
    assert!(run.stderr.contains("2 of 5 messages were not delivered"));
    assert_eq!(vhost.ready("small"), 3);
}

#[test]
fn without_confirms_nothing_is_claimed_as_confirmed() {
    let vhost = TestVhost::new("noconfirm");
    vhost.run(&["declare-queue", "q"]);
    let run = vhost.expect_code(
        &[
            "produce",
            "--routing-key",
            "q",
            "--no-confirm",
            "--size",
            "5",
            "--count",
            "10",
        ],
        0,
    );
    assert!(
        run.stderr.contains("published 10, confirms off"),
        "{}",
        run.stderr
    );
    wait_for("the messages", WAIT, || vhost.ready("q") == 10);
}

/// `consume --count N` takes N and leaves the rest as it found them: none marked redelivered,
/// whether N is below, equal to or above the prefetch, acked or --no-ack.
#[test]
fn a_counted_consume_leaves_nothing_redelivered() {
    let vhost = TestVhost::new("counted");
    for no_ack in [false, true] {
        for count in [2u64, 5, 8] {
            let queue = format!("q{count}{no_ack}");
            vhost.fill(&queue, 20, 8);
            let mut args = vec!["consume", &queue, "--prefetch", "5"];
            let count_text = count.to_string();
            args.extend(["--count", &count_text]);
            if no_ack {
                args.push("--no-ack");
            }
            let run = vhost.expect_code(&args, 0);
            assert_eq!(run.stdout.lines().count() as u64, count, "{args:?}");
            let rest = vhost.run(&["get", &queue, "--count", "100", "--format", "json"]);
            let rest: Vec<serde_json::Value> = rest
                .lines()
                .map(|l| serde_json::from_str(l).expect("json"))
                .collect();
            assert_eq!(rest.len() as u64, 20 - count, "{args:?}");
            let redelivered = rest.iter().filter(|m| m["redelivered"] == true).count();
            assert_eq!(redelivered, 0, "{args:?} left messages redelivered");
        }
    }
}

/// A queue deleted under its consumer: exit 66 (not found), saying so.
#[test]
fn a_consumer_whose_queue_is_deleted_exits_66() {
    let vhost = TestVhost::new("deleted");
    vhost.run(&["declare-queue", "q"]);
    let consumer = vhost.spawn_consumer("q", &[]);
    vhost.run(&["delete-queue", "q"]);
    let run = consumer.output();
    assert_eq!(run.code, Some(66), "{}", run.stderr);
    assert!(
        run.stderr.contains("the queue was deleted"),
        "{}",
        run.stderr
    );
}
