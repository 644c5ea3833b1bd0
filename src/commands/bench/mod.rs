//! `mq bench`: a load test in the binary, like RabbitMQ's PerfTest. Producers publish bodies
//! stamped with the send time to one or many queues (directly or through an exchange), consumers
//! ack (or reject) and measure end-to-end latency; each second's rates and latency percentiles
//! (end-to-end and confirm) are printed, and written to a file when asked, then a summary. The
//! command line and the run's course live here; the parts in the modules below.

mod consumers;
mod producers;
mod stats;
mod topology;

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use clap::Args;
use futures_util::future::join_all;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::bench::{
    BenchFormat, BenchSecond, BenchSummary, QueueCount, SecondsFormat, write_second,
    write_second_row, write_seconds_header, write_summary,
};
use crate::publish::DRAIN_TIMEOUT;
use crate::stop::Stop;
use crate::values::{bounds, parse_bench_duration, parse_interval, parse_rate};

use consumers::{ConsumerSetup, consumer};
use producers::{ProducerSetup, Schedule, SizeRange, parse_rate_steps, parse_size_range, producer};
use stats::{Counts, Stats};
use topology::{ExchangeType, Topology};

/// How long a run lasts when nothing else says when to stop.
const DEFAULT_DURATION: Duration = Duration::from_secs(10);

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// A header row, then a row a second
    Csv,
    /// A JSON object a line
    Jsonl,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Producers, each on a connection of its own [range: 0 to 1000]
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clients())]
    pub producers: u32,
    /// Consumers, each on a connection of its own (acking every message) [range: 0 to 1000]
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clients())]
    pub consumers: u32,
    /// Consuming channels on each consumer's connection, each with its own prefetch and share
    /// of the queues (producers have one channel each: a publisher is a connection) [range: 1
    /// to 100]
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub channels_per_connection: u16,
    /// Message size in bytes, or MIN-MAX for sizes drawn at random in that range [range: 8 (the
    /// body carries its send time) to 536870912 (512 MiB); brokers refuse more than their
    /// max_message_size, 128 MiB by default on 4.x]
    #[arg(long, value_name = "BYTES|MIN-MAX", default_value = "16", value_parser = parse_size_range)]
    pub size: SizeRange,
    /// How long producers publish (PerfTest's --time is the same flag) [default: 10s unless
    /// --count or --until-empty] [range: 1s to 24h]
    #[arg(long, visible_alias = "time", value_name = "DURATION", value_parser = parse_bench_duration)]
    pub duration: Option<Duration>,
    /// Messages to publish, all producers together; the run ends once they are confirmed and
    /// consumed (or at --duration) [range: 1 to 2^64-1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// End once the producers are done (--count, or none) and the queues have nothing ready
    #[arg(long)]
    pub until_empty: bool,
    /// Messages per second for all producers together (0: as fast as possible), or steps
    /// RATE:DURATION,RATE:DURATION... run in turn and repeated (a step of 0 is a pause) [range of
    /// a rate: 0, or 0.001 to 10000000]
    #[arg(long, value_name = "R|R:D,...", default_value = "0", value_parser = parse_rate_steps)]
    pub rate: Schedule,
    /// Unconfirmed messages each producer keeps in flight (0: no publisher confirms) [range: 0
    /// to 100000]
    #[arg(long, value_name = "W", default_value_t = 1024,
          value_parser = clap::value_parser!(u32).range(0..=i64::from(bounds::MAX_CONFIRM_WINDOW)))]
    pub confirm_window: u32,
    /// Type of the scratch queues
    #[arg(long, value_enum, default_value_t = QueueType::Classic)]
    pub queue_type: QueueType,
    /// Persistent messages (delivery_mode 2) [default: transient]
    #[arg(long)]
    pub persistent: bool,
    /// Use this existing queue instead of a scratch queue (it is neither declared nor deleted)
    #[arg(long, value_name = "NAME", conflicts_with_all = ["queues", "queue_pattern"])]
    pub queue: Option<String>,
    /// Scratch queues, declared for the run and deleted after; producers spread their messages
    /// over them, every queue has a consumer [range: 1 to 1000]
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub queues: u32,
    /// Names of the scratch queues, '%d' standing for 1 to --queues (e.g. 'q-%d') [default:
    /// mq-bench-PID-RANDOM-%d]
    #[arg(long, value_name = "PATTERN")]
    pub queue_pattern: Option<String>,
    /// Publish through a scratch exchange of this type, each queue bound to it (fanout: every
    /// queue gets every message) [default: the default exchange; direct with --routing-keys]
    #[arg(long, value_enum, value_name = "TYPE")]
    pub exchange_type: Option<ExchangeType>,
    /// Routing keys producers publish with in turn; queue N is bound with key N modulo their
    /// number [default: the queues' names]
    #[arg(long, value_name = "KEY,...", value_delimiter = ',')]
    pub routing_keys: Vec<String>,
    /// Prefetch of each consuming channel [range: 0 (no limit) to 65535]
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub prefetch: u16,
    /// Most messages a second each consuming channel takes (0: no limit) [default: no limit]
    /// [range: 0, or 0.001 to 10000000]
    #[arg(long, value_name = "R", value_parser = parse_rate)]
    pub consumer_rate: Option<f64>,
    /// Time each message takes to process before it is settled (PerfTest's --consumer-latency)
    /// [range: 0 to 24h]
    #[arg(long, value_name = "DURATION", value_parser = parse_interval)]
    pub consumer_latency: Option<Duration>,
    /// Consumers reject every message (basic.nack) instead of acking: dropped or dead-lettered
    #[arg(long)]
    pub nack: bool,
    /// With --nack: put rejected messages back in the queue (they come again, redelivered)
    #[arg(long, requires = "nack")]
    pub requeue: bool,
    /// text: a line a second and a summary; json: the summary as JSON (seconds go to stderr)
    #[arg(long, value_enum, default_value_t = BenchFormat::Text)]
    pub format: BenchFormat,
    /// Also write each second's line to FILE (the last line: the rest of the run, so that the
    /// lines add up to the summary)
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// How --output-file holds the lines
    #[arg(long, value_enum, default_value_t = OutputFormat::Csv, requires = "output_file")]
    pub output_format: OutputFormat,
}

