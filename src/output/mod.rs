//! All rendering of results: listings (`listing::Listing`, rows of `listing::Cell`) as table
//! (`table`, comfy-table), tsv, csv or json, and messages (in `message`). Commands return data; only
//! this module decides how it looks.

pub mod bench;
pub mod check;
pub mod message;
pub mod pipe;
pub mod table;
pub mod topology;
pub mod watch;

use std::cmp::Ordering;
use std::io::{self, IsTerminal, Write};

use crate::error::{Error, Result};
use crate::listing::{Cell, Listing};
pub use table::{TableLayout, TableWidths, Terminal, render_table};

/// How a listing is written; the default is `table` on a terminal, `tsv` elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    /// Aligned columns with a header, for people
    Table(TableLayout),
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
            ListFormat::Table(TableLayout::default())
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

    pub(crate) fn for_table(&self) -> String {
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

    pub(crate) fn is_numeric(&self) -> bool {
        matches!(self, Cell::Int(_) | Cell::Float(_))
    }
}

pub fn write_listing(
    out: &mut dyn Write,
    listing: &Listing,
    format: ListFormat,
    sort: Option<&Sort>,
) -> Result<()> {
    let mut writer = ListingWriter::sorted(out, &listing.columns, format, sort)?;
    for row in &listing.rows {
        writer.row(row)?;
    }
    writer.finish()
}

/// `--sort COLUMN` (smallest first) or `--sort -COLUMN` (largest first): numbers by value,
/// text by its characters; an empty cell always goes last.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sort {
    pub column: String,
    pub descending: bool,
}

impl Sort {
    pub fn parse(text: &str) -> Sort {
        match text.strip_prefix('-') {
            Some(column) => Sort {
                column: column.to_owned(),
                descending: true,
            },
            None => Sort {
                column: text.to_owned(),
                descending: false,
            },
        }
    }

    /// Sorts `rows` (stably: equal rows keep the broker's order) by the cell at `index`.
    fn apply(&self, index: usize, rows: &mut [Vec<Cell>]) {
        rows.sort_by(|a, b| {
            let (a, b) = (a.get(index), b.get(index));
            let missing = |c: Option<&Cell>| matches!(c, None | Some(Cell::Missing));
            match (missing(a), missing(b)) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Greater,
                (false, true) => Ordering::Less,
                (false, false) => {
                    let order = compare(a.unwrap_or(&Cell::Missing), b.unwrap_or(&Cell::Missing));
                    if self.descending {
                        order.reverse()
                    } else {
                        order
                    }
                }
            }
        });
    }
}

/// Sorts rows held elsewhere (a `--watch` frame) as a sorted listing would be.
pub fn sort_rows(sort: &Sort, columns: &[String], rows: &mut [Vec<Cell>]) -> Result<()> {
    let mut nowhere = io::sink();
    let writer = ListingWriter::sorted(&mut nowhere, columns, ListFormat::Tsv, Some(sort))?;
    if let Some((index, sort)) = &writer.sort {
        sort.apply(*index, rows);
    }
    Ok(())
}

fn compare(a: &Cell, b: &Cell) -> Ordering {
    let number = |c: &Cell| match c {
        Cell::Int(n) => Some(*n as f64),
        Cell::Float(x) => Some(*x),
        _ => None,
    };
    match (number(a), number(b)) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        _ => a.plain().cmp(&b.plain()),
    }
}

/// Writes a listing row by row, so that a long listing never has to be held whole: tsv, csv
/// and json rows go out as they come; only `table` keeps them, to size its columns, and any
/// format asked to `--sort`.
pub struct ListingWriter<'a> {
    out: &'a mut dyn Write,
    columns: Vec<String>,
    format: ListFormat,
    rows: usize,
    held: Vec<Vec<Cell>>,
    sort: Option<(usize, Sort)>,
}

