//! `move`: takes the messages a queue holds when the move starts, once each, and publishes each
//! to a queue, an exchange, or (dead letters) back where it died, on this broker or another,
//! through the one publisher with confirms; a message is acked at the source only once the
//! destination confirmed it. A move killed at any moment loses nothing: what was published and
//! not yet acked is still in the source (at most --confirm-window messages, the duplicates a
//! second run can make). What is not moved (no match for --filter, unroutable, nacked, no death
//! record) is left in the source, where it was.

mod origin;

use std::cell::RefCell;
use std::time::{Duration, Instant};

use bytes::Bytes;
use clap::{ArgGroup, Args};
use futures_util::StreamExt;
use indicatif::ProgressBar;

use lapin::message::Delivery;
use lapin::options::{BasicCancelOptions, BasicConsumeOptions, BasicGetOptions, BasicQosOptions};
use lapin::types::{FieldTable, ShortString};
use lapin::{Acker, BasicProperties, Channel, Consumer};

use crate::amqp::{Session, Settlement};
use crate::context::Context;
use crate::envelope::MessageView;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::filter::Filter;
use crate::output::{per_second, stderr_bar};
use crate::publish::{Outcome, Outgoing, PublishOptions, Publisher, Settled};
use crate::settings::{self, Overrides};
use crate::stop::Stop;
use crate::values::short;

/// Returned messages said one by one before they are only counted.
const RETURNS_SHOWN: u64 = 3;

/// How long the consumer waits for a message before asking whether the queue has any left
/// (another consumer may have taken what the count at the start promised).
const QUIET_SOURCE: Duration = Duration::from_secs(1);

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("destination").required(true).args(["to", "to_exchange", "to_origin"])))]
pub struct MoveArgs {
    /// Queue to move messages from
    pub source: String,
    /// Move the messages to this queue (through the default exchange)
    #[arg(long, value_name = "QUEUE")]
    pub to: Option<String>,
    /// Publish the messages to this exchange, each with its own routing key (or --routing-key)
    #[arg(long, value_name = "EXCHANGE")]
    pub to_exchange: Option<String>,
    /// With --to-exchange: the routing key for every message [default: each message's own]
    #[arg(long, value_name = "KEY", requires = "to_exchange")]
    pub routing_key: Option<String>,
    /// Send each dead-lettered message back where it died: the exchange and routing key of its
    /// latest x-death entry (else x-first-death-queue, through the default exchange). A message
    /// with no death record stays in the source
    #[arg(long)]
    pub to_origin: bool,
    /// With --to-origin: keep the death headers (x-death, x-first-death-*, x-last-death-*) on
    /// the messages sent back [default: removed, so the message is not seen as dead already;
    /// RabbitMQ 4.x keeps a republished x-death as a plain header and counts deaths anew]
    #[arg(long, requires = "to_origin")]
    pub keep_death_headers: bool,
    /// Publish into this vhost [default: the source's, or the --to-url's]
    #[arg(long, value_name = "VHOST")]
    pub to_vhost: Option<String>,
    /// Publish to another broker (amqp:// or amqps://, its own user and password) [default: the
    /// source's broker]
    #[arg(long, value_name = "URL")]
    pub to_url: Option<String>,
    /// Move at most N messages [range: 1 to 2^64-1]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub count: Option<u64>,
    #[arg(long, value_name = "EXPR", help = concat!(
        "Move only the messages that match; the others stay in the source, where they were \
         (each message the queue held at the start is looked at once): ",
        crate::filter::fields_help!()
    ))]
    pub filter: Option<String>,
    /// Most messages published and not yet confirmed (and so not yet acked at the source) at
    /// once: the most duplicates a move killed half-way can leave [range: 2 to 10000]
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u16).range(2..=10_000))]
    pub confirm_window: u16,
}

/// Where the messages go.
enum Destination {
    Queue(String),
    Exchange {
        exchange: String,
        routing_key: Option<String>,
    },
    Origin {
        keep_death_headers: bool,
    },
}

/// What the publisher has settled, shared with the loop that acks at the source.
#[derive(Default)]
struct Ledger {
    /// Confirmed by the destination, to ack at the source.
    confirmed: Vec<Acker>,
    moved: u64,
    returned: u64,
    nacked: u64,
    /// A message is kept (unacked) in the source: acks can no longer be `multiple`.
    holding: bool,
    said_returns: u64,
}

