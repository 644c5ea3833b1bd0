//! The AMQP commands beyond the tutorial, flag by flag, on the real broker: bind/unbind,
//! delete-exchange, delete-queue, purge, get, consume's settling modes and --exec, produce's
//! property flags, and quorum and stream queues.

mod common;
mod support;

use std::process::Stdio;

use common::{TestVhost, admin};
use serde_json::Value;
use support::{expect_code, wait_for};

fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

#[test]
fn bind_and_unbind_a_queue_route_and_stop_routing() {
    let vhost = TestVhost::new("bind");
    vhost.run(&["declare-exchange", "logs", "--type", "topic"]);
    vhost.run(&["declare-queue", "errors"]);
    assert_eq!(
        vhost.run(&["bind", "logs", "errors", "--routing-key", "*.error"]),
        ""
    );
    vhost.run(&[
        "produce",
        "--exchange",
        "logs",
        "--routing-key",
        "db.error",
        "boom",
    ]);
    assert_eq!(vhost.run(&["get", "errors"]), "boom\n");

    vhost.run(&["unbind", "logs", "errors", "--routing-key", "*.error"]);
    let unroutable = expect_code(
        &vhost,
        &[
            "produce",
            "--exchange",
            "logs",
            "--routing-key",
            "db.error",
            "lost",
        ],
        1,
    );
    assert!(unroutable.stderr.contains("returned as unroutable"));
    expect_code(&vhost, &["get", "errors"], 2);
}

#[test]
fn exchange_to_exchange_bindings() {
    let vhost = TestVhost::new("e2e");
    vhost.run(&["declare-exchange", "front", "--type", "fanout"]);
    vhost.run(&["declare-exchange", "back"]);
    vhost.run(&["declare-queue", "q", "--bind", "back:k"]);
    vhost.run(&[
        "bind",
        "front",
        "back",
        "--to-exchange",
        "--routing-key",
        "ignored",
    ]);
    vhost.run(&[
        "produce",
        "--exchange",
        "front",
        "--routing-key",
        "k",
        "via-front",
    ]);
    assert_eq!(vhost.run(&["get", "q"]), "via-front\n");
    vhost.run(&[
        "unbind",
        "front",
        "back",
        "--to-exchange",
        "--routing-key",
        "ignored",
    ]);
    expect_code(
        &vhost,
        &["produce", "--exchange", "front", "--routing-key", "k", "x"],
        1,
    );
}

#[test]
fn headers_exchange_bindings_match_all_or_any_with_typed_values() {
    let vhost = TestVhost::new("headers");
    vhost.run(&["declare-exchange", "hx", "--type", "headers"]);
    vhost.run(&["declare-queue", "all"]);
    vhost.run(&["declare-queue", "any"]);
    vhost.run(&[
        "bind",
        "hx",
        "all",
        "--header",
        "format=pdf",
        "--header",
        "pages=2",
        "--match",
        "all",
    ]);
    vhost.run(&[
        "bind",
        "hx",
        "any",
        "--header",
        "format=pdf",
        "--header",
        "pages=2",
        "--match",
        "any",
    ]);
    let publish = |body: &str, headers: &[&str]| {
        let mut args = vec!["produce", "--exchange", "hx", "--no-mandatory"];
        for header in headers {
            args.extend(["--header", header]);
        }
        args.push(body);
        vhost.run(&args);
    };
    publish("both", &["format=pdf", "pages=2"]);
    publish("format-only", &["format=pdf"]);
    // A string "2" is not the integer 2: typed values must match typed bindings.
    publish("string-pages", &["pages=\"2\""]);
    publish("neither", &["format=doc"]);
    assert_eq!(vhost.run(&["get", "all", "--count", "10"]), "both\n");
    assert_eq!(
        vhost.run(&["get", "any", "--count", "10"]),
        "both\nformat-only\n"
    );

    let bindings: Value =
        admin(async |api: &mq::api::Api| api.get::<Value>(&["bindings", &vhost.name], &[]).await)
            .expect("bindings");
    let all = bindings
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["source"] == "hx" && b["destination"] == "all")
        .expect("binding to all");
    assert_eq!(all["arguments"]["pages"], 2);
    assert_eq!(all["arguments"]["x-match"], "all");
}

