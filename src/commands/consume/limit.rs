//! The delivery limit of a quorum queue, which a consumer that puts messages back (`--exec`
//! failures, `--reject --requeue`) runs into: past it the broker drops the message or
//! dead-letters it. RabbitMQ 4.0 made 20 the default where 3.x had none, so a consumer that
//! requeued forever on 3.x loses messages on 4.x; mq says so before it happens.

use lapin::message::Delivery;
use serde::Deserialize;

use crate::context::Context;
use crate::diag::Diag;

/// The default delivery limit of a quorum queue from RabbitMQ 4.0 on.
const DEFAULT_4X: u64 = 20;

/// A message this close to the limit (returns left) is reported each time it is put back.
const NEAR: u64 = 2;

/// The limit of one queue, and where it comes from (for the note).
pub struct DeliveryLimit {
    limit: Option<(u64, &'static str)>,
    queue: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct QueueInfo {
    #[serde(rename = "type")]
    kind: String,
    arguments: serde_json::Map<String, serde_json::Value>,
    effective_policy_definition: Option<serde_json::Map<String, serde_json::Value>>,
}

impl DeliveryLimit {
    /// None known: no note is ever given.
    pub fn none(queue: &str) -> DeliveryLimit {
        DeliveryLimit {
            limit: None,
            queue: queue.to_owned(),
        }
    }

    /// What the broker says of `queue`: its `x-delivery-limit` argument, its policy's
    /// `delivery-limit`, or 4.x's default for a quorum queue. Without the management API,
    /// nothing is known and nothing is said.
    pub async fn of(cx: &Context, queue: &str) -> DeliveryLimit {
        let Ok(api) = cx.api() else {
            return DeliveryLimit::none(queue);
        };
        let vhost = cx.settings.vhost.as_str();
        let columns = [("columns", "type,arguments,effective_policy_definition")];
        let info: QueueInfo = match api.get(&["queues", vhost, queue], &columns).await {
            Ok(info) => info,
            Err(_) => return DeliveryLimit::none(queue),
        };
        let number = |value: Option<&serde_json::Value>| value.and_then(serde_json::Value::as_u64);
        let policy = info
            .effective_policy_definition
            .as_ref()
            .and_then(|definition| definition.get("delivery-limit"));
        let limit = if info.kind != "quorum" {
            None
        } else if let Some(limit) = number(info.arguments.get("x-delivery-limit")) {
            Some((limit, "its x-delivery-limit argument"))
        } else if let Some(limit) = number(policy) {
            Some((limit, "its policy's delivery-limit"))
        } else if api
            .rabbitmq_version()
            .await
            .is_ok_and(|(major, _)| major >= 4)
        {
            Some((
                DEFAULT_4X,
                "the default of quorum queues since RabbitMQ 4.0",
            ))
        } else {
            None
        };
        DeliveryLimit {
            limit,
            queue: queue.to_owned(),
        }
    }

    /// Before `delivery` is put back: says so when the message nears the limit or reaches it.
    pub fn requeuing(&self, delivery: &Delivery, diag: &Diag) {
        let Some((limit, source)) = self.limit else {
            return;
        };
        let returns = returns_before(delivery).saturating_add(1);
        if returns > limit {
            diag.note(format_args!(
                "a message of queue '{}' went back {returns} times, more than the {limit} its delivery limit allows ({source}): the broker drops it or dead-letters it now",
                self.queue
            ));
        } else if limit - returns <= NEAR {
            diag.note(format_args!(
                "a message of queue '{}' went back {returns} of the {limit} times its delivery limit allows ({source}); after that the broker drops it or dead-letters it",
                self.queue
            ));
        }
    }
}

/// How often the message was put back before, as the quorum queue counts (`x-delivery-count`).
fn returns_before(delivery: &Delivery) -> u64 {
    let headers = delivery.properties.headers().as_ref();
    let count = headers.and_then(|headers| headers.inner().get("x-delivery-count"));
    count
        .and_then(crate::envelope::integer)
        .and_then(|n| u64::try_from(n).ok())
        .unwrap_or(0)
}
