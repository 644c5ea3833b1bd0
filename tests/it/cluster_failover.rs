//! A three-node cluster of the tests' own (never the shared broker) with a quorum queue: the
//! node `mq produce` is connected to stops, and the run finishes through another node with
//! nothing lost.

use std::collections::BTreeMap;

use crate::common::node::start_cluster;
use crate::common::{Spawned, WAIT, mq_command, wait_for};

const COUNT: u64 = 6000;

#[test]
fn stopping_the_node_in_use_moves_the_producer_to_another_with_nothing_lost() {
    let mut nodes = start_cluster("cluster", 3);
    let queue = "failover";
    let declared = nodes[0].run(&["declare-queue", queue, "--type", "quorum"]);
    assert_eq!(declared, format!("{queue}\t0\n"));

    let mut producer = mq_command();
    producer.env_remove("MQ_URL").env_remove("MQ_API_URL");
    for node in &nodes {
        producer.args(["--url", &node.amqp_url()]);
    }
    producer.args([
        "produce",
        "--routing-key",
        queue,
        "--size",
        "16",
        "--count",
        &COUNT.to_string(),
        "--rate",
        "1500",
    ]);
    // The 1500/s rate is the pace under test: the run lasts long enough for the fault.
    let producing = Spawned::new(&mut producer);
    // It connected to the first --url; once the queue holds what it confirmed there, that node
    // goes away for good.
    wait_for("the producer's first messages", WAIT, || {
        nodes[1].messages(queue) >= 500
    });
    nodes[0].stop();

    let output = producing.output();
    let said = output.stderr.clone();
    eprintln!("{said}");
    assert_eq!(output.code, Some(0), "{said}");
    let second = format!("127.0.0.1:{}", nodes[1].ports.amqp);
    assert!(
        said.contains(&format!("mq: reconnected to amqp://guest@{second}")),
        "{said}"
    );
    assert!(
        said.contains(&format!("confirmed {COUNT}, returned 0, nacked 0")),
        "{said}"
    );
    let bound: u64 = said
        .lines()
        .filter_map(|l| l.strip_prefix("mq: republished "))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter_map(|n| n.parse::<u64>().ok())
        .sum();

    // Everything is there, through a node that stayed up.
    let held = nodes[1].messages(queue);
    let consumed = nodes[1].run(&["consume", queue, "--count", &held.to_string()]);
    let mut ids: BTreeMap<u64, u64> = BTreeMap::new();
    for line in consumed.lines() {
        let id: u64 = line
            .trim_end_matches('.')
            .parse()
            .expect("a sequence number");
        *ids.entry(id).or_default() += 1;
    }
    let lost: Vec<u64> = (0..COUNT).filter(|id| !ids.contains_key(id)).collect();
    assert!(
        lost.is_empty(),
        "{} lost: {:?}…",
        lost.len(),
        &lost[..lost.len().min(10)]
    );
    let duplicates: u64 = ids.values().map(|n| n - 1).sum();
    eprintln!("{duplicates} duplicate(s), up to {bound} announced");
    assert!(
        duplicates <= bound,
        "{duplicates} duplicates, {bound} announced"
    );
}
