//! `mq bench`: a load test in the binary, like RabbitMQ's PerfTest. Producers publish bodies
//! stamped with the send time, consumers ack and measure end-to-end latency; each second's rates
//! and latency percentiles are printed, then a summary.

use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use clap::Args;
use futures_util::future::join_all;
use futures_util::{FutureExt, StreamExt};
use hdrhistogram::Histogram;
use lapin::BasicProperties;
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicConsumeOptions, BasicQosOptions, QueueDeclareOptions, QueueDeleteOptions,
};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};

use crate::amqp::{self, amqp_error};
use crate::commands::delete::check_queue;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::bench::{
    BenchFormat, BenchSecond, BenchSummary, Latency, write_second, write_summary,
};
use crate::publish::{DRAIN_TIMEOUT, Outcome, Outgoing, PublishOptions, Publisher, Settled};
use crate::stop::Stop;
use crate::values::{bounds, parse_bench_duration, parse_bench_size, parse_rate, short};

/// The body starts with the send time: nanoseconds since the epoch, big-endian.
const STAMP_BYTES: usize = 8;
/// Longest latency the histograms hold (60 s in µs); longer ones count as this.
const MAX_LATENCY_US: u64 = 60_000_000;
/// How long past its run an abandoned scratch queue lives before the broker removes it.
const SCRATCH_EXPIRY: Duration = Duration::from_secs(600);

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QueueType {
    Classic,
    Quorum,
    Stream,
}

impl QueueType {
    fn name(self) -> &'static str {
        match self {
            QueueType::Classic => "classic",
            QueueType::Quorum => "quorum",
            QueueType::Stream => "stream",
        }
    }
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Producers, each on a connection of its own [range: 0 to 1000]
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clients())]
    pub producers: u32,
    /// Consumers, each on a connection of its own (acking every message) [range: 0 to 1000]
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clients())]
    pub consumers: u32,
    /// Message size in bytes [range: 8 (the body carries its send time) to 536870912 (512 MiB);
    /// brokers refuse more than their max_message_size, 128 MiB by default on 4.x]
    #[arg(long, value_name = "BYTES", default_value_t = 16, value_parser = parse_bench_size)]
    pub size: usize,
    /// How long producers publish [range: 1s to 24h]
    #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_bench_duration)]
    pub duration: Duration,
    /// Messages per second for all producers together (0: as fast as possible) [range: 0, or
    /// 0.001 to 10000000]
    #[arg(long, value_name = "R", default_value_t = 0.0, value_parser = parse_rate)]
    pub rate: f64,
    /// Unconfirmed messages each producer keeps in flight (0: no publisher confirms) [range: 0
    /// to 100000]
    #[arg(long, value_name = "W", default_value_t = 1024,
          value_parser = clap::value_parser!(u32).range(0..=i64::from(bounds::MAX_CONFIRM_WINDOW)))]
    pub confirm_window: u32,
    /// Type of the scratch queue
    #[arg(long, value_enum, default_value_t = QueueType::Classic)]
    pub queue_type: QueueType,
    /// Persistent messages (delivery_mode 2) [default: transient]
    #[arg(long)]
    pub persistent: bool,
    /// Use this existing queue instead of a scratch queue (it is neither declared nor deleted)
    #[arg(long, value_name = "NAME")]
    pub queue: Option<String>,
    /// Prefetch of each consumer [range: 0 (no limit) to 65535]
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub prefetch: u16,
    /// text: a line a second and a summary; json: the summary as JSON (seconds go to stderr)
    #[arg(long, value_enum, default_value_t = BenchFormat::Text)]
    pub format: BenchFormat,
}

fn clients() -> clap::builder::RangedI64ValueParser<u32> {
    clap::value_parser!(u32).range(0..=i64::from(bounds::MAX_BENCH_CLIENTS))
}

/// What everyone shares during a run; a single-threaded runtime, so atomics are cheap.
struct Stats {
    sent: AtomicU64,
    confirmed: AtomicU64,
    nacked: AtomicU64,
    returned: AtomicU64,
    received: AtomicU64,
    producers_done: AtomicUsize,
    latency: Mutex<Latencies>,
}

struct Latencies {
    this_second: Histogram<u64>,
    whole_run: Histogram<u64>,
}

