//! `list-queues` counts are current right after a confirmed `produce`, and `reset` empties a
//! vhost down to its built-in exchanges (or, with `--dry-run`, only says what it would do).

use crate::common::{Run, TestVhost};

#[test]
fn list_queues_shows_confirmed_messages_at_once() {
    let vhost = TestVhost::new("fresh-counts");
    vhost.run(&["declare-queue", "fresh"]);
    for round in 1..=3u64 {
        vhost.produce_n("fresh", 250, 10);
        // No sleep: the management statistics alone would still show the old count here.
        let queue = vhost.queue("fresh");
        assert_eq!(queue["messages"], 250 * round, "{queue}");
        assert_eq!(queue["ready"], 250 * round, "{queue}");
    }
    vhost.run(&["consume", "fresh", "--count", "100"]);
    let queue = vhost.queue("fresh");
    assert_eq!(queue["ready"], 650, "{queue}");
    assert_eq!(queue["consumers"], 0, "{queue}");
}

fn exchange_names(vhost: &TestVhost) -> Vec<String> {
    vhost
        .run(&["list-exchanges", "--format", "tsv", "--columns", "name"])
        .lines()
        .map(str::to_owned)
        .collect()
}

fn queue_names(vhost: &TestVhost) -> Vec<String> {
    vhost
        .run(&["list-queues", "--format", "tsv", "--columns", "name"])
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn reset_keeps_only_the_builtin_exchanges_and_dry_run_deletes_nothing() {
    let vhost = TestVhost::new("reset");
    vhost.run(&["declare-exchange", "integers"]);
    vhost.run(&["declare-exchange", "logs", "--type", "fanout"]);
    vhost.run(&["declare-queue", "odds", "--bind", "integers:odd"]);
    vhost.run(&["declare-queue", "evens", "--bind", "integers:even"]);
    vhost.run(&["produce", "--routing-key", "odds", "x"]);
    let exchanges_before = exchange_names(&vhost);
    let queues_before = queue_names(&vhost);

    let dry = vhost.run(&["reset", "--dry-run"]);
    for line in [
        "would delete queue odds",
        "would delete queue evens",
        "would delete exchange integers",
        "would delete exchange logs",
    ] {
        assert!(dry.lines().any(|l| l == line), "{line} missing from {dry}");
    }
    assert!(!dry.contains("amq."), "{dry}");
    assert_eq!(exchange_names(&vhost), exchanges_before);
    assert_eq!(queue_names(&vhost), queues_before);

    // Not on a terminal and no --yes: refused, nothing deleted.
    let refused = Run::of(vhost.mq().arg("reset"));
    assert_eq!(refused.code, Some(64));
    assert!(refused.stderr.starts_with("mq: reset deletes 2 queue(s)"));
    assert_eq!(queue_names(&vhost), queues_before);

    let done = vhost.run(&["reset", "--yes"]);
    assert!(done.lines().any(|l| l == "deleted queue odds"), "{done}");
    assert!(done.lines().any(|l| l == "deleted exchange logs"), "{done}");
    assert!(queue_names(&vhost).is_empty());
    let mut left = exchange_names(&vhost);
    left.sort();
    assert_eq!(
        left,
        [
            "",
            "amq.direct",
            "amq.fanout",
            "amq.headers",
            "amq.match",
            "amq.rabbitmq.trace",
            "amq.topic"
        ]
    );
    // Nothing left to do: a second reset succeeds and prints nothing.
    assert_eq!(vhost.run(&["reset", "--yes"]), "");
}

/// On a terminal, reset asks — on the terminal, not on stdout: `mq reset > log` must not
/// capture the question. `script` gives the command a pseudo-terminal; its stdout goes to a file.
#[test]
fn reset_asks_on_the_terminal_and_leaves_stdout_to_the_results() {
    let vhost = TestVhost::new("reset-prompt");
    vhost.run(&["declare-queue", "asked"]);
    let dir = crate::common::temp_dir();
    let stdout = dir.path().join("stdout");
    let typescript = dir.path().join("typescript");
    let command = format!(
        "MQ_VHOST='{}' '{}' reset > '{}'",
        vhost.name,
        env!("CARGO_BIN_EXE_mq"),
        stdout.display()
    );
    let run = Run::with_stdin(
        std::process::Command::new("script")
            .args(["-qec", &command])
            .arg(&typescript)
            .env("MQ_URL", crate::common::broker_url())
            .env("MQ_API_URL", crate::common::api_url()),
        b"n\n",
    );
    run.assert_code(64);
    let terminal = std::fs::read_to_string(&typescript).expect("typescript");
    assert!(
        terminal.contains("Delete 1 queue(s) and 0 exchange(s)") && terminal.contains("[y/N]"),
        "the question is asked on the terminal: {terminal:?}"
    );
    assert!(terminal.contains("nothing was deleted"), "{terminal:?}");
    let captured = std::fs::read_to_string(&stdout).expect("stdout file");
    assert_eq!(captured, "", "nothing but results on stdout");
    assert_eq!(
        queue_names(&vhost),
        ["asked"],
        "answered no: nothing deleted"
    );
}
