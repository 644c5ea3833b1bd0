//! `reset`: `rabbitmqctl stop_app; reset; start_app` at the scope of one vhost — every queue and
//! every exchange but the default and `amq.*` ones is deleted, each named as it goes.

use std::io::Write;

use clap::Args;
use lapin::options::{ExchangeDeleteOptions, QueueDeleteOptions};

use crate::amqp::amqp_error;
use crate::commands::admin::confirm;
use crate::commands::delete::{check_exchange, check_queue};
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::listing::{fetch_exchanges, fetch_queues};
use crate::values::short;

#[derive(Debug, Args)]
pub struct ResetArgs {
    /// Do it without asking (required when standard input is not a terminal)
    #[arg(long)]
    pub yes: bool,
    /// Print what would be deleted, delete nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// Exchanges every vhost has and that reset keeps.
pub fn is_builtin_exchange(name: &str) -> bool {
    name.is_empty() || name.starts_with("amq.")
}

pub async fn run(args: &ResetArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let vhost = cx.settings.vhost.clone();
    let queues: Vec<String> = fetch_queues(cx)
        .await?
        .into_iter()
        .map(|q| q.name)
        .collect();
    let exchanges: Vec<String> = fetch_exchanges(cx)
        .await?
        .into_iter()
        .map(|e| e.name)
        .filter(|name| !is_builtin_exchange(name))
        .collect();

    if args.dry_run {
        for name in &queues {
            writeln!(out, "would delete queue {name}").map_err(Error::output)?;
        }
        for name in &exchanges {
            writeln!(out, "would delete exchange {name}").map_err(Error::output)?;
        }
        return Ok(());
    }
    if queues.is_empty() && exchanges.is_empty() {
        return Ok(());
    }
    if !args.yes {
        let (queues, exchanges) = (queues.len(), exchanges.len());
        confirm(
            &format!("delete {queues} queue(s) and {exchanges} exchange(s) of vhost '{vhost}'"),
            format!(
                "reset deletes {queues} queue(s) and {exchanges} exchange(s) of vhost '{vhost}': \
                 give --yes to do it, or --dry-run to see them"
            ),
            "reset cancelled; nothing was deleted".to_owned(),
        )?;
    }

    let api = cx.api()?;
    let mut failures = Vec::new();
    for (kind, names) in [("queue", &queues), ("exchange", &exchanges)] {
        let collection = if kind == "queue" {
            "queues"
        } else {
            "exchanges"
        };
        for name in names {
            let deleted = if api_addressable(name) {
                api.delete(&[collection, &vhost, name], &[]).await
            } else {
                delete_over_amqp(cx, kind, name).await
            };
            match deleted {
                Ok(()) => writeln!(out, "deleted {kind} {name}").map_err(Error::output)?,
                // Gone already (auto-delete, or someone else): not deleted by reset, so not
                // reported as deleted; what reset wanted all the same.
                Err(err) if err.kind() == ErrorKind::NotFound => {
                    cx.diag
                        .note(format_args!("{kind} '{name}' was already gone"));
                }
                Err(err) => {
                    cx.diag
                        .warn(format_args!("cannot delete {kind} '{name}': {err}"));
                    failures.push(name.clone());
                }
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(Error::partial(format!(
            "{} object(s) of vhost '{vhost}' could not be deleted: {}",
            failures.len(),
            failures.join(", ")
        )))
    }
}

/// The API takes `.` and `..` for path steps whatever their encoding: those names can be
/// deleted only over AMQP. Every other name goes to the API, which can delete what AMQP cannot
/// (another connection's exclusive queue).
fn api_addressable(name: &str) -> bool {
    !matches!(name, "." | "..")
}

/// A passive declare first, so that an object already gone is NOT_FOUND (66) as it is on the
/// API, not a silent success of queue.delete; each step on a fresh channel, since an error
/// closes the one it happened on.
async fn delete_over_amqp(cx: &Context, kind: &str, name: &str) -> Result<()> {
    let session = cx.session().await?;
    let amqp_name = short(name, "name")?;
    let what = format!("cannot delete {kind} '{name}'");
    let channel = session.channel().await?;
    if kind == "queue" {
        check_queue(&channel, name, &what).await?;
        channel
            .queue_delete(amqp_name, QueueDeleteOptions::default())
            .await
            .map_err(|e| amqp_error(e, &what))?;
    } else {
        check_exchange(&channel, name, &what).await?;
        channel
            .exchange_delete(amqp_name, ExchangeDeleteOptions::default())
            .await
            .map_err(|e| amqp_error(e, &what))?;
    }
    let _ = channel.close(200, "mq done".into()).await;
    Ok(())
}
