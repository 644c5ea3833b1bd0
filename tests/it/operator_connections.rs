//! `close-connection` and the names mq gives its own connections: the connections of a vhost
//! chosen by regex, asked about first, dry-run, closed with the reason the client is told; by
//! name; a missing one is 66. Without management statistics the API lists no connections:
//! choosing them is 69, closing by name still works.

use crate::common::*;

/// `close-connection ARGS` in the vhost, to its end.
fn close(vhost: &TestVhost, args: &[&str]) -> Run {
    vhost.outcome(&[&["close-connection"], args].concat())
}

#[test]
fn connections_chosen_by_filter_are_asked_about_dry_run_and_closed_with_the_reason() {
    let vhost = TestVhost::new("close-filter");
    vhost.run(&["declare-queue", "work"]);
    let mut first = vhost.spawn_consumer("work", &["--reconnect-for", "0"]);
    let second = vhost.spawn_consumer("work", &["--reconnect-for", "0"]);
    if broker().stats_disabled {
        close(&vhost, &["--filter", ".", "--yes"]).assert_failed(69, "no management statistics");
        return;
    }
    // The management API learns of a connection a moment after it opened.
    wait_for("both connections listed", WAIT, || {
        close(&vhost, &["--filter", ".", "--dry-run"])
            .stdout
            .lines()
            .count()
            == 2
    });
    let clients = vhost.run(&["list-connections", "--columns", "client"]);
    assert_eq!(clients, "mq consume work\nmq consume work\n");

    close(&vhost, &["--filter", "."]).assert_failed(64, "give --yes");
    assert!(
        first.try_wait().expect("try_wait").is_none(),
        "a consumer stopped without --yes"
    );
    close(&vhost, &["--filter", "no-such-connection", "--yes"]).assert_ok();

    let closed = close(
        &vhost,
        &[
            "--of",
            "guest",
            "--filter",
            ".",
            "--yes",
            "--reason",
            "maintenance window",
        ],
    );
    closed.assert_ok();
    assert_eq!(closed.stdout.lines().count(), 2, "{closed:?}");
    assert!(
        closed
            .stdout
            .lines()
            .all(|l| l.starts_with("closed connection "))
    );
    for consumer in [first, second] {
        let run = consumer.output();
        assert_eq!(run.code, Some(69), "{run:?}");
        assert!(run.stderr.contains("maintenance window"), "{run:?}");
    }
}

#[test]
fn a_connection_is_closed_by_name_and_a_missing_one_is_66() {
    let vhost = TestVhost::new("close-name");
    vhost.run(&["declare-queue", "work"]);
    let consumer = vhost.spawn_consumer("work", &["--reconnect-for", "0"]);
    let missing = "127.0.0.1:1 -> 127.0.0.1:1";
    close(&vhost, &[missing]).assert_failed(66, "no connection named");
    if broker().stats_disabled {
        return;
    }
    let mut name = String::new();
    wait_for("the connection listed", WAIT, || {
        name = vhost
            .run(&["list-connections", "--columns", "name"])
            .trim()
            .to_owned();
        !name.is_empty()
    });
    // Several names, one of them gone: the others are closed, the exit is 1.
    let closed = vhost.outcome(&["close_connection", &name, missing]);
    closed.assert_code(1);
    assert_eq!(closed.stdout, format!("closed connection {name}\n"));
    assert!(closed.stderr.contains("no connection named"), "{closed:?}");
    let run = consumer.output();
    assert_eq!(run.code, Some(69), "{run:?}");
    assert!(run.stderr.contains("closed by an operator"), "{run:?}");
    close(&vhost, &[&name]).assert_failed(66, "no connection named");
}

#[test]
fn close_connection_needs_a_choice_and_a_plain_reason() {
    let vhost = TestVhost::new("close-usage");
    close(&vhost, &[]).assert_code(64);
    close(&vhost, &["a", "--of", "guest"]).assert_code(64);
    close(&vhost, &["--filter", "(", "--yes"]).assert_code(64);
    close(&vhost, &["a", "--reason", "caf\u{e9}"]).assert_code(64);
    close(&vhost, &["a", "--reason", "two\nlines"]).assert_code(64);
}