struct Report<'a> {
    ledger: &'a RefCell<Ledger>,
    cx: &'a Context,
    bar: &'a ProgressBar,
}

impl Settled for Report<'_> {
    type Tag = Acker;

    fn settled(&mut self, outcome: Outcome<'_>, acker: Acker) -> Result<()> {
        let mut ledger = self.ledger.borrow_mut();
        match outcome {
            Outcome::Confirmed | Outcome::Sent => {
                ledger.moved += 1;
                ledger.confirmed.push(acker);
            }
            Outcome::Returned(returned) => {
                ledger.returned += 1;
                ledger.holding = true;
                if ledger.said_returns < RETURNS_SHOWN || self.cx.diag.is_verbose() {
                    ledger.said_returns += 1;
                    self.bar.suspend(|| {
                        self.cx.diag.warn(format_args!(
                            "message returned as unroutable, left in the source: exchange '{}', routing key '{}' ({} {})",
                            returned.delivery.exchange,
                            returned.delivery.routing_key,
                            returned.reply_code,
                            returned.reply_text
                        ))
                    });
                }
            }
            Outcome::Nacked => {
                ledger.nacked += 1;
                ledger.holding = true;
            }
        }
        Ok(())
    }
}

/// What the scan did, besides what the publisher settled.
#[derive(Default)]
struct Scan {
    /// Messages taken from the source and looked at.
    scanned: u64,
    /// Published (handed to the destination).
    published: u64,
    unmatched: u64,
    no_origin: u64,
    /// Acked at the source after their confirm.
    acked: u64,
}

pub async fn run(args: &MoveArgs, cx: &Context) -> Result<()> {
    let filter = args.filter.as_deref().map(Filter::compile).transpose()?;
    let queue = short(&args.source, "queue name")?;
    let destination = match (&args.to, &args.to_exchange) {
        (Some(to), _) => Destination::Queue(to.clone()),
        (None, Some(exchange)) => Destination::Exchange {
            exchange: exchange.clone(),
            routing_key: args.routing_key.clone(),
        },
        (None, None) => Destination::Origin {
            keep_death_headers: args.keep_death_headers,
        },
    };
    let elsewhere = destination_context(args, cx)?;
    let target = elsewhere.as_ref().unwrap_or(cx);
    let result = move_all(args, cx, target, &queue, &destination, filter.as_ref()).await;
    if let Some(elsewhere) = elsewhere {
        elsewhere.close().await;
    }
    if let Some(filter) = &filter {
        filter.report(&cx.diag);
    }
    result
}

/// A context of its own for a destination in another vhost or on another broker; None: the
/// source's. Another broker's URL is read as `--url` is, with its own credentials (or guest),
/// never the source's password.
fn destination_context(args: &MoveArgs, cx: &Context) -> Result<Option<Context>> {
    let settings = match (&args.to_url, &args.to_vhost) {
        (None, None) => return Ok(None),
        (None, Some(vhost)) => {
            let mut settings = cx.settings.clone();
            short(vhost, "vhost name")?;
            settings.vhost = vhost.clone();
            settings
        }
        (Some(url), vhost) => {
            let overrides = Overrides {
                urls: vec![url.clone()],
                vhost: vhost.clone(),
                timeout: Some(cx.settings.timeout),
                tls: cx.settings.tls.clone(),
                ..Overrides::default()
            };
            settings::resolve(&overrides, &|_| None, None)
                .map_err(|e| e.with_hint("--to-url takes an amqp:// or amqps:// URL"))?
        }
    };
    Ok(Some(Context::new(
        settings,
        cx.diag.clone(),
        &format!("move {} (destination)", args.source),
    )))
}

async fn move_all(
    args: &MoveArgs,
    cx: &Context,
    target: &Context,
    queue: &ShortString,
    destination: &Destination,
    filter: Option<&Filter>,
) -> Result<()> {
    let stop = cx.stop().clone();
    let describe = describe(destination, target, !std::ptr::eq(cx, target));
    if let Destination::Queue(to) = destination {
        let session = target.session().await?;
        ready_in(session, &short(to, "queue name")?, &target.settings.vhost).await?;
    }
    let session = cx.connect().await?;
    let outcome = async {
        let held = ready_in(&session, queue, &cx.settings.vhost).await?;
        let total = match filter {
            Some(_) => u64::from(held),
            None => u64::from(held).min(args.count.unwrap_or(u64::MAX)),
        };
        if total == 0 {
            cx.diag.note(format_args!(
                "queue '{}' is empty: nothing to move",
                args.source
            ));
            return Ok(());
        }
        let mover = Mover {
            args,
            cx,
            session: &session,
            queue,
            destination,
            filter,
            total,
            stop: &stop,
            describe: &describe,
        };
        mover.run(target).await
    }
    .await;
    session.close().await;
    outcome
}

