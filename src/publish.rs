//! The one publisher of `mq` (`produce`, `bench`, and the commands to come that move and
//! request messages): publisher confirms kept in a bounded window, mandatory routing with
//! returned messages reported, nacks, steady pacing, a bounded wait for what is in flight at
//! the end, and, after a lost connection, reconnecting and publishing again what the broker had
//! not confirmed. It takes plain options and tells its caller how each message was settled.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context as TaskContext, Poll, Waker};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::FutureExt;
use futures_util::future::{self, BoxFuture};
use lapin::message::BasicReturnMessage;
use lapin::options::{BasicPublishOptions, BasicQosOptions, ConfirmSelectOptions};
use lapin::types::ShortString;
use lapin::{BasicProperties, Channel, Confirmation};

use crate::amqp::{Session, TaskGuard};
use crate::context::Context;
use crate::diag::Diag;
use crate::error::{Error, Result};
use crate::recovery::Reconnector;
use crate::stop::Stop;
use crate::values::short;

/// Unpaced, confirms that arrived are settled (and reported) every this many messages.
const SETTLE_EVERY: u64 = 64;

/// How long the end of a run (or Ctrl-C) waits for the broker to confirm what is in flight.
pub const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// Without confirms, most messages handed to lapin and not yet written to the socket: enough
/// for lapin to write many in one go, few enough to bound what a lost connection loses.
const UNWRITTEN_WINDOW: usize = 1024;

/// How to publish, decided once by the command.
pub struct PublishOptions {
    /// Where messages go that do not name their own exchange ("" is the default exchange).
    pub exchange: String,
    /// How errors name where messages go; None: after the exchange.
    pub target: Option<String>,
    /// Ask the broker to return what no queue takes.
    pub mandatory: bool,
    /// Publisher confirms; without them nothing is known to have arrived.
    pub confirms: bool,
    /// Most messages awaiting their confirm at once (at least 1).
    pub window: usize,
    /// The properties of messages that bring none of their own.
    pub properties: BasicProperties,
    /// The pause between two messages; None: as fast as possible.
    pub period: Option<Duration>,
    /// How long to try reconnecting after each loss; zero: a lost connection ends the run.
    pub reconnect_for: Duration,
    /// Say on stderr when the broker blocks publishing (and when it lets go again).
    pub report_blocking: bool,
}

/// One message to publish, with what the caller wants back when it is settled.
pub struct Outgoing<T> {
    /// Shared, not copied: a message of 100 MB published --count times, or kept for publishing
    /// again after a lost connection, is held once.
    pub body: Bytes,
    pub routing_key: String,
    /// Where this message goes and how, when it differs from the options' (replay).
    pub exchange: Option<String>,
    pub properties: Option<BasicProperties>,
    /// The caller's own: handed back with the message's outcome.
    pub tag: T,
}

/// How the broker settled a message.
pub enum Outcome<'a> {
    /// Published with confirms off: handed to the broker, nothing more is known.
    Sent,
    /// The broker confirmed it.
    Confirmed,
    /// Mandatory and unroutable: the broker returned it (then acked it).
    Returned(&'a BasicReturnMessage),
    /// The broker could not take it.
    Nacked,
}

