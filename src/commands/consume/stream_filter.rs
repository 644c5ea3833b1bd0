//! Stream filtering (RabbitMQ 3.13 and later): `consume --stream-filter` asks the broker for the
//! messages published with given filter values (`produce --stream-filter-value`, header
//! `x-stream-filter-value`). The broker filters whole chunks with a Bloom filter, so it also
//! sends messages of other values that share a chunk with matching ones; the rest of the
//! filtering is done here, on each message's header, as the RabbitMQ documentation asks of
//! clients. Brokers before 3.13 ignore the consumer arguments: refused, naming the version.

use lapin::message::Delivery;
use lapin::types::{AMQPValue, FieldArray, FieldTable, LongString, ShortString};

use crate::context::Context;
use crate::error::{Error, Result};

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

    /// The consumer arguments that ask the broker to filter.
    pub fn add_to(&self, arguments: &mut FieldTable) {
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