impl<'a> ListingWriter<'a> {
    /// A writer that holds every row and writes them in `sort`'s order; a column that is not
    /// shown cannot be sorted by (64, naming the shown ones).
    pub fn sorted(
        out: &'a mut dyn Write,
        columns: &[String],
        format: ListFormat,
        sort: Option<&Sort>,
    ) -> Result<Self> {
        let sort = match sort {
            Some(sort) => match columns.iter().position(|c| *c == sort.column) {
                Some(index) => Some((index, sort.clone())),
                None => {
                    return Err(Error::usage(format!(
                        "cannot sort by '{}': it is not one of the columns shown ({}); add it \
                         with --columns",
                        sort.column,
                        columns.join(", ")
                    )));
                }
            },
            None => None,
        };
        let mut writer = ListingWriter {
            out,
            columns: columns.to_vec(),
            format,
            rows: 0,
            held: Vec::new(),
            sort,
        };
        match format {
            ListFormat::Csv => writer.csv_line(columns.iter().map(String::as_str))?,
            ListFormat::Json => writer.out.write_all(b"[").map_err(Error::output)?,
            ListFormat::Table(_) | ListFormat::Tsv => {}
        }
        Ok(writer)
    }

    pub fn row(&mut self, row: &[Cell]) -> Result<()> {
        if self.sort.is_some() || matches!(self.format, ListFormat::Table(_)) {
            self.held.push(row.to_vec());
            return Ok(());
        }
        self.write_row(row)
    }

