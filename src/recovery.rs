//! Reconnecting the long-running commands (`produce`, `consume`) after their connection is
//! lost: bounded exponential backoff over the listed nodes, the notes on stderr that say so, and
//! [`Reconnector::reopen`], the one loop that connects again until what the command must set up
//! on the new connection (a channel, a subscription) has been set up.

use std::time::{Duration, Instant};

use rand::Rng;

use crate::amqp::Session;
use crate::context::Context;
use crate::error::{Error, Kind, Result};
use crate::stop::Stop;

/// The first pause before reconnecting; it doubles after each failed attempt.
const FIRST_DELAY: Duration = Duration::from_millis(100);
/// The longest pause between two attempts.
const MAX_DELAY: Duration = Duration::from_secs(2);

/// The state of recovery across one run: how long the current outage has lasted, and how
/// long to pause before the next attempt.
pub struct Reconnector {
    budget: Duration,
    outage: Option<Outage>,
    /// How many times the connection was lost and found again.
    pub recoveries: u64,
}

struct Outage {
    since: Instant,
    delay: Duration,
    /// When the last reconnection of this outage succeeded.
    reconnected: Option<Instant>,
}

impl Reconnector {
    /// Reconnects for up to `budget` per outage; zero: never.
    pub fn new(budget: Duration) -> Self {
        Reconnector {
            budget,
            outage: None,
            recoveries: 0,
        }
    }

    /// Whether a lost connection is worth trying to find again.
    pub fn enabled(&self) -> bool {
        !self.budget.is_zero()
    }

    /// The command got something done on the new connection: a later loss starts afresh.
    /// Until then, a connection that is lost again right after reconnecting continues the
    /// same outage (its clock and its pauses), so a fault that recurs at once cannot loop.
    pub fn progress(&mut self) {
        self.outage = None;
    }

    /// Connects again after `cause` ended the connection to `lost`, trying every node
    /// (starting with the one after the lost node) with growing pauses, for at most
    /// `--reconnect-for` since the outage began. Errors that every node would repeat (wrong
    /// credentials, missing vhost) end it at once; so does Ctrl-C (exit 130).
    pub async fn reconnect(
        &mut self,
        cx: &Context,
        lost: &str,
        cause: Error,
        stop: &Stop,
    ) -> Result<Session> {
        let settings = &cx.settings;
        if !self.enabled() || stop.is_raised() {
            return Err(cause);
        }
        let now = Instant::now();
        let outage = match self.outage.take() {
            // Connected long enough since the last reconnection: a new outage.
            Some(outage)
                if outage
                    .reconnected
                    .and_then(|at| at.checked_add(self.budget))
                    .is_some_and(|end| end < now) =>
            {
                None
            }
            other => other,
        };
        let mut outage = outage.unwrap_or(Outage {
            since: now,
            delay: FIRST_DELAY,
            reconnected: None,
        });
        let left = self
            .budget
            .saturating_sub(now.saturating_duration_since(outage.since));
        cx.diag.note(format_args!(
            "{cause}; reconnecting (for up to {})",
            humantime::format_duration(round(left))
        ));
        // The node just lost is the least likely to answer: it goes last.
        if settings.nodes.len() > 1 {
            let lost_index = cx.nodes().get();
            cx.nodes().set((lost_index + 1) % settings.nodes.len());
        }
        let mut last = cause;
        loop {
            let left = self.budget.saturating_sub(outage.since.elapsed());
            if left.is_zero() {
                return Err(gave_up(self.budget, lost, last));
            }
            let pause = jitter(outage.delay).min(left);
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                _ = stop.raised() => return Err(stop.error()),
            }
            outage.delay = (outage.delay * 2).min(MAX_DELAY);
            let attempt = tokio::select! {
                attempt = cx.connect() => attempt,
                _ = stop.raised() => return Err(stop.error()),
            };
            match attempt {
                Ok(session) => {
                    self.recoveries += 1;
                    cx.diag.note(format_args!(
                        "reconnected to {} after {:.1}s",
                        session.endpoint,
                        outage.since.elapsed().as_secs_f64()
                    ));
                    outage.reconnected = Some(Instant::now());
                    self.outage = Some(outage);
                    return Ok(session);
                }
                Err(err) if err.is_final() => return Err(err),
                Err(err) => {
                    cx.diag.verbose(format_args!("{err}; trying again"));
                    last = err;
                }
            }
        }
    }
}

impl Reconnector {
    /// After `cause` ended the connection to `lost`: connects again and hands each new session
    /// to `open` (which sets up what the command needs on it, and closes it if that fails),
    /// until `open` succeeds. A connection lost again during `open` is one more attempt of the
    /// same outage; any other error ends it.
    pub async fn reopen<T>(
        &mut self,
        cx: &Context,
        lost: &str,
        cause: Error,
        stop: &Stop,
        mut open: impl AsyncFnMut(Session) -> Result<T>,
    ) -> Result<T> {
        let mut cause = cause;
        let mut lost = lost.to_owned();
        loop {
            let session = self.reconnect(cx, &lost, cause, stop).await?;
            lost = session.endpoint.to_string();
            match open(session).await {
                Ok(opened) => return Ok(opened),
                Err(err) if err.is_connection_lost() => cause = err,
                Err(err) => return Err(err),
            }
        }
    }
}

/// The error that ends a recovery: the last attempt's, saying how long mq tried. Its exit code
/// is the last attempt's (69 refused or lost, 75 timed out).
fn gave_up(budget: Duration, lost: &str, last: Error) -> Error {
    let what = format!(
        "gave up reconnecting after {} (connection to {lost} lost): {last}",
        humantime::format_duration(round(budget))
    );
    match last.kind() {
        Kind::TimedOut | Kind::Unavailable => last.with_message(what),
        _ => Error::connection_lost(what).with_source(last),
    }
}

/// A pause of 80-120% of `delay`, so that clients cut off together do not come back together.
fn jitter(delay: Duration) -> Duration {
    delay.mul_f64(rand::rng().random_range(0.8..1.2))
}

/// Whole seconds (or milliseconds below one second), for messages.
fn round(duration: Duration) -> Duration {
    if duration >= Duration::from_secs(1) {
        Duration::from_secs(duration.as_secs())
    } else {
        Duration::from_millis(duration.as_millis() as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pauses_stay_near_the_delay() {
        for _ in 0..100 {
            let pause = jitter(Duration::from_secs(1));
            assert!(pause >= Duration::from_millis(800) && pause <= Duration::from_millis(1200));
        }
    }

    #[test]
    fn giving_up_keeps_the_exit_code_of_the_last_attempt() {
        let timed_out = gave_up(
            Duration::from_secs(60),
            "amqp://h",
            Error::timed_out("connecting to amqp://h timed out"),
        );
        assert_eq!(timed_out.exit_code(), 75);
        assert_eq!(
            timed_out.to_string(),
            "gave up reconnecting after 1m (connection to amqp://h lost): connecting to amqp://h timed out"
        );
        let refused = gave_up(
            Duration::from_secs(5),
            "amqp://h",
            Error::unavailable("refused", Some("is it running?")),
        );
        assert_eq!(refused.exit_code(), 69);
        assert_eq!(refused.hint(), Some("is it running?"));
    }

    #[test]
    fn zero_turns_recovery_off() {
        let off = Reconnector::new(Duration::ZERO);
        assert!(!off.enabled());
    }
}
