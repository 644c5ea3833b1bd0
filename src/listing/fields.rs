//! Decoding management API objects straight into listing cells: each wanted field is a dotted
//! path into the object (`message_stats.publish`); everything else is skipped unread, so no
//! intermediate `serde_json::Value` is built for a row. Decoding is lenient: a missing field or
//! a value of an unexpected type becomes a cell anyway (`Missing`, or the value as it came).

use std::borrow::Cow;
use std::fmt;

use serde::Deserializer;
use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer};
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::listing::Cell;

/// One field to read from each object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Dotted path into the object.
    pub path: &'static str,
    /// Strings here are exchange names (`""` is the default exchange).
    pub exchange: bool,
}

impl Field {
    pub const fn new(path: &'static str) -> Self {
        Field {
            path,
            exchange: false,
        }
    }

    pub const fn exchange(path: &'static str) -> Self {
        Field {
            path,
            exchange: true,
        }
    }

    /// The object's top-level key this field lives under (what the API's `columns=` takes).
    pub fn top(&self) -> &'static str {
        self.path.split('.').next().unwrap_or(self.path)
    }
}

/// Reads `fields` of one object into as many cells, in order.
pub struct RowSeed<'a> {
    fields: &'a [Field],
}

impl<'a> RowSeed<'a> {
    pub fn new(fields: &'a [Field]) -> Self {
        RowSeed { fields }
    }
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = Vec<Cell>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Vec<Cell>, D::Error> {
        let mut cells = vec![Cell::Missing; self.fields.len()];
        let wanted: Vec<Wanted> = self
            .fields
            .iter()
            .enumerate()
            .map(|(index, field)| Wanted {
                index,
                rest: field.path,
                exchange: field.exchange,
            })
            .collect();
        Level {
            wanted: &wanted,
            cells: &mut cells,
        }
        .deserialize(deserializer)?;
        Ok(cells)
    }
}

/// A field still being looked for, `rest` being its path below the current object.
#[derive(Clone, Copy)]
struct Wanted {
    index: usize,
    rest: &'static str,
    exchange: bool,
}

impl Wanted {
    fn split(&self) -> (&'static str, Option<&'static str>) {
        match self.rest.split_once('.') {
            Some((head, tail)) => (head, Some(tail)),
            None => (self.rest, None),
        }
    }
}

/// One object level: reads the keys some wanted field lives under, skips the others.
struct Level<'w, 'c> {
    wanted: &'w [Wanted],
    cells: &'c mut [Cell],
}

impl<'de> DeserializeSeed<'de> for Level<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Level<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key_seed(KeySeed)? {
            let mut leaves = Vec::new();
            let mut deeper = Vec::new();
            for wanted in self.wanted {
                match wanted.split() {
                    (head, None) if head == key => leaves.push(*wanted),
                    (head, Some(tail)) if head == key => deeper.push(Wanted {
                        rest: tail,
                        ..*wanted
                    }),
                    _ => {}
                }
            }
            match (leaves.is_empty(), deeper.is_empty()) {
                (true, true) => {
                    map.next_value::<IgnoredAny>()?;
                }
                (false, true) => {
                    let cell = map.next_value_seed(CellSeed {
                        exchange: leaves[0].exchange,
                    })?;
                    for leaf in &leaves {
                        self.cells[leaf.index] = cell.clone();
                    }
                }
                (true, false) => map.next_value_seed(Level {
                    wanted: &deeper,
                    cells: self.cells,
                })?,
                (false, false) => {
                    // Both a value and something inside it: read it whole, once.
                    let value: serde_json::Value = map.next_value()?;
                    for leaf in &leaves {
                        self.cells[leaf.index] = cell_of(value.clone(), leaf.exchange);
                    }
                    for inner in &deeper {
                        let found = inner.rest.split('.').try_fold(&value, |v, key| v.get(key));
                        if let Some(found) = found {
                            self.cells[inner.index] = cell_of(found.clone(), inner.exchange);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    // Anything but an object has nothing to look into: the fields stay missing.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }

    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }

    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }

    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }

    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }

    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

/// An object key, borrowed from the input when it has no escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
}

