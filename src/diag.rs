//! Diagnostics: the notes, warnings and verbose lines `mq` writes on stderr, one `mq: ` line
//! each, scrubbed of the passwords in use. One writer per run, handed to what needs it, so that
//! `--quiet` and `--verbose` are decided in one place.

use std::fmt::Display;
use std::io::{self, Write};
use std::sync::{Arc, Mutex};

use crate::error::Error;

/// Secrets shorter than this are not blanked: they would garble ordinary words.
const MIN_SECRET_LEN: usize = 4;

/// How much to say: `--quiet` (only warnings and errors), the default (notes too), or
/// `--verbose` (what mq connects to and does).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    Quiet,
    #[default]
    Normal,
    Verbose,
}

#[derive(Clone)]
pub struct Diag {
    level: Level,
    inner: Arc<Inner>,
}

struct Inner {
    sink: Mutex<Box<dyn Write + Send>>,
    /// Passwords in use by this run, blanked out of every line. Messages are built without
    /// them in the first place; this catches what a library might echo.
    secrets: Mutex<Vec<String>>,
}

impl Diag {
    pub fn stderr(level: Level) -> Self {
        Diag::to(level, Box::new(io::stderr()))
    }

    pub fn to(level: Level, sink: Box<dyn Write + Send>) -> Self {
        Diag {
            level,
            inner: Arc::new(Inner {
                sink: Mutex::new(sink),
                secrets: Mutex::new(Vec::new()),
            }),
        }
    }

    pub fn is_quiet(&self) -> bool {
        self.level == Level::Quiet
    }

    pub fn is_verbose(&self) -> bool {
        self.level == Level::Verbose
    }

    /// Blank `secret` out of everything said from now on.
    pub fn keep_secret(&self, secret: &str) {
        if secret.len() < MIN_SECRET_LEN {
            return;
        }
        if let Ok(mut secrets) = self.inner.secrets.lock()
            && !secrets.iter().any(|s| s == secret)
        {
            secrets.push(secret.to_owned());
            // The longest first, so that a secret containing another is blanked whole.
            secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
        }
    }

    /// A note (a summary, a recovery, a skipped line): not with `--quiet`.
    pub fn note(&self, message: impl Display) {
        if !self.is_quiet() {
            self.line(message);
        }
    }

    /// Said only with `--verbose`.
    pub fn verbose(&self, message: impl Display) {
        if self.is_verbose() {
            self.line(message);
        }
    }

    /// Said always, `--quiet` or not: security warnings, errors.
    pub fn warn(&self, message: impl Display) {
        self.line(message);
    }

    /// An error as `main` reports it: its message, then its hint; with `--verbose` also the
    /// chain of causes it came from.
    pub fn error(&self, err: &Error) {
        if err.is_silent() {
            return;
        }
        self.line(err);
        if self.is_verbose() {
            let mut cause = std::error::Error::source(err);
            while let Some(inner) = cause {
                self.line(format_args!("  caused by: {inner}"));
                cause = inner.source();
            }
        }
        if let Some(hint) = err.hint() {
            self.line(hint);
        }
    }

    fn line(&self, message: impl Display) {
        let line = self.scrub(&message.to_string());
        if let Ok(mut sink) = self.inner.sink.lock() {
            let _ = writeln!(sink, "mq: {line}");
            let _ = sink.flush();
        }
    }

    /// `text` with every secret replaced by `***`.
    fn scrub(&self, text: &str) -> String {
        let mut text = text.to_owned();
        if let Ok(secrets) = self.inner.secrets.lock() {
            for secret in secrets.iter() {
                if text.contains(secret.as_str()) {
                    text = text.replace(secret.as_str(), "***");
                }
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sink the test can read back.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn secrets_are_blanked_out_and_levels_respected() {
        let captured = Captured::default();
        let diag = Diag::to(Level::Quiet, Box::new(captured.clone()));
        diag.keep_secret("Scrub-Me-1234");
        diag.keep_secret("Scrub-Me");
        diag.keep_secret("abc");
        diag.warn("a library said: auth Scrub-Me-1234 failed; Scrub-Me too; abc stays");
        diag.note("not shown when quiet");
        diag.verbose("not shown unless verbose");
        let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
        assert_eq!(
            text,
            "mq: a library said: auth *** failed; *** too; abc stays\n"
        );
    }
}
