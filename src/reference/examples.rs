//! The examples of every command, kept once: `--help` shows them after the options (not `-h`),
//! and each command's man page has them as its EXAMPLES section.

mod operator;

/// One command's examples: each a command line and what it does.
pub struct Examples {
    pub command: &'static str,
    pub examples: &'static [(&'static str, &'static str)],
}

pub const EXAMPLES: &[Examples] = &[
    Examples {
        command: "declare-exchange",
        examples: &[
            (
                "mq declare-exchange integers",
                "a durable direct exchange, as the tutorial's",
            ),
            (
                "mq declare-exchange events --type topic",
                "a topic exchange",
            ),
            (
                "mq declare-exchange alt --type fanout --arg x-delayed-type=direct",
                "with a typed argument",
            ),
        ],
    },
    Examples {
        command: "declare-queue",
        examples: &[
            (
                "mq declare-queue odds --bind integers:odd",
                "declare and bind with key odd",
            ),
            (
                "mq declare-queue orders --type quorum --delivery-limit 5",
                "a quorum queue",
            ),
            (
                "mq declare-queue work --dead-letter-exchange dlx --message-ttl 30s",
                "dead-letter what waits longer than 30 s",
            ),
        ],
    },
    Examples {
        command: "produce",
        examples: &[
            (
                "mq produce --random --count 20",
                "the tutorial's producer: 20 random integers",
            ),
            (
                "mq produce --routing-key jobs 'first' 'second'",
                "two messages to queue jobs",
            ),
            (
                "seq 1000 | mq produce --routing-key jobs",
                "each line of stdin is a message",
            ),
            (
                "mq produce --exchange events --routing-key a.b --file order.json --content-type application/json",
                "one file as one message",
            ),
            (
                "mq produce --routing-key load --size 1024 --count 100000 --rate 0",
                "load, flat out",
            ),
            (
                "mq produce --routing-key load --size 16 --count 1000000 --connections 4",
                "over four connections: one count and summary, order per connection only",
            ),
            (
                "mq produce --routing-key load --count 1000 --body-template '{{\"n\":{seq},\"id\":\"{uuid}\",\"at\":\"{now}\"}}' --header 'host={hostname}'",
                "realistic load: each body and header rendered per message",
            ),
            (
                "mq consume q --format json --count 10 | mq produce --input json",
                "replay what was consumed, properties and headers included",
            ),
            (
                "mq produce --from-dir saved --timed --speed 2",
                "republish what consume --save-dir saved, twice as fast as it came",
            ),
            (
                "mq produce --routing-key events-stream --stream-filter-value eu 'order 1'",
                "publish to a stream with a filter value (RabbitMQ 3.13+)",
            ),
        ],
    },
    Examples {
        command: "request",
        examples: &[(
            "mq request --routing-key upper 'hello' --reply-timeout 5s",
            "ask the replier of queue upper and print its answer (exit 75 if none came in 5s)",
        )],
    },
    Examples {
        command: "reply",
        examples: &[(
            "mq reply upper --exec 'tr a-z A-Z'",
            "answer each request of queue upper with its body in capitals",
        )],
    },
    Examples {
        command: "consume",
        examples: &[
            (
                "mq consume odds --template 'odd integer: {body}'",
                "the tutorial's consumer",
            ),
            (
                "mq consume jobs --count 10 --format json",
                "ten messages as JSON lines, then stop",
            ),
            (
                "mq consume jobs --idle-timeout 2s",
                "drain the queue and stop when it is empty",
            ),
            (
                "mq consume jobs --exec 'handle-job'",
                "run a command per message, ack on exit 0",
            ),
            (
                "mq consume events-stream --offset first",
                "read a stream from its start",
            ),
            (
                "mq consume events-stream --offset first --stream-filter eu",
                "only the messages published with filter value eu",
            ),
            (
                "mq consume jobs --save-dir saved",
                "each message as saved/NNNNNN.body and NNNNNN.json",
            ),
        ],
    },
    Examples {
        command: "get",
        examples: &[
            (
                "mq get jobs",
                "take one message (exit 2 when the queue is empty)",
            ),
            (
                "mq get jobs --count 5 --requeue",
                "look at five messages and put them back",
            ),
            (
                "mq get orders --filter '.json.amount > 100' --format json",
                "the first order over 100; the others stay where they were",
            ),
        ],
    },
    Examples {
        command: "tap",
        examples: &[
            (
                "mq tap events --format json",
                "every message through topic exchange events ('#'), with its exchange and key",
            ),
            (
                "mq tap integers:odd integers:even events:orders.* --count 100",
                "several exchanges and keys at once; stop after 100",
            ),
            (
                "mq tap docs --header format=pdf --match any",
                "a headers exchange, matched as a binding would",
            ),
            (
                "mq tap events --filter '.properties.headers.tenant == \"acme\"'",
                "only one tenant's messages",
            ),
            (
                "mq tap --trace --format json",
                "the firehose: every publish and delivery in the vhost (tracing on meanwhile)",
            ),
        ],
    },
    Examples {
        command: "move",
        examples: &[
            (
                "mq move orders.dlq --to-origin",
                "redrive a dead-letter queue: each message back where it died",
            ),
            (
                "mq move orders.dlq --to-origin --filter '.properties.headers[\"x-first-death-reason\"] == \"expired\"'",
                "only the messages that expired; the others stay in the DLQ",
            ),
            (
                "mq move jobs --to jobs-v2 --count 1000",
                "the first 1000 messages to another queue",
            ),
            (
                "mq move events --to-exchange archive --to-url amqps://archiver@backup.example/archive",
                "to an exchange on another broker, each with its own routing key",
            ),
        ],
    },
    Examples {
        command: "bind",
        examples: &[
            (
                "mq bind integers odds --routing-key odd",
                "bind a queue with a key",
            ),
            (
                "mq bind events audit --to-exchange --routing-key '#'",
                "exchange to exchange",
            ),
            (
                "mq bind docs pdfs --header format=pdf --match all",
                "a headers-exchange binding",
            ),
        ],
    },
    Examples {
        command: "unbind",
        examples: &[(
            "mq unbind integers odds --routing-key odd",
            "remove that binding",
        )],
    },
    Examples {
        command: "delete-exchange",
        examples: &[(
            "mq delete-exchange integers --if-unused",
            "only if nothing is bound to it",
        )],
    },
    Examples {
        command: "delete-queue",
        examples: &[
            (
                "mq delete-queue odds",
                "delete it; prints how many messages went with it",
            ),
            (
                "mq delete-queue odds --if-empty",
                "only if it holds no message",
            ),
        ],
    },
    Examples {
        command: "purge",
        examples: &[(
            "mq purge evens",
            "drop every ready message; prints how many",
        )],
    },
    Examples {
        command: "list-exchanges",
        examples: &[
            ("mq list-exchanges", "the vhost's exchanges"),
            (
                "mq list-exchanges --all-vhosts --format json",
                "every vhost's, for scripts",
            ),
        ],
    },
    Examples {
        command: "list-queues",
        examples: &[
            ("mq list-queues", "the vhost's queues with current counts"),
            (
                "mq list-queues --columns name,messages,consumers --filter '^orders'",
                "some columns, some queues",
            ),
            (
                "mq list-queues --watch 5s",
                "redraw every 5 s with in/out rates",
            ),
        ],
    },
    Examples {
        command: "list-bindings",
        examples: &[(
            "mq list-bindings --filter integers",
            "what is bound to or from integers",
        )],
    },
    Examples {
        command: "list-connections",
        examples: &[(
            "mq list-connections --columns name,user,client,state",
            "who is connected",
        )],
    },
    Examples {
        command: "list-channels",
        examples: &[(
            "mq list-channels --all-vhosts",
            "every channel of the broker",
        )],
    },
    Examples {
        command: "list-consumers",
        examples: &[(
            "mq list-consumers --filter jobs",
            "the consumers of queue jobs",
        )],
    },
    Examples {
        command: "list-vhosts",
        examples: &[(
            "mq list-vhosts --columns name,messages",
            "vhosts and what they hold",
        )],
    },
    Examples {
        command: "overview",
        examples: &[(
            "mq overview --format json",
            "the broker at a glance, for scripts",
        )],
    },
    Examples {
        command: "export-definitions",
        examples: &[
            (
                "mq export-definitions backup.json",
                "the whole broker's definitions",
            ),
            (
                "mq --vhost orders export-definitions -",
                "one vhost's, on stdout",
            ),
            (
                "mq export-definitions --transform strip-ha,no-users,no-permissions move.json",
                "for a RabbitMQ 4.x broker: no classic mirroring keys, no users",
            ),
        ],
    },
    Examples {
        command: "import-definitions",
        examples: &[
            (
                "mq import-definitions backup.json",
                "merge them into the broker",
            ),
            (
                "mq import-definitions move.json --dry-run",
                "what it would create or change, importing nothing",
            ),
        ],
    },
    Examples {
        command: "topology",
        examples: &[
            ("mq topology", "the vhost as a tree"),
            (
                "mq topology --format dot | dot -Tsvg > topology.svg",
                "as a picture",
            ),
            (
                "mq topology --watch",
                "redraw every 5 s with each queue's in/out rates",
            ),
        ],
    },
    Examples {
        command: "reset",
        examples: &[
            ("mq reset --dry-run", "what would be deleted"),
            (
                "mq --vhost scratch reset --yes",
                "delete every queue and exchange of vhost scratch",
            ),
        ],
    },
    Examples {
        command: "bench",
        examples: &[
            (
                "mq bench --duration 30s",
                "one producer, one consumer, 30 s",
            ),
            (
                "mq bench --producers 4 --consumers 4 --queue-type quorum --persistent",
                "a heavier run on a quorum queue",
            ),
            (
                "mq bench --queues 4 --queue-pattern 'q-%d' --exchange-type fanout --count 100000",
                "100,000 messages to four queues through a fanout exchange",
            ),
            (
                "mq bench --rate 100:10s,1000:10s --size 100-1000 --output-file run.csv",
                "rate steps and random sizes, each second recorded as CSV",
            ),
            (
                "mq bench --producers 0 --queue orders --until-empty --consumer-latency 5ms",
                "how fast a queue drains at 5 ms of work per message",
            ),
        ],
    },
    Examples {
        command: "completions",
        examples: &[(
            "mq completions bash > ~/.local/share/bash-completion/completions/mq",
            "install bash completion",
        )],
    },
    Examples {
        command: "config",
        examples: &[
            ("mq config", "what mq would connect to, and why"),
            ("mq --profile prod config", "what the profile 'prod' gives"),
        ],
    },
];

