//! How `mq bench` reports: one line a second while it runs, then a summary (text or JSON), and
//! the per-second lines as CSV or JSON lines for `--output-file`.

use std::io::Write;

use hdrhistogram::Histogram;
use serde::Serialize;

use crate::error::{Error, Result};

/// How `bench` reports (spelled on the command line by `commands::formats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BenchFormat {
    /// A line a second and a summary, for people
    #[default]
    Text,
    /// The summary as one JSON object (no per-second lines on stdout)
    Json,
}

/// End-to-end latency percentiles in microseconds.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Latency {
    pub p50: u64,
    pub p95: u64,
    pub p99: u64,
    pub max: u64,
}

impl Latency {
    pub fn of(histogram: &Histogram<u64>) -> Latency {
        if histogram.is_empty() {
            return Latency::default();
        }
        Latency {
            p50: histogram.value_at_quantile(0.50),
            p95: histogram.value_at_quantile(0.95),
            p99: histogram.value_at_quantile(0.99),
            max: histogram.max(),
        }
    }
}

/// One second of a run: what happened in that second (the last line: the rest of the run,
/// so that the lines add up to the summary).
#[derive(Debug, Clone, Serialize)]
pub struct BenchSecond {
    pub second: u64,
    #[serde(flatten)]
    pub counts: BenchCounts,
    pub latency_us: Latency,
    pub confirm_latency_us: Latency,
}

/// The counters of a run, at one moment or as the difference between two.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct BenchCounts {
    pub sent: u64,
    pub confirmed: u64,
    pub nacked: u64,
    pub returned: u64,
    pub received: u64,
    /// Messages the consumers rejected (`--nack`).
    pub rejected: u64,
}

/// What one queue received over the run.
#[derive(Debug, Clone, Serialize)]
pub struct QueueCount {
    pub name: String,
    pub received: u64,
}

/// How many of the run's connections one node took.
#[derive(Debug, Clone, Serialize)]
pub struct NodeCount {
    pub node: String,
    pub connections: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct BenchSummary {
    /// The first queue (the only one unless --queues).
    pub queue: String,
    pub queue_type: String,
    pub queues: Vec<QueueCount>,
    /// The scratch exchange, when --exchange-type or --routing-keys made one.
    pub exchange: Option<String>,
    pub exchange_type: Option<String>,
    pub producers: u32,
    pub consumers: u32,
    /// The body size, or the smallest of a --size range.
    pub size: usize,
    pub size_max: usize,
    pub persistent: bool,
    pub confirm_window: u32,
    pub elapsed_s: f64,
    pub sent: u64,
    pub confirmed: u64,
    pub nacked: u64,
    pub returned: u64,
    pub received: u64,
    pub rejected: u64,
    /// Deliveries flagged redelivered (after --nack --requeue).
    pub redelivered: u64,
    /// The smallest and largest body received.
    pub received_bytes_min: u64,
    pub received_bytes_max: u64,
    pub send_rate: f64,
    pub confirm_rate: f64,
    pub receive_rate: f64,
    pub latency_us: Latency,
    pub confirm_latency_us: Latency,
    pub nodes: Vec<NodeCount>,
}

/// How `--output-file` holds the per-second lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecondsFormat {
    /// A header row, then a row a second
    Csv,
    /// A JSON object a line
    Jsonl,
}

const CSV_HEADER: &str = "second,sent,confirmed,nacked,returned,received,rejected,\
latency_p50_us,latency_p95_us,latency_p99_us,latency_max_us,\
confirm_p50_us,confirm_p95_us,confirm_p99_us,confirm_max_us";

/// The first line of a seconds file (none for JSON lines).
pub fn write_seconds_header(out: &mut dyn Write, format: SecondsFormat) -> Result<()> {
    if format == SecondsFormat::Csv {
        writeln!(out, "{CSV_HEADER}").map_err(Error::output)?;
    }
    Ok(())
}

/// One second as a row of a seconds file.
pub fn write_second_row(
    out: &mut dyn Write,
    second: &BenchSecond,
    format: SecondsFormat,
) -> Result<()> {
    match format {
        SecondsFormat::Jsonl => {
            serde_json::to_writer(&mut *out, second)
                .map_err(std::io::Error::from)
                .map_err(Error::output)?;
            writeln!(out).map_err(Error::output)?;
        }
        SecondsFormat::Csv => {
            let (l, c) = (second.latency_us, second.confirm_latency_us);
            writeln!(
                out,
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
                second.second,
                second.counts.sent,
                second.counts.confirmed,
                second.counts.nacked,
                second.counts.returned,
                second.counts.received,
                second.counts.rejected,
                l.p50,
                l.p95,
                l.p99,
                l.max,
                c.p50,
                c.p95,
                c.p99,
                c.max
            )
            .map_err(Error::output)?;
        }
    }
    out.flush().map_err(Error::output)
}

