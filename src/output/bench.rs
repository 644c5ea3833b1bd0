//! How `mq bench` reports: one line a second while it runs, then a summary (text or JSON).

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

/// One second of a run: messages per second in that second.
#[derive(Debug, Clone, Serialize)]
pub struct BenchSecond {
    pub second: u64,
    pub sent: u64,
    pub confirmed: u64,
    pub received: u64,
    pub latency_us: Latency,
}

#[derive(Debug, Clone, Serialize)]
pub struct BenchSummary {
    pub queue: String,
    pub queue_type: String,
    pub producers: u32,
    pub consumers: u32,
    pub size: usize,
    pub persistent: bool,
    pub confirm_window: u32,
    pub elapsed_s: f64,
    pub sent: u64,
    pub confirmed: u64,
    pub nacked: u64,
    pub returned: u64,
    pub received: u64,
    pub send_rate: f64,
    pub confirm_rate: f64,
    pub receive_rate: f64,
    pub latency_us: Latency,
}

fn ms(us: u64) -> String {
    format!("{:.2}", us as f64 / 1000.0)
}

pub fn write_second(out: &mut dyn Write, second: &BenchSecond) -> Result<()> {
    let l = second.latency_us;
    writeln!(
        out,
        "{:>4}s  sent {:>7}/s  confirmed {:>7}/s  received {:>7}/s  latency ms p50 {} p95 {} p99 {} max {}",
        second.second,
        second.sent,
        second.confirmed,
        second.received,
        ms(l.p50),
        ms(l.p95),
        ms(l.p99),
        ms(l.max)
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
        BenchFormat::Text => {
            let l = summary.latency_us;
            writeln!(
                out,
                "summary: {} producer(s), {} consumer(s), {} B {} messages, {} queue '{}', confirm window {}",
                summary.producers,
                summary.consumers,
                summary.size,
                if summary.persistent {
                    "persistent"
                } else {
                    "transient"
                },
                summary.queue_type,
                summary.queue,
                summary.confirm_window
            ).map_err(Error::output)?;
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
            ).map_err(Error::output)?;
            writeln!(
                out,
                "  end-to-end latency ms: p50 {}, p95 {}, p99 {}, max {}",
                ms(l.p50),
                ms(l.p95),
                ms(l.p99),
                ms(l.max)
            )
            .map_err(Error::output)?;
        }
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
