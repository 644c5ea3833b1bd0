//! `consume`: prints messages as they arrive and acknowledges them only once their output has
//! been written and flushed, in batches (`multiple`), so a consumer that dies loses nothing;
//! or hands each body to a command (`--exec`) and settles it by the command's exit status.

use std::io::Write;
use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use clap::Args;
use futures_util::{FutureExt, StreamExt};
use lapin::message::Delivery;
use lapin::options::{
    BasicAckOptions, BasicCancelOptions, BasicConsumeOptions, BasicNackOptions, BasicQosOptions,
};
use lapin::types::{AMQPValue, FieldTable, ShortString};
use tokio::io::AsyncWriteExt;

use crate::amqp::amqp_error;
use crate::commands::Context;
use crate::error::{Error, Result, say};
use crate::interrupt::Interrupt;
use crate::output::message::{MessageFormat, MessageView, MessageWriter};
use crate::values::{parse_duration, parse_offset, short};

#[derive(Debug, Args)]
pub struct ConsumeArgs {
    /// Queue to consume from
    pub queue: String,
    /// Stop after N messages
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Most unacknowledged messages the broker sends ahead (basic.qos) [default: 500; 1 with
    /// --exec, so that other consumers get the messages this one is not working on]
    #[arg(long, value_name = "N")]
    pub prefetch: Option<u16>,
    /// Stop when no message has come for DURATION
    #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
    pub idle_timeout: Option<Duration>,
    /// Let the broker forget each message as it sends it (no acknowledgements: a crash loses
    /// messages). With --count, each message is acked as it arrives instead, so that the
    /// broker sends no more than N
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
    /// Run CMD (with sh -c) once per message, the body on its standard input; the message is
    /// acked when CMD exits 0 and rejected with requeue otherwise. Nothing is printed by mq;
    /// CMD sees MQ_EXCHANGE, MQ_ROUTING_KEY and MQ_REDELIVERED in its environment
    #[arg(long, value_name = "CMD", conflicts_with_all = ["no_ack", "reject", "format", "template"])]
    pub exec: Option<String>,
    /// Stream queues only: where to start reading: first, last, next, an offset N, a time
    /// (RFC 3339, e.g. 2024-05-01T12:00:00Z) or a duration ago (e.g. 10m) [default: next]
    #[arg(long, value_name = "first|last|next|N|TIMESTAMP", value_parser = parse_offset, conflicts_with = "no_ack")]
    pub offset: Option<AMQPValue>,
}

/// What is done with a message once its output is flushed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Settle {
    Ack,
    Reject {
        requeue: bool,
    },
    Nothing,
    /// `--no-ack --count N`: prefetch does not bound a no-ack consumer, which would be sent
    /// (and so lose) the whole queue; acking on arrival keeps no-ack's at-most-once meaning.
    AckOnArrival,
}

/// How many `--exec` commands failed (their messages went back to the queue).
#[derive(Default)]
struct Tally {
    taken: u64,
    failed: u64,
}