/// The caller's side of the publisher: told of every message once it is settled, in order.
pub trait Settled {
    type Tag;
    fn settled(&mut self, outcome: Outcome<'_>, tag: Self::Tag) -> Result<()>;
}

/// What a publisher has done so far, across connections.
#[derive(Debug, Default, Clone)]
pub struct PublishCounts {
    pub published: u64,
    pub confirmed: u64,
    pub returned: u64,
    pub nacked: u64,
    /// Messages published again on a new connection because their confirm never came.
    pub republished: u64,
}

/// Publishes at a steady pace: message `i` is due at `start + i * period`, so a slow moment
/// is caught up and the rate holds over minutes.
struct Pacer {
    period: Option<Duration>,
    start: Instant,
}

impl Pacer {
    /// When message `index` is due; None when there is no pause between messages.
    fn due(&self, index: u64) -> Option<Instant> {
        self.period
            .map(|period| self.start + period.mul_f64(index as f64))
    }
}

/// What ended a wait for the next message's turn.
enum Woken {
    Due,
    Interrupted,
    Confirmed(Box<lapin::Result<Confirmation>>),
}

/// A message on its way: written to the socket by lapin's I/O thread, then, with confirms,
/// confirmed by the broker. Its frames are queued, in order, when it is made (see
/// [`Publisher::send`]); awaited, it settles. Ended in an error (a lost connection), it says
/// that error again when asked again, as lapin's confirms do: a message kept in flight for
/// publishing again is asked more than once.
struct Settling {
    pending: BoxFuture<'static, lapin::Result<Confirmation>>,
    failed: Option<lapin::Error>,
}

impl Future for Settling {
    type Output = lapin::Result<Confirmation>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<Self::Output> {
        if let Some(err) = &self.failed {
            return Poll::Ready(Err(err.clone()));
        }
        let polled = self.pending.poll_unpin(cx);
        if let Poll::Ready(Err(err)) = &polled {
            self.failed = Some(err.clone());
        }
        polled
    }
}

/// A message awaiting its write (and its confirm), kept whole so that it can be published again
/// when the connection is lost before the broker confirms it.
struct InFlight<T> {
    confirm: Settling,
    message: Outgoing<T>,
}

/// The connection and channel publishing now, with the watch that reports blocked publishing.
struct PublishChannel {
    session: Session,
    channel: Channel,
    _blocked: Option<TaskGuard>,
}

impl PublishChannel {
    /// A channel on `session` (with confirms when asked), or the error, after which the session
    /// is closed.
    async fn open(
        session: Session,
        confirms: bool,
        report_blocking: bool,
        diag: &Diag,
    ) -> Result<PublishChannel> {
        match open_channel(&session, confirms).await {
            Ok(channel) => Ok(PublishChannel {
                _blocked: report_blocking.then(|| session.report_blocking(diag)),
                session,
                channel,
            }),
            Err(err) => {
                session.close().await;
                Err(err)
            }
        }
    }
}

async fn open_channel(session: &Session, confirms: bool) -> Result<Channel> {
    let channel = session.channel().await?;
    if confirms {
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .map_err(|e| session.error(e, "cannot turn on publisher confirms"))?;
    }
    Ok(channel)
}

/// A publisher on a connection of its own. Each message is reported to `report` once settled;
/// a lost connection is found again (within the reconnect budget) inside each call.
pub struct Publisher<'a, R: Settled> {
    cx: &'a Context,
    link: PublishChannel,
    reconnector: Reconnector,
    /// The exchange of the last message published, for error messages.
    exchange: String,
    exchange_name: ShortString,
    target: Option<String>,
    publish_options: BasicPublishOptions,
    properties: BasicProperties,
    window: usize,
    confirms: bool,
    report_blocking: bool,
    pacer: Pacer,
    in_flight: VecDeque<InFlight<R::Tag>>,
    /// The message handed to [`Publisher::publish`] and not yet taken by the broker.
    unsent: Option<Outgoing<R::Tag>>,
    counts: PublishCounts,
    report: R,
}

impl<'a, R: Settled> Publisher<'a, R> {
    /// Connects and opens the channel; the pace starts now.
    pub async fn open(cx: &'a Context, options: PublishOptions, report: R) -> Result<Self> {
        let exchange_name = short(&options.exchange, "exchange name")?;
        let link = PublishChannel::open(
            cx.connect().await?,
            options.confirms,
            options.report_blocking,
            &cx.diag,
        )
        .await?;
        Ok(Publisher {
            cx,
            link,
            reconnector: Reconnector::new(options.reconnect_for),
            exchange: options.exchange,
            exchange_name,
            target: options.target,
            publish_options: BasicPublishOptions {
                mandatory: options.mandatory,
                ..BasicPublishOptions::default()
            },
            properties: options.properties,
            // A window of 0 would wait for ever.
            window: match options.confirms {
                true => options.window.max(1),
                false => UNWRITTEN_WINDOW,
            },
            confirms: options.confirms,
            report_blocking: options.report_blocking,
            pacer: Pacer {
                period: options.period,
                start: Instant::now(),
            },
            in_flight: VecDeque::new(),
            unsent: None,
            counts: PublishCounts::default(),
            report,
        })
    }

