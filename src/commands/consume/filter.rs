//! consume's `--filter`: a consumer cannot leave a message where it is, so one that does not
//! match is put back in the queue at once (`--requeue-unmatched`), where the broker delivers it
//! again, to this consumer or another; without that flag a filter is refused. A message put
//! back goes to the head of the queue: when the first --prefetch messages all fail to match,
//! the consumer is sent only them, over and over (get and move look at each message once).

use lapin::message::Delivery;

use crate::amqp::{Session, Settlement};
use crate::envelope::MessageView;
use crate::error::{Error, Result};
use crate::filter::Filter;

/// The compiled `--filter`, or the reason it cannot be used as asked.
pub(super) fn compile(filter: Option<&str>, requeue_unmatched: bool) -> Result<Option<Filter>> {
    let Some(code) = filter else {
        return Ok(None);
    };
    if !requeue_unmatched {
        return Err(Error::usage(
            "consume --filter needs --requeue-unmatched: a consumer cannot leave a message in \
             the queue, so each one that does not match would be put back and delivered again, \
             over and over, while consume runs",
        )
        .with_hint(
            "mq get --filter and mq move --filter look at each message once and leave the others \
             where they are; add --requeue-unmatched to consume anyway",
        ));
    }
    Filter::compile(code).map(Some)
}

/// Puts `delivery` back in the queue when it does not match; true when it did so.
pub(super) async fn put_back(
    filter: Option<&Filter>,
    session: &Session,
    delivery: &Delivery,
    queue: &str,
) -> Result<bool> {
    match filter {
        Some(filter) if !filter.matches(&MessageView::from(delivery)) => {
            let context = format!("cannot requeue messages of queue '{queue}'");
            session
                .settle(&delivery.acker, Settlement::Requeue, false, &context)
                .await?;
            Ok(true)
        }
        _ => Ok(false),
    }
}
