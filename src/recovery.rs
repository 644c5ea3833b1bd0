//! Reconnecting the long-running commands (`produce`, `consume`) after their connection is
//! lost: bounded exponential backoff over the listed nodes, and the notes on stderr that say
//! so. What to redo on the new connection (republish, resubscribe) is each command's business.

use std::time::{Duration, Instant};

use clap::Args;
use rand::Rng;

use crate::amqp::{Session, connect_nodes};
use crate::config::Settings;
use crate::error::{Error, Result, say};
use crate::interrupt::Interrupt;
use crate::values::parse_duration;

/// The first pause before reconnecting; it doubles after each failed attempt.
const FIRST_DELAY: Duration = Duration::from_millis(100);
/// The longest pause between two attempts.
const MAX_DELAY: Duration = Duration::from_secs(2);

#[derive(Debug, Args, Clone)]
pub struct ReconnectArgs {
    /// After a lost connection, try to reconnect (to any --url, pausing 0.1s, doubling up to
    /// 2s) for this long, then give up with exit 69; 0: give up at once. What was not confirmed
    /// (produce) or acked (consume) is done again: at least once
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_duration)]
    pub reconnect_for: Duration,
}

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
    pub fn new(args: &ReconnectArgs) -> Self {
        Reconnector {
            budget: args.reconnect_for,
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
        settings: &Settings,
        lost: &str,
        cause: Error,
        interrupt: &Interrupt,
    ) -> Result<Session> {
        if !self.enabled() || interrupt.is_raised() {
            return Err(cause);
        }
        let now = Instant::now();
        let outage = match self.outage.take() {
            // Connected long enough since the last reconnection: a new outage.
            Some(outage) if outage.reconnected.is_some_and(|at| at + self.budget < now) => None,
            other => other,
        };
        let mut outage = outage.unwrap_or(Outage {
            since: now,
            delay: FIRST_DELAY,
            reconnected: None,
        });
        if !settings.quiet {
            let left = self.budget.saturating_sub(now - outage.since);
            say(format_args!(
                "{cause}; reconnecting (for up to {})",
                humantime::format_duration(round(left))
            ));
        }
        // The node just lost is the least likely to answer: it goes last.
        if settings.nodes.len() > 1 {
            let lost_index = settings.node_order().next().unwrap_or(0);
            settings.node_in_use.store(
                (lost_index + 1) % settings.nodes.len(),
                std::sync::atomic::Ordering::Relaxed,
            );
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
                _ = interrupt.raised() => return Err(Error::Interrupted),
            }
            outage.delay = (outage.delay * 2).min(MAX_DELAY);
            let attempt = tokio::select! {
                attempt = connect_nodes(settings, settings.verbose) => attempt,
                _ = interrupt.raised() => return Err(Error::Interrupted),
            };
            match attempt {
                Ok(session) => {
                    self.recoveries += 1;
                    if !settings.quiet {
                        say(format_args!(
                            "reconnected to {} after {:.1}s",
                            session.endpoint,
                            outage.since.elapsed().as_secs_f64()
                        ));
                    }
                    outage.reconnected = Some(Instant::now());
                    self.outage = Some(outage);
                    return Ok(session);
                }
                Err(err @ (Error::AccessRefused(_) | Error::NotFound(_) | Error::Usage(_))) => {
                    return Err(err);
                }
                Err(err) => {
                    if settings.verbose {
                        say(format_args!("{err}; trying again"));
                    }
                    last = err;
                }
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
    match last {
        Error::TimedOut(_) => Error::TimedOut(what),
        Error::Unavailable { hint, .. } => Error::Unavailable {
            message: what,
            hint,
        },
        _ => Error::ConnectionLost(what),
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
            Error::TimedOut("connecting to amqp://h timed out".into()),
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
        let off = Reconnector::new(&ReconnectArgs {
            reconnect_for: Duration::ZERO,
        });
        assert!(!off.enabled());
    }
}
