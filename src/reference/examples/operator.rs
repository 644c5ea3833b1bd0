//! The examples of the operator's commands (vhosts, users, permissions, policies, parameters,
//! nodes, connections, checks, shovels and federation), beside the others in `examples.rs`.

use super::Examples;

pub const EXAMPLES: &[Examples] = &[
    Examples {
        command: "declare-vhost",
        examples: &[
            (
                "mq declare-vhost shop --description 'orders and invoices' --tag eu",
                "a vhost with a description and a tag",
            ),
            (
                "mq declare-vhost events --default-queue-type quorum",
                "queues declared without a type are quorum queues",
            ),
        ],
    },
    Examples {
        command: "delete-vhost",
        examples: &[
            (
                "mq delete-vhost shop --dry-run",
                "how many queues and messages would go with it",
            ),
            ("mq delete-vhost shop --yes", "delete it, without asking"),
        ],
    },
    Examples {
        command: "set-vhost-limit",
        examples: &[
            (
                "mq set-vhost-limit shop max-queues 100",
                "at most 100 queues",
            ),
            (
                "mq set-vhost-limit shop max-connections 0",
                "refuse every new connection",
            ),
        ],
    },
    Examples {
        command: "clear-vhost-limit",
        examples: &[
            (
                "mq clear-vhost-limit shop max-queues",
                "no limit on queues any more",
            ),
            ("mq clear-vhost-limit shop", "every limit of the vhost"),
        ],
    },
    Examples {
        command: "list-vhost-limits",
        examples: &[
            ("mq list-vhost-limits -p shop", "the limits of vhost shop"),
            ("mq list-vhost-limits --all-vhosts", "of every vhost"),
        ],
    },
    Examples {
        command: "declare-user",
        examples: &[
            (
                "mq declare-user alice --tag monitoring",
                "asks for the password twice, without echo",
            ),
            (
                "mq declare-user ci --new-password-file ci.pw",
                "the password from a file",
            ),
            (
                "mq declare-user copy --password-hash 'kI3GCqW5JLMJa4iX1lo7X4D6XbYqlLgxIs30+P6tENUV2POR' --tag management",
                "the hash another broker stored",
            ),
        ],
    },
    Examples {
        command: "change-password",
        examples: &[
            ("mq change-password alice", "asks for the new password"),
            (
                "mq change-password ci --new-password-file ci.pw",
                "from a file; the tags stay",
            ),
        ],
    },
    Examples {
        command: "delete-user",
        examples: &[("mq delete-user alice", "the user and its permissions")],
    },
    Examples {
        command: "list-users",
        examples: &[
            ("mq list-users", "every user and its tags"),
            (
                "mq list-users --columns name,hashing_algorithm",
                "how their passwords are hashed",
            ),
        ],
    },
    Examples {
        command: "set-permissions",
        examples: &[
            (
                "mq set-permissions alice -p shop --configure '^alice-' --write '.*' --read '.*'",
                "alice declares only queues named alice-…",
            ),
            (
                "mq set-permissions monitor --configure '^$' --write '^$' --read '.*'",
                "read-only in vhost /",
            ),
        ],
    },
    Examples {
        command: "clear-permissions",
        examples: &[(
            "mq clear-permissions alice -p shop",
            "alice can no longer use vhost shop",
        )],
    },
    Examples {
        command: "list-permissions",
        examples: &[
            (
                "mq list-permissions -p shop",
                "who may do what in vhost shop",
            ),
            ("mq list-permissions --of alice", "alice's, in every vhost"),
        ],
    },
    Examples {
        command: "set-topic-permissions",
        examples: &[(
            "mq set-topic-permissions alice --exchange amq.topic --write '^orders\\.' --read '.*'",
            "alice publishes to amq.topic only with keys orders.…",
        )],
    },
    Examples {
        command: "clear-topic-permissions",
        examples: &[(
            "mq clear-topic-permissions alice",
            "every topic permission of alice in vhost /",
        )],
    },
    Examples {
        command: "list-topic-permissions",
        examples: &[("mq list-topic-permissions --all-vhosts", "in every vhost")],
    },
    Examples {
        command: "declare-policy",
        examples: &[
            (
                "mq declare-policy cap --pattern '^orders\\.' --apply-to queues --definition max-length=10000 --definition overflow=reject-publish",
                "orders.* queues hold at most 10,000 messages and refuse more",
            ),
            (
                "mq declare-policy dlx --pattern '.*' --priority 1 --definition dead-letter-exchange=dead",
                "dead-letter from every queue of vhost /",
            ),
        ],
    },
    Examples {
        command: "delete-policy",
        examples: &[("mq delete-policy cap -p shop", "policy cap of vhost shop")],
    },
    Examples {
        command: "list-policies",
        examples: &[
            ("mq list-policies", "the policies of vhost /"),
            ("mq list-policies --all-vhosts", "of every vhost"),
        ],
    },
    Examples {
        command: "declare-operator-policy",
        examples: &[(
            "mq declare-operator-policy ceiling --pattern '.*' --apply-to queues --definition max-length-bytes=1000000000",
            "no queue of vhost / holds more than 1 GB, whatever its users set",
        )],
    },
    Examples {
        command: "delete-operator-policy",
        examples: &[("mq delete-operator-policy ceiling", "lift the ceiling")],
    },
    Examples {
        command: "list-operator-policies",
        examples: &[("mq list-operator-policies --all-vhosts", "in every vhost")],
    },
    Examples {
        command: "close-connection",
        examples: &[
            (
                "mq close-connection '127.0.0.1:50412 -> 127.0.0.1:5672' --reason 'maintenance'",
                "one connection, by the name list-connections shows",
            ),
            (
                "mq close-connection --of alice --all-vhosts --dry-run",
                "which connections of alice would be closed",
            ),
            (
                "mq close-connection --filter '^10\\.1\\.' --yes",
                "every connection of vhost / from 10.1.*, without asking",
            ),
        ],
    },
    Examples {
        command: "list-parameters",
        examples: &[
            (
                "mq list-parameters -p shop",
                "every component's parameters of vhost shop",
            ),
            (
                "mq list-parameters --component federation-upstream --all-vhosts",
                "the federation upstreams of every vhost",
            ),
        ],
    },
    Examples {
        command: "set-parameter",
        examples: &[
            (
                "mq set-parameter vhost-limits limits max-queues=100 max-connections=50",
                "the vhost's limits as one parameter",
            ),
            (
                "mq set-parameter federation-upstream origin uri=amqp://origin.example expires=3600000",
                "a federation upstream (the plugin enabled)",
            ),
        ],
    },
    Examples {
        command: "clear-parameter",
        examples: &[(
            "mq clear-parameter federation-upstream origin",
            "remove the upstream",
        )],
    },
    Examples {
        command: "list-global-parameters",
        examples: &[(
            "mq list-global-parameters",
            "the cluster's name and id, and more",
        )],
    },
    Examples {
        command: "list-nodes",
        examples: &[
            ("mq list-nodes", "every node, its memory, disk and alarms"),
            (
                "mq list-nodes --columns name,mem_alarm,disk_free_alarm --format csv",
                "only the alarms",
            ),
        ],
    },
    Examples {
        command: "list-feature-flags",
        examples: &[(
            "mq list-feature-flags --columns name,state,stability",
            "which flags an upgrade still needs enabled",
        )],
    },
    Examples {
        command: "enable-feature-flag",
        examples: &[
            ("mq enable-feature-flag khepri_db", "one flag"),
            (
                "mq enable-feature-flag --all",
                "every stable flag, before an upgrade",
            ),
        ],
    },
    Examples {
        command: "list-deprecated-features",
        examples: &[(
            "mq list-deprecated-features --used",
            "what the broker uses that a later version may refuse",
        )],
    },
    Examples {
        command: "check",
        examples: &[
            ("mq check", "every check, one line each"),
            (
                "mq check alarms probe --warn 50ms --critical 500ms --format nagios",
                "a Nagios service check: its exit code and performance data",
            ),
            (
                "mq check --format prometheus > /var/lib/node_exporter/mq_check.prom",
                "for node_exporter's textfile collector",
            ),
        ],
    },
    Examples {
        command: "list-shovels",
        examples: &[
            (
                "mq list-shovels -p shop",
                "the shovels of vhost shop and their state",
            ),
            (
                "mq list-shovels --all-vhosts --columns vhost,name,state,reason",
                "which shovels are not running, and why",
            ),
        ],
    },
    Examples {
        command: "declare-shovel",
        examples: &[
            (
                "mq declare-shovel drain --from old-orders --to orders --delete-after queue-length",
                "move what queue old-orders holds now into orders, then stop",
            ),
            (
                "mq declare-shovel out --from outbox --to amqps://shovel@dc2.example/shop --to inbox --to-password-file pw",
                "forward for good to queue inbox of vhost shop on another broker, as user shovel",
            ),
            (
                "mq declare-shovel replay --from dead --to-exchange events:orders.retry --ack-mode on-publish",
                "publish a queue's messages to an exchange with another key",
            ),
        ],
    },
    Examples {
        command: "delete-shovel",
        examples: &[(
            "mq delete-shovel drain -p shop",
            "stop the shovel and remove it",
        )],
    },
    Examples {
        command: "list-federation-links",
        examples: &[
            (
                "mq list-federation-links",
                "each federated exchange or queue of the vhost, its status",
            ),
            (
                "mq list-federation-links --all-vhosts --columns vhost,upstream,exchange,status,error",
                "every vhost's links (rabbitmqctl's federation_status)",
            ),
        ],
    },
    Examples {
        command: "rebalance-queues",
        examples: &[
            (
                "mq rebalance-queues",
                "spread the queue leaders over the running nodes",
            ),
            (
                "mq rebalance-queues --api-url http://rabbit-2:15672/",
                "through another node's management API",
            ),
        ],
    },
];
