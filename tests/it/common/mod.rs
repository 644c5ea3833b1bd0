//! The harness every test module shares. It knows the `mq` binary and the broker, never the
//! library's insides: admin work goes to the management API over `reqwest` and to AMQP over
//! `lapin`, or through `mq` itself where that is what a test is about.
//!
//! * [`TestVhost`]: a vhost of one test's own on the shared broker, deleted when dropped;
//! * [`Run`]: what a finished `mq` left behind (exit code, stdout, stderr), however it was fed;
//! * [`Spawned`]: a process in the background, killed when dropped; [`Peer`]: a fake TCP peer;
//! * [`wait_for`]: the one bounded poll for broker state ([`WAIT`] unless said otherwise);
//! * [`block_on`] / [`runtime`]: the one way to a tokio runtime;
//! * [`node`]: RabbitMQ nodes of the tests' own, for what the shared broker must not suffer.

mod admin;
pub mod node;
mod operator;
mod process;

pub use admin::*;
pub use operator::*;
pub use process::*;

use std::io::Write;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::ops::{Deref, DerefMut};
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use lapin::options::{
    BasicAckOptions, BasicGetOptions, BasicPublishOptions, ConfirmSelectOptions,
    QueueDeclareOptions,
};
use lapin::types::FieldTable;
use lapin::{BasicProperties, Connection, ConnectionProperties};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};
use reqwest::{Method, StatusCode, Url};
use serde_json::{Value, json};

/// How long a condition may take to come true before the test gives up: a broken guarantee,
/// not a slow one.
pub const WAIT: Duration = Duration::from_secs(60);

/// Each management API request (but a vhost's deletion) is bounded by this.
const API_TIMEOUT: Duration = Duration::from_secs(60);

/// Deleting a vhost deletes everything in it, one queue at a time: thousands of queues on a
/// slow or remote broker take a while.
const VHOST_DELETE_LIMIT: Duration = Duration::from_secs(300);

/// The broker under test: MQ_TEST_URL / MQ_TEST_API_URL, else the local one.
pub fn broker_url() -> String {
    std::env::var("MQ_TEST_URL").unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672".into())
}

pub fn api_url() -> String {
    std::env::var("MQ_TEST_API_URL").unwrap_or_else(|_| "http://127.0.0.1:15672".into())
}

/// `host:port` of the broker under test, as `mq` names it in its messages.
pub fn broker_host_port() -> String {
    let url = parsed_broker_url();
    let host = url.host_str().expect("MQ_TEST_URL has a host");
    let port = url.port().unwrap_or(5672);
    format!("{host}:{port}")
}

/// `host:port` of the management API under test.
pub fn api_host_port() -> String {
    let url = Url::parse(&api_url()).expect("MQ_TEST_API_URL is a URL");
    let host = url.host_str().expect("MQ_TEST_API_URL has a host");
    let port = url.port_or_known_default().expect("a port");
    format!("{host}:{port}")
}

fn parsed_broker_url() -> Url {
    Url::parse(&broker_url()).expect("MQ_TEST_URL is a URL")
}

/// The user and password of the broker URL (guest/guest when it names none), decoded.
pub fn broker_credentials() -> (String, String) {
    let url = parsed_broker_url();
    let decode = |text: &str| percent_decode_str(text).decode_utf8_lossy().into_owned();
    let user = match url.username() {
        "" => "guest".to_owned(),
        user => decode(user),
    };
    let password = url.password().map_or_else(|| "guest".to_owned(), decode);
    (user, password)
}

/// A name no other test (in this process or another) uses: `mq-test-TAG-PID-N-NANOS`.
pub fn unique(tag: &str) -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    format!("mq-test-{tag}-{}-{n}-{nanos:08x}", std::process::id())
}

/// Everything but the unreserved characters, byte for byte: a vhost `/` is `%2F`, a tab `%09`.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// One path segment (a vhost, a queue name…) percent-encoded whole.
pub fn encode(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).to_string()
}

/// A runtime of its own for one piece of async work (each caller gets a fresh one).
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("test runtime")
}

pub fn block_on<T>(future: impl Future<Output = T>) -> T {
    runtime().block_on(future)
}

/// Polls `condition` until it holds or `timeout` has passed; says which.
pub fn poll(timeout: Duration, mut condition: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(20);
    loop {
        if condition() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(pause.min(deadline.saturating_duration_since(Instant::now())));
        pause = (pause * 2).min(Duration::from_millis(250));
    }
}

/// Polls until `condition` holds; panics, naming `what`, once `timeout` has passed.
pub fn wait_for(what: &str, timeout: Duration, condition: impl FnMut() -> bool) {
    assert!(
        poll(timeout, condition),
        "gave up waiting for {what} after {timeout:?}"
    );
}

/// A vhost that exists for one test and is deleted with everything in it when dropped, on
/// every path: the guard exists before the vhost does, and the deletion is confirmed.
pub struct TestVhost {
    pub name: String,
    admin: Admin,
}

