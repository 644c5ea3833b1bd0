//! `tap --trace`: the firehose shows publishes and deliveries with their exchange, routing keys
//! and queue; tracing is on for the vhost while the tap runs and as it was once it ends (by
//! --count, by SIGTERM), and left on when it was on before; the vhost's description and tags
//! survive the switching.

use std::process::Command;

use serde_json::{Value, json};

use crate::common::{Admin, Spawned, TestVhost, WAIT, wait_for};

fn tracing(vhost: &TestVhost) -> Value {
    Admin::new().get(&["vhosts", &vhost.name])["tracing"].clone()
}

/// `mq tap --trace ARGS`, returned once tracing is on and the tap's queue is bound to the
/// firehose (one binding for publishes, one for deliveries).
fn spawn_trace(vhost: &TestVhost, args: &[&str]) -> Spawned {
    let tap = Spawned::new(vhost.mq().args(["tap", "--trace"]).args(args));
    wait_for("the tap's firehose bindings and tracing on", WAIT, || {
        let bound = vhost
            .api_bindings()
            .iter()
            .filter(|b| b["source"] == "amq.rabbitmq.trace")
            .count();
        bound >= 2 && tracing(vhost) == json!(true)
    });
    tap
}

#[test]
fn trace_shows_publishes_and_deliveries_and_sets_tracing_back() {
    let vhost = TestVhost::new("trace");
    // A PUT sets every field of a vhost: what mq sends back must keep these.
    Admin::new().put(
        &["vhosts", &vhost.name],
        &json!({"description": "kept", "tags": "a,b"}),
    );
    assert_eq!(tracing(&vhost), json!(false));
    vhost.run(&["declare-exchange", "logs", "--type", "topic"]);
    vhost.run(&["declare-exchange", "other", "--type", "fanout"]);
    vhost.run(&["declare-queue", "app", "--bind", "logs:app.#"]);
    vhost.run(&["declare-queue", "elsewhere", "--bind", "other:"]);
    let tap = spawn_trace(&vhost, &["logs", "--count", "2", "--format", "json"]);
    vhost.run(&["produce", "--exchange", "other", "not-this"]);
    vhost.run(&[
        "produce",
        "--exchange",
        "logs",
        "--routing-key",
        "app.info",
        "hello",
    ]);
    vhost.run(&["consume", "app", "--count", "1"]);
    let run = tap.output();
    run.assert_ok();
    let events: Vec<Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect();
    assert_eq!(events.len(), 2, "{events:?}");
    let (publish, deliver) = (&events[0], &events[1]);
    assert_eq!(publish["event"], "publish", "{publish}");
    assert_eq!(publish["exchange"], "logs");
    assert_eq!(publish["routing_keys"], json!(["app.info"]));
    assert_eq!(publish["body"], "hello");
    assert_eq!(publish["properties"]["delivery_mode"], 2);
    assert_eq!(deliver["event"], "deliver", "{deliver}");
    assert_eq!(deliver["queue"], "app");
    assert_eq!(deliver["exchange"], "logs");
    assert_eq!(deliver["routing_key"], "app.info");
    assert_eq!(deliver["body"], "hello");
    let after = Admin::new().get(&["vhosts", &vhost.name]);
    assert_eq!(after["tracing"], json!(false), "{after}");
    assert_eq!(after["description"], "kept", "{after}");
    assert_eq!(after["tags"], json!(["a", "b"]), "{after}");
}

#[test]
fn trace_stopped_by_sigterm_turns_tracing_off_and_leaves_it_on_when_it_was_on() {
    let vhost = TestVhost::new("trace-stop");
    vhost.run(&["declare-queue", "q"]);
    let tap = spawn_trace(&vhost, &[]);
    let sent = Command::new("kill")
        .args(["-TERM", &tap.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    tap.output().assert_code(143);
    assert_eq!(tracing(&vhost), json!(false));

    // Already on: left on.
    Admin::new().put(&["vhosts", &vhost.name], &json!({"tracing": true}));
    let tap = spawn_trace(&vhost, &["--count", "1"]);
    vhost.run(&["produce", "--routing-key", "q", "again"]);
    let run = tap.output();
    run.assert_ok();
    assert_eq!(
        run.stdout, "publish to exchange '', routing keys 'q': again\n",
        "{run:?}"
    );
    assert_eq!(tracing(&vhost), json!(true));
    Admin::new().put(&["vhosts", &vhost.name], &json!({"tracing": false}));
}

#[test]
fn trace_refuses_binding_keys() {
    let vhost = TestVhost::new("trace-keys");
    let run = vhost.expect_code(&["tap", "--trace", "logs:app.#"], 64);
    assert!(run.stderr.contains("without ':KEY'"), "{run:?}");
    assert_eq!(tracing(&vhost), json!(false));
}
