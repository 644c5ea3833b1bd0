//! The one error type of `mq`: every failure knows its kind (and so its exit code, from the
//! table in `reference`), what failed in words, the hint for what to do next where there is an
//! obvious one, and the lower-level error it came from.

use std::fmt;
use std::io;

pub type Result<T, E = Error> = std::result::Result<T, E>;

type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What went wrong, as SPEC.md's exit codes tell it apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Bad command line: unknown flag, bad value, missing `--yes` (64).
    Usage,
    /// The command line did not parse (clap's message); also 64, with a pointer to --help.
    CommandLine,
    /// The broker rejected the request as invalid: PRECONDITION_FAILED, bad arguments (65).
    Invalid,
    /// A queue, exchange or vhost does not exist (66).
    NotFound,
    /// Broker or management API unreachable or refusing the connection (69).
    Unavailable,
    /// An open AMQP connection went away (the node stopped, the network failed) (69).
    /// `produce` and `consume` reconnect after it; everything else fails with it.
    ConnectionLost,
    /// A connection attempt or request took longer than `--timeout` (75).
    TimedOut,
    /// Authentication failed, ACCESS_REFUSED, HTTP 401/403 (77).
    AccessRefused,
    /// Malformed config file, unknown profile, unknown key (78).
    Config,
    /// Part of the work failed: unroutable or nacked messages, some objects not deleted (1).
    Partial,
    /// `mq get` found the queue empty (2), as amqp-get does.
    QueueEmpty,
    /// Stopped by a signal, after a clean shutdown (128 + the signal's number).
    Stopped(u8),
    /// `mq check` found a check not OK: its report already said which (1; with `--format
    /// nagios`, Nagios's 1, 2 or 3).
    CheckFailed(u8),
    /// Reading input or writing output failed (74, EX_IOERR).
    Io,
    /// Anything else the broker or a library reported that fits none of the above (70).
    Internal,
    /// The reader of our stdout went away (`mq list-queues | head -1`): exit quietly.
    BrokenPipe,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Partial => 1,
            Kind::QueueEmpty => 2,
            Kind::Usage | Kind::CommandLine => 64,
            Kind::Invalid => 65,
            Kind::NotFound => 66,
            Kind::Unavailable | Kind::ConnectionLost => 69,
            Kind::Internal => 70,
            Kind::Io => 74,
            Kind::TimedOut => 75,
            Kind::AccessRefused => 77,
            Kind::Config => 78,
            Kind::Stopped(code) | Kind::CheckFailed(code) => code,
            Kind::BrokenPipe => 0,
        }
    }
}

