//! The column tables of every kind of object the list commands show — which columns each
//! has, where in the management API's objects they come from, which are shown by default and
//! what they cost the broker — and the "Columns (--columns): …" paragraph of each list
//! command's help, rendered from the same tables.

use crate::error::{Error, Result};
use crate::listing::fields::Field;

/// What it costs the broker to fill a column: `Stats` columns need the management statistics,
/// which make a listing of many objects several times slower, so they are asked for only when
/// shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cost {
    Basic,
    /// Queue counts: the message totals (`enable_queue_totals`) and consumers, made current
    /// over AMQP by `listing::queues`.
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
    /// Said after the name in the help, in parentheses.
    pub note: Option<&'static str>,
}

impl Column {
    pub const fn new(name: &'static str, path: &'static str) -> Self {
        Column {
            name,
            field: Field::new(path),
            default: true,
            cost: Cost::Basic,
            note: None,
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

    pub const fn note(self, note: &'static str) -> Self {
        Column {
            note: Some(note),
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
    pub fn column(&self, name: &str) -> Result<&'static Column> {
        self.columns.iter().find(|c| c.name == name).ok_or_else(|| {
            let names: Vec<&str> = self.columns.iter().map(|c| c.name).collect();
            Error::usage(format!(
                "unknown column '{name}' (columns: {})",
                names.join(", ")
            ))
        })
    }

    /// The columns to show: `wanted` (`--columns`) in that order, else the defaults (after
    /// `vhost` with --all-vhosts). An unknown name is a usage error that lists the columns.
    pub fn selected(&self, wanted: &[String], all_vhosts: bool) -> Result<Vec<&'static Column>> {
        if !wanted.is_empty() {
            return wanted.iter().map(|name| self.column(name)).collect();
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

/// Where a list command's help starts its columns paragraph; [`columns_help`] fills it in.
pub const COLUMNS_HELP: &str = "Columns (--columns):";

/// The help's "Columns (--columns): …" sentences for `kind`: every column in table order (with
/// its note), then which of them need the management statistics.
pub fn columns_help(kind: &Kind) -> String {
    let names: Vec<String> = kind
        .columns
        .iter()
        .map(|c| match c.note {
            Some(note) => format!("{} ({note})", c.name),
            None => c.name.to_owned(),
        })
        .collect();
    let mut help = format!("{COLUMNS_HELP} {}.", names.join(", "));
    let stats: Vec<&str> = kind
        .columns
        .iter()
        .filter(|c| c.cost == Cost::Stats)
        .map(|c| c.name)
        .collect();
    if let Some((last, rest)) = stats.split_last() {
        let (named, verb) = match rest {
            [] => ((*last).to_owned(), "needs"),
            _ => (format!("{} and {last}", rest.join(", ")), "need"),
        };
        help.push_str(&format!(
            " {named} {verb} the management statistics, which cost the broker several times more \
             on large vhosts: they are fetched only when asked for."
        ));
    }
    if kind.collection == "queues" {
        help.push_str(
            " On a node that keeps no statistics (management_agent.disable_metrics_collector = \
             true), memory, message_bytes and consumer_utilisation come from the Prometheus \
             plugin (rabbitmq_prometheus) where it is enabled; the rates are not known there; \
             what neither has is said on stderr.",
        );
    }
    help
}

/// `help` with its columns paragraph (the one starting [`COLUMNS_HELP`]) filled in for `kind`.
pub fn with_columns_help(help: &str, kind: &Kind) -> String {
    help.replacen(COLUMNS_HELP, &columns_help(kind), 1)
}

// Columns and filters several kinds share.
const VHOST: Column = Column::new("vhost", "vhost").extra();
const PUBLISH_RATE: Column =
    Column::new("publish_rate", "message_stats.publish_details.rate").extra();
const DELIVER_RATE: Column =
    Column::new("deliver_rate", "message_stats.deliver_get_details.rate").extra();
const BY_NAME: &[Field] = &[Field::new("name")];

pub const EXCHANGES: Kind = Kind {
    collection: "exchanges",
    scope: Scope::Suffix,
    columns: &[
        VHOST,
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
    filter: BY_NAME,
    disable_stats: true,
};

pub const QUEUES: Kind = Kind {
    collection: "queues",
    scope: Scope::Suffix,
    columns: &[
        VHOST,
        Column::new("name", "name"),
        Column::new("type", "type"),
        Column::new("durable", "durable"),
        Column::new("messages", "messages").totals(),
        Column::new("ready", "messages_ready").totals(),
        Column::new("unacked", "messages_unacknowledged").totals(),
        // A statistic, but made current by the declares, as the message counts are.
        Column::new("consumers", "consumers").totals(),
        Column::new("state", "state"),
        Column::new("auto_delete", "auto_delete").extra(),
        Column::new("exclusive", "exclusive").extra(),
        Column::new("arguments", "arguments").extra(),
        Column::new("policy", "policy").extra(),
        Column::new("node", "node").extra(),
        Column::new("memory", "memory").extra().stats(),
        Column::new("message_bytes", "message_bytes")
            .extra()
            .stats(),
        Column::new("consumer_utilisation", "consumer_utilisation")
            .extra()
            .stats(),
        Column::new("idle_since", "idle_since").extra().stats(),
        PUBLISH_RATE.stats(),
        DELIVER_RATE.stats(),
        // Replicated queues only (quorum queues, streams): a classic queue has none, and its
        // cells are empty; the API has them without statistics.
        Column::new("members", "members")
            .extra()
            .note("nodes holding a replica: quorum queues and streams"),
        Column::new("leader", "leader").extra(),
        Column::new("online", "online")
            .extra()
            .note("the members on running nodes"),
    ],
    filter: BY_NAME,
    disable_stats: true,
};

pub const BINDINGS: Kind = Kind {
    collection: "bindings",
    scope: Scope::Suffix,
    columns: &[
        VHOST,
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
        VHOST,
        Column::new("name", "name"),
        Column::new("user", "user"),
        Column::new("peer_host", "peer_host"),
        Column::new("peer_port", "peer_port"),
        Column::new("state", "state"),
        Column::new("channels", "channels"),
        Column::new("client", "user_provided_name").note("the name the client gave"),
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
    filter: BY_NAME,
    disable_stats: false,
};

pub const CHANNELS: Kind = Kind {
    collection: "channels",
    scope: Scope::UnderVhost,
    columns: &[
        VHOST,
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
        PUBLISH_RATE,
        DELIVER_RATE,
    ],
    filter: BY_NAME,
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
        PUBLISH_RATE.stats(),
        DELIVER_RATE.stats(),
    ],
    filter: BY_NAME,
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
        PUBLISH_RATE,
        DELIVER_RATE,
    ],
    filter: &[Field::new("cluster_name")],
    disable_stats: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [&Kind; 8] = [
        &EXCHANGES,
        &QUEUES,
        &BINDINGS,
        &CONNECTIONS,
        &CHANNELS,
        &CONSUMERS,
        &VHOSTS,
        &OVERVIEW,
    ];

    #[test]
    fn default_columns_follow_rabbitmqctl_and_vhost_comes_first_for_all_vhosts() {
        let names = |kind: &Kind, all| -> Vec<&str> {
            kind.selected(&[], all)
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
    fn selected_columns_keep_their_order() {
        let picked = QUEUES
            .selected(&["unacked".into(), "name".into()], true)
            .unwrap();
        let names: Vec<&str> = picked.iter().map(|c| c.name).collect();
        assert_eq!(names, ["unacked", "name"]);
    }

    #[test]
    fn unknown_columns_are_usage_errors_that_list_the_columns() {
        let err = CHANNELS.selected(&["nope".into()], false).unwrap_err();
        assert_eq!(err.exit_code(), 64);
        assert!(err.to_string().contains("prefetch_count"), "{err}");
    }

    #[test]
    fn every_kind_names_each_column_once() {
        for kind in ALL {
            let mut names: Vec<&str> = kind.columns.iter().map(|c| c.name).collect();
            names.sort_unstable();
            let count = names.len();
            names.dedup();
            assert_eq!(names.len(), count, "{}", kind.collection);
        }
    }

    #[test]
    fn the_help_names_every_column_and_those_that_need_statistics() {
        assert_eq!(
            columns_help(&EXCHANGES),
            "Columns (--columns): vhost, name, type, durable, auto_delete, internal, arguments, \
             policy, publish_in_rate, publish_out_rate. publish_in_rate and publish_out_rate need \
             the management statistics, which cost the broker several times more on large \
             vhosts: they are fetched only when asked for."
        );
        assert!(columns_help(&QUEUES).contains(
            " memory, message_bytes, consumer_utilisation, idle_since, publish_rate and \
             deliver_rate need the management statistics"
        ));
        assert!(columns_help(&CONNECTIONS).contains(" client (the name the client gave), "));
        assert!(!columns_help(&BINDINGS).contains("statistics"));
        assert_eq!(
            with_columns_help("Summary\n\nColumns (--columns): More.", &BINDINGS),
            "Summary\n\nColumns (--columns): vhost, source, destination, destination_type, \
             routing_key, arguments, properties_key. More."
        );
    }
}
