//! The AMQP commands beyond the tutorial, flag by flag, on the real broker: bind/unbind,
//! delete-exchange, delete-queue, purge, get, consume's settling modes and --exec, produce's
//! property flags, and quorum and stream queues.

use serde_json::Value;

use crate::common::{TestVhost, temp_dir, temp_file};

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
    let unroutable = vhost.expect_code(
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
    vhost.expect_code(&["get", "errors"], 2);
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
    vhost.expect_code(
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

    let bindings = vhost.api_bindings();
    let all = bindings
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
    let missing = vhost.expect_code(&["bind", "nosuch", "q"], 66);
    assert!(
        missing
            .stderr
            .starts_with("mq: cannot bind exchange 'nosuch'")
    );
    vhost.expect_code(&["bind", "x", "nosuch"], 66);
    vhost.expect_code(&["bind", "x", "nosuch", "--to-exchange"], 66);
    vhost.expect_code(&["bind", "x", "q", "--match", "some"], 64);
    vhost.expect_code(&["bind", "x", "q", "--header", "novalue"], 64);
}

#[test]
fn delete_exchange_with_and_without_if_unused() {
    let vhost = TestVhost::new("delx");
    vhost.run(&["declare-exchange", "used"]);
    vhost.run(&["declare-exchange", "unused"]);
    vhost.run(&["declare-queue", "q", "--bind", "used:k"]);
    let refused = vhost.expect_code(&["delete-exchange", "used", "--if-unused"], 65);
    assert!(
        refused.stderr.contains("PRECONDITION_FAILED"),
        "{}",
        refused.stderr
    );
    assert_eq!(vhost.run(&["delete-exchange", "unused", "--if-unused"]), "");
    assert_eq!(vhost.run(&["delete-exchange", "used"]), "");
    vhost.expect_code(&["delete-exchange", "used"], 66);
    vhost.expect_code(&["delete-exchange", ""], 64);
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
    let refused = vhost.expect_code(&["delete-queue", "q", "--if-empty"], 65);
    assert!(refused.stderr.contains("PRECONDITION_FAILED"));
    assert_eq!(vhost.ready("q"), 3, "--if-empty kept the queue");
    assert_eq!(vhost.run(&["delete-queue", "q", "--if-unused"]), "3\n");
    vhost.expect_code(&["delete-queue", "q"], 66);
    vhost.run(&["declare-queue", "empty"]);
    assert_eq!(vhost.run(&["delete_queue", "empty", "--if-empty"]), "0\n");
}

#[test]
fn delete_queue_if_unused_refuses_while_a_consumer_is_attached() {
    let vhost = TestVhost::new("delqc");
    vhost.run(&["declare-queue", "busy"]);
    let consumer = vhost.spawn_consumer("busy", &["--count", "1"]);
    assert_eq!(vhost.queue("busy")["consumers"], 1);
    vhost.expect_code(&["delete-queue", "busy", "--if-unused"], 65);
    vhost.run(&["produce", "--routing-key", "busy", "done"]);
    let consumed = consumer.output();
    assert!(consumed.code == Some(0), "{consumed:?}");
    assert_eq!(consumed.stdout, "done\n");
    assert_eq!(vhost.run(&["delete-queue", "busy", "--if-unused"]), "0\n");
}

#[test]
fn purge_prints_how_many_and_answers_to_purge_queue() {
    let vhost = TestVhost::new("purge");
    vhost.fill("q", 25, 10);
    assert_eq!(vhost.run(&["purge", "q"]), "25\n");
    assert_eq!(vhost.run(&["purge_queue", "q"]), "0\n");
    assert_eq!(vhost.ready("q"), 0);
    let missing = vhost.expect_code(&["purge", "nosuch"], 66);
    assert!(missing.stderr.contains("'nosuch'"));
}

#[test]
fn get_takes_acks_requeues_and_exits_2_when_empty() {
    let vhost = TestVhost::new("get");
    vhost.run(&["declare-queue", "q"]);
    let empty = vhost.expect_code(&["get", "q"], 2);
    assert_eq!(empty.stdout, "");
    assert_eq!(empty.stderr, "mq: queue 'q' is empty\n");
    vhost.expect_code(&["get", "nosuch"], 66);

    vhost.run(&["produce", "--routing-key", "q", "one", "two", "three"]);
    // --requeue shows distinct messages and leaves all of them, now marked redelivered.
    assert_eq!(
        vhost.run(&["get", "q", "--count", "2", "--requeue"]),
        "one\ntwo\n"
    );
    assert_eq!(vhost.ready("q"), 3);
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
    assert_eq!(vhost.ready("q"), 0);
    vhost.expect_code(&["get", "q", "--count", "0"], 64);
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
    assert_eq!(vhost.ready("q"), 3);
    assert_eq!(
        vhost.run(&["consume", "q", "--count", "1", "--reject", "--requeue"]),
        "b\n"
    );
    assert_eq!(vhost.ready("q"), 3, "b went back");
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
    assert_eq!(vhost.ready("q"), 0);
    vhost.expect_code(&["consume", "q", "--requeue"], 64);
    vhost.expect_code(&["consume", "nosuch", "--count", "1"], 66);
}

#[test]
fn consume_exec_acks_on_success_and_requeues_on_failure() {
    let vhost = TestVhost::new("exec");
    vhost.run(&["declare-queue", "q"]);
    vhost.run(&["produce", "--routing-key", "q", "good", "bad", "fine"]);
    let dir = temp_dir();
    let log = dir.path().join("log");
    let command = format!(
        "body=$(cat); echo \"$body $MQ_ROUTING_KEY $MQ_REDELIVERED\" >> '{}'; test \"$body\" != bad",
        log.display()
    );
    let run = vhost.expect_code(&["consume", "q", "--count", "3", "--exec", &command], 1);
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
    let big = temp_file(&vec![b'x'; 300_000]);
    let big = big.path();
    vhost.run(&[
        "produce",
        "--routing-key",
        "q",
        "--file",
        big.to_str().unwrap(),
    ]);
    let copy = dir.path().join("copy");
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
    assert_eq!(vhost.ready("q"), 0);
    vhost.expect_code(&["consume", "q", "--exec", "true", "--no-ack"], 64);
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
    vhost.expect_code(
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
    vhost.produce_n("qq", 20, 8);
    let bodies = vhost.run(&["consume", "qq", "--count", "20"]);
    let expected: String = (0..20).map(|i| format!("{:.<8}\n", i)).collect();
    assert_eq!(bodies, expected);
    assert_eq!(vhost.ready("qq"), 0);
    // Redeclaring with another type is refused as invalid.
    vhost.expect_code(&["declare-queue", "qq", "--type", "classic"], 65);
    vhost.expect_code(&["consume", "qq", "--offset", "first"], 64);
}

fn queue_arguments(vhost: &TestVhost, name: &str) -> Value {
    vhost.api_queue(name)["arguments"].clone()
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

    // From next: only what is published after the consumer attached. (A stream's consumers
    // are not counted by queue.declare: spawn_consumer asks the management API too.)
    let consumer = vhost.spawn_consumer("events", &["--offset", "next", "--count", "2"]);
    vhost.run(&["produce", "--routing-key", "events", "n0", "n1"]);
    let output = consumer.output();
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    assert_eq!(output.stdout, "n0\nn1\n");

    vhost.expect_code(&["consume", "events", "--offset", "first", "--no-ack"], 64);
    vhost.expect_code(
        &["consume", "events", "--offset", "first", "--prefetch", "0"],
        64,
    );
    vhost.expect_code(&["consume", "events", "--offset", "yesterday"], 64);
    vhost.run(&["declare-queue", "classic"]);
    let refused = vhost.expect_code(&["consume", "classic", "--offset", "first"], 64);
    assert!(refused.stderr.contains("stream"), "{}", refused.stderr);
    vhost.expect_code(&["consume", "nosuch", "--offset", "first"], 66);
}
