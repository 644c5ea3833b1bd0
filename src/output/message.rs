//! How one received message is written: `text` (the body), `json` (one JSON object a line with
//! every property) or a `--template`.

use std::io::Write;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use clap::ValueEnum;
use lapin::BasicProperties;
use lapin::message::Delivery;
use lapin::types::{
    AMQPValue, ByteArray, DecimalValue, FieldArray, FieldTable, LongString, ShortString,
};
use serde_json::{Map, Value, json};

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum MessageFormat {
    /// The body, then a newline
    #[default]
    Text,
    /// One JSON object a line: exchange, routing_key, redelivered, properties, body, body_encoding
    Json,
}

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

/// Every basic property name, as `{property.NAME}` and the JSON envelope spell them.
pub const PROPERTY_NAMES: &[&str] = &[
    "content_type",
    "content_encoding",
    "delivery_mode",
    "priority",
    "correlation_id",
    "reply_to",
    "expiration",
    "message_id",
    "timestamp",
    "type",
    "user_id",
    "app_id",
    "cluster_id",
];

/// How each message is written, decided once before the first message arrives.
pub enum MessageWriter {
    Text,
    Json,
    Template(Template),
}

impl MessageWriter {
    pub fn new(format: MessageFormat, template: Option<&str>) -> Result<Self> {
        Ok(match (template, format) {
            (Some(text), _) => MessageWriter::Template(Template::parse(text)?),
            (None, MessageFormat::Text) => MessageWriter::Text,
            (None, MessageFormat::Json) => MessageWriter::Json,
        })
    }

