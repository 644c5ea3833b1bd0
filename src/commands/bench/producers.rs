//! `mq bench`'s producers: stamped bodies of a fixed or random size (`--size 100-1000`), paced
//! by a schedule of rates (`--rate 100:10s,1000:10s`, repeated until the run ends), up to a
//! shared `--count`, each confirm's latency measured. Publishing is [`crate::publish`]'s.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use lapin::BasicProperties;
use rand::Rng;

use crate::context::Context;
use crate::error::Result;
use crate::publish::{Outcome, Outgoing, PublishOptions, Publisher, Settled};
use crate::stop::Stop;
use crate::values::{parse_bench_size, parse_interval, parse_rate};

use super::stats::{STAMP_BYTES, Stats, now_nanos};
use super::topology::Topology;

/// A body size, or the bounds sizes are drawn from (uniformly, inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeRange {
    pub min: usize,
    pub max: usize,
}

/// `--size BYTES` or `--size MIN-MAX`.
pub fn parse_size_range(input: &str) -> std::result::Result<SizeRange, String> {
    let (min, max) = match input.split_once('-') {
        Some((min, max)) => (parse_bench_size(min)?, parse_bench_size(max)?),
        None => {
            let size = parse_bench_size(input)?;
            (size, size)
        }
    };
    if min > max {
        return Err(format!("'{input}': the smallest size comes first"));
    }
    Ok(SizeRange { min, max })
}

impl SizeRange {
    fn draw(&self) -> usize {
        if self.min == self.max {
            self.min
        } else {
            rand::rng().random_range(self.min..=self.max)
        }
    }
}

/// One step of `--rate`: messages per second for all producers, for how long (None: for ever).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Step {
    pub rate: f64,
    pub lasts: Option<Duration>,
}

/// The steps of `--rate`, in order (one, lasting for ever, for a plain rate).
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule(pub Vec<Step>);

/// `--rate R` (0: as fast as possible) or steps `R:DURATION,R:DURATION...`, run in turn and
/// repeated; a step of rate 0 is a pause.
pub fn parse_rate_steps(input: &str) -> std::result::Result<Schedule, String> {
    if !input.contains(':') {
        return Ok(Schedule(vec![Step {
            rate: parse_rate(input)?,
            lasts: None,
        }]));
    }
    let mut steps = Vec::new();
    for step in input.split(',') {
        let (rate, lasts) = step
            .split_once(':')
            .ok_or_else(|| format!("'{step}' is not RATE:DURATION (in '{input}')"))?;
        let lasts = parse_interval(lasts)?;
        if lasts.is_zero() {
            return Err(format!("'{step}': a step lasts more than 0s"));
        }
        steps.push(Step {
            rate: parse_rate(rate)?,
            lasts: Some(lasts),
        });
    }
    if steps.iter().all(|s| s.rate == 0.0) {
        return Err(format!("'{input}': every step is a pause"));
    }
    Ok(Schedule(steps))
}

/// One producer's pace through the steps, its share of each rate: message after message, when
/// the next one is due. A late producer catches up, so that a rate holds over a step.
struct Pace {
    steps: Vec<Step>,
    step: usize,
    step_ends: Option<Instant>,
    due: Instant,
}

impl Pace {
    /// None: as fast as possible.
    fn new(steps: &[Step], producers: u32) -> Option<Pace> {
        let share = f64::from(producers.max(1));
        if let [only] = steps
            && only.rate == 0.0
        {
            return None;
        }
        let now = Instant::now();
        let steps: Vec<Step> = steps
            .iter()
            .map(|s| Step {
                rate: s.rate / share,
                ..*s
            })
            .collect();
        Some(Pace {
            step_ends: steps[0].lasts.and_then(|l| now.checked_add(l)),
            steps,
            step: 0,
            due: now,
        })
    }

    /// When the next message is due.
    fn next(&mut self) -> Instant {
        loop {
            if let Some(ends) = self.step_ends
                && self.due >= ends
            {
                self.step = (self.step + 1) % self.steps.len();
                self.step_ends = self.steps[self.step]
                    .lasts
                    .and_then(|l| ends.checked_add(l));
                continue;
            }
            let rate = self.steps[self.step].rate;
            if rate == 0.0 {
                // A pause: the next message is due when the step ends (a pause always ends).
                self.due = self.step_ends.unwrap_or(self.due);
                continue;
            }
            let at = self.due;
            let gap = Duration::try_from_secs_f64(1.0 / rate).unwrap_or(Duration::MAX);
            self.due = at.checked_add(gap).or(self.step_ends).unwrap_or(at);
            return at;
        }
    }
}

/// What each producer needs to know.
pub struct ProducerSetup<'a> {
    pub topology: &'a Topology,
    pub size: SizeRange,
    pub steps: &'a [Step],
    pub producers: u32,
    pub window: usize,
    pub persistent: bool,
    /// Messages for all producers together; None: until stopped.
    pub count: Option<u64>,
    /// Messages taken so far out of `count`.
    pub taken: &'a AtomicU64,
}

/// The publisher's pace when the schedule paces: the publisher waits for the next turn (settling
/// confirms as they come) until the schedule's own tick, never for its own.
const HELD: Duration = Duration::from_secs(3600);

