//! Output into a pipe: a message counts as delivered once the reader took it out of the pipe,
//! not once mq wrote it in; what the reader never took goes back to the queue.

use std::process::Command;

use crate::common::{Run, TestVhost, WAIT, wait_for};

/// `mq ARGS | READER` in the vhost, with mq's exit code and both streams of the pipeline.
fn pipeline(vhost: &TestVhost, args: &[&str], reader: &str) -> Run {
    let mq = vhost.mq();
    let mut shell = Command::new("bash");
    for (key, value) in mq.get_envs() {
        match value {
            Some(value) => shell.env(key, value),
            None => shell.env_remove(key),
        };
    }
    shell
        .env("MQ_BIN", mq.get_program())
        .arg("-c")
        .arg(format!(
            "\"$MQ_BIN\" \"$@\" | {reader}; exit ${{PIPESTATUS[0]}}"
        ))
        .arg("bash")
        .args(args);
    Run::of(&mut shell)
}

/// bash's `read` takes one byte at a time from a pipe: exactly five lines leave it.
const FIVE_LINES: &str = "bash -c 'for i in 1 2 3 4 5; do read -r l; done'";

/// Ready messages, counted by a passive declare once nothing is unacked any more.
fn settled_count(vhost: &TestVhost, queue: &str, expected: u32) -> u32 {
    let mut count = 0;
    let _ = crate::common::poll(WAIT, || {
        count = vhost.passive(queue).map_or(0, |(messages, _)| messages);
        count == expected
    });
    count
}

#[test]
fn consume_acks_only_what_the_reader_took() {
    let vhost = TestVhost::new("pipe-consume");
    vhost.fill("q", 1000, 12);
    let run = pipeline(&vhost, &["consume", "q"], FIVE_LINES);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(settled_count(&vhost, "q", 995), 995, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("5 message(s) taken by the reader of the pipe"),
        "{}",
        run.stderr
    );
}

#[test]
fn consume_into_head_loses_at_most_what_head_read() {
    let vhost = TestVhost::new("pipe-head");
    // Lines of 101 bytes: head reads a few kilobytes at a time, the pipe holds 64 KiB.
    vhost.fill("q", 1000, 100);
    let run = pipeline(&vhost, &["consume", "q"], "head -5 >/dev/null");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    wait_for("the consumer gone", WAIT, || {
        vhost
            .passive("q")
            .is_some_and(|(_, consumers)| consumers == 0)
    });
    let left = vhost.passive("q").map_or(0, |(messages, _)| messages);
    // What head read and threw away is lost with it; 16 KiB is more than it reads at once.
    assert!(
        left >= 1000 - 16 * 1024 / 101,
        "{left} left: {}",
        run.stderr
    );
    eprintln!("{left} of 1000 left after head -5: {}", run.stderr.trim());
}

#[test]
fn get_acks_only_what_the_reader_took() {
    let vhost = TestVhost::new("pipe-get");
    vhost.fill("q", 50, 12);
    let run = pipeline(&vhost, &["get", "q", "--count", "20"], FIVE_LINES);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(settled_count(&vhost, "q", 45), 45, "{}", run.stderr);
    // The reader gone, get stops taking: what it got and nobody read goes back.
    assert!(run.stderr.contains("5 message(s) taken"), "{}", run.stderr);
}

#[test]
fn produce_into_a_closed_pipe_stops_and_waits_for_its_confirms() {
    let vhost = TestVhost::new("pipe-produce");
    vhost.run(&["declare-exchange", "integers"]);
    vhost.run(&["declare-queue", "odd", "--bind", "integers:odd"]);
    vhost.run(&["declare-queue", "even", "--bind", "integers:even"]);
    let run = pipeline(
        &vhost,
        &["produce", "--random", "--rate", "0", "--count", "1000000"],
        "head -2 >/dev/null",
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("standard output was closed"),
        "{}",
        run.stderr
    );
    let summary = run
        .stderr
        .lines()
        .find(|l| l.starts_with("mq: published "))
        .unwrap_or_else(|| panic!("no summary: {}", run.stderr));
    assert!(!summary.contains("unconfirmed"), "{summary}");
    let published: u32 = summary["mq: published ".len()..]
        .split(',')
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count");
    assert!(
        summary.contains(&format!("confirmed {published},")),
        "{summary}"
    );
    wait_for("every confirmed message queued", WAIT, || {
        let count = |q| vhost.passive(q).map_or(0, |(messages, _)| messages);
        count("odd") + count("even") == published
    });
}
