//! `get`: takes messages one at a time with basic.get and prints them as `consume` does, each
//! acked once its output is delivered (flushed; into a pipe: taken by the reader), or all put
//! back with `--requeue`.

use std::io::Write;

use clap::Args;
use lapin::options::BasicGetOptions;

use crate::amqp::{Session, Settlement, amqp_error};
use crate::context::Context;
use crate::envelope::MessageView;
use crate::error::{Error, Result};
use crate::filter::Filter;
use crate::output::message::{MessageFormat, MessageWriter};
use crate::output::pipe::{Sink, Unsettled};
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
    #[arg(long, value_name = "EXPR", help = concat!(
        "Print (and take) only the messages that match, up to --count, looking through the \
         queue until it runs out; the others are put back unprinted at the end, where they \
         were: ",
        crate::filter::fields_help!()
    ))]
    pub filter: Option<String>,
}

/// Exit 2 (`QueueEmpty`) when the queue had nothing at the first get, as amqp-get does.
pub async fn run(args: &GetArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let writer = MessageWriter::new(args.format, args.template.as_deref())?;
    let filter = args.filter.as_deref().map(Filter::compile).transpose()?;
    let queue = short(&args.queue, "queue name")?;
    let what = format!("cannot get messages from queue '{}'", args.queue);
    let session = cx.session().await?;
    let stop = cx.stop().clone();
    let channel = session.channel().await?;
    let mut sink = Sink::stdout(out);
    // Printed, not yet acked (all of them with --requeue): (sequence number, acker).
    let mut unsettled = Unsettled::default();
    // Not matching --filter: held (unacked, so not got again) until the end, then put back.
    let mut unmatched = Vec::new();
    let mut got = 0u64;
    let taking = async {
        while got < args.count && !stop.is_raised() {
            let answer = channel
                .basic_get(queue.clone(), BasicGetOptions { no_ack: false })
                .await
                .map_err(|e| amqp_error(e, &what))?;
            let Some(message) = answer else {
                break;
            };
            let view = MessageView::from(&message.delivery);
            if filter.as_ref().is_some_and(|f| !f.matches(&view)) {
                unmatched.push(message.delivery.acker.clone());
                continue;
            }
            let seq = sink.write(&writer, &MessageView::from(&message.delivery))?;
            got += 1;
            unsettled.push(seq, message.delivery.acker.clone());
            sink.flush()?;
            if !args.requeue {
                let one_by_one = !unmatched.is_empty();
                ack_through(session, &mut unsettled, sink.taken(), one_by_one, &what).await?;
            }
        }
        Ok(())
    }
    .await;
    // Whatever ended the run, what the reader took is acked and the rest goes back.
    let taken = sink.finish(&stop).await;
    if !args.requeue {
        let one_by_one = !unmatched.is_empty();
        ack_through(session, &mut unsettled, taken, one_by_one, &what).await?;
    }
    for acker in &unmatched {
        session
            .settle(acker, Settlement::Requeue, false, &what)
            .await?;
    }
    if let Some(filter) = &filter {
        filter.report(&cx.diag);
    }
    // Held back until the end: requeued at once, a message would be got again.
    let returned = unsettled.len();
    if let Some(last) = unsettled.all() {
        session
            .settle(&last, Settlement::Requeue, true, &what)
            .await?;
    }
    // Said when the reader left something behind: what it took and what went back.
    if sink.is_pipe() && !args.requeue && returned > 0 {
        cx.diag.note(format_args!(
            "{} message(s) taken by the reader of the pipe and acked, {returned} put back in queue '{}'",
            got - returned,
            args.queue
        ));
    }
    taking?;
    if stop.is_raised() {
        return Err(stop.error());
    }
    if got == 0 && !unmatched.is_empty() {
        return Err(Error::queue_empty(&args.queue).with_message(format!(
            "no message of queue '{}' matched --filter ({} looked at and put back)",
            args.queue,
            unmatched.len()
        )));
    }
    if got == 0 {
        return Err(Error::queue_empty(&args.queue));
    }
    Ok(())
}

/// Acks the messages up to sequence number `taken`: in one frame, or `one_by_one` while
/// messages not to be acked are held (a `multiple` ack would take them too).
async fn ack_through(
    session: &Session,
    unsettled: &mut Unsettled,
    taken: u64,
    one_by_one: bool,
    what: &str,
) -> Result<()> {
    if one_by_one {
        for acker in unsettled.each_through(taken) {
            session.settle(&acker, Settlement::Ack, false, what).await?;
        }
    } else if let Some(acker) = unsettled.through(taken) {
        session.settle(&acker, Settlement::Ack, true, what).await?;
    }
    Ok(())
}
