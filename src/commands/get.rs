//! `get`: takes messages one at a time with basic.get and prints them as `consume` does, each
//! acked once its output is flushed (or all put back with `--requeue`).

use std::io::Write;

use clap::Args;
use lapin::options::{BasicAckOptions, BasicGetOptions, BasicNackOptions};

use crate::amqp::amqp_error;
use crate::context::Context;
use crate::envelope::MessageView;
use crate::error::{Error, Result};
use crate::output::message::{MessageFormat, MessageWriter};
use crate::values::short;

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Queue to take messages from
    pub queue: String,
    /// Take up to N messages (fewer when the queue runs out) [range: 1 to 2^64-1]
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    pub count: u64,
    /// Put the messages back in the queue after printing them (they come back marked redelivered)
    #[arg(long)]
    pub requeue: bool,
    /// Output: text (the body) or json (one object a line with properties and headers)
    #[arg(long, value_enum, default_value_t = MessageFormat::Text)]
    pub format: MessageFormat,
    /// Format each message: {body} {routing_key} {exchange} {redelivered} {header.NAME} {property.NAME}
    #[arg(long, value_name = "TEMPLATE", conflicts_with = "format")]
    pub template: Option<String>,
}

/// Exit 2 (`QueueEmpty`) when the queue had nothing at the first get, as amqp-get does.
pub async fn run(args: &GetArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let writer = MessageWriter::new(args.format, args.template.as_deref())?;
    let queue = short(&args.queue, "queue name")?;
    let what = format!("cannot get messages from queue '{}'", args.queue);
    let session = cx.session().await?;
    async {
        let channel = session.channel().await?;
        let mut taken = 0u64;
        let mut last = None;
        while taken < args.count {
            let got = channel
                .basic_get(queue.clone(), BasicGetOptions { no_ack: false })
                .await
                .map_err(|e| amqp_error(e, &what))?;
            let Some(message) = got else {
                break;
            };
            writer.write(out, &MessageView::from(&message.delivery))?;
            out.flush().map_err(Error::output)?;
            taken += 1;
            if !args.requeue {
                message
                    .delivery
                    .acker
                    .ack(BasicAckOptions::default())
                    .await
                    .map_err(|e| amqp_error(e, &what))?;
            }
            last = Some(message.delivery);
        }
        // Held back until the end: requeued at once, a message would be got again.
        if let (true, Some(last)) = (args.requeue, last) {
            last.acker
                .nack(BasicNackOptions {
                    multiple: true,
                    requeue: true,
                })
                .await
                .map_err(|e| amqp_error(e, &what))?;
        }
        if taken == 0 {
            return Err(Error::queue_empty(&args.queue));
        }
        Ok(())
    }
    .await
}
