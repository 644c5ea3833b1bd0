//! The message envelope: a message as one JSON object (`consume --format json`) and back again
//! (`produce --input json`), with every AMQP field type kept. The 13 basic properties are listed
//! once, in [`PROPERTIES`]; writing them as JSON, reading them back, laying command-line ones
//! over recorded ones and the templates' `{property.NAME}` all go through that one table.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use lapin::BasicProperties;
use lapin::message::Delivery;
use lapin::types::{AMQPValue, FieldTable, ShortString};
use serde_json::{Map, Value, json};

mod fields;

pub use fields::{integer, plain_json, plain_table};

/// A received message, whatever the AMQP method that brought it.
pub struct MessageView<'a> {
    pub exchange: &'a str,
    pub routing_key: &'a str,
    pub redelivered: bool,
    pub properties: &'a BasicProperties,
    pub body: &'a [u8],
}

impl<'a> From<&'a Delivery> for MessageView<'a> {
    fn from(delivery: &'a Delivery) -> Self {
        MessageView {
            exchange: delivery.exchange.as_str(),
            routing_key: delivery.routing_key.as_str(),
            redelivered: delivery.redelivered,
            properties: &delivery.properties,
            body: &delivery.data,
        }
    }
}

/// The value of one basic property, whatever its AMQP type.
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyValue {
    /// A short string (content_type, message_id, ...).
    Text(ShortString),
    /// An octet (delivery_mode, priority).
    Octet(u8),
    /// Seconds since the epoch (timestamp).
    Seconds(u64),
}

impl PropertyValue {
    fn to_json(&self) -> Value {
        match self {
            PropertyValue::Text(text) => json!(text.as_str()),
            PropertyValue::Octet(n) => json!(n),
            PropertyValue::Seconds(n) => json!(n),
        }
    }
}

/// The AMQP type of a property, which says how JSON reads back into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PropertyType {
    Text,
    Octet,
    Seconds,
}

/// One basic property: its name in the envelope and templates, and how to get and set it.
pub struct Property {
    pub name: &'static str,
    kind: PropertyType,
    get: fn(&BasicProperties) -> Option<PropertyValue>,
    /// Sets the property; a value of another type leaves the properties as they were.
    set: fn(BasicProperties, PropertyValue) -> BasicProperties,
}

impl Property {
    /// The property's value, when it is set.
    pub fn get(&self, properties: &BasicProperties) -> Option<PropertyValue> {
        (self.get)(properties)
    }

    /// `properties` with this property set to `value`.
    pub fn set(&self, properties: BasicProperties, value: PropertyValue) -> BasicProperties {
        (self.set)(properties, value)
    }

    /// Reads the property's JSON form, as [`properties_json`] wrote it.
    fn read_json(&self, value: &Value) -> Result<PropertyValue, String> {
        let name = self.name;
        Ok(match self.kind {
            PropertyType::Text => {
                let text = value
                    .as_str()
                    .ok_or_else(|| format!("property '{name}' is {value}, not a string"))?;
                PropertyValue::Text(
                    ShortString::try_new(text)
                        .map_err(|_| format!("property '{name}' is longer than 255 bytes"))?,
                )
            }
            PropertyType::Octet => PropertyValue::Octet(
                value
                    .as_u64()
                    .and_then(|n| u8::try_from(n).ok())
                    .ok_or_else(|| format!("property '{name}' is {value}, not 0-255"))?,
            ),
            PropertyType::Seconds => PropertyValue::Seconds(
                value
                    .as_u64()
                    .ok_or_else(|| format!("property '{name}' is {value}, not seconds"))?,
            ),
        })
    }
}

/// The table of [`PROPERTIES`]: one line a property, `"name": Type, getter, setter`.
macro_rules! properties {
    ($($name:literal: $kind:ident, $get:ident, $set:ident;)*) => {
        /// Every basic property but `headers` (a table, handled on its own), in the order the
        /// envelope writes them.
        pub const PROPERTIES: &[Property] = &[$(
            Property {
                name: $name,
                kind: PropertyType::$kind,
                get: |p| p.$get().clone().map(PropertyValue::$kind),
                set: |p, value| match value {
                    PropertyValue::$kind(v) => p.$set(v),
                    _ => p,
                },
            },
        )*];
    };
}

