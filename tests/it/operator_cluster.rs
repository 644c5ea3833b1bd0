//! Cluster-level queues: `list-queues`' members, leader and online columns, `rebalance-queues`
//! and `mq check quorum-critical`. The columns are first seen on the broker under test (one
//! node, with or without statistics); the rest on a three-node cluster of the tests' own
//! (`three_nodes`, among scripts/test's private-node modules), where a node is stopped.

use serde_json::Value;

use crate::common::*;

/// The node names of `value` (a JSON array), sorted.
fn names(value: &Value) -> Vec<String> {
    let mut names: Vec<String> = value
        .as_array()
        .unwrap_or_else(|| panic!("not an array of nodes: {value}"))
        .iter()
        .filter_map(|n| n.as_str().map(str::to_owned))
        .collect();
    names.sort_unstable();
    names
}

const CLUSTER_COLUMNS: &str = "name,type,members,leader,online";

#[test]
fn a_quorum_queue_names_its_members_leader_and_online_nodes_and_a_classic_one_none() {
    let vhost = TestVhost::new("members");
    vhost.run(&["declare-queue", "replicated", "--type", "quorum"]);
    vhost.run(&["declare-queue", "single"]);
    let node = Admin::new().get(&["overview"])["node"]
        .as_str()
        .expect("the API's node")
        .to_owned();

    let run = vhost.expect_code(
        &[
            "list-queues",
            "--format",
            "json",
            "--columns",
            CLUSTER_COLUMNS,
        ],
        0,
    );
    let rows: Vec<Value> = serde_json::from_str(&run.stdout).expect("json");
    let row = |name: &str| {
        rows.iter()
            .find(|r| r["name"] == name)
            .unwrap_or_else(|| panic!("{name} not listed: {rows:?}"))
    };
    let quorum = row("replicated");
    assert_eq!(names(&quorum["members"]), [node.as_str()], "{quorum}");
    assert_eq!(quorum["leader"], node.as_str(), "{quorum}");
    assert_eq!(names(&quorum["online"]), [node.as_str()], "{quorum}");
    // A classic queue has no replicas: nothing, not a made-up value.
    let classic = row("single");
    for column in ["members", "leader", "online"] {
        assert!(classic[column].is_null(), "{classic}");
    }
    // The API has them without statistics: nothing said unknown.
    assert!(!run.stderr.contains("unknown"), "{}", run.stderr);

    // rabbitmqctl's way of asking, and not among the defaults.
    let positional = vhost.run(&["list_queues", "name", "leader", "--format", "tsv"]);
    assert!(
        positional
            .lines()
            .any(|l| l == format!("replicated\t{node}")),
        "{positional}"
    );
    let defaults = vhost.run(&["list-queues", "--format", "json"]);
    let defaults: Vec<Value> = serde_json::from_str(&defaults).expect("json");
    assert!(defaults.iter().all(|r| r.get("members").is_none()));
}

/// On three nodes of their own: RabbitMQ of the machine, or of `MQ_TEST_NODE_VERSION`.
mod three_nodes {
    use std::collections::BTreeSet;

    use serde_json::Value;

    use super::{CLUSTER_COLUMNS, names};
    use crate::common::node::{TestNode, start_cluster};
    use crate::common::{Run, WAIT, wait_for};

    const QUEUES: [&str; 4] = ["orders-0", "orders-1", "orders-2", "orders-3"];

    /// `list-queues` on `node`, by queue name.
    fn listed(node: &TestNode) -> Vec<Value> {
        let stdout = node.run(&[
            "list-queues",
            "--format",
            "json",
            "--columns",
            CLUSTER_COLUMNS,
        ]);
        serde_json::from_str(&stdout).expect("json")
    }

    fn leaders(node: &TestNode) -> BTreeSet<String> {
        listed(node)
            .iter()
            .filter_map(|q| q["leader"].as_str().map(str::to_owned))
            .collect()
    }