fn clients() -> clap::builder::RangedI64ValueParser<u32> {
    clap::value_parser!(u32).range(0..=i64::from(bounds::MAX_BENCH_CLIENTS))
}

/// When the run stops producing.
struct Ending {
    /// None: when the count is done (or the queues are empty).
    duration: Option<Duration>,
    until_empty: bool,
}

pub async fn run(args: &BenchArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    // --size, --rate and --duration were range-checked when parsed (`values::bounds`).
    if args.producers == 0 && args.consumers == 0 {
        return Err(Error::usage(
            "nothing to do: --producers and --consumers are both 0",
        ));
    }
    if args.until_empty && args.queue_type == QueueType::Stream {
        return Err(Error::usage(
            "--until-empty: a stream keeps its messages, it never empties",
        ));
    }
    let ending = Ending {
        duration: args
            .duration
            .or((args.count.is_none() && !args.until_empty).then_some(DEFAULT_DURATION)),
        until_empty: args.until_empty,
    };
    let topology = Topology::plan(
        args.queue.as_deref(),
        args.queues,
        args.queue_pattern.as_deref(),
        args.exchange_type,
        &args.routing_keys,
    )?;
    let mut seconds_file = match &args.output_file {
        Some(path) => Some(SecondsFile::create(path, args.output_format)?),
        None => None,
    };

    let control = cx.connect().await?;
    let result = async {
        let expiry = ending.duration.unwrap_or(DEFAULT_DURATION);
        topology.declare(&control, args.queue_type, expiry).await?;
        // Each client starts at a node of its own, so that every --url given takes a share.
        let hubs: Vec<Context> = (0..cx.settings.nodes.len())
            .map(|node| cx.starting_at(node))
            .collect();
        let hub = |client: usize| &hubs[client % hubs.len()];
        let taken = AtomicU64::new(0);
        let producing = ProducerSetup {
            topology: &topology,
            size: args.size,
            steps: &args.rate.0,
            producers: args.producers,
            window: args.confirm_window as usize,
            persistent: args.persistent,
            count: args.count,
            taken: &taken,
        };
        let channels = usize::from(args.channels_per_connection);
        let consuming = ConsumerSetup {
            topology: &topology,
            channels,
            total_channels: channels * args.consumers as usize,
            prefetch: args.prefetch,
            stream: args.queue_type == QueueType::Stream && topology.scratch,
            rate: args.consumer_rate.filter(|rate| *rate > 0.0),
            latency: args.consumer_latency,
            nack: args.nack,
            requeue: args.requeue,
        };
        let stats = Stats::new(topology.queues.len())?;
        let stop_producing = Stop::default();
        let stop_consuming = Stop::default();
        let interrupt = cx.stop().clone();
        let started = Instant::now();
        let producers = join_all(
            (0..args.producers as usize)
                .map(|n| producer(hub(n), n, &producing, &stats, &stop_producing)),
        );
        let consumers = join_all((0..args.consumers as usize).map(|n| {
            let client = args.producers as usize + n;
            consumer(hub(client), n, &consuming, &stats, &stop_consuming)
        }));
        let mut reporter = Reporter {
            args,
            stats: &stats,
            format: args.format,
            file: seconds_file.as_mut(),
            second: 0,
            last: Counts::default(),
        };
        let report = reporter.seconds(
            &ending,
            &topology,
            &control,
            [&stop_producing, &stop_consuming, &interrupt],
            &mut *out,
        );
        let (produced, consumed, reported) = tokio::join!(producers, consumers, report);
        let elapsed = started.elapsed();
        reported?;
        produced
            .into_iter()
            .chain(consumed)
            .collect::<Result<()>>()?;
        // The rest of the run (winding down), so that the lines add up to the summary.
        reporter.line(&mut *out)?;
        let summary = summarize(args, &topology, &stats, elapsed);
        write_summary(out, &summary, args.format)?;
        if interrupt.is_raised() {
            return Err(interrupt.error());
        }
        Ok(())
    }
    .await;
    topology.tear_down(&control).await;
    control.close().await;
    result
}

