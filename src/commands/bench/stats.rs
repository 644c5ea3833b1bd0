//! What `mq bench` counts while it runs: the counters every producer and consumer adds to, the
//! end-to-end and confirm latency histograms (this second's and the whole run's), and the
//! per-second lines taken from them, each the difference since the last.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hdrhistogram::Histogram;

use crate::error::{Error, Result};
use crate::output::bench::{BenchCounts, BenchSecond, Latency, NodeCount};

/// The body starts with the send time: nanoseconds since the epoch, big-endian.
pub const STAMP_BYTES: usize = 8;
/// Longest latency the histograms hold (60 s in µs); longer ones count as this.
const MAX_LATENCY_US: u64 = 60_000_000;

/// What everyone shares during a run; a single-threaded runtime, so atomics are cheap.
pub struct Stats {
    pub sent: AtomicU64,
    pub confirmed: AtomicU64,
    pub nacked: AtomicU64,
    pub returned: AtomicU64,
    pub received: AtomicU64,
    pub rejected: AtomicU64,
    pub redelivered: AtomicU64,
    /// Received per queue, in the order of the topology's queues.
    pub per_queue: Vec<AtomicU64>,
    pub bytes_min: AtomicU64,
    pub bytes_max: AtomicU64,
    pub producers_done: AtomicUsize,
    /// Connections per node (`host:port`), as they were opened.
    nodes: Mutex<BTreeMap<String, u64>>,
    end_to_end: Mutex<Latencies>,
    confirm: Mutex<Latencies>,
}

struct Latencies {
    this_second: Histogram<u64>,
    whole_run: Histogram<u64>,
}

impl Latencies {
    fn new() -> Result<Self> {
        let histogram = || {
            Histogram::new_with_bounds(1, MAX_LATENCY_US, 3)
                .map_err(|e| Error::internal(format!("cannot set up the latency histogram: {e}")))
        };
        Ok(Latencies {
            this_second: histogram()?,
            whole_run: histogram()?,
        })
    }
}

fn record(latencies: &Mutex<Latencies>, us: u64) {
    if let Ok(mut latency) = latencies.lock() {
        latency.this_second.saturating_record(us.max(1));
        latency.whole_run.saturating_record(us.max(1));
    }
}

/// This second's latencies, and a fresh histogram for the next.
fn take_second(latencies: &Mutex<Latencies>) -> Latency {
    match latencies.lock() {
        Ok(mut latency) => {
            let second = Latency::of(&latency.this_second);
            latency.this_second.reset();
            second
        }
        Err(_) => Latency::default(),
    }
}

fn whole_run(latencies: &Mutex<Latencies>) -> Latency {
    latencies
        .lock()
        .map(|l| Latency::of(&l.whole_run))
        .unwrap_or_default()
}

/// The counters as they are at one moment, to take differences of.
pub type Counts = BenchCounts;

impl Stats {
    pub fn new(queues: usize) -> Result<Self> {
        Ok(Stats {
            sent: AtomicU64::new(0),
            confirmed: AtomicU64::new(0),
            nacked: AtomicU64::new(0),
            returned: AtomicU64::new(0),
            received: AtomicU64::new(0),
            rejected: AtomicU64::new(0),
            redelivered: AtomicU64::new(0),
            per_queue: (0..queues).map(|_| AtomicU64::new(0)).collect(),
            bytes_min: AtomicU64::new(u64::MAX),
            bytes_max: AtomicU64::new(0),
            producers_done: AtomicUsize::new(0),
            nodes: Mutex::new(BTreeMap::new()),
            end_to_end: Mutex::new(Latencies::new()?),
            confirm: Mutex::new(Latencies::new()?),
        })
    }

    pub fn counts(&self) -> Counts {
        let n = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        Counts {
            sent: n(&self.sent),
            confirmed: n(&self.confirmed),
            nacked: n(&self.nacked),
            returned: n(&self.returned),
            received: n(&self.received),
            rejected: n(&self.rejected),
        }
    }

    /// A delivery from queue number `queue`: counted, its size and end-to-end latency noted.
    pub fn record_delivery(&self, queue: usize, body: &[u8], redelivered: bool) {
        self.received.fetch_add(1, Ordering::Relaxed);
        if let Some(counter) = self.per_queue.get(queue) {
            counter.fetch_add(1, Ordering::Relaxed);
        }
        if redelivered {
            self.redelivered.fetch_add(1, Ordering::Relaxed);
        }
        let bytes = body.len() as u64;
        self.bytes_min.fetch_min(bytes, Ordering::Relaxed);
        self.bytes_max.fetch_max(bytes, Ordering::Relaxed);
        let Some(stamp) = body.get(..STAMP_BYTES) else {
            return;
        };
        let mut sent_at = [0u8; STAMP_BYTES];
        sent_at.copy_from_slice(stamp);
        let latency_us = now_nanos().saturating_sub(u64::from_be_bytes(sent_at)) / 1000;
        record(&self.end_to_end, latency_us);
    }

    /// A confirm that came `waited` after its message was published.
    pub fn record_confirm(&self, waited: Duration) {
        let us = u64::try_from(waited.as_micros()).unwrap_or(u64::MAX);
        record(&self.confirm, us);
    }

    /// The line of second `second`: what changed since `last` (which becomes now).
    pub fn take_second(&self, second: u64, last: &mut Counts) -> BenchSecond {
        let now = self.counts();
        let line = BenchSecond {
            second,
            counts: Counts {
                sent: now.sent - last.sent,
                confirmed: now.confirmed - last.confirmed,
                nacked: now.nacked - last.nacked,
                returned: now.returned - last.returned,
                received: now.received - last.received,
                rejected: now.rejected - last.rejected,
            },
            latency_us: take_second(&self.end_to_end),
            confirm_latency_us: take_second(&self.confirm),
        };
        *last = now;
        line
    }

    /// A connection to `node` opened.
    pub fn connected(&self, node: String) {
        if let Ok(mut nodes) = self.nodes.lock() {
            *nodes.entry(node).or_default() += 1;
        }
    }

    pub fn nodes(&self) -> Vec<NodeCount> {
        let Ok(nodes) = self.nodes.lock() else {
            return Vec::new();
        };
        nodes
            .iter()
            .map(|(node, &connections)| NodeCount {
                node: node.clone(),
                connections,
            })
            .collect()
    }

    pub fn whole_run(&self) -> (Latency, Latency) {
        (whole_run(&self.end_to_end), whole_run(&self.confirm))
    }
}

pub fn now_nanos() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}
