//! What `produce` says while it runs: a progress bar on a terminal that counts what the summary
//! counts (confirmed, returned, nacked; sent with confirms off), rates rounded for people, and
//! returned messages summarised — the first few each on a line, the rest counted per exchange
//! and routing key (every one with `-v`).

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Instant;

use indicatif::ProgressBar;
use lapin::message::BasicReturnMessage;

use crate::diag::Diag;
use crate::output::{per_second, stderr_bar};

/// Returned messages said one by one before they are only counted.
const RETURNS_SHOWN: u64 = 3;

pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    tally: Mutex<Tally>,
}

#[derive(Default)]
struct Tally {
    sent: u64,
    confirmed: u64,
    returned: u64,
    nacked: u64,
    /// Returns not said one by one, per (exchange, routing key, reply).
    unsaid: BTreeMap<(String, String, String), u64>,
}

impl Progress {
    /// A bar for `count` messages on a terminal (stderr), unless `hidden`; else nothing drawn.
    pub fn new(count: Option<u64>, hidden: bool) -> Progress {
        // Without a count there is nothing to measure a bar against.
        let bar = match count {
            Some(_) => stderr_bar(count, hidden),
            None => ProgressBar::hidden(),
        };
        Progress {
            bar,
            started: Instant::now(),
            tally: Mutex::new(Tally::default()),
        }
    }

    pub fn sent(&self) {
        self.update(|tally| tally.sent += 1);
    }

    pub fn confirmed(&self) {
        self.update(|tally| tally.confirmed += 1);
    }

    pub fn nacked(&self) {
        self.update(|tally| tally.nacked += 1);
    }

    /// A returned message: said on stderr while few, else counted for [`Progress::finish`].
    pub fn returned(&self, returned: &BasicReturnMessage, diag: &Diag) {
        let reply = format!("{} {}", returned.reply_code, returned.reply_text);
        let exchange = returned.delivery.exchange.to_string();
        let key = returned.delivery.routing_key.to_string();
        let mut say = false;
        self.update(|tally| {
            tally.returned += 1;
            say = tally.returned <= RETURNS_SHOWN || diag.is_verbose();
            if !say {
                *tally
                    .unsaid
                    .entry((exchange.clone(), key.clone(), reply.clone()))
                    .or_default() += 1;
            }
        });
        if say {
            self.bar.suspend(|| {
                diag.warn(format_args!(
                    "message returned as unroutable: exchange '{exchange}', routing key '{key}' ({reply})"
                ));
            });
        }
    }

    fn update(&self, change: impl FnOnce(&mut Tally)) {
        let Ok(mut tally) = self.tally.lock() else {
            return;
        };
        change(&mut tally);
        if self.bar.is_hidden() {
            return;
        }
        let settled = tally.sent + tally.confirmed + tally.returned + tally.nacked;
        let seconds = self.started.elapsed().as_secs_f64();
        let rate = if seconds > 0.0 {
            settled as f64 / seconds
        } else {
            0.0
        };
        let counts = if tally.sent > 0 {
            format!("sent {}", tally.sent)
        } else {
            format!(
                "confirmed {}, returned {}, nacked {}",
                tally.confirmed, tally.returned, tally.nacked
            )
        };
        // The count is part of the message, not indicatif's {pos}: a redraw between two
        // setters would show them disagreeing.
        let total = self.bar.length().unwrap_or(settled);
        let rate = per_second(rate);
        self.bar
            .set_message(format!("{settled}/{total} {counts}  {rate}"));
        self.bar.set_position(settled);
    }

    /// Clears the bar and says how many returned messages were not said one by one.
    pub fn finish(&self, diag: &Diag) {
        self.bar.finish_and_clear();
        let Ok(tally) = self.tally.lock() else { return };
        for ((exchange, key, reply), count) in &tally.unsaid {
            diag.warn(format_args!(
                "{count} more returned as unroutable: exchange '{exchange}', routing key '{key}' \
                 ({reply}); -v says each"
            ));
        }
    }
}
