//! All rendering of results: listings (`listing::Listing`, rows of `listing::Cell`) as table
//! (comfy-table), tsv, csv or json, and messages (in `message`). Commands return data; only
//! this module decides how it looks.

pub mod bench;
pub mod check;
pub mod message;
pub mod topology;
pub mod watch;

use std::io::{self, IsTerminal, Write};

use comfy_table::{CellAlignment, ContentArrangement, Table, presets};

use crate::error::{Error, Result};
use crate::listing::{Cell, Listing};

/// How a listing is written; the default is `table` on a terminal, `tsv` elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// How each cell reads in each format.
impl Cell {
    /// The value as plain text, as tsv and csv show it.
    fn plain(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Exchange(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Float(x) => x.to_string(),
            Cell::Bool(b) => b.to_string(),
            Cell::Json(value) => value.to_string(),
            Cell::Missing => String::new(),
        }
    }

    pub fn for_table(&self) -> String {
        match self {
            Cell::Exchange(s) if s.is_empty() => "(AMQP default)".to_owned(),
            Cell::Float(x) => format!("{x:.1}"),
            other => other.plain(),
        }
    }

    fn json(&self) -> serde_json::Value {
        match self {
            Cell::Text(s) | Cell::Exchange(s) => serde_json::Value::String(s.clone()),
            Cell::Int(n) => serde_json::Value::from(*n),
            Cell::Float(x) => serde_json::Number::from_f64(*x)
                .map_or(serde_json::Value::Null, serde_json::Value::Number),
            Cell::Bool(b) => serde_json::Value::Bool(*b),
            Cell::Json(value) => value.clone(),
            Cell::Missing => serde_json::Value::Null,
        }
    }

    fn is_numeric(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Float(_))
    }
}

pub fn write_listing(out: &mut dyn Write, listing: &Listing, format: ListFormat) -> Result<()> {
    let mut writer = ListingWriter::new(out, &listing.columns, format)?;
    for row in &listing.rows {
        writer.row(row)?;
    }
    writer.finish()
}

/// Writes a listing row by row, so that a long listing never has to be held whole: tsv, csv
/// and json rows go out as they come; only `table` keeps them, to size its columns.
pub struct ListingWriter<'a> {
    out: &'a mut dyn Write,
    columns: Vec<String>,
    format: ListFormat,
    rows: usize,
    table_rows: Vec<Vec<Cell>>,
}

impl<'a> ListingWriter<'a> {
    pub fn new(out: &'a mut dyn Write, columns: &[String], format: ListFormat) -> Result<Self> {
        let mut writer = ListingWriter {
            out,
            columns: columns.to_vec(),
            format,
            rows: 0,
            table_rows: Vec::new(),
        };
        match format {
            ListFormat::Csv => writer.csv_line(columns.iter().map(String::as_str))?,
            ListFormat::Json => writer.out.write_all(b"[").map_err(Error::output)?,
            ListFormat::Table | ListFormat::Tsv => {}
        }
        Ok(writer)
    }

    pub fn row(&mut self, row: &[Cell]) -> Result<()> {
        self.rows += 1;
        match self.format {
            ListFormat::Table => {
                self.table_rows.push(row.to_vec());
                Ok(())
            }
            ListFormat::Tsv => {
                let line: Vec<String> = row.iter().map(|c| tsv_escape(&c.plain())).collect();
                writeln!(self.out, "{}", line.join("\t")).map_err(Error::output)
            }
            ListFormat::Csv => {
                let cells: Vec<String> = row.iter().map(Cell::plain).collect();
                self.csv_line(cells.iter().map(String::as_str))
            }
            ListFormat::Json => self.json_row(row).map_err(Error::output),
        }
    }

    /// Ends the listing; for `table`, this is when anything is written at all.
    pub fn finish(self) -> Result<()> {
        match self.format {
            ListFormat::Table => write_table(self.out, &self.columns, &self.table_rows),
            ListFormat::Json if self.rows == 0 => writeln!(self.out, "]"),
            ListFormat::Json => writeln!(self.out, "\n]"),
            ListFormat::Tsv | ListFormat::Csv => Ok(()),
        }
        .map_err(Error::output)
    }

