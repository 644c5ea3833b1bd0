//! `move --to-origin`: where a dead-lettered message came from, read from the death record the
//! broker put on it, and the death headers taken off before it goes back.
//!
//! The broker adds `x-death` (an array, the latest death first, each entry with the `queue` the
//! message died in and the `exchange` and `routing-keys` it had been published with) and
//! `x-first-death-exchange`/`-queue`/`-reason` (and, since 3.13, `x-last-death-*`). The origin
//! is the latest death's exchange and first routing key: published there again, the message is
//! routed as it was before it died. Without `x-death`, `x-first-death-queue` (or
//! `x-last-death-queue`) is used, through the default exchange.
//!
//! RabbitMQ 4.x treats `x-` headers as the broker's own: a client that publishes a message
//! with its old `x-death` gets it back as an ordinary header, and the broker starts a fresh
//! death record (count 1) if the message dies again, where 3.13.3 and later 3.x read the
//! client's `x-death` and went on counting. So the death headers are removed by default; with
//! `--keep-death-headers` they travel along, for readers that look at them.

use lapin::BasicProperties;
use lapin::types::{AMQPValue, FieldTable};

/// The death headers the broker sets.
const DEATH_HEADERS: &[&str] = &[
    "x-death",
    "x-first-death-exchange",
    "x-first-death-queue",
    "x-first-death-reason",
    "x-last-death-exchange",
    "x-last-death-queue",
    "x-last-death-reason",
];

/// Where a dead-lettered message goes back to: an exchange and a routing key.
#[derive(Debug, PartialEq, Eq)]
pub struct Origin {
    pub exchange: String,
    pub routing_key: String,
}

/// The origin of a message by its death headers; None when it has none (it never died).
pub fn origin(properties: &BasicProperties) -> Option<Origin> {
    let headers = properties.headers().as_ref()?.inner();
    if let Some(AMQPValue::FieldArray(deaths)) = headers.get("x-death")
        && let Some(AMQPValue::FieldTable(latest)) = deaths.as_slice().first()
    {
        let latest = latest.inner();
        let exchange = latest.get("exchange").and_then(text);
        let key = match latest.get("routing-keys") {
            Some(AMQPValue::FieldArray(keys)) => keys.as_slice().first().and_then(text),
            _ => None,
        };
        if let (Some(exchange), Some(routing_key)) = (exchange, key) {
            return Some(Origin {
                exchange,
                routing_key,
            });
        }
    }
    ["x-first-death-queue", "x-last-death-queue"]
        .iter()
        .find_map(|name| headers.get(*name).and_then(text))
        .map(|queue| Origin {
            exchange: String::new(),
            routing_key: queue,
        })
}

/// `properties` without the death headers.
pub fn without_death(properties: BasicProperties) -> BasicProperties {
    let Some(headers) = properties.headers().clone() else {
        return properties;
    };
    let mut kept = FieldTable::default();
    for (key, value) in headers.inner() {
        if !DEATH_HEADERS.contains(&key.as_str()) {
            kept.insert(key.clone(), value.clone());
        }
    }
    properties.with_headers(kept)
}

fn text(value: &AMQPValue) -> Option<String> {
    match value {
        AMQPValue::LongString(s) => Some(String::from_utf8_lossy(s.as_bytes()).into_owned()),
        AMQPValue::ShortString(s) => Some(s.as_str().to_owned()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lapin::types::FieldArray;

    fn death(queue: &str, exchange: &str, key: &str) -> AMQPValue {
        let mut entry = FieldTable::default();
        entry.insert("queue".into(), AMQPValue::LongString(queue.into()));
        entry.insert("exchange".into(), AMQPValue::LongString(exchange.into()));
        entry.insert(
            "routing-keys".into(),
            AMQPValue::FieldArray(FieldArray::from(vec![AMQPValue::LongString(key.into())])),
        );
        AMQPValue::FieldTable(entry)
    }

    #[test]
    fn the_latest_death_says_where_the_message_goes_back() {
        let mut headers = FieldTable::default();
        headers.insert(
            "x-death".into(),
            AMQPValue::FieldArray(FieldArray::from(vec![
                death("orders", "shop", "orders.new"),
                death("intake", "", "intake"),
            ])),
        );
        headers.insert(
            "x-first-death-queue".into(),
            AMQPValue::LongString("intake".into()),
        );
        headers.insert("tenant".into(), AMQPValue::LongString("acme".into()));
        let properties = BasicProperties::default().with_headers(headers);
        assert_eq!(
            origin(&properties),
            Some(Origin {
                exchange: "shop".into(),
                routing_key: "orders.new".into()
            })
        );
        let stripped = without_death(properties);
        let left = stripped.headers().clone().unwrap_or_default();
        let names: Vec<&str> = left.inner().keys().map(|k| k.as_str()).collect();
        assert_eq!(names, ["tenant"]);
        assert_eq!(origin(&stripped), None);
    }

    #[test]
    fn without_x_death_the_first_death_queue_is_used() {
        let mut headers = FieldTable::default();
        headers.insert(
            "x-first-death-queue".into(),
            AMQPValue::LongString("jobs".into()),
        );
        let properties = BasicProperties::default().with_headers(headers);
        assert_eq!(
            origin(&properties),
            Some(Origin {
                exchange: String::new(),
                routing_key: "jobs".into()
            })
        );
        assert_eq!(origin(&BasicProperties::default()), None);
    }
}
