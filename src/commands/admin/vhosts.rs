//! `declare-vhost`, `delete-vhost` (which first says what the vhost holds) and the vhost
//! limits: `set-vhost-limit`, `clear-vhost-limit`, `list-vhost-limits`.

use std::io::Write;

use clap::Args;
use serde_json::{Value, json};

use super::{confirm_bulk, exists, list_at, named_missing, say};
use crate::api::Api;
use crate::commands::list::ListArgs;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::listing::columns::QUEUES;
use crate::listing::{Cell, Column, Kind, Options, Scope, queues};

#[derive(Debug, Args)]
pub struct DeclareArgs {
    /// Vhost name
    pub name: String,
    /// What the vhost is for (list-vhosts shows it)
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// A tag of the vhost; repeat for more. Given, they replace the vhost's tags; else those
    /// are kept
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    /// The type of the queues declared in it without x-queue-type [default: the broker's, classic]
    #[arg(long, value_name = "TYPE", value_parser = ["classic", "quorum", "stream"])]
    pub default_queue_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Vhost name
    pub name: String,
    /// Delete it without asking, also when it holds queues (required off a terminal then)
    #[arg(long)]
    pub yes: bool,
    /// Say what the vhost holds, delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// The limits a vhost can have, as the API names them.
const LIMIT_NAMES: [&str; 2] = ["max-connections", "max-queues"];

#[derive(Debug, Args)]
pub struct SetLimitArgs {
    /// Vhost name
    pub vhost: String,
    /// Which limit
    #[arg(value_parser = LIMIT_NAMES)]
    pub limit: String,
    /// At most this many; 0 allows none, -1 removes the limit [range: -1 to 2147483647]
    #[arg(allow_negative_numbers = true,
          value_parser = clap::value_parser!(i64).range(-1..=i64::from(i32::MAX)))]
    pub value: i64,
}

#[derive(Debug, Args)]
pub struct ClearLimitArgs {
    /// Vhost name
    pub vhost: String,
    /// Which limit [default: every limit the vhost has]
    #[arg(value_parser = LIMIT_NAMES)]
    pub limit: Option<String>,
}

pub const LIMITS: Kind = Kind {
    collection: "vhost-limits",
    scope: Scope::Suffix,
    columns: &[
        Column::new("vhost", "vhost").extra(),
        Column::new("max_connections", "value.max-connections"),
        Column::new("max_queues", "value.max-queues"),
    ],
    filter: &[crate::listing::fields::Field::new("vhost")],
    disable_stats: false,
};

fn missing_vhost(name: &str) -> String {
    format!("vhost '{name}' does not exist")
}

/// Creates the vhost, or changes only what was given of an existing one: a PUT sets every
/// field, so the others (tags, description, default queue type, tracing) go back as they were.
pub async fn declare(args: &DeclareArgs, cx: &Context) -> Result<()> {
    let api = cx.api()?;
    let mut fields = match VhostFields::get(api, &args.name).await {
        Ok(fields) => fields,
        Err(err) if err.kind() == ErrorKind::NotFound => VhostFields::default(),
        Err(err) => return Err(err),
    };
    if let Some(description) = &args.description {
        fields.description.clone_from(description);
    }
    if !args.tags.is_empty() {
        fields.tags = json!(args.tags.join(","));
    }
    if args.default_queue_type.is_some() {
        fields
            .default_queue_type
            .clone_from(&args.default_queue_type);
    }
    api.put(&["vhosts", &args.name], &fields.body()).await
}

/// A vhost's settable fields as the API shows them. A PUT sets every one (a PUT of `tracing`
/// alone wipes the description and the tags, on 3.10 and 4.3): what is not meant to change is
/// sent back as it was read.
#[derive(Debug, Default, serde::Deserialize)]
pub struct VhostFields {
    #[serde(default)]
    pub tracing: bool,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub tags: Value,
    #[serde(default)]
    pub default_queue_type: Option<String>,
}

impl VhostFields {
    pub async fn get(api: &Api, vhost: &str) -> Result<VhostFields> {
        api.get(&["vhosts", vhost], &[]).await.map_err(|err| {
            if err.kind() == ErrorKind::NotFound {
                err.with_message(missing_vhost(vhost))
            } else {
                err
            }
        })
    }

