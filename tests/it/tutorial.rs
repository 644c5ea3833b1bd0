//! The classic tutorial, end to end on the real broker: a random-integer producer, a direct
//! exchange routing odd/even to two queues, two consumers printing and acking.

use crate::common::TestVhost;

fn integers(text: &str, prefix: &str) -> Vec<u32> {
    let mut numbers: Vec<u32> = text
        .lines()
        .map(|line| {
            line.strip_prefix(prefix)
                .unwrap_or_else(|| panic!("unexpected line {line:?}"))
                .parse()
                .expect("an integer")
        })
        .collect();
    numbers.sort_unstable();
    numbers
}

#[test]
fn odd_and_even_integers_reach_their_own_consumers_nothing_lost_or_doubled() {
    let vhost = TestVhost::new("tutorial");
    assert_eq!(vhost.run(&["declare-exchange", "integers"]), "");
    assert_eq!(
        vhost.run(&["declare-queue", "odds", "--bind", "integers:odd"]),
        "odds\t0\n"
    );
    assert_eq!(
        vhost.run(&["declare-queue", "evens", "--bind", "integers:even"]),
        "evens\t0\n"
    );

    // Each consumer is attached (the broker says so) before the producer starts.
    let spawn_consumer = |queue: &str, template: &str| {
        vhost.spawn_consumer(
            queue,
            &[
                "--template",
                template,
                "--idle-timeout",
                // Long enough that a loaded machine cannot stop a consumer between two of the
                // producer's messages.
                "6s",
            ],
        )
    };
    let odd_consumer = spawn_consumer("odds", "odd integer: {body}");
    let even_consumer = spawn_consumer("evens", "even integer: {body}");

    // The 10 ms between messages is the producer's pace under test, not a wait.
    let produced = vhost.run(&["produce", "--random", "--count", "60", "--interval", "10ms"]);
    let odd = odd_consumer.output();
    let even = even_consumer.output();
    assert!(odd.code == Some(0), "{}", odd.stderr);
    assert!(even.code == Some(0), "{}", even.stderr);

    let produced = integers(&produced, "integer: ");
    assert_eq!(produced.len(), 60);
    assert!(produced.iter().all(|n| (1..=100).contains(n)));
    let odd = integers(&odd.stdout, "odd integer: ");
    let even = integers(&even.stdout, "even integer: ");
    assert!(
        odd.iter().all(|n| n % 2 == 1),
        "an even integer in odds: {odd:?}"
    );
    assert!(
        even.iter().all(|n| n % 2 == 0),
        "an odd integer in evens: {even:?}"
    );
    let mut consumed: Vec<u32> = odd.iter().chain(even.iter()).copied().collect();
    consumed.sort_unstable();
    assert_eq!(
        consumed, produced,
        "what was consumed differs from what was produced"
    );

    // Every message was acked: both queues are empty now.
    for name in ["odds", "evens"] {
        let queue = vhost.queue(name);
        assert_eq!(queue["messages"], 0, "{queue}");
        assert_eq!(queue["type"], "classic");
        assert_eq!(queue["durable"], true);
    }
    let exchanges: Vec<serde_json::Value> =
        serde_json::from_str(&vhost.run(&["list-exchanges", "--format", "json"])).unwrap();
    let integers_exchange = exchanges
        .iter()
        .find(|e| e["name"] == "integers")
        .expect("integers listed");
    assert_eq!(integers_exchange["type"], "direct");
    assert_eq!(integers_exchange["durable"], true);
}

#[test]
fn rabbitmqctl_aliases_list_the_same_objects() {
    let vhost = TestVhost::new("aliases");
    vhost.run(&["declare-queue", "q1"]);
    let table = vhost.run(&["list_queues", "--format", "tsv"]);
    assert_eq!(table, vhost.run(&["list-queues", "--format", "tsv"]));
    assert!(
        table.starts_with("q1\tclassic\ttrue\t0\t0\t0\t0\t"),
        "{table}"
    );
    let exchanges = vhost.run(&["list_exchanges", "--format", "tsv"]);
    assert!(
        exchanges
            .lines()
            .any(|l| l.starts_with("amq.direct\tdirect\t"))
    );
    assert!(
        exchanges.lines().any(|l| l.starts_with("\tdirect\ttrue")),
        "{exchanges}"
    );
}
