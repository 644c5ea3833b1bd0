//! `consume --exec`: one command per message, the body on its standard input, the message
//! settled by how the command ended; a stop signal is handed on to the command, which is
//! waited for (bounded) before its message is settled.

use std::process::{ExitStatus, Stdio};
use std::time::Duration;

use lapin::message::Delivery;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::limit::DeliveryLimit;
use crate::amqp::{Session, Settlement};
use crate::diag::Diag;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::stop::Stop;

/// How long an --exec command is given to end after a stop signal was handed on to it.
const EXEC_GRACE: Duration = Duration::from_secs(5);

/// `--exec CMD` for the messages of one queue.
pub(super) struct Exec<'a> {
    pub command: &'a str,
    pub queue: &'a str,
    pub diag: &'a Diag,
    pub limit: DeliveryLimit,
}

impl Exec<'_> {
    /// Runs the command for one message and settles that message alone: ack when the
    /// command exited 0, reject with requeue otherwise. Returns whether the command succeeded.
    pub async fn one(&self, session: &Session, stop: &Stop, delivery: &Delivery) -> Result<bool> {
        let status = run_command(self.command, delivery, stop, None)
            .await
            .map(|(status, _)| status);
        let ok = matches!(&status, Ok(status) if status.success());
        let how = if ok {
            Settlement::Ack
        } else {
            self.limit.requeuing(delivery, self.diag);
            Settlement::Retry
        };
        let context = format!("cannot acknowledge messages of queue '{}'", self.queue);
        session
            .settle(&delivery.acker, how, false, &context)
            .await?;
        match status {
            Ok(status) => {
                if !ok {
                    self.diag.note(format_args!(
                        "--exec command {status}; the message was requeued"
                    ));
                }
                Ok(ok)
            }
            Err(err) => Err(Error::new(
                ErrorKind::Io,
                format!("cannot run the --exec command with sh: {err} (the message was requeued)"),
            )
            .with_source(err)),
        }
    }
}

/// Runs `command` with sh for one message, its body on stdin; with `capture`, what the command
/// writes to stdout is kept (up to that many bytes) and returned (`reply --exec`), otherwise
/// stdout is mq's own.
pub(crate) async fn run_command(
    command: &str,
    delivery: &Delivery,
    stop: &Stop,
    capture: Option<u64>,
) -> std::io::Result<(ExitStatus, Vec<u8>)> {
    let stdout = match capture {
        Some(_) => Stdio::piped(),
        None => Stdio::inherit(),
    };
    let mut child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(command)
        .env("MQ_EXCHANGE", delivery.exchange.as_str())
        .env("MQ_ROUTING_KEY", delivery.routing_key.as_str())
        .env("MQ_REDELIVERED", delivery.redelivered.to_string())
        .stdin(Stdio::piped())
        .stdout(stdout)
        // A group of its own, so that a stop signal reaches the shell and what it started.
        .process_group(0)
        .kill_on_drop(true)
        .spawn()?;
    let group = child.id().and_then(|id| i32::try_from(id).ok());
    let stdin = child.stdin.take();
    let feed = async move {
        if let Some(mut stdin) = stdin {
            // A command that does not read its input closes the pipe early: that is its choice.
            let _ = stdin.write_all(&delivery.data).await;
        }
    };
    let output = child.stdout.take();
    let read = async move {
        let mut kept = Vec::new();
        if let (Some(output), Some(limit)) = (output, capture) {
            // Kept up to the limit, then read to its end and dropped: a command must not block
            // on a full pipe.
            let mut output = output.take(limit);
            let _ = output.read_to_end(&mut kept).await;
            let _ = tokio::io::copy(&mut output.into_inner(), &mut tokio::io::sink()).await;
        }
        kept
    };
    let run = async {
        let (_, kept, status) = tokio::join!(feed, read, child.wait());
        status.map(|status| (status, kept))
    };
    let signalled = tokio::select! {
        status = run => return status,
        _ = stop.raised() => stop.signal().unwrap_or(libc::SIGTERM),
    };
    // Handed on, then waited for a while; the message is settled by how the command ended.
    if let Some(group) = group {
        // SAFETY: kill(2) with a negative pid signals that process group; no memory involved.
        unsafe { libc::kill(-group, signalled) };
    }
    let status = match tokio::time::timeout(EXEC_GRACE, child.wait()).await {
        Ok(status) => status,
        Err(_) => {
            let _ = child.kill().await;
            child.wait().await
        }
    };
    // Stopped: what the command wrote is not an answer.
    status.map(|status| (status, Vec::new()))
}
