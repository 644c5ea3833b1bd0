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
}