    fn quorum_critical(node: &TestNode, format: &str) -> Run {
        Run::of(
            node.mq()
                .args(["check", "quorum-critical", "--format", format]),
        )
    }

    #[test]
    fn members_leader_and_online_follow_the_nodes_rebalance_spreads_leaders_and_a_lost_member_makes_the_rest_critical()
     {
        let mut nodes = start_cluster("quorum", 3);
        let mut all: Vec<String> = nodes.iter().map(|n| n.name.clone()).collect();
        all.sort_unstable();
        let _guards: Vec<_> = QUEUES.iter().map(|q| nodes[1].queue_guard(q)).collect();

        // No quorum queue yet: no node is critical.
        for node in &nodes {
            let run = quorum_critical(node, "text");
            assert_eq!(run.code, Some(0), "{run:?}");
            assert!(run.stdout.starts_with("OK"), "{run:?}");
        }

        // Each led by the node it was declared through, so that there is something to
        // rebalance.
        for queue in QUEUES {
            nodes[0].run(&[
                "declare-queue",
                queue,
                "--type",
                "quorum",
                "--arg",
                "x-queue-leader-locator=client-local",
            ]);
        }
        let rows = listed(&nodes[1]);
        assert_eq!(rows.len(), QUEUES.len(), "{rows:?}");
        for row in &rows {
            assert_eq!(row["type"], "quorum", "{row}");
            assert_eq!(names(&row["members"]), all, "{row}");
            assert_eq!(names(&row["online"]), all, "{row}");
            assert_eq!(row["leader"], nodes[0].name.as_str(), "{row}");
        }
        let table = nodes[1].run(&["list-queues", "--columns", "name,leader,online"]);
        eprintln!("{table}");
        assert!(table.contains(&nodes[2].name), "{table}");
        for node in &nodes {
            let run = quorum_critical(node, "text");
            assert_eq!(run.code, Some(0), "all members up: {run:?}");
        }

        let run = Run::of(nodes[2].mq().arg("rebalance_queues"));
        eprintln!("{}{}", run.stdout, run.stderr);
        assert_eq!(run.code, Some(0), "{run:?}");
        assert!(run.stdout.starts_with("rebalancing started: "), "{run:?}");
        let asked = std::time::Instant::now();
        wait_for("the leaders to spread over the nodes", WAIT, || {
            leaders(&nodes[1]).len() > 1
        });
        eprintln!(
            "leaders on {:?} {:?} after rebalance-queues",
            leaders(&nodes[1]),
            asked.elapsed()
        );

        let stopped = nodes[2].name.clone();
        nodes[2].stop();
        let left: Vec<String> = all.iter().filter(|n| **n != stopped).cloned().collect();
        // The queues it led elect another leader: until then the broker still names it.
        let settled = |row: &Value| {
            let leader = row["leader"].as_str().unwrap_or_default();
            names(&row["online"]) == left && left.iter().any(|n| n == leader)
        };
        wait_for(
            "online to lose the stopped node, and a leader among the rest",
            WAIT,
            || listed(&nodes[0]).iter().all(settled),
        );
        for row in listed(&nodes[1]) {
            assert_eq!(names(&row["members"]), all, "still a member: {row}");
            assert!(settled(&row), "{row}");
        }

        // Two of three members left: stopping either would cost every queue its majority.
        for node in &nodes[..2] {
            let run = quorum_critical(node, "text");
            eprintln!("{}", run.stdout);
            assert_eq!(run.code, Some(1), "{run:?}");
            assert!(run.stdout.starts_with("CRITICAL"), "{run:?}");
            for queue in QUEUES {
                assert!(run.stdout.contains(&format!("'{queue}'")), "{run:?}");
            }
            let nagios = quorum_critical(node, "nagios");
            assert_eq!(nagios.code, Some(2), "Nagios's CRITICAL: {nagios:?}");
            assert!(
                nagios.stdout.starts_with("RABBITMQ CRITICAL - "),
                "{nagios:?}"
            );
        }
    }
}
