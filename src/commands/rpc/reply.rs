//! `reply`: answers each request of a queue with a command's stdout (or a rendered template),
//! published to the request's `reply_to` with its correlation id through the one publisher,
//! and acks the request only once the broker confirmed the reply.

use std::cell::Cell;
use std::time::{Duration, Instant};

use bytes::Bytes;
use clap::Args;
use futures_util::StreamExt;
use lapin::BasicProperties;
use lapin::message::Delivery;
use lapin::options::{BasicConsumeOptions, BasicQosOptions};
use lapin::types::FieldTable;

use crate::amqp::{Session, Settlement};
use crate::commands::consume::exec::run_command;
use crate::commands::consume::idle;
use crate::context::Context;
use crate::envelope::MessageView;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::message::Template;
use crate::publish::{Outcome, Outgoing, PublishOptions, Publisher, Settled};
use crate::values::{bounds, parse_interval, short};

#[derive(Debug, Args)]
pub struct ReplyArgs {
    /// Queue the requests come to
    pub queue: String,
    /// Run CMD (with sh -c) once per request, the body on its standard input; its standard
    /// output is the reply. A request whose CMD fails is rejected (not requeued) and answered
    /// not at all; CMD sees MQ_EXCHANGE, MQ_ROUTING_KEY and MQ_REDELIVERED in its environment
    #[arg(
        long,
        value_name = "CMD",
        required_unless_present = "template",
        conflicts_with = "template"
    )]
    pub exec: Option<String>,
    /// Answer each request with this template rendered over it: {body} {routing_key}
    /// {exchange} {redelivered} {header.NAME} {property.NAME}
    #[arg(long, value_name = "TEMPLATE")]
    pub template: Option<String>,
    /// Stop after answering N requests [range: 1 to 2^64-1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    /// Stop when no request has come for DURATION [range: 0 to 24h]
    #[arg(long, value_name = "DURATION", value_parser = parse_interval)]
    pub idle_timeout: Option<Duration>,
}

/// How the answer is made.
enum Answer<'a> {
    Exec(&'a str),
    Template(Template),
}

/// How the broker settled the last reply (a cell: the publisher lends its report only shared).
#[derive(Default)]
struct LastReply(Cell<Option<Delivered>>);

#[derive(Clone, Copy)]
enum Delivered {
    Confirmed,
    /// Returned unroutable (not asked for: the publish is not mandatory).
    Returned,
    Nacked,
}

impl Settled for LastReply {
    type Tag = ();
    fn settled(&mut self, outcome: Outcome<'_>, _: ()) -> Result<()> {
        self.0.set(Some(match outcome {
            Outcome::Sent | Outcome::Confirmed => Delivered::Confirmed,
            Outcome::Returned(_) => Delivered::Returned,
            Outcome::Nacked => Delivered::Nacked,
        }));
        Ok(())
    }
}

/// Nothing goes to stdout: each answer goes to its requester.
pub async fn run(args: &ReplyArgs, cx: &Context) -> Result<()> {
    let answer = match (&args.exec, &args.template) {
        (Some(command), _) => Answer::Exec(command),
        (None, Some(template)) => Answer::Template(Template::parse(template)?),
        (None, None) => {
            return Err(Error::usage(
                "reply needs --exec CMD or --template TEMPLATE",
            ));
        }
    };
    let queue = short(&args.queue, "queue name")?;
    let stop = cx.stop().clone();
    let session = cx.session().await?;
    let channel = session.channel().await?;
    // One request at a time: the others wait for another replier.
    channel
        .basic_qos(1, BasicQosOptions::default())
        .await
        .map_err(|e| session.error(e, "cannot set the prefetch count"))?;
    let mut requests = channel
        .basic_consume(
            queue,
            "".into(),
            BasicConsumeOptions::default(),
            FieldTable::default(),
        )
        .await
        .map_err(|e| session.error(e, &format!("cannot consume from queue '{}'", args.queue)))?;
    let options = PublishOptions {
        exchange: String::new(),
        target: Some("the requester's reply_to".to_owned()),
        // Not mandatory: RabbitMQ 3.x returns a mandatory reply to direct reply-to as
        // unroutable although it delivered it. A reply whose requester is gone is dropped.
        mandatory: false,
        confirms: true,
        window: 1,
        properties: BasicProperties::default(),
        period: None,
        reconnect_for: Duration::ZERO,
        report_blocking: true,
    };
    let mut publisher = Publisher::open(cx, options, LastReply::default()).await?;
    let limit = args.count.unwrap_or(u64::MAX);
    let mut answered = 0u64;
    let mut idle_since = Instant::now();
    let outcome = loop {
        if answered >= limit {
            break Ok(());
        }
        let next = tokio::select! {
            next = requests.next() => next,
            _ = stop.raised() => break Ok(()),
            _ = idle(args.idle_timeout, idle_since) => break Ok(()),
        };
        let delivery = match next {
            Some(Ok(delivery)) => delivery,
            Some(Err(e)) => {
                break Err(
                    session.error(e, &format!("consuming from queue '{}' failed", args.queue))
                );
            }
            None if !session.is_connected() => {
                break Err(Error::connection_lost(format!(
                    "consuming from queue '{}' failed: the connection to {} was lost",
                    args.queue, session.endpoint
                )));
            }
            None => {
                break Err(Error::not_found(format!(
                    "the broker cancelled the consumer of queue '{}': the queue was deleted",
                    args.queue
                )));
            }
        };
        match one(&answer, &delivery, session, &mut publisher, cx, &args.queue).await {
            Ok(true) => answered += 1,
            Ok(false) => {}
            Err(err) => break Err(err),
        }
        idle_since = Instant::now();
    };
    publisher.close().await;
    cx.diag.verbose(format_args!(
        "{answered} request(s) answered from queue '{}'",
        args.queue
    ));
    outcome?;
    if stop.is_raised() {
        return Err(stop.error());
    }
    Ok(())
}

