//! What differs between the RabbitMQ versions mq is tested on (3.10 through 4.3), and above all
//! a node without management statistics (`management_agent.disable_metrics_collector = true`,
//! the 4.x recommendation where Prometheus is used): each test asks the broker what it is and
//! checks the behaviour promised for that kind of node, so both branches can fail.

use crate::common::{self, TestVhost, WAIT};
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
