//! The tables the documentation is made of — exit codes and environment variables — kept once,
//! here, and rendered into `--help`, the man pages and the README (by the generator in `xtask`).

/// One exit code and what it means (SPEC.md's table).
pub struct ExitCode {
    pub code: &'static str,
    pub meaning: &'static str,
}

pub const EXIT_CODES: &[ExitCode] = &[
    ExitCode {
        code: "0",
        meaning: "success",
    },
    ExitCode {
        code: "1",
        meaning: "partly failed: messages returned as unroutable or nacked, a bulk operation failed for some objects",
    },
    ExitCode {
        code: "2",
        meaning: "mq get: the queue was empty (as amqp-get)",
    },
    ExitCode {
        code: "64",
        meaning: "usage error: unknown flag, bad value, missing --yes",
    },
    ExitCode {
        code: "65",
        meaning: "the broker rejected the request as invalid: PRECONDITION_FAILED (redeclared with other properties), bad arguments",
    },
    ExitCode {
        code: "66",
        meaning: "not found: queue, exchange or vhost does not exist (NOT_FOUND, HTTP 404), or an input file is missing",
    },
    ExitCode {
        code: "69",
        meaning: "unavailable: broker or management API unreachable or refusing the connection, management plugin not enabled, connection lost for good",
    },
    ExitCode {
        code: "70",
        meaning: "internal error: something the broker or a library reported that fits nothing else",
    },
    ExitCode {
        code: "74",
        meaning: "input or output failed: reading a file or standard input, writing output",
    },
    ExitCode {
        code: "75",
        meaning: "timed out (see --timeout)",
    },
    ExitCode {
        code: "77",
        meaning: "permission denied: authentication failed, ACCESS_REFUSED, HTTP 401/403",
    },
    ExitCode {
        code: "78",
        meaning: "configuration error: malformed config file, unknown profile, unknown key in a profile",
    },
    ExitCode {
        code: "129 / 130 / 143",
        meaning: "stopped by SIGHUP / Ctrl-C (SIGINT) / SIGTERM, after a clean shutdown (summary printed, confirms awaited)",
    },
];

/// One environment variable `mq` reads.
pub struct EnvVar {
    pub name: &'static str,
    pub meaning: &'static str,
}

pub const ENV_VARS: &[EnvVar] = &[
    EnvVar {
        name: "MQ_URL",
        meaning: "AMQP URL(s) of the broker, space-separated for a cluster (--url)",
    },
    EnvVar {
        name: "MQ_API_URL",
        meaning: "management API base (--api-url); without it, http://HOST:15672 (https://HOST:15671 for amqps) of the node in use, never with credentials",
    },
    EnvVar {
        name: "MQ_VHOST",
        meaning: "virtual host (--vhost)",
    },
    EnvVar {
        name: "MQ_USER",
        meaning: "user name (--user)",
    },
    EnvVar {
        name: "MQ_PASSWORD",
        meaning: "the password itself (there is no --password flag; see --password-file)",
    },
    EnvVar {
        name: "MQ_PROFILE",
        meaning: "profile of the config file (--profile)",
    },
    EnvVar {
        name: "MQ_CONFIG",
        meaning: "config file (--config)",
    },
    EnvVar {
        name: "MQ_FORMAT",
        meaning: "default --format of the list commands",
    },
];
