//! `tap`: shows the messages passing through one or more exchanges without taking any from
//! their queues: one server-named, exclusive, auto-delete queue of its own, bound to each
//! exchange, consumed without acknowledgements and printed as `consume` prints. The broker
//! removes that queue when the connection closes, however `mq` ends (SIGKILL included).
//! `--trace` taps the firehose instead ([`trace`]).

mod trace;

use std::io::Write;
use std::time::Duration;

use clap::Args;
use futures_util::StreamExt;
use lapin::options::{BasicConsumeOptions, QueueBindOptions, QueueDeclareOptions};
use lapin::types::{FieldTable, ShortString};

use crate::amqp::amqp_error;
use crate::commands::bind::{Match, header_arguments};
use crate::context::Context;
use crate::envelope::MessageView;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::filter::Filter;
use crate::output::message::{MessageFormat, MessageWriter};
use crate::values::{TypedArg, parse_interval, parse_typed_arg, short};

#[derive(Debug, Args)]
pub struct TapArgs {
    /// Exchanges to tap, each with the binding key to tap it with after a ':' [default key: '#'
    /// on a topic exchange, '' otherwise (a direct exchange routes by exact key: give the keys
    /// to see, repeating the exchange for each)]
    #[arg(value_name = "EXCHANGE[:BINDING_KEY]", required_unless_present = "trace", value_parser = parse_target)]
    pub exchanges: Vec<Target>,
    /// Show publishes and deliveries (with their exchange, routing keys and queue) from the
    /// firehose (amq.rabbitmq.trace), of the named exchanges only if any are named. Turns
    /// tracing on for the vhost (management API, administrator tag) while it runs and back off
    /// when it ends, if it was off; after a SIGKILL, 'rabbitmqctl trace_off -p VHOST' turns it off
    #[arg(long, conflicts_with_all = ["headers", "match_", "template", "filter"])]
    pub trace: bool,
    /// Headers exchanges: a header value to match, typed like bind's --header (repeatable)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_typed_arg)]
    pub headers: Vec<TypedArg>,
    /// Headers exchanges: match all the --header values, or any one of them (x-match)
    #[arg(long = "match", value_enum, value_name = "all|any")]
    pub match_: Option<Match>,
    /// Stop after N messages [range: 1 to 2^64-1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Stop when no message has come for DURATION [range: 0 to 24h]
    #[arg(long, value_name = "DURATION", value_parser = parse_interval)]
    pub idle_timeout: Option<Duration>,
    /// Output: text (the body) or json (one object a line, with the exchange it passed through)
    #[arg(long, value_enum, default_value_t = MessageFormat::Text)]
    pub format: MessageFormat,
    /// Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}
    #[arg(long, value_name = "TEMPLATE", conflicts_with = "format")]
    pub template: Option<String>,
    #[arg(long, value_name = "EXPR", help = concat!(
        "Print only the messages that match (the others are skipped; --count counts those \
         printed): ",
        crate::filter::fields_help!()
    ))]
    pub filter: Option<String>,
}

/// One exchange to tap, and the key given for it (if any).
#[derive(Debug, Clone)]
pub struct Target {
    pub exchange: String,
    pub key: Option<String>,
}

/// `EXCHANGE[:BINDING_KEY]`, split at the first ':' (so an exchange whose name has a ':'
/// cannot be tapped; such names are rare).
fn parse_target(input: &str) -> std::result::Result<Target, String> {
    let (exchange, key) = match input.split_once(':') {
        Some((exchange, key)) => (exchange, Some(key.to_owned())),
        None => (input, None),
    };
    if exchange.is_empty() {
        return Err("the default exchange cannot be tapped (nothing can be bound to it)".into());
    }
    Ok(Target {
        exchange: exchange.to_owned(),
        key,
    })
}

/// One binding of the tap's queue.
struct Binding {
    exchange: ShortString,
    key: ShortString,
    /// As the user wrote it, for messages.
    name: String,
}

pub async fn run(args: &TapArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    if args.trace {
        return trace::run(args, cx, out).await;
    }
    let writer = MessageWriter::new(args.format, args.template.as_deref())?;
    let filter = args.filter.as_deref().map(Filter::compile).transpose()?;
    // Registered before connecting, so that a Ctrl-C while connecting is not missed.
    cx.stop();
    let mut bindings = Vec::new();
    for target in &args.exchanges {
        let exchange = short(&target.exchange, "exchange name")?;
        let keys = match &target.key {
            Some(key) => vec![key.clone()],
            None => default_keys(cx, &target.exchange).await?,
        };
        for key in keys {
            bindings.push(Binding {
                exchange: exchange.clone(),
                key: short(&key, "routing key")?,
                name: target.exchange.clone(),
            });
        }
    }
    let arguments = header_arguments(&args.headers, args.match_);
    let show = |out: &mut dyn Write, delivery: &lapin::message::Delivery| {
        let view = MessageView::from(delivery);
        if filter.as_ref().is_some_and(|f| !f.matches(&view)) {
            return Ok(false);
        }
        writer.write(out, &view).map(|()| true)
    };
    let tapped = tap(cx, &bindings, arguments, args, out, show).await;
    if let Some(filter) = &filter {
        filter.report(&cx.diag);
    }
    tapped
}

