//! AMQP field values (header and argument values) as JSON: plain JSON for people and `jq` (7,
//! "text", true, objects, arrays), and beside it, where plain JSON would read back as another
//! type, the AMQP type — so that a recorded message is published again with the very types it
//! had. Also reads the tagged form (`{"$int32": 7}`) that earlier versions of `mq` recorded.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use lapin::types::{
    AMQPValue, ByteArray, DecimalValue, FieldArray, FieldTable, LongString, ShortString,
};
use serde_json::{Map, Value, json};

/// A field value as plain JSON. Integers of every width and timestamps are numbers, byte
/// arrays and long strings that are not UTF-8 are base64 text, decimals are numbers, NaN and
/// the infinities are the strings "NaN", "inf" and "-inf"; [`type_of`] says what was lost.
pub fn plain_json(value: &AMQPValue) -> Value {
    match value {
        AMQPValue::Boolean(b) => json!(b),
        AMQPValue::ShortShortInt(n) => json!(n),
        AMQPValue::ShortShortUInt(n) => json!(n),
        AMQPValue::ShortInt(n) => json!(n),
        AMQPValue::ShortUInt(n) => json!(n),
        AMQPValue::LongInt(n) => json!(n),
        AMQPValue::LongUInt(n) => json!(n),
        AMQPValue::LongLongInt(n) => json!(n),
        AMQPValue::Float(f) => float_json(f64::from(*f)),
        AMQPValue::Double(f) => float_json(*f),
        AMQPValue::DecimalValue(d) => decimal_json(d),
        AMQPValue::ShortString(s) => json!(s.as_str()),
        AMQPValue::LongString(s) => match std::str::from_utf8(s.as_bytes()) {
            Ok(text) => json!(text),
            Err(_) => json!(BASE64.encode(s.as_bytes())),
        },
        AMQPValue::FieldArray(items) => {
            Value::Array(items.as_slice().iter().map(plain_json).collect())
        }
        AMQPValue::Timestamp(t) => json!(t),
        AMQPValue::FieldTable(table) => Value::Object(plain_table(table)),
        AMQPValue::ByteArray(bytes) => json!(BASE64.encode(bytes.as_slice())),
        AMQPValue::Void => Value::Null,
    }
}

/// An AMQP integer of any width.
pub fn integer(value: &AMQPValue) -> Option<i64> {
    match value {
        AMQPValue::LongLongInt(n) => Some(*n),
        AMQPValue::LongInt(n) => Some(i64::from(*n)),
        AMQPValue::LongUInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortUInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortShortInt(n) => Some(i64::from(*n)),
        AMQPValue::ShortShortUInt(n) => Some(i64::from(*n)),
        AMQPValue::Timestamp(n) => i64::try_from(*n).ok(),
        _ => None,
    }
}

/// A table as plain JSON (headers, arguments).
pub fn plain_table(table: &FieldTable) -> Map<String, Value> {
    table
        .inner()
        .iter()
        .map(|(key, value)| (key.as_str().to_owned(), plain_json(value)))
        .collect()
}

/// The AMQP type of `value` where its plain JSON would read back as another type: a name
/// ("int32", "timestamp", "bytes"...), an object of the members of a table that need one, an
/// array with the elements' (null where none is needed). None where plain JSON says it all: a
/// boolean, a signed 64-bit integer, a finite double, a UTF-8 long string, void, and tables and
/// arrays of those.
pub fn type_of(value: &AMQPValue) -> Option<Value> {
    let name = |name: &str| Some(json!(name));
    match value {
        AMQPValue::Boolean(_) | AMQPValue::LongLongInt(_) | AMQPValue::Void => None,
        AMQPValue::Double(f) if f.is_finite() => None,
        AMQPValue::Double(_) => name("double"),
        AMQPValue::ShortShortInt(_) => name("int8"),
        AMQPValue::ShortShortUInt(_) => name("uint8"),
        AMQPValue::ShortInt(_) => name("int16"),
        AMQPValue::ShortUInt(_) => name("uint16"),
        AMQPValue::LongInt(_) => name("int32"),
        AMQPValue::LongUInt(_) => name("uint32"),
        AMQPValue::Float(_) => name("float"),
        AMQPValue::DecimalValue(d) => Some(json!(format!("decimal({})", d.scale))),
        AMQPValue::ShortString(_) => name("short_string"),
        AMQPValue::LongString(s) if std::str::from_utf8(s.as_bytes()).is_ok() => None,
        AMQPValue::LongString(_) => name("string_base64"),
        AMQPValue::Timestamp(_) => name("timestamp"),
        AMQPValue::ByteArray(_) => name("bytes"),
        AMQPValue::FieldTable(table) => {
            let types = table_types(table);
            (!types.is_empty()).then_some(Value::Object(types))
        }
        AMQPValue::FieldArray(items) => {
            let types: Vec<Value> = items
                .as_slice()
                .iter()
                .map(|item| type_of(item).unwrap_or(Value::Null))
                .collect();
            types
                .iter()
                .any(|t| !t.is_null())
                .then_some(Value::Array(types))
        }
    }
}

