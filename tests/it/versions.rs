//! What differs between the RabbitMQ versions mq is tested on (3.10 through 4.3), and above all
//! a node without management statistics (`management_agent.disable_metrics_collector = true`,
//! the 4.x recommendation where Prometheus is used): each test asks the broker what it is and
//! checks the behaviour promised for that kind of node, so both branches can fail: the lists
//! and columns without statistics (with the Prometheus plugin standing in, and without it on a
//! node of the test's own), streams, denied deprecated features, and 4.1's frame_max floor.

use crate::common::node::{NodeConfig, TestNode};
use crate::common::{self, Run, TestVhost, WAIT};
use crate::inspection::Holder;

#[test]
fn lists_kept_only_as_statistics_say_what_gives_them_when_the_node_keeps_none() {
    let vhost = TestVhost::new("versions-lists");
    for (command, ctl) in [
        ("list-channels", "rabbitmqctl list_channels"),
        ("list-consumers", "rabbitmqctl list_consumers"),
        ("list-connections", "rabbitmqctl list_connections"),
    ] {
        if common::broker().stats_disabled {
            let run = vhost.expect_code(&[command], 69);
            assert!(
                run.stderr.contains("keeps no management statistics") && run.stderr.contains(ctl),
                "{command}: {run:?}"
            );
            assert_eq!(run.stdout, "", "{command}");
        } else {
            vhost.expect_code(&[command, "--format", "json"], 0);
        }
    }
}

#[test]
fn unacked_is_counted_across_vhosts_with_or_without_statistics() {
    let vhost = TestVhost::new("versions-unacked");
    vhost.fill("held", 3, 4);
    let holder = Holder::new(&vhost, "held", 1);
    // Without statistics the node lists no channels: their silence must not read as "none
    // unacked". The queues' totals still count it.
    let args = [
        "list-queues",
        "--all-vhosts",
        "--format",
        "tsv",
        "--columns",
        "vhost,name,messages,ready,unacked,consumers",
    ];
    let wanted = format!("{}\theld\t3\t2\t1\t1", vhost.name);
    let mut last = String::new();
    let counted = common::poll(WAIT, || {
        last = vhost.run(&args);
        last.lines().any(|line| line == wanted)
    });
    assert!(counted, "{wanted:?} not in {last:?}");
    // Rates and memory are statistics only: empty, and said once.
    let run = vhost.expect_code(&["list-queues", "--columns", "name,memory,publish_rate"], 0);
    let said = run.stderr.matches("keeps no management statistics").count();
    assert_eq!(
        said,
        usize::from(common::broker().stats_disabled),
        "{run:?}"
    );
    drop(holder);
}

#[test]
fn overview_and_topology_answer_with_or_without_statistics() {
    let vhost = TestVhost::new("versions-views");
    vhost.run(&["declare-exchange", "logs", "--type", "fanout"]);
    vhost.run(&["declare-queue", "q", "--bind", "logs:all"]);
    let overview = vhost.run(&["overview", "--format", "json"]);
    let overview: serde_json::Value = serde_json::from_str(&overview).expect("json");
    let version = overview[0]["version"].as_str().unwrap_or_default();
    let (major, minor) = common::broker().version;
    assert!(
        version.starts_with(&format!("{major}.{minor}")),
        "{overview}"
    );
    let tree = vhost.run(&["topology"]);
    assert!(tree.contains("logs") && tree.contains('q'), "{tree}");
}

/// The row of `queue` in a JSON listing, once `ready` says it is as wanted.
fn queue_row(
    vhost: &TestVhost,
    args: &[&str],
    queue: &str,
    ready: impl Fn(&serde_json::Value) -> bool,
) -> (serde_json::Value, common::Run) {
    let mut last = None;
    let settled = common::poll(WAIT, || {
        let run = vhost.expect_code(args, 0);
        let rows: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
        let row = rows
            .as_array()
            .and_then(|rows| rows.iter().find(|r| r["name"] == queue).cloned())
            .unwrap_or_default();
        let done = ready(&row);
        last = Some((row, run));
        done
    });
    let (row, run) = last.expect("a listing");
    assert!(settled, "{row} / {run:?}");
    (row, run)
}

#[test]
fn statistics_columns_are_the_prometheus_plugins_when_the_node_keeps_none() {
    let vhost = TestVhost::new("versions-prometheus");
    vhost.fill("held", 3, 4);
    let holder = Holder::new(&vhost, "held", 1);
    let args = [
        "list-queues",
        "--format",
        "json",
        "--columns",
        "name,messages,unacked,memory,message_bytes,consumer_utilisation,idle_since",
    ];
    // With statistics they lag up to 5 s; the plugin's are current.
    let (row, run) = queue_row(&vhost, &args, "held", |row| {
        row["messages"] == 3
            && row["unacked"] == 1
            && row["memory"].as_u64().is_some_and(|m| m > 0)
            && row["message_bytes"] == 12
            && row["consumer_utilisation"].is_number()
    });
    let said = run.stderr.matches("keeps no management statistics").count();
    if common::broker().stats_disabled {
        // idle_since is the one column the plugin has no stand-in for: said once, not blank
        // without a word.
        assert_eq!(said, 1, "{run:?}");
        assert!(
            run.stderr.contains("idle_since is unknown")
                && run.stderr.contains("Prometheus plugin's"),
            "{run:?}"
        );
        assert!(row["idle_since"].is_null(), "{row}");
    } else {
        assert_eq!(said, 0, "{run:?}");
    }
    drop(holder);
}