/// A failure: its kind, what failed, what to do next, and what it came from.
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    kind: Kind,
    message: String,
    hint: Option<String>,
    #[source]
    source: Option<Source>,
}

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            source: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(Kind::Usage, message)
    }
    pub fn command_line(message: impl Into<String>) -> Self {
        Error::new(Kind::CommandLine, message)
    }
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(Kind::Invalid, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Error::new(Kind::NotFound, message)
    }
    pub fn unavailable(message: impl Into<String>, hint: Option<&str>) -> Self {
        let err = Error::new(Kind::Unavailable, message);
        match hint {
            Some(hint) => err.with_hint(hint),
            None => err,
        }
    }
    pub fn connection_lost(message: impl Into<String>) -> Self {
        Error::new(Kind::ConnectionLost, message)
    }
    pub fn timed_out(message: impl Into<String>) -> Self {
        Error::new(Kind::TimedOut, message)
    }
    pub fn access_refused(message: impl Into<String>) -> Self {
        Error::new(Kind::AccessRefused, message)
    }
    pub fn config(message: impl Into<String>) -> Self {
        Error::new(Kind::Config, message)
    }
    pub fn partial(message: impl Into<String>) -> Self {
        Error::new(Kind::Partial, message)
    }
    pub fn queue_empty(queue: &str) -> Self {
        Error::new(Kind::QueueEmpty, format!("queue '{queue}' is empty"))
    }
    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(Kind::Internal, message)
    }
    /// `mq check`'s outcome as its exit code, once its report is written.
    pub fn check_failed(code: u8) -> Self {
        Error::new(Kind::CheckFailed(code), "a check is not OK")
    }
    /// Stopped by the signal that raised `stop`: the exit code is 128 + its number.
    pub fn stopped(code: u8) -> Self {
        Error::new(Kind::Stopped(code), "interrupted")
    }

    /// Reading `what` failed (a file, standard input): 66 when it does not exist, else 74.
    pub fn read(what: impl fmt::Display, source: io::Error) -> Self {
        let kind = if source.kind() == io::ErrorKind::NotFound {
            Kind::NotFound
        } else {
            Kind::Io
        };
        Error::new(kind, format!("cannot read {what}: {source}")).with_source(source)
    }

    /// Writing `what` (a file named on the command line) failed.
    pub fn write(what: impl fmt::Display, source: io::Error) -> Self {
        Error::new(Kind::Io, format!("cannot write {what}: {source}")).with_source(source)
    }

    /// An error writing our own output: a closed pipe is not a failure worth a word.
    pub fn output(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Error::new(Kind::BrokenPipe, "broken pipe")
        } else {
            Error::new(Kind::Io, format!("cannot write output: {err}")).with_source(err)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Keeps `source` as the cause of this error (shown with -v, walked by `TlsFailure::find`).
    pub fn with_source(mut self, source: impl Into<Source>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// The same error with another message; kind, hint and source kept.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// What the user can do next, printed as a second `mq: ` line.
    pub fn hint(&self) -> Option<&str> {
        match (&self.hint, self.kind) {
            (Some(hint), _) => Some(hint),
            (None, Kind::CommandLine) => Some("see 'mq --help' or 'mq COMMAND --help'"),
            (None, Kind::AccessRefused) => Some(
                "check the user and password (--user, MQ_PASSWORD or --password-file) and the user's permissions on the vhost",
            ),
            _ => None,
        }
    }

    /// Whether `main` should print anything at all for this error.
    pub fn is_silent(&self) -> bool {
        matches!(
            self.kind,
            Kind::BrokenPipe | Kind::Stopped(_) | Kind::CheckFailed(_)
        )
    }

    /// An open connection went away: worth connecting again, unlike any other error.
    pub fn is_connection_lost(&self) -> bool {
        self.kind == Kind::ConnectionLost
    }

    /// An error every node of a cluster would repeat (wrong credentials, missing vhost, a bad
    /// URL): trying the next node, or again later, cannot help.
    pub fn is_final(&self) -> bool {
        matches!(
            self.kind,
            Kind::AccessRefused | Kind::NotFound | Kind::Usage
        )
    }
}

/// The deprecated features a RabbitMQ 4.x node may deny, by the name its refusal gives them
/// ("Feature `global_qos` is deprecated."), with what to do instead.
const DEPRECATED_FEATURES: [(&str, &str); 7] = [
    (
        "global_qos",
        "set the prefetch per consumer (basic.qos with global=false, as mq's --prefetch does)",
    ),
    (
        "queue_master_locator",
        "use x-queue-leader-locator (client-local or balanced) instead of x-queue-master-locator",
    ),
    (
        "transient_nonexcl_queues",
        "declare the queue durable (without --transient), or exclusive to its connection",
    ),
    (
        "classic_queue_mirroring",
        "remove the ha-* keys; replicate with quorum queues (--type quorum) or streams instead",
    ),
    (
        "management_metrics_collection",
        "read the Prometheus plugin's metrics (rabbitmq_prometheus) instead",
    ),
    ("ram_node_type", "run the node as a disc node"),
    (
        "amqp_address_v1",
        "use AMQP 1.0 addresses of the v2 format (/queues/NAME, /exchanges/NAME/KEY)",
    ),
];

impl Error {
    /// A refusal whose text names a deprecated feature the broker denies: 65, with the
    /// feature's name and what to do instead (`text` is the broker's, `context` what was
    /// attempted). `None` for any other text.
    pub fn deprecated_feature(text: &str, context: &str) -> Option<Error> {
        let name = text.split("Feature `").nth(1)?.split('`').next()?;
        if name.is_empty() || !text.contains("is deprecated") {
            return None;
        }
        let instead = DEPRECATED_FEATURES
            .iter()
            .find(|(feature, _)| *feature == name)
            .map_or(
                "the node's /api/deprecated-features lists what it denies; \
                 deprecated_features.permit.NAME = true in its configuration allows it for now",
                |(_, instead)| instead,
            );
        Some(
            Error::invalid(format!(
                "{context}: the broker denies the deprecated feature '{name}'"
            ))
            .with_hint(instead),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_denied_deprecated_feature_is_named_with_what_to_do_instead() {
        // As RabbitMQ 4.3 closes the connection (the reason is cut at 255 bytes).
        let text = "INTERNAL_ERROR - Feature `queue_master_locator` is deprecated.\nBy default, \
                    this feature is not permitted anymore.\nThe feature will be removed";
        let err = Error::deprecated_feature(text, "cannot declare queue 'q'").expect("mapped");
        assert_eq!(err.exit_code(), 65);
        assert_eq!(
            err.to_string(),
            "cannot declare queue 'q': the broker denies the deprecated feature \
             'queue_master_locator'"
        );
        assert!(
            err.hint()
                .is_some_and(|h| h.contains("x-queue-leader-locator"))
        );
        for (feature, _) in DEPRECATED_FEATURES {
            let text = format!("PRECONDITION_FAILED - Feature `{feature}` is deprecated.");
            let err = Error::deprecated_feature(&text, "x").expect(feature);
            assert!(err.to_string().contains(feature));
        }
        let unknown = Error::deprecated_feature("Feature `new_thing` is deprecated.", "x");
        assert!(
            unknown
                .and_then(|e| e.hint().map(str::to_owned))
                .is_some_and(|h| h.contains("permit"))
        );
        assert!(Error::deprecated_feature("PRECONDITION_FAILED - inequivalent arg", "x").is_none());
    }
}