/// The ready messages of `queue` now; a missing queue is said as such (66).
async fn ready_in(session: &Session, queue: &ShortString, vhost: &str) -> Result<u32> {
    match session.passive_queue(queue).await {
        Ok(declared) => Ok(declared.message_count()),
        Err(err) if err.kind() == ErrorKind::NotFound => {
            Err(err.with_message(format!("queue '{queue}' does not exist in vhost '{vhost}'")))
        }
        Err(err) => Err(err),
    }
}

/// The destination for people: `queue 'orders' in vhost 'v' at host:5672`.
fn describe(destination: &Destination, target: &Context, elsewhere: bool) -> String {
    let what = match destination {
        Destination::Queue(queue) => format!("queue '{queue}'"),
        Destination::Exchange { exchange, .. } => format!("exchange '{exchange}'"),
        Destination::Origin { .. } => "where each died".to_owned(),
    };
    if !elsewhere {
        return what;
    }
    let node = target
        .settings
        .nodes
        .first()
        .map(|node| format!(" at {}", node.authority()))
        .unwrap_or_default();
    format!("{what} in vhost '{}'{node}", target.settings.vhost)
}

/// One run of the move: the source's channel, the publisher, what has been done.
struct Mover<'a> {
    args: &'a MoveArgs,
    cx: &'a Context,
    session: &'a Session,
    queue: &'a ShortString,
    destination: &'a Destination,
    filter: Option<&'a Filter>,
    /// Messages to look at: what the queue held at the start (at most --count without a filter).
    total: u64,
    stop: &'a Stop,
    describe: &'a str,
}

/// How many confirmed messages are acked at the source in one go (a quarter of the window):
/// the publisher's own window is the rest, so that what is published and not yet acked never
/// exceeds --confirm-window.
fn ack_batch(window: u16) -> u16 {
    (window / 4).max(1).min(window.saturating_sub(1))
}

/// Where the messages come from: a consumer (flow-controlled by the window), or, with a
/// filter, basic.get one at a time: the messages left in the source stay unacked until the
/// end, and a consumer's prefetch would fill up with them.
enum Taking {
    Consumer(Consumer),
    Get,
}

