//! `consume`: prints messages as they arrive and acknowledges them only once their output has
//! been written and flushed, in batches (`multiple`), so a consumer that dies loses nothing.

use std::io::Write;
use std::time::Duration;

use clap::Args;
use futures_util::{FutureExt, StreamExt};
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicCancelOptions, BasicConsumeOptions, BasicNackOptions, BasicQosOptions,
};
use lapin::types::FieldTable;

use crate::amqp::amqp_error;
use crate::commands::Context;
use crate::error::{Error, Result};
use crate::interrupt::Interrupt;
use crate::output::message::{MessageFormat, MessageView, MessageWriter};
use crate::values::{parse_duration, short};

#[derive(Debug, Args)]
pub struct ConsumeArgs {
    /// Queue to consume from
    pub queue: String,
    /// Stop after N messages
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Most unacknowledged messages the broker sends ahead (basic.qos)
    #[arg(long, value_name = "N", default_value_t = 500)]
    pub prefetch: u16,
    /// Stop when no message has come for DURATION
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub idle_timeout: Option<Duration>,
    /// Let the broker forget each message as it sends it (no acknowledgements: a crash loses messages)
    #[arg(long, conflicts_with = "reject")]
    pub no_ack: bool,
    /// Reject each message after printing it instead of acknowledging it (dead-lettered or dropped)
    #[arg(long)]
    pub reject: bool,
    /// With --reject: put rejected messages back in the queue
    #[arg(long, requires = "reject")]
    pub requeue: bool,
    /// Output: text (the body) or json (one object a line with properties and headers)
    #[arg(long, value_enum, default_value_t = MessageFormat::Text)]
    pub format: MessageFormat,
    /// Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}
    #[arg(long, value_name = "TEMPLATE", conflicts_with = "format")]
    pub template: Option<String>,
}

/// What is done with a message once its output is flushed.
#[derive(Clone, Copy)]
enum Settle {
    Ack,
    Reject { requeue: bool },
    Nothing,
}

pub async fn run(args: &ConsumeArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let writer = MessageWriter::new(args.format, args.template.as_deref())?;
    let queue = short(&args.queue, "queue name")?;
    let settle = if args.no_ack {
        Settle::Nothing
    } else if args.reject {
        Settle::Reject {
            requeue: args.requeue,
        }
    } else {
        Settle::Ack
    };
    // With --count, never let the broker send more than will be printed: the surplus would come
    // back marked redelivered.
    let prefetch = match args.count {
        Some(count) => u64::from(args.prefetch).min(count) as u16,
        None => args.prefetch,
    };

    let session = cx.connect().await?;
    let interrupt = Interrupt::listen();
    let result = async {
        let channel = session.channel().await?;
        channel
            .basic_qos(prefetch, BasicQosOptions::default())
            .await
            .map_err(|e| amqp_error(e, "cannot set the prefetch count"))?;
        let mut consumer = channel
            .basic_consume(
                queue,
                "".into(),
                BasicConsumeOptions {
                    no_ack: args.no_ack,
                    ..BasicConsumeOptions::default()
                },
                FieldTable::default(),
            )
            .await
            .map_err(|e| amqp_error(e, &format!("cannot consume from queue '{}'", args.queue)))?;

        let limit = args.count.unwrap_or(u64::MAX);
        let mut printed = 0u64;
        while printed < limit {
            let first = tokio::select! {
                next = consumer.next() => next,
                _ = interrupt.raised() => break,
                _ = idle(args.idle_timeout) => break,
            };
            let mut last = match first {
                Some(delivery) => delivery.map_err(|e| {
                    amqp_error(e, &format!("consuming from queue '{}' failed", args.queue))
                })?,
                None => {
                    return Err(Error::unavailable(
                        format!(
                            "the broker cancelled the consumer of queue '{}' (was it deleted?)",
                            args.queue
                        ),
                        None,
                    ));
                }
            };
            write_one(&writer, out, &last)?;
            printed += 1;
            // Take what has already arrived without waiting, so one flush and one ack
            // (multiple) cover the batch.
            while printed < limit {
                match consumer.next().now_or_never() {
                    Some(Some(Ok(delivery))) => {
                        write_one(&writer, out, &delivery)?;
                        printed += 1;
                        last = delivery;
                    }
                    _ => break,
                }
            }
            out.flush()?;
            settle_through(&last, settle, &args.queue).await?;
        }
        out.flush()?;
        if cx.settings.verbose {
            eprintln!("mq: {printed} message(s) from queue '{}'", args.queue);
        }
        // Unsettled deliveries (there are none but those the broker sent ahead) go back to the
        // queue when the channel closes.
        let _ = channel
            .basic_cancel(consumer.tag(), BasicCancelOptions::default())
            .await;
        let _ = channel.close(200, "mq consume done".into()).await;
        if interrupt.is_raised() {
            Err(Error::Interrupted)
        } else {
            Ok(())
        }
    }
    .await;
    session.close().await;
    result
}

async fn idle(timeout: Option<Duration>) {
    match timeout {
        Some(timeout) => tokio::time::sleep(timeout).await,
        None => std::future::pending().await,
    }
}

fn write_one(writer: &MessageWriter, out: &mut dyn Write, delivery: &Delivery) -> Result<()> {
    writer.write(
        out,
        &MessageView {
            exchange: delivery.exchange.as_str(),
            routing_key: delivery.routing_key.as_str(),
            redelivered: delivery.redelivered,
            properties: &delivery.properties,
            body: &delivery.data,
        },
    )
}

/// Settles every delivery up to and including `last` in one frame.
async fn settle_through(last: &Delivery, settle: Settle, queue: &str) -> Result<()> {
    let outcome = match settle {
        Settle::Nothing => return Ok(()),
        Settle::Ack => last.acker.ack(BasicAckOptions { multiple: true }).await,
        Settle::Reject { requeue } => {
            last.acker
                .nack(BasicNackOptions {
                    multiple: true,
                    requeue,
                })
                .await
        }
    };
    outcome.map(|_| ()).map_err(|e| {
        amqp_error(
            e,
            &format!("cannot acknowledge messages of queue '{queue}'"),
        )
    })
}
