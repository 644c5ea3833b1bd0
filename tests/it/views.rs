//! The views built on the listings, on the real broker: `topology` as a tree and as dot,
//! export, reset and import of definitions, `--watch` off a terminal, and counts where the
//! statistics must fill in (messages held after basic.get, another connection's exclusive queue).

use std::process::Command;

use serde_json::Value;

use crate::common::{self, Run, Spawned, TestVhost, WAIT, temp_dir, temp_file, wait_for};
use crate::inspection::{Hold, Holder, tutorial};

#[test]
fn topology_draws_the_tutorial_as_a_tree_and_as_dot_that_graphviz_accepts() {
    let vhost = TestVhost::new("topology");
    let _holder = tutorial(&vhost);
    // The held message is unacked, a count the management statistics give with a lag (as
    // `--help` says): wait for it rather than race it.
    let mut tree = String::new();
    wait_for("topology to count held's unacked message", WAIT, || {
        tree = vhost.run(&["topology"]);
        tree.contains("queue held (classic, 1 message, 1 consumer)")
    });
    for part in [
        "exchange integers (direct)",
        "odd → queue odds (classic, 3 messages, 0 consumers) [backlog]",
        "even → queue evens (classic, 2 messages, 0 consumers) [backlog]",
        "exchange logs (fanout)",
        "odd → exchange integers",
        "not bound to any exchange",
        "queue held (classic, 1 message, 1 consumer)",
    ] {
        assert!(tree.contains(part), "{part:?} not in\n{tree}");
    }
    assert!(!tree.contains("amq."), "{tree}");

    let dot = vhost.run(&["topology", "--format", "dot"]);
    for part in [
        "\"exchange:integers\" -> \"queue:odds\" [label=\"odd\"]",
        "\"exchange:integers\" -> \"queue:evens\" [label=\"even\"]",
        "\"queue:odds\" [",
        "\"queue:evens\" [",
        "3 messages, 0 consumers",
    ] {
        assert!(dot.contains(part), "{part:?} not in\n{dot}");
    }
    // graphviz's dot (scripts/tools installs it)
    let svg = Run::with_stdin(Command::new("dot").arg("-Tsvg"), dot.as_bytes());
    assert!(svg.code == Some(0), "{}", svg.stderr);
    assert!(svg.stdout.contains("<svg"));

    let mermaid = vhost.run(&["topology", "--format", "mermaid"]);
    assert!(
        mermaid.starts_with("flowchart LR\n") && mermaid.contains("|\"odd\"|"),
        "{mermaid}"
    );

    let graph: Value = serde_json::from_str(&vhost.run(&["topology", "--format", "json"])).unwrap();
    let odds = graph["queues"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["name"] == "odds")
        .unwrap();
    assert_eq!(
        (odds["messages"].as_i64(), odds["consumers"].as_i64()),
        (Some(3), Some(0))
    );
    assert!(
        graph["bindings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["source"] == "integers"
                && b["destination"] == "evens"
                && b["routing_key"] == "even")
    );
}

/// Exchanges, queues and bindings of the vhost as sorted tsv lines.
fn objects(vhost: &TestVhost) -> Vec<String> {
    let mut lines = Vec::new();
    for (command, columns) in [
        (
            "list-exchanges",
            "name,type,durable,auto_delete,internal,arguments",
        ),
        ("list-queues", "name,type,durable,auto_delete,arguments"),
        (
            "list-bindings",
            "source,destination,destination_type,routing_key,arguments",
        ),
    ] {
        let listed = vhost.run(&[command, "--columns", columns, "--format", "tsv"]);
        lines.extend(listed.lines().map(|l| format!("{command}\t{l}")));
    }
    lines.sort();
    lines
}

