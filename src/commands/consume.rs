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
use lapin::{Channel, Consumer};
use tokio::io::AsyncWriteExt;

use crate::amqp::Session;
use crate::commands::ReconnectArgs;
use crate::context::Context;
use crate::diag::Diag;
use crate::envelope::MessageView;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::message::{MessageFormat, MessageWriter};
use crate::recovery::Reconnector;
use crate::stop::Stop;
use crate::values::{parse_interval, parse_offset, short};

#[derive(Debug, Args)]
pub struct ConsumeArgs {
    /// Queue to consume from
    pub queue: String,
    /// Stop after N messages [range: 1 to 2^64-1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Most unacknowledged messages the broker sends ahead (basic.qos) [default: 500; 1 with
    /// --exec, so that other consumers get the messages this one is not working on] [range: 0
    /// (no limit) to 65535]
    #[arg(long, value_name = "N")]
    pub prefetch: Option<u16>,
    /// Stop when no message has come for DURATION [range: 0 to 24h]
    #[arg(long, value_name = "DURATION", value_parser = parse_interval)]
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
    #[command(flatten)]
    pub reconnect: ReconnectArgs,
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

/// What the run has done so far, across connections.
#[derive(Default)]
struct Consumed {
    /// Messages printed (or handed to --exec).
    taken: u64,
    /// --exec commands that failed (their messages went back to the queue).
    failed: u64,
    /// Messages that came marked redelivered after a reconnection: each may have been printed
    /// before the loss too.
    redelivered_after_loss: u64,
    /// The stream offset of the last message, to resume after it.
    last_offset: Option<i64>,
}

/// How to subscribe, on the first connection and on each one after a loss.
struct Subscription<'a> {
    queue: ShortString,
    name: &'a str,
    no_ack: bool,
    prefetch: u16,
    count: Option<u64>,
    arguments: FieldTable,
}

/// The subscription in use: its connection, channel and consumer.
struct Subscribed {
    session: Session,
    channel: Channel,
    consumer: Consumer,
}

