//! One module per command family. Each command takes its parsed arguments, a [`Context`] and an
//! output writer, gathers what it needs from the broker, and hands the result to `output`.

pub mod admin;
pub mod bench;
pub mod bind;
pub mod completions;
pub mod config;
pub mod consume;
pub mod declare;
pub mod definitions;
pub mod delete;
mod formats;
pub mod get;
pub mod list;
pub mod move_;
pub mod produce;
pub mod queues;
pub mod reset;
pub mod rpc;
pub mod tap;
pub mod topology;

use std::io::{BufWriter, Write};
use std::time::Duration;

use clap::Args;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::diag::Diag;
use crate::error::{Error, Result};
use crate::settings;
use crate::values::parse_reconnect_for;

/// `--reconnect-for`, shared by the commands that survive a lost connection.
#[derive(Debug, Args, Clone)]
pub struct ReconnectArgs {
    /// After a lost connection, try to reconnect (to any --url, pausing 0.1s, doubling up to
    /// 2s) for this long, then give up with exit 69; 0: give up at once. What was not confirmed
    /// (produce) or acked (consume) is done again: at least once [range: 0 to 7d]
    #[arg(long, value_name = "DURATION", default_value = "60s", value_parser = parse_reconnect_for)]
    pub reconnect_for: Duration,
}

/// Runs the parsed command line: settings resolved once, one context, the command, then the
/// shared connection closed and the output flushed.
pub async fn run(cli: Cli, name: &str, diag: &Diag) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = match cli.command {
        // Needs no settings: a malformed config file must not break a shell's start-up.
        Command::Completions(args) => completions::run(&args, &mut out),
        command => {
            let resolved = settings::resolve(
                &cli.global.overrides(),
                &|name| std::env::var(name).ok(),
                settings::default_config_path(),
            );
            match resolved {
                Ok(settings) => {
                    // Security warnings are not silenced by --quiet.
                    for warning in &settings.warnings {
                        diag.warn(warning);
                    }
                    let cx = Context::new(settings, diag.clone(), name);
                    let result = dispatch(command, &cx, &mut out).await;
                    cx.close().await;
                    result
                }
                Err(err) => Err(err),
            }
        }
    };
    // Whatever the command printed reaches the reader, also when it failed half-way.
    let flushed = out.flush().map_err(Error::output);
    result.and(flushed)
}

async fn dispatch(command: Command, cx: &Context, out: &mut dyn Write) -> Result<()> {
    match command {
        Command::DeclareExchange(args) => declare::exchange(&args, cx).await,
        Command::DeclareQueue(args) => declare::queue(&args, cx, out).await,
        Command::Produce(args) => produce::run(&args, cx, out).await,
        Command::Consume(args) => consume::run(&args, cx, out).await,
        Command::Get(args) => get::run(&args, cx, out).await,
        Command::Tap(args) => tap::run(&args, cx, out).await,
        Command::Move(args) => move_::run(&args, cx).await,
        Command::Request(args) => rpc::request(&args, cx, out).await,
        Command::Reply(args) => rpc::reply(&args, cx).await,
        Command::Bind(args) => bind::bind(&args, cx).await,
        Command::Unbind(args) => bind::unbind(&args, cx).await,
        Command::DeleteExchange(args) => delete::delete_exchange(&args, cx).await,
        Command::DeleteQueue(args) => delete::delete_queue(&args, cx, out).await,
        Command::Purge(args) => delete::purge(&args, cx, out).await,
        Command::ListExchanges(args) => list::exchanges(&args, cx, out).await,
        Command::ListQueues(args) => queues::run(&args, cx, out).await,
        Command::ListBindings(args) => list::bindings(&args, cx, out).await,
        Command::ListConnections(args) => list::connections(&args, cx, out).await,
        Command::ListChannels(args) => list::channels(&args, cx, out).await,
        Command::ListConsumers(args) => list::consumers(&args, cx, out).await,
        Command::ListVhosts(args) => list::vhosts(&args, cx, out).await,
        Command::Overview(args) => list::overview(&args, cx, out).await,
        Command::ExportDefinitions(args) => definitions::export(&args, cx, out).await,
        Command::ImportDefinitions(args) => definitions::import(&args, cx, out).await,
        Command::Topology(args) => topology::run(&args, cx, out).await,
        Command::Reset(args) => reset::run(&args, cx, out).await,
        Command::Bench(args) => bench::run(&args, cx, out).await,
        Command::Completions(args) => completions::run(&args, out),
        Command::Config(args) => config::run(&args, cx, out).await,
        Command::Admin(command) => admin::run(command, cx, out).await,
    }
}