properties! {
    "content_type": Text, content_type, with_content_type;
    "content_encoding": Text, content_encoding, with_content_encoding;
    "delivery_mode": Octet, delivery_mode, with_delivery_mode;
    "priority": Octet, priority, with_priority;
    "correlation_id": Text, correlation_id, with_correlation_id;
    "reply_to": Text, reply_to, with_reply_to;
    "expiration": Text, expiration, with_expiration;
    "message_id": Text, message_id, with_message_id;
    "timestamp": Seconds, timestamp, with_timestamp;
    "type": Text, kind, with_type;
    "user_id": Text, user_id, with_user_id;
    "app_id": Text, app_id, with_app_id;
    "cluster_id": Text, cluster_id, with_cluster_id;
}

/// The property called `name` (as the envelope spells it).
pub fn property(name: &str) -> Option<&'static Property> {
    PROPERTIES.iter().find(|p| p.name == name)
}

/// The value of the property called `name` as JSON, when it is known and set.
pub fn property_json(properties: &BasicProperties, name: &str) -> Option<Value> {
    property(name)?.get(properties).map(|v| v.to_json())
}

/// `properties` with each of `given` set, by the envelope's names; the names come from code,
/// so an unknown one is a bug (caught by the tests of the callers).
pub fn with_properties(
    properties: BasicProperties,
    given: impl IntoIterator<Item = (&'static str, PropertyValue)>,
) -> BasicProperties {
    given
        .into_iter()
        .fold(properties, |p, (name, value)| match property(name) {
            Some(property) => property.set(p, value),
            None => {
                debug_assert!(false, "unknown property '{name}'");
                p
            }
        })
}

/// `base` with every property set in `over` laid over it; headers merge, `over`'s winning.
/// (`produce --input json`: the recorded properties under the command line's.)
pub fn overlay(base: BasicProperties, over: &BasicProperties) -> BasicProperties {
    let mut p = PROPERTIES
        .iter()
        .fold(base, |p, property| match property.get(over) {
            Some(value) => property.set(p, value),
            None => p,
        });
    if let Some(extra) = over.headers() {
        let mut headers = p.headers().clone().unwrap_or_default();
        for (key, value) in extra.inner() {
            headers.insert(key.clone(), value.clone());
        }
        p = p.with_headers(headers);
    }
    p
}

/// The properties the firehose (`tap --trace`) sends as a table (`properties` header), each
/// under its envelope name; a value of a type the property cannot hold is left out.
pub fn properties_from_table(table: &FieldTable) -> BasicProperties {
    let mut p = BasicProperties::default();
    for (key, value) in table.inner() {
        if key.as_str() == "headers" {
            if let AMQPValue::FieldTable(headers) = value {
                p = p.with_headers(headers.clone());
            }
            continue;
        }
        let Some(property) = property(key.as_str()) else {
            continue;
        };
        let text = match value {
            AMQPValue::LongString(s) => {
                ShortString::try_new(String::from_utf8_lossy(s.as_bytes())).ok()
            }
            AMQPValue::ShortString(s) => Some(s.clone()),
            _ => None,
        };
        let number = fields::integer(value);
        let given = match property.kind {
            PropertyType::Text => text.map(PropertyValue::Text),
            PropertyType::Octet => number
                .and_then(|n| u8::try_from(n).ok())
                .map(PropertyValue::Octet),
            PropertyType::Seconds => number
                .and_then(|n| u64::try_from(n).ok())
                .map(PropertyValue::Seconds),
        };
        if let Some(given) = given {
            p = property.set(p, given);
        }
    }
    p
}

/// The JSON Lines envelope of one message, stamped `received_at` now.
pub fn envelope(message: &MessageView) -> Value {
    let (body, encoding) = match std::str::from_utf8(message.body) {
        Ok(text) => (Value::String(text.to_owned()), "utf8"),
        Err(_) => (Value::String(BASE64.encode(message.body)), "base64"),
    };
    let mut envelope = bodiless(message);
    // The body before the headers' types, as earlier versions wrote it.
    let types = envelope
        .as_object_mut()
        .and_then(|map| map.remove("amqp_types"));
    envelope["body"] = body;
    envelope["body_encoding"] = json!(encoding);
    if let Some(types) = types {
        envelope["amqp_types"] = types;
    }
    envelope
}

/// The envelope without the body (`consume --save-dir` keeps the body in a file of its own).
/// `received_at` is when mq received the message, with microseconds: the timestamp property
/// has seconds only (and is the sender's to set), too coarse to replay the intervals between
/// messages (`produce --timed`).
pub fn bodiless(message: &MessageView) -> Value {
    let received = humantime::format_rfc3339_micros(std::time::SystemTime::now());
    let mut envelope = json!({
        "exchange": message.exchange,
        "routing_key": message.routing_key,
        "redelivered": message.redelivered,
        "received_at": received.to_string(),
        "properties": properties_json(message.properties),
    });
    // The headers are plain JSON; their AMQP types, where plain JSON would read back as
    // another, go beside them. Present whenever there are headers, so that a reader can tell
    // this form from the tagged one of earlier versions.
    if let Some(headers) = message.properties.headers() {
        envelope["amqp_types"] = json!({ "headers": Value::Object(fields::table_types(headers)) });
    }
    envelope
}

/// The properties that are set, keyed by their names in [`PROPERTIES`], plus `headers`.
pub fn properties_json(properties: &BasicProperties) -> Value {
    let mut map = Map::new();
    for property in PROPERTIES {
        if let Some(value) = property.get(properties) {
            map.insert(property.name.to_owned(), value.to_json());
        }
    }
    if let Some(headers) = properties.headers() {
        map.insert(
            "headers".to_owned(),
            Value::Object(fields::plain_table(headers)),
        );
    }
    Value::Object(map)
}

/// A message as `consume --format json` recorded it, ready to publish again.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub exchange: String,
    pub routing_key: String,
    pub properties: BasicProperties,
    pub body: Vec<u8>,
    /// When mq received it (`received_at`), if the envelope says.
    pub received_at: Option<std::time::SystemTime>,
}

