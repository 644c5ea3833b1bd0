//! The list commands (`list-exchanges`, `list-bindings`, `list-connections`, `list-channels`,
//! `list-consumers`, `list-vhosts`, `overview`; `list-queues` is in `queues`): their options,
//! turned once into plain [`listing::Options`], and which table of `listing::columns` each
//! command shows — which is also where its help's columns paragraph comes from.

use std::io::Write;

use clap::{Args, ValueEnum};
use regex::Regex;

use crate::context::Context;
use crate::error::Result;
use crate::listing::{self, Kind, columns};
use crate::output::{ListFormat, Sort, TableLayout};

/// How a listing is written; the default is `table` on a terminal, `tsv` elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Aligned columns with a header, for people
    Table,
    /// Tab-separated, no header, one object a line, for scripts
    Tsv,
    /// Comma-separated with a header row
    Csv,
    /// An array of objects keyed by column name
    Json,
}

impl FormatArg {
    pub fn with_layout(self, layout: TableLayout) -> ListFormat {
        match self {
            FormatArg::Table => ListFormat::Table(layout),
            FormatArg::Tsv => ListFormat::Tsv,
            FormatArg::Csv => ListFormat::Csv,
            FormatArg::Json => ListFormat::Json,
        }
    }
}

/// Options every list command takes.
#[derive(Debug, Args, Clone, Default)]
pub struct OutputArgs {
    /// Output format [default: table on a terminal, else tsv]. tsv writes one object a line:
    /// a tab, newline, carriage return or backslash in a value is written \t, \n, \r, \\
    #[arg(long, value_enum, env = "MQ_FORMAT")]
    pub format: Option<FormatArg>,
    /// Only objects whose name matches REGEX (Rust regex syntax, unanchored)
    #[arg(long, value_name = "REGEX", value_parser = parse_regex)]
    pub filter: Option<Regex>,
    /// Only these columns, in this order (comma-separated; see the command's help for all of them)
    #[arg(long, value_name = "a,b,c", value_delimiter = ',')]
    pub columns: Vec<String>,
    /// Rows ordered by COLUMN, one of those shown: smallest first, or largest first with a
    /// leading - (--sort -messages); numbers by value, empty cells last
    #[arg(long, value_name = "[-]COLUMN", allow_hyphen_values = true, value_parser = parse_sort)]
    pub sort: Option<Sort>,
    /// Tables: every value whole, however wide (on a terminal a table is cut to its width,
    /// long names ending in …; elsewhere it is always whole)
    #[arg(long)]
    pub wide: bool,
    /// The columns as words, as rabbitmqctl takes them (mq list_queues name messages)
    #[arg(value_name = "COLUMN", conflicts_with = "columns")]
    pub column_words: Vec<String>,
}

#[derive(Debug, Args, Clone, Default)]
pub struct ListArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// List every vhost (adds a vhost column first)
    #[arg(long)]
    pub all_vhosts: bool,
}

/// A regex, or what is wrong with it in one line, where, but not the pattern itself (a value
/// that fails to parse is never repeated: it may be a password typed in the wrong place).
fn parse_sort(input: &str) -> Result<Sort, String> {
    let sort = Sort::parse(input);
    if sort.column.is_empty() {
        return Err("give a column name, or -NAME for largest first".to_owned());
    }
    Ok(sort)
}

fn parse_regex(input: &str) -> Result<Regex, String> {
    Regex::new(input).map_err(|err| match err {
        regex::Error::Syntax(text) => {
            // The regex crate's syntax errors are the pattern, a caret line under the spot,
            // then `error: WHAT`.
            let lines: Vec<&str> = text.lines().collect();
            let what = lines.last().map_or("a syntax error", |line| {
                line.trim().trim_start_matches("error: ")
            });
            let caret = lines.iter().find(|line| line.trim_start().starts_with('^'));
            let pattern = lines.get(1).copied().unwrap_or_default();
            match caret.and_then(|caret| caret.find('^')) {
                Some(at) => {
                    let indent = pattern.len() - pattern.trim_start().len();
                    let column = at.saturating_sub(indent) + 1;
                    format!("invalid regex: {what} (at character {column})")
                }
                None => format!("invalid regex: {what}"),
            }
        }
        other => format!("invalid regex: {other}"),
    })
}