impl Stats {
    fn new() -> Result<Self> {
        let histogram = || {
            Histogram::new_with_bounds(1, MAX_LATENCY_US, 3)
                .map_err(|e| Error::internal(format!("cannot set up the latency histogram: {e}")))
        };
        Ok(Stats {
            sent: AtomicU64::new(0),
            confirmed: AtomicU64::new(0),
            nacked: AtomicU64::new(0),
            returned: AtomicU64::new(0),
            received: AtomicU64::new(0),
            producers_done: AtomicUsize::new(0),
            latency: Mutex::new(Latencies {
                this_second: histogram()?,
                whole_run: histogram()?,
            }),
        })
    }

    fn counts(&self) -> [u64; 3] {
        [
            self.sent.load(Ordering::Relaxed),
            self.confirmed.load(Ordering::Relaxed),
            self.received.load(Ordering::Relaxed),
        ]
    }

    fn record_delivery(&self, body: &[u8]) {
        self.received.fetch_add(1, Ordering::Relaxed);
        let Some(stamp) = body.get(..STAMP_BYTES) else {
            return;
        };
        let mut sent_at = [0u8; STAMP_BYTES];
        sent_at.copy_from_slice(stamp);
        let latency_us = now_nanos().saturating_sub(u64::from_be_bytes(sent_at)) / 1000;
        if let Ok(mut latency) = self.latency.lock() {
            latency.this_second.saturating_record(latency_us.max(1));
            latency.whole_run.saturating_record(latency_us.max(1));
        }
    }

    /// This second's latencies, and a fresh histogram for the next.
    fn take_second(&self) -> Latency {
        match self.latency.lock() {
            Ok(mut latency) => {
                let second = Latency::of(&latency.this_second);
                latency.this_second.reset();
                second
            }
            Err(_) => Latency::default(),
        }
    }

    fn whole_run(&self) -> Latency {
        self.latency
            .lock()
            .map(|l| Latency::of(&l.whole_run))
            .unwrap_or_default()
    }
}

fn now_nanos() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

/// What each producer and consumer needs to know.
struct BenchSetup<'a> {
    cx: &'a Context,
    queue: &'a str,
    size: usize,
    /// Pause between one producer's messages.
    period: Option<Duration>,
    window: usize,
    persistent: bool,
    prefetch: u16,
    stream: bool,
}

pub async fn run(args: &BenchArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    // --size, --rate and --duration were range-checked when parsed (`values::bounds`).
    if args.producers == 0 && args.consumers == 0 {
        return Err(Error::usage(
            "nothing to do: --producers and --consumers are both 0",
        ));
    }
    let period = if args.rate > 0.0 && args.producers > 0 {
        let seconds = f64::from(args.producers) / args.rate;
        Some(
            Duration::try_from_secs_f64(seconds)
                .map_err(|_| Error::usage(format!("--rate {} is out of range", args.rate)))?,
        )
    } else {
        None
    };

    let control = cx.connect().await?;
    let scratch = args.queue.is_none();
    let queue = match &args.queue {
        Some(name) => name.clone(),
        None => format!(
            "mq-bench-{}-{:08x}",
            std::process::id(),
            rand::random::<u32>()
        ),
    };
    let queue_name = short(&queue, "queue name")?;
    let result = async {
        if scratch {
            declare_scratch(&control, &queue_name, args.queue_type, args.duration).await?;
        } else {
            // Before any producer starts: publishing to a missing queue only comes back as
            // returned messages, thousands of them.
            let channel = control.channel().await?;
            check_queue(
                &channel,
                &queue,
                &format!("cannot benchmark queue '{queue}'"),
            )
            .await?;
            let _ = channel.close(200, "mq done".into()).await;
        }
        let setup = BenchSetup {
            cx,
            queue: &queue,
            size: args.size,
            period,
            window: args.confirm_window as usize,
            persistent: args.persistent,
            prefetch: args.prefetch,
            stream: args.queue_type == QueueType::Stream && scratch,
        };
        let stats = Stats::new()?;
        let stop_producing = Stop::default();
        let stop_consuming = Stop::default();
        let interrupt = cx.stop().clone();
        let started = Instant::now();
        let producers =
            join_all((0..args.producers).map(|_| producer(&setup, &stats, &stop_producing)));
        let consumers =
            join_all((0..args.consumers).map(|_| consumer(&setup, &stats, &stop_consuming)));
        let report = report_seconds(
            args,
            &stats,
            &stop_producing,
            &stop_consuming,
            &interrupt,
            &mut *out,
        );
        let (produced, consumed, reported) = tokio::join!(producers, consumers, report);
        let elapsed = started.elapsed();
        reported?;
        produced
            .into_iter()
            .chain(consumed)
            .collect::<Result<()>>()?;
        let summary = summarize(args, &queue, &stats, elapsed);
        write_summary(out, &summary, args.format)?;
        if interrupt.is_raised() {
            return Err(interrupt.error());
        }
        Ok(())
    }
    .await;
    if scratch && let Ok(channel) = control.channel().await {
        let _ = channel
            .queue_delete(queue_name, QueueDeleteOptions::default())
            .await;
    }
    control.close().await;
    result
}

