//! `declare-exchange` and `declare-queue` (with `--bind`), over AMQP.

use std::io::Write;
use std::time::Duration;

use clap::Args;
use clap::builder::{PossibleValue, TypedValueParser};
use lapin::ExchangeKind;
use lapin::options::{ExchangeDeclareOptions, QueueBindOptions, QueueDeclareOptions};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};

use crate::amqp::{Session, amqp_error};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::values::{
    BindSpec, TypedArg, field_table, parse_bind, parse_max_age, parse_message_ttl, parse_typed_arg,
    short,
};

#[derive(Debug, Args)]
pub struct ExchangeArgs {
    /// Exchange name
    pub name: String,
    /// Exchange type: direct, fanout, topic, headers, or a plugin's type
    #[arg(long = "type", default_value = "direct", value_parser = OpenChoice(&["direct", "fanout", "topic", "headers"]))]
    pub kind: String,
    /// Not durable: gone when the broker restarts
    #[arg(long)]
    pub transient: bool,
    /// Deleted when its last binding is removed
    #[arg(long)]
    pub auto_delete: bool,
    /// Only other exchanges may publish to it
    #[arg(long)]
    pub internal: bool,
    /// Extra argument, typed: integers and true/false stay so, "quoted" stays a string
    #[arg(long = "arg", value_name = "KEY=VALUE", value_parser = parse_typed_arg)]
    pub args: Vec<TypedArg>,
}

#[derive(Debug, Args)]
pub struct QueueArgs {
    /// Queue name ("" lets the broker choose one, printed on success)
    pub name: String,
    /// Bind the queue to EXCHANGE with ROUTING_KEY (the part after the first ':', may be empty)
    #[arg(long, value_name = "EXCHANGE:ROUTING_KEY", value_parser = parse_bind)]
    pub bind: Vec<BindSpec>,
    /// Queue type (sent as x-queue-type; the broker's default, classic, when absent)
    #[arg(long = "type", value_parser = ["classic", "quorum", "stream"])]
    pub kind: Option<String>,
    /// Not durable: gone when the broker restarts
    #[arg(long)]
    pub transient: bool,
    /// Deleted when its last consumer goes away
    #[arg(long)]
    pub auto_delete: bool,
    /// At most N messages (x-max-length) [range: 0 to 2^63-1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(0..=i64::MAX as u64))]
    pub max_length: Option<u64>,
    /// Messages expire after DURATION (x-message-ttl) [range: 0 to 4294967295ms, about 49d]
    #[arg(long, value_name = "DURATION", value_parser = parse_message_ttl)]
    pub message_ttl: Option<Duration>,
    /// Dead-letter exchange for expired and rejected messages (x-dead-letter-exchange)
    #[arg(long, value_name = "NAME")]
    pub dead_letter_exchange: Option<String>,
    /// Routing key for dead-lettered messages [default: their own] (x-dead-letter-routing-key)
    #[arg(long, value_name = "KEY")]
    pub dead_letter_routing_key: Option<String>,
    /// At most BYTES of message bodies (x-max-length-bytes; streams: total size kept) [range: 0
    /// to 2^63-1]
    #[arg(long, value_name = "BYTES", value_parser = clap::value_parser!(u64).range(0..=i64::MAX as u64))]
    pub max_length_bytes: Option<u64>,
    /// What a full queue does: drop-head (the oldest), reject-publish (nack new messages) or
    /// reject-publish-dlx (x-overflow; streams do not take it)
    #[arg(long, value_name = "BEHAVIOUR", value_parser = ["drop-head", "reject-publish", "reject-publish-dlx"])]
    pub overflow: Option<String>,
    /// Quorum queues: dead-letter (or drop) a message after N failed deliveries (x-delivery-limit)
    /// [range: 0 to 4294967295]
    #[arg(long, value_name = "N")]
    pub delivery_limit: Option<u32>,
    /// Streams: discard segments older than DURATION (x-max-age, e.g. 7d) [range: 1s to 100y]
    #[arg(long, value_name = "DURATION", value_parser = parse_max_age)]
    pub max_age: Option<Duration>,
    /// Extra argument, typed: integers and true/false stay so, "quoted" stays a string
    #[arg(long = "arg", value_name = "KEY=VALUE", value_parser = parse_typed_arg)]
    pub args: Vec<TypedArg>,
}

/// Accepts any value but offers `choices` to completions and `--help`, for exchange types
/// that plugins may add.
#[derive(Clone)]
pub struct OpenChoice(pub &'static [&'static str]);

impl TypedValueParser for OpenChoice {
    type Value = String;

    fn parse_ref(
        &self,
        _cmd: &clap::Command,
        _arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> std::result::Result<String, clap::Error> {
        value
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidUtf8))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().map(|v| PossibleValue::new(*v))))
    }
}

