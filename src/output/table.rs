//! Tables for people: laid out to fit the terminal (numbers whole, names cut with `…`),
//! `key: value` for one object, colour only where it carries meaning and only on a terminal.

use std::io::{self, IsTerminal};

use comfy_table::{
    CellAlignment, Color, ColumnConstraint, ContentArrangement, Row, Table, TableStyle, Width,
};

use crate::listing::Cell;

/// How a table is laid out, as the command asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TableLayout {
    /// Names whole however wide the table gets (`--wide`); without it a table on a terminal is
    /// cut to the terminal's width, long names ending in `…`.
    pub wide: bool,
    /// One `key: value` line a column, for a view of one object (`overview`).
    pub vertical: bool,
    /// Rows whose `source` is the default exchange after the others: the binding every queue
    /// has to it says nothing about the topology anyone built (`list-bindings`).
    pub default_exchange_last: bool,
}

/// What the terminal standard output is, if it is one, lets a table do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminal {
    /// Columns to fit in; `None`: not a terminal (or one that reports no size): whole names.
    pub width: Option<u16>,
    /// Colour where it carries meaning: only on a terminal, never under `NO_COLOR`.
    pub color: bool,
}

impl Terminal {
    pub fn stdout() -> Terminal {
        if !io::stdout().is_terminal() {
            return Terminal::default();
        }
        // A bare pseudo-terminal reports 0 columns: a table laid out at its natural width
        // reads better than one squeezed to nothing.
        let width = crossterm::terminal::size()
            .ok()
            .map(|(columns, _)| columns)
            .filter(|columns| *columns >= 20);
        Terminal {
            width,
            color: color_wanted(|name| std::env::var_os(name)),
        }
    }
}

/// Whether a terminal gets colour: not under `NO_COLOR` (set and not empty, as no-color.org
/// says) and not on a terminal that says it has none (`TERM=dumb`).
fn color_wanted(var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    let no_color = var("NO_COLOR").is_some_and(|value| !value.is_empty());
    let dumb = var("TERM").is_some_and(|term| term == "dumb");
    !no_color && !dumb
}

/// The compact table style: no boxes, columns two spaces apart, a rule under the header, so
/// that the tutorial's `list-queues` fits in 80 columns with room for its names.
const COMPACT: TableStyle =
    TableStyle::new().header_separator(comfy_table::LineStyle::none().fill('─'));

/// A table as people read it. On a terminal it fits the terminal's width: numbers and
/// true/false keep their whole width, and what does not fit of a name is cut to one line
/// ending in `…`; with `wide`, or when not on a terminal, every value is whole.
pub fn render_table(
    columns: &[String],
    rows: &[Vec<Cell>],
    layout: TableLayout,
    terminal: Terminal,
) -> String {
    render_with_floor(columns, rows, layout, terminal, &[])
}

/// The widest each column has been in the frames drawn so far, so that a `--watch` table does
/// not jump: a column of numbers only ever widens (names are cut to fit the terminal anyway).
#[derive(Debug, Default)]
pub struct TableWidths {
    widest: Vec<usize>,
}

impl TableWidths {
    pub fn render(
        &mut self,
        columns: &[String],
        rows: &[Vec<Cell>],
        layout: TableLayout,
        terminal: Terminal,
    ) -> String {
        for (index, column) in columns.iter().enumerate() {
            let natural = rows
                .iter()
                .filter_map(|row| row.get(index))
                .map(|cell| cell.for_table().chars().count())
                .chain([column.chars().count()])
                .max()
                .unwrap_or(0);
            if self.widest.len() <= index {
                self.widest.push(0);
            }
            self.widest[index] = self.widest[index].max(natural);
        }
        render_with_floor(columns, rows, layout, terminal, &self.widest)
    }
}

