//! `tap --trace`: the firehose. With tracing on, the broker copies every message published in
//! the vhost to `amq.rabbitmq.trace` (routing key `publish.EXCHANGE`) and every delivery
//! (`deliver.QUEUE`), the original's exchange, routing keys and properties in headers. The
//! tap's queue is bound there; tracing is turned on through the management API only if it was
//! off, and set back once the tap ends, however it ends short of SIGKILL.

use std::io::Write;

use lapin::message::Delivery;
use lapin::types::{AMQPValue, FieldTable, ShortString};
use serde_json::{Value, json};

use super::{Binding, TapArgs, tap};
use crate::api::Api;
use crate::commands::admin::vhosts::VhostFields;
use crate::context::Context;
use crate::envelope::{MessageView, plain_table, properties_from_table};
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::message::{MessageWriter, Traced};

const TRACE_EXCHANGE: &str = "amq.rabbitmq.trace";

pub(super) async fn run(args: &TapArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    if let Some(target) = args.exchanges.iter().find(|t| t.key.is_some()) {
        return Err(Error::usage(format!(
            "--trace shows every routing key: give exchange '{}' without ':KEY'",
            target.exchange
        )));
    }
    let writer = MessageWriter::new(args.format, None)?;
    let exchanges: Vec<&str> = args.exchanges.iter().map(|t| t.exchange.as_str()).collect();
    let mut keys: Vec<String> = match exchanges.is_empty() {
        true => vec!["publish.#".into()],
        false => exchanges.iter().map(|x| format!("publish.{x}")).collect(),
    };
    // A delivery's key names its queue, not its exchange: those are picked out below.
    keys.push("deliver.#".into());
    let mut bindings = Vec::new();
    for key in keys {
        bindings.push(Binding {
            exchange: ShortString::from(TRACE_EXCHANGE),
            key: crate::values::short(&key, "routing key")?,
            name: TRACE_EXCHANGE.to_owned(),
        });
    }
    // Signals are caught from here on, so that none ends mq with tracing left on.
    cx.stop();
    let api = cx.api()?;
    let vhost = cx.settings.vhost.as_str();
    let before = VhostFields::get(api, vhost).await?;
    if before.tracing {
        cx.diag.verbose(format_args!(
            "tracing is on for vhost '{vhost}' already; left on"
        ));
    } else {
        put_tracing(&before, api, vhost, true).await?;
        cx.diag.note(format_args!(
            "tracing turned on for vhost '{vhost}' while the tap runs"
        ));
    }
    let show = |out: &mut dyn Write, delivery: &Delivery| match Event::read(delivery) {
        Some(event) if exchanges.is_empty() || exchanges.contains(&event.exchange.as_str()) => {
            event.write(&writer, out, delivery).map(|()| true)
        }
        _ => Ok(false),
    };
    let tapped = tap(cx, &bindings, FieldTable::default(), args, out, show).await;
    if before.tracing {
        return tapped;
    }
    let restored = put_tracing(&before, api, vhost, false)
        .await
        .map_err(|err| {
            err.with_hint(format!(
                "tracing is still on: 'rabbitmqctl trace_off -p {vhost}' turns it off"
            ))
        });
    match (tapped, restored) {
        (Err(tapped), Err(restored)) => {
            cx.diag.warn(format_args!("{restored}"));
            Err(tapped)
        }
        (tapped, restored) => {
            if restored.is_ok() {
                cx.diag
                    .verbose(format_args!("tracing turned off again for vhost '{vhost}'"));
            }
            tapped.and(restored)
        }
    }
}

/// Turns tracing on or off, sending the vhost's other fields back as they were.
async fn put_tracing(fields: &VhostFields, api: &Api, vhost: &str, tracing: bool) -> Result<()> {
    let mut body = fields.body();
    body["tracing"] = json!(tracing);
    let turn = if tracing { "on" } else { "off" };
    api.put(&["vhosts", vhost], &body).await.map_err(|err| {
        let message = format!("cannot turn tracing {turn} for vhost '{vhost}': {err}");
        match err.kind() {
            ErrorKind::AccessRefused => err.with_message(message).with_hint(
                "turning tracing on and off takes the administrator tag; an administrator \
                     can turn it on ('rabbitmqctl trace_on -p VHOST'), and mq leaves it on",
            ),
            _ => err.with_message(message),
        }
    })
}

/// One message of the firehose.
struct Event {
    /// `publish` or `deliver`.
    kind: &'static str,
    queue: Option<String>,
    exchange: String,
    routing_keys: Vec<String>,
    properties: lapin::BasicProperties,
    /// What else the firehose said.
    details: serde_json::Map<String, Value>,
}

impl Event {
    /// None for a message that is not one of the firehose's.
    fn read(delivery: &Delivery) -> Option<Event> {
        let key = delivery.routing_key.as_str();
        let (kind, queue) = if key.starts_with("publish.") {
            ("publish", None)
        } else {
            ("deliver", Some(key.strip_prefix("deliver.")?.to_owned()))
        };
        let headers = delivery.properties.headers().as_ref()?.inner();
        let text = |value: &AMQPValue| match value {
            AMQPValue::LongString(s) => Some(String::from_utf8_lossy(s.as_bytes()).into_owned()),
            AMQPValue::ShortString(s) => Some(s.as_str().to_owned()),
            _ => None,
        };
        let exchange = headers.get("exchange_name").and_then(text)?;
        let routing_keys = match headers.get("routing_keys") {
            Some(AMQPValue::FieldArray(keys)) => keys.as_slice().iter().filter_map(text).collect(),
            _ => Vec::new(),
        };
        let properties = match headers.get("properties") {
            Some(AMQPValue::FieldTable(table)) => properties_from_table(table),
            _ => lapin::BasicProperties::default(),
        };
        let mut rest = FieldTable::default();
        for (name, value) in headers {
            if !matches!(
                name.as_str(),
                "exchange_name" | "routing_keys" | "properties"
            ) {
                rest.insert(name.clone(), value.clone());
            }
        }
        Some(Event {
            kind,
            queue,
            exchange,
            routing_keys,
            properties,
            details: plain_table(&rest),
        })
    }

    fn write(self, writer: &MessageWriter, out: &mut dyn Write, delivery: &Delivery) -> Result<()> {
        let view = MessageView {
            exchange: &self.exchange,
            routing_key: self.routing_keys.first().map_or("", String::as_str),
            redelivered: self
                .details
                .get("redelivered")
                .is_some_and(|r| r != &json!(0)),
            properties: &self.properties,
            body: &delivery.data,
        };
        let traced = Traced {
            event: self.kind,
            queue: self.queue.as_deref(),
            routing_keys: &self.routing_keys,
            details: self.details.clone(),
        };
        writer.write_traced(out, traced, &view)
    }
}