    fn write_row(&mut self, row: &[Cell]) -> Result<()> {
        self.rows += 1;
        match self.format {
            ListFormat::Table(_) => Ok(()),
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

    /// Ends the listing; for `table`, and for a sorted listing, this is when its rows are
    /// written at all.
    pub fn finish(mut self) -> Result<()> {
        let mut held = std::mem::take(&mut self.held);
        if let Some((index, sort)) = &self.sort {
            sort.apply(*index, &mut held);
        }
        if !matches!(self.format, ListFormat::Table(_)) {
            for row in &held {
                self.write_row(row)?;
            }
        }
        match self.format {
            ListFormat::Table(layout) => {
                let terminal = Terminal::stdout();
                let text = render_table(&self.columns, &held, layout, terminal);
                self.out.write_all(text.as_bytes())
            }
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

/// What `delete-queue` or `purge` did to a queue, and how many messages went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Removal<'a> {
    Deleted { queue: &'a str, messages: u32 },
    Purged { queue: &'a str, messages: u32 },
}

/// The count alone for scripts (as documented), a sentence on a terminal.
pub fn write_removal(out: &mut dyn Write, removal: Removal<'_>) -> Result<()> {
    let text = removal_text(removal, io::stdout().is_terminal());
    writeln!(out, "{text}").map_err(Error::output)
}

fn removal_text(removal: Removal<'_>, terminal: bool) -> String {
    let messages = |n: u32| match n {
        1 => "1 message".to_owned(),
        n => format!("{n} messages"),
    };
    match (removal, terminal) {
        (Removal::Deleted { messages: n, .. } | Removal::Purged { messages: n, .. }, false) => {
            n.to_string()
        }
        (Removal::Deleted { queue, messages: 0 }, true) => {
            format!("deleted queue '{queue}' (it held no messages)")
        }
        (Removal::Deleted { queue, messages: 1 }, true) => {
            format!("deleted queue '{queue}' and its only message")
        }
        (Removal::Deleted { queue, messages: n }, true) => {
            format!("deleted queue '{queue}' and its {}", messages(n))
        }
        (Removal::Purged { queue, messages: 0 }, true) => {
            format!("queue '{queue}' held no ready messages: nothing purged")
        }
        (Removal::Purged { queue, messages: n }, true) => {
            format!("purged {} from queue '{queue}'", messages(n))
        }
    }
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

/// A live line on stderr when it is a terminal and not `hidden` (else nothing is drawn): a bar
/// of `total` when it is known (wide_bar takes what the terminal has left, so the line fits),
/// a spinner otherwise; the counts go in its message.
pub fn stderr_bar(total: Option<u64>, hidden: bool) -> indicatif::ProgressBar {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    if hidden || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    let template = match total {
        Some(_) => "{wide_bar} {msg}",
        None => "{spinner} {msg}",
    };
    if let Ok(style) = ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

/// A rate as people read it: whole messages a second with thousands separated (`6,599/s`),
/// one decimal under 10 (`2.5/s`).
pub fn per_second(rate: f64) -> String {
    if !rate.is_finite() || rate < 0.0 {
        return "0/s".to_owned();
    }
    if rate < 10.0 {
        return format!("{rate:.1}/s");
    }
    let whole = format!("{:.0}", rate);
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        if index > 0 && (whole.len() - index) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped}/s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_rounded_for_people() {
        assert_eq!(per_second(6599.0529), "6,599/s");
        assert_eq!(per_second(1_234_567.8), "1,234,568/s");
        assert_eq!(per_second(999.4), "999/s");
        assert_eq!(per_second(2.54), "2.5/s");
        assert_eq!(per_second(f64::NAN), "0/s");
    }

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
        write_listing(&mut out, listing, format, None).unwrap();
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
        assert!(render(&listing, ListFormat::Table(TableLayout::default())).contains("2.2"));
        let parsed: serde_json::Value =
            serde_json::from_str(&render(&listing, ListFormat::Json)).unwrap();
        assert_eq!(parsed[0]["arguments"]["x-max-length"], 10);
    }

    #[test]
    fn a_removal_is_a_bare_count_for_scripts_and_a_sentence_on_a_terminal() {
        let deleted = Removal::Deleted {
            queue: "rd",
            messages: 3005,
        };
        assert_eq!(removal_text(deleted, false), "3005");
        assert_eq!(
            removal_text(deleted, true),
            "deleted queue 'rd' and its 3005 messages"
        );
        let one = Removal::Deleted {
            queue: "rd",
            messages: 1,
        };
        assert_eq!(
            removal_text(one, true),
            "deleted queue 'rd' and its only message"
        );
        let purged = Removal::Purged {
            queue: "q",
            messages: 120,
        };
        assert_eq!(removal_text(purged, false), "120");
        assert_eq!(
            removal_text(purged, true),
            "purged 120 messages from queue 'q'"
        );
        let nothing = Removal::Purged {
            queue: "q",
            messages: 0,
        };
        assert_eq!(removal_text(nothing, false), "0");
    }

    #[test]
    fn sorted_listings_order_numbers_by_value_and_put_empty_cells_last() {
        let mut listing = Listing::new(&["name", "messages"]);
        for (name, messages) in [
            ("b", Cell::Int(10)),
            ("a", Cell::Missing),
            ("c", Cell::Int(9)),
        ] {
            listing.rows.push(vec![Cell::text(name), messages]);
        }
        let sorted = |spec: &str| {
            let mut out = Vec::new();
            write_listing(
                &mut out,
                &listing,
                ListFormat::Tsv,
                Some(&Sort::parse(spec)),
            )
            .unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(sorted("messages"), "c\t9\nb\t10\na\t\n");
        assert_eq!(sorted("-messages"), "b\t10\nc\t9\na\t\n");
        assert_eq!(sorted("name"), "a\t\nb\t10\nc\t9\n");
        let mut out = Vec::new();
        let err = write_listing(&mut out, &listing, ListFormat::Csv, Some(&Sort::parse("x")))
            .expect_err("not shown");
        assert_eq!(err.exit_code(), 64);
        assert!(err.to_string().contains("name, messages"), "{err}");
        assert!(out.is_empty(), "nothing written before the error");
    }

    #[test]
    fn table_names_the_default_exchange() {
        let table = render(&sample(), ListFormat::Table(TableLayout::default()));
        assert!(table.contains("(AMQP default)"));
        assert!(table.contains("messages"));
    }
}