/// The scratch queue is deleted at the end of every run that gets there (errors and signals
/// included); should the process die before, the broker deletes it once it has been unused for
/// [`SCRATCH_EXPIRY`] past the run's duration (`x-expires`; streams do not take it).
async fn declare_scratch(
    session: &amqp::Session,
    queue: &ShortString,
    queue_type: QueueType,
    duration: Duration,
) -> Result<()> {
    let mut arguments = FieldTable::default();
    arguments.insert(
        "x-queue-type".into(),
        AMQPValue::LongString(LongString::from(queue_type.name())),
    );
    if queue_type != QueueType::Stream {
        // Publishing does not count as use: the expiry must outlast the whole run.
        let expires = duration.saturating_add(SCRATCH_EXPIRY).as_millis();
        let expires = i64::try_from(expires).unwrap_or(i64::MAX);
        arguments.insert("x-expires".into(), AMQPValue::LongLongInt(expires));
    }
    let channel = session.channel().await?;
    channel
        .queue_declare(queue.clone(), QueueDeclareOptions::durable(), arguments)
        .await
        .map_err(|e| amqp_error(e, &format!("cannot declare the scratch queue '{queue}'")))?;
    Ok(())
}

/// Prints a line each second until the duration is over (or Ctrl-C), then winds the run down:
/// producers stop and drain their confirms, consumers get a bounded time to catch up.
async fn report_seconds(
    args: &BenchArgs,
    stats: &Stats,
    stop_producing: &Stop,
    stop_consuming: &Stop,
    interrupt: &Stop,
    out: &mut dyn Write,
) -> Result<()> {
    let started = tokio::time::Instant::now();
    let mut ticks =
        tokio::time::interval_at(started + Duration::from_secs(1), Duration::from_secs(1));
    let mut last = stats.counts();
    let mut second = 0;
    let result = loop {
        tokio::select! {
            _ = ticks.tick() => {}
            _ = interrupt.raised() => break Ok(()),
            // A producer that failed ends the run early; its error is reported after.
            _ = stop_producing.raised() => break Ok(()),
        }
        second += 1;
        let now = stats.counts();
        let line = BenchSecond {
            second,
            sent: now[0] - last[0],
            confirmed: now[1] - last[1],
            received: now[2] - last[2],
            latency_us: stats.take_second(),
        };
        last = now;
        let written = match args.format {
            BenchFormat::Text => write_second(out, &line),
            BenchFormat::Json => write_second(&mut std::io::stderr(), &line),
        };
        if let Err(err) = written {
            break Err(err);
        }
        if started.elapsed() >= args.duration {
            break Ok(());
        }
    };
    stop_producing.raise();
    let producers = args.producers as usize;
    let deadline = Instant::now() + DRAIN_TIMEOUT * 2;
    while stats.producers_done.load(Ordering::Relaxed) < producers && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let deadline = Instant::now() + DRAIN_TIMEOUT;
    while args.consumers > 0
        && !interrupt.is_raised()
        && stats.received.load(Ordering::Relaxed) < stats.confirmed.load(Ordering::Relaxed)
        && Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop_consuming.raise();
    result
}

async fn producer(setup: &BenchSetup<'_>, stats: &Stats, stop: &Stop) -> Result<()> {
    let outcome = publish_until_stopped(setup, stats, stop).await;
    if outcome.is_err() {
        stop.raise();
    }
    stats.producers_done.fetch_add(1, Ordering::Relaxed);
    outcome
}