    /// The caller's side, as it is now.
    pub fn report(&self) -> &R {
        &self.report
    }

    pub fn counts(&self) -> &PublishCounts {
        &self.counts
    }

    /// Messages published whose confirm has not come (yet); without confirms, those not yet
    /// written to the socket.
    pub fn unconfirmed(&self) -> usize {
        self.in_flight.len()
    }

    /// Closes the connection.
    pub async fn close(self) {
        self.link.session.close().await;
    }

    /// Waits until the next message is due, settling confirms as they arrive meanwhile so that
    /// the caller hears of them at once; false when `stop` came first.
    pub async fn wait_turn(&mut self, stop: &Stop) -> Result<bool> {
        loop {
            let due = self.pacer.due(self.counts.published);
            match self.try_wait_turn(due, stop).await {
                Err(err) if self.recoverable(&err, stop) => self.recover(err, stop).await?,
                other => return other,
            }
        }
    }

    /// Publishes `message`, first waiting for room in the confirm window; false when `stop`
    /// came while waiting (the message is not published).
    pub async fn publish(&mut self, message: Outgoing<R::Tag>, stop: &Stop) -> Result<bool> {
        // Kept here until the broker has it, so that a connection lost meanwhile loses nothing.
        self.unsent = Some(message);
        match self.try_publish(stop).await {
            Err(err) if self.recoverable(&err, stop) => {
                // Recovery publishes the message again after what was in flight.
                self.recover(err, stop).await?;
                Ok(true)
            }
            other => other,
        }
    }

    /// Waits for every outstanding confirm (without confirms, until every message is written to
    /// the socket); after `stop` only for [`DRAIN_TIMEOUT`]. With
    /// `recover`, a connection lost meanwhile is found again and the unconfirmed published again.
    pub async fn drain(&mut self, stop: &Stop, recover: bool) -> Result<()> {
        loop {
            match self.try_drain(stop).await {
                Err(err) if recover && self.recoverable(&err, stop) => {
                    self.recover(err, stop).await?
                }
                other => return other,
            }
        }
    }

    fn recoverable(&self, err: &Error, stop: &Stop) -> bool {
        err.is_connection_lost() && !stop.is_raised()
    }

    async fn try_wait_turn(&mut self, due: Option<Instant>, stop: &Stop) -> Result<bool> {
        let Some(due) = due else {
            // Flat out, polling the oldest confirm before every message contends with lapin's
            // I/O thread for the confirm's lock (a fifth of the throughput, measured with perf):
            // look every so many messages instead; a full window is settled anyway.
            if self.counts.published.is_multiple_of(SETTLE_EVERY) {
                self.settle_ready()?;
            }
            return Ok(!stop.is_raised());
        };
        self.settle_ready()?;
        loop {
            let woken = match self.in_flight.front_mut() {
                Some(oldest) => tokio::select! {
                    _ = tokio::time::sleep_until(due.into()) => Woken::Due,
                    _ = stop.raised() => Woken::Interrupted,
                    settled = &mut oldest.confirm => Woken::Confirmed(Box::new(settled)),
                },
                None => tokio::select! {
                    _ = tokio::time::sleep_until(due.into()) => Woken::Due,
                    _ = stop.raised() => Woken::Interrupted,
                },
            };
            match woken {
                Woken::Due => return Ok(!stop.is_raised()),
                Woken::Interrupted => return Ok(false),
                Woken::Confirmed(settled) => self.settle_oldest(*settled)?,
            }
        }
    }

    async fn try_publish(&mut self, stop: &Stop) -> Result<bool> {
        while self.in_flight.len() >= self.window {
            let settled = match self.next_confirm(stop).await {
                Some(settled) => settled,
                None => return Ok(false),
            };
            self.settle_oldest(settled)?;
        }
        self.publish_unsent().await?;
        Ok(true)
    }