/// Reads one line of the JSON envelope back (the inverse of [`envelope`]); `redelivered` and
/// keys it does not know are ignored, so that envelopes from later versions still read.
pub fn parse_envelope(line: &str) -> Result<Recorded, String> {
    read_envelope(line, None)
}

/// Reads an envelope of [`bodiless`] back, with its body from elsewhere (a saved message's
/// own file); a body in the envelope is ignored then.
pub fn parse_bodiless(text: &str, body: Vec<u8>) -> Result<Recorded, String> {
    read_envelope(text, Some(body))
}

fn read_envelope(line: &str, given_body: Option<Vec<u8>>) -> Result<Recorded, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(map) = value else {
        return Err("not a JSON object".into());
    };
    let text = |key: &str| -> Result<String, String> {
        match map.get(key) {
            None | Some(Value::Null) => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.clone()),
            Some(other) => Err(format!("'{key}' is {other}, not a string")),
        }
    };
    let exchange = text("exchange")?;
    let routing_key = text("routing_key")?;
    let header_types = match map.get("amqp_types") {
        None => HeaderTypes::Tagged,
        Some(types) => match types.get("headers") {
            None | Some(Value::Null) => HeaderTypes::Beside(None),
            Some(Value::Object(types)) => HeaderTypes::Beside(Some(types)),
            Some(other) => return Err(format!("'amqp_types.headers' is {other}, not an object")),
        },
    };
    let properties = match map.get("properties") {
        None | Some(Value::Null) => BasicProperties::default(),
        Some(Value::Object(props)) => properties_from_json(props, header_types)?,
        Some(other) => return Err(format!("'properties' is {other}, not an object")),
    };
    let received_at = match text("received_at")?.as_str() {
        "" => None,
        at => Some(
            humantime::parse_rfc3339(at)
                .map_err(|e| format!("'received_at' is not an RFC 3339 time: {e}"))?,
        ),
    };
    let body = match given_body {
        Some(body) => body,
        None => body_of(&map)?,
    };
    Ok(Recorded {
        exchange,
        routing_key,
        properties,
        body,
        received_at,
    })
}

/// The body of an envelope, decoded as its `body_encoding` says.
fn body_of(map: &Map<String, Value>) -> Result<Vec<u8>, String> {
    let encoding = match map.get("body_encoding") {
        None | Some(Value::Null) => "",
        Some(Value::String(s)) => s.as_str(),
        Some(other) => return Err(format!("'body_encoding' is {other}, not a string")),
    };
    Ok(match (map.get("body"), encoding) {
        (Some(Value::String(body)), "" | "utf8") => body.as_bytes().to_vec(),
        (Some(Value::String(body)), "base64") => BASE64
            .decode(body)
            .map_err(|e| format!("'body' is not base64: {e}"))?,
        (Some(Value::String(_)), other) => {
            return Err(format!("unknown body_encoding '{other}' (utf8 or base64)"));
        }
        (None, _) => return Err("no 'body'".into()),
        (Some(other), _) => return Err(format!("'body' is {other}, not a string")),
    })
}

