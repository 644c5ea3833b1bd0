//! Stream filtering: `produce --stream-filter-value` and `consume --stream-filter` with and
//! without `--match-unfiltered` on a broker that has it (3.13 and later), exactly the messages
//! asked for even where the broker's chunk filter lets others through; a non-stream queue
//! refused; a broker without stream filtering refused by name and version, before anything.

use crate::common::{self, TestVhost};

fn produce(vhost: &TestVhost, value: Option<&str>, bodies: &[&str]) {
    let mut args = vec!["produce", "--routing-key", "log"];
    if let Some(value) = value {
        args.extend(["--stream-filter-value", value]);
    }
    args.extend(bodies);
    vhost.run(&args);
}

fn consume(vhost: &TestVhost, filters: &[&str]) -> Vec<String> {
    let mut args = vec![
        "consume",
        "log",
        "--offset",
        "first",
        "--idle-timeout",
        "2s",
    ];
    args.extend(filters);
    vhost.run(&args).lines().map(str::to_owned).collect()
}

#[test]
fn stream_filters_select_by_value_or_say_the_broker_lacks_them() {
    let vhost = TestVhost::new("stream-filter");
    vhost.run(&["declare-queue", "log", "--type", "stream"]);
    vhost.run(&["declare-queue", "classic"]);
    if common::broker().version < (3, 13) {
        let run = vhost.expect_code(&["consume", "log", "--stream-filter", "red"], 69);
        assert!(
            run.stderr
                .contains("stream filtering needs RabbitMQ 3.13 or later")
                && run.stderr.contains("this broker is 3."),
            "{run:?}"
        );
        let run = vhost.expect_code(
            &[
                "produce",
                "--routing-key",
                "log",
                "--stream-filter-value",
                "red",
                "x",
            ],
            69,
        );
        assert!(run.stderr.contains("3.13 or later"), "{run:?}");
        return;
    }
    // Interleaved, so that chunks hold several values and the broker's filter alone would
    // let others through.
    for round in 0..3 {
        produce(&vhost, Some("red"), &[&format!("red-{round}")]);
        produce(&vhost, Some("blue"), &[&format!("blue-{round}")]);
        produce(&vhost, None, &[&format!("plain-{round}")]);
    }
    assert_eq!(
        consume(&vhost, &["--stream-filter", "red"]),
        ["red-0", "red-1", "red-2"]
    );
    assert_eq!(
        consume(&vhost, &["--stream-filter", "blue", "--match-unfiltered"]),
        [
            "blue-0", "plain-0", "blue-1", "plain-1", "blue-2", "plain-2"
        ]
    );
    assert_eq!(
        consume(
            &vhost,
            &[
                "--stream-filter",
                "red",
                "--stream-filter",
                "blue",
                "--count",
                "4"
            ]
        ),
        ["red-0", "blue-0", "red-1", "blue-1"]
    );
    // --exec sees only those asked for too.
    let root = common::temp_dir();
    let out = root.path().join("out");
    let exec = format!("cat >> '{}'; echo >> '{}'", out.display(), out.display());
    let args = ["--stream-filter", "blue", "--exec", &exec];
    assert_eq!(consume(&vhost, &args), Vec::<String>::new());
    let handled = std::fs::read_to_string(&out).expect("what --exec wrote");
    assert_eq!(handled, "blue-0\nblue-1\nblue-2\n");
    let recorded = vhost.run(&[
        "consume", "log", "--offset", "first", "--count", "1", "--format", "json",
    ]);
    assert!(
        recorded.contains(r#""x-stream-filter-value":"red""#),
        "{recorded}"
    );
    let run = vhost.expect_code(&["consume", "classic", "--stream-filter", "red"], 64);
    assert!(
        run.stderr.contains("--stream-filter is for stream queues"),
        "{run:?}"
    );
}
