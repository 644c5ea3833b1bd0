//! Stopping cleanly: one stop signal that Ctrl-C (SIGINT), SIGTERM and SIGHUP raise, and that a
//! command may raise itself (bench's producers). Long-running commands check it between
//! messages and select on it while waiting, so they finish cleanly (flush, ack, wait for
//! confirms, close) before exiting with 128 + the signal's number.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use tokio::sync::Notify;

use crate::error::Error;

/// Raised, but not by a signal: the exit code of a signal stop does not apply.
const RAISED_BY_MQ: u8 = 1;

#[derive(Clone, Default)]
pub struct Stop {
    inner: Arc<Inner>,
}

#[derive(Default)]
struct Inner {
    /// 0 until raised; then the exit code that goes with the cause.
    code: AtomicU8,
    notify: Notify,
}

impl Stop {
    /// A stop raised by SIGINT, SIGTERM or SIGHUP. The handlers are registered here, at once
    /// (not when first awaited), so a signal that comes while connecting is not missed.
    pub fn on_signals() -> Self {
        let stop = Stop::default();
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            for (kind, code) in [
                (SignalKind::interrupt(), 130),
                (SignalKind::terminate(), 143),
                (SignalKind::hangup(), 129),
            ] {
                // A handler that cannot be installed leaves that signal's default action.
                if let Ok(mut signals) = signal(kind) {
                    let stop = stop.clone();
                    tokio::spawn(async move {
                        if signals.recv().await.is_some() {
                            stop.raise_with(code);
                        }
                    });
                }
            }
        }
        #[cfg(not(unix))]
        {
            let handle = stop.clone();
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    handle.raise_with(130);
                }
            });
        }
        stop
    }

    /// Raise it from within mq (a producer that failed stops the others).
    pub fn raise(&self) {
        self.raise_with(RAISED_BY_MQ);
    }

    fn raise_with(&self, code: u8) {
        // The first cause wins: a SIGTERM after Ctrl-C still exits 130.
        let _ = self
            .inner
            .code
            .compare_exchange(0, code, Ordering::SeqCst, Ordering::SeqCst);
        self.inner.notify.notify_waiters();
    }

    pub fn is_raised(&self) -> bool {
        self.inner.code.load(Ordering::SeqCst) != 0
    }

    /// Resolves once raised (at once if it already was).
    pub async fn raised(&self) {
        loop {
            let notified = self.inner.notify.notified();
            if self.is_raised() {
                return;
            }
            notified.await;
        }
    }

    /// The signal that raised it, to hand on to a child (`consume --exec`); None when mq
    /// raised it itself or nothing did.
    pub fn signal(&self) -> Option<i32> {
        match self.inner.code.load(Ordering::SeqCst) {
            0 | RAISED_BY_MQ => None,
            code => Some(i32::from(code) - 128),
        }
    }

    /// The error a command ends with after it stopped: exit 130, 143 or 129 by the signal.
    pub fn error(&self) -> Error {
        match self.inner.code.load(Ordering::SeqCst) {
            0 | RAISED_BY_MQ => Error::stopped(130),
            code => Error::stopped(code),
        }
    }
}
