//! The list commands (`list-exchanges`, `list-queues`, `list-bindings`, `list-connections`,
//! `list-channels`, `list-consumers`, `list-vhosts`, `overview`): which columns each has and
//! where in the management API's objects they come from. Rows are read from the API answer one
//! at a time and written as they come (see `fields` and `output::ListingWriter`); queue counts
//! are made current over AMQP in `queues`.

use std::io::Write;

use clap::Args;
use regex::Regex;
use serde::Deserialize;
use serde::de::DeserializeSeed;

use crate::commands::fields::{Field, RowSeed};
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::{Cell, ListFormat, ListingWriter};

/// Options every list command takes.
#[derive(Debug, Args, Clone, Default)]
pub struct OutputArgs {
    /// Output format [default: table on a terminal, else tsv]
    #[arg(long, value_enum, env = "MQ_FORMAT")]
    pub format: Option<ListFormat>,
    /// Only objects whose name matches REGEX (Rust regex syntax, unanchored)
    #[arg(long, value_name = "REGEX", value_parser = parse_regex)]
    pub filter: Option<Regex>,
    /// Only these columns, in this order (comma-separated; see the command's help for all of them)
    #[arg(long, value_name = "a,b,c", value_delimiter = ',')]
    pub columns: Vec<String>,
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

/// What it costs the broker to fill a column: `Stats` columns need the management statistics,
/// which make a listing of many objects several times slower, so they are asked for only when
/// shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    Basic,
    /// Queue message totals (`enable_queue_totals`).
    Totals,
    Stats,
}

/// A column a list command can show: its name and the field of the API's object it shows.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub field: Field,
    /// Shown when `--columns` is not given.
    pub default: bool,
    pub cost: Cost,
}

impl Column {
    pub const fn new(name: &'static str, path: &'static str) -> Self {
        Column {
            name,
            field: Field::new(path),
            default: true,
            cost: Cost::Basic,
        }
    }

    pub const fn exchange(name: &'static str, path: &'static str) -> Self {
        Column {
            field: Field::exchange(path),
            ..Column::new(name, path)
        }
    }

    /// Shown only when asked for with `--columns`.
    pub const fn extra(self) -> Self {
        Column {
            default: false,
            ..self
        }
    }

    pub const fn stats(self) -> Self {
        Column {
            cost: Cost::Stats,
            ..self
        }
    }

    pub const fn totals(self) -> Self {
        Column {
            cost: Cost::Totals,
            ..self
        }
    }
}

/// How a kind of object is listed for one vhost.
#[derive(Debug, Clone, Copy)]
pub enum Scope {
    /// `/api/KIND/VHOST`
    Suffix,
    /// `/api/vhosts/VHOST/KIND`
    UnderVhost,
    /// Always the whole broker.
    Broker,
}

/// One kind of object a list command shows.
#[derive(Debug)]
pub struct Kind {
    pub collection: &'static str,
    pub scope: Scope,
    pub columns: &'static [Column],
    /// `--filter` matches any of these fields.
    pub filter: &'static [Field],
    /// The endpoint takes `disable_stats=true` (the others refuse it).
    pub disable_stats: bool,
}

impl Kind {
    fn column(&self, name: &str) -> Result<&'static Column> {
        self.columns.iter().find(|c| c.name == name).ok_or_else(|| {
            let names: Vec<&str> = self.columns.iter().map(|c| c.name).collect();
            Error::usage(format!(
                "unknown column '{name}' (columns: {})",
                names.join(", ")
            ))
        })
    }

    /// The columns to show: `--columns`, else the defaults (after `vhost` with --all-vhosts).
    pub fn selected(&self, args: &OutputArgs, all_vhosts: bool) -> Result<Vec<&'static Column>> {
        if !args.columns.is_empty() {
            return args.columns.iter().map(|name| self.column(name)).collect();
        }
        let mut columns = Vec::new();
        if all_vhosts && let Ok(vhost) = self.column("vhost") {
            columns.push(vhost);
        }
        columns.extend(self.columns.iter().filter(|c| c.default));
        Ok(columns)
    }

    pub fn path<'a>(&'a self, vhost: &'a str, all_vhosts: bool) -> Vec<&'a str> {
        match (self.scope, all_vhosts) {
            (Scope::Broker, _) | (_, true) => vec![self.collection],
            (Scope::Suffix, false) => vec![self.collection, vhost],
            (Scope::UnderVhost, false) => vec!["vhosts", vhost, self.collection],
        }
    }
}

/// The API's `columns=` value for these fields: each top-level key once.
pub fn api_columns(fields: &[Field]) -> String {
    let mut tops: Vec<&str> = Vec::new();
    for field in fields {
        if !tops.contains(&field.top()) {
            tops.push(field.top());
        }
    }
    tops.join(",")
}

