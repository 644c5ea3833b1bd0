//! `mq request` and `mq reply`: RPC over direct reply-to. A round trip, a timeout (75), a
//! request without reply_to, and many requests at once each answered with its own body.

use std::collections::HashSet;

use lapin::BasicProperties;

use crate::common::{Spawned, TestVhost, WAIT, wait_for};

/// `mq reply QUEUE ARGS` in the background, returned once the broker has its consumer.
fn spawn_replier(vhost: &TestVhost, queue: &str, args: &[&str]) -> Spawned {
    let replier = Spawned::new(vhost.mq().args(["reply", queue]).args(args));
    vhost.wait_for_consumers(queue, 1);
    replier
}

#[test]
fn a_request_is_answered_by_the_command_of_reply() {
    let vhost = TestVhost::new("rpc-roundtrip");
    vhost.run(&["declare-queue", "upper"]);
    let replier = spawn_replier(&vhost, "upper", &["--exec", "tr a-z A-Z", "--count", "2"]);
    let reply = vhost.run(&["request", "--routing-key", "upper", "hello rpc"]);
    assert_eq!(reply, "HELLO RPC\n");
    // As consume prints: the JSON envelope of the reply, its correlation id kept.
    let json = vhost.run(&["request", "--routing-key", "upper", "--format", "json", "x"]);
    let value: serde_json::Value = serde_json::from_str(json.trim()).expect("one JSON line");
    assert_eq!(value["body"], "X", "{json}");
    assert!(
        value["properties"]["correlation_id"]
            .as_str()
            .is_some_and(|id| !id.is_empty()),
        "{json}"
    );
    let run = replier.output();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stderr, "", "the replier has nothing to say");
    // Each request was acked after its reply: nothing is left.
    assert_eq!(vhost.passive("upper").map(|(ready, _)| ready), Some(0));
}

#[test]
fn a_request_nobody_answers_times_out_with_75_and_an_unroutable_one_is_said_at_once() {
    let vhost = TestVhost::new("rpc-timeout");
    vhost.run(&["declare-queue", "nobody"]);
    let run = vhost.expect_code(
        &[
            "request",
            "--routing-key",
            "nobody",
            "--reply-timeout",
            "300ms",
            "ping",
        ],
        75,
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(
        run.stderr.lines().collect::<Vec<_>>(),
        [
            "mq: no reply within 300ms to the request sent to the default exchange with routing key 'nobody'"
        ],
    );
    // The request expires with the wait: no replier answers it to nobody later.
    wait_for("the request to expire", WAIT, || {
        vhost.passive("nobody").is_some_and(|(ready, _)| ready == 0)
    });
    let run = vhost.expect_code(&["request", "--routing-key", "no-such-queue", "ping"], 1);
    assert!(
        run.stderr.contains("the request was unroutable"),
        "{}",
        run.stderr
    );
    vhost.expect_code(
        &[
            "request",
            "--routing-key",
            "q",
            "--reply-timeout",
            "0s",
            "x",
        ],
        64,
    );
}

#[test]
fn a_request_without_reply_to_is_rejected_and_the_next_one_answered() {
    let vhost = TestVhost::new("rpc-no-reply-to");
    vhost.run(&["declare-queue", "echo"]);
    vhost.publish("echo", &[(BasicProperties::default(), b"orphan".to_vec())]);
    let replier = spawn_replier(
        &vhost,
        "echo",
        &["--template", "re: {body}", "--count", "1"],
    );
    assert_eq!(
        vhost.run(&["request", "--routing-key", "echo", "hi"]),
        "re: hi\n"
    );
    let run = replier.output();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("without reply_to was rejected (not requeued)"),
        "{}",
        run.stderr
    );
    assert_eq!(vhost.passive("echo").map(|(ready, _)| ready), Some(0));
}

#[test]
fn a_hundred_concurrent_requests_each_get_their_own_reply() {
    let vhost = TestVhost::new("rpc-many");
    vhost.run(&["declare-queue", "echo"]);
    let replier = spawn_replier(&vhost, "echo", &["--exec", "cat", "--count", "100"]);
    let replies: Vec<(String, String)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..100)
            .map(|i| {
                let vhost = &vhost;
                scope.spawn(move || {
                    let body = format!("request {i}");
                    let run = vhost.outcome(&[
                        "request",
                        "--routing-key",
                        "echo",
                        "--reply-timeout",
                        "120s",
                        &body,
                    ]);
                    assert_eq!(run.code, Some(0), "{body}: {}", run.stderr);
                    (body, run.stdout)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a request thread"))
            .collect()
    });
    for (body, reply) in &replies {
        assert_eq!(reply, &format!("{body}\n"));
    }
    let distinct: HashSet<&String> = replies.iter().map(|(_, reply)| reply).collect();
    assert_eq!(distinct.len(), 100);
    let run = replier.output();
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}
