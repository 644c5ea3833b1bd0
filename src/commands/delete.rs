//! `delete-exchange`, `delete-queue` and `purge`, over AMQP. Deleting something that does not
//! exist is an error (66) here, although the broker itself shrugs it off.

use std::io::Write;

use clap::Args;
use lapin::options::{
    ExchangeDeclareOptions, ExchangeDeleteOptions, QueueDeclareOptions, QueueDeleteOptions,
    QueuePurgeOptions,
};
use lapin::types::FieldTable;
use lapin::{Channel, ExchangeKind};

use crate::amqp::amqp_error;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::output::{Removal, write_removal};
use crate::values::short;

#[derive(Debug, Args)]
pub struct DeleteExchangeArgs {
    /// Exchange name
    pub name: String,
    /// Only if no queue or exchange is bound to it (else exit 65)
    #[arg(long)]
    pub if_unused: bool,
}

#[derive(Debug, Args)]
pub struct DeleteQueueArgs {
    /// Queue name
    pub name: String,
    /// Only if it holds no messages (else exit 65)
    #[arg(long)]
    pub if_empty: bool,
    /// Only if it has no consumers (else exit 65)
    #[arg(long)]
    pub if_unused: bool,
}

#[derive(Debug, Args)]
pub struct PurgeArgs {
    /// Queue name
    pub queue: String,
}

pub async fn delete_exchange(args: &DeleteExchangeArgs, cx: &Context) -> Result<()> {
    if args.name.is_empty() {
        return Err(Error::usage(
            "the default exchange (\"\") cannot be deleted",
        ));
    }
    let name = short(&args.name, "exchange name")?;
    let session = cx.session().await?;
    let channel = session.channel().await?;
    let what = format!("cannot delete exchange '{}'", args.name);
    check_exchange(&channel, &args.name, &what).await?;
    channel
        .exchange_delete(
            name,
            ExchangeDeleteOptions {
                if_unused: args.if_unused,
                ..ExchangeDeleteOptions::default()
            },
        )
        .await
        .map_err(|e| {
            amqp_error(
                e,
                &format!("cannot delete exchange '{}'{}", args.name, {
                    if args.if_unused { " (--if-unused)" } else { "" }
                }),
            )
        })
}

/// Prints how many messages were deleted with the queue (a sentence on a terminal).
pub async fn delete_queue(args: &DeleteQueueArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let name = short(&args.name, "queue name")?;
    let what = format!("cannot delete queue '{}'", args.name);
    let count = {
        let session = cx.session().await?;
        let channel = session.channel().await?;
        check_queue(&channel, &args.name, &what).await?;
        channel
            .queue_delete(
                name,
                QueueDeleteOptions {
                    if_unused: args.if_unused,
                    if_empty: args.if_empty,
                    ..QueueDeleteOptions::default()
                },
            )
            .await
            .map_err(|e| amqp_error(e, &what))
    }?;
    write_removal(
        out,
        Removal::Deleted {
            queue: &args.name,
            messages: count,
        },
    )
}

/// Prints how many messages were purged (a sentence on a terminal).
pub async fn purge(args: &PurgeArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let name = short(&args.queue, "queue name")?;
    let what = format!("cannot purge queue '{}'", args.queue);
    let count = {
        let session = cx.session().await?;
        let channel = session.channel().await?;
        channel
            .queue_purge(name, QueuePurgeOptions::default())
            .await
            .map_err(|e| amqp_error(e, &what))
    }?;
    write_removal(
        out,
        Removal::Purged {
            queue: &args.queue,
            messages: count,
        },
    )
}

/// A passive declare: NOT_FOUND (66) when the exchange does not exist.
pub(crate) async fn check_exchange(channel: &Channel, name: &str, what: &str) -> Result<()> {
    channel
        .exchange_declare(
            short(name, "exchange name")?,
            ExchangeKind::Direct,
            ExchangeDeclareOptions {
                passive: true,
                ..ExchangeDeclareOptions::default()
            },
            FieldTable::default(),
        )
        .await
        .map_err(|e| amqp_error(e, what))
}

/// A passive declare: NOT_FOUND (66) when the queue does not exist.
pub(crate) async fn check_queue(channel: &Channel, name: &str, what: &str) -> Result<()> {
    channel
        .queue_declare(
            short(name, "queue name")?,
            QueueDeclareOptions {
                passive: true,
                ..QueueDeclareOptions::default()
            },
            FieldTable::default(),
        )
        .await
        .map(|_| ())
        .map_err(|e| amqp_error(e, what))
}
