//! What `consume` says on a terminal (stderr): a live line while it runs — consumed, settled,
//! the rate — and a summary at the end, a stop signal included: consumed, how each was
//! settled, and what is left in the queue. Off a terminal (or with --quiet) it says nothing:
//! scripts read stdout and the exit code.

use std::time::{Duration, Instant};

use indicatif::ProgressBar;

use crate::diag::Diag;
use crate::output::{per_second, stderr_bar};

/// The live line is redrawn at most this often: the count changes per message.
const REDRAW: Duration = Duration::from_millis(100);

pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    drawn: Option<Instant>,
}

/// What the run did, for the summary.
pub struct Summary<'a> {
    pub queue: &'a str,
    pub consumed: u64,
    /// How the consumed messages were settled: (what, how many), e.g. ("acked", 120).
    pub settled: Vec<(&'static str, u64)>,
    /// Ready messages in the queue at the end, when it could be asked.
    pub left: Option<u32>,
}

impl Progress {
    /// A live line (a bar with `--count`) on stderr when it is a terminal and not `hidden`.
    pub fn new(count: Option<u64>, hidden: bool) -> Progress {
        let bar = stderr_bar(count, hidden);
        Progress {
            bar,
            started: Instant::now(),
            drawn: None,
        }
    }

    /// Whether anything is drawn (stderr is a terminal).
    pub fn is_shown(&self) -> bool {
        !self.bar.is_hidden()
    }

    /// The counts now: redrawn unless drawn a moment ago.
    pub fn update(&mut self, consumed: u64, settled: u64) {
        if !self.is_shown() || self.drawn.is_some_and(|at| at.elapsed() < REDRAW) {
            return;
        }
        self.drawn = Some(Instant::now());
        let rate = per_second(rate(consumed, self.started.elapsed()));
        self.bar
            .set_message(format!("consumed {consumed}, settled {settled}  {rate}"));
        self.bar.set_position(consumed);
    }

    /// Clears the live line and says what the run did.
    pub fn finish(&self, summary: &Summary<'_>, diag: &Diag) {
        if !self.is_shown() {
            return;
        }
        self.bar.finish_and_clear();
        let elapsed = self.started.elapsed();
        let settled: Vec<String> = summary
            .settled
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(what, n)| format!("{n} {what}"))
            .collect();
        let settled = match settled.is_empty() {
            true => String::new(),
            false => format!(": {}", settled.join(", ")),
        };
        let left = match summary.left {
            Some(left) => format!("; {left} left in the queue"),
            None => String::new(),
        };
        diag.note(format_args!(
            "consumed {} from queue '{}' in {:.1}s ({}){settled}{left}",
            summary.consumed,
            summary.queue,
            elapsed.as_secs_f64(),
            per_second(rate(summary.consumed, elapsed)),
        ));
    }
}

fn rate(count: u64, elapsed: Duration) -> f64 {
    let seconds = elapsed.as_secs_f64();
    if seconds > 0.0 {
        count as f64 / seconds
    } else {
        0.0
    }
}
