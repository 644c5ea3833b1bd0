//! `close-connection`: by name, or every connection of a user or whose name matches a regex
//! (asked first, `--yes`/`--dry-run`), with the reason the clients are told. And the name `mq`
//! gives its own connections, `mq consume odds`, so that an operator can tell them apart.

use std::io::Write;

use clap::{ArgMatches, Args};
use regex::Regex;
use serde::Deserialize;

use super::{confirm_bulk, say};
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::listing::stats_disabled;

#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("which").required(true).multiple(true)
    .args(["names", "of", "filter"]))]
pub struct CloseArgs {
    /// Connection name, as list-connections shows it ("127.0.0.1:50000 -> 127.0.0.1:5672")
    #[arg(value_name = "NAME", conflicts_with_all = ["of", "filter"])]
    pub names: Vec<String>,
    /// Every connection of this user (in the vhost, or every vhost with --all-vhosts)
    #[arg(long, value_name = "USER")]
    pub of: Option<String>,
    /// Every connection whose name matches REGEX (with --of: of those, the matching ones)
    #[arg(long, value_name = "REGEX", value_parser = parse_regex)]
    pub filter: Option<Regex>,
    /// With --of or --filter: the connections of every vhost
    #[arg(long)]
    pub all_vhosts: bool,
    /// What the clients are told [default: "closed by an operator (mq close-connection)"]
    #[arg(long, value_name = "TEXT", value_parser = parse_reason)]
    pub reason: Option<String>,
    /// With --of or --filter: close them without asking (required off a terminal)
    #[arg(long)]
    pub yes: bool,
    /// Print which connections would be closed, close none
    #[arg(long)]
    pub dry_run: bool,
}

fn parse_regex(input: &str) -> Result<Regex, String> {
    Regex::new(input).map_err(|e| format!("invalid regex: {e}"))
}

/// The reason travels in an HTTP header: printable ASCII, as long as a connection.close's
/// reply text may be.
fn parse_reason(input: &str) -> Result<String, String> {
    if input.len() > 255 {
        return Err(format!(
            "the reason is {} bytes long; at most 255",
            input.len()
        ));
    }
    if !input.bytes().all(|b| b == b' ' || b.is_ascii_graphic()) {
        return Err("the reason must be printable ASCII".to_owned());
    }
    Ok(input.to_owned())
}

const DEFAULT_REASON: &str = "closed by an operator (mq close-connection)";

#[derive(Debug, Deserialize)]
struct ApiConnection {
    #[serde(default)]
    name: String,
    #[serde(default)]
    user: String,
}

/// The connections `--of` and `--filter` select, from the management API's listing.
async fn selected(args: &CloseArgs, cx: &Context) -> Result<Vec<String>> {
    let api = cx.api()?;
    if stats_disabled(api).await {
        return Err(Error::unavailable(
            "the node keeps no management statistics (management_agent.disable_metrics_collector \
             = true), so the management API cannot list the connections --of and --filter choose \
             from",
            None,
        )
        .with_hint(
            "close them by name: rabbitmqctl list_connections name user on the node lists them",
        ));
    }
    let vhost = cx.settings.vhost.as_str();
    let path: Vec<&str> = if args.all_vhosts {
        vec!["connections"]
    } else {
        vec!["vhosts", vhost, "connections"]
    };
    let connections: Vec<ApiConnection> = api
        .get(&path, &[("columns", "name,user")])
        .await
        .map_err(|e| super::named_missing(e, &format!("vhost '{vhost}' does not exist")))?;
    Ok(connections
        .into_iter()
        .filter(|c| args.of.as_ref().is_none_or(|user| c.user == *user))
        .filter(|c| args.filter.as_ref().is_none_or(|re| re.is_match(&c.name)))
        .map(|c| c.name)
        .collect())
}

pub async fn close(args: &CloseArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let bulk = args.names.is_empty();
    let names = if bulk {
        selected(args, cx).await?
    } else {
        args.names.clone()
    };
    if args.dry_run {
        for name in &names {
            say(out, format_args!("would close connection {name}"))?;
        }
        return Ok(());
    }
    if bulk && names.is_empty() {
        cx.diag.note("no connection matches: none closed");
        return Ok(());
    }
    if bulk && !args.yes {
        confirm_bulk(
            &format!("close {} connection(s)", names.len()),
            "close-connection",
        )?;
    }
    let reason = args.reason.as_deref().unwrap_or(DEFAULT_REASON);
    let api = cx.api()?;
    let mut failed = Vec::new();
    for name in &names {
        match api.delete_because(&["connections", name], reason).await {
            Ok(()) => say(out, format_args!("closed connection {name}"))?,
            Err(err) if err.kind() == ErrorKind::NotFound && names.len() == 1 => {
                return Err(err.with_message(format!("no connection named '{name}'")));
            }
            Err(err) => {
                let err = if err.kind() == ErrorKind::NotFound {
                    err.with_message(format!("no connection named '{name}'"))
                } else {
                    err
                };
                cx.diag.warn(&err);
                failed.push(name.clone());
            }
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Error::partial(format!(
            "{} of {} connection(s) not closed: {}",
            failed.len(),
            names.len(),
            failed.join(", ")
        )))
    }
}

/// What this run is called in its connection name (`Context` puts `mq ` before it): the
/// command and the queue, name, exchange or routing key it works on (`consume odds`), so that
/// list-connections tells mq's connections apart; never a message body.
pub fn connection_name(matches: &ArgMatches) -> String {
    let Some((command, sub)) = matches.subcommand() else {
        return String::new();
    };
    let object = ["queue", "name", "exchange", "routing_key"]
        .iter()
        .find_map(|id| sub.try_get_one::<String>(id).ok().flatten());
    match object {
        Some(object) => format!("{command} {object}"),
        None => command.to_owned(),
    }
}
