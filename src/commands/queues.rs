//! `list-queues`: its options, turned once into plain [`listing::Options`]; the listing itself
//! (rows from the management API, counts made current over AMQP) is `listing::queues`, and
//! `--watch` is `listing::watch`.

use std::io::Write;
use std::time::Duration;

use clap::Args;

use crate::commands::list::ListArgs;
use crate::context::Context;
use crate::error::Result;
use crate::listing;
use crate::values::parse_watch;

#[derive(Debug, Args)]
pub struct QueuesArgs {
    #[command(flatten)]
    pub list: ListArgs,
    /// Redraw every INTERVAL (default and least 5s, the management API's sampling of its rates; at most 24h) on a terminal, with in/s and out/s rates per queue
    #[arg(long, value_name = "INTERVAL", num_args = 0..=1, default_missing_value = "5s",
          value_parser = parse_watch)]
    pub watch: Option<Duration>,
}

pub async fn run(args: &QueuesArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let options = args.list.options();
    match args.watch {
        Some(interval) => listing::watch::queues(&options, interval, cx, out).await,
        None => listing::queues::list(&options, cx, out).await,
    }
}