#[test]
fn export_reset_import_restores_exchanges_queues_and_bindings() {
    let vhost = TestVhost::new("definitions");
    vhost.run(&["declare-exchange", "integers"]);
    vhost.run(&[
        "declare-exchange",
        "logs",
        "--type",
        "topic",
        "--arg",
        "alternate-exchange=integers",
    ]);
    vhost.run(&[
        "declare-queue",
        "odds",
        "--bind",
        "integers:odd",
        "--max-length",
        "100",
    ]);
    vhost.run(&[
        "declare-queue",
        "evens",
        "--bind",
        "integers:even",
        "--bind",
        "logs:#.even",
    ]);
    let before = objects(&vhost);
    assert!(
        before.iter().any(|l| l.contains("x-max-length")),
        "{before:?}"
    );

    let dir = temp_dir();
    let file = dir.path().join("defs.json");
    let file_arg = file.to_str().unwrap();
    vhost.run(&["export-definitions", file_arg]);
    let exported: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(
        exported["queues"].as_array().unwrap().len(),
        2,
        "{exported}"
    );
    assert!(
        exported.get("users").is_none(),
        "one vhost, not the broker: {exported}"
    );

    vhost.run(&["reset", "--yes"]);
    assert_ne!(objects(&vhost), before);
    // Import merges: what exists is kept.
    vhost.run(&["declare-queue", "kept"]);
    let said = vhost.run(&["import-definitions", file_arg]);
    assert!(said.contains("2 queues") && said.contains("kept"), "{said}");
    let after = objects(&vhost);
    let kept: Vec<&String> = after.iter().filter(|l| l.contains("kept")).collect();
    assert!(!kept.is_empty());
    let restored: Vec<String> = after.into_iter().filter(|l| !l.contains("kept")).collect();
    assert_eq!(restored, before);

    // From standard input, and a second time: nothing changes.
    let output = vhost.with_stdin(&["import-definitions", "-"], &std::fs::read(&file).unwrap());
    assert!(output.code == Some(0), "{}", output.stderr);
    assert_eq!(
        objects(&vhost)
            .into_iter()
            .filter(|l| !l.contains("kept"))
            .collect::<Vec<_>>(),
        before
    );

    // Not JSON: refused before the broker is asked.
    let bad = temp_file(b"not json");
    let output = vhost.outcome(&["import-definitions", bad.path().to_str().unwrap()]);
    assert_eq!(output.code, Some(65));
}

