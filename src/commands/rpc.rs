//! `request` and `reply`: RPC over direct reply-to (`amq.rabbitmq.reply-to`). `request`
//! publishes one message with a fresh correlation id and prints the reply that carries it, as
//! consume prints; `reply` (in `rpc/reply.rs`) answers each request of a queue.

use std::io::{Read, Write};
use std::time::Duration;

use clap::Args;
use futures_util::StreamExt;
use lapin::options::{BasicConsumeOptions, BasicPublishOptions, ConfirmSelectOptions};
use lapin::types::FieldTable;
use lapin::{BasicProperties, Confirmation};

use crate::context::Context;
use crate::envelope::MessageView;
use crate::error::{Error, Result};
use crate::output::message::{MessageFormat, MessageWriter};
use crate::values::{parse_timeout, short};

mod reply;

pub use reply::{ReplyArgs, run as reply};

/// The pseudo-queue of direct reply-to: consumed (no-ack) on the channel that publishes.
const REPLY_TO: &str = "amq.rabbitmq.reply-to";

#[derive(Debug, Args)]
pub struct RequestArgs {
    /// The request's body [default: standard input, read to its end]
    pub body: Option<String>,
    /// Exchange to publish the request to [default: the default exchange]
    #[arg(long, value_name = "EXCHANGE", default_value = "")]
    pub exchange: String,
    /// Routing key of the request (with the default exchange: the queue `mq reply` answers)
    #[arg(long, value_name = "KEY")]
    pub routing_key: String,
    /// How long to wait for the reply; none by then: exit 75 [range: 1ms to 24h]
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = parse_timeout)]
    pub reply_timeout: Duration,
    /// Output of the reply: text (the body) or json (one object with properties and headers)
    #[arg(long, value_enum, default_value_t = MessageFormat::Text)]
    pub format: MessageFormat,
    /// Format the reply: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}
    #[arg(long, value_name = "TEMPLATE", conflicts_with = "format")]
    pub template: Option<String>,
}

pub async fn request(args: &RequestArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let writer = MessageWriter::new(args.format, args.template.as_deref())?;
    let exchange = short(&args.exchange, "exchange name")?;
    let routing_key = short(&args.routing_key, "routing key")?;
    let body = match &args.body {
        Some(body) => body.clone().into_bytes(),
        None => {
            let mut body = Vec::new();
            std::io::stdin()
                .read_to_end(&mut body)
                .map_err(|e| Error::read("standard input", e))?;
            body
        }
    };
    let target = match args.exchange.as_str() {
        "" => "the default exchange".to_owned(),
        name => format!("exchange '{name}'"),
    };
    let deadline = tokio::time::Instant::now() + args.reply_timeout;
    let stop = cx.stop().clone();
    let session = cx.session().await?;
    let channel = session.channel().await?;
    channel
        .confirm_select(ConfirmSelectOptions::default())
        .await
        .map_err(|e| session.error(e, "cannot turn on publisher confirms"))?;
    // Consumed before publishing, on the same channel: that is what makes the broker route
    // the reply to this channel.
    let mut replies = channel
        .basic_consume(
            REPLY_TO.into(),
            "".into(),
            BasicConsumeOptions {
                no_ack: true,
                ..BasicConsumeOptions::default()
            },
            FieldTable::default(),
        )
        .await
        .map_err(|e| session.error(e, &format!("cannot consume from {REPLY_TO}")))?;
    let correlation_id = format!("{:032x}", rand::random::<u128>());
    let properties = BasicProperties::default()
        .with_reply_to(REPLY_TO.into())
        .with_correlation_id(correlation_id.as_str().into())
        // A request nobody took in time expires instead of being answered to nobody later.
        .with_expiration(args.reply_timeout.as_millis().max(1).to_string().into());
    let confirm = channel
        .basic_publish(
            exchange,
            routing_key,
            // Mandatory: a request no queue takes is said at once, not waited on.
            BasicPublishOptions {
                mandatory: true,
                ..BasicPublishOptions::default()
            },
            &body,
            properties,
        )
        .await
        .map_err(|e| session.error(e, &format!("cannot publish to {target}")))?;
    let timed_out = || {
        Error::timed_out(format!(
            "no reply within {} to the request sent to {target} with routing key '{}'",
            humantime::format_duration(args.reply_timeout),
            args.routing_key
        ))
    };
    let confirmed = tokio::select! {
        confirmed = tokio::time::timeout_at(deadline, confirm) => confirmed,
        _ = stop.raised() => return Err(stop.error()),
    };
    match confirmed {
        Err(_) => return Err(timed_out()),
        Ok(Err(e)) => return Err(session.error(e, &format!("cannot publish to {target}"))),
        Ok(Ok(Confirmation::Ack(Some(_)))) => {
            return Err(Error::partial(format!(
                "the request was unroutable: no queue is bound to {target} with routing key '{}'",
                args.routing_key
            ))
            .with_hint("is `mq reply` serving that queue? nothing was sent"));
        }
        Ok(Ok(Confirmation::Nack(_))) => {
            return Err(Error::partial(format!(
                "the broker could not take the request (nacked) sent to {target}"
            )));
        }
        Ok(Ok(_)) => {}
    }
    loop {
        let next = tokio::select! {
            next = tokio::time::timeout_at(deadline, replies.next()) => next,
            _ = stop.raised() => return Err(stop.error()),
        };
        let delivery = match next {
            Err(_) => return Err(timed_out()),
            Ok(Some(delivery)) => {
                delivery.map_err(|e| session.error(e, "waiting for the reply failed"))?
            }
            Ok(None) => {
                return Err(Error::connection_lost(format!(
                    "waiting for the reply failed: the connection to {} was lost",
                    session.endpoint
                )));
            }
        };
        let ours = delivery
            .properties
            .correlation_id()
            .as_ref()
            .is_some_and(|id| id.as_str() == correlation_id);
        // A late reply to an earlier request cannot reach a fresh channel; anything else
        // without our id is not the answer.
        if ours {
            return writer.write(out, &MessageView::from(&delivery));
        }
        cx.diag
            .verbose("a reply with another correlation id was ignored");
    }
}
