//! The message envelope: a message as one JSON object (`consume --format json`) and back again
//! (`produce --input json`), with every AMQP field type kept. The 13 basic properties are listed
//! once, in [`PROPERTIES`]; writing them as JSON, reading them back, laying command-line ones
//! over recorded ones and the templates' `{property.NAME}` all go through that one table.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use lapin::BasicProperties;
use lapin::message::Delivery;
use lapin::types::{
    AMQPValue, ByteArray, DecimalValue, FieldArray, FieldTable, LongString, ShortString,
};
use serde_json::{Map, Value, json};

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

/// The JSON Lines envelope of one message.
pub fn envelope(message: &MessageView) -> Value {
    let (body, encoding) = match std::str::from_utf8(message.body) {
        Ok(text) => (Value::String(text.to_owned()), "utf8"),
        Err(_) => (Value::String(BASE64.encode(message.body)), "base64"),
    };
    json!({
        "exchange": message.exchange,
        "routing_key": message.routing_key,
        "redelivered": message.redelivered,
        "properties": properties_json(message.properties),
        "body": body,
        "body_encoding": encoding,
    })
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
        map.insert("headers".to_owned(), table_json(headers));
    }
    Value::Object(map)
}

/// A table as a JSON object (headers, arguments): typed values tagged as [`json_amqp`] reads them.
pub fn table_json(table: &FieldTable) -> Value {
    Value::Object(table_map(table, Style::Tagged))
}

/// Whether typed values keep their AMQP type (the JSON envelope, which `produce --input json`
/// reads back) or are shown as plain JSON (template placeholders).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Tagged,
    Plain,
}

fn table_map(table: &FieldTable, style: Style) -> Map<String, Value> {
    table
        .inner()
        .iter()
        .map(|(key, value)| (key.as_str().to_owned(), to_json(value, style)))
        .collect()
}

/// A field value as plain JSON, its AMQP type forgotten (template placeholders).
pub fn plain_json(value: &AMQPValue) -> Value {
    to_json(value, Style::Plain)
}

fn to_json(value: &AMQPValue, style: Style) -> Value {
    let tagged = |tag: &str, inner: Value| match style {
        Style::Tagged => json!({ tag: inner }),
        Style::Plain => inner,
    };
    match value {
        AMQPValue::Boolean(b) => json!(b),
        AMQPValue::ShortShortInt(n) => tagged("$int8", json!(n)),
        AMQPValue::ShortShortUInt(n) => tagged("$uint8", json!(n)),
        AMQPValue::ShortInt(n) => tagged("$int16", json!(n)),
        AMQPValue::ShortUInt(n) => tagged("$uint16", json!(n)),
        AMQPValue::LongInt(n) => tagged("$int32", json!(n)),
        AMQPValue::LongUInt(n) => tagged("$uint32", json!(n)),
        AMQPValue::LongLongInt(n) => json!(n),
        AMQPValue::Float(f) => tagged("$float", float_json(f64::from(*f))),
        AMQPValue::Double(f) if f.is_finite() => json!(f),
        AMQPValue::Double(f) => tagged("$double", float_json(*f)),
        AMQPValue::DecimalValue(d) => json!({"$decimal": {"scale": d.scale, "value": d.value}}),
        AMQPValue::ShortString(s) => json!(s.as_str()),
        AMQPValue::LongString(s) => match std::str::from_utf8(s.as_bytes()) {
            Ok(text) => json!(text),
            Err(_) => tagged("$string_base64", json!(BASE64.encode(s.as_bytes()))),
        },
        AMQPValue::FieldArray(items) => Value::Array(
            items
                .as_slice()
                .iter()
                .map(|item| to_json(item, style))
                .collect(),
        ),
        AMQPValue::Timestamp(t) => tagged("$timestamp", json!(t)),
        AMQPValue::FieldTable(table) => {
            let map = table_map(table, style);
            // A nested table that looks like one tagged value is wrapped, to read back as a table.
            if style == Style::Tagged && tag_of(&map).is_some() {
                json!({ "$table": Value::Object(map) })
            } else {
                Value::Object(map)
            }
        }
        AMQPValue::ByteArray(bytes) => tagged("$bytes", json!(BASE64.encode(bytes.as_slice()))),
        AMQPValue::Void => Value::Null,
    }
}

/// JSON has no NaN or infinities: those are spelled as strings.
fn float_json(f: f64) -> Value {
    if f.is_finite() {
        json!(f)
    } else if f.is_nan() {
        json!("NaN")
    } else if f > 0.0 {
        json!("inf")
    } else {
        json!("-inf")
    }
}

fn float_from_json(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => match s.as_str() {
            "NaN" => Some(f64::NAN),
            "inf" => Some(f64::INFINITY),
            "-inf" => Some(f64::NEG_INFINITY),
            _ => None,
        },
        _ => None,
    }
}

