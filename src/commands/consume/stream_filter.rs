//! What is particular to consuming a stream: `--offset` and `--stream-filter` are refused on
//! other queues, which would ignore them. Stream filtering (RabbitMQ 3.13 and later): `consume --stream-filter` asks the broker for the
//! messages published with given filter values (`produce --stream-filter-value`, header
//! `x-stream-filter-value`). The broker filters whole chunks with a Bloom filter, so it also
//! sends messages of other values that share a chunk with matching ones; the rest of the
//! filtering is done here, on each message's header, as the RabbitMQ documentation asks of
//! clients. Brokers before 3.13 ignore the consumer arguments: refused, naming the version.

use lapin::message::Delivery;
use lapin::types::{AMQPValue, FieldArray, FieldTable, LongString, ShortString};

use super::{Consumed, Reader, Settle, Subscribed, offset_of};
use crate::amqp::Settlement;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};

/// The header that carries a message's filter value.
pub const VALUE_HEADER: &str = "x-stream-filter-value";

/// `--stream-filter` and `--match-unfiltered`.
pub struct StreamFilter {
    values: Vec<String>,
    match_unfiltered: bool,
}

impl StreamFilter {
    /// None without `--stream-filter`.
    pub fn new(values: &[String], match_unfiltered: bool) -> Option<StreamFilter> {
        (!values.is_empty()).then(|| StreamFilter {
            values: values.to_vec(),
            match_unfiltered,
        })
    }

    /// Refuses the filter where it cannot work (the broker, the queue), else adds its consumer
    /// arguments to `arguments`.
    pub async fn prepare(
        &self,
        cx: &Context,
        queue: &str,
        arguments: &mut FieldTable,
    ) -> Result<()> {
        require_filtering(cx, "--stream-filter").await?;
        require_stream(cx, queue, "--stream-filter").await?;
        self.add_to(arguments);
        Ok(())
    }

    /// The consumer arguments that ask the broker to filter.
    fn add_to(&self, arguments: &mut FieldTable) {
        let values = self
            .values
            .iter()
            .map(|v| AMQPValue::LongString(LongString::from(v.as_str())))
            .collect::<Vec<_>>();
        arguments.insert(
            ShortString::from("x-stream-filter"),
            AMQPValue::FieldArray(FieldArray::from(values)),
        );
        arguments.insert(
            ShortString::from("x-stream-match-unfiltered"),
            AMQPValue::Boolean(self.match_unfiltered),
        );
    }

    /// Whether `delivery` is one asked for (what the broker's chunk filter let through too).
    pub fn admits(&self, delivery: &Delivery) -> bool {
        let headers = delivery.properties.headers().as_ref();
        match headers.and_then(|h| h.inner().get(VALUE_HEADER)) {
            None => self.match_unfiltered,
            Some(AMQPValue::LongString(value)) => {
                self.values.iter().any(|v| v.as_bytes() == value.as_bytes())
            }
            Some(AMQPValue::ShortString(value)) => self.values.iter().any(|v| v == value.as_str()),
            // A value of another type is no filter value the broker would have indexed.
            Some(_) => self.match_unfiltered,
        }
    }
}

/// Refuses `flag` on a broker older than 3.13, which has no stream filtering (it would ignore
/// the filter and send everything, or index nothing). When the management API cannot say, the
/// broker is left to judge (and on a consumer, the filtering here still keeps the output right).
pub async fn require_filtering(cx: &Context, flag: &str) -> Result<()> {
    let version = match cx.api() {
        Ok(api) => api.rabbitmq_version().await,
        Err(err) => Err(err),
    };
    match version {
        Ok((major, minor)) if (major, minor) < (3, 13) => Err(Error::unavailable(
            format!(
                "{flag}: stream filtering needs RabbitMQ 3.13 or later; this broker is {major}.{minor}"
            ),
            Some("upgrade the broker, or filter on the consumer's side (e.g. with --exec)"),
        )),
        Ok(_) => Ok(()),
        Err(err) => {
            cx.diag.note(format_args!(
                "cannot ask the management API the broker's version ({err}); {flag} needs RabbitMQ 3.13 or later"
            ));
            Ok(())
        }
    }
}

/// `--offset` and `--stream-filter` mean nothing to classic and quorum queues, which ignore them: refuse
/// them there. When the management API cannot be asked, the broker is left to judge.
pub(super) async fn require_stream(cx: &Context, queue: &str, flag: &str) -> Result<()> {
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
            "{flag} is for stream queues; queue '{queue}' is a {kind} queue"
        ))),
        Err(err) if err.kind() == ErrorKind::NotFound => Err(err.with_message(format!(
            "queue '{queue}' does not exist in vhost '{}'",
            cx.settings.vhost
        ))),
        _ => Ok(()),
    }
}

impl Reader<'_, '_> {
    /// Whether `delivery` is one --stream-filter did not ask for (the broker filters by chunk):
    /// never shown, settled with what was printed before it (with --exec, at once).
    pub(super) async fn unasked(
        &mut self,
        link: &Subscribed,
        delivery: &Delivery,
        tally: &mut Consumed,
    ) -> Result<bool> {
        if self
            .stream_filter
            .as_ref()
            .is_none_or(|f| f.admits(delivery))
        {
            return Ok(false);
        }
        tally.last_offset = offset_of(delivery).or(tally.last_offset);
        if self.exec.is_some() {
            let context = format!("cannot acknowledge messages of queue '{}'", self.args.queue);
            (link.session)
                .settle(&delivery.acker, Settlement::Ack, false, &context)
                .await?;
        } else if matches!(self.settle, Settle::Ack | Settle::Reject { .. }) {
            self.unsettled
                .push(self.sink.written(), delivery.acker.clone());
        }
        Ok(true)
    }
}
