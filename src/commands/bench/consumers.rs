//! `mq bench`'s consumers: a connection each with `--channels-per-connection` channels, every
//! channel consuming its share of the queues with the prefetch given; each message processed
//! for `--consumer-latency`, at most `--consumer-rate` a second, then acked (or rejected with
//! `--nack`, requeued with `--requeue`). Unhindered, acks go many at a time.

use std::time::{Duration, Instant};

use futures_util::stream::{BoxStream, SelectAll, select_all};
use futures_util::{FutureExt, StreamExt};
use lapin::message::Delivery;
use lapin::options::{BasicAckOptions, BasicConsumeOptions, BasicNackOptions, BasicQosOptions};
use lapin::types::{AMQPValue, FieldTable, LongString};
use lapin::{Channel, Consumer};

use crate::amqp::amqp_error;
use crate::context::Context;
use crate::error::Result;
use crate::stop::Stop;
use crate::values::short;

use super::stats::Stats;
use super::topology::Topology;

/// How each consuming channel treats its messages.
pub struct ConsumerSetup<'a> {
    pub topology: &'a Topology,
    pub channels: usize,
    /// Consuming channels over all consumers.
    pub total_channels: usize,
    pub prefetch: u16,
    pub stream: bool,
    /// Most messages a second per channel; None: no limit.
    pub rate: Option<f64>,
    /// Time spent on each message before it is settled.
    pub latency: Option<Duration>,
    /// Reject instead of ack; `requeue`: put back.
    pub nack: bool,
    pub requeue: bool,
}

/// Consumer number `number`: its connection and channels, until `stop`.
pub async fn consumer(
    cx: &Context,
    number: usize,
    setup: &ConsumerSetup<'_>,
    stats: &Stats,
    stop: &Stop,
) -> Result<()> {
    let session = cx.connect().await?;
    stats.connected(session.endpoint.authority());
    let result = async {
        let mut channels = Vec::with_capacity(setup.channels);
        for offset in 0..setup.channels {
            let channel = session.channel().await?;
            let queues = setup
                .topology
                .queues_of(number * setup.channels + offset, setup.total_channels);
            let deliveries = subscribe(&channel, &queues, setup).await?;
            channels.push((channel, deliveries, queues.len() == 1));
        }
        let runs = channels
            .iter_mut()
            .map(|(_, deliveries, single)| consume(deliveries, *single, setup, stats, stop));
        futures_util::future::try_join_all(runs).await.map(|_| ())
    }
    .await;
    session.close().await;
    result
}

/// The deliveries of every queue of `queues` on `channel`, each tagged with its queue's number.
async fn subscribe(
    channel: &Channel,
    queues: &[usize],
    setup: &ConsumerSetup<'_>,
) -> Result<Deliveries> {
    channel
        .basic_qos(setup.prefetch, BasicQosOptions::default())
        .await
        .map_err(|e| amqp_error(e, "cannot set the prefetch count"))?;
    let mut arguments = FieldTable::default();
    if setup.stream {
        arguments.insert(
            "x-stream-offset".into(),
            AMQPValue::LongString(LongString::from("next")),
        );
    }
    let mut streams = Vec::with_capacity(queues.len());
    for &index in queues {
        let queue = &setup.topology.queues[index];
        let consumer: Consumer = channel
            .basic_consume(
                short(queue, "queue name")?,
                "".into(),
                BasicConsumeOptions::default(),
                arguments.clone(),
            )
            .await
            .map_err(|e| amqp_error(e, &format!("cannot consume from queue '{queue}'")))?;
        streams.push(consumer.map(move |delivery| (index, delivery)).boxed());
    }
    Ok(select_all(streams))
}

type Deliveries = SelectAll<BoxStream<'static, (usize, lapin::Result<Delivery>)>>;

/// Takes messages until `stop`, recording and settling each. Settling many at once needs the
/// channel's one queue: with several, a later delivery tag can come out of the merge first.
async fn consume(
    deliveries: &mut Deliveries,
    single: bool,
    setup: &ConsumerSetup<'_>,
    stats: &Stats,
    stop: &Stop,
) -> Result<()> {
    let consume_error = |e| amqp_error(e, "cannot consume");
    let gap = setup
        .rate
        .map(|rate| Duration::try_from_secs_f64(1.0 / rate).unwrap_or(Duration::MAX));
    let batch = single && gap.is_none() && setup.latency.is_none();
    let mut due = Instant::now();
    loop {
        let next = tokio::select! {
            next = deliveries.next() => next,
            _ = stop.raised() => break,
        };
        let Some((queue, delivery)) = next else {
            break;
        };
        let mut last = delivery.map_err(consume_error)?;
        stats.record_delivery(queue, &last.data, last.redelivered);
        let mut taken = 1;
        if !batch {
            if let Some(latency) = setup.latency {
                tokio::select! {
                    _ = tokio::time::sleep(latency) => {}
                    _ = stop.raised() => {}
                }
            }
            if let Some(gap) = gap {
                due = due.max(Instant::now()).checked_add(gap).unwrap_or(due);
                tokio::select! {
                    _ = tokio::time::sleep_until(due.into()) => {}
                    _ = stop.raised() => {}
                }
            }
        } else {
            // What has arrived already is settled with one ack.
            while let Some(Some((queue, Ok(delivery)))) = deliveries.next().now_or_never() {
                stats.record_delivery(queue, &delivery.data, delivery.redelivered);
                last = delivery;
                taken += 1;
            }
        }
        let settled = if setup.nack {
            stats
                .rejected
                .fetch_add(taken, std::sync::atomic::Ordering::Relaxed);
            let options = BasicNackOptions {
                multiple: batch,
                requeue: setup.requeue,
            };
            last.acker.nack(options).await
        } else {
            last.acker.ack(BasicAckOptions { multiple: batch }).await
        };
        settled.map_err(consume_error)?;
    }
    Ok(())
}