/// Where the AMQP types of recorded header values are.
#[derive(Clone, Copy)]
pub enum HeaderTypes<'a> {
    /// Beside the plain values, in the envelope's `amqp_types.headers` (none: all plain).
    Beside(Option<&'a Map<String, Value>>),
    /// In the values themselves, tagged (`{"$int32": 7}`), as earlier versions recorded them.
    Tagged,
}

/// The inverse of [`properties_json`], the headers' types found as `types` says.
pub fn properties_from_json(
    map: &Map<String, Value>,
    types: HeaderTypes,
) -> Result<BasicProperties, String> {
    let mut p = BasicProperties::default();
    for (name, value) in map {
        p = match (name.as_str(), property(name)) {
            (_, Some(property)) => property.set(p, property.read_json(value)?),
            ("headers", None) => match value {
                Value::Object(headers) => {
                    let table = match types {
                        HeaderTypes::Beside(types) => fields::typed_table(headers, types),
                        HeaderTypes::Tagged => fields::tagged_table(headers),
                    };
                    p.with_headers(table.map_err(|e| format!("header {e}"))?)
                }
                _ => return Err(format!("'headers' is {value}, not an object")),
            },
            (other, None) => return Err(format!("unknown property '{other}'")),
        };
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_envelope_encodes_binary_bodies_as_base64() {
        let props = BasicProperties::default().with_content_type(ShortString::from("text/plain"));
        let message = MessageView {
            exchange: "",
            routing_key: "q",
            redelivered: true,
            properties: &props,
            body: &[0xff, 0x00],
        };
        let value = envelope(&message);
        assert_eq!(value["body_encoding"], "base64");
        assert_eq!(value["body"], "/wA=");
        assert_eq!(value["properties"]["content_type"], "text/plain");
        assert_eq!(value["redelivered"], true);
    }

    #[test]
    fn envelopes_read_back() {
        let mut headers = FieldTable::default();
        headers.insert(ShortString::from("n"), AMQPValue::LongInt(7));
        let props = BasicProperties::default()
            .with_headers(headers)
            .with_timestamp(5)
            .with_priority(1)
            .with_type(ShortString::from("t"));
        for body in [&b""[..], b"text", &[0xff, 0x0a]] {
            let message = MessageView {
                exchange: "x",
                routing_key: "k",
                redelivered: true,
                properties: &props,
                body,
            };
            let line = envelope(&message).to_string();
            let recorded = parse_envelope(&line).unwrap();
            assert_eq!(recorded.exchange, "x");
            assert_eq!(recorded.routing_key, "k");
            assert_eq!(recorded.properties, props);
            assert_eq!(recorded.body, body);
        }
        for bad in [
            "",
            "1",
            r#"{"body":1}"#,
            r#"{"body":"x","properties":{"colour":"red"}}"#,
            r#"{"body":"x","properties":{"headers":{"t":{"$timestamp":-1}}}}"#,
            r#"{"body":"x","properties":{"headers":{"n":18446744073709551615}}}"#,
            r#"{"body":"x","properties":{"headers":{"n":"7"}},"amqp_types":{"headers":{"n":"int32"}}}"#,
            r#"{"body":"x","amqp_types":{"headers":[]}}"#,
        ] {
            assert!(parse_envelope(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn headers_are_plain_json_with_their_types_beside_and_old_recordings_still_read() {
        let mut headers = FieldTable::default();
        headers.insert(ShortString::from("x-retry"), AMQPValue::LongInt(7));
        headers.insert(ShortString::from("plain"), AMQPValue::LongLongInt(8));
        headers.insert(ShortString::from("at"), AMQPValue::Timestamp(9));
        let props = BasicProperties::default().with_headers(headers);
        let message = plain(&props);
        let value = envelope(&message);
        assert_eq!(
            value["properties"]["headers"],
            json!({"x-retry": 7, "plain": 8, "at": 9})
        );
        assert_eq!(
            value["amqp_types"],
            json!({"headers": {"x-retry": "int32", "at": "timestamp"}})
        );
        assert_eq!(
            parse_envelope(&value.to_string()).unwrap().properties,
            props
        );
        // As mq recorded it before the types moved beside the values.
        let old = r#"{"exchange":"","routing_key":"q","properties":{"headers":{"x-retry":{"$int32":7},"plain":8,"at":{"$timestamp":9}}},"body":"b"}"#;
        assert_eq!(parse_envelope(old).unwrap().properties, props);
        // No headers, no types.
        let bare = BasicProperties::default();
        let message = MessageView {
            properties: &bare,
            ..message
        };
        assert!(envelope(&message).get("amqp_types").is_none());
    }

    /// A message to queue q through the default exchange, body "b".
    fn plain(properties: &BasicProperties) -> MessageView<'_> {
        MessageView {
            exchange: "",
            routing_key: "q",
            redelivered: false,
            properties,
            body: b"b",
        }
    }

    #[test]
    fn received_at_reads_back_and_the_firehose_table_gives_the_properties() {
        let props = BasicProperties::default();
        let message = plain(&props);
        let value = envelope(&message);
        let at = humantime::parse_rfc3339(value["received_at"].as_str().unwrap()).unwrap();
        assert_eq!(
            parse_envelope(&value.to_string()).unwrap().received_at,
            Some(at)
        );
        let bodiless = bodiless(&message).to_string();
        assert_eq!(parse_bodiless(&bodiless, b"z".to_vec()).unwrap().body, b"z");
        assert!(parse_envelope(r#"{"body":"x","received_at":"yesterday"}"#).is_err());

        let mut headers = FieldTable::default();
        headers.insert("n".into(), AMQPValue::LongInt(7));
        let mut table = FieldTable::default();
        table.insert(
            "content_type".into(),
            AMQPValue::LongString("text/plain".into()),
        );
        table.insert("delivery_mode".into(), AMQPValue::LongInt(2));
        table.insert("priority".into(), AMQPValue::LongInt(300));
        table.insert("headers".into(), AMQPValue::FieldTable(headers.clone()));
        let wanted = BasicProperties::default()
            .with_content_type("text/plain".into())
            .with_delivery_mode(2)
            .with_headers(headers);
        assert_eq!(properties_from_table(&table), wanted);
    }

    #[test]
    fn command_line_properties_override_recorded_ones_and_headers_merge() {
        let mut recorded_headers = FieldTable::default();
        recorded_headers.insert("a".into(), AMQPValue::LongInt(1));
        recorded_headers.insert("b".into(), AMQPValue::Boolean(true));
        let recorded = BasicProperties::default()
            .with_content_type("application/json".into())
            .with_message_id("m-1".into())
            .with_headers(recorded_headers);
        let mut flag_headers = FieldTable::default();
        flag_headers.insert("a".into(), AMQPValue::LongLongInt(2));
        let flags = BasicProperties::default()
            .with_delivery_mode(1)
            .with_headers(flag_headers);
        let merged = overlay(recorded, &flags);
        assert_eq!(
            merged.content_type().as_ref().unwrap().as_str(),
            "application/json"
        );
        assert_eq!(merged.message_id().as_ref().unwrap().as_str(), "m-1");
        assert_eq!(*merged.delivery_mode(), Some(1));
        let headers = merged.headers().clone().unwrap();
        assert_eq!(headers.inner()["a"], AMQPValue::LongLongInt(2));
        assert_eq!(headers.inner()["b"], AMQPValue::Boolean(true));
    }

    /// Every property of the table, set, is written, read back, and laid over as itself.
    #[test]
    fn every_property_goes_both_ways() {
        assert_eq!(PROPERTIES.len(), 13);
        let mut all = BasicProperties::default();
        for (n, property) in PROPERTIES.iter().enumerate() {
            let value = match property.kind {
                PropertyType::Text => PropertyValue::Text(ShortString::from(property.name)),
                PropertyType::Octet => PropertyValue::Octet(n as u8),
                PropertyType::Seconds => PropertyValue::Seconds(n as u64),
            };
            all = property.set(all, value.clone());
            assert_eq!(property.get(&all), Some(value), "{}", property.name);
        }
        let json = properties_json(&all);
        assert_eq!(json.as_object().unwrap().len(), PROPERTIES.len());
        assert_eq!(json["type"], "type");
        assert_eq!(json["priority"], 3);
        let Value::Object(map) = json else {
            unreachable!()
        };
        assert_eq!(
            properties_from_json(&map, HeaderTypes::Beside(None)).unwrap(),
            all
        );
        assert_eq!(overlay(BasicProperties::default(), &all), all);
        assert_eq!(property_json(&all, "cluster_id"), Some(json!("cluster_id")));
        assert_eq!(property_json(&all, "colour"), None);
        let given = with_properties(
            BasicProperties::default(),
            [("message_id", PropertyValue::Text("m".into()))],
        );
        assert_eq!(given.message_id().as_ref().unwrap().as_str(), "m");
    }
}