/// Whether the filter fields (the cells after the shown ones) match `--filter`.
pub fn matches(filter: Option<&Regex>, cells: &[Cell]) -> bool {
    let Some(re) = filter else { return true };
    cells.iter().any(|cell| match cell {
        Cell::Text(s) | Cell::Exchange(s) => re.is_match(s),
        _ => false,
    })
}

pub const EXCHANGES: Kind = Kind {
    collection: "exchanges",
    scope: Scope::Suffix,
    columns: &[
        Column::new("vhost", "vhost").extra(),
        Column::exchange("name", "name"),
        Column::new("type", "type"),
        Column::new("durable", "durable"),
        Column::new("auto_delete", "auto_delete"),
        Column::new("internal", "internal"),
        Column::new("arguments", "arguments").extra(),
        Column::new("policy", "policy").extra(),
        Column::new("publish_in_rate", "message_stats.publish_in_details.rate")
            .extra()
            .stats(),
        Column::new("publish_out_rate", "message_stats.publish_out_details.rate")
            .extra()
            .stats(),
    ],
    filter: &[Field::new("name")],
    disable_stats: true,
};

pub const BINDINGS: Kind = Kind {
    collection: "bindings",
    scope: Scope::Suffix,
    columns: &[
        Column::new("vhost", "vhost").extra(),
        Column::exchange("source", "source"),
        Column::new("destination", "destination"),
        Column::new("destination_type", "destination_type"),
        Column::new("routing_key", "routing_key"),
        Column::new("arguments", "arguments"),
        Column::new("properties_key", "properties_key").extra(),
    ],
    filter: &[Field::new("source"), Field::new("destination")],
    disable_stats: false,
};

pub const CONNECTIONS: Kind = Kind {
    collection: "connections",
    scope: Scope::UnderVhost,
    columns: &[
        Column::new("vhost", "vhost").extra(),
        Column::new("name", "name"),
        Column::new("user", "user"),
        Column::new("peer_host", "peer_host"),
        Column::new("peer_port", "peer_port"),
        Column::new("state", "state"),
        Column::new("channels", "channels"),
        Column::new("client", "user_provided_name").extra(),
        Column::new("product", "client_properties.product").extra(),
        Column::new("client_version", "client_properties.version").extra(),
        Column::new("platform", "client_properties.platform").extra(),
        Column::new("protocol", "protocol").extra(),
        Column::new("ssl", "ssl").extra(),
        Column::new("auth_mechanism", "auth_mechanism").extra(),
        Column::new("timeout", "timeout").extra(),
        Column::new("frame_max", "frame_max").extra(),
        Column::new("channel_max", "channel_max").extra(),
        Column::new("connected_at", "connected_at").extra(),
        Column::new("node", "node").extra(),
        Column::new("recv_oct", "recv_oct").extra(),
        Column::new("send_oct", "send_oct").extra(),
    ],
    filter: &[Field::new("name")],
    disable_stats: false,
};

pub const CHANNELS: Kind = Kind {
    collection: "channels",
    scope: Scope::UnderVhost,
    columns: &[
        Column::new("vhost", "vhost").extra(),
        Column::new("name", "name"),
        Column::new("user", "user"),
        Column::new("consumer_count", "consumer_count"),
        Column::new("messages_unacknowledged", "messages_unacknowledged"),
        Column::new("connection", "connection_details.name").extra(),
        Column::new("number", "number").extra(),
        Column::new("state", "state").extra(),
        Column::new("prefetch_count", "prefetch_count").extra(),
        Column::new("global_prefetch_count", "global_prefetch_count").extra(),
        Column::new("messages_unconfirmed", "messages_unconfirmed").extra(),
        Column::new("messages_uncommitted", "messages_uncommitted").extra(),
        Column::new("acks_uncommitted", "acks_uncommitted").extra(),
        Column::new("confirm", "confirm").extra(),
        Column::new("transactional", "transactional").extra(),
        Column::new("node", "node").extra(),
        Column::new("publish_rate", "message_stats.publish_details.rate").extra(),
        Column::new("deliver_rate", "message_stats.deliver_get_details.rate").extra(),
    ],
    filter: &[Field::new("name")],
    disable_stats: false,
};

pub const CONSUMERS: Kind = Kind {
    collection: "consumers",
    scope: Scope::Suffix,
    columns: &[
        Column::new("vhost", "queue.vhost").extra(),
        Column::new("queue", "queue.name"),
        Column::new("channel", "channel_details.name"),
        Column::new("consumer_tag", "consumer_tag"),
        Column::new("ack_required", "ack_required"),
        Column::new("prefetch_count", "prefetch_count"),
        Column::new("active", "active"),
        Column::new("arguments", "arguments"),
        Column::new("connection", "channel_details.connection_name").extra(),
        Column::new("user", "channel_details.user").extra(),
        Column::new("exclusive", "exclusive").extra(),
        Column::new("activity_status", "activity_status").extra(),
    ],
    filter: &[Field::new("queue.name")],
    disable_stats: false,
};

