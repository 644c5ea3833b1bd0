//! The broker's nodes and features: `list-nodes` (running, uptime, memory and disk against
//! their limits, file descriptors, alarms, partitions), `list-feature-flags`,
//! `enable-feature-flag NAME|--all` and `list-deprecated-features [--used]`.

use std::io::Write;

use clap::Args;
use serde::Deserialize;
use serde_json::json;

use super::{list_at, say};
use crate::commands::list::OutputArgs;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::listing::fields::Field;
use crate::listing::{Column, Kind, Scope, stats_disabled};

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true).args(["name", "all"]))]
pub struct EnableFlagArgs {
    /// Feature flag name, as list-feature-flags shows it
    pub name: Option<String>,
    /// Every stable flag not enabled yet (what an upgrade asks for before the next one)
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct DeprecatedArgs {
    #[command(flatten)]
    pub output: OutputArgs,
    /// Only the features something on the broker uses now
    #[arg(long)]
    pub used: bool,
}

const BY_NAME: &[Field] = &[Field::new("name")];

pub const NODES: Kind = Kind {
    collection: "nodes",
    scope: Scope::Broker,
    columns: &[
        Column::new("name", "name"),
        Column::new("running", "running"),
        Column::new("uptime", "uptime").note("milliseconds"),
        Column::new("mem_used", "mem_used"),
        Column::new("mem_limit", "mem_limit"),
        Column::new("mem_alarm", "mem_alarm"),
        Column::new("disk_free", "disk_free"),
        Column::new("disk_free_limit", "disk_free_limit"),
        Column::new("disk_free_alarm", "disk_free_alarm"),
        Column::new("fd_used", "fd_used"),
        Column::new("fd_total", "fd_total"),
        Column::new("partitions", "partitions"),
        Column::new("type", "type").extra(),
        Column::new("sockets_used", "sockets_used").extra(),
        Column::new("sockets_total", "sockets_total").extra(),
        Column::new("proc_used", "proc_used").extra(),
        Column::new("proc_total", "proc_total").extra(),
        Column::new("run_queue", "run_queue").extra(),
        Column::new("processors", "processors").extra(),
        Column::new("os_pid", "os_pid").extra(),
    ],
    filter: BY_NAME,
    disable_stats: false,
};

pub const FEATURE_FLAGS: Kind = Kind {
    collection: "feature-flags",
    scope: Scope::Broker,
    columns: &[
        Column::new("name", "name"),
        Column::new("state", "state"),
        Column::new("stability", "stability"),
        Column::new("provided_by", "provided_by"),
        Column::new("desc", "desc").extra(),
        Column::new("doc_url", "doc_url").extra(),
    ],
    filter: BY_NAME,
    disable_stats: false,
};

pub const DEPRECATED_FEATURES: Kind = Kind {
    collection: "deprecated-features",
    scope: Scope::Broker,
    columns: &[
        Column::new("name", "name"),
        Column::new("deprecation_phase", "deprecation_phase"),
        Column::new("state", "state"),
        Column::new("provided_by", "provided_by"),
        Column::new("desc", "desc").extra(),
        Column::new("doc_url", "doc_url").extra(),
    ],
    filter: BY_NAME,
    disable_stats: false,
};

pub async fn list_nodes(args: &OutputArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    if stats_disabled(cx.api()?).await {
        // Said, so that the empty cells are not taken for zeros.
        cx.diag.note(
            "the node keeps no management statistics (management_agent.disable_metrics_collector \
             = true): memory, disk, file descriptors, alarms and partitions are unknown and left \
             empty; rabbitmq-diagnostics status on the node has them",
        );
    }
    list_at(&NODES, &["nodes"], &args.options(false), "", cx, out).await
}

pub async fn list_flags(args: &OutputArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    list_at(
        &FEATURE_FLAGS,
        &["feature-flags"],
        &args.options(false),
        "",
        cx,
        out,
    )
    .await
}

#[derive(Debug, Deserialize)]
struct Flag {
    #[serde(default)]
    name: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    stability: String,
}

pub async fn enable_flag(args: &EnableFlagArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let api = cx.api()?;
    let flags: Vec<Flag> = api.get(&["feature-flags"], &[]).await?;
    let wanted: Vec<&Flag> = match &args.name {
        Some(name) => {
            let flag = flags.iter().find(|f| f.name == *name).ok_or_else(|| {
                Error::not_found(format!("no feature flag named '{name}'"))
                    .with_hint("list-feature-flags lists them")
            })?;
            if flag.state == "enabled" {
                cx.diag
                    .note(format_args!("feature flag {name} is enabled already"));
                return Ok(());
            }
            vec![flag]
        }
        None => flags
            .iter()
            .filter(|f| f.state == "disabled" && f.stability == "stable")
            .collect(),
    };
    for flag in wanted {
        api.put(&["feature-flags", &flag.name, "enable"], &json!({}))
            .await
            .map_err(|e| {
                let message = format!("cannot enable feature flag '{}': {e}", flag.name);
                e.with_message(message)
            })?;
        say(out, format_args!("enabled feature flag {}", flag.name))?;
    }
    Ok(())
}

pub async fn list_deprecated(
    args: &DeprecatedArgs,
    cx: &Context,
    out: &mut dyn Write,
) -> Result<()> {
    let mut path = vec!["deprecated-features"];
    if args.used {
        path.push("used");
    }
    list_at(
        &DEPRECATED_FEATURES,
        &path,
        &args.output.options(false),
        "",
        cx,
        out,
    )
    .await
    .map_err(|e| {
        if e.kind() == ErrorKind::NotFound {
            Error::unavailable(
                "this broker's management API knows no deprecated features (RabbitMQ 3.13 \
                     and later list them)",
                None,
            )
            .with_source(e)
        } else {
            e
        }
    })
}