/// The members of `table` that need their type said (see [`type_of`]).
pub fn table_types(table: &FieldTable) -> Map<String, Value> {
    table
        .inner()
        .iter()
        .filter_map(|(key, value)| type_of(value).map(|t| (key.as_str().to_owned(), t)))
        .collect()
}

/// The inverse of [`plain_json`] with [`type_of`]: `types` is None where plain JSON's own
/// reading applies (an integer is a signed 64-bit integer, a fraction a double, text a long
/// string, an object a table, an array a field array, null void).
pub fn typed_value(plain: &Value, types: Option<&Value>) -> Result<AMQPValue, String> {
    match (types, plain) {
        (None | Some(Value::Null), _) => untyped(plain),
        (Some(Value::String(name)), _) => named(name, plain),
        (Some(Value::Object(members)), Value::Object(map)) => {
            Ok(AMQPValue::FieldTable(typed_table(map, Some(members))?))
        }
        (Some(Value::Array(types)), Value::Array(items)) if types.len() == items.len() => {
            let values = items
                .iter()
                .zip(types)
                .map(|(item, t)| typed_value(item, Some(t)))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(AMQPValue::FieldArray(FieldArray::from(values)))
        }
        (Some(types), _) => Err(format!(
            "{plain} does not have the shape of its type {types}"
        )),
    }
}

/// A table from plain JSON and, where given, the types of its members.
pub fn typed_table(
    map: &Map<String, Value>,
    types: Option<&Map<String, Value>>,
) -> Result<FieldTable, String> {
    table_of(map, |key, value| {
        typed_value(value, types.and_then(|t| t.get(key)))
    })
}

/// A table of `map`'s members, each value read by `read`; names over 255 bytes refused.
fn table_of(
    map: &Map<String, Value>,
    read: impl Fn(&str, &Value) -> Result<AMQPValue, String>,
) -> Result<FieldTable, String> {
    let mut table = FieldTable::default();
    for (key, value) in map {
        let name = ShortString::try_new(key.as_str())
            .map_err(|_| format!("header name '{key}' is longer than 255 bytes"))?;
        table.insert(name, read(key, value).map_err(|e| format!("{key}: {e}"))?);
    }
    Ok(table)
}

fn untyped(value: &Value) -> Result<AMQPValue, String> {
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
            items.iter().map(untyped).collect::<Result<Vec<_>, _>>()?,
        )),
        Value::Object(map) => AMQPValue::FieldTable(typed_table(map, None)?),
    })
}