pub async fn exchange(args: &ExchangeArgs, cx: &Context) -> Result<()> {
    if args.name.is_empty() {
        return Err(Error::usage(
            "the exchange name must not be empty (\"\" is the default exchange, which always exists)",
        ));
    }
    let name = short(&args.name, "exchange name")?;
    let kind = match args.kind.as_str() {
        "direct" => ExchangeKind::Direct,
        "fanout" => ExchangeKind::Fanout,
        "topic" => ExchangeKind::Topic,
        "headers" => ExchangeKind::Headers,
        other => ExchangeKind::Custom(other.to_owned()),
    };
    let options = ExchangeDeclareOptions {
        durable: !args.transient,
        auto_delete: args.auto_delete,
        internal: args.internal,
        ..ExchangeDeclareOptions::default()
    };
    let session = cx.session().await?;
    let channel = session.channel().await?;
    channel
        .exchange_declare(name, kind, options, field_table(&args.args))
        .await
        .map_err(|e| declare_error(e, "exchange", &args.name))
}

pub async fn queue(args: &QueueArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let name = short(&args.name, "queue name")?;
    let arguments = queue_arguments(args)?;
    if args.bind.iter().any(|b| b.exchange.is_empty()) {
        return Err(Error::usage(
            "--bind needs an exchange name: every queue is already bound to the default exchange \
             (\"\") with its own name as the key",
        ));
    }
    let options = QueueDeclareOptions {
        durable: !args.transient,
        auto_delete: args.auto_delete,
        ..QueueDeclareOptions::default()
    };
    let session = cx.session().await?;
    check_exchanges(session, args).await?;
    let channel = session.channel().await?;
    let queue = channel
        .queue_declare(name, options, arguments)
        .await
        .map_err(|e| declare_error(e, "queue", &args.name))?;
    for bind in &args.bind {
        channel
            .queue_bind(
                queue.name().clone(),
                short(&bind.exchange, "exchange name")?,
                short(&bind.routing_key, "routing key")?,
                QueueBindOptions::default(),
                FieldTable::default(),
            )
            .await
            .map_err(|e| {
                amqp_error(
                    e,
                    &format!(
                        "cannot bind queue '{}' to exchange '{}' with key '{}'",
                        queue.name(),
                        bind.exchange,
                        bind.routing_key
                    ),
                )
            })?;
    }
    writeln!(out, "{}\t{}", queue.name(), queue.message_count()).map_err(Error::output)?;
    Ok(())
}

/// Every exchange to bind to must exist before the queue is declared: a typo in `--bind`
/// then fails (66) with nothing created.
async fn check_exchanges(session: &Session, args: &QueueArgs) -> Result<()> {
    if args.bind.is_empty() {
        return Ok(());
    }
    let channel = session.channel().await?;
    let passive = ExchangeDeclareOptions {
        passive: true,
        ..ExchangeDeclareOptions::default()
    };
    for bind in &args.bind {
        channel
            .exchange_declare(
                short(&bind.exchange, "exchange name")?,
                ExchangeKind::Direct,
                passive,
                FieldTable::default(),
            )
            .await
            .map_err(|e| {
                amqp_error(
                    e,
                    &format!(
                        "cannot bind queue '{}' to exchange '{}'",
                        args.name, bind.exchange
                    ),
                )
            })?;
    }
    Ok(())
}

fn declare_error(err: lapin::Error, what: &str, name: &str) -> Error {
    amqp_error(err, &format!("cannot declare {what} '{name}'"))
}

fn queue_arguments(args: &QueueArgs) -> Result<FieldTable> {
    let mut table = field_table(&args.args);
    let mut set = |key: &str, value: AMQPValue| {
        table.insert(ShortString::from(key), value);
    };
    if let Some(kind) = &args.kind {
        set(
            "x-queue-type",
            AMQPValue::LongString(LongString::from(kind.as_bytes())),
        );
    }
    if let Some(max) = args.max_length {
        let max = i64::try_from(max).map_err(|_| Error::usage("--max-length is too large"))?;
        set("x-max-length", AMQPValue::LongLongInt(max));
    }
    if let Some(ttl) = args.message_ttl {
        let millis = i64::try_from(ttl.as_millis())
            .map_err(|_| Error::usage("--message-ttl is too large"))?;
        set("x-message-ttl", AMQPValue::LongLongInt(millis));
    }
    let text = |value: &str| AMQPValue::LongString(LongString::from(value.as_bytes()));
    if let Some(dlx) = &args.dead_letter_exchange {
        short(dlx, "dead-letter exchange")?;
        set("x-dead-letter-exchange", text(dlx));
    }
    if let Some(key) = &args.dead_letter_routing_key {
        short(key, "dead-letter routing key")?;
        set("x-dead-letter-routing-key", text(key));
    }
    if let Some(bytes) = args.max_length_bytes {
        let bytes =
            i64::try_from(bytes).map_err(|_| Error::usage("--max-length-bytes is too large"))?;
        set("x-max-length-bytes", AMQPValue::LongLongInt(bytes));
    }
    if let Some(overflow) = &args.overflow {
        set("x-overflow", text(overflow));
    }
    if let Some(limit) = args.delivery_limit {
        set("x-delivery-limit", AMQPValue::LongLongInt(i64::from(limit)));
    }
    if let Some(age) = args.max_age {
        // The broker reads units Y M D h m s; seconds say any duration exactly enough.
        let seconds = age.as_secs().max(1);
        set("x-max-age", text(&format!("{seconds}s")));
    }
    Ok(table)
}