/// Every command's examples: the operator's commands' are in `examples/operator.rs`.
fn all() -> impl Iterator<Item = &'static Examples> {
    EXAMPLES.iter().chain(operator::EXAMPLES)
}

/// The examples of `command`, if it has any.
pub fn of(command: &str) -> Option<&'static [(&'static str, &'static str)]> {
    all().find(|e| e.command == command).map(|e| e.examples)
}

/// The examples as `--help` shows them: each command line, and under it what it does.
pub fn help_text(examples: &[(&str, &str)]) -> String {
    let mut text = String::from("Examples:\n");
    for (line, what) in examples {
        text.push_str(&format!("  {line}\n      {what}\n"));
    }
    text.pop();
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of the `mq COMMAND` in a command line as a shell would split them (single
    /// quotes only, which is all the examples use), up to a pipe or redirection.
    fn mq_words(line: &str, command: &str) -> Vec<String> {
        let mut words = Vec::new();
        let mut word = String::new();
        let mut quoted = false;
        for c in line.chars() {
            match c {
                '\'' => quoted = !quoted,
                ' ' if !quoted => {
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word));
                    }
                }
                _ => word.push(c),
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
        words
            .split(|w| matches!(w.as_str(), "|" | ">" | "&"))
            .map(|segment| segment.iter().skip_while(|w| *w != "mq").cloned().collect())
            .find(|segment: &Vec<String>| segment.iter().skip(1).any(|w| w == command))
            .unwrap_or_default()
    }

    #[test]
    fn every_command_has_examples_and_every_example_parses() {
        let cli = crate::cli::command();
        for sub in cli.get_subcommands() {
            assert!(
                of(sub.get_name()).is_some(),
                "no examples for {}",
                sub.get_name()
            );
        }
        for entry in all() {
            for (line, what) in entry.examples {
                assert!(!what.is_empty());
                let words = mq_words(line, entry.command);
                assert!(
                    !words.is_empty(),
                    "{line:?} is not an example of {}",
                    entry.command
                );
                let parsed = crate::cli::command().try_get_matches_from(&words);
                assert!(parsed.is_ok(), "{line:?}: {:?}", parsed.err());
            }
        }
    }
}
