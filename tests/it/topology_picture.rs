//! The topology picture on the real broker, as a tree and as dot: where dead letters go (a
//! queue's arguments, a policy, an exchange that does not exist), the queue type, a backlog
//! nothing consumes marked with a word (and in colour on a terminal only, never under
//! `NO_COLOR`), no `""` on fanout edges, headers bindings as `key=value` pairs, one font; and
//! `topology --watch` with the broker's rates from the first frame, never faster than 5 s.

use std::process::Command;

use serde_json::Value;

use crate::common::{self, Run, Spawned, TestVhost, WAIT, on_terminal, wait_for};

/// A fanout and a headers exchange, a dead-letter exchange, a quorum queue dead-lettering by
/// its arguments, a classic one by a policy, one to an exchange that does not exist, and a
/// backlog (`pdfs`: messages, no consumer).
fn picture(vhost: &TestVhost) {
    vhost.run(&["declare-exchange", "logs", "--type", "fanout"]);
    vhost.run(&["declare-exchange", "docs", "--type", "headers"]);
    vhost.run(&["declare-exchange", "dlx"]);
    vhost.run(&["declare-queue", "all-logs", "--bind", "logs:"]);
    vhost.run(&["declare-queue", "pdfs"]);
    vhost.run(&[
        "bind",
        "docs",
        "pdfs",
        "--header",
        "format=pdf",
        "--match",
        "all",
    ]);
    vhost.run(&["declare-queue", "parked", "--bind", "dlx:failed"]);
    vhost.run(&[
        "declare-queue",
        "work",
        "--type",
        "quorum",
        "--dead-letter-exchange",
        "dlx",
        "--arg",
        "x-dead-letter-routing-key=failed",
        "--bind",
        "logs:",
    ]);
    vhost.run(&["declare-queue", "orders"]);
    vhost.run(&[
        "declare-policy",
        "dl",
        "--pattern",
        "^orders$",
        "--apply-to",
        "queues",
        "--definition",
        "dead-letter-exchange=dlx",
        "--definition",
        "dead-letter-routing-key=expired",
    ]);
    vhost.run(&["declare-queue", "lost", "--dead-letter-exchange", "nowhere"]);
    vhost.fill("pdfs", 2, 0);
}

/// The tree once the broker applies the policy to `orders` (it does so shortly after).
fn tree_with_the_policy(vhost: &TestVhost) -> String {
    let mut tree = String::new();
    wait_for("the policy to apply to orders", WAIT, || {
        tree = vhost.run(&["topology"]);
        tree.contains("(policy dl)")
    });
    tree
}

#[test]
fn the_tree_shows_dead_letters_queue_types_backlogs_and_bindings_as_they_route() {
    let vhost = TestVhost::new("picture-tree");
    picture(&vhost);
    let tree = tree_with_the_policy(&vhost);
    for part in [
        // The quorum queue, its type, and where its arguments send its dead letters.
        "queue work (quorum, 0 messages, 0 consumers)\n",
        "└── dead letters → exchange dlx with routing key failed (queue arguments)\n",
        // The policy's.
        "queue orders (classic, 0 messages, 0 consumers)\n",
        "└── dead letters → exchange dlx with routing key expired (policy dl)\n",
        // Dead letters to an exchange that does not exist are dropped: said so.
        "└── dead letters → exchange nowhere, which does not exist: they are dropped \
         (queue arguments)\n",
        // A fanout binding has no key to show; a headers binding its headers.
        "├── exchange logs (fanout)\n",
        "── queue all-logs (classic, 0 messages, 0 consumers)\n",
        "└── format=pdf, x-match=all → queue pdfs (classic, 2 messages, 0 consumers) [backlog]\n",
        "failed → queue parked (classic, 0 messages, 0 consumers)\n",
    ] {
        assert!(tree.contains(part), "{part:?} not in\n{tree}");
    }
    assert!(!tree.contains("\"\""), "{tree}");
    assert_eq!(tree.matches("[backlog]").count(), 1, "{tree}");
    // Not on a terminal: no colour.
    assert!(!tree.contains('\x1b'), "{tree:?}");
    // The dead-letter exchange is drawn with what is bound to it.
    assert!(tree.contains("├── exchange dlx (direct)\n"), "{tree}");
}