    /// The body of a PUT that leaves the vhost as these fields say.
    pub fn body(&self) -> Value {
        let mut body = json!({
            "tracing": self.tracing,
            "description": self.description,
            "tags": match &self.tags { Value::Null => json!([]), tags => tags.clone() },
        });
        // 3.x shows "undefined" where none was chosen.
        if let Some(kind) = self
            .default_queue_type
            .as_ref()
            .filter(|k| *k != "undefined")
        {
            body["default_queue_type"] = json!(kind);
        }
        body
    }
}

/// What a vhost holds, as its queues' current counts say.
struct Holdings {
    queues: usize,
    /// `None` when a queue's count is unknown.
    messages: Option<i64>,
}

impl std::fmt::Display for Holdings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} queue(s), ", self.queues)?;
        match self.messages {
            Some(count) => write!(f, "{count} message(s)"),
            None => write!(f, "messages unavailable"),
        }
    }
}

/// The vhost's queues and messages, counted as `list-queues` counts them (over AMQP, the API
/// where AMQP cannot reach a queue), on a context of that vhost's own.
async fn holdings(name: &str, cx: &Context) -> Result<Holdings> {
    let mut settings = cx.settings.clone();
    settings.vhost = name.to_owned();
    let scoped = Context::new(settings, cx.diag.clone(), "delete-vhost");
    let columns: Vec<&Column> = ["name", "messages"]
        .iter()
        .filter_map(|wanted| QUEUES.columns.iter().find(|c| c.name == *wanted))
        .collect();
    let snapshot = queues::snapshot(&Options::default(), &columns, &scoped).await;
    scoped.close().await;
    let snapshot = snapshot?;
    let messages = snapshot
        .rows
        .iter()
        .map(|row| match row.get(1) {
            Some(Cell::Int(count)) => Some(*count),
            _ => None,
        })
        .sum();
    Ok(Holdings {
        queues: snapshot.rows.len(),
        messages,
    })
}

pub async fn delete(args: &DeleteArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let name = args.name.as_str();
    if !exists(cx, &["vhosts", name]).await? {
        return Err(Error::not_found(missing_vhost(name)));
    }
    let held = holdings(name, cx).await?;
    if args.dry_run {
        return say(out, format_args!("would delete vhost {name}: {held}"));
    }
    if held.queues > 0 && !args.yes {
        confirm_bulk(
            &format!("delete vhost '{name}' and its {held}"),
            "delete-vhost",
        )?;
    }
    cx.api()?
        .delete(&["vhosts", name], &[])
        .await
        .map_err(|e| named_missing(e, &missing_vhost(name)))?;
    say(out, format_args!("deleted vhost {name}: {held}"))
}

pub async fn set_limit(args: &SetLimitArgs, cx: &Context) -> Result<()> {
    let vhost = args.vhost.as_str();
    cx.api()?
        .put(
            &["vhost-limits", vhost, &args.limit],
            &json!({ "value": args.value }),
        )
        .await
        .map_err(|e| named_missing(e, &missing_vhost(vhost)))
}

pub async fn clear_limit(args: &ClearLimitArgs, cx: &Context) -> Result<()> {
    let vhost = args.vhost.as_str();
    if !exists(cx, &["vhosts", vhost]).await? {
        return Err(Error::not_found(missing_vhost(vhost)));
    }
    let limits: Vec<&str> = match &args.limit {
        Some(limit) => vec![limit.as_str()],
        None => LIMIT_NAMES.to_vec(),
    };
    let set: Vec<LimitEntry> = cx.api()?.get(&["vhost-limits", vhost], &[]).await?;
    let mut cleared = 0;
    for limit in limits {
        if !set.iter().any(|entry| entry.value.get(limit).is_some()) {
            continue;
        }
        cx.api()?
            .delete(&["vhost-limits", vhost, limit], &[])
            .await?;
        cleared += 1;
    }
    match (&args.limit, cleared) {
        (Some(limit), 0) => Err(Error::not_found(format!(
            "vhost '{vhost}' has no {limit} limit"
        ))),
        _ => Ok(()),
    }
}

#[derive(serde::Deserialize)]
struct LimitEntry {
    #[serde(default)]
    value: serde_json::Map<String, serde_json::Value>,
}

pub async fn list_limits(args: &ListArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let options = args.options();
    let vhost = cx.settings.vhost.as_str();
    let path = LIMITS.path(vhost, options.all_vhosts);
    list_at(&LIMITS, &path, &options, &missing_vhost(vhost), cx, out).await
}
