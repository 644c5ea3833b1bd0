//! `consume`: prints messages as they arrive and acknowledges them only once their output has
//! been written and flushed, in batches (`multiple`), so a consumer that dies loses nothing;
//! or hands each body to a command (`--exec`) and settles it by the command's exit status.

use std::io::Write;
use std::time::{Duration, Instant};

use clap::Args;
use futures_util::{FutureExt, StreamExt};
use lapin::message::Delivery;
use lapin::options::{BasicCancelOptions, BasicConsumeOptions, BasicQosOptions};
use lapin::types::{AMQPValue, FieldTable, ShortString};
use lapin::{Channel, Consumer};

use crate::amqp::{Session, Settlement};
use crate::commands::ReconnectArgs;
use crate::context::Context;
use crate::diag::Diag;
use crate::envelope::{MessageView, integer};
use crate::error::{Error, Result};
use crate::output::message::{MessageFormat, MessageWriter};
use crate::output::pipe::{PIPE_POLL, Sink, Unsettled};
use crate::recovery::Reconnector;
use crate::stop::Stop;
use crate::values::{parse_interval, parse_offset, short};

pub(crate) mod exec;
mod filter;
mod limit;
mod progress;
pub(crate) mod save;
pub(crate) mod stream_filter;

use exec::Exec;
use limit::DeliveryLimit;
use progress::{Progress, Summary};
use stream_filter::StreamFilter;

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
    /// With --reject: put rejected messages back in the queue. A quorum queue drops or
    /// dead-letters a message put back more often than its delivery limit (20 by default since
    /// RabbitMQ 4.0); mq says when one nears it
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
    /// CMD sees MQ_EXCHANGE, MQ_ROUTING_KEY and MQ_REDELIVERED in its environment. A quorum
    /// queue drops or dead-letters a message requeued more often than its delivery limit (20
    /// by default since RabbitMQ 4.0); mq says when one nears it
    #[arg(long, value_name = "CMD", conflicts_with_all = ["no_ack", "reject", "format", "template"])]
    pub exec: Option<String>,
    /// Stream queues only: where to start reading: first, last, next, an offset N, a time
    /// (RFC 3339, e.g. 2024-05-01T12:00:00Z) or a duration ago (e.g. 10m) [default: next]
    #[arg(long, value_name = "first|last|next|N|TIMESTAMP", value_parser = parse_offset, conflicts_with = "no_ack")]
    pub offset: Option<AMQPValue>,
    #[arg(long, value_name = "EXPR", help = concat!(
        "Print (or --exec) only the messages that match; needs --requeue-unmatched: ",
        crate::filter::fields_help!()
    ))]
    pub filter: Option<String>,
    /// With --filter: put each message that does not match back in the queue at once. The
    /// broker delivers it again (to the head of the queue), to this consumer or another, for
    /// as long as consume runs: when the first --prefetch messages all fail to match, consume
    /// sees only them
    #[arg(long, requires = "filter", conflicts_with = "no_ack")]
    pub requeue_unmatched: bool,
    /// Stream queues, RabbitMQ 3.13 and later: only the messages published with filter value
    /// VALUE (produce --stream-filter-value); repeat it for several values. The broker filters
    /// by chunk, mq drops the rest
    #[arg(long, value_name = "VALUE", conflicts_with = "no_ack")]
    pub stream_filter: Vec<String>,
    /// With --stream-filter: the messages published without a filter value too
    #[arg(long, requires = "stream_filter")]
    pub match_unfiltered: bool,
    /// Save each message into DIR instead of printing it: NNNNNN.body (the body) and NNNNNN.json
    /// (its envelope), from 000001, acked once both are written; DIR new or empty
    #[arg(long, value_name = "DIR", conflicts_with_all = ["exec", "format", "template"])]
    pub save_dir: Option<std::path::PathBuf>,
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

impl Settle {
    /// How a printed message is settled once delivered; None: nothing is left to settle then.
    fn settlement(self) -> Option<Settlement> {
        match self {
            Settle::Ack => Some(Settlement::Ack),
            Settle::Reject { requeue: true } => Some(Settlement::Retry),
            Settle::Reject { requeue: false } => Some(Settlement::Discard),
            Settle::Nothing | Settle::AckOnArrival => None,
        }
    }
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
    /// With --count, the last message that may be settled before the consumer is cancelled:
    /// each settlement lets the broker send one more, and more than --count must never come
    /// (they would go back marked redelivered).
    ack_ceiling: u64,
    /// `--no-ack --count`: mq cancelled the consumer to ack past `ack_ceiling`.
    cancelled: bool,
}