fn render_with_floor(
    columns: &[String],
    rows: &[Vec<Cell>],
    layout: TableLayout,
    terminal: Terminal,
    floor: &[usize],
) -> String {
    if layout.vertical {
        return render_vertical(columns, rows);
    }
    let source = columns.iter().position(|c| c == "source");
    let implicit = |row: &Vec<Cell>| {
        source.is_some_and(|at| matches!(row.get(at), Some(Cell::Exchange(s)) if s.is_empty()))
    };
    let rows: Vec<&Vec<Cell>> = match layout.default_exchange_last {
        true => rows
            .iter()
            .filter(|row| !implicit(row))
            .chain(rows.iter().filter(|row| implicit(row)))
            .collect(),
        false => rows.iter().collect(),
    };
    let mut table = Table::new();
    table.load_style(COMPACT).force_no_tty();
    let fit = terminal.width.filter(|_| !layout.wide);
    match fit {
        Some(width) => {
            table
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(width);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    if terminal.color {
        table.enforce_styling();
    }
    let mut header = Row::from(columns.iter().map(String::as_str));
    let colors: Vec<Vec<Option<Color>>> = rows
        .iter()
        .copied()
        .map(|row| {
            if terminal.color {
                emphasis(columns, row)
            } else {
                vec![None; row.len()]
            }
        })
        .collect();
    if fit.is_some() {
        header.max_height(1);
    }
    table.set_header(header);
    for (row, colors) in rows.iter().copied().zip(&colors) {
        let mut line = Row::new();
        for (cell, color) in row.iter().zip(colors) {
            let mut shown = comfy_table::Cell::new(cell.for_table());
            if let Some(color) = color {
                shown = shown.fg(*color);
            }
            line.add_cell(shown);
        }
        if fit.is_some() {
            line.max_height(1);
        }
        table.add_row(line);
    }
    for (index, column) in table.column_iter_mut().enumerate() {
        if index == 0 {
            // Flush with the left margin, as the shell's own output is.
            column.set_padding((0, 1));
        }
        let first = rows
            .iter()
            .find_map(|row| row.get(index).filter(|c| !matches!(c, Cell::Missing)));
        if first.is_some_and(Cell::is_numeric) {
            column.set_cell_alignment(CellAlignment::Right);
        }
        // Cut, a number would lie: its column is never narrower than its widest value (its
        // header may be cut instead). true/false are as short.
        if first.is_some_and(|c| c.is_numeric() || matches!(c, Cell::Bool(_))) {
            let widest = rows
                .iter()
                .filter_map(|row| row.get(index))
                .map(|cell| cell.for_table().chars().count())
                // A watched table's numbers keep the widest width they have had.
                .chain(floor.get(index).copied())
                .max()
                .unwrap_or(0);
            // The boundary counts the column's padding too.
            let widest = u16::try_from(widest)
                .unwrap_or(u16::MAX)
                .saturating_add(column.padding_width());
            column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(widest)));
        }
    }
    let mut text = String::new();
    for line in table.lines() {
        // The padding of the last column is no content: trailing blanks only get in the way
        // of a copy and paste.
        text.push_str(line.trim_end());
        text.push('\n');
    }
    text
}

/// One `key: value` line a column, keys aligned; several objects are a blank line apart.
/// A value the broker did not give (a node without statistics) says so.
fn render_vertical(columns: &[String], rows: &[Vec<Cell>]) -> String {
    let width = columns.iter().map(|c| c.chars().count()).max().unwrap_or(0);
    let mut text = String::new();
    for (index, row) in rows.iter().enumerate() {
        if index > 0 {
            text.push('\n');
        }
        for (column, cell) in columns.iter().zip(row) {
            let key = format!("{column}:");
            // A lone key with nothing after it reads as a fault of mq: say the broker did not.
            let value = match cell {
                Cell::Missing => "(not given by the broker)".to_owned(),
                other => other.for_table(),
            };
            let line = format!("{key:width$} {value}", width = width + 1);
            text.push_str(line.trim_end());
            text.push('\n');
        }
    }
    text
}