pub async fn run(args: &ConsumeArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let writer = MessageWriter::new(args.format, args.template.as_deref())?;
    let queue = short(&args.queue, "queue name")?;
    let settle = if args.no_ack && args.count.is_some() {
        Settle::AckOnArrival
    } else if args.no_ack {
        Settle::Nothing
    } else if args.reject {
        Settle::Reject {
            requeue: args.requeue,
        }
    } else {
        Settle::Ack
    };
    let prefetch = args
        .prefetch
        .unwrap_or(if args.exec.is_some() { 1 } else { 500 });
    if args.offset.is_some() && prefetch == 0 {
        return Err(Error::Usage(
            "--offset needs a prefetch above 0: stream consumers must be flow-controlled".into(),
        ));
    }
    // With --count, never let the broker send more than will be printed: the surplus would come
    // back marked redelivered.
    let prefetch = match args.count {
        // 0 is "unlimited" to the broker.
        Some(count) if prefetch == 0 => count.min(u64::from(u16::MAX)) as u16,
        Some(count) => u64::from(prefetch).min(count) as u16,
        None => prefetch,
    };
    let mut arguments = FieldTable::default();
    if let Some(offset) = &args.offset {
        require_stream(cx, &args.queue).await?;
        arguments.insert(ShortString::from("x-stream-offset"), offset.clone());
    }

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
                    no_ack: settle == Settle::Nothing,
                    ..BasicConsumeOptions::default()
                },
                arguments,
            )
            .await
            .map_err(|e| amqp_error(e, &format!("cannot consume from queue '{}'", args.queue)))?;

        let limit = args.count.unwrap_or(u64::MAX);
        let mut tally = Tally::default();
        while tally.taken < limit {
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
            if let Some(command) = &args.exec {
                tally.taken += 1;
                if !exec_one(command, &last, &args.queue).await? {
                    tally.failed += 1;
                }
                continue;
            }
            if settle == Settle::AckOnArrival {
                settle_through(&last, Settle::Ack, &args.queue).await?;
            }
            writer.write(out, &MessageView::from(&last))?;
            tally.taken += 1;
            // Take what has already arrived without waiting, so one flush and one ack
            // (multiple) cover the batch.
            while tally.taken < limit {
                match consumer.next().now_or_never() {
                    Some(Some(Ok(delivery))) => {
                        if settle == Settle::AckOnArrival {
                            settle_through(&delivery, Settle::Ack, &args.queue).await?;
                        }
                        writer.write(out, &MessageView::from(&delivery))?;
                        tally.taken += 1;
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
            say(format_args!(
                "{} message(s) from queue '{}'",
                tally.taken, args.queue
            ));
        }
        // Unsettled deliveries (there are none but those the broker sent ahead) go back to the
        // queue when the channel closes.
        let _ = channel
            .basic_cancel(consumer.tag(), BasicCancelOptions::default())
            .await;
        let _ = channel.close(200, "mq consume done".into()).await;
        if interrupt.is_raised() {
            Err(Error::Interrupted)
        } else if tally.failed > 0 {
            Err(Error::Partial(format!(
                "--exec failed for {} of {} message(s); they were requeued",
                tally.failed, tally.taken
            )))
        } else {
            Ok(())
        }
    }
    .await;
    session.close().await;
    result
}

/// `--offset` means nothing to classic and quorum queues, which ignore it silently: refuse it
/// there. When the management API cannot be asked, the broker is left to judge.
async fn require_stream(cx: &Context, queue: &str) -> Result<()> {
    #[derive(serde::Deserialize)]
    struct Kind {
        #[serde(rename = "type", default)]
        kind: Option<String>,
    }
    let api = cx.api()?;
    let answer: Result<Kind> = api
        .get(
            &["queues", &cx.settings.vhost, queue],
            &[("columns", "type")],
        )
        .await;
    match answer {
        Ok(Kind { kind: Some(kind) }) if kind != "stream" => Err(Error::Usage(format!(
            "--offset is for stream queues; queue '{queue}' is a {kind} queue"
        ))),
        Err(Error::NotFound(_)) => Err(Error::NotFound(format!(
            "queue '{queue}' does not exist in vhost '{}'",
            cx.settings.vhost
        ))),
        _ => Ok(()),
    }
}

/// Runs `--exec` for one message and settles that message alone: ack when the command exited
/// 0, reject with requeue otherwise. Returns whether the command succeeded.
async fn exec_one(command: &str, delivery: &Delivery, queue: &str) -> Result<bool> {
    let status = run_command(command, delivery).await;
    let ok = matches!(&status, Ok(status) if status.success());
    let outcome = if ok {
        delivery.acker.ack(BasicAckOptions::default()).await
    } else {
        delivery
            .acker
            .nack(BasicNackOptions {
                multiple: false,
                requeue: true,
            })
            .await
    };
    outcome.map(|_| ()).map_err(|e| {
        amqp_error(
            e,
            &format!("cannot acknowledge messages of queue '{queue}'"),
        )
    })?;
    match status {
        Ok(status) => {
            if !ok {
                say(format_args!(
                    "--exec command {status}; the message was requeued"
                ));
            }
            Ok(ok)
        }
        Err(err) => Err(Error::Io(format!(
            "cannot run the --exec command with sh: {err} (the message was requeued)"
        ))),
    }
}

async fn run_command(command: &str, delivery: &Delivery) -> std::io::Result<ExitStatus> {
    let mut child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .env("MQ_EXCHANGE", delivery.exchange.as_str())
        .env("MQ_ROUTING_KEY", delivery.routing_key.as_str())
        .env("MQ_REDELIVERED", delivery.redelivered.to_string())
        .stdin(Stdio::piped())
        .spawn()?;
    let stdin = child.stdin.take();
    let feed = async move {
        if let Some(mut stdin) = stdin {
            // A command that does not read its input closes the pipe early: that is its choice.
            let _ = stdin.write_all(&delivery.data).await;
        }
    };
    let (_, status) = tokio::join!(feed, child.wait());
    status
}

async fn idle(timeout: Option<Duration>) {
    match timeout {
        Some(timeout) => tokio::time::sleep(timeout).await,
        None => std::future::pending().await,
    }
}

/// Settles every delivery up to and including `last` in one frame.
async fn settle_through(last: &Delivery, settle: Settle, queue: &str) -> Result<()> {
    let outcome = match settle {
        Settle::Nothing | Settle::AckOnArrival => return Ok(()),
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