/// Answers one request and settles it: acked once its reply was confirmed; rejected (not
/// requeued) when it cannot be answered; requeued when a stop signal cut the command short.
/// Returns whether a reply was sent.
async fn one(
    answer: &Answer<'_>,
    delivery: &Delivery,
    session: &Session,
    publisher: &mut Publisher<'_, LastReply>,
    cx: &Context,
    queue: &str,
) -> Result<bool> {
    let stop = cx.stop();
    let context = format!("cannot settle a request of queue '{queue}'");
    let reply_to = delivery
        .properties
        .reply_to()
        .as_ref()
        .map(|r| r.to_string());
    let Some(reply_to) = reply_to.filter(|r| !r.is_empty()) else {
        cx.diag.note(format_args!(
            "a request of queue '{queue}' without reply_to was rejected (not requeued): nobody to answer"
        ));
        session
            .settle(&delivery.acker, Settlement::Discard, false, &context)
            .await?;
        return Ok(false);
    };
    let body = match answer {
        Answer::Template(template) => {
            let mut body = Vec::new();
            template
                .write(&mut body, &MessageView::from(delivery))
                .map_err(Error::output)?;
            body
        }
        Answer::Exec(command) => {
            let ran = run_command(command, delivery, stop, Some(bounds::MAX_MESSAGE_BYTES)).await;
            if stop.is_raised() {
                // Cut short: the request goes back for the next replier.
                session
                    .settle(&delivery.acker, Settlement::Requeue, false, &context)
                    .await?;
                return Ok(false);
            }
            match ran {
                Ok((status, body)) if status.success() => body,
                Ok((status, _)) => {
                    cx.diag.note(format_args!(
                        "--exec command {status}; the request was rejected (not requeued), no reply sent"
                    ));
                    session
                        .settle(&delivery.acker, Settlement::Discard, false, &context)
                        .await?;
                    return Ok(false);
                }
                Err(err) => {
                    session
                        .settle(&delivery.acker, Settlement::Requeue, false, &context)
                        .await?;
                    return Err(Error::new(
                        ErrorKind::Io,
                        format!("cannot run the --exec command with sh: {err} (the request was requeued)"),
                    )
                    .with_source(err));
                }
            }
        }
    };
    let mut properties = BasicProperties::default();
    if let Some(id) = delivery.properties.correlation_id() {
        properties = properties.with_correlation_id(id.clone());
    }
    let message = Outgoing {
        body: Bytes::from(body),
        routing_key: reply_to,
        exchange: None,
        properties: Some(properties),
        tag: (),
    };
    let published = publisher.publish(message, stop).await?;
    if published {
        publisher.drain(stop, false).await?;
    }
    let delivered = publisher.report().0.take();
    let how = match delivered {
        Some(Delivered::Confirmed) => Settlement::Ack,
        Some(Delivered::Returned) => {
            cx.diag
                .note("a reply came back unroutable: its requester is gone; the request was acked");
            Settlement::Ack
        }
        Some(Delivered::Nacked) => {
            cx.diag
                .note("the broker nacked a reply; its request was put back");
            Settlement::Requeue
        }
        // Not confirmed (stopped while waiting): the request goes back.
        None => Settlement::Requeue,
    };
    session
        .settle(&delivery.acker, how, false, &context)
        .await?;
    Ok(how == Settlement::Ack)
}