/// Reads AMQP field values back from JSON as the envelope writes them, so that they keep
/// their types: a plain JSON integer is a signed 64-bit integer (`l`), a plain fraction a
/// double (`d`), a string a UTF-8 long string, `true`/`false` a boolean, an array a field
/// array, an object a table, `null` void. Every other type is a one-key object: `{"$int8": N}`, `{"$uint8": N}`, `{"$int16": N}`,
/// `{"$uint16": N}`, `{"$int32": N}`, `{"$uint32": N}`, `{"$float": X}`, `{"$double": "NaN"}`
/// (non-finite doubles), `{"$timestamp": SECONDS}`, `{"$bytes": BASE64}` (byte array),
/// `{"$string_base64": BASE64}` (a long string that is not UTF-8),
/// `{"$decimal": {"scale": S, "value": V}}`, and `{"$table": {...}}` for a table that would
/// otherwise look like one of these.
pub fn json_amqp(value: &Value) -> Result<AMQPValue, String> {
    Ok(match value {
        Value::Null => AMQPValue::Void,
        Value::Bool(b) => AMQPValue::Boolean(*b),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => AMQPValue::LongLongInt(i),
            (None, Some(_)) if n.is_u64() => {
                return Err(format!("{n} does not fit a signed 64-bit integer"));
            }
            (None, Some(f)) => AMQPValue::Double(f),
            (None, None) => return Err(format!("{n} is not a number AMQP can carry")),
        },
        Value::String(s) => AMQPValue::LongString(LongString::from(s.as_bytes())),
        Value::Array(items) => AMQPValue::FieldArray(FieldArray::from(
            items.iter().map(json_amqp).collect::<Result<Vec<_>, _>>()?,
        )),
        Value::Object(map) => match tag_of(map) {
            Some((tag, inner)) => tagged_amqp(tag, inner)?,
            None => AMQPValue::FieldTable(json_table_map(map)?),
        },
    })
}

/// A one-key object whose key starts with `$` is a tagged value.
fn tag_of(map: &Map<String, Value>) -> Option<(&str, &Value)> {
    let mut entries = map.iter();
    match (entries.next(), entries.next()) {
        (Some((key, value)), None) if key.starts_with('$') => Some((key.as_str(), value)),
        _ => None,
    }
}

fn tagged_amqp(tag: &str, inner: &Value) -> Result<AMQPValue, String> {
    fn int<T: TryFrom<i64>>(tag: &str, inner: &Value) -> Result<T, String> {
        inner
            .as_i64()
            .and_then(|n| T::try_from(n).ok())
            .ok_or_else(|| format!("{{\"{tag}\": {inner}}}: not a number of that type"))
    }
    let base64 = |inner: &Value| {
        inner
            .as_str()
            .and_then(|text| BASE64.decode(text).ok())
            .ok_or_else(|| format!("{{\"{tag}\": {inner}}}: not base64"))
    };
    let float = |inner: &Value| {
        float_from_json(inner).ok_or_else(|| format!("{{\"{tag}\": {inner}}}: not a number"))
    };
    Ok(match tag {
        "$int8" => AMQPValue::ShortShortInt(int(tag, inner)?),
        "$uint8" => AMQPValue::ShortShortUInt(int(tag, inner)?),
        "$int16" => AMQPValue::ShortInt(int(tag, inner)?),
        "$uint16" => AMQPValue::ShortUInt(int(tag, inner)?),
        "$int32" => AMQPValue::LongInt(int(tag, inner)?),
        "$uint32" => AMQPValue::LongUInt(int(tag, inner)?),
        "$float" => AMQPValue::Float(float(inner)? as f32),
        "$double" => AMQPValue::Double(float(inner)?),
        "$timestamp" => AMQPValue::Timestamp(
            inner
                .as_u64()
                .ok_or_else(|| format!("{{\"$timestamp\": {inner}}}: not seconds"))?,
        ),
        "$bytes" => AMQPValue::ByteArray(ByteArray::from(base64(inner)?)),
        "$string_base64" => AMQPValue::LongString(LongString::from(base64(inner)?)),
        "$decimal" => {
            let scale = inner.get("scale").and_then(Value::as_u64);
            let value = inner.get("value").and_then(Value::as_u64);
            match (
                scale.and_then(|s| u8::try_from(s).ok()),
                value.and_then(|v| u32::try_from(v).ok()),
            ) {
                (Some(scale), Some(value)) => {
                    AMQPValue::DecimalValue(DecimalValue { scale, value })
                }
                _ => return Err(format!("{{\"$decimal\": {inner}}}: wants scale and value")),
            }
        }
        "$table" => match inner {
            Value::Object(map) => AMQPValue::FieldTable(json_table_map(map)?),
            _ => return Err(format!("{{\"$table\": {inner}}}: not an object")),
        },
        other => return Err(format!("unknown type tag '{other}'")),
    })
}

fn json_table_map(map: &Map<String, Value>) -> Result<FieldTable, String> {
    let mut table = FieldTable::default();
    for (key, value) in map {
        let name = ShortString::try_new(key.as_str())
            .map_err(|_| format!("header name '{key}' is longer than 255 bytes"))?;
        let value = json_amqp(value).map_err(|e| format!("{key}: {e}"))?;
        table.insert(name, value);
    }
    Ok(table)
}

