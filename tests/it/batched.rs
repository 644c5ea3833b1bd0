//! The batched paths: `produce` hands lapin many messages before their writes complete, and
//! `consume --no-ack --count` acks each batch that arrived in one frame. Both must keep every
//! guarantee of the one-at-a-time paths: order, nothing lost, nothing past --count.

use std::time::Duration;

use crate::common::{TestVhost, wait_for};

const WAIT: Duration = Duration::from_secs(10);

/// Lines 1..=n, each a message body.
fn numbered(n: u64) -> Vec<u8> {
    (1..=n)
        .map(|i| format!("{i}\n"))
        .collect::<String>()
        .into_bytes()
}

fn bodies(vhost: &TestVhost, queue: &str) -> Vec<String> {
    vhost
        .drain(queue)
        .into_iter()
        .map(|(_, body)| String::from_utf8(body).expect("utf-8"))
        .collect()
}

/// Thousands of lines of stdin, with confirms and without, arrive whole and in order.
#[test]
fn many_lines_arrive_in_order_with_and_without_confirms() {
    let vhost = TestVhost::new("batched-produce");
    let n = 5000u64;
    let expected: Vec<String> = (1..=n).map(|i| i.to_string()).collect();
    for (queue, flags) in [
        ("confirmed", &[][..]),
        ("unconfirmed", &["--no-confirm"][..]),
    ] {
        vhost.run(&["declare-queue", queue]);
        let mut args = vec!["produce", "--routing-key", queue, "--transient"];
        args.extend(flags);
        let run = vhost.with_stdin(&args, &numbered(n));
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("published {n}")),
            "{}",
            run.stderr
        );
        wait_for("the messages", WAIT, || vhost.ready(queue) == n as i64);
        assert_eq!(bodies(&vhost, queue), expected, "{args:?}");
    }
}

/// `--no-ack --count N` at the default prefetch (500), with N below it, across it, and past
/// several batches: exactly N printed, in order, the rest left ready and not redelivered.
#[test]
fn no_ack_count_takes_exactly_n_at_the_default_prefetch() {
    let vhost = TestVhost::new("batched-noack");
    for count in [3u64, 700, 1500] {
        let queue = format!("q{count}");
        vhost.run(&["declare-queue", &queue]);
        let total = count + 300;
        let run = vhost.with_stdin(&["produce", "--routing-key", &queue], &numbered(total));
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let count_text = count.to_string();
        let run = vhost.expect_code(&["consume", &queue, "--no-ack", "--count", &count_text], 0);
        let printed: Vec<String> = run.stdout.lines().map(str::to_owned).collect();
        let expected: Vec<String> = (1..=count).map(|i| i.to_string()).collect();
        assert_eq!(printed, expected, "--count {count}");
        let rest = vhost.run(&["get", &queue, "--count", "1000", "--format", "json"]);
        let rest: Vec<serde_json::Value> = rest
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(rest.len(), 300, "--count {count}");
        assert!(
            rest.iter().all(|m| m["redelivered"] == false),
            "--count {count}"
        );
        assert_eq!(rest[0]["body"], (count + 1).to_string(), "--count {count}");
    }
}