/// Publishes stamped bodies until `stop`, then waits (a bounded time) for what is in flight.
/// No recovery: a lost connection ends the run.
async fn publish_until_stopped(setup: &BenchSetup<'_>, stats: &Stats, stop: &Stop) -> Result<()> {
    let options = PublishOptions {
        exchange: String::new(),
        target: Some(format!("queue '{}'", setup.queue)),
        mandatory: true,
        confirms: setup.window > 0,
        window: setup.window,
        properties: BasicProperties::default().with_delivery_mode(if setup.persistent {
            2
        } else {
            1
        }),
        period: setup.period,
        reconnect_for: Duration::ZERO,
        report_blocking: false,
    };
    let mut publisher = Publisher::open(setup.cx, options, ConfirmCounter(stats)).await?;
    let result = async {
        let mut index = 0u32;
        while !stop.is_raised() {
            if !publisher.wait_turn(stop).await? {
                break;
            }
            // A body of its own: the publisher keeps each message until it is confirmed.
            let mut body = vec![b'.'; setup.size];
            body[..STAMP_BYTES].copy_from_slice(&now_nanos().to_be_bytes());
            let message = Outgoing {
                body: body.into(),
                routing_key: setup.queue.to_owned(),
                exchange: None,
                properties: None,
                tag: (),
            };
            if !publisher.publish(message, stop).await? {
                break;
            }
            stats.sent.fetch_add(1, Ordering::Relaxed);
            index = index.wrapping_add(1);
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

/// Bench's side of the publisher: counts each outcome for the per-second lines and the summary.
struct ConfirmCounter<'a>(&'a Stats);

impl Settled for ConfirmCounter<'_> {
    type Tag = ();

    fn settled(&mut self, outcome: Outcome<'_>, (): ()) -> Result<()> {
        let stats = self.0;
        let counter = match outcome {
            Outcome::Sent => return Ok(()),
            Outcome::Confirmed => &stats.confirmed,
            Outcome::Returned(_) => &stats.returned,
            Outcome::Nacked => &stats.nacked,
        };
        counter.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

async fn consumer(setup: &BenchSetup<'_>, stats: &Stats, stop: &Stop) -> Result<()> {
    let session = setup.cx.connect().await?;
    let result = async {
        let channel = session.channel().await?;
        channel
            .basic_qos(setup.prefetch, BasicQosOptions::default())
            .await
            .map_err(|e| amqp_error(e, "cannot set the prefetch count"))?;
        let mut arguments = FieldTable::default();
        if setup.stream {
            arguments.insert(
                "x-stream-offset".into(),
                AMQPValue::LongString(LongString::from("next")),
            );
        }
        let consume_error =
            |e| amqp_error(e, &format!("cannot consume from queue '{}'", setup.queue));
        let mut consumer = channel
            .basic_consume(
                short(setup.queue, "queue name")?,
                "".into(),
                BasicConsumeOptions::default(),
                arguments,
            )
            .await
            .map_err(consume_error)?;
        loop {
            let next = tokio::select! {
                next = consumer.next() => next,
                _ = stop.raised() => break,
            };
            let Some(delivery) = next else {
                break;
            };
            let mut last: Delivery = delivery.map_err(consume_error)?;
            stats.record_delivery(&last.data);
            while let Some(Some(Ok(delivery))) = consumer.next().now_or_never() {
                stats.record_delivery(&delivery.data);
                last = delivery;
            }
            last.acker
                .ack(BasicAckOptions { multiple: true })
                .await
                .map_err(consume_error)?;
        }
        Ok(())
    }
    .await;
    session.close().await;
    result
}

fn summarize(args: &BenchArgs, queue: &str, stats: &Stats, elapsed: Duration) -> BenchSummary {
    let seconds = elapsed.as_secs_f64().max(f64::EPSILON);
    let [sent, confirmed, received] = stats.counts();
    BenchSummary {
        queue: queue.to_owned(),
        queue_type: if args.queue.is_some() {
            "existing".to_owned()
        } else {
            args.queue_type.name().to_owned()
        },
        producers: args.producers,
        consumers: args.consumers,
        size: args.size,
        persistent: args.persistent,
        confirm_window: args.confirm_window,
        elapsed_s: (seconds * 1000.0).round() / 1000.0,
        sent,
        confirmed,
        nacked: stats.nacked.load(Ordering::Relaxed),
        returned: stats.returned.load(Ordering::Relaxed),
        received,
        send_rate: (sent as f64 / seconds).round(),
        confirm_rate: (confirmed as f64 / seconds).round(),
        receive_rate: (received as f64 / seconds).round(),
        latency_us: stats.whole_run(),
    }
}
