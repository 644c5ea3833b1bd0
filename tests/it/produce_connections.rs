//! `produce --connections N`: one input shared out over several connections arrives whole
//! and once (whatever the source), the summary counts every connection, and N is range-checked.
//! Order holds per connection only, so the checks compare sorted contents.

use crate::common::TestVhost;

/// The bodies in `queue`, taken with consume, sorted as numbers.
fn numbers_in(vhost: &TestVhost, queue: &str, count: usize) -> Vec<u64> {
    let out = vhost.run(&["consume", queue, "--count", &count.to_string()]);
    let mut numbers: Vec<u64> = out
        .lines()
        .map(|l| l.parse().unwrap_or_else(|_| panic!("not a number: {l:?}")))
        .collect();
    numbers.sort_unstable();
    numbers
}

#[test]
fn stdin_lines_and_template_sequences_arrive_once_each() {
    let vhost = TestVhost::new("produce-conns");
    vhost.run(&["declare-queue", "q"]);
    let lines: String = (1..=300).map(|n| format!("{n}\n")).collect();
    let run = vhost.with_stdin(
        &["produce", "--routing-key", "q", "--connections", "4"],
        lines.as_bytes(),
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("published 300, confirmed 300, returned 0, nacked 0"),
        "{}",
        run.stderr
    );
    assert_eq!(numbers_in(&vhost, "q", 300), (1..=300).collect::<Vec<_>>());

    // {seq} numbers messages over all connections: 1 to N, none twice.
    vhost.run(&[
        "produce",
        "--routing-key",
        "q",
        "--body-template",
        "{seq}",
        "--count",
        "250",
        "--connections",
        "3",
    ]);
    assert_eq!(numbers_in(&vhost, "q", 250), (1..=250).collect::<Vec<_>>());
    assert_eq!(vhost.ready("q"), 0);
}

#[test]
fn counts_are_totals_and_every_connection_is_summed() {
    let vhost = TestVhost::new("produce-conns-sum");
    vhost.run(&["declare-queue", "q"]);
    let run = vhost.outcome(&[
        "produce",
        "--routing-key",
        "q",
        "--size",
        "10",
        "--count",
        "1001",
        "--connections",
        "7",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("published 1001, confirmed 1001"),
        "{}",
        run.stderr
    );
    assert_eq!(vhost.passive("q").map(|(ready, _)| ready), Some(1001));

    // The tutorial's producer prints one line per confirmed message, whichever connection.
    let out = vhost.run(&[
        "produce",
        "--random",
        "--exchange",
        "",
        "--count",
        "6",
        "--rate",
        "0",
        "--connections",
        "2",
        "--no-mandatory",
    ]);
    assert_eq!(
        out.lines().filter(|l| l.starts_with("integer: ")).count(),
        6,
        "{out}"
    );

    // Unroutable over several connections: each one counted, and the exit code of a partial run.
    let run = vhost.outcome(&[
        "produce",
        "--routing-key",
        "nowhere",
        "--size",
        "4",
        "--count",
        "9",
        "--connections",
        "3",
    ]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr.contains("published 9, confirmed 0, returned 9"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_number_of_connections_is_range_checked() {
    let vhost = TestVhost::new("produce-conns-usage");
    for n in ["0", "65", "-1", "many"] {
        let run = vhost.outcome(&["produce", "--connections", n, "x"]);
        assert_eq!(run.code, Some(64), "--connections {n}: {}", run.stderr);
    }
}