impl TestVhost {
    pub fn new(tag: &str) -> Self {
        let vhost = TestVhost {
            name: unique(tag),
            admin: Admin::new(),
        };
        vhost.admin.put(&["vhosts", &vhost.name], &json!({}));
        let (user, _) = broker_credentials();
        vhost.admin.put(
            &["permissions", &vhost.name, &user],
            &json!({"configure": ".*", "write": ".*", "read": ".*"}),
        );
        vhost
    }

    /// `mq` with a clean environment, pointed at this vhost.
    pub fn mq(&self) -> Command {
        let mut cmd = mq_command();
        cmd.env("MQ_VHOST", &self.name);
        cmd
    }

    /// Runs `mq ARGS` in this vhost and returns stdout, panicking with stderr on failure.
    pub fn run(&self, args: &[&str]) -> String {
        let run = Run::of(self.mq().args(args));
        assert_eq!(run.code, Some(0), "mq {args:?} failed: {}", run.stderr);
        run.stdout
    }

    /// Runs `mq ARGS` in this vhost to its end, whatever the exit code.
    pub fn outcome(&self, args: &[&str]) -> Run {
        Run::of(self.mq().args(args))
    }

    /// Runs `mq ARGS` in this vhost and asserts the exit code, showing both streams otherwise.
    pub fn expect_code(&self, args: &[&str], code: i32) -> Run {
        let run = self.outcome(args);
        assert_eq!(
            run.code,
            Some(code),
            "mq {args:?}: stdout {:?} stderr {:?}",
            run.stdout,
            run.stderr
        );
        run
    }