/// `--output-file`: the per-second lines, buffered.
struct SecondsFile {
    out: BufWriter<File>,
    format: SecondsFormat,
}

impl SecondsFile {
    fn create(path: &PathBuf, format: OutputFormat) -> Result<Self> {
        let file = File::create(path).map_err(|e| {
            Error::usage(format!(
                "cannot write --output-file '{}': {e}",
                path.display()
            ))
        })?;
        let format = match format {
            OutputFormat::Csv => SecondsFormat::Csv,
            OutputFormat::Jsonl => SecondsFormat::Jsonl,
        };
        let mut out = BufWriter::new(file);
        write_seconds_header(&mut out, format)?;
        Ok(SecondsFile { out, format })
    }
}

/// The per-second lines: on stdout (or stderr with --format json) and in the seconds file.
struct Reporter<'a> {
    args: &'a BenchArgs,
    stats: &'a Stats,
    format: BenchFormat,
    file: Option<&'a mut SecondsFile>,
    second: u64,
    last: Counts,
}

impl Reporter<'_> {
    /// Writes the line of what happened since the last one.
    fn line(&mut self, out: &mut dyn Write) -> Result<()> {
        self.second += 1;
        let line: BenchSecond = self.stats.take_second(self.second, &mut self.last);
        match self.format {
            BenchFormat::Text => write_second(out, &line)?,
            BenchFormat::Json => write_second(&mut std::io::stderr(), &line)?,
        }
        if let Some(file) = &mut self.file {
            write_second_row(&mut file.out, &line, file.format)?;
        }
        Ok(())
    }

    /// A line each second until the run's end (or Ctrl-C), then winds the run down: producers
    /// stop and drain their confirms, consumers get a bounded time to catch up.
    async fn seconds(
        &mut self,
        ending: &Ending,
        topology: &Topology,
        control: &crate::amqp::Session,
        [stop_producing, stop_consuming, interrupt]: [&Stop; 3],
        out: &mut dyn Write,
    ) -> Result<()> {
        let started = tokio::time::Instant::now();
        let mut ticks =
            tokio::time::interval_at(started + Duration::from_secs(1), Duration::from_secs(1));
        let producers = self.args.producers as usize;
        let result = loop {
            tokio::select! {
                _ = ticks.tick() => {}
                _ = interrupt.raised() => break Ok(()),
                // A producer that failed ends the run early; its error is reported after.
                _ = stop_producing.raised() => break Ok(()),
            }
            if let Err(err) = self.line(out) {
                break Err(err);
            }
            if ending.duration.is_some_and(|d| started.elapsed() >= d) {
                break Ok(());
            }
            let produced = self.stats.producers_done.load(Ordering::Relaxed) >= producers;
            if produced && ending.until_empty {
                match topology.ready(control).await {
                    Ok(0) => break Ok(()),
                    Ok(_) => {}
                    Err(err) => break Err(err),
                }
            } else if produced && self.args.count.is_some() {
                break Ok(());
            }
        };
        stop_producing.raise();
        let deadline = Instant::now() + DRAIN_TIMEOUT * 2;
        while self.stats.producers_done.load(Ordering::Relaxed) < producers
            && Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let copies = topology.fewest_copies();
        let caught_up = || {
            let counts = self.stats.counts();
            counts.received >= counts.confirmed.saturating_mul(copies)
        };
        let deadline = Instant::now() + DRAIN_TIMEOUT;
        while self.args.consumers > 0
            && !interrupt.is_raised()
            && !caught_up()
            && Instant::now() < deadline
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        stop_consuming.raise();
        result
    }
}