#[test]
fn dot_draws_the_same_picture_in_one_font_and_graphviz_accepts_it() {
    let vhost = TestVhost::new("picture-dot");
    picture(&vhost);
    tree_with_the_policy(&vhost);
    let dot = vhost.run(&["topology", "--format", "dot"]);
    for part in [
        "\"exchange:logs\" -> \"queue:all-logs\";\n",
        "\"exchange:docs\" -> \"queue:pdfs\" [label=\"format=pdf, x-match=all\"];\n",
        "\"exchange:dlx\" -> \"queue:parked\" [label=\"failed\"];\n",
        "\"queue:work\" -> \"exchange:dlx\" [label=\"dead letters\\nkey failed\", style=dashed",
        "\"queue:orders\" -> \"exchange:dlx\" [label=\"dead letters\\nkey expired\", style=dashed",
        "\"queue:lost\" -> \"exchange:nowhere\" [label=\"dead letters\", style=dashed",
        "\"exchange:nowhere\" [shape=ellipse, style=dashed, label=\"nowhere\\n(does not exist)\"]",
        "label=\"work\\nquorum, 0 messages, 0 consumers\"",
        "fillcolor=\"#ffe08a\", label=\"pdfs\\nclassic, 2 messages, 0 consumers\\n[backlog]\"",
    ] {
        assert!(dot.contains(part), "{part:?} not in\n{dot}");
    }
    assert!(!dot.contains("label=\"\\\"\\\"\""), "{dot}");
    // graphviz's dot (scripts/tools installs it): it accepts the source, and every text of
    // the picture, the title too, is in the one font.
    let svg = Run::with_stdin(Command::new("dot").arg("-Tsvg"), dot.as_bytes());
    assert!(svg.code == Some(0), "{}", svg.stderr);
    let fonts = regex::Regex::new("font-family=\"([^\"]*)\"").expect("regex");
    let mut families: Vec<&str> = fonts
        .captures_iter(&svg.stdout)
        .filter_map(|c| c.get(1).map(|m| m.as_str()))
        .collect();
    assert!(families.len() > 10, "{}", svg.stdout);
    families.sort_unstable();
    families.dedup();
    assert_eq!(families.len(), 1, "{families:?}");
    assert!(svg.stdout.contains(">vhost "), "the title is drawn");
}

#[test]
fn a_backlog_is_coloured_on_a_terminal_only_and_marked_in_words_without_colour() {
    let vhost = TestVhost::new("picture-colour");
    vhost.run(&["declare-queue", "waiting"]);
    vhost.run(&["declare-queue", "idle"]);
    vhost.fill("waiting", 3, 0);
    let env = [("MQ_VHOST", vhost.name.as_str())];
    let coloured = on_terminal(&env, &["topology"], 120);
    coloured.assert_ok();
    assert!(
        coloured
            .stdout
            .contains("\x1b[33mqueue waiting (classic, 3 messages, 0 consumers) [backlog]\x1b[0m"),
        "{:?}",
        coloured.stdout
    );
    assert_eq!(
        coloured.stdout.matches("\x1b[").count(),
        2,
        "{:?}",
        coloured.stdout
    );
    let plain = on_terminal(&[env[0], ("NO_COLOR", "1")], &["topology"], 120);
    plain.assert_ok();
    assert!(!plain.stdout.contains('\x1b'), "{:?}", plain.stdout);
    assert!(
        plain
            .stdout
            .contains("queue waiting (classic, 3 messages, 0 consumers) [backlog]\n"),
        "{:?}",
        plain.stdout
    );
    assert!(
        plain
            .stdout
            .contains("queue idle (classic, 0 messages, 0 consumers)\n"),
        "{:?}",
        plain.stdout
    );
    // Dot carries no terminal colour, whatever it is written to.
    let dot = on_terminal(&env, &["topology", "--format", "dot"], 120);
    assert!(!dot.stdout.contains('\x1b'), "{:?}", dot.stdout);
}

#[test]
fn topology_watch_has_the_brokers_rates_from_the_first_frame() {
    let vhost = TestVhost::new("picture-watch");
    vhost.run(&["declare-queue", "w"]);
    let mut child = Spawned::new(vhost.mq().args(["topology", "--watch", "--format", "json"]));
    let stdout = child.stdout.take().expect("stdout");
    let mut frames = serde_json::Deserializer::from_reader(stdout).into_iter::<Value>();
    let first = frames.next().expect("a frame").expect("json");
    assert!(child.interrupt());
    for _ in frames {}
    let output = child.output();
    assert_eq!(output.code, Some(130), "{}", output.stderr);
    let queue = &first["queues"][0];
    assert_eq!(queue["name"], "w", "{first}");
    if common::broker().stats_disabled {
        // No statistics, no rates: left out of the frame, and said once.
        assert!(queue.get("in_rate").is_none(), "{first}");
        assert!(
            output.stderr.contains("keeps no management statistics"),
            "{}",
            output.stderr
        );
    } else {
        // The broker's own rates: 0 for a queue nothing went through, there at once.
        assert_eq!(
            (queue["in_rate"].as_f64(), queue["out_rate"].as_f64()),
            (Some(0.0), Some(0.0)),
            "{first}"
        );
        assert_eq!(output.stderr, "");
    }
}

#[test]
fn watch_is_never_faster_than_the_brokers_samples() {
    let vhost = TestVhost::new("picture-interval");
    for command in ["topology", "list-queues"] {
        for interval in ["0", "1s", "4999ms"] {
            let run = vhost.outcome(&[command, "--watch", interval]);
            run.assert_failed(64, "5s to 24h");
            assert!(run.stderr.contains("every 5 s"), "{}", run.stderr);
        }
    }
    let help = vhost.run(&["topology", "--help"]);
    assert!(help.contains("least 5s"), "{help}");
}
