//! One module per command family. Each command takes its parsed arguments, a [`Context`] and an
//! output writer, gathers what it needs from the broker, and hands the result to `output`.

pub mod bench;
pub mod bind;
pub mod completions;
pub mod consume;
pub mod declare;
pub mod definitions;
pub mod delete;
pub mod fields;
pub mod get;
pub mod list;
pub mod produce;
pub mod queues;
pub mod reset;
pub mod topology;
pub mod watch;

use std::io::{BufWriter, Write};

use crate::amqp::{self, Session};
use crate::api::Api;
use crate::cli::{Cli, Command};
use crate::config::{self, Settings};
use crate::error::Result;

/// What every command may need: the resolved settings, and ways to reach the broker.
pub struct Context {
    pub settings: Settings,
    /// The vhost was chosen on purpose (`--vhost` or `MQ_VHOST`), not taken from the URL or
    /// the default: whole-broker commands (`export-definitions`) then keep to it.
    pub vhost_given: bool,
}

impl Context {
    pub async fn connect(&self) -> Result<Session> {
        amqp::connect(&self.settings).await
    }

    pub fn api(&self) -> Result<Api> {
        Api::new(&self.settings)
    }
}

pub async fn run(cli: Cli) -> Result<()> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = match cli.command {
        // Needs no settings: a malformed config file must not break a shell's start-up.
        Command::Completions(args) => completions::run(&args, &mut out),
        command => match config::resolve(
            &cli.global,
            &|name| std::env::var(name).ok(),
            config::default_config_path(),
        ) {
            Ok(settings) => {
                // Security warnings are not silenced by --quiet.
                for warning in &settings.warnings {
                    crate::error::say(warning);
                }
                let vhost_given = cli.global.vhost.is_some()
                    || std::env::var("MQ_VHOST").is_ok_and(|v| !v.is_empty());
                let context = Context {
                    settings,
                    vhost_given,
                };
                dispatch(command, &context, &mut out).await
            }
            Err(err) => Err(err),
        },
    };
    // Whatever the command printed reaches the reader, also when it failed half-way.
    let flushed = out.flush().map_err(crate::error::Error::output);
    result.and(flushed)
}

async fn dispatch(command: Command, cx: &Context, out: &mut dyn Write) -> Result<()> {
    match command {
        Command::DeclareExchange(args) => declare::exchange(&args, cx).await,
        Command::DeclareQueue(args) => declare::queue(&args, cx, out).await,
        Command::Produce(args) => produce::run(&args, cx, out).await,
        Command::Consume(args) => consume::run(&args, cx, out).await,
        Command::Get(args) => get::run(&args, cx, out).await,
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
    }
}
