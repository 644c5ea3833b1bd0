//! Names reach the broker as they are: an odd character in a queue or exchange name (a tab, a
//! newline, `%`, `?`, `#`, a space, non-ASCII, `.` and `..`) never makes a command touch another
//! object, an unaddressable vhost is refused before any request, and a deletion that found
//! nothing is not reported as one.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{Run, TestVhost};

/// (No newline: RabbitMQ itself strips it from a queue name, declaring the twin instead.)
/// Each odd name beside the name a careless path would turn it into (its twin).
const ODD_NAMES: &[(&str, &str)] = &[
    ("tab\there", "tabhere"),
    ("back\\slash", "backslash"),
    ("x%41", "xA"),
    ("q?x", "q"),
    ("h#x", "h"),
    ("sp ace", "space"),
    ("ünï", "n"),
    (".", "dot"),
    ("..", "dotdot"),
];

fn queue_names(vhost: &TestVhost) -> BTreeSet<String> {
    vhost
        .queues()
        .iter()
        .map(|q| q["name"].as_str().expect("a name").to_owned())
        .collect()
}

fn ready(vhost: &TestVhost, name: &str) -> i64 {
    vhost.ready(name)
}

#[test]
fn odd_names_touch_their_own_object_and_only_it() {
    let vhost = TestVhost::new("odd-names");
    vhost.run(&["declare-exchange", "src"]);
    for (odd, twin) in ODD_NAMES {
        let what = format!("{odd:?} beside {twin:?}");
        vhost.run(&["declare-queue", twin]);
        vhost.run(&["produce", "--routing-key", twin, "twin's"]);
        vhost.run(&["declare-queue", odd]);
        vhost.run(&["bind", "src", odd, "--routing-key", "k"]);
        vhost.run(&["produce", "--exchange", "src", "--routing-key", "k", "one"]);
        vhost.run(&["produce", "--routing-key", odd, "two", "three"]);
        assert_eq!(ready(&vhost, odd), 3, "{what}");
        assert_eq!(ready(&vhost, twin), 1, "{what}");
        let bound = vhost
            .api_bindings()
            .iter()
            .any(|b| b["source"] == "src" && b["destination"] == *odd);
        assert!(bound, "{what}: binding missing");

        assert_eq!(vhost.run(&["get", odd]), "one\n", "{what}");
        assert_eq!(
            vhost.run(&["consume", odd, "--count", "1"]),
            "two\n",
            "{what}"
        );
        assert_eq!(vhost.run(&["purge", odd]), "1\n", "{what}");
        vhost.run(&["unbind", "src", odd, "--routing-key", "k"]);
        vhost.run(&["produce", "--routing-key", odd, "four"]);
        assert_eq!(vhost.run(&["delete-queue", odd]), "1\n", "{what}");
        assert!(!queue_names(&vhost).contains(*odd), "{what}");
        assert_eq!(ready(&vhost, twin), 1, "{what}: the twin was touched");

        // Exchanges alike.
        vhost.run(&["declare-exchange", twin]);
        vhost.run(&["declare-exchange", odd, "--type", "fanout"]);
        vhost.run(&["delete-exchange", odd]);
        let exchanges: Vec<Value> =
            serde_json::from_str(&vhost.run(&["list-exchanges", "--format", "json"]))
                .expect("json");
        assert!(!exchanges.iter().any(|e| e["name"] == *odd), "{what}");
        assert!(exchanges.iter().any(|e| e["name"] == *twin), "{what}");
    }
}