    fn csv_line<'c>(&mut self, cells: impl Iterator<Item = &'c str>) -> Result<()> {
        // A writer a line: csv's quoting rules, with no buffer held between rows.
        let mut writer = csv::WriterBuilder::new()
            .buffer_capacity(256)
            .from_writer(&mut *self.out);
        writer.write_record(cells).map_err(csv_error)?;
        writer.flush().map_err(Error::output)
    }

    /// Each object is pretty-printed on its own and indented one level, which gives exactly
    /// what pretty-printing the whole array would.
    fn json_row(&mut self, row: &[Cell]) -> io::Result<()> {
        let object: serde_json::Map<String, serde_json::Value> = self
            .columns
            .iter()
            .cloned()
            .zip(row.iter().map(Cell::json))
            .collect();
        let text = serde_json::to_string_pretty(&object)?;
        self.out
            .write_all(if self.rows == 1 { b"\n" } else { b",\n" })?;
        for (index, line) in text.lines().enumerate() {
            if index > 0 {
                self.out.write_all(b"\n")?;
            }
            self.out.write_all(b"  ")?;
            self.out.write_all(line.as_bytes())?;
        }
        Ok(())
    }
}

fn csv_error(err: csv::Error) -> Error {
    match err.into_kind() {
        csv::ErrorKind::Io(err) => Error::output(err),
        other => Error::internal(format!("cannot write csv: {other:?}")),
    }
}

fn write_table(out: &mut dyn Write, columns: &[String], rows: &[Vec<Cell>]) -> io::Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(columns.iter().map(String::as_str));
    // A terminal that reports no size (a bare pseudo-terminal says 0 columns) would squeeze
    // every column to one character: lay the table out at its natural width instead.
    if table.width().is_some_and(|width| width < 20) {
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    for row in rows {
        table.add_row(row.iter().map(Cell::for_table));
    }
    for (index, column) in table.column_iter_mut().enumerate() {
        let numeric = rows
            .iter()
            .find_map(|row| row.get(index).filter(|c| !matches!(c, Cell::Missing)))
            .is_some_and(Cell::is_numeric);
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
    fn streamed_json_is_what_pretty_printing_the_array_gives() {
        let listing = sample();
        let objects: Vec<serde_json::Value> = listing
            .rows
            .iter()
            .map(|row| {
                serde_json::Value::Object(
                    listing
                        .columns
                        .iter()
                        .cloned()
                        .zip(row.iter().map(Cell::json))
                        .collect(),
                )
            })
            .collect();
        let whole = serde_json::to_string_pretty(&objects).unwrap() + "\n";
        assert_eq!(render(&listing, ListFormat::Json), whole);
        assert_eq!(render(&Listing::new(&["a"]), ListFormat::Json), "[]\n");
        assert_eq!(render(&Listing::new(&["a", "b"]), ListFormat::Csv), "a,b\n");
    }

    #[test]
    fn floats_and_structured_values() {
        let mut listing = Listing::new(&["rate", "arguments"]);
        listing.rows.push(vec![
            Cell::Float(2.25),
            Cell::Json(serde_json::json!({"x-max-length": 10})),
        ]);
        assert_eq!(
            render(&listing, ListFormat::Tsv),
            "2.25\t{\"x-max-length\":10}\n"
        );
        assert!(render(&listing, ListFormat::Table).contains("2.2"));
        let parsed: serde_json::Value =
            serde_json::from_str(&render(&listing, ListFormat::Json)).unwrap();
        assert_eq!(parsed[0]["arguments"]["x-max-length"], 10);
    }

    #[test]
    fn table_names_the_default_exchange() {
        let table = render(&sample(), ListFormat::Table);
        assert!(table.contains("(AMQP default)"));
        assert!(table.contains("messages"));
    }
}
