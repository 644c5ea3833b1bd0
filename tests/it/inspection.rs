//! Inspection on the real broker: every list command in every format and column set, parsed
//! back and compared with what the test made; current counts; a large vhost. The views built
//! on the same listings are in `views`.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read};
use std::sync::mpsc;

use futures_util::StreamExt;
use lapin::BasicProperties;
use lapin::options::{
    BasicConsumeOptions, BasicGetOptions, BasicPublishOptions, BasicQosOptions,
    ConfirmSelectOptions, QueueDeclareOptions,
};
use lapin::types::FieldTable;
use serde_json::Value;

use crate::common::{self, Run, Spawned, TestVhost, WAIT, wait_for};

pub(crate) type Row = BTreeMap<String, String>;

/// A JSON value as tsv and csv show it.
fn text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) if n.is_f64() => n.as_f64().map(|x| x.to_string()).unwrap_or_default(),
        other => other.to_string(),
    }
}

fn tsv_unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Runs `args` in json, csv and tsv; checks that the three agree on `compare` (all columns
/// when empty; volatile figures may differ between runs) and returns the json rows as text.
pub(crate) fn listing(
    vhost: &TestVhost,
    args: &[&str],
    compare: &[&str],
) -> (Vec<String>, Vec<Row>) {
    listing_where(vhost, args, compare, |_| true)
}

/// As [`listing`], looking only at the rows `keep` wants (other tests' objects come and go).
fn listing_where(
    vhost: &TestVhost,
    args: &[&str],
    compare: &[&str],
    keep: impl Fn(&Row) -> bool,
) -> (Vec<String>, Vec<Row>) {
    let with = |format: &str| {
        let mut all = args.to_vec();
        all.extend(["--format", format]);
        vhost.run(&all)
    };
    let json: Vec<serde_json::Map<String, Value>> =
        serde_json::from_str(&with("json")).expect("json array");
    let csv_text = with("csv");
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let columns: Vec<String> = reader
        .headers()
        .expect("csv header")
        .iter()
        .map(str::to_owned)
        .collect();
    let csv_rows: Vec<Row> = reader
        .records()
        .map(|r| {
            let r = r.expect("csv record");
            columns
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    let tsv_rows: Vec<Row> = with("tsv")
        .lines()
        .map(|line| {
            let fields: Vec<String> = line.split('\t').map(tsv_unescape).collect();
            assert_eq!(
                fields.len(),
                columns.len(),
                "tsv line {line:?} vs {columns:?}"
            );
            columns.iter().cloned().zip(fields).collect()
        })
        .collect();
    let json_rows: Vec<Row> = json
        .iter()
        .map(|object| {
            let keys: Vec<&String> = object.keys().collect();
            assert_eq!(
                keys,
                columns.iter().collect::<Vec<_>>(),
                "json keys in order"
            );
            object.iter().map(|(k, v)| (k.clone(), text(v))).collect()
        })
        .collect();
    let pick = |rows: &[Row]| -> Vec<Row> {
        rows.iter()
            .filter(|row| keep(row))
            .map(|row| {
                row.iter()
                    .filter(|(k, _)| compare.is_empty() || compare.contains(&k.as_str()))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .collect()
    };
    assert_eq!(
        pick(&csv_rows),
        pick(&json_rows),
        "csv vs json for {args:?}"
    );
    assert_eq!(
        pick(&tsv_rows),
        pick(&json_rows),
        "tsv vs json for {args:?}"
    );
    let json_rows = json_rows.into_iter().filter(|row| keep(row)).collect();
    (columns, json_rows)
}

/// Whether some row has all of `pairs`.
pub(crate) fn has(rows: &[Row], pairs: &[(&str, &str)]) -> bool {
    rows.iter().any(|r| {
        pairs
            .iter()
            .all(|(k, v)| r.get(*k).map(String::as_str) == Some(*v))
    })
}

/// What a [`Holder`] does on its own connection, then keeps until dropped.
#[derive(Clone, Copy)]
pub(crate) enum Hold {
    /// Consume `n` messages, unacknowledged.
    Consume(u16),
    /// Take `n` messages with basic.get, unacknowledged.
    Get(u16),
    /// Declare the queue exclusive to this connection and publish `n` messages to it.
    Exclusive(u16),
}

/// A connection of its own, in a thread, that holds messages or a queue until dropped.
pub(crate) struct Holder {
    release: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Holder {
    pub(crate) fn new(vhost: &TestVhost, queue: &str, count: u16) -> Holder {
        Holder::start(vhost, queue, Hold::Consume(count))
    }

    pub(crate) fn start(vhost: &TestVhost, queue: &str, hold: Hold) -> Holder {
        let vhost = vhost.name.clone();
        let queue = queue.to_owned();
        let (ready_tx, ready_rx) = mpsc::channel();
        let (release, released) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            common::block_on(async move {
                let connection = common::connect(&vhost).await;
                let channel = connection.create_channel().await.expect("channel");
                let name = || queue.as_str().into();
                // Dropping a consumer cancels it: it lives as long as the connection.
                let mut kept = None;
                match hold {
                    Hold::Consume(count) => {
                        channel
                            .basic_qos(count, BasicQosOptions::default())
                            .await
                            .expect("qos");
                        let mut consumer = channel
                            .basic_consume(
                                name(),
                                "holder".into(),
                                BasicConsumeOptions::default(),
                                FieldTable::default(),
                            )
                            .await
                            .expect("consume");
                        for _ in 0..count {
                            consumer.next().await.expect("a delivery").expect("ok");
                        }
                        kept = Some(consumer);
                    }
                    Hold::Get(count) => {
                        for _ in 0..count {
                            channel
                                .basic_get(name(), BasicGetOptions::default())
                                .await
                                .expect("get")
                                .expect("a message");
                        }
                    }
                    Hold::Exclusive(count) => {
                        let options = QueueDeclareOptions {
                            exclusive: true,
                            ..QueueDeclareOptions::default()
                        };
                        channel
                            .queue_declare(name(), options, FieldTable::default())
                            .await
                            .expect("declare");
                        channel
                            .confirm_select(ConfirmSelectOptions::default())
                            .await
                            .expect("confirms");
                        for _ in 0..count {
                            channel
                                .basic_publish(
                                    "".into(),
                                    name(),
                                    BasicPublishOptions::default(),
                                    b"x",
                                    BasicProperties::default(),
                                )
                                .await
                                .expect("publish")
                                .await
                                .expect("confirm");
                        }
                    }
                }
                ready_tx.send(()).unwrap();
                let _ = released.await;
                drop(kept);
                let _ = connection.close(200, "test done".into()).await;
            });
        });
        ready_rx.recv_timeout(WAIT).expect("the holder is ready");
        Holder {
            release: Some(release),
            thread: Some(thread),
        }
    }
}

impl Drop for Holder {
    fn drop(&mut self) {
        if let Some(release) = self.release.take() {
            let _ = release.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The tutorial's objects, a fanout exchange bound to `integers`, and a queue `held` with one
/// message a holder keeps unacknowledged.
pub(crate) fn tutorial(vhost: &TestVhost) -> Holder {
    vhost.run(&["declare-exchange", "integers"]);
    vhost.run(&["declare-exchange", "logs", "--type", "fanout"]);
    vhost.run(&["declare-queue", "odds", "--bind", "integers:odd"]);
    vhost.run(&["declare-queue", "evens", "--bind", "integers:even"]);
    vhost.run(&["declare-queue", "held"]);
    vhost.api_bind_exchanges("logs", "integers", "odd");
    let produce = |key: &str, bodies: &[&str]| {
        let mut args = vec!["produce", "--exchange", "integers", "--routing-key", key];
        args.extend_from_slice(bodies);
        vhost.run(&args);
    };
    produce("odd", &["1", "3", "5"]);
    produce("even", &["2", "4"]);
    vhost.run(&["produce", "--routing-key", "held", "h"]);
    let holder = Holder::new(vhost, "held", 1);
    // The management API lists new connections and channels only once its collector has seen
    // them; a node without the collector lists none (versions:: checks what mq says).
    let listed = ["list-connections", "list-channels", "list-consumers"];
    let listed = if common::broker().stats_disabled {
        &[][..]
    } else {
        &listed[..]
    };
    for command in listed {
        wait_for(command, WAIT, || {
            vhost.run(&[command, "--format", "tsv"]).lines().count() == 1
        });
    }
    // Unacked is the statistics': settled once they have the holder's message.
    wait_for("held's unacked", WAIT, || {
        vhost.queue("held")["unacked"] == 1
    });
    holder
}

#[test]
fn every_list_in_every_format_shows_what_the_test_made() {
    let vhost = TestVhost::new("lists");
    let _holder = tutorial(&vhost);

    let (columns, exchanges) = listing(&vhost, &["list-exchanges"], &[]);
    assert_eq!(
        columns,
        ["name", "type", "durable", "auto_delete", "internal"]
    );
    for (name, kind) in [("integers", "direct"), ("logs", "fanout"), ("", "direct")] {
        assert!(
            has(
                &exchanges,
                &[("name", name), ("type", kind), ("durable", "true")]
            ),
            "{exchanges:?}"
        );
    }
    let table = vhost.run(&["list-exchanges", "--format", "table"]);
    assert!(
        table.contains("(AMQP default)") && table.contains("integers"),
        "{table}"
    );

    // held's unacked message is counted from the management statistics, which lag and, under
    // load, may show a stale sample again (`--help` says so): wait for a listing that has it.
    let mut listed = None;
    // The formats are compared on what does not come from those statistics: one run's sample
    // may be the stale one.
    let stable = ["name", "type", "durable", "ready", "consumers", "state"];
    wait_for("list-queues to count held's unacked message", WAIT, || {
        let (columns, queues) = listing(&vhost, &["list-queues"], &stable);
        let counted = has(&queues, &[("name", "held"), ("unacked", "1")]);
        listed = Some((columns, queues));
        counted
    });
    let (columns, queues) = listed.expect("a listing");
    assert_eq!(
        columns,
        [
            "name",
            "type",
            "durable",
            "messages",
            "ready",
            "unacked",
            "consumers",
            "state"
        ]
    );
    assert!(
        has(
            &queues,
            &[
                ("name", "odds"),
                ("messages", "3"),
                ("ready", "3"),
                ("unacked", "0"),
                ("consumers", "0"),
                ("type", "classic"),
                ("durable", "true")
            ]
        ),
        "{queues:?}"
    );
    assert!(
        has(
            &queues,
            &[
                ("name", "evens"),
                ("messages", "2"),
                ("ready", "2"),
                ("consumers", "0")
            ]
        ),
        "{queues:?}"
    );
    assert!(
        has(
            &queues,
            &[
                ("name", "held"),
                ("messages", "1"),
                ("ready", "0"),
                ("unacked", "1"),
                ("consumers", "1")
            ]
        ),
        "{queues:?}"
    );
    assert_eq!(queues.len(), 3);

    let (columns, bindings) = listing(&vhost, &["list-bindings"], &[]);
    assert_eq!(
        columns,
        [
            "source",
            "destination",
            "destination_type",
            "routing_key",
            "arguments"
        ]
    );
    for (source, destination, kind, key) in [
        ("integers", "odds", "queue", "odd"),
        ("integers", "evens", "queue", "even"),
        ("logs", "integers", "exchange", "odd"),
        ("", "odds", "queue", "odds"),
    ] {
        assert!(
            has(
                &bindings,
                &[
                    ("source", source),
                    ("destination", destination),
                    ("destination_type", kind),
                    ("routing_key", key),
                    ("arguments", "{}")
                ]
            ),
            "{bindings:?}"
        );
    }
    let table = vhost.run(&["list-bindings", "--format", "table"]);
    assert!(table.contains("(AMQP default)"), "{table}");

    if common::broker().stats_disabled {
        // Without statistics these are 69 (versions::); the rest is the same.
        return overview_named(&vhost);
    }
    let (_, consumers) = listing(&vhost, &["list-consumers"], &[]);
    assert_eq!(consumers.len(), 1, "{consumers:?}");
    assert!(has(
        &consumers,
        &[
            ("queue", "held"),
            ("consumer_tag", "holder"),
            ("ack_required", "true"),
            ("prefetch_count", "1"),
            ("active", "true")
        ]
    ));

    let (columns, connections) = listing(
        &vhost,
        &["list-connections"],
        &["name", "user", "peer_host"],
    );
    assert_eq!(columns[..3], ["name", "user", "peer_host"]);
    assert_eq!(connections.len(), 1, "{connections:?}");
    assert!(has(
        &connections,
        &[("user", "guest"), ("peer_host", "127.0.0.1")]
    ));

    let (columns, channels) = listing(&vhost, &["list-channels"], &["name", "user"]);
    assert_eq!(columns[..2], ["name", "user"]);
    assert_eq!(channels.len(), 1, "{channels:?}");
    assert!(channels[0]["name"].starts_with(&connections[0]["name"]));

    overview_named(&vhost);
}

/// list-vhosts finds the test's vhost and overview names the broker.
fn overview_named(vhost: &TestVhost) {
    let filter = format!("^{}$", vhost.name);
    let (_, vhosts) = listing(vhost, &["list-vhosts", "--filter", &filter], &[]);
    assert_eq!(vhosts.len(), 1);
    assert!(has(&vhosts, &[("name", &vhost.name), ("tracing", "false")]));

    let (columns, overview) = listing(vhost, &["overview"], &["cluster", "version", "erlang"]);
    assert_eq!(columns[..3], ["cluster", "version", "erlang"]);
    assert_eq!(overview.len(), 1);
    assert!(!overview[0]["version"].is_empty());
}

/// The columns a command offers, as its usage error for an unknown column lists them.
fn offered_columns(vhost: &TestVhost, command: &str) -> Vec<String> {
    let output = Run::of(vhost.mq().args([command, "--columns", "nope"]));
    assert_eq!(output.code, Some(64));
    let stderr = output.stderr;
    let list = stderr
        .split("(columns: ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("{stderr}"));
    list.split(", ").map(str::to_owned).collect()
}

#[test]
fn every_column_of_every_list_can_be_asked_for_in_every_format() {
    let vhost = TestVhost::new("columns");
    let _holder = tutorial(&vhost);
    for command in [
        "list-exchanges",
        "list-queues",
        "list-bindings",
        "list-connections",
        "list-channels",
        "list-consumers",
        "list-vhosts",
        "overview",
    ] {
        let all = offered_columns(&vhost, command);
        assert!(all.len() >= 5, "{command}: {all:?}");
        // Without statistics these lists are 69 (versions::).
        let from_statistics = ["list-connections", "list-channels", "list-consumers"];
        if common::broker().stats_disabled && from_statistics.contains(&command) {
            continue;
        }
        let joined = all.join(",");
        // Volatile figures (rates, byte counts) may change between the three runs.
        // Other tests' vhosts come and go: only this one.
        let only_this = format!("^{}$", vhost.name);
        let mut args = vec![command, "--columns", &joined];
        if command == "list-vhosts" {
            args.extend(["--filter", &only_this]);
        }
        let (columns, rows) = listing(&vhost, &args, &["name"]);
        assert_eq!(columns, all, "{command}");
        assert!(!rows.is_empty(), "{command} listed nothing");
        // A reordered subset comes back in that order.
        let subset = format!("{},{}", all[2], all[0]);
        let mut args = vec![command, "--columns", &subset];
        if command == "list-vhosts" {
            args.extend(["--filter", &only_this]);
        }
        let (columns, _) = listing(&vhost, &args, &[]);
        assert_eq!(columns, [all[2].clone(), all[0].clone()], "{command}");
    }
    // Statistics columns of queues come filled when asked for, once the broker has sampled
    // the queues (statistics lag up to 5 s: a queue declared just now may have none yet).
    let list = || {
        listing(
            &vhost,
            &[
                "list-queues",
                "--columns",
                "name,memory,exclusive,arguments,vhost",
            ],
            &["name", "exclusive", "arguments", "vhost"],
        )
        .1
    };
    let sampled = |queues: &[Row]| queues.iter().all(|q| q["memory"].parse::<u64>().is_ok());
    let mut queues = list();
    wait_for("the queues' statistics", WAIT, || {
        queues = list();
        sampled(&queues)
    });
    // 4.x records the queue type among every queue's arguments; 3.10 keeps them as given.
    let arguments = if common::broker().is_4x() {
        r#"{"x-queue-type":"classic"}"#
    } else {
        "{}"
    };
    assert!(has(
        &queues,
        &[
            ("name", "odds"),
            ("exclusive", "false"),
            ("arguments", arguments),
            ("vhost", &vhost.name)
        ]
    ));
}

#[test]
fn filters_aliases_and_all_vhosts() {
    let vhost = TestVhost::new("filters");
    let _holder = tutorial(&vhost);
    let odd = vhost.run(&[
        "list-queues",
        "--filter",
        "^od",
        "--columns",
        "name",
        "--format",
        "tsv",
    ]);
    assert_eq!(odd, "odds\n");
    let bindings = vhost.run(&["list-bindings", "--filter", "^logs$", "--format", "tsv"]);
    assert_eq!(bindings, "logs\tintegers\texchange\todd\t{}\n");
    for (alias, command) in [
        ("list_bindings", "list-bindings"),
        ("list_connections", "list-connections"),
        ("list_channels", "list-channels"),
        ("list_consumers", "list-consumers"),
        ("list_vhosts", "list-vhosts"),
    ] {
        let only_this = format!("^{}$", vhost.name);
        let args: Vec<&str> = match command {
            "list-bindings" | "list-consumers" => vec!["--format", "tsv"],
            // Other tests' vhosts come and go: only this one.
            "list-vhosts" => vec!["--filter", &only_this, "--format", "tsv"],
            _ => vec!["--columns", "name", "--format", "tsv"],
        };
        let args = args.as_slice();
        let mut by_alias = vec![alias];
        by_alias.extend_from_slice(args);
        let mut by_name = vec![command];
        by_name.extend_from_slice(args);
        // Without statistics some are 69: alike too.
        let (alias_run, name_run) = (vhost.outcome(&by_alias), vhost.outcome(&by_name));
        assert_eq!(
            (alias_run.code, alias_run.stdout),
            (name_run.code, name_run.stdout),
            "{alias}"
        );
    }
    // --all-vhosts puts the vhost first and finds this vhost's queues with their counts.
    let filter = "^(odds|evens|held)$";
    let ours = |row: &Row| row.get("vhost") == Some(&vhost.name);
    let (columns, queues) = listing_where(
        &vhost,
        &["list-queues", "--all-vhosts", "--filter", filter],
        &[],
        ours,
    );
    assert_eq!(columns[0], "vhost");
    assert!(
        has(
            &queues,
            &[
                ("vhost", &vhost.name),
                ("name", "odds"),
                ("ready", "3"),
                ("messages", "3")
            ]
        ),
        "{queues:?}"
    );
    assert_eq!(queues.len(), 3, "{queues:?}");
    let (columns, bindings) = listing_where(&vhost, &["list-bindings", "--all-vhosts"], &[], ours);
    assert_eq!(columns[0], "vhost");
    assert!(has(
        &bindings,
        &[("vhost", &vhost.name), ("source", "logs")]
    ));
}

#[test]
fn counts_are_current_after_produce_and_after_consume_acks_some() {
    let vhost = TestVhost::new("counts");
    vhost.fill("work", 200, 10);
    // No wait: the management statistics alone would still say 0 here.
    let queue = vhost.queue("work");
    assert_eq!(
        (queue["messages"].as_i64(), queue["ready"].as_i64()),
        (Some(200), Some(200)),
        "{queue}"
    );
    vhost.run(&["consume", "work", "--count", "50"]);
    let queue = vhost.queue("work");
    assert_eq!(
        (queue["messages"].as_i64(), queue["ready"].as_i64()),
        (Some(150), Some(150)),
        "{queue}"
    );
    assert_eq!(queue["consumers"], 0, "{queue}");

    // A consumer holding 30 unacknowledged: ready and consumers are current at once; unacked is
    // the statistics', which catch up within their interval.
    let holder = Holder::new(&vhost, "work", 30);
    let queue = vhost.queue("work");
    assert_eq!(
        (queue["ready"].as_i64(), queue["consumers"].as_i64()),
        (Some(120), Some(1)),
        "{queue}"
    );
    let mut queue = Value::Null;
    wait_for("work's unacked to reach 30", WAIT, || {
        queue = vhost.queue("work");
        queue["unacked"] == 30
    });
    assert_eq!(queue["messages"], 150, "{queue}");
    assert_eq!(queue["ready"], 120, "{queue}");
    drop(holder);
    // The holder's connection closed: its 30 are ready again.
    let queue = vhost.queue("work");
    assert_eq!(
        (queue["ready"].as_i64(), queue["consumers"].as_i64()),
        (Some(150), Some(0)),
        "{queue}"
    );
}

#[test]
fn a_large_vhost_is_listed_completely_and_a_closed_pipe_is_quiet() {
    // Deleting a vhost of 2500 queues can outlast one API request on a slow or remote broker:
    // the guard asks again until the vhost is confirmed gone, whichever way the test ends.
    let vhost = TestVhost::new("large");
    let names: Vec<String> = (0..2500).map(|i| format!("bulk-{i:05}")).collect();
    vhost.declare_queues(&names);
    let listed = vhost.run(&["list-queues", "--columns", "name", "--format", "tsv"]);
    let listed: Vec<&str> = listed.lines().collect();
    assert_eq!(listed.len(), names.len(), "nothing missing or doubled");
    let unique: BTreeSet<&str> = listed.iter().copied().collect();
    let expected: BTreeSet<&str> = names.iter().map(String::as_str).collect();
    assert_eq!(unique, expected);

    let queues = vhost.queues();
    assert_eq!(queues.len(), names.len());
    assert!(
        queues
            .iter()
            .all(|q| q["ready"] == 0 && q["messages"] == 0 && q["consumers"] == 0)
    );
    let unique: BTreeSet<&str> = queues.iter().filter_map(|q| q["name"].as_str()).collect();
    assert_eq!(unique, expected);

    // `mq list-queues | head -1` and friends: the reader goes away, mq exits 0 and says nothing.
    for command in ["list-queues", "list-bindings"] {
        for format in ["tsv", "json"] {
            let mut child = Spawned::new(vhost.mq().args([command, "--format", format]));
            let mut stdout = BufReader::new(child.stdout.take().unwrap());
            let mut first = String::new();
            stdout.read_line(&mut first).unwrap();
            assert!(!first.is_empty());
            drop(stdout);
            let mut stderr = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            let status = child.wait().unwrap();
            assert_eq!(status.code(), Some(0), "{command} {format}: {stderr}");
            assert_eq!(stderr, "", "{command} {format}");
        }
    }
}