fn named(name: &str, plain: &Value) -> Result<AMQPValue, String> {
    fn int<T: TryFrom<i64>>(name: &str, plain: &Value) -> Result<T, String> {
        plain
            .as_i64()
            .and_then(|n| T::try_from(n).ok())
            .ok_or_else(|| format!("{plain} is not an {name}"))
    }
    let base64 = || {
        plain
            .as_str()
            .and_then(|text| BASE64.decode(text).ok())
            .ok_or_else(|| format!("{plain} is not base64 ({name})"))
    };
    let float = || float_from_json(plain).ok_or_else(|| format!("{plain} is not a {name}"));
    Ok(match name {
        "int8" => AMQPValue::ShortShortInt(int(name, plain)?),
        "uint8" => AMQPValue::ShortShortUInt(int(name, plain)?),
        "int16" => AMQPValue::ShortInt(int(name, plain)?),
        "uint16" => AMQPValue::ShortUInt(int(name, plain)?),
        "int32" => AMQPValue::LongInt(int(name, plain)?),
        "uint32" => AMQPValue::LongUInt(int(name, plain)?),
        "float" => AMQPValue::Float(float()? as f32),
        "double" => AMQPValue::Double(float()?),
        "timestamp" => AMQPValue::Timestamp(
            plain
                .as_u64()
                .ok_or_else(|| format!("{plain} is not a timestamp (seconds)"))?,
        ),
        "bytes" => AMQPValue::ByteArray(ByteArray::from(base64()?)),
        "string_base64" => AMQPValue::LongString(LongString::from(base64()?)),
        "short_string" => AMQPValue::ShortString(
            plain
                .as_str()
                .and_then(|s| ShortString::try_new(s).ok())
                .ok_or_else(|| format!("{plain} is not a short string"))?,
        ),
        _ => match name
            .strip_prefix("decimal(")
            .and_then(|rest| rest.strip_suffix(')'))
            .and_then(|scale| scale.parse::<u8>().ok())
        {
            Some(scale) => AMQPValue::DecimalValue(decimal_from_json(plain, scale)?),
            None => return Err(format!("unknown AMQP type '{name}'")),
        },
    })
}

/// A decimal as the number it stands for (scale 2, value 1234: 12.34).
fn decimal_json(d: &DecimalValue) -> Value {
    let number = f64::from(d.value) / 10f64.powi(i32::from(d.scale));
    json!(number)
}

