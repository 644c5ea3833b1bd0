//! `--watch` for `list-queues` and `topology`: gather, draw, wait, again, until Ctrl-C (which
//! leaves the last frame on the screen and exits 130). `list-queues` shows the broker's own
//! rates; for `topology` incoming and outgoing rates of each queue are computed here between
//! two refreshes from the broker's cumulative counters (`message_stats.publish` and
//! `message_stats.deliver_get`).

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant, SystemTime};

use crate::context::Context;
use crate::error::Result;
use crate::listing::columns::QUEUES;
use crate::listing::{Cell, Listing, Options, queues};
use crate::output::watch::Screen;
use crate::output::{ListFormat, TableWidths, Terminal, sort_rows, write_listing};
use crate::stop::Stop;

/// Per-queue counters from the previous refresh, keyed by vhost and name.
#[derive(Default)]
pub struct Rates {
    previous: HashMap<(String, String), Sample>,
}

#[derive(Clone, Copy)]
struct Sample {
    at: Duration,
    published: i64,
    delivered: i64,
}

impl Rates {
    /// Messages per second in and out of a queue since the last refresh; `None` the first
    /// time a queue is seen, or when a counter went back (the queue was deleted and made anew).
    pub fn update(
        &mut self,
        vhost: &str,
        name: &str,
        at: Duration,
        published: Option<i64>,
        delivered: Option<i64>,
    ) -> (Option<f64>, Option<f64>) {
        // A queue nothing ever went through has no message_stats: its counters are 0.
        let now = Sample {
            at,
            published: published.unwrap_or(0),
            delivered: delivered.unwrap_or(0),
        };
        let before = self
            .previous
            .insert((vhost.to_owned(), name.to_owned()), now);
        let Some(before) = before else {
            return (None, None);
        };
        let seconds = (now.at.saturating_sub(before.at)).as_secs_f64();
        if seconds <= 0.0 {
            return (None, None);
        }
        let rate = |new: i64, old: i64| (new >= old).then(|| (new - old) as f64 / seconds);
        (
            rate(now.published, before.published),
            rate(now.delivered, before.delivered),
        )
    }

    /// Forget the queues not seen in the last refresh.
    pub fn retain_seen(&mut self, at: Duration) {
        self.previous.retain(|_, sample| sample.at == at);
    }
}

fn int(cell: &Cell) -> Option<i64> {
    match cell {
        Cell::Int(n) => Some(*n),
        _ => None,
    }
}

fn text(cell: &Cell) -> &str {
    match cell {
        Cell::Text(s) | Cell::Exchange(s) => s,
        _ => "",
    }
}

/// Reads the rate fields after `shown` cells of a snapshot row: (in/s, out/s).
pub fn row_rates(
    rates: &mut Rates,
    row: &[Cell],
    shown: usize,
    default_vhost: &str,
    at: Duration,
) -> (Option<f64>, Option<f64>) {
    let rest = &row[shown..];
    let vhost = match rest.get(1) {
        Some(Cell::Text(v)) => v.as_str(),
        _ => default_vhost,
    };
    rates.update(
        vhost,
        text(&rest[0]),
        at,
        rest.get(2).and_then(int),
        rest.get(3).and_then(int),
    )
}

fn header(command: &str, interval: Duration) -> String {
    format!(
        "Every {}: mq {command}    {}    (Ctrl-C to stop)",
        humantime::format_duration(interval),
        humantime::format_rfc3339_seconds(SystemTime::now())
    )
}

/// Redraws until Ctrl-C; `frame` gathers and renders one frame, given the rates so far.
pub async fn run<F>(
    command: &str,
    interval: Duration,
    stop: &Stop,
    out: &mut dyn Write,
    mut frame: F,
) -> Result<()>
where
    F: AsyncFnMut(&mut Rates) -> Result<String>,
{
    let interrupt = stop;
    let mut screen = Screen::stdout();
    let mut rates = Rates::default();
    loop {
        let body = tokio::select! {
            body = frame(&mut rates) => body?,
            () = interrupt.raised() => break,
        };
        screen.draw(out, &header(command, interval), &body)?;
        tokio::select! {
            () = tokio::time::sleep(interval) => {}
            () = interrupt.raised() => break,
        }
    }
    screen.finish(out)?;
    Err(interrupt.error())
}

