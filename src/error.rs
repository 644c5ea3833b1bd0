//! The one error type of `mq`: every failure knows its exit code (SPEC.md's table) and, where
//! there is an obvious next step, a hint for the user.

use std::io;
use std::sync::Mutex;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad command line: unknown flag, bad value, missing `--yes` (64).
    #[error("{0}")]
    Usage(String),
    /// The command line did not parse (clap's message); also 64, with a pointer to --help.
    #[error("{0}")]
    CommandLine(String),
    /// The broker rejected the request as invalid: PRECONDITION_FAILED, bad arguments (65).
    #[error("{0}")]
    Invalid(String),
    /// A queue, exchange or vhost does not exist (66).
    #[error("{0}")]
    NotFound(String),
    /// Broker or management API unreachable or refusing the connection (69).
    #[error("{message}")]
    Unavailable {
        message: String,
        hint: Option<String>,
    },
    /// An open AMQP connection went away (the node stopped, the network failed) (69).
    /// `produce` and `consume` reconnect after it; everything else fails with it.
    #[error("{0}")]
    ConnectionLost(String),
    /// A connection attempt or request took longer than `--timeout` (75).
    #[error("{0}")]
    TimedOut(String),
    /// Authentication failed, ACCESS_REFUSED, HTTP 401/403 (77).
    #[error("{0}")]
    AccessRefused(String),
    /// Malformed config file, unknown profile, unknown key (78).
    #[error("{0}")]
    Config(String),
    /// Part of the work failed: unroutable or nacked messages, some objects not deleted (1).
    #[error("{0}")]
    Partial(String),
    /// `mq get` found the queue empty (2), as amqp-get does.
    #[error("queue '{0}' is empty")]
    QueueEmpty(String),
    /// Ctrl-C, after a clean shutdown (130).
    #[error("interrupted")]
    Interrupted,
    /// Reading input or writing output failed (74, EX_IOERR).
    #[error("{0}")]
    Io(String),
    /// Anything else the broker or a library reported that fits none of the above (70).
    #[error("{0}")]
    Internal(String),
    /// The reader of our stdout went away (`mq list-queues | head -1`): exit quietly.
    #[error("broken pipe")]
    BrokenPipe,
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Partial(_) => 1,
            Error::QueueEmpty(_) => 2,
            Error::Usage(_) | Error::CommandLine(_) => 64,
            Error::Invalid(_) => 65,
            Error::NotFound(_) => 66,
            Error::Unavailable { .. } | Error::ConnectionLost(_) => 69,
            Error::Internal(_) => 70,
            Error::Io(_) => 74,
            Error::TimedOut(_) => 75,
            Error::AccessRefused(_) => 77,
            Error::Config(_) => 78,
            Error::Interrupted => 130,
            Error::BrokenPipe => 0,
        }
    }

    /// What the user can do next, printed as a second `mq: ` line.
    pub fn hint(&self) -> Option<&str> {
        match self {
            Error::Unavailable { hint, .. } => hint.as_deref(),
            Error::CommandLine(_) => Some("see 'mq --help' or 'mq COMMAND --help'"),
            Error::AccessRefused(_) => Some(
                "check the user and password (--user, MQ_PASSWORD or --password-file) and the user's permissions on the vhost",
            ),
            _ => None,
        }
    }

    /// Whether `main` should print anything at all for this error.
    pub fn is_silent(&self) -> bool {
        matches!(self, Error::BrokenPipe | Error::Interrupted)
    }

    /// An open connection went away: worth connecting again, unlike any other error.
    pub fn is_connection_lost(&self) -> bool {
        matches!(self, Error::ConnectionLost(_))
    }

    pub fn unavailable(message: impl Into<String>, hint: Option<&str>) -> Self {
        Error::Unavailable {
            message: message.into(),
            hint: hint.map(str::to_owned),
        }
    }

    /// An error writing our own output: a closed pipe is not a failure worth a word.
    pub fn output(err: io::Error) -> Self {
        if err.kind() == io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Io(format!("cannot write output: {err}"))
        }
    }
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        Error::output(err)
    }
}

/// Passwords in use by this run, blanked out of everything `mq` prints on stderr. Messages are
/// built without them in the first place; this catches what a library might echo.
static SECRETS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Secrets shorter than this are not blanked: they would garble ordinary words.
const MIN_SECRET_LEN: usize = 4;

pub fn register_secret(secret: &str) {
    if secret.len() < MIN_SECRET_LEN {
        return;
    }
    if let Ok(mut secrets) = SECRETS.lock()
        && !secrets.iter().any(|s| s == secret)
    {
        secrets.push(secret.to_owned());
        // The longest first, so that a secret containing another is blanked whole.
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
}

/// `text` with every registered secret replaced by `***`.
pub fn scrub(text: &str) -> String {
    let mut text = text.to_owned();
    if let Ok(secrets) = SECRETS.lock() {
        for secret in secrets.iter() {
            if text.contains(secret.as_str()) {
                text = text.replace(secret.as_str(), "***");
            }
        }
    }
    text
}

/// One `mq: ` line on stderr (a warning, a note, a verbose line), scrubbed of secrets.
pub fn say(message: impl std::fmt::Display) {
    use std::io::Write;
    let line = scrub(&message.to_string());
    let _ = writeln!(io::stderr().lock(), "mq: {line}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registered_secrets_are_blanked_out() {
        register_secret("Scrub-Me-1234");
        register_secret("Scrub-Me");
        register_secret("abc");
        assert_eq!(
            scrub("a library said: auth Scrub-Me-1234 failed; Scrub-Me too; abc stays"),
            "a library said: auth *** failed; *** too; abc stays"
        );
    }
}