#[test]
fn a_streams_size_is_counted_with_or_without_statistics() {
    let vhost = TestVhost::new("versions-stream");
    vhost.run(&["declare-queue", "log", "--type", "stream"]);
    vhost.run(&["produce", "--routing-key", "log", "a", "b", "c"]);
    // A stream keeps what its consumers acknowledge: none unacked, its size is its messages.
    let args = [
        "list-queues",
        "--format",
        "json",
        "--columns",
        "name,type,messages,ready,unacked",
    ];
    let (row, run) = queue_row(&vhost, &args, "log", |row| {
        row["messages"] == 3 && row["ready"] == 3 && row["unacked"] == 0
    });
    assert_eq!(row["type"], "stream", "{row}");
    assert_eq!(run.stderr, "", "{run:?}");
}

#[test]
fn the_overview_counts_channels_consumers_and_messages_with_or_without_statistics() {
    let vhost = TestVhost::new("versions-overview");
    vhost.fill("held", 3, 4);
    let holder = Holder::new(&vhost, "held", 1);
    let args = [
        "overview",
        "--format",
        "json",
        "--columns",
        "channels,consumers,messages,ready,unacked",
    ];
    // Other tests' queues count too: at least this test's.
    let mut last = None;
    let counted = common::poll(WAIT, || {
        let run = vhost.expect_code(&args, 0);
        let rows: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
        let at_least = |key: &str, n: u64| rows[0][key].as_u64().is_some_and(|v| v >= n);
        let done = at_least("channels", 1)
            && at_least("consumers", 1)
            && at_least("messages", 3)
            && at_least("ready", 2)
            && at_least("unacked", 1);
        last = Some(run);
        done
    });
    assert!(counted, "{last:?}");
    drop(holder);
}

/// Whether the broker denies the deprecated feature `name`, as its API says (3.13 and later
/// list them; before, nothing was deprecated this way).
fn denies(name: &str) -> bool {
    if common::broker().version < (3, 13) {
        return false;
    }
    let features = common::Admin::new().get(&["deprecated-features"]);
    features
        .as_array()
        .into_iter()
        .flatten()
        .any(|f| f["name"] == name && f["state"] == "denied")
}

#[test]
fn a_denied_deprecated_feature_is_65_with_its_name_and_what_to_do_instead() {
    let vhost = TestVhost::new("versions-deprecated");
    for (args, feature, instead) in [
        (
            &[
                "declare-queue",
                "located",
                "--arg",
                "x-queue-master-locator=min-masters",
            ][..],
            "queue_master_locator",
            "x-queue-leader-locator",
        ),
        (
            &["declare-queue", "transient", "--transient"][..],
            "transient_nonexcl_queues",
            "durable",
        ),
    ] {
        if denies(feature) {
            let run = vhost.expect_code(args, 65);
            assert!(
                run.stderr
                    .contains(&format!("denies the deprecated feature '{feature}'"))
                    && run.stderr.contains(instead),
                "{run:?}"
            );
        } else {
            vhost.expect_code(args, 0);
        }
    }
}

#[test]
fn classic_mirroring_policies_are_refused_on_4x_with_what_replaces_them() {
    let vhost = TestVhost::new("versions-mirroring");
    let definitions = serde_json::json!({
        "policies": [{
            "vhost": vhost.name,
            "name": "ha-all",
            "pattern": "^ha\\.",
            "apply-to": "queues",
            "definition": {"ha-mode": "all", "ha-sync-mode": "automatic"},
            "priority": 0
        }]
    });
    let file = common::temp_file(definitions.to_string().as_bytes());
    let path = file.path().to_str().expect("a UTF-8 path");
    if common::broker().is_4x() {
        let run = vhost.expect_code(&["import-definitions", path], 65);
        assert!(
            run.stderr.contains("classic_queue_mirroring") && run.stderr.contains("quorum"),
            "{run:?}"
        );
    } else {
        vhost.expect_code(&["import-definitions", path], 0);
    }
}

#[test]
fn a_frame_max_below_8192_is_refused_by_4_1_and_later_with_the_reason() {
    let vhost = TestVhost::new("versions-frame-max");
    let url = format!(
        "{}?frame_max=4096",
        common::broker_url().trim_end_matches('/')
    );
    let args = ["--url", &url, "declare-queue", "framed"];
    if common::broker().version >= (4, 1) {
        let run = vhost.expect_code(&args, 65);
        assert!(
            run.stderr.contains("refuse a frame_max below 8192")
                && run.stderr.contains("asks for 4096"),
            "{run:?}"
        );
    } else {
        vhost.expect_code(&args, 0);
    }
}

#[test]
fn without_the_prometheus_plugin_the_statistics_columns_are_said_unknown_once() {
    // A node of its own: the brokers under test all have the plugin.
    let mut config = NodeConfig::new("nostats");
    config
        .extra_conf
        .push("management_agent.disable_metrics_collector = true".to_owned());
    let node = TestNode::start(config);
    node.run(&["declare-queue", "q"]);
    node.run(&["produce", "--routing-key", "q", "a", "b"]);
    let run = Run::of(node.mq().args([
        "list-queues",
        "--format",
        "tsv",
        "--columns",
        "name,messages,unacked,memory,message_bytes",
    ]));
    run.assert_ok();
    // The counts are the queue's own; the statistics columns are empty, and said so once.
    assert_eq!(run.stdout, "q\t2\t0\t\t\n", "{run:?}");
    assert_eq!(
        run.stderr.matches("keeps no management statistics").count(),
        1,
        "{run:?}"
    );
    assert!(
        run.stderr.contains("memory and message_bytes are unknown")
            && run
                .stderr
                .contains("rabbitmq-plugins enable rabbitmq_prometheus"),
        "{run:?}"
    );
    let run = Run::of(node.mq().args(["overview", "--format", "json"]));
    run.assert_ok();
    assert!(
        run.stderr
            .contains("channels, consumers, messages, ready and unacked are unknown"),
        "{run:?}"
    );
}
