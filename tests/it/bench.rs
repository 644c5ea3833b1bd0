//! `mq bench` on the real broker: a short run whose summary must be consistent (received ≤
//! confirmed ≤ sent, ordered percentiles) and which leaves no scratch queue behind. No timing is
//! asserted: speed lives in the benchmark scripts.

use serde_json::Value;

use crate::common::{Run, TestVhost};

fn check_summary(summary: &Value) {
    let n = |key: &str| {
        summary[key]
            .as_u64()
            .unwrap_or_else(|| panic!("{key} in {summary}"))
    };
    assert!(n("sent") > 0, "{summary}");
    assert!(n("confirmed") <= n("sent"), "{summary}");
    assert!(n("received") <= n("confirmed"), "{summary}");
    assert_eq!(n("nacked") + n("returned"), 0, "{summary}");
    let latency = &summary["latency_us"];
    let p = |key: &str| {
        latency[key]
            .as_u64()
            .unwrap_or_else(|| panic!("{key} in {summary}"))
    };
    assert!(p("p50") > 0, "{summary}");
    assert!(
        p("p50") <= p("p95") && p("p95") <= p("p99") && p("p99") <= p("max"),
        "{summary}"
    );
}

#[test]
fn a_short_json_run_is_consistent_and_cleans_up() {
    let vhost = TestVhost::new("bench");
    // A 2 s run is the behaviour under test, not a wait.
    let output = Run::of(
        vhost
            .mq()
            .args([
                "bench",
                "--duration",
                "2s",
                "--rate",
                "400",
                "--producers",
                "2",
            ])
            .args(["--consumers", "2", "--persistent", "--format", "json"]),
    );
    assert!(output.code == Some(0), "{}", output.stderr);
    let summary: Value = serde_json::from_str(&output.stdout).expect("JSON summary");
    check_summary(&summary);
    assert_eq!(summary["producers"], 2);
    assert_eq!(summary["persistent"], true);
    assert_eq!(summary["queue_type"], "classic");
    // Per-second lines went to stderr, keeping stdout pure JSON.
    let stderr = &output.stderr;
    assert!(
        stderr.lines().any(|l| l.trim_start().starts_with("1s")),
        "{stderr}"
    );
    assert!(
        vhost.queues().is_empty(),
        "the scratch queue was left behind"
    );
}

#[test]
fn quorum_and_stream_scratch_queues_work_in_text_mode() {
    let vhost = TestVhost::new("bench-types");
    for queue_type in ["quorum", "stream"] {
        let out = vhost.run(&[
            "bench",
            "--duration",
            "1s",
            "--rate",
            "200",
            "--queue-type",
            queue_type,
        ]);
        assert!(
            out.contains("summary: 1 producer(s), 1 consumer(s)"),
            "{out}"
        );
        assert!(
            out.contains(&format!("{queue_type} queue 'mq-bench-")),
            "{out}"
        );
        assert!(out.contains("end-to-end latency ms: p50 "), "{out}");
    }
    assert!(vhost.queues().is_empty());
}

#[test]
fn an_existing_queue_is_used_and_kept() {
    let vhost = TestVhost::new("bench-existing");
    vhost.run(&["declare-queue", "mine"]);
    // 3 s, not 1: the run's clock starts before its connections are up, and on a loaded
    // machine connecting alone has taken over a second (sent 0).
    let out = vhost.run(&[
        "bench",
        "--duration",
        "3s",
        "--rate",
        "100",
        "--queue",
        "mine",
        "--format",
        "json",
    ]);
    let summary: Value = serde_json::from_str(&out).expect("JSON summary");
    check_summary(&summary);
    assert_eq!(summary["queue"], "mine");
    assert_eq!(vhost.queue("mine")["name"], "mine");
}

