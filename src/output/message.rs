//! How one received message is written: `text` (the body), `json` (one JSON object a line with
//! every property) or a `--template`.

use std::io::Write;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use clap::ValueEnum;
use lapin::BasicProperties;
use lapin::types::{AMQPValue, FieldTable};
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
                out.write_all(message.body)?;
                out.write_all(b"\n")?;
            }
            MessageWriter::Json => {
                serde_json::to_writer(&mut *out, &envelope(message))
                    .map_err(std::io::Error::from)?;
                out.write_all(b"\n")?;
            }
            MessageWriter::Template(template) => {
                template.write(out, message)?;
                out.write_all(b"\n")?;
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

pub fn table_json(table: &FieldTable) -> Value {
    Value::Object(
        table
            .inner()
            .iter()
            .map(|(key, value)| (key.as_str().to_owned(), amqp_json(value)))
            .collect(),
    )
}

/// AMQP field values as JSON. Types JSON has no word for are tagged objects: `{"$timestamp": N}`,
/// `{"$bytes": BASE64}`, `{"$decimal": {"scale": S, "value": V}}`.
pub fn amqp_json(value: &AMQPValue) -> Value {
    match value {
        AMQPValue::Boolean(b) => json!(b),
        AMQPValue::ShortShortInt(n) => json!(n),
        AMQPValue::ShortShortUInt(n) => json!(n),
        AMQPValue::ShortInt(n) => json!(n),
        AMQPValue::ShortUInt(n) => json!(n),
        AMQPValue::LongInt(n) => json!(n),
        AMQPValue::LongUInt(n) => json!(n),
        AMQPValue::LongLongInt(n) => json!(n),
        AMQPValue::Float(f) => json!(f),
        AMQPValue::Double(f) => json!(f),
        AMQPValue::DecimalValue(d) => json!({"$decimal": {"scale": d.scale, "value": d.value}}),
        AMQPValue::ShortString(s) => json!(s.as_str()),
        AMQPValue::LongString(s) => match std::str::from_utf8(s.as_bytes()) {
            Ok(text) => json!(text),
            Err(_) => json!({"$bytes": BASE64.encode(s.as_bytes())}),
        },
        AMQPValue::FieldArray(items) => {
            Value::Array(items.as_slice().iter().map(amqp_json).collect())
        }
        AMQPValue::Timestamp(t) => json!({"$timestamp": t}),
        AMQPValue::FieldTable(table) => table_json(table),
        AMQPValue::ByteArray(bytes) => json!({"$bytes": BASE64.encode(bytes.as_slice())}),
        AMQPValue::Void => Value::Null,
    }
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
                        return Err(Error::Usage(format!(
                            "template: '{{{name}' is not closed (write {{{{ for a literal brace)"
                        )));
                    }
                    if !literal.is_empty() {
                        pieces.push(Piece::Literal(std::mem::take(&mut literal)));
                    }
                    pieces.push(Self::placeholder(&name)?);
                }
                '}' => {
                    return Err(Error::Usage(
                        "template: a lone '}' (write }} for a literal brace)".into(),
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
                    return Err(Error::Usage(format!(
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
                        write_plain(out, &amqp_json(value))?;
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
    fn typed_header_values_are_faithful() {
        assert_eq!(
            amqp_json(&AMQPValue::Timestamp(7)),
            json!({"$timestamp": 7})
        );
        assert_eq!(amqp_json(&AMQPValue::Boolean(true)), json!(true));
        assert_eq!(amqp_json(&AMQPValue::LongInt(-3)), json!(-3));
        assert_eq!(
            amqp_json(&AMQPValue::LongString(LongString::from(vec![0xffu8]))),
            json!({"$bytes": "/w=="})
        );
    }
}