#[test]
fn binding_failures_have_exit_codes() {
    let vhost = TestVhost::new("bindfail");
    vhost.run(&["declare-queue", "q"]);
    vhost.run(&["declare-exchange", "x"]);
    let missing = expect_code(&vhost, &["bind", "nosuch", "q"], 66);
    assert!(
        missing
            .stderr
            .starts_with("mq: cannot bind exchange 'nosuch'")
    );
    expect_code(&vhost, &["bind", "x", "nosuch"], 66);
    expect_code(&vhost, &["bind", "x", "nosuch", "--to-exchange"], 66);
    expect_code(&vhost, &["bind", "x", "q", "--match", "some"], 64);
    expect_code(&vhost, &["bind", "x", "q", "--header", "novalue"], 64);
}

#[test]
fn delete_exchange_with_and_without_if_unused() {
    let vhost = TestVhost::new("delx");
    vhost.run(&["declare-exchange", "used"]);
    vhost.run(&["declare-exchange", "unused"]);
    vhost.run(&["declare-queue", "q", "--bind", "used:k"]);
    let refused = expect_code(&vhost, &["delete-exchange", "used", "--if-unused"], 65);
    assert!(
        refused.stderr.contains("PRECONDITION_FAILED"),
        "{}",
        refused.stderr
    );
    assert_eq!(vhost.run(&["delete-exchange", "unused", "--if-unused"]), "");
    assert_eq!(vhost.run(&["delete-exchange", "used"]), "");
    expect_code(&vhost, &["delete-exchange", "used"], 66);
    expect_code(&vhost, &["delete-exchange", ""], 64);
    let names: Vec<String> =
        serde_json::from_str::<Vec<Value>>(&vhost.run(&["list-exchanges", "--format", "json"]))
            .unwrap()
            .iter()
            .map(|e| e["name"].as_str().unwrap().to_owned())
            .collect();
    assert!(!names.iter().any(|n| n == "used" || n == "unused"));
}

#[test]
fn delete_queue_prints_the_messages_that_went_with_it() {
    let vhost = TestVhost::new("delq");
    vhost.run(&["declare-queue", "q"]);
    vhost.run(&["produce", "--routing-key", "q", "a", "b", "c"]);
    let refused = expect_code(&vhost, &["delete-queue", "q", "--if-empty"], 65);
    assert!(refused.stderr.contains("PRECONDITION_FAILED"));
    assert_eq!(support::ready(&vhost, "q"), 3, "--if-empty kept the queue");
    assert_eq!(vhost.run(&["delete-queue", "q", "--if-unused"]), "3\n");
    expect_code(&vhost, &["delete-queue", "q"], 66);
    vhost.run(&["declare-queue", "empty"]);
    assert_eq!(vhost.run(&["delete_queue", "empty", "--if-empty"]), "0\n");
}