impl Subscription<'_> {
    /// Subscribes on `session` (closing it on failure), for what is left of `--count`, and, on a
    /// stream, from the message after the last one taken.
    async fn open(&self, session: Session, tally: &Consumed) -> Result<Subscribed> {
        match self.subscribe(&session, tally).await {
            Ok((channel, consumer)) => Ok(Subscribed {
                session,
                channel,
                consumer,
            }),
            Err(err) => {
                session.close().await;
                Err(err)
            }
        }
    }

    async fn subscribe(&self, session: &Session, tally: &Consumed) -> Result<(Channel, Consumer)> {
        // With --count, never let the broker send more than will be printed: the surplus would
        // come back marked redelivered.
        let prefetch = match self.count.map(|count| count.saturating_sub(tally.taken)) {
            // 0 is "unlimited" to the broker.
            Some(left) if self.prefetch == 0 => left.clamp(1, u64::from(u16::MAX)) as u16,
            Some(left) => u64::from(self.prefetch).min(left.max(1)) as u16,
            None => self.prefetch,
        };
        let mut arguments = self.arguments.clone();
        if let Some(offset) = tally.last_offset {
            arguments.insert(
                ShortString::from("x-stream-offset"),
                AMQPValue::LongLongInt(offset.saturating_add(1)),
            );
        }
        let channel = session.channel().await?;
        channel
            .basic_qos(prefetch, BasicQosOptions::default())
            .await
            .map_err(|e| session.error(e, "cannot set the prefetch count"))?;
        let consumer = channel
            .basic_consume(
                self.queue.clone(),
                "".into(),
                BasicConsumeOptions {
                    no_ack: self.no_ack,
                    ..BasicConsumeOptions::default()
                },
                arguments,
            )
            .await
            .map_err(|e| session.error(e, &format!("cannot consume from queue '{}'", self.name)))?;
        Ok((channel, consumer))
    }
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
        return Err(Error::usage(
            "--offset needs a prefetch above 0: stream consumers must be flow-controlled",
        ));
    }
    let mut arguments = FieldTable::default();
    if let Some(offset) = &args.offset {
        require_stream(cx, &args.queue).await?;
        arguments.insert(ShortString::from("x-stream-offset"), offset.clone());
    }
    let subscription = Subscription {
        queue,
        name: &args.queue,
        no_ack: settle == Settle::Nothing,
        prefetch,
        count: args.count,
        arguments,
    };

    let mut tally = Consumed::default();
    let mut link = subscription.open(cx.connect().await?, &tally).await?;
    let interrupt = cx.stop().clone();
    let mut reconnector = Reconnector::new(args.reconnect.reconnect_for);
    let mut reader = Reader {
        args,
        writer: &writer,
        settle,
        diag: &cx.diag,
        out,
    };
    // A lost connection is found again and consuming goes on; anything else (or Ctrl-C, or
    // the end of --count or --idle-timeout) ends the run.
    let outcome = loop {
        let step = reader
            .take(&mut link, &mut tally, &mut reconnector, &interrupt)
            .await;
        let cause = match step {
            Err(err) if err.is_connection_lost() && !interrupt.is_raised() => err,
            other => break other,
        };
        match resubscribe(
            cx,
            &subscription,
            &link,
            cause,
            &tally,
            &mut reconnector,
            &interrupt,
        )
        .await
        {
            Ok(new) => link = new,
            Err(err) => break Err(err),
        }
    };
    let flushed = reader.out.flush().map_err(Error::output);
    cx.diag.verbose(format_args!(
        "{} message(s) from queue '{}'",
        tally.taken, args.queue
    ));
    if reconnector.recoveries > 0 {
        cx.diag.note(format_args!(
            "reconnected {} time(s); {n} message(s) came again marked redelivered after reconnecting: up to {n} duplicates",
            reconnector.recoveries,
            n = tally.redelivered_after_loss
        ));
    }
    if link.session.is_connected() {
        // Unsettled deliveries (there are none but those the broker sent ahead) go back to the
        // queue when the channel closes.
        let _ = link
            .channel
            .basic_cancel(link.consumer.tag(), BasicCancelOptions::default())
            .await;
        let _ = link.channel.close(200, "mq consume done".into()).await;
    }
    link.session.close().await;
    outcome?;
    flushed?;
    if interrupt.is_raised() {
        Err(interrupt.error())
    } else if tally.failed > 0 {
        Err(Error::partial(format!(
            "--exec failed for {} of {} message(s); they were requeued",
            tally.failed, tally.taken
        )))
    } else {
        Ok(())
    }
}

/// After `cause` (a lost connection): connects again and subscribes again. The broker puts
/// back every message whose acknowledgement it had not received: those printed just before
/// the loss come again, marked redelivered (at least once).
async fn resubscribe(
    cx: &Context,
    subscription: &Subscription<'_>,
    link: &Subscribed,
    cause: Error,
    tally: &Consumed,
    reconnector: &mut Reconnector,
    interrupt: &Stop,
) -> Result<Subscribed> {
    let lost = link.session.endpoint.to_string();
    let link = reconnector
        .reopen(cx, &lost, cause, interrupt, async |session| {
            subscription.open(session, tally).await
        })
        .await?;
    cx.diag.note(if subscription.no_ack {
        format!(
            "consuming from queue '{}' again; with --no-ack, what the broker had sent and mq had not printed is lost",
            subscription.name
        )
    } else {
        format!(
            "consuming from queue '{}' again; messages printed whose acknowledgement the broker did not get come again, marked redelivered",
            subscription.name
        )
    });
    Ok(link)
}

/// Prints (or runs --exec on) messages and settles them.
struct Reader<'a> {
    args: &'a ConsumeArgs,
    writer: &'a MessageWriter,
    settle: Settle,
    diag: &'a Diag,
    out: &'a mut dyn Write,
}

