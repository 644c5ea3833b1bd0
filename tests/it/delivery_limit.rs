//! A quorum queue's delivery limit, met by consumers that put messages back (`--exec`
//! failures, `--reject --requeue`): mq says when a message nears it, and 4.x's default of 20
//! (3.x had none) is named.

use crate::common::{self, TestVhost, WAIT, wait_for};

#[test]
fn a_message_nearing_its_delivery_limit_is_reported_under_exec_and_reject() {
    let vhost = TestVhost::new("delivery-limit");
    // A failed --exec is exit 1 (it says how many failed); rejecting is what was asked.
    for (queue, how, code) in [
        ("by-exec", ["--exec", "exit 1"], 1),
        ("by-reject", ["--reject", "--requeue"], 0),
    ] {
        vhost.run(&[
            "declare-queue",
            queue,
            "--type",
            "quorum",
            "--arg",
            "x-delivery-limit=2",
        ]);
        vhost.run(&["produce", "--routing-key", queue, "once"]);
        let mut args = vec!["consume", queue, "--idle-timeout", "3s"];
        args.extend(how);
        let run = vhost.expect_code(&args, code);
        assert!(
            run.stderr.contains(&format!(
                "mq: a message of queue '{queue}' went back 1 of the 2 times its delivery limit allows (its x-delivery-limit argument); after that the broker drops it or dead-letters it"
            )),
            "{how:?}: {}",
            run.stderr
        );
        // The broker did drop it: the limit the note named was the one that applies.
        wait_for("the message dropped", WAIT, || {
            vhost
                .passive(queue)
                .is_some_and(|(messages, _)| messages == 0)
        });
    }
}

#[test]
fn the_default_limit_of_4x_is_named_and_3x_has_none() {
    let vhost = TestVhost::new("delivery-default");
    vhost.run(&["declare-queue", "q", "--type", "quorum"]);
    vhost.run(&["produce", "--routing-key", "q", "again"]);
    // More deliveries than 4.x's default limit allows; on 3.x the message stays for ever.
    let run = vhost.expect_code(
        &[
            "consume",
            "q",
            "--exec",
            "exit 1",
            "--count",
            "25",
            "--idle-timeout",
            "3s",
        ],
        1,
    );
    let named = "(the default of quorum queues since RabbitMQ 4.0)";
    if common::broker().is_4x() {
        assert!(
            run.stderr.contains(&format!(
                "mq: a message of queue 'q' went back 18 of the 20 times its delivery limit allows {named}"
            )),
            "{}",
            run.stderr
        );
        wait_for("the message dropped", WAIT, || {
            vhost
                .passive("q")
                .is_some_and(|(messages, _)| messages == 0)
        });
    } else {
        assert!(!run.stderr.contains("delivery limit"), "{}", run.stderr);
        assert_eq!(vhost.passive("q").map(|(messages, _)| messages), Some(1));
    }
}