    pub fn write(&self, out: &mut dyn Write, message: &MessageView) -> Result<()> {
        match self {
            MessageWriter::Text => {
                out.write_all(message.body).map_err(Error::output)?;
                out.write_all(b"\n").map_err(Error::output)?;
            }
            MessageWriter::Json => {
                serde_json::to_writer(&mut *out, &envelope(message))
                    .map_err(std::io::Error::from)
                    .map_err(Error::output)?;
                out.write_all(b"\n").map_err(Error::output)?;
            }
            MessageWriter::Template(template) => {
                template.write(out, message).map_err(Error::output)?;
                out.write_all(b"\n").map_err(Error::output)?;
            }
        }
        Ok(())
    }
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

/// The properties that are set, keyed by their names in `PROPERTY_NAMES`, plus `headers`.
pub fn properties_json(properties: &BasicProperties) -> Value {
    let mut map = Map::new();
    for name in PROPERTY_NAMES {
        if let Some(value) = property_value(properties, name) {
            map.insert((*name).to_owned(), value);
        }
    }
    if let Some(headers) = properties.headers() {
        map.insert("headers".to_owned(), table_json(headers));
    }
    Value::Object(map)
}

fn property_value(p: &BasicProperties, name: &str) -> Option<Value> {
    let text = |v: &Option<lapin::types::ShortString>| v.as_ref().map(|s| json!(s.as_str()));
    match name {
        "content_type" => text(p.content_type()),
        "content_encoding" => text(p.content_encoding()),
        "delivery_mode" => p.delivery_mode().map(|v| json!(v)),
        "priority" => p.priority().map(|v| json!(v)),
        "correlation_id" => text(p.correlation_id()),
        "reply_to" => text(p.reply_to()),
        "expiration" => text(p.expiration()),
        "message_id" => text(p.message_id()),
        "timestamp" => p.timestamp().map(|v| json!(v)),
        "type" => text(p.kind()),
        "user_id" => text(p.user_id()),
        "app_id" => text(p.app_id()),
        "cluster_id" => text(p.cluster_id()),
        _ => None,
    }
}

/// A table as a JSON object (headers, arguments): typed values tagged as in [`amqp_json`].
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

/// AMQP field values as JSON, faithful enough to be read back to the same types: a plain JSON
/// integer is a signed 64-bit integer (`l`), a plain fraction a double (`d`), a string a UTF-8
/// long string, `true`/`false` a boolean, an array a field array, an object a table, `null`
/// void. Every other type is a one-key object: `{"$int8": N}`, `{"$uint8": N}`, `{"$int16": N}`,
/// `{"$uint16": N}`, `{"$int32": N}`, `{"$uint32": N}`, `{"$float": X}`, `{"$double": "NaN"}`
/// (non-finite doubles), `{"$timestamp": SECONDS}`, `{"$bytes": BASE64}` (byte array),
/// `{"$string_base64": BASE64}` (a long string that is not UTF-8),
/// `{"$decimal": {"scale": S, "value": V}}`, and `{"$table": {...}}` for a table that would
/// otherwise look like one of these.
pub fn amqp_json(value: &AMQPValue) -> Value {
    to_json(value, Style::Tagged)
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

/// The inverse of [`amqp_json`].
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
        let short = || -> Result<ShortString, String> {
            let text = value
                .as_str()
                .ok_or_else(|| format!("property '{name}' is {value}, not a string"))?;
            ShortString::try_new(text)
                .map_err(|_| format!("property '{name}' is longer than 255 bytes"))
        };
        let octet = || -> Result<u8, String> {
            value
                .as_u64()
                .and_then(|n| u8::try_from(n).ok())
                .ok_or_else(|| format!("property '{name}' is {value}, not 0-255"))
        };
        p = match name.as_str() {
            "content_type" => p.with_content_type(short()?),
            "content_encoding" => p.with_content_encoding(short()?),
            "delivery_mode" => p.with_delivery_mode(octet()?),
            "priority" => p.with_priority(octet()?),
            "correlation_id" => p.with_correlation_id(short()?),
            "reply_to" => p.with_reply_to(short()?),
            "expiration" => p.with_expiration(short()?),
            "message_id" => p.with_message_id(short()?),
            "timestamp" => p.with_timestamp(
                value
                    .as_u64()
                    .ok_or_else(|| format!("property 'timestamp' is {value}, not seconds"))?,
            ),
            "type" => p.with_type(short()?),
            "user_id" => p.with_user_id(short()?),
            "app_id" => p.with_app_id(short()?),
            "cluster_id" => p.with_cluster_id(short()?),
            "headers" => match value {
                Value::Object(headers) => {
                    p.with_headers(json_table_map(headers).map_err(|e| format!("header {e}"))?)
                }
                _ => return Err(format!("'headers' is {value}, not an object")),
            },
            other => return Err(format!("unknown property '{other}'")),
        };
    }
    Ok(p)
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Literal(String),
    Body,
    RoutingKey,
    Exchange,
    Redelivered,
    Header(String),
    Property(String),
}

/// A parsed `--template`: `{body}`, `{routing_key}`, `{exchange}`, `{redelivered}`,
/// `{header.NAME}`, `{property.NAME}`; `{{` and `}}` stand for literal braces.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pieces: Vec<Piece>,
}

