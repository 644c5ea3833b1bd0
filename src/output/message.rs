//! How one received message is written: `text` (the body), `json` (the envelope of
//! [`crate::envelope`], one object a line) or a `--template`. Only rendering lives here; what a
//! message looks like as JSON is the envelope's business.

use std::io::Write;

use serde_json::Value;

use crate::envelope::{MessageView, PROPERTIES, envelope, plain_json, property, property_json};
use crate::error::{Error, Result};

/// How `consume` and `get` write each message (spelled on the command line by
/// `commands::formats`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MessageFormat {
    /// The body, then a newline
    #[default]
    Text,
    /// One JSON object a line: exchange, routing_key, redelivered, properties, body, body_encoding
    Json,
}

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

/// What the firehose (`tap --trace`) says of a message besides the message itself.
pub struct Traced<'a> {
    /// `publish` or `deliver`.
    pub event: &'a str,
    /// The queue it was delivered from (deliveries only).
    pub queue: Option<&'a str>,
    pub routing_keys: &'a [String],
    /// The rest of what the firehose said (node, connection, user, routed queues...).
    pub details: serde_json::Map<String, Value>,
}

impl MessageWriter {
    /// One traced message: as text, a line that says what happened, then the body; as JSON,
    /// the envelope with `event`, `queue`, `routing_keys` and `trace` (the details) added.
    pub fn write_traced(
        &self,
        out: &mut dyn Write,
        traced: Traced,
        message: &MessageView,
    ) -> Result<()> {
        let keys = traced.routing_keys.join("', '");
        match self {
            MessageWriter::Json => {
                let mut value = envelope(message);
                value["event"] = Value::from(traced.event);
                if let Some(queue) = traced.queue {
                    value["queue"] = Value::from(queue);
                }
                value["routing_keys"] = Value::from(traced.routing_keys.to_vec());
                value["trace"] = Value::Object(traced.details);
                serde_json::to_writer(&mut *out, &value)
                    .map_err(std::io::Error::from)
                    .map_err(Error::output)?;
                out.write_all(b"\n").map_err(Error::output)
            }
            _ => {
                let line = match traced.queue {
                    Some(queue) => format!(
                        "deliver from queue '{queue}' (exchange '{}', routing keys '{keys}'): ",
                        message.exchange
                    ),
                    None => format!(
                        "{} to exchange '{}', routing keys '{keys}': ",
                        traced.event, message.exchange
                    ),
                };
                out.write_all(line.as_bytes()).map_err(Error::output)?;
                self.write(out, message)
            }
        }
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
                    .filter(|p| property(p).is_some())
                {
                    Piece::Property(property.to_owned())
                } else {
                    return Err(Error::usage(format!(
                        "template: unknown placeholder '{{{name}}}' (known: {{body}}, {{routing_key}}, \
                         {{exchange}}, {{redelivered}}, {{header.NAME}}, {{property.NAME}} with NAME one of {})",
                        PROPERTIES
                            .iter()
                            .map(|p| p.name)
                            .collect::<Vec<_>>()
                            .join(", ")
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
                        write_plain(out, &plain_json(value))?;
                    }
                }
                Piece::Property(name) => {
                    if let Some(value) = property_json(message.properties, name) {
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
    use lapin::BasicProperties;
    use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};

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
    fn templates_show_typed_headers_plainly() {
        let mut headers = FieldTable::default();
        headers.insert(ShortString::from("n"), AMQPValue::LongInt(7));
        headers.insert(ShortString::from("t"), AMQPValue::Timestamp(9));
        let props = BasicProperties::default().with_headers(headers);
        assert_eq!(render("{header.n} {header.t}", &props, b""), "7 9");
    }
}
