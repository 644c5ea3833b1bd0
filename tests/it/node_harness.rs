//! The test-node harness itself (`common::node`), which fault tests build on: a node of
//! its own starts, answers `mq` and `rabbitmqctl`, is restarted with its data, can be killed
//! (its clients then fail fast) and started again, and stops cleanly.

use crate::common::Run;
use crate::common::node::{NodeConfig, TestNode};

#[test]
fn a_node_starts_dies_comes_back_with_its_data_and_stops() {
    let mut node = TestNode::start(NodeConfig::new("harness"));
    assert_ne!(node.ports.amqp, 5672);
    Run::clean(node.mq().args(["declare-queue", "kept"]), &[]).assert_ok();
    let produced = Run::clean(
        node.mq()
            .args(["produce", "--routing-key", "kept", "-q", "a", "b", "c"]),
        &[],
    );
    produced.assert_ok();

    // rabbitmqctl reaches it (the Erlang cookie is shared): what cluster tests need.
    let ctl = node.rabbitmqctl(&["list_queues", "-q", "name", "messages"]);
    assert!(ctl.status.success(), "{ctl:?}\n{}", node.log_tail());
    assert!(
        String::from_utf8_lossy(&ctl.stdout).contains("kept\t3"),
        "{ctl:?}"
    );

    // A clean stop and a start keep the data: a durable queue and its persistent messages.
    // (After a SIGKILL 3.10 may come back without a queue declared a moment before: Mnesia
    // writes its log in the background. Two CI runs saw it, rabbitmqctl listing nothing.)
    node.restart();
    let listed = Run::clean(
        node.mq().args([
            "list-queues",
            "--format",
            "tsv",
            "--columns",
            "name,messages",
        ]),
        &[],
    );
    listed.assert_ok();
    assert_eq!(
        listed.stdout,
        "kept\t3\n",
        "durable queue and persistent messages survive\n{}",
        node.log_tail()
    );

    // Killed, its clients fail fast; started again, it answers.
    node.kill();
    assert!(!node.is_running());
    let down = Run::clean(node.mq().args(["declare-queue", "other"]), &[]);
    down.assert_failed(69, "connection refused");
    node.restart();
    let back = Run::clean(node.mq().args(["declare-queue", "other"]), &[]);
    back.assert_ok();
    assert_eq!(back.stdout, "other\t0\n");

    node.stop();
    assert!(!node.is_running());
    let dir = node.dir.clone();
    drop(node);
    assert!(!dir.exists(), "the node's directory is removed");
}
