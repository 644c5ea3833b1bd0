//! `bind` and `unbind`: bindings from an exchange to a queue, or to another exchange, with a
//! routing key or (headers exchanges) header values to match.

use clap::{Args, ValueEnum};
use lapin::options::{ExchangeBindOptions, ExchangeUnbindOptions, QueueBindOptions};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};
use serde::Deserialize;

use crate::amqp::amqp_error;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::values::{TypedArg, field_table, parse_typed_arg, short};

#[derive(Debug, Args)]
pub struct BindArgs {
    /// The exchange messages come from
    pub source: String,
    /// The queue they go to (an exchange with --to-exchange)
    pub destination: String,
    /// Routing key (direct and topic exchanges; a pattern such as 'logs.*' for topic)
    #[arg(long, value_name = "KEY", default_value = "")]
    pub routing_key: String,
    /// DESTINATION is an exchange (exchange-to-exchange binding)
    #[arg(long)]
    pub to_exchange: bool,
    /// Headers exchanges: a header value to match, typed like --arg (repeatable)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_typed_arg)]
    pub headers: Vec<TypedArg>,
    /// Headers exchanges: match all the --header values, or any one of them (x-match)
    #[arg(long = "match", value_enum, value_name = "all|any")]
    pub match_: Option<Match>,
    /// Extra binding argument, typed: integers and true/false stay so, "quoted" stays a string
    #[arg(long = "arg", value_name = "KEY=VALUE", value_parser = parse_typed_arg)]
    pub args: Vec<TypedArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Match {
    /// Every header must match
    All,
    /// One matching header is enough
    Any,
}

/// A headers binding's arguments: the header values to match and `x-match` (shared with `tap`).
pub(crate) fn header_arguments(headers: &[TypedArg], mode: Option<Match>) -> FieldTable {
    let mut table = field_table(headers);
    if let Some(mode) = mode {
        let mode = match mode {
            Match::All => "all",
            Match::Any => "any",
        };
        table.insert(
            ShortString::from("x-match"),
            AMQPValue::LongString(LongString::from(mode)),
        );
    }
    table
}

impl BindArgs {
    /// The binding's arguments: the headers to match, `x-match`, then `--arg`s.
    fn arguments(&self) -> FieldTable {
        let mut table = header_arguments(&self.headers, self.match_);
        for (key, value) in field_table(&self.args).inner() {
            table.insert(key.clone(), value.clone());
        }
        table
    }

    fn describe(&self) -> String {
        format!(
            "exchange '{}' to {} '{}' with key '{}'",
            self.source,
            if self.to_exchange {
                "exchange"
            } else {
                "queue"
            },
            self.destination,
            self.routing_key
        )
    }
}

pub async fn bind(args: &BindArgs, cx: &Context) -> Result<()> {
    run(args, cx, true).await
}

pub async fn unbind(args: &BindArgs, cx: &Context) -> Result<()> {
    check_binding_exists(args, cx).await?;
    run(args, cx, false).await
}

/// One binding between a source and a destination, as the management API lists it.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct BindingRow {
    routing_key: String,
    arguments: serde_json::Map<String, serde_json::Value>,
}

/// The broker's unbind succeeds whether or not the binding exists; as every other deletion,
/// `unbind` of a binding that is not there is "not found" (66). The management API lists the
/// bindings of that source and destination: one with the routing key (and, when no --header or
/// --arg is given, no arguments) must be among them. Names the API cannot address (`""`, `.`,
/// `..`) and an API that cannot be asked leave the check to the broker (a note says so).
async fn check_binding_exists(args: &BindArgs, cx: &Context) -> Result<()> {
    let vhost = &cx.settings.vhost;
    let kind = if args.to_exchange { "e" } else { "q" };
    let path = [
        "bindings",
        vhost,
        "e",
        &args.source,
        kind,
        &args.destination,
    ];
    let rows = match cx.api() {
        Ok(api) => api.get::<Vec<BindingRow>>(&path, &[]).await,
        Err(err) => Err(err),
    };
    let rows = match rows {
        Ok(rows) => rows,
        Err(err) if err.kind() == ErrorKind::NotFound => {
            return Err(Error::not_found(format!(
                "cannot unbind {}: the exchange or the destination does not exist",
                args.describe()
            )));
        }
        Err(err) => {
            cx.diag.note(format_args!(
                "cannot check that the binding exists ({err}); unbinding all the same"
            ));
            return Ok(());
        }
    };
    let plain = args.headers.is_empty() && args.args.is_empty() && args.match_.is_none();
    let found = rows
        .iter()
        .any(|row| row.routing_key == args.routing_key && (!plain || row.arguments.is_empty()));
    if found {
        Ok(())
    } else {
        Err(Error::not_found(format!(
            "cannot unbind {}: no such binding",
            args.describe()
        ))
        .with_hint("mq list-bindings shows the vhost's bindings"))
    }
}

async fn run(args: &BindArgs, cx: &Context, bind: bool) -> Result<()> {
    let source = short(&args.source, "exchange name")?;
    let destination = short(&args.destination, "destination name")?;
    let key = short(&args.routing_key, "routing key")?;
    let arguments = args.arguments();
    let session = cx.session().await?;
    let channel = session.channel().await?;
    let outcome = match (bind, args.to_exchange) {
        (true, false) => {
            channel
                .queue_bind(
                    destination,
                    source,
                    key,
                    QueueBindOptions::default(),
                    arguments,
                )
                .await
        }
        (false, false) => {
            channel
                .queue_unbind(destination, source, key, arguments)
                .await
        }
        (true, true) => {
            channel
                .exchange_bind(
                    destination,
                    source,
                    key,
                    ExchangeBindOptions::default(),
                    arguments,
                )
                .await
        }
        (false, true) => {
            channel
                .exchange_unbind(
                    destination,
                    source,
                    key,
                    ExchangeUnbindOptions::default(),
                    arguments,
                )
                .await
        }
    };
    let verb = if bind { "bind" } else { "unbind" };
    outcome.map_err(|e| amqp_error(e, &format!("cannot {verb} {}", args.describe())))
}
