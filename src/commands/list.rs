//! The list commands (`list-exchanges`, `list-queues`): rows from the management API, with
//! queue counts made current over AMQP, rendered by `output`.

use std::collections::BTreeMap;
use std::io::Write;

use clap::Args;
use futures_util::future::join_all;
use lapin::options::QueueDeclareOptions;
use lapin::types::FieldTable;
use regex::Regex;
use serde::Deserialize;

use crate::commands::Context;
use crate::error::{Error, Result};
use crate::output::{Cell, ListFormat, Listing, write_listing};
use crate::values::short;

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Output format [default: table on a terminal, else tsv]
    #[arg(long, value_enum, env = "MQ_FORMAT")]
    pub format: Option<ListFormat>,
    /// List every vhost (adds a vhost column first)
    #[arg(long)]
    pub all_vhosts: bool,
    /// Only objects whose name matches REGEX
    #[arg(long, value_name = "REGEX", value_parser = parse_regex)]
    pub filter: Option<Regex>,
    /// Only these columns, in this order (comma-separated)
    #[arg(long, value_name = "a,b,c", value_delimiter = ',')]
    pub columns: Vec<String>,
}

fn parse_regex(input: &str) -> Result<Regex, String> {
    Regex::new(input).map_err(|e| format!("invalid regex: {e}"))
}

impl ListArgs {
    fn matches(&self, name: &str) -> bool {
        self.filter.as_ref().is_none_or(|re| re.is_match(name))
    }

    /// The API path: `[kind]` for every vhost, `[kind, vhost]` for one.
    fn path<'a>(&self, kind: &'a str, vhost: &'a str) -> Vec<&'a str> {
        if self.all_vhosts {
            vec![kind]
        } else {
            vec![kind, vhost]
        }
    }

    fn columns<'a>(&self, columns: &[&'a str]) -> Vec<&'a str> {
        let mut all = Vec::with_capacity(columns.len() + 1);
        if self.all_vhosts {
            all.push("vhost");
        }
        all.extend_from_slice(columns);
        all
    }

    fn render(&self, listing: Listing, out: &mut dyn Write) -> Result<()> {
        let listing = if self.columns.is_empty() {
            listing
        } else {
            listing.select(&self.columns)?
        };
        write_listing(out, &listing, ListFormat::or_default(self.format))
    }
}

pub const EXCHANGE_COLUMNS: &[&str] = &["name", "type", "durable", "auto_delete", "internal"];
pub const QUEUE_COLUMNS: &[&str] = &[
    "name",
    "type",
    "durable",
    "messages",
    "ready",
    "unacked",
    "consumers",
    "state",
];