#[test]
fn bad_arguments_are_usage_errors() {
    let vhost = TestVhost::new("bench-usage");
    let output = vhost.outcome(&["bench", "--size", "4"]);
    assert_eq!(output.code, Some(64));
    assert!(output.stderr.contains("at least 8"));
    for bad in [
        &["--size", "100-10"][..],
        &["--rate", "100:0s"],
        &["--rate", "0:1s"],
        &["--requeue"],
        &["--queues", "2", "--queue-pattern", "fixed"],
        &["--queues", "0"],
        &["--channels-per-connection", "0"],
        &["--output-format", "csv"],
        &["--queue-type", "stream", "--until-empty"],
    ] {
        let output = Run::of(vhost.mq().arg("bench").args(bad));
        assert_eq!(output.code, Some(64), "{bad:?}: {}", output.stderr);
    }
}

/// The summary of a `bench --format json` run that must succeed.
fn summary_of(vhost: &TestVhost, args: &[&str]) -> Value {
    let output = Run::of(
        vhost
            .mq()
            .arg("bench")
            .args(args)
            .args(["--format", "json"]),
    );
    assert_eq!(output.code, Some(0), "{args:?}: {}", output.stderr);
    serde_json::from_str(&output.stdout).expect("JSON summary")
}

fn n(value: &Value, key: &str) -> u64 {
    value[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} in {value}"))
}

/// Every message published was settled one way; the counts of each queue add up.
fn check_settled(summary: &Value, count: u64) {
    assert_eq!(n(summary, "sent"), count, "{summary}");
    assert_eq!(
        n(summary, "confirmed") + n(summary, "nacked") + n(summary, "returned"),
        count,
        "{summary}"
    );
    let per_queue: u64 = summary["queues"]
        .as_array()
        .expect("queues")
        .iter()
        .map(|q| n(q, "received"))
        .sum();
    assert_eq!(per_queue, n(summary, "received"), "{summary}");
}

#[test]
fn a_fanout_over_named_queues_adds_up_line_by_line_and_cleans_up() {
    let vhost = TestVhost::new("bench-fanout");
    let file = tempfile::NamedTempFile::new().expect("temp file");
    let path = file.path().to_str().expect("path");
    let summary = summary_of(
        &vhost,
        &[
            "--queues",
            "3",
            "--queue-pattern",
            "fan-%d",
            "--exchange-type",
            "fanout",
            "--count",
            "300",
            "--producers",
            "2",
            "--consumers",
            "2",
            "--output-file",
            path,
            "--output-format",
            "jsonl",
        ],
    );
    check_settled(&summary, 300);
    assert_eq!(n(&summary, "confirmed"), 300, "{summary}");
    // Every queue got every message, and the consumers took them all.
    let names: Vec<&str> = summary["queues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            assert_eq!(n(q, "received"), 300, "{summary}");
            q["name"].as_str().unwrap()
        })
        .collect();
    assert_eq!(names, ["fan-1", "fan-2", "fan-3"]);
    assert_eq!(summary["exchange_type"], "fanout");
    // The lines of the file add up to the summary.
    let text = std::fs::read_to_string(path).expect("seconds file");
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(!lines.is_empty());
    for key in [
        "sent",
        "confirmed",
        "received",
        "nacked",
        "returned",
        "rejected",
    ] {
        let total: u64 = lines.iter().map(|l| n(l, key)).sum();
        assert_eq!(total, n(&summary, key), "{key}: {text}");
    }
    assert!(vhost.queues().is_empty(), "scratch queues left behind");
    let exchanges = vhost.run(&["list-exchanges", "--format", "tsv"]);
    assert!(!exchanges.contains("mq-bench-"), "{exchanges}");
}