pub const VHOSTS: Kind = Kind {
    collection: "vhosts",
    scope: Scope::Broker,
    columns: &[
        Column::new("name", "name"),
        Column::new("description", "description"),
        Column::new("tags", "tags"),
        Column::new("tracing", "tracing"),
        Column::new("default_queue_type", "default_queue_type").extra(),
        Column::new("cluster_state", "cluster_state").extra(),
        Column::new("messages", "messages").extra().stats(),
        Column::new("ready", "messages_ready").extra().stats(),
        Column::new("unacked", "messages_unacknowledged")
            .extra()
            .stats(),
        Column::new("publish_rate", "message_stats.publish_details.rate")
            .extra()
            .stats(),
        Column::new("deliver_rate", "message_stats.deliver_get_details.rate")
            .extra()
            .stats(),
    ],
    filter: &[Field::new("name")],
    disable_stats: true,
};

pub const OVERVIEW: Kind = Kind {
    collection: "overview",
    scope: Scope::Broker,
    columns: &[
        Column::new("cluster", "cluster_name"),
        Column::new("version", "rabbitmq_version"),
        Column::new("erlang", "erlang_version"),
        Column::new("connections", "object_totals.connections"),
        Column::new("channels", "object_totals.channels"),
        Column::new("exchanges", "object_totals.exchanges"),
        Column::new("queues", "object_totals.queues"),
        Column::new("consumers", "object_totals.consumers"),
        Column::new("messages", "queue_totals.messages"),
        Column::new("ready", "queue_totals.messages_ready"),
        Column::new("unacked", "queue_totals.messages_unacknowledged"),
        Column::new("node", "node").extra(),
        Column::new("management_version", "management_version").extra(),
        Column::new("rates_mode", "rates_mode").extra(),
        Column::new("publish_rate", "message_stats.publish_details.rate").extra(),
        Column::new("deliver_rate", "message_stats.deliver_get_details.rate").extra(),
    ],
    filter: &[Field::new("cluster_name")],
    disable_stats: false,
};

/// Lists one kind of object: one API request for the shown fields only, each row written as it
/// is read.
pub async fn list(kind: &Kind, args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let columns = kind.selected(&args.output, args.all_vhosts)?;
    let mut fields: Vec<Field> = columns.iter().map(|c| c.field).collect();
    fields.extend_from_slice(kind.filter);
    let shown = columns.len();
    let api_columns = api_columns(&fields);
    let mut query = vec![("columns", api_columns.as_str())];
    if kind.disable_stats && columns.iter().all(|c| c.cost != Cost::Stats) {
        query.push(("disable_stats", "true"));
    }
    let vhost = cx.settings.vhost.as_str();
    let mut rows = cx
        .api()?
        .get_array(&kind.path(vhost, args.all_vhosts), &query)
        .await
        .map_err(|e| vhost_context(e, vhost, kind.scope))?;
    let names: Vec<String> = columns.iter().map(|c| c.name.to_owned()).collect();
    let mut writer = ListingWriter::new(out, &names, ListFormat::or_default(args.output.format))?;
    while let Some(mut cells) = rows.next_seed(RowSeed::new(&fields)).await? {
        if matches(args.output.filter.as_ref(), &cells[shown..]) {
            cells.truncate(shown);
            writer.row(&cells)?;
        }
    }
    writer.finish()
}

/// `overview`: the broker as a whole, as one row.
pub async fn overview(args: &OutputArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let columns = OVERVIEW.selected(args, false)?;
    let mut fields: Vec<Field> = columns.iter().map(|c| c.field).collect();
    fields.extend_from_slice(OVERVIEW.filter);
    let answer: serde_json::Value = cx.api()?.get(&["overview"], &[]).await?;
    let mut cells = RowSeed::new(&fields)
        .deserialize(answer)
        .map_err(|e| Error::internal(format!("unexpected answer from /api/overview: {e}")))?;
    let names: Vec<String> = columns.iter().map(|c| c.name.to_owned()).collect();
    let mut writer = ListingWriter::new(out, &names, ListFormat::or_default(args.format))?;
    if matches(args.filter.as_ref(), &cells[columns.len()..]) {
        cells.truncate(columns.len());
        writer.row(&cells)?;
    }
    writer.finish()
}

pub async fn exchanges(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    list(&EXCHANGES, args, cx, out).await
}