#[test]
fn delete_queue_if_unused_refuses_while_a_consumer_is_attached() {
    let vhost = TestVhost::new("delqc");
    vhost.run(&["declare-queue", "busy"]);
    let mut consumer = vhost
        .mq()
        .args(["consume", "busy", "--count", "1"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("consumer");
    wait_for("the consumer", || vhost.queue("busy")["consumers"] == 1);
    expect_code(&vhost, &["delete-queue", "busy", "--if-unused"], 65);
    vhost.run(&["produce", "--routing-key", "busy", "done"]);
    assert!(consumer.wait().expect("consumer").success());
    assert_eq!(vhost.run(&["delete-queue", "busy", "--if-unused"]), "0\n");
}

#[test]
fn purge_prints_how_many_and_answers_to_purge_queue() {
    let vhost = TestVhost::new("purge");
    vhost.run(&["declare-queue", "q"]);
    vhost.run(&[
        "produce",
        "--routing-key",
        "q",
        "--size",
        "10",
        "--count",
        "25",
    ]);
    assert_eq!(vhost.run(&["purge", "q"]), "25\n");
    assert_eq!(vhost.run(&["purge_queue", "q"]), "0\n");
    assert_eq!(support::ready(&vhost, "q"), 0);
    let missing = expect_code(&vhost, &["purge", "nosuch"], 66);
    assert!(missing.stderr.contains("'nosuch'"));
}

#[test]
fn get_takes_acks_requeues_and_exits_2_when_empty() {
    let vhost = TestVhost::new("get");
    vhost.run(&["declare-queue", "q"]);
    let empty = expect_code(&vhost, &["get", "q"], 2);
    assert_eq!(empty.stdout, "");
    assert_eq!(empty.stderr, "mq: queue 'q' is empty\n");
    expect_code(&vhost, &["get", "nosuch"], 66);

    vhost.run(&["produce", "--routing-key", "q", "one", "two", "three"]);
    // --requeue shows distinct messages and leaves all of them, now marked redelivered.
    assert_eq!(
        vhost.run(&["get", "q", "--count", "2", "--requeue"]),
        "one\ntwo\n"
    );
    assert_eq!(support::ready(&vhost, "q"), 3);
    let got = json_lines(&vhost.run(&["get", "q", "--format", "json"]));
    assert_eq!(got[0]["body"], "one");
    assert_eq!(got[0]["redelivered"], true);
    assert_eq!(got[0]["routing_key"], "q");
    assert_eq!(
        vhost.run(&[
            "get",
            "q",
            "--count",
            "5",
            "--template",
            "{body}/{redelivered}"
        ]),
        "two/true\nthree/false\n"
    );
    assert_eq!(support::ready(&vhost, "q"), 0);
    expect_code(&vhost, &["get", "q", "--count", "0"], 64);
}

#[test]
fn consume_no_ack_reject_and_requeue() {
    let vhost = TestVhost::new("settle");
    vhost.run(&["declare-exchange", "dlx", "--type", "fanout"]);
    vhost.run(&["declare-queue", "dead", "--bind", "dlx:"]);
    vhost.run(&["declare-queue", "q", "--dead-letter-exchange", "dlx"]);
    vhost.run(&["produce", "--routing-key", "q", "a", "b", "c", "d"]);

    // --no-ack with --count takes no more than it prints.
    assert_eq!(
        vhost.run(&["consume", "q", "--count", "1", "--no-ack"]),
        "a\n"
    );
    assert_eq!(support::ready(&vhost, "q"), 3);
    assert_eq!(
        vhost.run(&["consume", "q", "--count", "1", "--reject", "--requeue"]),
        "b\n"
    );
    assert_eq!(support::ready(&vhost, "q"), 3, "b went back");
    assert_eq!(
        vhost.run(&["consume", "q", "--count", "1", "--reject"]),
        "b\n"
    );
    assert_eq!(
        vhost.run(&["get", "dead"]),
        "b\n",
        "rejected b was dead-lettered"
    );
    assert_eq!(vhost.run(&["consume", "q", "--count", "2"]), "c\nd\n");
    assert_eq!(support::ready(&vhost, "q"), 0);
    expect_code(&vhost, &["consume", "q", "--requeue"], 64);
    expect_code(&vhost, &["consume", "nosuch", "--count", "1"], 66);
}

#[test]
fn consume_exec_acks_on_success_and_requeues_on_failure() {
    let vhost = TestVhost::new("exec");
    vhost.run(&["declare-queue", "q"]);
    vhost.run(&["produce", "--routing-key", "q", "good", "bad", "fine"]);
    let dir = std::env::temp_dir().join(common::unique("exec"));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("log");
    let command = format!(
        "body=$(cat); echo \"$body $MQ_ROUTING_KEY $MQ_REDELIVERED\" >> '{}'; test \"$body\" != bad",
        log.display()
    );
    let run = expect_code(
        &vhost,
        &["consume", "q", "--count", "3", "--exec", &command],
        1,
    );
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.contains("--exec failed for 2 of 3"),
        "{}",
        run.stderr
    );
    // With --exec the prefetch is 1: the requeued message comes straight back, redelivered.
    let logged = std::fs::read_to_string(&log).unwrap();
    assert_eq!(logged, "good q false\nbad q false\nbad q true\n");
    // The failed message is back; the good one was acked; the last was never taken.
    let left = json_lines(&vhost.run(&["get", "q", "--count", "10", "--format", "json"]));
    let bodies: Vec<&str> = left.iter().map(|m| m["body"].as_str().unwrap()).collect();
    assert_eq!(bodies, ["bad", "fine"]);
    assert_eq!(left[0]["redelivered"], true);
    assert_eq!(left[1]["redelivered"], false);

    // A body far larger than a pipe's buffer reaches the command whole.
    let big = dir.join("big");
    std::fs::write(&big, vec![b'x'; 300_000]).unwrap();
    vhost.run(&[
        "produce",
        "--routing-key",
        "q",
        "--file",
        big.to_str().unwrap(),
    ]);
    let copy = dir.join("copy");
    vhost.run(&[
        "consume",
        "q",
        "--count",
        "1",
        "--exec",
        &format!("cat > '{}'", copy.display()),
    ]);
    assert_eq!(std::fs::read(&copy).unwrap().len(), 300_000);
    // A command that ignores its input still settles the message.
    vhost.run(&[
        "produce",
        "--routing-key",
        "q",
        "--file",
        big.to_str().unwrap(),
    ]);
    vhost.run(&["consume", "q", "--count", "1", "--exec", "true"]);
    assert_eq!(support::ready(&vhost, "q"), 0);
    std::fs::remove_dir_all(&dir).unwrap();
    expect_code(&vhost, &["consume", "q", "--exec", "true", "--no-ack"], 64);
}

#[test]
fn produce_sets_every_property_given_as_a_flag() {
    let vhost = TestVhost::new("props");
    vhost.run(&["declare-queue", "q"]);
    vhost.run(&[
        "produce",
        "--routing-key",
        "q",
        "--transient",
        "--content-type",
        "application/json",
        "--content-encoding",
        "identity",
        "--header",
        "n=42",
        "--header",
        "flag=true",
        "--header",
        "s=\"42\"",
        "--message-id",
        "m-1",
        "--correlation-id",
        "c-1",
        "--reply-to",
        "replies",
        "--expiration",
        "60s",
        "--priority",
        "7",
        "--type",
        "order.created",
        "--app-id",
        "mq-test",
        "--timestamp",
        "2024-05-01T12:00:00Z",
        "--user-id",
        "guest",
        "{}",
    ]);
    let got = json_lines(&vhost.run(&["get", "q", "--format", "json"]));
    let p = &got[0]["properties"];
    assert_eq!(p["delivery_mode"], 1);
    assert_eq!(p["content_type"], "application/json");
    assert_eq!(p["content_encoding"], "identity");
    assert_eq!(
        p["headers"],
        serde_json::json!({"n": 42, "flag": true, "s": "42"})
    );
    assert_eq!(p["message_id"], "m-1");
    assert_eq!(p["correlation_id"], "c-1");
    assert_eq!(p["reply_to"], "replies");
    assert_eq!(p["expiration"], "60000");
    assert_eq!(p["priority"], 7);
    assert_eq!(p["type"], "order.created");
    assert_eq!(p["app_id"], "mq-test");
    assert_eq!(p["timestamp"], 1_714_564_800);
    assert_eq!(p["user_id"], "guest");
    // The broker only lets a connection claim its own user.
    expect_code(
        &vhost,
        &["produce", "--routing-key", "q", "--user-id", "bob", "x"],
        65,
    );
}

#[test]
fn quorum_queues_declare_produce_consume() {
    let vhost = TestVhost::new("quorum");
    assert_eq!(
        vhost.run(&[
            "declare-queue",
            "qq",
            "--type",
            "quorum",
            "--delivery-limit",
            "5",
            "--max-length-bytes",
            "1000000",
            "--overflow",
            "reject-publish",
        ]),
        "qq\t0\n"
    );
    let queue = vhost.queue("qq");
    assert_eq!(queue["type"], "quorum");
    let arguments = queue_arguments(&vhost, "qq");
    assert_eq!(arguments["x-delivery-limit"], 5);
    assert_eq!(arguments["x-max-length-bytes"], 1_000_000);
    assert_eq!(arguments["x-overflow"], "reject-publish");
    vhost.run(&[
        "produce",
        "--routing-key",
        "qq",
        "--size",
        "8",
        "--count",
        "20",
    ]);
    let bodies = vhost.run(&["consume", "qq", "--count", "20"]);
    let expected: String = (0..20).map(|i| format!("{:.<8}\n", i)).collect();
    assert_eq!(bodies, expected);
    assert_eq!(support::ready(&vhost, "qq"), 0);
    // Redeclaring with another type is refused as invalid.
    expect_code(&vhost, &["declare-queue", "qq", "--type", "classic"], 65);
    expect_code(&vhost, &["consume", "qq", "--offset", "first"], 64);
}

fn queue_arguments(vhost: &TestVhost, name: &str) -> Value {
    admin(async |api: &mq::api::Api| api.get::<Value>(&["queues", &vhost.name, name], &[]).await)
        .expect("queue")["arguments"]
        .clone()
}

#[test]
fn streams_are_read_from_first_an_offset_a_time_and_next() {
    let vhost = TestVhost::new("stream");
    vhost.run(&[
        "declare-queue",
        "events",
        "--type",
        "stream",
        "--max-age",
        "7d",
        "--max-length-bytes",
        "50000000",
    ]);
    assert_eq!(vhost.queue("events")["type"], "stream");
    assert_eq!(queue_arguments(&vhost, "events")["x-max-age"], "604800s");
    vhost.run(&["produce", "--routing-key", "events", "e0", "e1", "e2"]);

    // A stream keeps its messages: reading twice from first gives them twice.
    for _ in 0..2 {
        assert_eq!(
            vhost.run(&["consume", "events", "--offset", "first", "--count", "3"]),
            "e0\ne1\ne2\n"
        );
    }
    assert_eq!(
        vhost.run(&["consume", "events", "--offset", "1", "--count", "2"]),
        "e1\ne2\n"
    );
    assert_eq!(
        vhost.run(&["consume", "events", "--offset", "1h", "--count", "3"]),
        "e0\ne1\ne2\n"
    );

    // From next: only what is published after the consumer attached.
    let consumer = vhost
        .mq()
        .args(["consume", "events", "--offset", "next", "--count", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("stream consumer");
    // A stream's consumers are not counted by queue.declare: ask the management API.
    wait_for("the stream consumer", || {
        let consumers: Value = admin(async |api: &mq::api::Api| {
            api.get::<Value>(&["consumers", &vhost.name], &[]).await
        })
        .expect("consumers");
        consumers
            .as_array()
            .is_some_and(|all| all.iter().any(|c| c["queue"]["name"] == "events"))
    });
    vhost.run(&["produce", "--routing-key", "events", "n0", "n1"]);
    let output = support::from_output(consumer.wait_with_output().expect("consumer"));
    assert_eq!(output.code, 0, "{}", output.stderr);
    assert_eq!(output.stdout, "n0\nn1\n");

    expect_code(
        &vhost,
        &["consume", "events", "--offset", "first", "--no-ack"],
        64,
    );
    expect_code(
        &vhost,
        &["consume", "events", "--offset", "first", "--prefetch", "0"],
        64,
    );
    expect_code(&vhost, &["consume", "events", "--offset", "yesterday"], 64);
    vhost.run(&["declare-queue", "classic"]);
    let refused = expect_code(&vhost, &["consume", "classic", "--offset", "first"], 64);
    assert!(refused.stderr.contains("stream"), "{}", refused.stderr);
    expect_code(&vhost, &["consume", "nosuch", "--offset", "first"], 66);
}