/// Binds a queue of its own as `bindings` say and shows what comes (`show` says whether it
/// showed a message: only those count for --count), until --count, --idle-timeout or a signal.
async fn tap(
    cx: &Context,
    bindings: &[Binding],
    arguments: FieldTable,
    args: &TapArgs,
    out: &mut dyn Write,
    mut show: impl FnMut(&mut dyn Write, &lapin::message::Delivery) -> Result<bool>,
) -> Result<()> {
    let stop = cx.stop().clone();
    let session = cx.session().await?;
    let channel = session.channel().await?;
    // Named by the broker, gone with the connection: nothing is left behind on any exit.
    let options = QueueDeclareOptions {
        exclusive: true,
        auto_delete: true,
        ..QueueDeclareOptions::default()
    };
    let queue = channel
        .queue_declare("".into(), options, FieldTable::default())
        .await
        .map_err(|e| session.error(e, "cannot declare the tap's queue"))?;
    let queue = queue.name().clone();
    for binding in bindings {
        channel
            .queue_bind(
                queue.clone(),
                binding.exchange.clone(),
                binding.key.clone(),
                QueueBindOptions::default(),
                arguments.clone(),
            )
            .await
            .map_err(|e| {
                missing_exchange(
                    amqp_error(e, &format!("cannot tap exchange '{}'", binding.name)),
                    &binding.name,
                    &cx.settings.vhost,
                )
            })?;
        cx.diag.verbose(format_args!(
            "tapping exchange '{}' with key '{}' into queue '{queue}'",
            binding.name, binding.key
        ));
    }
    let options = BasicConsumeOptions {
        no_ack: true,
        exclusive: true,
        ..BasicConsumeOptions::default()
    };
    let mut consumer = channel
        .basic_consume(queue.clone(), "".into(), options, FieldTable::default())
        .await
        .map_err(|e| session.error(e, "cannot consume from the tap's queue"))?;

    let limit = args.count.unwrap_or(u64::MAX);
    let mut seen = 0u64;
    while seen < limit {
        let next = tokio::select! {
            next = next_within(&mut consumer, args.idle_timeout) => next,
            _ = stop.raised() => break,
        };
        let Some(next) = next else {
            break; // --idle-timeout
        };
        let delivery = match next {
            Some(delivery) => delivery.map_err(|e| session.error(e, "tapping failed"))?,
            None if !session.is_connected() => {
                return Err(Error::connection_lost(format!(
                    "tapping failed: the connection to {} was lost",
                    session.endpoint
                ))
                .with_hint(
                    "the tap's queue went with it: messages published since were not seen",
                ));
            }
            None => {
                return Err(Error::not_found(format!(
                    "the broker cancelled the tap's consumer: queue '{queue}' was deleted"
                )));
            }
        };
        if show(out, &delivery)? {
            seen += 1;
            out.flush().map_err(Error::output)?;
        }
    }
    if stop.is_raised() {
        return Err(stop.error());
    }
    Ok(())
}

/// The next delivery; None once `idle` has passed without one.
async fn next_within(
    consumer: &mut lapin::Consumer,
    idle: Option<Duration>,
) -> Option<Option<lapin::Result<lapin::message::Delivery>>> {
    match idle {
        Some(idle) => tokio::time::timeout(idle, consumer.next()).await.ok(),
        None => Some(consumer.next().await),
    }
}

/// The key that sees every message of `exchange`, by its type as the management API says: `#`
/// on a topic exchange, "" otherwise (fanout and headers exchanges ignore it). When the API
/// cannot say, both: a queue gets one copy of a message however many of its bindings match.
async fn default_keys(cx: &Context, exchange: &str) -> Result<Vec<String>> {
    #[derive(serde::Deserialize)]
    struct Kind {
        #[serde(rename = "type", default)]
        kind: String,
    }
    let vhost = &cx.settings.vhost;
    let answer: Result<Kind> = match cx.api() {
        Ok(api) => {
            api.get(&["exchanges", vhost, exchange], &[("columns", "type")])
                .await
        }
        Err(err) => Err(err),
    };
    match answer {
        Ok(Kind { kind }) if kind == "topic" => Ok(vec!["#".into()]),
        Ok(Kind { kind }) => {
            if kind == "direct" {
                cx.diag.note(format_args!(
                    "exchange '{exchange}' is direct: without a key the tap sees only messages \
                     with the empty routing key (tap '{exchange}:KEY' for each key to see)"
                ));
            }
            Ok(vec![String::new()])
        }
        Err(err) if err.kind() == ErrorKind::NotFound => {
            Err(missing_exchange(err, exchange, vhost))
        }
        Err(err) => {
            cx.diag.note(format_args!(
                "cannot ask the management API the type of exchange '{exchange}' ({err}); \
                 binding with keys '#' and ''"
            ));
            Ok(vec!["#".into(), String::new()])
        }
    }
}

/// A not-found error said as what it means here: the exchange is not there (66).
fn missing_exchange(err: Error, exchange: &str, vhost: &str) -> Error {
    if err.kind() == ErrorKind::NotFound {
        err.with_message(format!(
            "exchange '{exchange}' does not exist in vhost '{vhost}'"
        ))
        .with_hint("mq list-exchanges shows the vhost's exchanges")
    } else {
        err
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_split_at_the_first_colon() {
        let t = parse_target("logs:app.*").unwrap();
        assert_eq!(
            (t.exchange.as_str(), t.key.as_deref()),
            ("logs", Some("app.*"))
        );
        let t = parse_target("logs").unwrap();
        assert_eq!(t.key, None);
        let t = parse_target("orders:").unwrap();
        assert_eq!(t.key.as_deref(), Some(""));
        assert!(parse_target(":key").is_err());
        assert!(parse_target("").is_err());
    }
}