impl Template {
    pub fn parse(text: &str) -> Result<Self> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let mut name = String::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        name.push(c);
                    }
                    if !closed {
                        return Err(Error::usage(format!(
                            "template: '{{{name}' is not closed (write {{{{ for a literal brace)"
                        )));
                    }
                    if !literal.is_empty() {
                        pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                    }
                    pieces.push(Self::placeholder(&name)?);
                }
                '}' => {
                    return Err(Error::usage(
                        "template: a lone '}' (write }} for a literal brace)",
                    ));
                }
                _ => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        Ok(Template { pieces })
    }

    fn placeholder(name: &str) -> Result<Piece> {
        Ok(match name {
            "body" => Piece::Body,
            "routing_key" => Piece::RoutingKey,
            "exchange" => Piece::Exchange,
            "redelivered" => Piece::Redelivered,
            _ => {
                if let Some(header) = name.strip_prefix("header.").filter(|h| !h.is_empty()) {
                    Piece::Header(header.to_owned())
                } else if let Some(property) = name
                    .strip_prefix("property.")
                    .filter(|p| PROPERTY_NAMES.contains(p))
                {
                    Piece::Property(property.to_owned())
                } else {
                    return Err(Error::usage(format!(
                        "template: unknown placeholder '{{{name}}}' (known: {{body}}, {{routing_key}}, \
                         {{exchange}}, {{redelivered}}, {{header.NAME}}, {{property.NAME}} with NAME one of {})",
                        PROPERTY_NAMES.join(", ")
                    )));
                }
            }
        })
    }

    /// Writes the message; a header or property that is not set renders as nothing.
    pub fn write(&self, out: &mut dyn Write, message: &MessageView) -> std::io::Result<()> {
        for piece in &self.pieces {
            match piece {
                Piece::Literal(text) => out.write_all(text.as_bytes())?,
                Piece::Body => out.write_all(message.body)?,
                Piece::RoutingKey => out.write_all(message.routing_key.as_bytes())?,
                Piece::Exchange => out.write_all(message.exchange.as_bytes())?,
                Piece::Redelivered => write!(out, "{}", message.redelivered)?,
                Piece::Header(name) => {
                    let value = message
                        .properties
                        .headers()
                        .as_ref()
                        .and_then(|h| h.inner().get(name.as_str()));
                    if let Some(value) = value {
                        write_plain(out, &to_json(value, Style::Plain))?;
                    }
                }
                Piece::Property(name) => {
                    if let Some(value) = property_value(message.properties, name) {
                        write_plain(out, &value)?;
                    }
                }
            }
        }
        Ok(())
    }
}

/// Strings without their JSON quotes; everything else as JSON.
fn write_plain(out: &mut dyn Write, value: &Value) -> std::io::Result<()> {
    match value {
        Value::String(s) => out.write_all(s.as_bytes()),
        other => write!(out, "{other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lapin::types::{LongString, ShortString};

    fn render(template: &str, properties: &BasicProperties, body: &[u8]) -> String {
        let message = MessageView {
            exchange: "integers",
            routing_key: "odd",
            redelivered: false,
            properties,
            body,
        };
        let mut out = Vec::new();
        Template::parse(template)
            .unwrap()
            .write(&mut out, &message)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn tutorial_template() {
        let props = BasicProperties::default();
        assert_eq!(
            render("odd integer: {body}", &props, b"7"),
            "odd integer: 7"
        );
        assert_eq!(
            render("{exchange}/{routing_key} {redelivered} {{x}}", &props, b""),
            "integers/odd false {x}"
        );
    }

    #[test]
    fn headers_and_properties() {
        let mut headers = FieldTable::default();
        headers.insert(ShortString::from("n"), AMQPValue::LongLongInt(5));
        headers.insert(
            ShortString::from("s"),
            AMQPValue::LongString(LongString::from("hi")),
        );
        let props = BasicProperties::default()
            .with_headers(headers)
            .with_message_id(ShortString::from("m-1"));
        assert_eq!(
            render(
                "{header.n} {header.s} {header.none}|{property.message_id}",
                &props,
                b""
            ),
            "5 hi |m-1"
        );
    }

    #[test]
    fn unknown_placeholders_are_usage_errors() {
        for bad in ["{nope}", "{property.nope}", "{header.}", "{body", "a}b"] {
            let err = Template::parse(bad).unwrap_err();
            assert_eq!(err.exit_code(), 64, "{bad}");
        }
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
    fn templates_show_typed_headers_plainly() {
        let mut headers = FieldTable::default();
        headers.insert(ShortString::from("n"), AMQPValue::LongInt(7));
        headers.insert(ShortString::from("t"), AMQPValue::Timestamp(9));
        let props = BasicProperties::default().with_headers(headers);
        assert_eq!(render("{header.n} {header.t}", &props, b""), "7 9");
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
}