    /// Publishes the message handed over last, if the broker does not have it yet.
    async fn publish_unsent(&mut self) -> Result<()> {
        let Some(message) = self.unsent.take() else {
            return Ok(());
        };
        let confirm = match self.send(&message) {
            Ok(confirm) => confirm,
            Err(err) => {
                self.unsent = Some(message);
                return Err(err);
            }
        };
        self.counts.published += 1;
        self.in_flight.push_back(InFlight { confirm, message });
        Ok(())
    }

    /// Hands `message` to lapin without waiting for its write: lapin's `basic_publish` queues
    /// the frames (and registers the confirm) when first polled, and resolves only once its
    /// I/O thread wrote them. Awaiting each in turn would cost a wake-up of that thread, a
    /// write(2) and a wake-up back per message (4.5 system calls a message, strace -c);
    /// polled once here, in order, the messages keep their order and lapin writes as many at a
    /// time as have queued.
    fn send(&mut self, message: &Outgoing<R::Tag>) -> Result<Settling> {
        let routing_key = short(&message.routing_key, "routing key")?;
        let exchange = match &message.exchange {
            Some(exchange) => {
                let name = short(exchange, "exchange name")?;
                if *exchange != self.exchange {
                    self.exchange = exchange.clone();
                }
                name
            }
            None => self.exchange_name.clone(),
        };
        let properties = message
            .properties
            .clone()
            .unwrap_or_else(|| self.properties.clone());
        let (channel, options, body) = (
            self.link.channel.clone(),
            self.publish_options,
            message.body.clone(),
        );
        let mut pending: BoxFuture<'static, _> = Box::pin(async move {
            let confirm = channel
                .basic_publish(exchange, routing_key, options, &body, properties)
                .await?;
            confirm.await
        });
        let pending = match pending.poll_unpin(&mut TaskContext::from_waker(Waker::noop())) {
            Poll::Pending => pending,
            Poll::Ready(Err(err)) => return Err(self.publish_error(err)),
            Poll::Ready(settled) => Box::pin(future::ready(settled)),
        };
        Ok(Settling {
            pending,
            failed: None,
        })
    }

    fn publish_error(&self, err: lapin::Error) -> Error {
        let target = match &self.target {
            Some(target) => target.clone(),
            None if self.exchange.is_empty() => "the default exchange".to_owned(),
            None => format!("exchange '{}'", self.exchange),
        };
        self.link
            .session
            .error(err, &format!("cannot publish to {target}"))
    }

    fn settle(&mut self, confirmation: Confirmation, tag: R::Tag) -> Result<()> {
        // The broker answers on this connection: a later loss is a new outage.
        self.reconnector.progress();
        match confirmation {
            // Written to the socket; the broker has it as far as anyone will know.
            _ if !self.confirms => self.report.settled(Outcome::Sent, tag),
            Confirmation::Ack(None) | Confirmation::NotRequested => {
                self.counts.confirmed += 1;
                self.report.settled(Outcome::Confirmed, tag)
            }
            Confirmation::Ack(Some(returned)) => {
                self.counts.returned += 1;
                self.report.settled(Outcome::Returned(&returned), tag)
            }
            Confirmation::Nack(_) => {
                self.counts.nacked += 1;
                self.report.settled(Outcome::Nacked, tag)
            }
        }
    }

    /// Settles the confirms that have already arrived, without waiting.
    fn settle_ready(&mut self) -> Result<()> {
        while let Some(oldest) = self.in_flight.front_mut() {
            match (&mut oldest.confirm).now_or_never() {
                Some(settled) => self.settle_oldest(settled)?,
                None => return Ok(()),
            }
        }
        Ok(())
    }

    /// The oldest outstanding confirm, left in the queue until settled; None on `stop`.
    async fn next_confirm(&mut self, stop: &Stop) -> Option<lapin::Result<Confirmation>> {
        let oldest = self.in_flight.front_mut()?;
        tokio::select! {
            settled = &mut oldest.confirm => Some(settled),
            _ = stop.raised() => None,
        }
    }

    /// Settles the oldest message with its confirm. When the connection was lost instead, the
    /// message stays in flight, to be published again on the next connection.
    fn settle_oldest(&mut self, settled: lapin::Result<Confirmation>) -> Result<()> {
        let settled = settled.map_err(|e| self.publish_error(e));
        if let Err(err) = &settled
            && err.is_connection_lost()
        {
            return settled.map(|_| ());
        }
        let Some(flight) = self.in_flight.pop_front() else {
            return Ok(());
        };
        self.settle(settled?, flight.message.tag)
    }

    /// Settles every message whose confirm came before the connection was lost, wherever it
    /// is in the queue; the rest stay in flight, in order.
    fn settle_arrived(&mut self) -> Result<()> {
        let mut waiting = VecDeque::with_capacity(self.in_flight.len());
        for mut flight in std::mem::take(&mut self.in_flight) {
            match (&mut flight.confirm).now_or_never() {
                Some(Ok(confirmation)) => self.settle(confirmation, flight.message.tag)?,
                _ => waiting.push_back(flight),
            }
        }
        self.in_flight = waiting;
        Ok(())
    }

    /// After `cause` (a lost connection): connects again and publishes again, in order, every
    /// message the broker had not confirmed, then the one that was about to go. At least once:
    /// the broker may have taken some of them before the connection went, so each one
    /// published again may be a duplicate.
    async fn recover(&mut self, cause: Error, stop: &Stop) -> Result<()> {
        self.settle_arrived()?;
        let mut cause = cause;
        loop {
            let lost = self.link.session.endpoint.to_string();
            let (cx, confirms, report_blocking) = (self.cx, self.confirms, self.report_blocking);
            self.link = self
                .reconnector
                .reopen(cx, &lost, cause, stop, async |session| {
                    PublishChannel::open(session, confirms, report_blocking, &cx.diag).await
                })
                .await?;
            match self.republish().await {
                Ok(()) => return Ok(()),
                Err(err) if err.is_connection_lost() => {
                    self.settle_arrived()?;
                    cause = err;
                }
                Err(err) => return Err(err),
            }
        }
    }

    async fn republish(&mut self) -> Result<()> {
        if !self.confirms {
            self.cx
                .diag
                .note("confirms are off: messages published just before the loss may be lost");
        } else if !self.in_flight.is_empty() {
            self.cx.diag.note(format_args!(
                "publishing again {} message(s) the broker had not confirmed",
                self.in_flight.len()
            ));
        }
        let mut in_flight = std::mem::take(&mut self.in_flight);
        let mut sent = Ok(());
        for flight in in_flight.iter_mut() {
            match self.send(&flight.message) {
                Ok(confirm) => {
                    flight.confirm = confirm;
                    self.counts.republished += 1;
                }
                Err(err) => {
                    sent = Err(err);
                    break;
                }
            }
        }
        self.in_flight = in_flight;
        sent?;
        self.publish_unsent().await
    }

    async fn try_drain(&mut self, stop: &Stop) -> Result<()> {
        while !self.in_flight.is_empty() && !stop.is_raised() {
            if let Some(settled) = self.next_confirm(stop).await {
                self.settle_oldest(settled)?;
            }
        }
        let deadline = Instant::now() + DRAIN_TIMEOUT;
        while let Some(oldest) = self.in_flight.front_mut() {
            match tokio::time::timeout_at(deadline.into(), &mut oldest.confirm).await {
                Ok(settled) => self.settle_oldest(settled)?,
                Err(_) => break,
            }
        }
        if !self.confirms && !stop.is_raised() && self.counts.published > 0 {
            // Written is not taken: the socket's buffers hold megabytes. The broker answers a
            // basic.qos only once it has handled every frame before it on the channel, so the
            // run (and its rate) ends when the broker has every message, as with confirms.
            let synced = self
                .link
                .channel
                .basic_qos(0, BasicQosOptions::default())
                .await;
            synced.map_err(|e| self.publish_error(e))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pace_holds_from_the_start() {
        let start = Instant::now();
        let paced = Pacer {
            period: Some(Duration::from_millis(100)),
            start,
        };
        assert_eq!(paced.due(0), Some(start));
        assert_eq!(paced.due(10), Some(start + Duration::from_secs(1)));
        let flat_out = Pacer {
            period: None,
            start,
        };
        assert_eq!(flat_out.due(5), None);
    }
}