/// The colour of each cell of a row, where colour says something: a backlog that no consumer
/// takes (ready messages, no consumers) in yellow; a state that needs attention in red (a
/// connection blocked by a memory or disk alarm, a queue that is down, a node's alarm), `flow`
/// in yellow.
fn emphasis(columns: &[String], row: &[Cell]) -> Vec<Option<Color>> {
    let at = |name: &str| columns.iter().position(|c| c == name);
    let value = |name: &str| at(name).and_then(|index| row.get(index));
    let mut colors = vec![None; row.len()];
    let idle = matches!(value("consumers"), Some(Cell::Int(0)));
    for backlog in ["ready", "messages"] {
        if let (true, Some(index), Some(Cell::Int(n))) = (idle, at(backlog), value(backlog))
            && *n > 0
        {
            colors[index] = Some(Color::Yellow);
        }
    }
    // A node's memory or disk alarm blocks every publisher of the cluster.
    for (index, column) in columns.iter().enumerate() {
        if column.ends_with("_alarm") && matches!(row.get(index), Some(Cell::Bool(true))) {
            colors[index] = Some(Color::Red);
        }
    }
    if let (Some(index), Some(Cell::Text(state))) = (at("state"), value("state")) {
        colors[index] = match state.as_str() {
            "blocked" | "blocking" | "down" | "crashed" | "stopped" | "minority" | "terminated" => {
                Some(Color::Red)
            }
            "flow" => Some(Color::Yellow),
            _ => None,
        };
    }
    colors
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queues(name: &str, messages: i64, consumers: i64) -> Vec<Cell> {
        vec![
            Cell::text(name),
            Cell::text("classic"),
            Cell::Bool(true),
            Cell::Int(messages),
            Cell::Int(messages),
            Cell::Int(0),
            Cell::Int(consumers),
            Cell::text("running"),
        ]
    }

    fn queue_columns() -> Vec<String> {
        [
            "name",
            "type",
            "durable",
            "messages",
            "ready",
            "unacked",
            "consumers",
            "state",
        ]
        .map(String::from)
        .to_vec()
    }

    #[test]
    fn on_a_terminal_a_table_fits_names_are_cut_and_numbers_stay_whole() {
        let long = "orders.eu-west-1.retries.dead-letter-of-the-dead-letter-queue-of-last-resort";
        let rows = vec![queues(long, 124446, 0), queues("odds", 7, 1)];
        let terminal = Terminal {
            width: Some(80),
            color: false,
        };
        let text = render_table(&queue_columns(), &rows, TableLayout::default(), terminal);
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{line:?} in\n{text}");
        }
        assert_eq!(text.lines().count(), 4, "one line a row:\n{text}");
        assert!(text.contains("orders.eu-wes"), "{text}");
        assert!(text.contains('…'), "{text}");
        assert!(text.contains(" 124446 "), "{text}");
        assert!(text.starts_with("name "), "flush left: {text}");
        // --wide, and any table that is not on a terminal, keeps every value whole.
        for (layout, terminal) in [
            (
                TableLayout {
                    wide: true,
                    ..TableLayout::default()
                },
                terminal,
            ),
            (TableLayout::default(), Terminal::default()),
        ] {
            let text = render_table(&queue_columns(), &rows, layout, terminal);
            assert!(text.contains(long), "{text}");
            assert!(!text.contains('…'), "{text}");
        }
    }

    #[test]
    fn the_tutorials_queue_listing_fits_in_80_columns_whole() {
        let rows = vec![queues("evens", 0, 1), queues("odds", 0, 1)];
        let natural = render_table(
            &queue_columns(),
            &rows,
            TableLayout::default(),
            Terminal::default(),
        );
        assert!(
            natural.lines().all(|line| line.chars().count() <= 80),
            "{natural}"
        );
        assert!(
            natural.contains("messages  ready  unacked  consumers  state"),
            "{natural}"
        );
    }

    #[test]
    fn a_narrow_terminal_cuts_headers_and_names_but_never_a_number() {
        let rows = vec![queues("evens", 1234567890, 0)];
        let terminal = Terminal {
            width: Some(30),
            color: false,
        };
        let text = render_table(&queue_columns(), &rows, TableLayout::default(), terminal);
        assert_eq!(text.matches("1234567890").count(), 2, "{text}");
    }

    #[test]
    fn one_object_is_shown_as_key_value_lines() {
        let columns = ["cluster", "queues", "messages"].map(String::from);
        let rows = vec![vec![Cell::text("rabbit@vm"), Cell::Int(3), Cell::Missing]];
        let layout = TableLayout {
            vertical: true,
            ..TableLayout::default()
        };
        let text = render_table(&columns, &rows, layout, Terminal::default());
        assert_eq!(
            text,
            "cluster:  rabbit@vm\nqueues:   3\nmessages: (not given by the broker)\n"
        );
    }

    #[test]
    fn colour_marks_a_backlog_without_consumers_and_states_that_need_attention() {
        let columns = queue_columns();
        let colors = emphasis(&columns, &queues("q", 5, 0));
        assert_eq!(colors[3], Some(Color::Yellow));
        assert_eq!(colors[4], Some(Color::Yellow));
        assert_eq!(colors.iter().flatten().count(), 2);
        assert!(
            emphasis(&columns, &queues("q", 5, 1))
                .iter()
                .all(Option::is_none)
        );
        assert!(
            emphasis(&columns, &queues("q", 0, 0))
                .iter()
                .all(Option::is_none)
        );
        let columns = ["name", "state"].map(String::from);
        let blocked = emphasis(&columns, &[Cell::text("c"), Cell::text("blocked")]);
        assert_eq!(blocked, vec![None, Some(Color::Red)]);
        let columns = ["name", "mem_alarm", "disk_free_alarm"].map(String::from);
        let alarmed = emphasis(
            &columns,
            &[Cell::text("rabbit@a"), Cell::Bool(true), Cell::Bool(false)],
        );
        assert_eq!(alarmed, vec![None, Some(Color::Red), None]);
        // Colour only on a terminal: a table elsewhere has no escape sequence.
        let rows = vec![queues("q", 5, 0)];
        let piped = render_table(
            &queue_columns(),
            &rows,
            TableLayout::default(),
            Terminal::default(),
        );
        assert!(!piped.contains('\x1b'), "{piped:?}");
        let coloured = Terminal {
            width: Some(80),
            color: true,
        };
        let shown = render_table(&queue_columns(), &rows, TableLayout::default(), coloured);
        assert!(shown.contains('\x1b'), "{shown:?}");
    }

    #[test]
    fn no_color_and_dumb_terminals_turn_colour_off() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(key, _)| *key == name)
                    .map(|(_, value)| std::ffi::OsString::from(value))
            }
        };
        assert!(color_wanted(env(&[("TERM", "xterm-256color")])));
        assert!(!color_wanted(env(&[("NO_COLOR", "1")])));
        assert!(color_wanted(env(&[("NO_COLOR", "")])), "empty means unset");
        assert!(!color_wanted(env(&[("TERM", "dumb")])));
    }

    #[test]
    fn a_watched_table_keeps_the_widest_width_its_numbers_had() {
        let columns = ["name".to_owned(), "in_rate".to_owned()];
        let frame = |rate: f64| vec![vec![Cell::text("q"), Cell::Float(rate)]];
        let terminal = Terminal {
            width: Some(80),
            color: false,
        };
        let mut widths = TableWidths::default();
        let narrow = widths.render(&columns, &frame(1.0), TableLayout::default(), terminal);
        let wide = widths.render(&columns, &frame(123456.0), TableLayout::default(), terminal);
        let again = widths.render(&columns, &frame(1.0), TableLayout::default(), terminal);
        let width = |text: &str| text.lines().nth(2).map_or(0, |l| l.chars().count());
        assert!(width(&wide) > width(&narrow), "{narrow}{wide}");
        assert_eq!(width(&again), width(&wide), "{wide}{again}");
    }
}
