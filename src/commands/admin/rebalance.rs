//! `rebalance-queues`: asks the broker (the management API's `POST /api/rebalance/queues`) to
//! move queue leaders so that each running node leads about as many, and says what it answered.
//!
//! The broker starts the work and answers at once, before anything has moved: the report says
//! so and how to see where the leaders are, rather than a result mq does not have.

use std::io::Write;

use serde_json::json;

use super::say;
use crate::context::Context;
use crate::error::{Kind as ErrorKind, Result};

pub async fn run(cx: &Context, out: &mut dyn Write) -> Result<()> {
    let api = cx.api()?;
    api.post(&["rebalance", "queues"], &json!({}))
        .await
        .map_err(|e| {
            if e.kind() == ErrorKind::NotFound {
                e.with_message("this broker's management API cannot rebalance queues")
            } else {
                e
            }
        })?;
    say(
        out,
        "rebalancing started: the broker moves queue leaders in the background until each \
         running node leads about as many",
    )?;
    cx.diag.note(format_args!(
        "list-queues --all-vhosts --columns name,leader,online shows where the leaders are"
    ));
    Ok(())
}