/// `list-queues --watch`: the listing with `in_rate` and `out_rate` added: the broker's own
/// rates (`message_stats.publish_details.rate`, `deliver_get_details.rate`), which it works
/// out over its samples (every 5 s by default) — counters differenced between two frames
/// would read 0 until the broker's next sample and then jump, and the first frame would have
/// none. A table keeps its column widths from frame to frame: a column only ever widens.
pub async fn queues(
    options: &Options,
    interval: Duration,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    let mut columns = QUEUES.selected(&options.columns, options.all_vhosts)?;
    columns.push(QUEUES.column("publish_rate")?);
    columns.push(QUEUES.column("deliver_rate")?);
    let format = options.format();
    let mut widths = TableWidths::default();
    // A queue nothing ever went through has no message_stats: its rates are 0, not unknown —
    // unless the node keeps no statistics at all (then they are unknown, and said so).
    let statistics = !crate::listing::stats_disabled(cx.api()?).await;
    run("list-queues", interval, cx.stop(), out, async |_| {
        let snapshot = queues::snapshot(options, &columns, false, cx).await?;
        let mut listing = Listing::new(&[]);
        listing.columns = snapshot.columns;
        let shown = listing.columns.len() - 2;
        listing.columns.truncate(shown);
        listing
            .columns
            .extend(["in_rate".to_owned(), "out_rate".to_owned()]);
        listing.rows = snapshot.rows;
        if statistics {
            for row in &mut listing.rows {
                for cell in row.iter_mut().skip(shown) {
                    if *cell == Cell::Missing {
                        *cell = Cell::Float(0.0);
                    }
                }
            }
        }
        let mut body = Vec::new();
        match format {
            ListFormat::Table(layout) => {
                let mut rows = listing.rows;
                if let Some(sort) = &options.sort {
                    sort_rows(sort, &listing.columns, &mut rows)?;
                }
                let text = widths.render(&listing.columns, &rows, layout, Terminal::stdout());
                body.extend_from_slice(text.as_bytes());
            }
            _ => write_listing(&mut body, &listing, format, options.sort.as_ref())?,
        }
        Ok(String::from_utf8_lossy(&body).into_owned())
    })
    .await
}

/// A monotonic clock for rates, from the first call.
pub fn rates_clock() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_the_counter_differences_over_the_time_between_refreshes() {
        let mut rates = Rates::default();
        let t = Duration::from_secs;
        assert_eq!(
            rates.update("/", "q", t(0), Some(100), Some(40)),
            (None, None)
        );
        assert_eq!(
            rates.update("/", "q", t(5), Some(150), Some(90)),
            (Some(10.0), Some(10.0))
        );
        // Another vhost's queue of the same name is another queue.
        assert_eq!(rates.update("v", "q", t(5), Some(7), None), (None, None));
        assert_eq!(
            rates.update("/", "q", t(7), Some(150), Some(91)),
            (Some(0.0), Some(0.5))
        );
    }

    #[test]
    fn a_queue_without_traffic_has_zero_rates_and_a_recreated_one_none() {
        let mut rates = Rates::default();
        let t = Duration::from_secs;
        rates.update("/", "idle", t(0), None, None);
        assert_eq!(
            rates.update("/", "idle", t(2), None, None),
            (Some(0.0), Some(0.0))
        );
        rates.update("/", "q", t(0), Some(500), Some(500));
        assert_eq!(
            rates.update("/", "q", t(2), Some(3), Some(600)),
            (None, Some(50.0))
        );
    }

    #[test]
    fn queues_gone_are_forgotten() {
        let mut rates = Rates::default();
        let t = Duration::from_secs;
        rates.update("/", "a", t(0), Some(1), Some(1));
        rates.update("/", "b", t(0), Some(1), Some(1));
        rates.update("/", "a", t(1), Some(2), Some(2));
        rates.retain_seen(t(1));
        assert_eq!(rates.update("/", "b", t(2), Some(9), Some(9)), (None, None));
    }

    #[test]
    fn rate_fields_follow_the_shown_columns() {
        let mut rates = Rates::default();
        let row = |published| {
            vec![
                Cell::Int(3),
                Cell::text("q"),
                Cell::Missing,
                Cell::Int(published),
                Cell::Missing,
            ]
        };
        assert_eq!(crate::listing::queues::RATE_FIELDS.len(), 4);
        row_rates(&mut rates, &row(10), 1, "/", Duration::from_secs(0));
        assert_eq!(
            row_rates(&mut rates, &row(30), 1, "/", Duration::from_secs(4)),
            (Some(5.0), Some(0.0))
        );
    }
}
