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
use crate::output::ListFormat;

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

impl From<FormatArg> for ListFormat {
    fn from(format: FormatArg) -> ListFormat {
        match format {
            FormatArg::Table => ListFormat::Table,
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

fn parse_regex(input: &str) -> Result<Regex, String> {
    Regex::new(input).map_err(|e| format!("invalid regex: {e}"))
}

impl OutputArgs {
    pub fn options(&self, all_vhosts: bool) -> listing::Options {
        listing::Options {
            format: self.format.map(ListFormat::from),
            filter: self.filter.clone(),
            columns: if self.columns.is_empty() {
                self.column_words.clone()
            } else {
                self.columns.clone()
            },
            all_vhosts,
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
    listing::list(&columns::BINDINGS, &args.options(), cx, out).await
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
    listing::overview(&args.options(false), cx, out).await
}

#[cfg(test)]
mod tests {
    use super::*;

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