#[test]
fn reset_deletes_odd_names_each_once_and_tsv_keeps_one_line_each() {
    let vhost = TestVhost::new("odd-reset");
    let mut expected = BTreeSet::new();
    for (odd, twin) in ODD_NAMES {
        for name in [odd, twin] {
            vhost.run(&["declare-queue", name]);
            vhost.run(&["declare-exchange", name]);
            vhost.run(&["produce", "--routing-key", name, "m"]);
            expected.insert((*name).to_owned());
        }
    }
    // tsv: one line a queue, a tab or backslash in a name written \t, \\.
    let tsv = vhost.run(&["list-queues", "--format", "tsv", "--columns", "name"]);
    assert_eq!(tsv.lines().count(), expected.len(), "{tsv:?}");
    assert!(tsv.lines().any(|l| l == "tab\\there"), "{tsv:?}");
    assert!(tsv.lines().any(|l| l == "back\\\\slash"), "{tsv:?}");

    let run = Run::of(vhost.mq().args(["reset", "--yes"]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    for name in &expected {
        for kind in ["queue", "exchange"] {
            let line = format!("deleted {kind} {name}\n");
            assert_eq!(
                run.stdout.matches(&line).count(),
                1,
                "{line:?} in {:?}",
                run.stdout
            );
        }
    }
    assert!(queue_names(&vhost).is_empty(), "{:?}", queue_names(&vhost));
}

#[test]
fn reset_reports_only_what_it_deleted() {
    let vhost = TestVhost::new("reset-vanished");
    // An auto-delete exchange goes with its last binding: deleting the queue (reset deletes
    // queues first) takes the exchange away before reset comes to it.
    vhost.run(&["declare-exchange", "fleeting", "--auto-delete"]);
    vhost.run(&["declare-queue", "anchor", "--bind", "fleeting:k"]);
    let run = Run::of(vhost.mq().args(["reset", "--yes"]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(run.stdout, "deleted queue anchor\n");
}

/// Every command but `completions` (which reads no settings), with placeholder positionals.
fn every_command() -> Vec<Vec<String>> {
    let cli = mq::cli::command();
    cli.get_subcommands()
        .filter(|sub| sub.get_name() != "completions")
        .map(|sub| {
            let mut argv = vec![sub.get_name().to_owned()];
            let required = sub.get_positionals().filter(|a| a.is_required_set());
            argv.extend(required.map(|_| "placeholder".to_owned()));
            argv
        })
        .collect()
}

#[test]
fn an_unaddressable_vhost_is_a_usage_error_in_every_command() {
    // The URL names a vhost of the test's own: a command that ignored the bad --vhost would
    // act on it, and the queue's message or the exchange would be gone.
    let vhost = TestVhost::new("bad-vhost");
    vhost.run(&["declare-exchange", "placeholder"]);
    vhost.run(&[
        "declare-queue",
        "placeholder",
        "--bind",
        "placeholder:placeholder",
    ]);
    vhost.run(&["produce", "--routing-key", "placeholder", "kept"]);
    let url = format!(
        "{}/{}",
        crate::common::broker_url(),
        crate::common::encode(&vhost.name)
    );
    let commands = every_command();
    assert!(commands.len() > 20, "{commands:?}");
    for argv in &commands {
        for bad in ["", ".", ".."] {
            // An empty MQ_VHOST is unset, as every empty MQ_ variable is.
            for by_env in [false, true]
                .into_iter()
                .filter(|env| !env || !bad.is_empty())
            {
                let mut cmd = crate::common::mq_command();
                cmd.env("MQ_URL", &url).args(argv);
                if argv[0] == "reset" {
                    cmd.arg("--yes");
                }
                if by_env {
                    cmd.env("MQ_VHOST", bad);
                } else {
                    cmd.args(["--vhost", bad]);
                }
                let run = Run::of(&mut cmd);
                assert_eq!(
                    run.code,
                    Some(64),
                    "{argv:?} vhost {bad:?} (env: {by_env}): {}",
                    run.stderr
                );
            }
        }
    }
    assert_eq!(vhost.ready("placeholder"), 1);
    let exchanges = vhost.run(&["list-exchanges", "--format", "tsv", "--columns", "name"]);
    assert!(exchanges.lines().any(|l| l == "placeholder"), "{exchanges}");
}

#[test]
fn unbind_of_a_missing_binding_is_not_found() {
    let vhost = TestVhost::new("unbind-missing");
    vhost.run(&["declare-exchange", "src"]);
    vhost.run(&["declare-queue", "dst", "--bind", "src:real"]);
    vhost
        .outcome(&["unbind", "src", "dst", "--routing-key", "imaginary"])
        .assert_failed(66, "no such binding");
    vhost
        .outcome(&["unbind", "src", "nowhere", "--routing-key", "real"])
        .assert_failed(66, "no such binding");
    // The real one is still there, and goes.
    vhost.run(&["unbind", "src", "dst", "--routing-key", "real"]);
    let left = vhost
        .api_bindings()
        .iter()
        .any(|b| b["source"] == "src" && b["destination"] == "dst");
    assert!(!left);
    vhost
        .outcome(&["unbind", "src", "dst", "--routing-key", "real"])
        .assert_failed(66, "no such binding");
}