impl Reader<'_> {
    /// Takes messages on `link` until --count, --idle-timeout or Ctrl-C (Ok), or an error.
    async fn take(
        &mut self,
        link: &mut Subscribed,
        tally: &mut Consumed,
        reconnector: &mut Reconnector,
        interrupt: &Stop,
    ) -> Result<()> {
        let queue = &self.args.queue;
        let limit = self.args.count.unwrap_or(u64::MAX);
        let recovered = reconnector.recoveries > 0;
        while tally.taken < limit {
            let first = tokio::select! {
                next = link.consumer.next() => next,
                _ = interrupt.raised() => break,
                _ = idle(self.args.idle_timeout) => break,
            };
            let mut last = match first {
                Some(delivery) => delivery.map_err(|e| {
                    link.session
                        .error(e, &format!("consuming from queue '{queue}' failed"))
                })?,
                None if !link.session.is_connected() => {
                    return Err(Error::connection_lost(format!(
                        "consuming from queue '{queue}' failed: the connection to {} was lost",
                        link.session.endpoint
                    )));
                }
                None => {
                    return Err(Error::unavailable(
                        format!(
                            "the broker cancelled the consumer of queue '{queue}' (was it deleted?)"
                        ),
                        None,
                    ));
                }
            };
            reconnector.progress();
            if let Some(command) = &self.args.exec {
                tally.note(&last, recovered);
                if !exec_one(&link.session, self.diag, command, &last, queue).await? {
                    tally.failed += 1;
                }
                continue;
            }
            if self.settle == Settle::AckOnArrival {
                settle_through(&link.session, &last, Settle::Ack, queue).await?;
            }
            self.writer.write(self.out, &MessageView::from(&last))?;
            tally.note(&last, recovered);
            // Take what has already arrived without waiting, so one flush and one ack
            // (multiple) cover the batch.
            while tally.taken < limit {
                match link.consumer.next().now_or_never() {
                    Some(Some(Ok(delivery))) => {
                        if self.settle == Settle::AckOnArrival {
                            settle_through(&link.session, &delivery, Settle::Ack, queue).await?;
                        }
                        self.writer.write(self.out, &MessageView::from(&delivery))?;
                        tally.note(&delivery, recovered);
                        last = delivery;
                    }
                    _ => break,
                }
            }
            self.out.flush().map_err(Error::output)?;
            settle_through(&link.session, &last, self.settle, queue).await?;
        }
        Ok(())
    }
}

impl Consumed {
    /// Counts a message taken.
    fn note(&mut self, delivery: &Delivery, after_loss: bool) {
        self.taken += 1;
        if after_loss && delivery.redelivered {
            self.redelivered_after_loss += 1;
        }
        let offset = delivery
            .properties
            .headers()
            .as_ref()
            .and_then(|headers| headers.inner().get("x-stream-offset"));
        if let Some(offset) = offset.and_then(integer) {
            self.last_offset = Some(offset);
        }
    }
}

/// An AMQP integer of any width.
fn integer(value: &AMQPValue) -> Option<i64> {
    match value {
        AMQPValue::LongLongInt(n) => Some(*n),
        AMQPValue::LongInt(n) => Some(i64::from(*n)),
        AMQPValue::LongUInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortUInt(n) => Some(i64::from(*n)),
        AMQPValue::Timestamp(n) => i64::try_from(*n).ok(),
        _ => None,
    }
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
        Ok(Kind { kind: Some(kind) }) if kind != "stream" => Err(Error::usage(format!(
            "--offset is for stream queues; queue '{queue}' is a {kind} queue"
        ))),
        Err(err) if err.kind() == ErrorKind::NotFound => Err(err.with_message(format!(
            "queue '{queue}' does not exist in vhost '{}'",
            cx.settings.vhost
        ))),
        _ => Ok(()),
    }
}

/// Runs `--exec` for one message and settles that message alone: ack when the command exited
/// 0, reject with requeue otherwise. Returns whether the command succeeded.
async fn exec_one(
    session: &Session,
    diag: &Diag,
    command: &str,
    delivery: &Delivery,
    queue: &str,
) -> Result<bool> {
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
        session.error(
            e,
            &format!("cannot acknowledge messages of queue '{queue}'"),
        )
    })?;
    match status {
        Ok(status) => {
            if !ok {
                diag.note(format_args!(
                    "--exec command {status}; the message was requeued"
                ));
            }
            Ok(ok)
        }
        Err(err) => Err(Error::new(
            ErrorKind::Io,
            format!("cannot run the --exec command with sh: {err} (the message was requeued)"),
        )
        .with_source(err)),
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
async fn settle_through(
    session: &Session,
    last: &Delivery,
    settle: Settle,
    queue: &str,
) -> Result<()> {
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
        session.error(
            e,
            &format!("cannot acknowledge messages of queue '{queue}'"),
        )
    })
}