    /// Runs `mq ARGS` in this vhost with `stdin` on its standard input.
    pub fn with_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        Run::with_stdin(self.mq().args(args), stdin)
    }

    /// `list-queues --format json` as values.
    pub fn queues(&self) -> Vec<Value> {
        serde_json::from_str(&self.run(&["list-queues", "--format", "json"])).expect("json")
    }

    /// One queue as `list-queues --format json` shows it.
    pub fn queue(&self, name: &str) -> Value {
        self.queues()
            .into_iter()
            .find(|q| q["name"] == name)
            .unwrap_or_else(|| panic!("queue {name} not listed"))
    }

    /// The queue's current ready count, as list-queues reports it.
    pub fn ready(&self, queue: &str) -> i64 {
        self.queue(queue)["ready"].as_i64().expect("ready count")
    }

    /// `mq produce` of `count` synthetic bodies of `size` bytes to `queue`.
    pub fn produce_n(&self, queue: &str, count: u64, size: usize) {
        let (count, size) = (count.to_string(), size.to_string());
        self.run(&[
            "produce",
            "--routing-key",
            queue,
            "--size",
            &size,
            "--count",
            &count,
        ]);
    }

    /// `mq declare-queue QUEUE`, then `count` synthetic bodies of `size` bytes into it.
    pub fn fill(&self, queue: &str, count: u64, size: usize) {
        self.run(&["declare-queue", queue]);
        self.produce_n(queue, count, size);
    }

    /// The vhost's bindings, from the management API.
    pub fn api_bindings(&self) -> Vec<Value> {
        let bindings = self.admin.get(&["bindings", &self.name]);
        bindings.as_array().expect("an array of bindings").clone()
    }

    /// One queue as the management API has it (its arguments, say).
    pub fn api_queue(&self, name: &str) -> Value {
        self.admin.get(&["queues", &self.name, name])
    }

    /// How many consumers the management API lists on `queue`.
    pub fn api_consumers(&self, queue: &str) -> usize {
        if broker().stats_disabled {
            // The API lists no consumers then; the Prometheus plugin counts them per queue.
            let count = prometheus_queue_value(
                &self.name,
                queue,
                "queue_consumer_count",
                "rabbitmq_detailed_queue_consumers",
            );
            return count.map_or(0, |n| n as usize);
        }
        let consumers = self.admin.get(&["consumers", &self.name]);
        consumers
            .as_array()
            .expect("an array of consumers")
            .iter()
            .filter(|c| c["queue"]["name"] == queue)
            .count()
    }

    /// An exchange-to-exchange binding made through the management API.
    pub fn api_bind_exchanges(&self, source: &str, destination: &str, key: &str) {
        self.admin.post(
            &["bindings", &self.name, "e", source, "e", destination],
            &json!({ "routing_key": key }),
        );
    }

    /// `(messages ready, consumers)` of a passive queue.declare, current at once; None when
    /// there is no such queue.
    pub fn passive(&self, queue: &str) -> Option<(u32, u32)> {
        block_on(async {
            let connection = connect(&self.name).await;
            let channel = connection.create_channel().await.expect("channel");
            let options = QueueDeclareOptions {
                passive: true,
                ..QueueDeclareOptions::default()
            };
            let declared = channel
                .queue_declare(queue.into(), options, FieldTable::default())
                .await
                .ok()
                .map(|q| (q.message_count(), q.consumer_count()));
            let _ = connection.close(200, "test done".into()).await;
            declared
        })
    }

    /// Waits until `queue` has at least `count` consumers: counted by a passive declare (at
    /// once), or listed by the management API (which also knows a stream's consumers).
    pub fn wait_for_consumers(&self, queue: &str, count: usize) {
        wait_for(&format!("{count} consumer(s) on {queue}"), WAIT, || {
            self.passive(queue)
                .is_some_and(|(_, consumers)| consumers as usize >= count)
                || self.api_consumers(queue) >= count
        });
    }

    /// `mq consume QUEUE ARGS` in the background (stdout and stderr piped), returned once the
    /// broker has its consumer.
    pub fn spawn_consumer(&self, queue: &str, args: &[&str]) -> Spawned {
        let before = self
            .passive(queue)
            .map_or(0, |(_, consumers)| consumers as usize);
        let consumer = Spawned::new(self.mq().args(["consume", queue]).args(args));
        self.wait_for_consumers(queue, before + 1);
        consumer
    }

    /// Declares many (transient) queues fast: pipelined on a few channels of one connection.
    pub fn declare_queues(&self, names: &[String]) {
        block_on(async {
            let connection = connect(&self.name).await;
            // Eight channels at most, 64 declares in flight on each.
            let lane_len = names.len().div_ceil(8).max(1);
            let runs = names.chunks(lane_len).map(|lane| {
                let connection = &connection;
                async move {
                    let channel = connection.create_channel().await.expect("channel");
                    let answers: Vec<_> = futures_util::stream::iter(lane)
                        .map(|name| {
                            channel.queue_declare(
                                name.as_str().into(),
                                QueueDeclareOptions::default(),
                                FieldTable::default(),
                            )
                        })
                        .buffer_unordered(64)
                        .collect()
                        .await;
                    for answer in answers {
                        answer.expect("declare");
                    }
                    let _ = channel.close(200, "test done".into()).await;
                }
            });
            futures_util::future::join_all(runs).await;
            let _ = connection.close(200, "test done".into()).await;
        });
    }

    /// Publishes each message to `queue` through the default exchange, waiting for confirms.
    pub fn publish(&self, queue: &str, messages: &[(BasicProperties, Vec<u8>)]) {
        block_on(async {
            let connection = connect(&self.name).await;
            let channel = connection.create_channel().await.expect("channel");
            channel
                .confirm_select(ConfirmSelectOptions::default())
                .await
                .expect("confirms");
            for (properties, body) in messages {
                channel
                    .basic_publish(
                        "".into(),
                        queue.into(),
                        BasicPublishOptions::default(),
                        body,
                        properties.clone(),
                    )
                    .await
                    .expect("publish")
                    .await
                    .expect("confirm");
            }
            let _ = connection.close(200, "test done".into()).await;
        });
    }

    /// Every message of the queue, taken with basic.get and acked: properties and body exactly
    /// as lapin decoded them.
    pub fn drain(&self, queue: &str) -> Vec<(BasicProperties, Vec<u8>)> {
        block_on(async {
            let connection = connect(&self.name).await;
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
}

impl Drop for TestVhost {
    fn drop(&mut self) {
        if let Err(problem) = self.admin.delete_vhost(&self.name) {
            let said = format!("test vhost {:?} may be left behind: {problem}", self.name);
            eprintln!("{said}");
            if !std::thread::panicking() {
                panic!("{said}");
            }
        }
    }
}

/// A temporary directory, removed when dropped.
pub fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("mq-test-")
        .tempdir()
        .expect("a temporary directory")
}

/// A temporary file holding `bytes`, removed when dropped.
pub fn temp_file(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut file = tempfile::Builder::new()
        .prefix("mq-test-")
        .tempfile()
        .expect("a temporary file");
    file.write_all(bytes).expect("write the temporary file");
    file.flush().expect("flush the temporary file");
    file
}

/// The harness's own promises, where a mistake would make other tests pass for nothing.
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_encoded_byte_for_byte() {
        assert_eq!(encode("/"), "%2F");
        assert_eq!(encode("a/b\tc\nd"), "a%2Fb%09c%0Ad");
        assert_eq!(encode("é %?#"), "%C3%A9%20%25%3F%23");
        assert_eq!(encode("Az09-._~"), "Az09-._~");
        let admin = Admin::with("http://h:1/", "u", "p");
        assert_eq!(
            admin.url(&["queues", "/", "q 1"]),
            "http://h:1/api/queues/%2F/q%201"
        );
    }

    #[test]
    fn a_vhost_named_with_slash_and_tab_exists_until_dropped() {
        let vhost = TestVhost::new("odd/name\twith tab");
        let admin = Admin::new();
        let listed = admin.get(&["vhosts", &vhost.name]);
        assert_eq!(listed["name"], vhost.name.as_str());
        // mq finds it by that name too, and so does lapin.
        assert_eq!(vhost.run(&["declare-queue", "q"]), "q\t0\n");
        assert_eq!(vhost.passive("q"), Some((0, 0)));
        let name = vhost.name.clone();
        drop(vhost);
        let (status, _) = admin
            .send(Method::GET, &["vhosts", &name], None, API_TIMEOUT)
            .expect("the API answers");
        assert_eq!(status, StatusCode::NOT_FOUND, "{name:?} outlived its guard");
    }
}