impl Subscription<'_> {
    /// Subscribes on `session` (closing it on failure), for what is left of `--count`, and, on a
    /// stream, from the message after the last one taken.
    async fn open(&self, session: Session, tally: &Consumed) -> Result<Subscribed> {
        match self.subscribe(&session, tally).await {
            Ok((channel, consumer, ack_ceiling)) => Ok(Subscribed {
                session,
                channel,
                consumer,
                ack_ceiling,
                cancelled: false,
            }),
            Err(err) => {
                session.close().await;
                Err(err)
            }
        }
    }

    async fn subscribe(
        &self,
        session: &Session,
        tally: &Consumed,
    ) -> Result<(Channel, Consumer, u64)> {
        let channel = session.channel().await?;
        let (consumer, ack_ceiling) = self.consume_on(session, &channel, tally).await?;
        Ok((channel, consumer, ack_ceiling))
    }

    /// `--no-ack --count`, the consumer cancelled to ack past its ceiling and its last
    /// deliveries taken: a consumer again, on the same channel, for what is left.
    async fn again(&self, link: &mut Subscribed, tally: &Consumed) -> Result<()> {
        let (consumer, ack_ceiling) = self.consume_on(&link.session, &link.channel, tally).await?;
        (link.consumer, link.ack_ceiling, link.cancelled) = (consumer, ack_ceiling, false);
        Ok(())
    }

    /// A consumer on `channel` with the prefetch for what is left of --count, and its ceiling.
    async fn consume_on(
        &self,
        session: &Session,
        channel: &Channel,
        tally: &Consumed,
    ) -> Result<(Consumer, u64)> {
        // With --count, never let the broker send more than will be printed: the surplus would
        // come back marked redelivered.
        let prefetch = match self.count.map(|count| count.saturating_sub(tally.taken)) {
            // 0 is "unlimited" to the broker.
            Some(left) if self.prefetch == 0 => left.clamp(1, u64::from(u16::MAX)) as u16,
            Some(left) => u64::from(self.prefetch).min(left.max(1)) as u16,
            None => self.prefetch,
        };
        let ack_ceiling = self
            .count
            .map_or(u64::MAX, |count| count.saturating_sub(u64::from(prefetch)));
        let mut arguments = self.arguments.clone();
        if let Some(offset) = tally.last_offset {
            arguments.insert(
                ShortString::from("x-stream-offset"),
                AMQPValue::LongLongInt(offset.saturating_add(1)),
            );
        }
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
        Ok((consumer, ack_ceiling))
    }
}