/// A message as `consume --format json` recorded it, ready to publish again.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub exchange: String,
    pub routing_key: String,
    pub properties: BasicProperties,
    pub body: Vec<u8>,
}

/// Reads one line of the JSON envelope back (the inverse of [`envelope`]); `redelivered` and
/// keys it does not know are ignored, so that envelopes from later versions still read.
pub fn parse_envelope(line: &str) -> Result<Recorded, String> {
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
    let properties = match map.get("properties") {
        None | Some(Value::Null) => BasicProperties::default(),
        Some(Value::Object(props)) => properties_from_json(props)?,
        Some(other) => return Err(format!("'properties' is {other}, not an object")),
    };
    let body = match (map.get("body"), text("body_encoding")?.as_str()) {
        (Some(Value::String(body)), "" | "utf8") => body.as_bytes().to_vec(),
        (Some(Value::String(body)), "base64") => BASE64
            .decode(body)
            .map_err(|e| format!("'body' is not base64: {e}"))?,
        (Some(Value::String(_)), other) => {
            return Err(format!("unknown body_encoding '{other}' (utf8 or base64)"));
        }
        (None, _) => return Err("no 'body'".into()),
        (Some(other), _) => return Err(format!("'body' is {other}, not a string")),
    };
    Ok(Recorded {
        exchange,
        routing_key,
        properties,
        body,
    })
}

/// The inverse of [`properties_json`].
pub fn properties_from_json(map: &Map<String, Value>) -> Result<BasicProperties, String> {
    let mut p = BasicProperties::default();
    for (name, value) in map {
        p = match (name.as_str(), property(name)) {
            (_, Some(property)) => property.set(p, property.read_json(value)?),
            ("headers", None) => match value {
                Value::Object(headers) => {
                    p.with_headers(json_table_map(headers).map_err(|e| format!("header {e}"))?)
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

    fn amqp_json(value: &AMQPValue) -> Value {
        to_json(value, Style::Tagged)
    }

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
    fn every_field_type_reads_back_as_itself() {
        let mut lookalike = FieldTable::default();
        lookalike.insert(ShortString::from("$int8"), AMQPValue::Boolean(true));
        let values = vec![
            AMQPValue::Boolean(false),
            AMQPValue::ShortShortInt(-1),
            AMQPValue::ShortShortUInt(255),
            AMQPValue::ShortInt(-32768),
            AMQPValue::ShortUInt(65535),
            AMQPValue::LongInt(i32::MIN),
            AMQPValue::LongUInt(u32::MAX),
            AMQPValue::LongLongInt(i64::MIN),
            AMQPValue::Float(0.1),
            AMQPValue::Float(f32::INFINITY),
            AMQPValue::Double(1.0),
            AMQPValue::Double(f64::NEG_INFINITY),
            AMQPValue::DecimalValue(DecimalValue { scale: 3, value: 1 }),
            AMQPValue::LongString(LongString::from("ü")),
            AMQPValue::LongString(LongString::from(vec![0xc3u8, 0x28])),
            AMQPValue::Timestamp(u64::MAX),
            AMQPValue::ByteArray(ByteArray::from(vec![1u8, 2])),
            AMQPValue::FieldTable(lookalike.clone()),
            AMQPValue::FieldArray(FieldArray::from(vec![
                AMQPValue::Void,
                AMQPValue::FieldTable(lookalike),
            ])),
            AMQPValue::Void,
        ];
        for value in values {
            let text = serde_json::to_string(&amqp_json(&value)).unwrap();
            let back = json_amqp(&serde_json::from_str(&text).unwrap()).unwrap();
            assert_eq!(back, value, "{text}");
        }
        let nan = json_amqp(&amqp_json(&AMQPValue::Double(f64::NAN))).unwrap();
        assert!(matches!(nan, AMQPValue::Double(f) if f.is_nan()));
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
        ] {
            assert!(parse_envelope(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn typed_header_values_are_faithful() {
        assert_eq!(
            amqp_json(&AMQPValue::Timestamp(7)),
            json!({"$timestamp": 7})
        );
        assert_eq!(amqp_json(&AMQPValue::Boolean(true)), json!(true));
        assert_eq!(amqp_json(&AMQPValue::LongLongInt(-3)), json!(-3));
        assert_eq!(amqp_json(&AMQPValue::LongInt(-3)), json!({"$int32": -3}));
        assert_eq!(
            amqp_json(&AMQPValue::LongString(LongString::from(vec![0xffu8]))),
            json!({"$string_base64": "/w=="})
        );
        assert_eq!(
            amqp_json(&AMQPValue::ByteArray(ByteArray::from(vec![0xffu8]))),
            json!({"$bytes": "/w=="})
        );
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
        assert_eq!(properties_from_json(&map).unwrap(), all);
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