#[test]
fn routing_keys_channels_and_sizes_are_consistent_in_csv() {
    let vhost = TestVhost::new("bench-keys");
    let file = tempfile::NamedTempFile::new().expect("temp file");
    let path = file.path().to_str().expect("path");
    let summary = summary_of(
        &vhost,
        &[
            "--queues",
            "4",
            "--routing-keys",
            "a,b",
            "--count",
            "400",
            "--size",
            "100-1000",
            "--producers",
            "2",
            "--consumers",
            "3",
            "--channels-per-connection",
            "2",
            "--output-file",
            path,
        ],
    );
    check_settled(&summary, 400);
    // Each key is bound to two queues of four: every message reaches two.
    assert_eq!(summary["exchange_type"], "direct");
    assert_eq!(
        n(&summary, "received"),
        2 * n(&summary, "confirmed"),
        "{summary}"
    );
    assert!(n(&summary, "received_bytes_min") >= 100, "{summary}");
    assert!(n(&summary, "received_bytes_max") <= 1000, "{summary}");
    assert!(n(&summary, "size") == 100 && n(&summary, "size_max") == 1000);
    let latency = &summary["confirm_latency_us"];
    assert!(
        n(latency, "p50") > 0 && n(latency, "p50") <= n(latency, "max"),
        "{summary}"
    );
    let text = std::fs::read_to_string(path).expect("seconds file");
    let mut rows = text.lines();
    let header: Vec<&str> = rows.next().expect("header").split(',').collect();
    assert_eq!(header[..3], ["second", "sent", "confirmed"]);
    let column = |name: &str| header.iter().position(|h| *h == name).expect(name);
    let (sent, received) = (column("sent"), column("received"));
    let (mut sent_total, mut received_total) = (0, 0);
    for row in rows {
        let cells: Vec<u64> = row.split(',').map(|c| c.parse().expect(row)).collect();
        assert_eq!(cells.len(), header.len(), "{row}");
        sent_total += cells[sent];
        received_total += cells[received];
    }
    assert_eq!(sent_total, 400, "{text}");
    assert_eq!(received_total, n(&summary, "received"), "{text}");
    assert!(vhost.queues().is_empty());
}

#[test]
fn nack_drops_and_nack_requeue_redelivers() {
    let vhost = TestVhost::new("bench-nack");
    let summary = summary_of(&vhost, &["--count", "200", "--nack"]);
    check_settled(&summary, 200);
    assert_eq!(n(&summary, "received"), 200, "{summary}");
    assert_eq!(n(&summary, "rejected"), 200, "{summary}");
    assert_eq!(n(&summary, "redelivered"), 0, "{summary}");

    // Requeued, a message comes back again and again: every delivery after the first is a
    // redelivery, and every one is rejected.
    let summary = summary_of(
        &vhost,
        &[
            "--duration",
            "1s",
            "--rate",
            "100",
            "--nack",
            "--requeue",
            "--consumer-rate",
            "2000",
        ],
    );
    assert_eq!(
        n(&summary, "rejected"),
        n(&summary, "received"),
        "{summary}"
    );
    assert!(n(&summary, "redelivered") > 0, "{summary}");
    assert!(
        n(&summary, "received") >= n(&summary, "redelivered"),
        "{summary}"
    );
    assert!(vhost.queues().is_empty());
}

#[test]
fn until_empty_drains_an_existing_queue_through_slow_consumers() {
    let vhost = TestVhost::new("bench-empty");
    vhost.fill("mine", 300, 16);
    let summary = summary_of(
        &vhost,
        &[
            "--queue",
            "mine",
            "--producers",
            "0",
            "--consumers",
            "2",
            "--until-empty",
            "--consumer-latency",
            "1ms",
            "--prefetch",
            "10",
        ],
    );
    assert_eq!(n(&summary, "sent"), 0, "{summary}");
    assert_eq!(n(&summary, "received"), 300, "{summary}");
    assert_eq!(vhost.ready("mine"), 0);
}

#[test]
fn rate_steps_and_every_node_given_are_used() {
    let vhost = TestVhost::new("bench-nodes");
    // The one broker under two names: two nodes as far as mq knows.
    let url = crate::common::broker_url();
    let other = url.replacen("127.0.0.1", "localhost", 1);
    assert_ne!(url, other, "the test broker is addressed by 127.0.0.1");
    let output = Run::of(vhost.mq().args(["--url", &url, "--url", &other]).args([
        "bench",
        "--producers",
        "2",
        "--consumers",
        "2",
        "--duration",
        "2s",
        "--rate",
        "400:500ms,0:250ms",
        "--format",
        "json",
    ]));
    assert_eq!(output.code, Some(0), "{}", output.stderr);
    let summary: Value = serde_json::from_str(&output.stdout).expect("JSON summary");
    check_summary(&summary);
    let nodes = summary["nodes"].as_array().expect("nodes");
    assert_eq!(nodes.len(), 2, "{summary}");
    assert!(
        nodes.iter().all(|node| n(node, "connections") == 2),
        "{summary}"
    );
}