pub async fn run(args: &ConsumeArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let writer = MessageWriter::new(args.format, args.template.as_deref())?;
    let queue = short(&args.queue, "queue name")?;
    let filter = filter::compile(args.filter.as_deref(), args.requeue_unmatched)?;
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
    let stream_filter = StreamFilter::new(&args.stream_filter, args.match_unfiltered);
    if (args.offset.is_some() || stream_filter.is_some()) && prefetch == 0 {
        return Err(Error::usage(
            "--offset and --stream-filter need a prefetch above 0: stream consumers must be flow-controlled",
        ));
    }
    let mut arguments = FieldTable::default();
    if let Some(offset) = &args.offset {
        stream_filter::require_stream(cx, &args.queue, "--offset").await?;
        arguments.insert(ShortString::from("x-stream-offset"), offset.clone());
    }
    if let Some(stream_filter) = &stream_filter {
        stream_filter
            .prepare(cx, &args.queue, &mut arguments)
            .await?;
    }
    let subscription = Subscription {
        queue,
        name: &args.queue,
        no_ack: settle == Settle::Nothing,
        prefetch,
        // Messages put back by --filter or settled unprinted by --stream-filter take prefetch
        // slots: a prefetch cut down to --count would be filled by them alone.
        count: args
            .count
            .filter(|_| filter.is_none() && stream_filter.is_none()),
        arguments,
    };

    let mut tally = Consumed::default();
    let mut link = subscription.open(cx.connect().await?, &tally).await?;
    let interrupt = cx.stop().clone();
    let mut reconnector = Reconnector::new(args.reconnect.reconnect_for);
    // Messages put back again and again meet a quorum queue's delivery limit.
    let requeues = args.exec.is_some() || settle == (Settle::Reject { requeue: true });
    let limit = match requeues {
        true => Some(DeliveryLimit::of(cx, &args.queue).await),
        false => None,
    };
    let (exec, requeue_limit) = match (&args.exec, limit) {
        (Some(command), Some(limit)) => (
            Some(Exec {
                command,
                queue: &args.queue,
                diag: &cx.diag,
                limit,
            }),
            None,
        ),
        (_, limit) => (None, limit),
    };
    let mut reader = Reader {
        args,
        writer: &writer,
        settle,
        diag: &cx.diag,
        sink: match &args.save_dir {
            Some(dir) => Sink::store(Box::new(save::SaveDir::create(dir)?)),
            None => Sink::stdout(out),
        },
        stream_filter,
        unsettled: Unsettled::default(),
        returned: 0,
        exec,
        requeue_limit,
        settled: 0,
        progress: Progress::new(args.count, cx.diag.is_quiet()),
        filter,
        held_back: None,
    };
    // A lost connection is found again and consuming goes on; anything else (or Ctrl-C, or
    // the end of --count or --idle-timeout) ends the run.
    let outcome = loop {
        let step = reader
            .take(
                &subscription,
                &mut link,
                &mut tally,
                &mut reconnector,
                &interrupt,
            )
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
            Ok(new) => {
                // The broker put back what was not settled on the lost channel.
                reader.unsettled.clear();
                link = new;
            }
            Err(err) => break Err(err),
        }
    };
    let flushed = reader.sink.flush();
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
    let mut settled = Ok(());
    if link.session.is_connected() {
        // Cancelled first: the acks below must not let the broker send more.
        let _ = link
            .channel
            .basic_cancel(link.consumer.tag(), BasicCancelOptions::default())
            .await;
        settled = reader.finish(&link, &interrupt, &args.queue).await;
        // Deliveries the broker sent ahead and nobody printed go back when the channel closes.
        let _ = link.channel.close(200, "mq consume done".into()).await;
        if reader.progress.is_shown() {
            // Asked once they are back, so that what is left is all that was not settled.
            let left = left_in(&link.session, &subscription.queue).await;
            let summary = reader.summary(&tally, left);
            reader.progress.finish(&summary, &cx.diag);
        }
    }
    link.session.close().await;
    if let Some(filter) = &reader.filter {
        filter.report(&cx.diag);
    }
    let settles_later = matches!(reader.settle, Settle::Ack | Settle::Reject { .. });
    // Said when the reader left something behind: what it took and what went back.
    if reader.sink.is_pipe() && settles_later && args.exec.is_none() && reader.returned > 0 {
        cx.diag.note(format_args!(
            "{} message(s) taken by the reader of the pipe and settled, {} put back in queue '{}'",
            tally.taken.saturating_sub(reader.returned),
            reader.returned,
            args.queue
        ));
    }
    outcome?;
    settled?;
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