fn summarize(
    args: &BenchArgs,
    topology: &Topology,
    stats: &Stats,
    elapsed: Duration,
) -> BenchSummary {
    let seconds = elapsed.as_secs_f64().max(f64::EPSILON);
    let counts = stats.counts();
    let (latency_us, confirm_latency_us) = stats.whole_run();
    let bytes_min = stats.bytes_min.load(Ordering::Relaxed);
    BenchSummary {
        queue: topology.queues[0].clone(),
        queue_type: if topology.scratch {
            args.queue_type.name().to_owned()
        } else {
            "existing".to_owned()
        },
        queues: topology
            .queues
            .iter()
            .zip(&stats.per_queue)
            .map(|(name, received)| QueueCount {
                name: name.clone(),
                received: received.load(Ordering::Relaxed),
            })
            .collect(),
        exchange: topology.exchange.as_ref().map(|(name, _)| name.clone()),
        exchange_type: topology
            .exchange
            .as_ref()
            .map(|(_, kind)| kind.name().to_owned()),
        producers: args.producers,
        consumers: args.consumers,
        size: args.size.min,
        size_max: args.size.max,
        persistent: args.persistent,
        confirm_window: args.confirm_window,
        elapsed_s: (seconds * 1000.0).round() / 1000.0,
        sent: counts.sent,
        confirmed: counts.confirmed,
        nacked: counts.nacked,
        returned: counts.returned,
        received: counts.received,
        rejected: counts.rejected,
        redelivered: stats.redelivered.load(Ordering::Relaxed),
        received_bytes_min: if counts.received == 0 { 0 } else { bytes_min },
        received_bytes_max: stats.bytes_max.load(Ordering::Relaxed),
        send_rate: (counts.sent as f64 / seconds).round(),
        confirm_rate: (counts.confirmed as f64 / seconds).round(),
        receive_rate: (counts.received as f64 / seconds).round(),
        latency_us,
        confirm_latency_us,
        nodes: stats.nodes(),
    }
}
