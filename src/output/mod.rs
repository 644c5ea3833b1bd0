//! All rendering of results: listings as table (comfy-table), tsv, csv or json, and messages
//! (in `message`). Commands return data; only this module decides how it looks.

pub mod bench;
pub mod message;

use std::io::{self, IsTerminal, Write};

use clap::ValueEnum;
use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use crate::error::{Error, Result};

/// How a listing is written; the default is `table` on a terminal, `tsv` elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Aligned columns with a header, for people
    Table,
    /// Tab-separated, no header, one object a line, for scripts
    Tsv,
    /// Comma-separated with a header row
    Csv,
    /// An array of objects keyed by column name
    Json,
}

impl ListFormat {
    pub fn or_default(format: Option<ListFormat>) -> ListFormat {
        format.unwrap_or(if io::stdout().is_terminal() {
            ListFormat::Table
        } else {
            ListFormat::Tsv
        })
    }
}

/// One value of a listing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// An exchange name: the default exchange `""` reads `(AMQP default)` in tables.
    Exchange(String),
    Int(i64),
    Bool(bool),
    /// The broker did not say (a field absent in this broker version, say).
    Missing,
}

impl Cell {
    pub fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }

    pub fn opt_int(value: Option<i64>) -> Cell {
        value.map_or(Cell::Missing, Cell::Int)
    }

    pub fn opt_text(value: Option<String>) -> Cell {
        value.map_or(Cell::Missing, Cell::Text)
    }

    /// The value as plain text, as tsv and csv show it.
    fn plain(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Exchange(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Missing => String::new(),
        }
    }

    fn for_table(&self) -> String {
        match self {
            Cell::Exchange(s) if s.is_empty() => "(AMQP default)".to_owned(),
            other => other.plain(),
        }
    }

    fn json(&self) -> serde_json::Value {
        match self {
            Cell::Text(s) | Cell::Exchange(s) => serde_json::Value::String(s.clone()),
            Cell::Int(n) => serde_json::Value::from(*n),
            Cell::Bool(b) => serde_json::Value::Bool(*b),
            Cell::Missing => serde_json::Value::Null,
        }
    }
}

/// Rows of named columns, in the documented column order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Listing {
    pub fn new(columns: &[&str]) -> Self {
        Listing {
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// Keep only `wanted` columns, in that order; an unknown name is a usage error.
    pub fn select(self, wanted: &[String]) -> Result<Listing> {
        let indexes = wanted
            .iter()
            .map(|name| {
                self.columns.iter().position(|c| c == name).ok_or_else(|| {
                    Error::Usage(format!(
                        "unknown column '{name}' (columns: {})",
                        self.columns.join(", ")
                    ))
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Listing {
            columns: wanted.to_vec(),
            rows: self
                .rows
                .into_iter()
                .map(|row| indexes.iter().map(|&i| row[i].clone()).collect())
                .collect(),
        })
    }
}

pub fn write_listing(out: &mut dyn Write, listing: &Listing, format: ListFormat) -> Result<()> {
    match format {
        ListFormat::Table => write_table(out, listing),
        ListFormat::Tsv => write_tsv(out, listing),
        ListFormat::Csv => write_csv(out, listing),
        ListFormat::Json => write_json(out, listing),
    }
    .map_err(Error::output)
}

fn write_table(out: &mut dyn Write, listing: &Listing) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(listing.columns.iter().map(String::as_str));
    for row in &listing.rows {
        table.add_row(row.iter().map(Cell::for_table));
    }
    for (index, column) in table.column_iter_mut().enumerate() {
        let numeric = listing
            .rows
            .first()
            .is_some_and(|row| matches!(row.get(index), Some(Cell::Int(_))));
        if numeric {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    writeln!(out, "{table}")
}

/// Tabs, newlines and backslashes in values are escaped so that one line stays one object.
fn tsv_escape(value: &str) -> String {
    if !value.contains(['\t', '\n', '\r', '\\']) {
        return value.to_owned();
    }
    value
        .replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn write_tsv(out: &mut dyn Write, listing: &Listing) -> io::Result<()> {
    for row in &listing.rows {
        let line: Vec<String> = row.iter().map(|c| tsv_escape(&c.plain())).collect();
        writeln!(out, "{}", line.join("\t"))?;
    }
    Ok(())
}

fn write_csv(out: &mut dyn Write, listing: &Listing) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(&listing.columns)?;
    for row in &listing.rows {
        writer.write_record(row.iter().map(Cell::plain))?;
    }
    writer.flush()
}

fn write_json(out: &mut dyn Write, listing: &Listing) -> io::Result<()> {
    let objects: Vec<serde_json::Map<String, serde_json::Value>> = listing
        .rows
        .iter()
        .map(|row| {
            listing
                .columns
                .iter()
                .cloned()
                .zip(row.iter().map(Cell::json))
                .collect()
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &objects)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Listing {
        let mut listing = Listing::new(&["name", "messages", "durable"]);
        listing.rows.push(vec![
            Cell::Exchange("".into()),
            Cell::Int(3),
            Cell::Bool(true),
        ]);
        listing
            .rows
            .push(vec![Cell::text("a\tb,c"), Cell::Missing, Cell::Bool(false)]);
        listing
    }

    fn render(listing: &Listing, format: ListFormat) -> String {
        let mut out = Vec::new();
        write_listing(&mut out, listing, format).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn tsv_has_no_header_and_escapes_tabs() {
        assert_eq!(
            render(&sample(), ListFormat::Tsv),
            "\t3\ttrue\na\\tb,c\t\tfalse\n"
        );
    }

    #[test]
    fn csv_has_a_header_and_quotes() {
        assert_eq!(
            render(&sample(), ListFormat::Csv),
            "name,messages,durable\n,3,true\n\"a\tb,c\",,false\n"
        );
    }

    #[test]
    fn json_keys_are_column_names_with_typed_values() {
        let parsed: serde_json::Value =
            serde_json::from_str(&render(&sample(), ListFormat::Json)).unwrap();
        assert_eq!(
            parsed,
            serde_json::json!([
                {"name": "", "messages": 3, "durable": true},
                {"name": "a\tb,c", "messages": null, "durable": false}
            ])
        );
    }

    #[test]
    fn table_names_the_default_exchange() {
        let table = render(&sample(), ListFormat::Table);
        assert!(table.contains("(AMQP default)"));
        assert!(table.contains("messages"));
    }

    #[test]
    fn select_reorders_and_rejects_unknown_columns() {
        let picked = sample().select(&["durable".into(), "name".into()]).unwrap();
        assert_eq!(picked.columns, vec!["durable", "name"]);
        assert_eq!(
            picked.rows[0],
            vec![Cell::Bool(true), Cell::Exchange("".into())]
        );
        assert_eq!(
            sample().select(&["nope".into()]).unwrap_err().exit_code(),
            64
        );
    }
}
