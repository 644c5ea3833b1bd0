//! `--watch` for `list-queues` and `topology`: gather, draw, wait, again, until Ctrl-C (which
//! leaves the last frame on the screen and exits 130). Both show each queue's incoming and
//! outgoing rates as the broker works them out ([`BrokerRates`]), from the first frame on.

use std::io::Write;
use std::time::{Duration, SystemTime};

use crate::context::Context;
use crate::error::Result;
use crate::listing::columns::{Column, QUEUES};
use crate::listing::{Cell, Listing, Options, queues};
use crate::output::watch::Screen;
use crate::output::{ListFormat, TableWidths, Terminal, sort_rows, write_listing};

/// The broker's own rates of a queue (`message_stats.publish_details.rate`,
/// `deliver_get_details.rate`), which it works out over its samples (every 5 s by default):
/// counters differenced between two frames would read 0 until the broker's next sample and
/// then jump, and the first frame would have none.
#[derive(Debug, Clone, Copy)]
pub struct BrokerRates {
    /// The node keeps statistics: a queue nothing went through has none, and its rates are 0.
    statistics: bool,
}

impl BrokerRates {
    pub async fn new(cx: &Context) -> Result<BrokerRates> {
        Ok(BrokerRates {
            statistics: !crate::listing::stats_disabled(cx.api()?).await,
        })
    }

    /// The columns a snapshot asks for: in, then out.
    pub fn columns() -> Result<[&'static Column; 2]> {
        Ok([
            QUEUES.column("publish_rate")?,
            QUEUES.column("deliver_rate")?,
        ])
    }

    /// The rate cells of a row: 0 for a queue nothing went through (it has no message_stats),
    /// unless the node keeps no statistics at all (then they are unknown, and said so).
    pub fn fill(&self, cells: &mut [Cell]) {
        if self.statistics {
            for cell in cells {
                if *cell == Cell::Missing {
                    *cell = Cell::Float(0.0);
                }
            }
        }
    }
}

fn header(command: &str, interval: Duration) -> String {
    format!(
        "Every {}: mq {command}    {}    (Ctrl-C to stop)",
        humantime::format_duration(interval),
        humantime::format_rfc3339_seconds(SystemTime::now())
    )
}

/// Redraws until Ctrl-C; `frame` gathers and renders one frame.
pub async fn run<F>(
    command: &str,
    interval: Duration,
    cx: &Context,
    out: &mut dyn Write,
    mut frame: F,
) -> Result<()>
where
    F: AsyncFnMut() -> Result<String>,
{
    let interrupt = cx.stop();
    let mut screen = Screen::stdout();
    loop {
        let body = tokio::select! {
            body = frame() => body?,
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

/// `list-queues --watch`: the listing with `in_rate` and `out_rate` added, the broker's own
/// rates ([`BrokerRates`]). A table keeps its column widths from frame to frame: a column only
/// ever widens.
pub async fn queues(
    options: &Options,
    interval: Duration,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    let mut columns = QUEUES.selected(&options.columns, options.all_vhosts)?;
    columns.extend(BrokerRates::columns()?);
    let format = options.format();
    let mut widths = TableWidths::default();
    let rates = BrokerRates::new(cx).await?;
    run("list-queues", interval, cx, out, async || {
        let snapshot = queues::snapshot(options, &columns, cx).await?;
        let mut listing = Listing::new(&[]);
        listing.columns = snapshot.columns;
        let shown = listing.columns.len() - 2;
        listing.columns.truncate(shown);
        listing
            .columns
            .extend(["in_rate".to_owned(), "out_rate".to_owned()]);
        listing.rows = snapshot.rows;
        for row in &mut listing.rows {
            rates.fill(&mut row[shown..]);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_idle_queue_has_rates_of_0_where_the_node_keeps_statistics_and_none_elsewhere() {
        let mut cells = [Cell::Missing, Cell::Float(2.5)];
        BrokerRates { statistics: true }.fill(&mut cells);
        assert_eq!(cells, [Cell::Float(0.0), Cell::Float(2.5)]);
        let mut cells = [Cell::Missing, Cell::Missing];
        BrokerRates { statistics: false }.fill(&mut cells);
        assert_eq!(cells, [Cell::Missing, Cell::Missing]);
    }
}