/// The queue's ready messages now, if the broker says (a stream counts none).
async fn left_in(session: &Session, queue: &ShortString) -> Option<u32> {
    let declared = session.passive_queue(queue).await;
    declared.ok().map(|q| q.message_count())
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
struct Reader<'a, 'o> {
    args: &'a ConsumeArgs,
    writer: &'a MessageWriter,
    settle: Settle,
    diag: &'a Diag,
    sink: Sink<'o>,
    /// Messages printed and not yet settled, oldest first: (sequence number, acker). Each is
    /// settled once the destination has it (a pipe: once the reader took it).
    unsettled: Unsettled,
    /// Settled back to the queue at the end because the reader of the pipe never took them.
    returned: u64,
    /// With --exec, the command; nothing is printed then.
    exec: Option<Exec<'a>>,
    /// With --reject --requeue: how close each message is to the queue's delivery limit.
    requeue_limit: Option<DeliveryLimit>,
    /// Messages settled with the broker so far (acked, rejected or put back as asked).
    settled: u64,
    /// The live line and the summary on a terminal.
    progress: Progress,
    /// `--filter`: the messages that do not match go back to the queue.
    filter: Option<crate::filter::Filter>,
    stream_filter: Option<StreamFilter>,
    /// What came after the last batch taken without waiting (the consumer's end, an error).
    held_back: Option<Option<lapin::Result<Delivery>>>,
}

impl Reader<'_, '_> {
    /// Takes messages on `link` until --count, --idle-timeout or Ctrl-C (Ok), or an error.
    async fn take(
        &mut self,
        subscription: &Subscription<'_>,
        link: &mut Subscribed,
        tally: &mut Consumed,
        reconnector: &mut Reconnector,
        interrupt: &Stop,
    ) -> Result<()> {
        let queue = &self.args.queue;
        let limit = self.args.count.unwrap_or(u64::MAX);
        let recovered = reconnector.recoveries > 0;
        let mut idle_since = Instant::now();
        while tally.taken < limit {
            let waiting = !self.unsettled.is_empty();
            let first = match self.held_back.take() {
                Some(first) => first,
                None => tokio::select! {
                    next = link.consumer.next() => next,
                    _ = interrupt.raised() => break,
                    _ = idle(self.args.idle_timeout, idle_since) => break,
                    // Messages wait in the pipe: settle them as the reader takes them.
                    _ = tokio::time::sleep(PIPE_POLL), if waiting => {
                        self.settle_taken(link, queue).await?;
                        self.progress.update(tally.taken, self.settled);
                        if self.sink.closed() {
                            break;
                        }
                        continue;
                    }
                },
            };
            idle_since = Instant::now();
            let delivery = match first {
                Some(delivery) => delivery.map_err(|e| {
                    link.session
                        .error(e, &format!("consuming from queue '{queue}' failed"))
                })?,
                // Cancelled by mq to ack past the ceiling, and its last deliveries taken.
                None if link.cancelled && link.session.is_connected() => {
                    subscription.again(link, tally).await?;
                    continue;
                }
                None if !link.session.is_connected() => {
                    return Err(Error::connection_lost(format!(
                        "consuming from queue '{queue}' failed: the connection to {} was lost",
                        link.session.endpoint
                    )));
                }
                None => {
                    return Err(Error::not_found(format!(
                        "the broker cancelled the consumer of queue '{queue}': the queue was deleted"
                    ))
                    .with_hint("nothing was lost: every message printed was acknowledged"));
                }
            };
            reconnector.progress();
            // --exec runs one message at a time: what it is not to see is settled first.
            if self.exec.is_some()
                && (filter::put_back(self.filter.as_ref(), &link.session, &delivery, queue).await?
                    || self.unasked(link, &delivery, tally).await?)
            {
                continue;
            }
            if let Some(exec) = &self.exec {
                tally.note(&delivery, recovered);
                if !exec.one(&link.session, interrupt, &delivery).await? {
                    tally.failed += 1;
                }
                self.settled += 1;
                self.progress.update(tally.taken, self.settled);
                continue;
            }
            // Take what has already arrived without waiting, so one flush and one ack
            // (multiple) cover the batch.
            let mut batch = vec![delivery];
            while tally.taken + (batch.len() as u64) < limit {
                match link.consumer.next().now_or_never() {
                    Some(Some(Ok(delivery))) => batch.push(delivery),
                    // The consumer's end, or an error: taken up once this batch is printed.
                    Some(other) => {
                        self.held_back = Some(other);
                        break;
                    }
                    None => break,
                }
            }
            if self.settle == Settle::AckOnArrival {
                self.ack_arrived(link, &batch, tally.taken).await?;
            }
            for delivery in &batch {
                // In order, as printed: a message skipped is settled with the ones before it.
                // Never with --no-ack (clap refuses both filters with it): nothing acked yet.
                let filtered = self.filter.as_ref();
                if filter::put_back(filtered, &link.session, delivery, queue).await?
                    || self.unasked(link, delivery, tally).await?
                {
                    continue;
                }
                self.print(delivery, tally, recovered)?;
            }
            self.sink.flush()?;
            self.settle_taken(link, queue).await?;
            self.progress.update(tally.taken, self.settled);
        }
        Ok(())
    }

    /// `--no-ack --count`: acks, in one frame, a batch that arrived, before any of it is
    /// printed (at most once). The acks that would let the broker send past --count wait for
    /// the consumer's cancel: messages the broker sent before its cancel-ok still arrive.
    async fn ack_arrived(
        &mut self,
        link: &mut Subscribed,
        batch: &[Delivery],
        taken: u64,
    ) -> Result<()> {
        let Some(last) = batch.last() else {
            return Ok(());
        };
        let after = taken + batch.len() as u64;
        if taken <= link.ack_ceiling && link.ack_ceiling < after {
            link.channel
                .basic_cancel(link.consumer.tag(), BasicCancelOptions::default())
                .await
                .map_err(|e| link.session.error(e, "cannot cancel the consumer"))?;
            link.cancelled = true;
        }
        let context = format!("cannot acknowledge messages of queue '{}'", self.args.queue);
        (link.session)
            .settle(&last.acker, Settlement::Ack, true, &context)
            .await?;
        self.settled += batch.len() as u64;
        Ok(())
    }

    /// Prints one message and keeps it to settle.
    fn print(&mut self, delivery: &Delivery, tally: &mut Consumed, recovered: bool) -> Result<()> {
        if let Some(limit) = &self.requeue_limit {
            limit.requeuing(delivery, self.diag);
        }
        let seq = self.sink.write(self.writer, &MessageView::from(delivery))?;
        tally.note(delivery, recovered);
        if matches!(self.settle, Settle::Ack | Settle::Reject { .. }) {
            self.unsettled.push(seq, delivery.acker.clone());
        }
        Ok(())
    }

    /// Settles, in one frame, the messages the destination has, up to `link.ack_ceiling`:
    /// acknowledging more would let the broker send messages past --count.
    async fn settle_taken(&mut self, link: &Subscribed, queue: &str) -> Result<()> {
        let upto = self.sink.taken().min(link.ack_ceiling);
        self.settle_upto(link, upto, queue).await
    }

    async fn settle_upto(&mut self, link: &Subscribed, upto: u64, queue: &str) -> Result<()> {
        let Some(how) = self.settle.settlement() else {
            return Ok(());
        };
        let before = self.unsettled.len();
        let verb = if how == Settlement::Retry {
            "reject"
        } else {
            "acknowledge"
        };
        let context = format!("cannot {verb} messages of queue '{queue}'");
        let settled = if how == Settlement::Retry {
            // basic.reject settles one message only: each a failed delivery of its own, as a
            // quorum queue's delivery limit counts.
            let mut settled = Ok(());
            for acker in self.unsettled.each_through(upto) {
                settled = link.session.settle(&acker, how, false, &context).await;
                if settled.is_err() {
                    break;
                }
            }
            settled
        } else {
            match self.unsettled.through(upto) {
                Some(acker) => link.session.settle(&acker, how, true, &context).await,
                None => Ok(()),
            }
        };
        self.settled += before - self.unsettled.len();
        settled
    }

    /// What the run did, for the summary on a terminal.
    fn summary(&self, tally: &Consumed, left: Option<u32>) -> Summary<'_> {
        let returned = self.returned;
        let settled = match (self.exec.is_some(), self.settle) {
            (true, _) => vec![
                ("acked", tally.taken - tally.failed),
                ("put back (--exec failed)", tally.failed),
            ],
            (false, Settle::Nothing) => {
                vec![("sent without acknowledgements (--no-ack)", tally.taken)]
            }
            (false, Settle::Ack | Settle::AckOnArrival) => {
                vec![("acked", self.settled), ("put back", returned)]
            }
            (false, Settle::Reject { requeue: false }) => {
                vec![("rejected", self.settled), ("put back", returned)]
            }
            (false, Settle::Reject { requeue: true }) => {
                vec![("put back", self.settled + returned)]
            }
        };
        Summary {
            queue: &self.args.queue,
            consumed: tally.taken,
            settled,
            left,
        }
    }

    /// At the end, the consumer cancelled: waits for the reader of a pipe to take what is
    /// in it (until it closes the pipe, or a stop signal), settles what it took and puts the
    /// rest back in the queue.
    async fn finish(&mut self, link: &Subscribed, interrupt: &Stop, queue: &str) -> Result<()> {
        if !link.session.is_connected() {
            // The broker puts back what was not settled; those acks cannot be sent anyway.
            self.unsettled.clear();
            return Ok(());
        }
        let taken = self.sink.finish(interrupt).await;
        self.settle_upto(link, taken, queue).await?;
        self.returned = self.unsettled.len();
        if let Some(acker) = self.unsettled.all() {
            let context = format!("cannot requeue messages of queue '{queue}'");
            link.session
                .settle(&acker, Settlement::Requeue, true, &context)
                .await?;
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
        self.last_offset = offset_of(delivery).or(self.last_offset);
    }
}

/// The stream offset of a message from a stream.
fn offset_of(delivery: &Delivery) -> Option<i64> {
    let headers = delivery.properties.headers().as_ref();
    headers
        .and_then(|headers| headers.inner().get("x-stream-offset"))
        .and_then(integer)
}

/// Resolves `timeout` after `since`; never without a timeout (also `reply`'s --idle-timeout).
pub(crate) async fn idle(timeout: Option<Duration>, since: Instant) {
    match timeout.and_then(|timeout| since.checked_add(timeout)) {
        Some(deadline) => tokio::time::sleep_until(deadline.into()).await,
        None => std::future::pending().await,
    }
}
