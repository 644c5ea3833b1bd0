//! `mq check` against the shared broker: every check made and reported alike in each format
//! with the documented exit codes; the probe CRITICAL when AMQP cannot be reached, the API's
//! checks UNKNOWN when the API cannot. (Alarms and expiring certificates are provoked on a
//! node of their own, in `operator_alarms`.)

use serde_json::Value;

use crate::common::*;

const CHECKS: [&str; 8] = [
    "alarms",
    "local-alarms",
    "listeners",
    "quorum-critical",
    "deprecated",
    "vhosts",
    "certificates",
    "probe",
];

#[test]
fn every_check_is_made_and_each_format_says_the_same() {
    let run = mq_run(&["check", "--format", "json"]);
    let outcomes: Value =
        serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run:?}"));
    let outcomes = outcomes.as_array().expect("an array");
    let names: Vec<&str> = outcomes
        .iter()
        .filter_map(|o| o["check"].as_str())
        .collect();
    assert_eq!(names, CHECKS);
    // Deprecated features may be in use on a shared broker (other tests' transient queues):
    // a WARNING then, the same list-deprecated-features --used gives.
    for outcome in outcomes {
        let expected = if outcome["check"] == "deprecated" && outcome["state"] == "WARNING" {
            "WARNING"
        } else {
            "OK"
        };
        assert_eq!(outcome["state"], expected, "{outcome}");
        assert!(
            outcome["why"].as_str().is_some_and(|w| !w.is_empty()),
            "{outcome}"
        );
    }
    let warned = outcomes.iter().any(|o| o["state"] == "WARNING");
    assert_eq!(run.code, Some(if warned { 1 } else { 0 }), "{run:?}");
    let probe = &outcomes[7];
    assert!(
        probe["round_trip_ms"].as_f64().is_some_and(|ms| ms > 0.0),
        "{probe}"
    );

    let nagios = mq_run(&["check", "--format", "nagios"]);
    let first = nagios.stdout.lines().next().unwrap_or_default();
    // Its own run: another test's transient queue may have come or gone since the first.
    let warned = nagios.stdout.contains("\nWARNING deprecated: ");
    let (word, code) = if warned { ("WARNING", 1) } else { ("OK", 0) };
    assert!(
        first.starts_with(&format!("RABBITMQ {word} - ")),
        "{nagios:?}"
    );
    assert!(first.contains(" | round_trip="), "{nagios:?}");
    assert_eq!(nagios.code, Some(code), "{nagios:?}");
    assert_eq!(
        nagios.stdout.lines().count(),
        1 + CHECKS.len(),
        "{nagios:?}"
    );

    let prometheus = mq_run(&["check", "alarms", "probe", "--format", "prometheus"]);
    prometheus.assert_ok();
    assert!(
        prometheus
            .stdout
            .contains("mq_check_status{check=\"alarms\"} 0\n"),
        "{prometheus:?}"
    );
    assert!(
        prometheus
            .stdout
            .contains("mq_check_status{check=\"probe\"} 0\n"),
        "{prometheus:?}"
    );
    assert!(
        !prometheus.stdout.contains("check=\"vhosts\""),
        "{prometheus:?}"
    );
    assert!(
        prometheus
            .stdout
            .contains("\nmq_check_probe_round_trip_seconds "),
        "{prometheus:?}"
    );

    let text = mq_run(&["check", "vhosts", "listeners"]);
    text.assert_ok();
    let lines: Vec<&str> = text.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{text:?}");
    assert!(
        lines[0].starts_with("OK ") && lines[0].contains(" listeners "),
        "{text:?}"
    );
    assert!(
        lines[1].contains(" vhosts ") && lines[1].contains("every vhost is running"),
        "{text:?}"
    );
}

#[test]
fn the_probe_is_critical_without_amqp_and_the_api_checks_unknown_without_the_api() {
    // Nothing listens on port 1.
    let probe = Run::of(
        mq_command()
            .args(["--url", "amqp://guest:guest@127.0.0.1:1"])
            .args(["check", "probe", "--format", "nagios"]),
    );
    assert_eq!(probe.code, Some(2), "{probe:?}");
    assert!(
        probe.stdout.starts_with("RABBITMQ CRITICAL - probe: "),
        "{probe:?}"
    );
    let text =
        Run::of(mq_command().args(["--url", "amqp://guest:guest@127.0.0.1:1", "check", "probe"]));
    assert_eq!(text.code, Some(1), "{text:?}");
    assert!(text.stdout.starts_with("CRITICAL  probe"), "{text:?}");

    let api = Run::of(
        mq_command()
            .args(["--api-url", "http://127.0.0.1:1"])
            .args(["check", "alarms", "vhosts", "--format", "nagios"]),
    );
    assert_eq!(api.code, Some(3), "{api:?}");
    assert!(
        api.stdout.starts_with("RABBITMQ UNKNOWN - alarms: "),
        "{api:?}"
    );
}

#[test]
fn check_refuses_unknown_checks_and_crossed_thresholds() {
    mq_run(&["check", "no-such-check"]).assert_code(64);
    mq_run(&["check", "--warn", "2s", "--critical", "1s"]).assert_failed(64, "--warn");
    mq_run(&["check", "--cert-days", "0"]).assert_code(64);
}

/// A deprecated feature in use (a transient queue that is not exclusive, deprecated since
/// RabbitMQ 3.13 and denied by later versions' defaults) is a WARNING naming it, where the
/// broker tracks deprecated features.
#[test]
fn a_deprecated_feature_in_use_is_a_warning_naming_it() {
    let vhost = TestVhost::new("check-deprecated");
    let tracked = Admin::new()
        .send(reqwest::Method::GET, &["deprecated-features"], None, WAIT)
        .is_ok_and(|(status, _)| status.is_success());
    let declared = vhost.outcome(&["declare-queue", "passing", "--transient"]);
    let run = vhost.outcome(&["check", "deprecated", "--format", "json"]);
    let outcome: Value = serde_json::from_str(&run.stdout).expect("json");
    let why = outcome[0]["why"].as_str().unwrap_or_default().to_owned();
    if !tracked {
        assert_eq!(outcome[0]["state"], "OK", "{run:?}");
        assert!(why.contains("tracks no deprecated features"), "{why}");
    } else if declared.code == Some(0) {
        assert_eq!(outcome[0]["state"], "WARNING", "{run:?}");
        assert_eq!(run.code, Some(1), "{run:?}");
        assert!(why.contains("transient_nonexcl_queues"), "{why}");
    } else {
        // Denied outright: the declare said so (65, naming the feature) and nothing is in use.
        assert_eq!(declared.code, Some(65), "{declared:?}");
        assert!(
            declared.stderr.contains("transient_nonexcl_queues"),
            "{declared:?}"
        );
    }
}
