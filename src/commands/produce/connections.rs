//! `produce --connections N`: one input spread over N publishers, each on a connection of its
//! own, taking the next message whichever is ready first; one count, one pace for the total,
//! one progress bar and one tally. Order holds per connection only. One connection is the same
//! run with N = 1.

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::time::{Duration, Instant};

use futures_util::future::join_all;
use tokio::sync::Mutex;

use crate::context::Context;
use crate::error::Result;
use crate::publish::{PublishCounts, PublishOptions, Publisher};
use crate::stop::Stop;

use super::Announcer;
use super::progress::Progress;
use super::source::{Bodies, Message};

/// `--connections`: each one is a connection and a confirm window of its own; past a few per
/// core the broker gains nothing.
pub const MAX_CONNECTIONS: u32 = 64;

/// The one input of a run: the next message goes to whichever connection asks first.
pub struct Feed<'a> {
    bodies: Mutex<&'a mut Bodies>,
    /// The next message's number, over all connections.
    next: Cell<u64>,
    /// The input has ended (standard input or the file).
    ended: Cell<bool>,
    count: Option<u64>,
    default_key: &'a str,
}

impl<'a> Feed<'a> {
    /// `count` messages from `bodies` (all of them when None), routed by `default_key` unless
    /// they bring their own.
    pub fn new(bodies: &'a mut Bodies, count: Option<u64>, default_key: &'a str) -> Self {
        Feed {
            bodies: Mutex::new(bodies),
            next: Cell::new(0),
            ended: Cell::new(false),
            count,
            default_key,
        }
    }

    /// Whether every message has been taken (the count reached, or the input ended).
    fn finished(&self) -> bool {
        self.ended.get() || self.count.is_some_and(|n| self.next.get() >= n)
    }

    /// The number of the next message; None when finished.
    fn reserve(&self) -> Option<u64> {
        let index = self.next.get();
        if self.finished() {
            return None;
        }
        self.next.set(index + 1);
        Some(index)
    }

    /// Message `index`, None at the end of the input or on `interrupt`.
    async fn take(&self, index: u64, interrupt: &Stop) -> Result<Option<Message>> {
        let mut bodies = tokio::select! {
            bodies = self.bodies.lock() => bodies,
            _ = interrupt.raised() => return Ok(None),
        };
        if self.ended.get() {
            return Ok(None);
        }
        let next = if bodies.reads_input() {
            // Input may keep us waiting: Ctrl-C must not.
            tokio::select! {
                next = bodies.next(index, self.default_key) => next?,
                _ = interrupt.raised() => return Ok(None),
            }
        } else {
            bodies.next(index, self.default_key).await?
        };
        if next.is_none() {
            self.ended.set(true);
        }
        Ok(next)
    }
}

/// What every connection's announcer shares: where the confirmed messages' lines go, and the
/// progress bar.
pub struct Shared<'a> {
    pub out: RefCell<&'a mut dyn Write>,
    pub progress: &'a Progress,
    /// Standard output was closed: every connection stops publishing.
    pub closed: Cell<bool>,
}

/// What the publishers did together.
pub struct Ran {
    /// The first error of any connection (the others were stopped after it).
    pub outcome: Result<()>,
    /// The first error while waiting for the last confirms.
    pub drained: Result<()>,
    pub counts: PublishCounts,
    pub unconfirmed: usize,
    /// From the moment every connection was open to the last confirm.
    pub elapsed: Duration,
}

/// Opens `connections` publishers (all or none), the pace of each `period × connections` so
/// that the total keeps `period`, and publishes `feed` over them until it ends or `interrupt`.
pub async fn publish(
    cx: &Context,
    connections: u32,
    options: impl Fn(Option<Duration>) -> PublishOptions,
    period: Option<Duration>,
    feed: &Feed<'_>,
    shared: &Shared<'_>,
    interrupt: &Stop,
) -> Result<Ran> {
    let each = period.map(|period| period.saturating_mul(connections));
    let opened = join_all((0..connections).map(|_| {
        let announcer = Announcer {
            shared,
            diag: &cx.diag,
        };
        Publisher::open(cx, options(each), announcer)
    }))
    .await;
    let mut publishers = Vec::with_capacity(opened.len());
    let mut failed = None;
    for publisher in opened {
        match publisher {
            Ok(publisher) => publishers.push(publisher),
            Err(err) => failed = failed.or(Some(err)),
        }
    }
    if let Some(err) = failed {
        join_all(publishers.into_iter().map(Publisher::close)).await;
        return Err(err);
    }
    // A connection that fails, or that finds the input finished, stops the others waiting for
    // their turn (a message in hand is still published); what they have in flight is still
    // waited for.
    let halt = Stop::default();
    let all_done = Stop::default();
    let started = Instant::now();
    let publishing = async {
        let results = join_all(publishers.iter_mut().map(async |publisher| {
            let outcome = publish_from(publisher, feed, interrupt, &halt).await;
            halt.raise();
            let drained = publisher.drain(interrupt, outcome.is_ok()).await;
            (outcome, drained)
        }))
        .await;
        all_done.raise();
        results
    };
    let watching = async {
        tokio::select! {
            _ = interrupt.raised() => halt.raise(),
            _ = all_done.raised() => {}
        }
    };
    let (results, ()) = tokio::join!(publishing, watching);
    let mut ran = Ran {
        outcome: Ok(()),
        drained: Ok(()),
        counts: PublishCounts::default(),
        unconfirmed: 0,
        elapsed: started.elapsed(),
    };
    for ((outcome, drained), publisher) in results.into_iter().zip(&publishers) {
        ran.outcome = ran.outcome.and(outcome);
        ran.drained = ran.drained.and(drained);
        let counts = publisher.counts();
        ran.counts.published += counts.published;
        ran.counts.confirmed += counts.confirmed;
        ran.counts.returned += counts.returned;
        ran.counts.nacked += counts.nacked;
        ran.counts.republished += counts.republished;
        ran.unconfirmed += publisher.unconfirmed();
    }
    join_all(publishers.into_iter().map(Publisher::close)).await;
    Ok(ran)
}

/// One connection's share: the next message of `feed` each time its turn comes, until the
/// feed is finished, `halt` or `interrupt`.
async fn publish_from(
    publisher: &mut Publisher<'_, Announcer<'_, '_>>,
    feed: &Feed<'_>,
    interrupt: &Stop,
    halt: &Stop,
) -> Result<()> {
    let closed =
        |publisher: &Publisher<'_, Announcer<'_, '_>>| publisher.report().shared.closed.get();
    while !feed.finished() && !halt.is_raised() {
        if !publisher.wait_turn(halt).await? || closed(publisher) {
            return Ok(());
        }
        let Some(index) = feed.reserve() else {
            return Ok(());
        };
        let Some(message) = feed.take(index, interrupt).await? else {
            return Ok(());
        };
        if !publisher.publish(message, interrupt).await? || closed(publisher) {
            return Ok(());
        }
    }
    Ok(())
}