fn decimal_from_json(plain: &Value, scale: u8) -> Result<DecimalValue, String> {
    let number = plain
        .as_f64()
        .ok_or_else(|| format!("{plain} is not a decimal"))?;
    let scaled = (number * 10f64.powi(i32::from(scale))).round();
    if !(0.0..=f64::from(u32::MAX)).contains(&scaled) {
        return Err(format!("{plain} does not fit a decimal of scale {scale}"));
    }
    Ok(DecimalValue {
        scale,
        value: scaled as u32,
    })
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

/// Reads a value of the tagged form that `mq` recorded before the types moved beside the
/// values: `{"$int32": 7}`, `{"$timestamp": 7}`, `{"$bytes": BASE64}`, `{"$decimal": {"scale": S,
/// "value": V}}`, `{"$table": {...}}` for a table that looked like a tag, and so on.
pub fn tagged_json(value: &Value) -> Result<AMQPValue, String> {
    match value {
        Value::Array(items) => Ok(AMQPValue::FieldArray(FieldArray::from(
            items
                .iter()
                .map(tagged_json)
                .collect::<Result<Vec<_>, _>>()?,
        ))),
        Value::Object(map) => match tag_of(map) {
            Some(("$table", Value::Object(inner))) => {
                Ok(AMQPValue::FieldTable(tagged_table(inner)?))
            }
            Some(("$decimal", inner)) => {
                let scale = inner.get("scale").and_then(Value::as_u64);
                let value = inner.get("value").and_then(Value::as_u64);
                match (
                    scale.and_then(|s| u8::try_from(s).ok()),
                    value.and_then(|v| u32::try_from(v).ok()),
                ) {
                    (Some(scale), Some(value)) => {
                        Ok(AMQPValue::DecimalValue(DecimalValue { scale, value }))
                    }
                    _ => Err(format!("{{\"$decimal\": {inner}}}: wants scale and value")),
                }
            }
            Some((tag, inner)) => named(&tag[1..], inner),
            None => Ok(AMQPValue::FieldTable(tagged_table(map)?)),
        },
        plain => untyped(plain),
    }
}

/// A table of the tagged form (see [`tagged_json`]).
pub fn tagged_table(map: &Map<String, Value>) -> Result<FieldTable, String> {
    table_of(map, |_, value| tagged_json(value))
}

/// A one-key object whose key starts with `$` is a tagged value.
fn tag_of(map: &Map<String, Value>) -> Option<(&str, &Value)> {
    let mut entries = map.iter();
    match (entries.next(), entries.next()) {
        (Some((key, value)), None) if key.starts_with('$') => Some((key.as_str(), value)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookalike() -> FieldTable {
        let mut table = FieldTable::default();
        table.insert(ShortString::from("$int8"), AMQPValue::Boolean(true));
        table
    }

    fn every_type() -> Vec<AMQPValue> {
        vec![
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
            AMQPValue::DecimalValue(DecimalValue {
                scale: 2,
                value: 123_456,
            }),
            AMQPValue::ShortString(ShortString::from("short")),
            AMQPValue::LongString(LongString::from("ü")),
            AMQPValue::LongString(LongString::from(vec![0xc3u8, 0x28])),
            AMQPValue::Timestamp(u64::MAX),
            AMQPValue::ByteArray(ByteArray::from(vec![1u8, 2])),
            AMQPValue::FieldTable(lookalike()),
            AMQPValue::FieldArray(FieldArray::from(vec![
                AMQPValue::Void,
                AMQPValue::LongInt(7),
                AMQPValue::FieldTable(lookalike()),
            ])),
            AMQPValue::Void,
        ]
    }

    #[test]
    fn every_field_type_reads_back_as_itself_from_plain_json_and_its_type() {
        for value in every_type() {
            let plain = serde_json::to_string(&plain_json(&value)).unwrap();
            let types = type_of(&value).map(|t| serde_json::to_string(&t).unwrap());
            let plain: Value = serde_json::from_str(&plain).unwrap();
            let types: Option<Value> = types.map(|t| serde_json::from_str(&t).unwrap());
            let back = typed_value(&plain, types.as_ref()).unwrap();
            assert_eq!(back, value, "{plain} with {types:?}");
        }
        let nan = AMQPValue::Double(f64::NAN);
        let back = typed_value(&plain_json(&nan), type_of(&nan).as_ref()).unwrap();
        assert!(matches!(back, AMQPValue::Double(f) if f.is_nan()));
    }

    #[test]
    fn plain_json_is_what_jq_would_want() {
        assert_eq!(plain_json(&AMQPValue::LongInt(7)), json!(7));
        assert_eq!(type_of(&AMQPValue::LongInt(7)), Some(json!("int32")));
        assert_eq!(type_of(&AMQPValue::LongLongInt(7)), None);
        assert_eq!(plain_json(&AMQPValue::Timestamp(7)), json!(7));
        assert_eq!(
            plain_json(&AMQPValue::ByteArray(ByteArray::from(vec![0xffu8]))),
            json!("/w==")
        );
        let mut nested = FieldTable::default();
        nested.insert("n".into(), AMQPValue::ShortInt(1));
        nested.insert("s".into(), AMQPValue::LongString("x".into()));
        let table = AMQPValue::FieldTable(nested);
        assert_eq!(plain_json(&table), json!({"n": 1, "s": "x"}));
        assert_eq!(type_of(&table), Some(json!({"n": "int16"})));
    }

    #[test]
    fn the_tagged_form_of_earlier_recordings_still_reads() {
        for value in every_type() {
            let tagged = legacy(&value);
            assert_eq!(tagged_json(&tagged).unwrap(), value, "{tagged}");
        }
    }

    #[test]
    fn shapes_that_do_not_match_their_types_are_refused() {
        for (plain, types) in [
            (json!("x"), json!("int32")),
            (json!(300), json!("uint8")),
            (json!(1), json!({"a": "int8"})),
            (json!([1]), json!(["int8", "int8"])),
            (json!(1), json!("colour")),
            (json!(-1), json!("timestamp")),
        ] {
            assert!(
                typed_value(&plain, Some(&types)).is_err(),
                "{plain} {types}"
            );
        }
    }

    /// The tagged form as earlier versions wrote it, to check they still read.
    fn legacy(value: &AMQPValue) -> Value {
        let tag = |t: &str, v: Value| json!({ t: v });
        match value {
            AMQPValue::FieldTable(table) => {
                let map: Map<String, Value> = table
                    .inner()
                    .iter()
                    .map(|(k, v)| (k.as_str().to_owned(), legacy(v)))
                    .collect();
                if tag_of(&map).is_some() {
                    json!({ "$table": map })
                } else {
                    Value::Object(map)
                }
            }
            AMQPValue::FieldArray(items) => {
                Value::Array(items.as_slice().iter().map(legacy).collect())
            }
            AMQPValue::DecimalValue(d) => json!({"$decimal": {"scale": d.scale, "value": d.value}}),
            other => match type_of(other) {
                Some(Value::String(name)) if !name.starts_with("decimal") => {
                    tag(&format!("${name}"), plain_json(other))
                }
                _ => plain_json(other),
            },
        }
    }
}