/// One value as a cell, whatever its JSON type.
struct CellSeed {
    exchange: bool,
}

impl<'de> DeserializeSeed<'de> for CellSeed {
    type Value = Cell;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Cell, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CellSeed {
    type Value = Cell;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Cell, E> {
        Ok(Cell::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Cell, E> {
        Ok(Cell::Int(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Cell, E> {
        Ok(i64::try_from(v).map_or(Cell::Float(v as f64), Cell::Int))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Cell, E> {
        Ok(Cell::Float(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cell, E> {
        Ok(self.text(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cell, E> {
        Ok(self.text(v))
    }

    fn visit_unit<E>(self) -> Result<Cell, E> {
        Ok(Cell::Missing)
    }

    fn visit_none<E>(self) -> Result<Cell, E> {
        Ok(Cell::Missing)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Cell, D::Error> {
        deserializer.deserialize_any(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Cell, A::Error> {
        let value = serde::Deserialize::deserialize(MapAccessDeserializer::new(map))?;
        Ok(Cell::Json(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Cell, A::Error> {
        let value = serde::Deserialize::deserialize(SeqAccessDeserializer::new(seq))?;
        Ok(Cell::Json(value))
    }
}

impl CellSeed {
    fn text(&self, value: String) -> Cell {
        if self.exchange {
            Cell::Exchange(value)
        } else {
            Cell::Text(value)
        }
    }
}

/// A value already parsed (the rare case of a field and its parent both wanted).
fn cell_of(value: serde_json::Value, exchange: bool) -> Cell {
    CellSeed { exchange }
        .deserialize(value)
        .unwrap_or(Cell::Missing)
}

/// Decodes one object.
#[cfg(test)]
pub fn row(fields: &[Field], json: &[u8]) -> serde_json::Result<Vec<Cell>> {
    let mut deserializer = serde_json::Deserializer::from_slice(json);
    RowSeed::new(fields).deserialize(&mut deserializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_top_level_and_nested_fields_in_the_order_asked() {
        let fields = [
            Field::new("message_stats.publish_details.rate"),
            Field::new("name"),
            Field::exchange("source"),
            Field::new("durable"),
            Field::new("arguments"),
            Field::new("queue.name"),
            Field::new("absent"),
            Field::new("messages"),
        ];
        let json =
            br#"{"name":"q\u00e9","durable":true,"source":"","arguments":{"x-max-length":10},
            "message_stats":{"publish":3,"publish_details":{"rate":1.5}},"queue":{"name":"inner"},
            "messages":7,"other":[1,{"a":2}]}"#;
        assert_eq!(
            row(&fields, json).unwrap(),
            vec![
                Cell::Float(1.5),
                Cell::text("qé"),
                Cell::Exchange(String::new()),
                Cell::Bool(true),
                Cell::Json(serde_json::json!({"x-max-length": 10})),
                Cell::text("inner"),
                Cell::Missing,
                Cell::Int(7),
            ]
        );
    }

    #[test]
    fn a_field_and_its_parent_can_both_be_read() {
        let fields = [Field::new("queue"), Field::new("queue.vhost")];
        let json = br#"{"queue":{"name":"a","vhost":"/"}}"#;
        assert_eq!(
            row(&fields, json).unwrap(),
            vec![
                Cell::Json(serde_json::json!({"name": "a", "vhost": "/"})),
                Cell::text("/"),
            ]
        );
    }

    #[test]
    fn unexpected_shapes_leave_fields_missing() {
        let fields = [Field::new("a.b"), Field::new("c")];
        assert_eq!(
            row(&fields, br#"{"a":5,"c":null}"#).unwrap(),
            vec![Cell::Missing, Cell::Missing]
        );
        assert_eq!(
            row(&fields, b"[1,2]").unwrap(),
            vec![Cell::Missing, Cell::Missing]
        );
    }
}
