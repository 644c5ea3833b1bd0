//! The tables the documentation is made of — exit codes, environment variables, examples — kept
//! once, here, and rendered into `--help`, the man pages and the README (by the generator in
//! `xtask`).

pub mod examples;

/// Each list command and its default columns, in order (the README's table of them).
pub fn default_columns() -> Vec<(&'static str, Vec<&'static str>)> {
    crate::commands::list::COMMAND_KINDS
        .iter()
        .map(|(command, kind)| {
            let names = kind.columns.iter().filter(|c| c.default).map(|c| c.name);
            (*command, names.collect())
        })
        .collect()
}

/// One exit code and what it means (SPEC.md's table).
pub struct ExitCode {
    pub code: &'static str,
    pub meaning: &'static str,
}

pub const EXIT_CODES: &[ExitCode] = &[
    ExitCode {
        code: "0",
        meaning: "success (also when the reader of the output goes away: mq list-queues | head -1)",
    },
    ExitCode {
        code: "1",
        meaning: "partly failed: messages returned as unroutable or nacked, a bulk operation failed for some objects; mq check: a check is not OK (with --format nagios: WARNING)",
    },
    ExitCode {
        code: "2",
        meaning: "mq get: the queue was empty (as amqp-get); mq check --format nagios: CRITICAL",
    },
    ExitCode {
        code: "3",
        meaning: "mq check --format nagios: UNKNOWN, a check could not be made",
    },
    ExitCode {
        code: "64",
        meaning: "usage error: unknown flag, bad value, unknown template placeholder, name over 255 bytes, missing --yes",
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

/// One environment variable `mq` reads: the option it stands for, its default and meaning.
pub struct EnvVar {
    pub name: &'static str,
    /// The command-line option that overrides it, as typed (`--url URL`).
    pub option: &'static str,
    pub meaning: &'static str,
    /// What applies when neither the option, the variable nor the profile says.
    pub default: &'static str,
}

/// How the sources of a setting rank, said once for every table of [`ENV_VARS`].
pub const PRECEDENCE: &str = "A command-line option beats the environment, which beats the profile of the config file, \
which beats the built-in default. An empty variable counts as unset, except MQ_PASSWORD.";

pub const ENV_VARS: &[EnvVar] = &[
    EnvVar {
        name: "MQ_URL",
        option: "--url URL",
        meaning: "AMQP 0-9-1 URI of the broker, amqp:// or amqps://; several separated by spaces are the nodes of a cluster, tried in order until one answers",
        default: "amqp://guest:guest@localhost:5672/%2f",
    },
    EnvVar {
        name: "MQ_API_URL",
        option: "--api-url URL",
        meaning: "base URL of the management HTTP API",
        default: "derived from the node in use: http://HOST:15672 (https://HOST:15671 for amqps), never with credentials",
    },
    EnvVar {
        name: "MQ_VHOST",
        option: "--vhost NAME",
        meaning: "virtual host, for AMQP and the API alike",
        default: "the URL's vhost, else /",
    },
    EnvVar {
        name: "MQ_USER",
        option: "--user NAME",
        meaning: "user name",
        default: "the URL's user, else guest",
    },
    EnvVar {
        name: "MQ_PASSWORD",
        option: "--password-file FILE",
        meaning: "the password itself; there is deliberately no --password flag, so that secrets stay out of the process list (--password-file reads it from a file)",
        default: "the URL's password, else guest",
    },
    EnvVar {
        name: "MQ_PROFILE",
        option: "--profile NAME",
        meaning: "the [profiles.NAME] table of the config file to use",
        default: "default, if the file has it",
    },
    EnvVar {
        name: "MQ_CONFIG",
        option: "--config FILE",
        meaning: "the config file",
        default: "$XDG_CONFIG_HOME/mq/config.toml, else ~/.config/mq/config.toml",
    },
    EnvVar {
        name: "MQ_FORMAT",
        option: "--format FORMAT",
        meaning: "output format of the list commands: table, tsv, csv or json",
        default: "table when standard output is a terminal, else tsv",
    },
];