#[test]
fn export_without_vhost_is_the_whole_broker() {
    let vhost = TestVhost::new("broker-export");
    let output = Run::of(common::mq_command().args(["export-definitions", "-"]));
    assert!(output.code == Some(0), "{}", output.stderr);
    let exported: Value = serde_json::from_str(&output.stdout).unwrap();
    assert!(
        exported["vhosts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["name"] == vhost.name.as_str())
    );
    assert!(exported["users"].as_array().is_some());
}

#[test]
fn watch_off_a_terminal_writes_whole_frames_with_rates_and_ctrl_c_exits_130() {
    let vhost = TestVhost::new("watch");
    vhost.run(&["declare-queue", "w"]);
    // A frame every 5 s, the shortest interval.
    let mut child = Spawned::new(vhost.mq().args([
        "list-queues",
        "--watch",
        "5s",
        "--format",
        "json",
        "--columns",
        "name,ready",
    ]));
    let stdout = child.stdout.take().unwrap();
    let mut frames = serde_json::Deserializer::from_reader(stdout).into_iter::<Value>();
    // The rates are the broker's own, there from the first frame: 0 for a queue nothing went
    // through yet; unknown (null) on a node that keeps no statistics.
    let first = frames.next().unwrap().unwrap();
    let rate = if common::broker().stats_disabled {
        Value::Null
    } else {
        serde_json::json!(0.0)
    };
    assert_eq!(
        first,
        serde_json::json!([{"name": "w", "ready": 0, "in_rate": rate, "out_rate": rate}])
    );
    vhost.run(&["produce", "--routing-key", "w", "a", "b"]);
    let later = frames.next().unwrap().unwrap();
    assert_eq!(later[0]["name"], "w");
    assert_eq!(
        later[0]["in_rate"].is_number(),
        !common::broker().stats_disabled,
        "{later}"
    );
    assert!(child.interrupt());
    // Read on to the end: a reader that left early would turn the exit into a quiet EPIPE.
    for _ in frames {}
    let output = child.output();
    assert_eq!(output.code, Some(130), "{}", output.stderr);
    if common::broker().stats_disabled {
        // Rates unknown, and said so once.
        assert_eq!(output.stderr.lines().count(), 1, "{}", output.stderr);
        assert!(output.stderr.contains("keeps no management statistics"));
    } else {
        assert_eq!(output.stderr, "");
    }
}

#[test]
fn messages_held_after_basic_get_are_counted_from_the_totals() {
    let vhost = TestVhost::new("get-held");
    vhost.fill("got", 20, 5);
    vhost.run(&["declare-queue", "other"]);
    let holder = Holder::start(&vhost, "got", Hold::Get(5));
    // At once: ready is current, the others' counts too.
    vhost.run(&["produce", "--routing-key", "other", "x"]);
    let queue = vhost.queue("got");
    assert_eq!(
        (queue["ready"].as_i64(), queue["consumers"].as_i64()),
        (Some(15), Some(0)),
        "{queue}"
    );
    assert_eq!(vhost.queue("other")["ready"], 1);
    // The unacked count lags (statistics): judge the listing that has caught up.
    let mut queue = serde_json::Value::Null;
    wait_for("got's unacked", WAIT, || {
        queue = vhost.queue("got");
        queue["unacked"] == 5
    });
    assert_eq!(
        (queue["messages"].as_i64(), queue["ready"].as_i64()),
        (Some(20), Some(15)),
        "{queue}"
    );
    drop(holder);
    // The broker requeues the held messages once it sees the holder gone; unacked (in
    // messages) follows the statistics.
    wait_for("got's messages back to 20 ready", WAIT, || {
        queue = vhost.queue("got");
        (queue["ready"].as_i64(), queue["messages"].as_i64()) == (Some(20), Some(20))
    });
}

#[test]
fn another_connections_exclusive_queue_is_listed_with_the_apis_counts_among_current_ones() {
    let vhost = TestVhost::new("exclusive");
    let names: Vec<String> = (0..300).map(|i| format!("plain-{i:03}")).collect();
    vhost.declare_queues(&names);
    // Sorted among the others: its refused declare closes a channel mid-batch.
    let _owner = Holder::start(&vhost, "plain-150-mine", Hold::Exclusive(3));
    vhost.run(&["produce", "--routing-key", "plain-299", "a", "b"]);
    vhost.run(&["produce", "--routing-key", "plain-151", "c"]);
    let verbose = vhost.outcome(&["--verbose", "list-queues", "--format", "json"]);
    assert!(verbose.code == Some(0), "{}", verbose.stderr);
    let said = &verbose.stderr;
    // The broker refuses a passive declare of another connection's exclusive queue: the API
    // is asked for that one queue.
    assert!(said.contains("/plain-150-mine\n"), "{said}");
    let queues: Vec<Value> = serde_json::from_str(&verbose.stdout).unwrap();
    assert_eq!(queues.len(), 301, "nothing missing or doubled");
    let ready = |name: &str| {
        queues
            .iter()
            .find(|q| q["name"] == name)
            .map(|q| q["ready"].clone())
    };
    // Current, before the statistics could know: the declares after the refused one were sent
    // again on a fresh channel.
    assert_eq!(ready("plain-299"), Some(Value::from(2)));
    assert_eq!(ready("plain-151"), Some(Value::from(1)));
    assert_eq!(ready("plain-000"), Some(Value::from(0)));
    // The exclusive queue's counts are the statistics': 3 once they have caught up.
    wait_for("the exclusive queue's count", WAIT, || {
        vhost.queue("plain-150-mine")["ready"] == 3
    });
    let listed = vhost.outcome(&[
        "list-queues",
        "--columns",
        "name,exclusive",
        "--format",
        "tsv",
        "--filter",
        "mine",
    ]);
    assert_eq!(listed.stdout, "plain-150-mine\ttrue\n");
    assert_eq!(listed.stderr, "");
}
