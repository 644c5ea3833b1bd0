//! `mq check` seen failing on a node of its own (TLS listeners whose certificates expire in 2
//! days): the certificates check CRITICAL; a memory alarm provoked (the high watermark set
//! near zero) makes the alarm checks and the probe (publishing blocked) CRITICAL, and clearing
//! it brings them back to OK.

use serde_json::Value;

use crate::common::Run;
use crate::common::node::{NodeConfig, TestNode};

fn states(node: &TestNode, args: &[&str]) -> (Option<i32>, Vec<(String, String)>) {
    let run = Run::of(node.mq().args(["check", "--format", "json"]).args(args));
    let outcomes: Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {run:?}\n{}", node.log_tail()));
    let states = outcomes
        .as_array()
        .expect("an array")
        .iter()
        .map(|o| {
            (
                o["check"].as_str().unwrap_or_default().to_owned(),
                format!("{} {}", o["state"].as_str().unwrap_or_default(), o["why"]),
            )
        })
        .collect();
    (run.code, states)
}

#[test]
fn alarms_and_expiring_certificates_are_critical() {
    let node = TestNode::start(NodeConfig::new("check").with_tls());

    // Reported in the documented order, whatever the order asked in.
    let (code, outcomes) = states(&node, &["certificates", "alarms", "probe"]);
    assert_eq!(code, Some(1), "{outcomes:?}");
    assert_eq!(outcomes[0].0, "alarms");
    assert!(outcomes[0].1.starts_with("OK "), "{outcomes:?}");
    assert_eq!(outcomes[1].0, "certificates");
    assert!(outcomes[1].1.starts_with("CRITICAL "), "{outcomes:?}");
    assert!(outcomes[2].1.starts_with("OK "), "{outcomes:?}");
    let (code, _) = states(&node, &["certificates", "--cert-days", "1"]);
    assert_eq!(code, Some(0));

    let ctl = node.rabbitmqctl(&["set_vm_memory_high_watermark", "0.000001"]);
    assert!(ctl.status.success(), "{ctl:?}");
    crate::common::wait_for("the memory alarm", crate::common::WAIT, || {
        states(&node, &["local-alarms"]).1[0]
            .1
            .starts_with("CRITICAL ")
    });
    let nagios = Run::of(node.mq().args([
        "check",
        "alarms",
        "local-alarms",
        "probe",
        "--critical",
        "2s",
        "--format",
        "nagios",
    ]));
    assert_eq!(nagios.code, Some(2), "{nagios:?}");
    let lines: Vec<&str> = nagios.stdout.lines().collect();
    assert!(
        lines[0].starts_with("RABBITMQ CRITICAL - alarms: "),
        "{nagios:?}"
    );
    assert!(
        lines[1].starts_with("CRITICAL alarms: ") && lines[1].contains("memory alarm on "),
        "{nagios:?}"
    );
    assert!(
        lines[2].starts_with("CRITICAL local-alarms: "),
        "{nagios:?}"
    );
    assert!(lines[3].starts_with("CRITICAL probe: "), "{nagios:?}");

    let ctl = node.rabbitmqctl(&["set_vm_memory_high_watermark", "0.4"]);
    assert!(ctl.status.success(), "{ctl:?}");
    crate::common::wait_for("the alarm cleared", crate::common::WAIT, || {
        states(&node, &["alarms", "local-alarms", "probe"]).0 == Some(0)
    });
}

/// A vhost whose processes are gone is CRITICAL for `vhosts`, and OK again once restarted;
/// a disk alarm is CRITICAL for `alarms`; a node without its AMQP listener is CRITICAL for
/// `listeners`.
#[test]
fn a_vhost_down_a_disk_alarm_and_a_listener_gone_are_critical() {
    let node = TestNode::start(NodeConfig::new("check-down"));
    node.run(&["declare-vhost", "down-here"]);
    let (code, outcomes) = states(&node, &["vhosts", "listeners"]);
    assert_eq!(code, Some(0), "{outcomes:?}");

    // What a failed message store does to a vhost: its supervision tree stops, the vhost stays.
    let stopped = node.rabbitmqctl(&[
        "eval",
        "rabbit_vhost_sup_sup:stop_and_delete_vhost(<<\"down-here\">>).",
    ]);
    assert!(stopped.status.success(), "{stopped:?}");
    crate::common::wait_for("the vhost down", crate::common::WAIT, || {
        states(&node, &["vhosts"]).1[0].1.starts_with("CRITICAL ")
    });
    let (code, outcomes) = states(&node, &["vhosts"]);
    assert_eq!(code, Some(1), "{outcomes:?}");
    assert!(outcomes[0].1.contains("down-here"), "{outcomes:?}");
    let restarted = node.rabbitmqctl(&["restart_vhost", "--vhost", "down-here"]);
    assert!(restarted.status.success(), "{restarted:?}");
    crate::common::wait_for("the vhost back", crate::common::WAIT, || {
        states(&node, &["vhosts"]).0 == Some(0)
    });

    // A disk alarm: a free-space limit no disk here has.
    let limit = node.rabbitmqctl(&["set_disk_free_limit", "100000GB"]);
    assert!(limit.status.success(), "{limit:?}");
    crate::common::wait_for("the disk alarm", crate::common::WAIT, || {
        let (_, outcomes) = states(&node, &["alarms"]);
        outcomes[0].1.starts_with("CRITICAL ") && outcomes[0].1.contains("disk space alarm on ")
    });
    let limit = node.rabbitmqctl(&["set_disk_free_limit", "1MB"]);
    assert!(limit.status.success(), "{limit:?}");
    crate::common::wait_for("the disk alarm cleared", crate::common::WAIT, || {
        states(&node, &["alarms"]).0 == Some(0)
    });

    let port = node.ports.amqp.to_string();
    let closed = node.rabbitmqctl(&[
        "eval",
        &format!("rabbit_networking:stop_tcp_listener({{\"127.0.0.1\", {port}}})."),
    ]);
    assert!(closed.status.success(), "{closed:?}");
    crate::common::wait_for("no AMQP listener", crate::common::WAIT, || {
        states(&node, &["listeners"]).1[0]
            .1
            .starts_with("CRITICAL ")
    });
}