fn ms(us: u64) -> String {
    format!("{:.2}", us as f64 / 1000.0)
}

pub fn write_second(out: &mut dyn Write, second: &BenchSecond) -> Result<()> {
    let (l, c) = (second.latency_us, second.confirm_latency_us);
    writeln!(
        out,
        "{:>4}s  sent {:>7}/s  confirmed {:>7}/s  received {:>7}/s  latency ms p50 {} p95 {} p99 {} max {}  confirm ms p50 {} p99 {}",
        second.second,
        second.counts.sent,
        second.counts.confirmed,
        second.counts.received,
        ms(l.p50),
        ms(l.p95),
        ms(l.p99),
        ms(l.max),
        ms(c.p50),
        ms(c.p99)
    ).map_err(Error::output)?;
    out.flush().map_err(Error::output)?;
    Ok(())
}

pub fn write_summary(
    out: &mut dyn Write,
    summary: &BenchSummary,
    format: BenchFormat,
) -> Result<()> {
    match format {
        BenchFormat::Json => {
            serde_json::to_writer_pretty(&mut *out, summary)
                .map_err(std::io::Error::from)
                .map_err(Error::output)?;
            writeln!(out).map_err(Error::output)?;
        }
        BenchFormat::Text => write_summary_text(out, summary).map_err(Error::output)?,
    }
    Ok(())
}

fn write_summary_text(out: &mut dyn Write, summary: &BenchSummary) -> std::io::Result<()> {
    let size = if summary.size == summary.size_max {
        format!("{} B", summary.size)
    } else {
        format!("{}-{} B", summary.size, summary.size_max)
    };
    let queues = match summary.queues.len() {
        1 => format!("{} queue '{}'", summary.queue_type, summary.queue),
        n => format!("{n} {} queues ('{}'...)", summary.queue_type, summary.queue),
    };
    writeln!(
        out,
        "summary: {} producer(s), {} consumer(s), {size} {} messages, {queues}, confirm window {}",
        summary.producers,
        summary.consumers,
        if summary.persistent {
            "persistent"
        } else {
            "transient"
        },
        summary.confirm_window
    )?;
    if let (Some(exchange), Some(kind)) = (&summary.exchange, &summary.exchange_type) {
        writeln!(out, "  through {kind} exchange '{exchange}'")?;
    }
    writeln!(
        out,
        "  {:.1}s: sent {} ({:.0}/s), confirmed {} ({:.0}/s), nacked {}, returned {}, received {} ({:.0}/s)",
        summary.elapsed_s,
        summary.sent,
        summary.send_rate,
        summary.confirmed,
        summary.confirm_rate,
        summary.nacked,
        summary.returned,
        summary.received,
        summary.receive_rate
    )?;
    if summary.rejected > 0 || summary.redelivered > 0 {
        writeln!(
            out,
            "  rejected by consumers {}, redelivered {}",
            summary.rejected, summary.redelivered
        )?;
    }
    let (l, c) = (summary.latency_us, summary.confirm_latency_us);
    writeln!(
        out,
        "  end-to-end latency ms: p50 {}, p95 {}, p99 {}, max {}",
        ms(l.p50),
        ms(l.p95),
        ms(l.p99),
        ms(l.max)
    )?;
    writeln!(
        out,
        "  confirm latency ms: p50 {}, p95 {}, p99 {}, max {}",
        ms(c.p50),
        ms(c.p95),
        ms(c.p99),
        ms(c.max)
    )?;
    if summary.nodes.len() > 1 {
        let nodes: Vec<String> = summary
            .nodes
            .iter()
            .map(|n| format!("{} ({})", n.node, n.connections))
            .collect();
        writeln!(out, "  connections per node: {}", nodes.join(", "))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_ordered_and_empty_is_zero() {
        let mut histogram = Histogram::<u64>::new(3).unwrap();
        for v in 1..=1000 {
            histogram.record(v).unwrap();
        }
        let l = Latency::of(&histogram);
        assert!(l.p50 <= l.p95 && l.p95 <= l.p99 && l.p99 <= l.max);
        assert_eq!(l.max, 1000);
        assert!((495..=505).contains(&l.p50), "{l:?}");
        assert_eq!(
            Latency::of(&Histogram::<u64>::new(3).unwrap()),
            Latency::default()
        );
    }
}