pub async fn producer(
    cx: &Context,
    number: usize,
    setup: &ProducerSetup<'_>,
    stats: &Stats,
    stop: &Stop,
) -> Result<()> {
    let outcome = publish_until_stopped(cx, number, setup, stats, stop).await;
    if outcome.is_err() {
        stop.raise();
    }
    stats.producers_done.fetch_add(1, Ordering::Relaxed);
    outcome
}

/// Publishes stamped bodies until `stop` or the count, then waits (a bounded time) for what is
/// in flight. No recovery: a lost connection ends the run.
async fn publish_until_stopped(
    cx: &Context,
    number: usize,
    setup: &ProducerSetup<'_>,
    stats: &Stats,
    stop: &Stop,
) -> Result<()> {
    let mut pace = Pace::new(setup.steps, setup.producers);
    let topology = setup.topology;
    let options = PublishOptions {
        exchange: topology.exchange_name().to_owned(),
        target: match topology.queues.as_slice() {
            [queue] if topology.exchange.is_none() => Some(format!("queue '{queue}'")),
            _ => None,
        },
        mandatory: true,
        confirms: setup.window > 0,
        window: setup.window,
        properties: BasicProperties::default().with_delivery_mode(if setup.persistent {
            2
        } else {
            1
        }),
        period: pace.as_ref().map(|_| HELD),
        reconnect_for: Duration::ZERO,
        report_blocking: false,
    };
    let mut publisher = Publisher::open(cx, options, ConfirmCounter(stats)).await?;
    if let Some(node) = cx.settings.nodes.get(cx.nodes().get()) {
        stats.connected(node.authority());
    }
    let result = async {
        let mut index = 0u64;
        while !stop.is_raised() {
            if let Some(pace) = &mut pace {
                let due = pace.next();
                // The tick ends the publisher's wait at the schedule's time (or at `stop`).
                let tick = Stop::default();
                let ticking = async {
                    tokio::select! {
                        _ = tokio::time::sleep_until(due.into()) => {}
                        _ = stop.raised() => {}
                    }
                    tick.raise();
                };
                let (waited, ()) = tokio::join!(publisher.wait_turn(&tick), ticking);
                waited?;
                if stop.is_raised() {
                    break;
                }
            } else if !publisher.wait_turn(stop).await? {
                break;
            }
            if let Some(count) = setup.count
                && setup.taken.fetch_add(1, Ordering::Relaxed) >= count
            {
                break;
            }
            // A body of its own: the publisher keeps each message until it is confirmed.
            let mut body = vec![b'.'; setup.size.draw()];
            body[..STAMP_BYTES].copy_from_slice(&now_nanos().to_be_bytes());
            let message = Outgoing {
                body: body.into(),
                routing_key: topology.routing_key(number, index).to_owned(),
                exchange: None,
                properties: None,
                tag: Instant::now(),
            };
            if !publisher.publish(message, stop).await? {
                break;
            }
            stats.sent.fetch_add(1, Ordering::Relaxed);
            index += 1;
            // One thread runs every producer, consumer and the reporter: take turns.
            if index.is_multiple_of(64) {
                tokio::task::yield_now().await;
            }
        }
        publisher.drain(stop, false).await
    }
    .await;
    publisher.close().await;
    result
}

/// Bench's side of the publisher: counts each outcome for the per-second lines and the summary,
/// and how long each confirm took.
struct ConfirmCounter<'a>(&'a Stats);

impl Settled for ConfirmCounter<'_> {
    type Tag = Instant;

    fn settled(&mut self, outcome: Outcome<'_>, published: Instant) -> Result<()> {
        let stats = self.0;
        let counter = match outcome {
            Outcome::Sent => return Ok(()),
            Outcome::Confirmed => {
                stats.record_confirm(published.elapsed());
                &stats.confirmed
            }
            Outcome::Returned(_) => &stats.returned,
            Outcome::Nacked => &stats.nacked,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_rate_steps_parse_and_stay_in_bounds() {
        let range = parse_size_range("100-1000").unwrap();
        assert_eq!((range.min, range.max), (100, 1000));
        assert!((0..1000).all(|_| (100..=1000).contains(&range.draw())));
        assert_eq!(
            parse_size_range("64").unwrap(),
            SizeRange { min: 64, max: 64 }
        );
        for bad in ["4-10", "10-4", "a-b", "-5", ""] {
            assert!(parse_size_range(bad).is_err(), "{bad}");
        }
        let steps = parse_rate_steps("100:10s,0:1s,1000:2s").unwrap();
        assert_eq!(steps.0.len(), 3);
        assert_eq!(steps.0[1].rate, 0.0);
        for bad in ["100:0s", "0:1s,0:2s", "x:1s", "100:", "100:1s,200"] {
            assert!(parse_rate_steps(bad).is_err(), "{bad}");
        }
        assert!(Pace::new(&parse_rate_steps("0").unwrap().0, 1).is_none());
    }

    #[test]
    fn the_pace_follows_the_steps_and_skips_pauses() {
        let steps = parse_rate_steps("10:1s,0:1s").unwrap();
        let mut pace = Pace::new(&steps.0, 2).unwrap();
        let start = pace.due;
        // 10/s for 2 producers: one every 200 ms each, 5 in the first second, then a pause.
        let due: Vec<Duration> = (0..7).map(|_| pace.next() - start).collect();
        assert_eq!(due[4], Duration::from_millis(800));
        assert_eq!(due[5], Duration::from_secs(2));
        assert_eq!(due[6], Duration::from_millis(2200));
    }
}
