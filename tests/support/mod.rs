//! Helpers the AMQP surface tests share: running `mq` for its exit code and both streams,
//! waiting for broker state, and reading messages back with lapin itself.
#![allow(dead_code)]

use std::process::Output;
use std::time::{Duration, Instant};

use lapin::options::{BasicAckOptions, BasicGetOptions};
use lapin::{BasicProperties, Connection, ConnectionProperties};

use crate::common::{TestVhost, broker_url};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(vhost: &TestVhost, args: &[&str]) -> Run {
    let output = vhost.mq().args(args).output().expect("run mq");
    from_output(output)
}

pub fn run_with_stdin(vhost: &TestVhost, args: &[&str], stdin: &[u8]) -> Run {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = vhost
        .mq()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mq");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    from_output(child.wait_with_output().expect("mq output"))
}

pub fn from_output(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Asserts the exit code, showing stderr when it differs.
pub fn expect_code(vhost: &TestVhost, args: &[&str], code: i32) -> Run {
    let run = run(vhost, args);
    assert_eq!(
        run.code, code,
        "mq {args:?}: stdout {:?} stderr {:?}",
        run.stdout, run.stderr
    );
    run
}

/// The queue's current ready count, as list-queues reports it.
pub fn ready(vhost: &TestVhost, queue: &str) -> i64 {
    vhost.queue(queue)["ready"].as_i64().expect("ready count")
}

/// Polls until `condition` holds; panics after a minute (a broken guarantee, not a slow one).
pub fn wait_for(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !condition() {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

/// A lapin connection to the test vhost, for publishing and reading without `mq` in between.
pub async fn connect(vhost: &TestVhost) -> Connection {
    let url = format!(
        "{}/{}",
        broker_url().trim_end_matches('/'),
        percent_encoding::utf8_percent_encode(&vhost.name, percent_encoding::NON_ALPHANUMERIC)
    );
    Connection::connect(&url, ConnectionProperties::default())
        .await
        .expect("lapin connect")
}

pub fn block_on<T>(future: impl Future<Output = T>) -> T {
    runtime().block_on(future)
}

/// Every message of the queue, taken with basic.get and acked: properties and body exactly as
/// lapin decoded them.
pub fn drain(vhost: &TestVhost, queue: &str) -> Vec<(BasicProperties, Vec<u8>)> {
    block_on(async {
        let connection = connect(vhost).await;
        let channel = connection.create_channel().await.expect("channel");
        let mut messages = Vec::new();
        while let Some(message) = channel
            .basic_get(queue.into(), BasicGetOptions::default())
            .await
            .expect("basic.get")
        {
            message
                .delivery
                .acker
                .ack(BasicAckOptions::default())
                .await
                .expect("ack");
            messages.push((message.delivery.properties, message.delivery.data));
        }
        let _ = connection.close(200, "test done".into()).await;
        messages
    })
}