/// An exchange as the management API describes it; every field optional, since they vary
/// across broker versions.
#[derive(Debug, Deserialize)]
pub struct ApiExchange {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub vhost: Option<String>,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub durable: Option<bool>,
    #[serde(default)]
    pub auto_delete: Option<bool>,
    #[serde(default)]
    pub internal: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub struct ApiQueue {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub vhost: Option<String>,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub durable: Option<bool>,
    #[serde(default)]
    pub messages: Option<i64>,
    #[serde(default)]
    pub messages_ready: Option<i64>,
    #[serde(default)]
    pub messages_unacknowledged: Option<i64>,
    #[serde(default)]
    pub consumers: Option<i64>,
    #[serde(default)]
    pub state: Option<String>,
}

fn opt_bool(value: Option<bool>) -> Cell {
    value.map_or(Cell::Missing, Cell::Bool)
}

pub async fn fetch_exchanges(cx: &Context, all_vhosts: bool) -> Result<Vec<ApiExchange>> {
    let api = cx.api()?;
    let vhost = cx.settings.vhost.as_str();
    let path: Vec<&str> = if all_vhosts {
        vec!["exchanges"]
    } else {
        vec!["exchanges", vhost]
    };
    api.get(
        &path,
        &[
            ("disable_stats", "true"),
            ("columns", "name,vhost,type,durable,auto_delete,internal"),
        ],
    )
    .await
    .map_err(|e| vhost_context(e, vhost))
}

pub async fn exchanges(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let exchanges = fetch_exchanges(cx, args.all_vhosts).await?;
    let mut listing = Listing::new(&args.columns(EXCHANGE_COLUMNS));
    for exchange in exchanges.into_iter().filter(|e| args.matches(&e.name)) {
        let mut row = Vec::with_capacity(listing.columns.len());
        if args.all_vhosts {
            row.push(Cell::opt_text(exchange.vhost));
        }
        row.extend([
            Cell::Exchange(exchange.name),
            Cell::opt_text(exchange.kind),
            opt_bool(exchange.durable),
            opt_bool(exchange.auto_delete),
            opt_bool(exchange.internal),
        ]);
        listing.rows.push(row);
    }
    args.render(listing, out)
}

pub async fn fetch_queues(cx: &Context, all_vhosts: bool) -> Result<Vec<ApiQueue>> {
    let api = cx.api()?;
    let vhost = cx.settings.vhost.as_str();
    let args = ListArgs {
        format: None,
        all_vhosts,
        filter: None,
        columns: Vec::new(),
    };
    api.get(
        &args.path("queues", vhost),
        &[
            ("disable_stats", "true"),
            ("enable_queue_totals", "true"),
            (
                "columns",
                "name,vhost,type,durable,messages,messages_ready,messages_unacknowledged,consumers,state",
            ),
        ],
    )
    .await
    .map_err(|e| vhost_context(e, vhost))
}

pub async fn queues(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let mut queues = fetch_queues(cx, args.all_vhosts).await?;
    queues.retain(|q| args.matches(&q.name));
    refresh_counts(cx, &mut queues).await;
    let mut listing = Listing::new(&args.columns(QUEUE_COLUMNS));
    for queue in queues {
        let mut row = Vec::with_capacity(listing.columns.len());
        if args.all_vhosts {
            row.push(Cell::opt_text(queue.vhost));
        }
        row.extend([
            Cell::text(queue.name),
            Cell::opt_text(queue.kind),
            opt_bool(queue.durable),
            Cell::opt_int(queue.messages),
            Cell::opt_int(queue.messages_ready),
            Cell::opt_int(queue.messages_unacknowledged),
            Cell::opt_int(queue.consumers),
            Cell::opt_text(queue.state),
        ]);
        listing.rows.push(row);
    }
    args.render(listing, out)
}

/// How many passive declares are in flight on one channel at once.
const DECLARE_BATCH: usize = 256;

/// The management API's counts lag up to 5 s; a passive `queue.declare` answers with the
/// current ready count and consumer count. Unacked stays as the API saw it. Queues that no
/// longer exist are dropped. When AMQP cannot be reached, the API's counts stand, with a note.
async fn refresh_counts(cx: &Context, queues: &mut Vec<ApiQueue>) {
    let mut by_vhost: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (index, queue) in queues.iter().enumerate() {
        let vhost = queue
            .vhost
            .clone()
            .unwrap_or_else(|| cx.settings.vhost.clone());
        by_vhost.entry(vhost).or_default().push(index);
    }
    let mut gone = vec![false; queues.len()];
    for (vhost, indexes) in by_vhost {
        let mut settings = cx.settings.clone();
        settings.vhost = vhost;
        let session = match crate::amqp::connect(&settings).await {
            Ok(session) => session,
            Err(err) => {
                if !cx.settings.quiet {
                    crate::error::say(format_args!(
                        "showing the management API's counts, which may be up to 5 s old ({err})"
                    ));
                }
                continue;
            }
        };
        for chunk in indexes.chunks(DECLARE_BATCH) {
            let Ok(channel) = session.channel().await else {
                break;
            };
            let declares = chunk.iter().map(|&i| {
                let channel = &channel;
                let name = short(&queues[i].name, "queue name");
                async move {
                    let name = name.ok()?;
                    Some(
                        channel
                            .queue_declare(
                                name,
                                QueueDeclareOptions {
                                    passive: true,
                                    ..QueueDeclareOptions::default()
                                },
                                FieldTable::default(),
                            )
                            .await,
                    )
                }
            });
            // Every declare is sent before the first answer is awaited: one round trip a batch.
            let answers = join_all(declares).await;
            for (&i, answer) in chunk.iter().zip(answers) {
                match answer {
                    Some(Ok(current)) => {
                        let queue = &mut queues[i];
                        let ready = i64::from(current.message_count());
                        queue.messages_ready = Some(ready);
                        queue.consumers = Some(i64::from(current.consumer_count()));
                        queue.messages = Some(ready + queue.messages_unacknowledged.unwrap_or(0));
                    }
                    Some(Err(err)) if is_not_found(&err) => gone[i] = true,
                    _ => {}
                }
            }
        }
        session.close().await;
    }
    let mut index = 0;
    queues.retain(|_| {
        index += 1;
        !gone[index - 1]
    });
}

fn is_not_found(err: &lapin::Error) -> bool {
    matches!(
        err.kind(),
        lapin::ErrorKind::ProtocolError(e)
            if matches!(e.kind(), lapin::protocol::AMQPErrorKind::Soft(lapin::protocol::AMQPSoftError::NOTFOUND))
    )
}

/// A 404 on a vhost-scoped listing means the vhost is missing.
pub fn vhost_context(err: Error, vhost: &str) -> Error {
    match err {
        Error::NotFound(_) => Error::NotFound(format!("vhost '{vhost}' does not exist")),
        other => other,
    }
}