impl OutputArgs {
    pub fn options(&self, all_vhosts: bool) -> listing::Options {
        self.options_laid_out(all_vhosts, TableLayout::default())
    }

    /// The options, with a table laid out as `layout` says (`overview` vertically), `--wide`
    /// as typed.
    fn options_laid_out(&self, all_vhosts: bool, layout: TableLayout) -> listing::Options {
        let layout = TableLayout {
            wide: self.wide,
            ..layout
        };
        let format = match self.format {
            Some(format) => format.with_layout(layout),
            None => match ListFormat::or_default(None) {
                ListFormat::Table(_) => ListFormat::Table(layout),
                other => other,
            },
        };
        listing::Options {
            format: Some(format),
            filter: self.filter.clone(),
            columns: if self.columns.is_empty() {
                self.column_words.clone()
            } else {
                self.columns.clone()
            },
            all_vhosts,
            sort: self.sort.clone(),
        }
    }
}

impl ListArgs {
    pub fn options(&self) -> listing::Options {
        self.output.options(self.all_vhosts)
    }
}

/// Each list command and the table it shows, for the columns paragraph of its help.
pub const COMMAND_KINDS: [(&str, &Kind); 8] = [
    ("list-exchanges", &columns::EXCHANGES),
    ("list-queues", &columns::QUEUES),
    ("list-bindings", &columns::BINDINGS),
    ("list-connections", &columns::CONNECTIONS),
    ("list-channels", &columns::CHANNELS),
    ("list-consumers", &columns::CONSUMERS),
    ("list-vhosts", &columns::VHOSTS),
    ("overview", &columns::OVERVIEW),
];

pub async fn exchanges(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    listing::list(&columns::EXCHANGES, &args.options(), cx, out).await
}

pub async fn bindings(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    // In a table the binding every queue has to the default exchange goes after the bindings
    // someone made, unless the rows are sorted as asked; scripts get the broker's order.
    let layout = TableLayout {
        default_exchange_last: args.output.sort.is_none(),
        ..TableLayout::default()
    };
    let options = args.output.options_laid_out(args.all_vhosts, layout);
    listing::list(&columns::BINDINGS, &options, cx, out).await
}

pub async fn connections(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    listing::list(&columns::CONNECTIONS, &args.options(), cx, out).await
}

pub async fn channels(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    listing::list(&columns::CHANNELS, &args.options(), cx, out).await
}

pub async fn consumers(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    listing::list(&columns::CONSUMERS, &args.options(), cx, out).await
}

/// `list-vhosts`: always every vhost.
pub async fn vhosts(args: &OutputArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    listing::list(&columns::VHOSTS, &args.options(true), cx, out).await
}

pub async fn overview(args: &OutputArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let layout = TableLayout {
        vertical: true,
        ..TableLayout::default()
    };
    listing::overview(&args.options_laid_out(false, layout), cx, out).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_regex_says_what_and_where_in_one_line_without_the_pattern() {
        let err = parse_regex("ab(cd").expect_err("unclosed");
        assert_eq!(err, "invalid regex: unclosed group (at character 3)");
        let err = parse_regex("x{99999999999}").expect_err("too big");
        assert!(!err.contains('\n') && !err.contains("99999"), "{err}");
    }

    #[test]
    fn each_command_help_names_every_column() {
        let cli = crate::cli::command();
        for (command, kind) in COMMAND_KINDS {
            let help = cli
                .find_subcommand(command)
                .and_then(|c| c.get_long_about())
                .map(ToString::to_string)
                .unwrap_or_default();
            assert_eq!(
                help.matches("Columns (--columns): ").count(),
                1,
                "{command}: {help}"
            );
            let listed = help
                .split("Columns (--columns): ")
                .nth(1)
                .unwrap_or_default();
            for column in kind.columns {
                assert!(
                    listed.contains(&format!("{},", column.name))
                        || listed.contains(&format!("{}.", column.name))
                        || listed.contains(&format!("{} (", column.name)),
                    "{command} --help does not name column {}",
                    column.name
                );
            }
        }
    }
}