impl Mover<'_> {
    async fn run(&self, target: &Context) -> Result<()> {
        let window = self.args.confirm_window;
        let channel = self.session.channel().await?;
        let taking = match self.filter {
            Some(_) => Taking::Get,
            None => {
                // Above what can be unacked while the next delivery is awaited (the publisher's
                // window and a batch of acks short of one), so that it always comes.
                let prefetch = (u64::from(window) + 1).min(self.total) as u16;
                channel
                    .basic_qos(prefetch, BasicQosOptions::default())
                    .await
                    .map_err(|e| self.session.error(e, "cannot set the prefetch count"))?;
                let consumer = channel
                    .basic_consume(
                        self.queue.clone(),
                        "".into(),
                        BasicConsumeOptions::default(),
                        FieldTable::default(),
                    )
                    .await
                    .map_err(|e| self.session.error(e, &self.what()))?;
                Taking::Consumer(consumer)
            }
        };
        let (exchange, target_name) = match self.destination {
            Destination::Queue(_) => (String::new(), Some(self.describe.to_owned())),
            Destination::Exchange { exchange, .. } => (exchange.clone(), None),
            Destination::Origin { .. } => (String::new(), None),
        };
        let options = PublishOptions {
            exchange,
            target: target_name,
            mandatory: true,
            confirms: true,
            window: usize::from(window - ack_batch(window)),
            properties: BasicProperties::default(),
            period: None,
            // A lost connection ends the move; what was not acked is still in the source.
            reconnect_for: Duration::ZERO,
            report_blocking: !self.cx.diag.is_quiet(),
        };
        let ledger = RefCell::new(Ledger::default());
        let bar = stderr_bar(Some(self.total), self.cx.diag.is_quiet());
        let report = Report {
            ledger: &ledger,
            cx: self.cx,
            bar: &bar,
        };
        let started = Instant::now();
        let mut scan = Scan::default();
        let mut publisher = Publisher::open(target, options, report).await?;
        let mut taking = taking;
        let outcome = self
            .scan(
                &channel,
                &mut taking,
                &mut publisher,
                &ledger,
                &mut scan,
                &bar,
            )
            .await;
        if let Taking::Consumer(consumer) = &taking {
            let _ = channel
                .basic_cancel(consumer.tag(), BasicCancelOptions::default())
                .await;
        }
        let drained = match outcome {
            Ok(()) => publisher.drain(self.stop, false).await,
            Err(_) => Ok(()),
        };
        let acked = self.ack_confirmed(&ledger, &mut scan, true).await;
        bar.finish_and_clear();
        // What is still unacked (not matched, unroutable, not yet confirmed, sent ahead by the
        // broker) goes back to the source, where it was, when the channel closes.
        let _ = channel.close(200, "mq move done".into()).await;
        publisher.close().await;
        let ledger = ledger.into_inner();
        self.summary(&scan, &ledger, started.elapsed());
        outcome?;
        drained?;
        acked?;
        if self.stop.is_raised() {
            return Err(self.stop.error());
        }
        let left = ledger.returned + ledger.nacked + scan.no_origin;
        let settled = ledger.moved + ledger.returned + ledger.nacked;
        let unconfirmed = scan.published.saturating_sub(settled);
        if left > 0 || unconfirmed > 0 {
            return Err(Error::partial(format!(
                "{} message(s) could not be moved and are still in queue '{}': {} returned as unroutable, {} nacked, {} without a death record, {unconfirmed} unconfirmed",
                left + unconfirmed,
                self.args.source,
                ledger.returned,
                ledger.nacked,
                scan.no_origin
            )));
        }
        Ok(())
    }

    fn what(&self) -> String {
        format!("cannot take messages from queue '{}'", self.args.source)
    }

    async fn scan(
        &self,
        channel: &Channel,
        taking: &mut Taking,
        publisher: &mut Publisher<'_, Report<'_>>,
        ledger: &RefCell<Ledger>,
        scan: &mut Scan,
        bar: &ProgressBar,
    ) -> Result<()> {
        let limit = self.args.count.unwrap_or(u64::MAX);
        let started = Instant::now();
        while scan.scanned < self.total && scan.published < limit && !self.stop.is_raised() {
            let Some(delivery) = self.next(channel, taking).await? else {
                break;
            };
            scan.scanned += 1;
            if self
                .filter
                .is_some_and(|f| !f.matches(&MessageView::from(&delivery)))
            {
                scan.unmatched += 1;
                ledger.borrow_mut().holding = true;
            } else if let Some(outgoing) = self.outgoing(delivery) {
                if !publisher.publish(outgoing, self.stop).await? {
                    break;
                }
                scan.published += 1;
            } else {
                scan.no_origin += 1;
                ledger.borrow_mut().holding = true;
                if scan.no_origin == 1 {
                    bar.suspend(|| {
                        self.cx.diag.warn(format_args!(
                            "a message of queue '{}' has no death record (x-death): it stays there",
                            self.args.source
                        ))
                    });
                }
            }
            self.ack_confirmed(ledger, scan, false).await?;
            let rate = per_second(scan.scanned as f64 / started.elapsed().as_secs_f64().max(1e-3));
            bar.set_message(format!(
                "{}/{} moved {}  {rate}",
                scan.scanned,
                self.total,
                ledger.borrow().moved
            ));
            bar.set_position(scan.scanned);
        }
        Ok(())
    }

    /// The next message of the source; None when it has run out (or on a stop signal).
    async fn next(&self, channel: &Channel, taking: &mut Taking) -> Result<Option<Delivery>> {
        let consumer = match taking {
            Taking::Get => {
                let got = channel
                    .basic_get(self.queue.clone(), BasicGetOptions { no_ack: false })
                    .await
                    .map_err(|e| self.session.error(e, &self.what()))?;
                return Ok(got.map(|message| message.delivery));
            }
            Taking::Consumer(consumer) => consumer,
        };
        loop {
            let next = tokio::select! {
                next = consumer.next() => next,
                _ = self.stop.raised() => return Ok(None),
                _ = tokio::time::sleep(QUIET_SOURCE) => {
                    if ready_in(self.session, self.queue, &self.cx.settings.vhost).await? == 0 {
                        return Ok(None);
                    }
                    continue;
                }
            };
            return match next {
                Some(delivery) => delivery
                    .map(Some)
                    .map_err(|e| self.session.error(e, &self.what())),
                None if !self.session.is_connected() => Err(Error::connection_lost(format!(
                    "{}: the connection to {} was lost",
                    self.what(),
                    self.session.endpoint
                ))),
                None => Err(Error::not_found(format!(
                    "the broker cancelled the consumer of queue '{}': the queue was deleted",
                    self.args.source
                ))),
            };
        }
    }

    /// The message as it is published to the destination; None when --to-origin finds no
    /// death record on it.
    fn outgoing(&self, delivery: Delivery) -> Option<Outgoing<Acker>> {
        let Delivery {
            routing_key,
            properties,
            data,
            acker,
            ..
        } = delivery;
        let (exchange, routing_key, properties) = match self.destination {
            Destination::Queue(queue) => (None, queue.clone(), properties),
            Destination::Exchange {
                routing_key: key, ..
            } => (
                None,
                key.clone().unwrap_or_else(|| routing_key.to_string()),
                properties,
            ),
            Destination::Origin { keep_death_headers } => {
                let found = origin::origin(&properties)?;
                let properties = match keep_death_headers {
                    true => properties,
                    false => origin::without_death(properties),
                };
                (Some(found.exchange), found.routing_key, properties)
            }
        };
        Some(Outgoing {
            body: Bytes::from(data),
            routing_key,
            exchange,
            properties: Some(properties),
            tag: acker,
        })
    }

    /// Acks at the source what the destination confirmed: in one frame while no message is
    /// kept in the source (a `multiple` ack would take it too), else one by one.
    async fn ack_confirmed(
        &self,
        ledger: &RefCell<Ledger>,
        scan: &mut Scan,
        all: bool,
    ) -> Result<()> {
        let batch = usize::from(ack_batch(self.args.confirm_window));
        let (confirmed, holding) = {
            let mut ledger = ledger.borrow_mut();
            if !all && ledger.confirmed.len() < batch {
                return Ok(());
            }
            (std::mem::take(&mut ledger.confirmed), ledger.holding)
        };
        if confirmed.is_empty() || !self.session.is_connected() {
            return Ok(());
        }
        let context = format!(
            "cannot acknowledge messages of queue '{}'",
            self.args.source
        );
        if holding {
            for acker in &confirmed {
                self.session
                    .settle(acker, Settlement::Ack, false, &context)
                    .await?;
            }
        } else if let Some(last) = confirmed.last() {
            self.session
                .settle(last, Settlement::Ack, true, &context)
                .await?;
        }
        scan.acked += confirmed.len() as u64;
        Ok(())
    }

    fn summary(&self, scan: &Scan, ledger: &Ledger, elapsed: Duration) {
        let seconds = elapsed.as_secs_f64();
        let rate = per_second(ledger.moved as f64 / seconds.max(1e-3)).replace("/s", " msg/s");
        let mut left = Vec::new();
        for (count, why) in [
            (scan.unmatched, "not matching --filter"),
            (ledger.returned, "returned as unroutable"),
            (ledger.nacked, "nacked by the destination"),
            (scan.no_origin, "without a death record"),
        ] {
            if count > 0 {
                left.push(format!("{count} {why}"));
            }
        }
        let left = match left.is_empty() {
            true => String::new(),
            false => format!("; left in the source: {}", left.join(", ")),
        };
        self.cx.diag.note(format_args!(
            "moved {} of {} message(s) looked at in queue '{}' to {} in {seconds:.3}s ({rate}){left}",
            ledger.moved, scan.scanned, self.args.source, self.describe
        ));
        // Published, perhaps arrived, and not acked at the source: there twice.
        let twice = scan
            .published
            .saturating_sub(scan.acked + ledger.returned + ledger.nacked);
        if twice > 0 {
            self.cx.diag.warn(format_args!(
                "{twice} message(s) published and not acked at the source are still in queue '{}': \
                 a second move sends them again (up to {twice} duplicates at the destination)",
                self.args.source
            ));
        }
    }
}