pub async fn bindings(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    list(&BINDINGS, args, cx, out).await
}

pub async fn connections(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    list(&CONNECTIONS, args, cx, out).await
}

pub async fn channels(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    list(&CHANNELS, args, cx, out).await
}

pub async fn consumers(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    list(&CONSUMERS, args, cx, out).await
}

pub async fn vhosts(args: &OutputArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let args = ListArgs {
        output: args.clone(),
        all_vhosts: true,
    };
    list(&VHOSTS, &args, cx, out).await
}

/// An exchange of the vhost, as much as `reset` and `topology` need of it.
#[derive(Debug, Deserialize)]
pub struct ApiExchange {
    #[serde(default)]
    pub name: String,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
}

/// A queue's name (for `reset`).
#[derive(Debug, Deserialize)]
pub struct ApiQueue {
    #[serde(default)]
    pub name: String,
}

/// The vhost's exchanges, without statistics.
pub async fn fetch_exchanges(cx: &Context) -> Result<Vec<ApiExchange>> {
    let vhost = cx.settings.vhost.as_str();
    cx.api()?
        .get(
            &EXCHANGES.path(vhost, false),
            &[("disable_stats", "true"), ("columns", "name,type")],
        )
        .await
        .map_err(|e| vhost_context(e, vhost, Scope::Suffix))
}

/// The vhost's queue names, without statistics.
pub async fn fetch_queues(cx: &Context) -> Result<Vec<ApiQueue>> {
    let vhost = cx.settings.vhost.as_str();
    cx.api()?
        .get(
            &crate::commands::queues::QUEUES.path(vhost, false),
            &[("disable_stats", "true"), ("columns", "name")],
        )
        .await
        .map_err(|e| vhost_context(e, vhost, Scope::Suffix))
}

/// A 404 on a vhost-scoped listing means the vhost is missing.
pub fn vhost_context(err: Error, vhost: &str, scope: Scope) -> Error {
    match scope {
        Scope::Suffix | Scope::UnderVhost if err.kind() == ErrorKind::NotFound => {
            err.with_message(format!("vhost '{vhost}' does not exist"))
        }
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_columns_follow_rabbitmqctl_and_vhost_comes_first_for_all_vhosts() {
        let names = |kind: &Kind, all| -> Vec<&str> {
            kind.selected(&OutputArgs::default(), all)
                .unwrap()
                .iter()
                .map(|c| c.name)
                .collect()
        };
        assert_eq!(
            names(&BINDINGS, false),
            [
                "source",
                "destination",
                "destination_type",
                "routing_key",
                "arguments"
            ]
        );
        assert_eq!(names(&CONSUMERS, true)[0], "vhost");
        assert_eq!(names(&VHOSTS, true)[0], "name");
    }

    #[test]
    fn unknown_columns_are_usage_errors_that_list_the_columns() {
        let args = OutputArgs {
            columns: vec!["nope".into()],
            ..OutputArgs::default()
        };
        let err = CHANNELS.selected(&args, false).unwrap_err();
        assert_eq!(err.exit_code(), 64);
        assert!(err.to_string().contains("prefetch_count"), "{err}");
    }

    #[test]
    fn only_top_level_keys_are_asked_for() {
        assert_eq!(
            api_columns(&[
                Field::new("name"),
                Field::new("queue.name"),
                Field::new("queue.vhost"),
                Field::new("arguments"),
            ]),
            "name,queue,arguments"
        );
    }

    #[test]
    fn every_kind_names_each_column_once() {
        for kind in [
            &EXCHANGES,
            &BINDINGS,
            &CONNECTIONS,
            &CHANNELS,
            &CONSUMERS,
            &VHOSTS,
            &OVERVIEW,
            &crate::commands::queues::QUEUES,
        ] {
            let mut names: Vec<&str> = kind.columns.iter().map(|c| c.name).collect();
            names.sort_unstable();
            let count = names.len();
            names.dedup();
            assert_eq!(names.len(), count, "{}", kind.collection);
        }
    }

    #[test]
    fn each_command_help_names_every_column() {
        use clap::CommandFactory;
        let cli = crate::cli::Cli::command();
        for (command, kind) in [
            ("list-exchanges", &EXCHANGES),
            ("list-queues", &crate::commands::queues::QUEUES),
            ("list-bindings", &BINDINGS),
            ("list-connections", &CONNECTIONS),
            ("list-channels", &CHANNELS),
            ("list-consumers", &CONSUMERS),
            ("list-vhosts", &VHOSTS),
            ("overview", &OVERVIEW),
        ] {
            let help = cli
                .find_subcommand(command)
                .and_then(|c| c.get_long_about())
                .map(ToString::to_string)
                .unwrap_or_default();
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
