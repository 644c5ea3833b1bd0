//! Faults while `produce` and `consume` run, on a node of the tests' own (never the shared
//! broker): the node is restarted, or killed and started again, and afterwards every message
//! the producer was told about is in the queue or was consumed, and the duplicates that `mq`
//! warned about are all the duplicates there are. Also: a memory alarm blocks publishing and is
//! reported, and every connection ends with a clean close in the node's log.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::common::node::{NodeConfig, TestNode};
use crate::common::{Run, Spawned, WAIT, poll, wait_for};

/// One node for the whole file; the tests take turns, since each restarts or alarms it.
fn node() -> MutexGuard<'static, TestNode> {
    static NODE: OnceLock<Mutex<TestNode>> = OnceLock::new();
    NODE.get_or_init(|| Mutex::new(TestNode::start(NodeConfig::new("faults"))))
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// `mq` running in the background (killed if the test ends first), its stderr collected line
/// by line as it comes, its stdout lines counted as they come.
struct Running {
    child: Spawned,
    stderr: Arc<Mutex<Vec<String>>>,
    printed: Arc<AtomicUsize>,
    stderr_reader: Option<JoinHandle<()>>,
    stdout_reader: Option<JoinHandle<Vec<u8>>>,
}

impl Running {
    fn start(mut command: std::process::Command) -> Running {
        let mut child = Spawned::new(&mut command);
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let lines = stderr.clone();
        let err = child.stderr.take().expect("stderr");
        let stderr_reader = std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                lines.lock().unwrap().push(line);
            }
        });
        let printed = Arc::new(AtomicUsize::new(0));
        let count = printed.clone();
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let stdout_reader = std::thread::spawn(move || {
            let mut bytes = Vec::new();
            while matches!(out.read_until(b'\n', &mut bytes), Ok(n) if n > 0) {
                count.fetch_add(1, Ordering::Relaxed);
            }
            bytes
        });
        Running {
            child,
            stderr,
            printed,
            stderr_reader: Some(stderr_reader),
            stdout_reader: Some(stdout_reader),
        }
    }

    fn stderr(&self) -> String {
        self.stderr.lock().unwrap().join("\n")
    }

    fn said(&self, text: &str) -> bool {
        self.stderr.lock().unwrap().iter().any(|l| l.contains(text))
    }

    /// How many lines it has printed on stdout so far.
    fn printed(&self) -> usize {
        self.printed.load(Ordering::Relaxed)
    }

    fn exited(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }

    /// Waits (at most `limit`: a hung run is a failure, not a slow one) until a stderr line
    /// contains `text`.
    fn wait_for_line(&mut self, text: &str, limit: Duration) {
        poll(limit, || self.said(text) || self.exited());
        if !self.said(text) && self.exited() {
            // One last look: the line may have come with the exit, read to the end of stderr.
            if let Some(reader) = self.stderr_reader.take() {
                reader.join().unwrap();
            }
        }
        assert!(self.said(text), "no {text:?} on stderr: {}", self.stderr());
    }

    fn interrupt(&self) {
        self.child.interrupt();
    }

    /// Waits for the exit (killing the run after `limit`) and returns code, stdout, stderr.
    fn finish(mut self, limit: Duration) -> (Option<i32>, String, String) {
        let finished = poll(limit, || self.exited());
        if !finished {
            let _ = self.child.kill();
        }
        let status = self.child.wait().expect("reap mq");
        let stdout = self.stdout_reader.take().unwrap().join().unwrap();
        if let Some(reader) = self.stderr_reader.take() {
            reader.join().unwrap();
        }
        let stderr = self.stderr();
        assert!(finished, "mq did not finish within {limit:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        (
            status.code(),
            String::from_utf8_lossy(&stdout).into_owned(),
            stderr,
        )
    }
}

/// How many times each sequence number occurs in lines of `--size` bodies ("123.....").
fn tally_ids(text: &str, ids: &mut BTreeMap<u64, u64>) {
    for line in text.lines() {
        let id: u64 = line
            .trim_end_matches('.')
            .parse()
            .unwrap_or_else(|_| panic!("not a synthetic body: {line:?}"));
        *ids.entry(id).or_default() += 1;
    }
}

/// Everything still in `queue`, read without waiting for an idle timeout: the count is current.
fn drain_queue(node: &TestNode, queue: &str, ids: &mut BTreeMap<u64, u64>) {
    let left = node.messages(queue);
    if left > 0 {
        let count = left.to_string();
        tally_ids(&node.run(&["consume", queue, "--count", &count]), ids);
    }
}

/// The N of a `... up to N duplicates` line, 0 when there is none.
fn duplicates_bound(stderr: &str) -> u64 {
    stderr
        .lines()
        .filter_map(|l| l.split("up to ").nth(1))
        .filter_map(|rest| rest.split_whitespace().next())
        .filter_map(|n| n.parse::<u64>().ok())
        .sum()
}

/// The producer's summary field `confirmed N`.
fn confirmed(stderr: &str) -> u64 {
    stderr
        .lines()
        .filter_map(|l| l.split("confirmed ").nth(1))
        .filter_map(|rest| rest.split(',').next())
        .filter_map(|n| n.parse().ok())
        .next_back()
        .unwrap_or_else(|| panic!("no summary: {stderr}"))
}

const COUNT: u64 = 20000;

/// A producer (20000 messages at 2000/s) and a consumer on one durable queue; `fault` strikes
/// the node once the consumer has printed 4000 (some two seconds in). Both must carry on to the
/// end on their own, and then every message is found exactly once, but for the duplicates that
/// mq announced.
/// With `impatient`, a third `mq produce --reconnect-for 1s` runs too, and must give up (the
/// fault has to keep the node away for longer than a second).
fn traffic_survives(queue: &str, impatient: bool, fault: impl FnOnce(&mut TestNode)) {
    let mut node = node();
    let aside = format!("{queue}-impatient");
    let _queues = (node.queue_guard(queue), node.queue_guard(&aside));
    node.run(&["declare-queue", queue]);
    let impatient = impatient.then(|| {
        node.run(&["declare-queue", &aside]);
        let mut producer = node.mq();
        producer.args([
            "produce",
            "--routing-key",
            &aside,
            "--size",
            "16",
            "--count",
            "1000000",
            "--rate",
            "10",
            "--reconnect-for",
            "1s",
        ]);
        Running::start(producer)
    });
    let mut consumer = node.mq();
    consumer.args(["consume", queue]);
    let consuming = Running::start(consumer);
    let mut producer = node.mq();
    producer.args([
        "produce",
        "--routing-key",
        queue,
        "--size",
        "16",
        "--count",
        &COUNT.to_string(),
        "--rate",
        "2000",
    ]);
    let producing = Running::start(producer);
    // Mid-stream: the consumer has printed a fifth of the run (and the impatient producer is
    // publishing too).
    wait_for("traffic through the node", WAIT, || {
        consuming.printed() >= (COUNT / 5) as usize
            && (impatient.is_none() || node.messages(&aside) > 0)
    });
    let struck = Instant::now();
    fault(&mut node);
    let back = struck.elapsed();

    if let Some(impatient) = impatient {
        let (code, _, said) = impatient.finish(Duration::from_secs(60));
        assert_eq!(code, Some(69), "{said}");
        let last = said.lines().rev().find(|l| l.starts_with("mq: gave up"));
        assert!(
            last.is_some_and(|l| l.starts_with(&format!(
                "mq: gave up reconnecting after 1s (connection to amqp://guest@127.0.0.1:{} lost): cannot connect to ",
                node.ports.amqp
            ))),
            "{said}"
        );
    }
    let (code, _, produced) = producing.finish(Duration::from_secs(180));
    assert_eq!(code, Some(0), "producer: {produced}\n{}", node.log_tail());
    assert!(produced.contains("; reconnecting"), "{produced}");
    assert!(produced.contains("mq: reconnected to "), "{produced}");
    assert_eq!(confirmed(&produced), COUNT, "{produced}");

    // The consumer takes everything there is, then stops at Ctrl-C.
    let mut left = 0;
    let emptied = poll(WAIT, || {
        left = node.messages(queue);
        left == 0
    });
    assert!(
        emptied,
        "the consumer did not empty the queue ({left} left)\n{}",
        consuming.stderr()
    );
    consuming.interrupt();
    let (code, consumed, consumer_said) = consuming.finish(Duration::from_secs(30));
    assert_eq!(code, Some(130), "consumer: {consumer_said}");
    assert!(
        consumer_said.contains("mq: reconnected to "),
        "{consumer_said}"
    );
    assert!(
        consumer_said.contains(&format!("consuming from queue '{queue}' again")),
        "{consumer_said}"
    );

    let mut ids = BTreeMap::new();
    tally_ids(&consumed, &mut ids);
    drain_queue(&node, queue, &mut ids);
    let lost: Vec<u64> = (0..COUNT).filter(|id| !ids.contains_key(id)).collect();
    assert!(
        lost.is_empty(),
        "{} lost, first {:?}",
        lost.len(),
        &lost[..lost.len().min(10)]
    );
    assert_eq!(ids.len() as u64, COUNT, "ids outside 0..{COUNT}");
    let duplicates: u64 = ids.values().map(|n| n - 1).sum();
    let bound = duplicates_bound(&produced) + duplicates_bound(&consumer_said);
    eprintln!(
        "{queue}: node back after {back:?}; {duplicates} duplicate(s), {bound} announced\n\
         producer:\n{produced}\nconsumer:\n{consumer_said}"
    );
    assert!(
        duplicates <= bound,
        "{duplicates} duplicates, but mq announced up to {bound}:\n{produced}\n{consumer_said}"
    );
    node.run(&["delete-queue", queue]);
    let _ = Run::of(node.mq().args(["delete-queue", &aside]));
}

#[test]
fn a_node_restarted_under_traffic_loses_nothing() {
    traffic_survives("faults-restart", false, |node| node.restart());
}

#[test]
fn a_node_killed_under_traffic_loses_nothing() {
    traffic_survives("faults-kill", true, |node| {
        node.kill();
        node.restart();
    });
}

/// Lifts the node's memory alarm however the test ends: the other tests share the node.
struct MemoryAlarm<'a>(&'a TestNode);

impl<'a> MemoryAlarm<'a> {
    fn raise(node: &'a TestNode) -> Self {
        let set = node.rabbitmqctl(&["set_vm_memory_high_watermark", "0.0000001"]);
        assert!(set.status.success(), "{set:?}");
        MemoryAlarm(node)
    }
}

impl Drop for MemoryAlarm<'_> {
    fn drop(&mut self) {
        let lifted = self.0.rabbitmqctl(&["set_vm_memory_high_watermark", "0.4"]);
        assert!(lifted.status.success(), "{lifted:?}");
    }
}

#[test]
fn a_memory_alarm_blocks_publishing_and_says_so() {
    let node = node();
    let queue = "faults-blocked";
    let _queue = node.queue_guard(queue);
    node.run(&["declare-queue", queue]);
    let mut producer = node.mq();
    producer.args([
        "produce",
        "--routing-key",
        queue,
        "--size",
        "16",
        "--count",
        "1000000",
        "--rate",
        "500",
    ]);
    let mut producing = Running::start(producer);
    // The alarm comes once the producer is publishing.
    wait_for("the producer's first messages", WAIT, || {
        node.messages(queue) > 0
    });
    let alarm = MemoryAlarm::raise(&node);
    producing.wait_for_line(
        "mq: the broker blocked publishing: ",
        Duration::from_secs(60),
    );
    drop(alarm);
    producing.wait_for_line(
        "mq: the broker unblocked publishing after ",
        Duration::from_secs(60),
    );
    producing.interrupt();
    let (code, _, said) = producing.finish(Duration::from_secs(30));
    assert_eq!(code, Some(130), "{said}");
    let blocked = said
        .lines()
        .find(|l| l.starts_with("mq: the broker blocked publishing: "))
        .unwrap_or_default();
    assert!(
        blocked.ends_with(&format!(
            "; waiting (on amqp://guest@127.0.0.1:{})",
            node.ports.amqp
        )),
        "{said}"
    );
    assert!(said.contains("mq: published "), "the summary: {said}");
    node.run(&["delete-queue", queue]);
}

/// lapin used to close a dropped channel in a task of its own that raced the connection's
/// close, so every connection ended with "client unexpectedly closed TCP connection" in the
/// broker's log. Each command, failing or not, must close politely.
#[test]
fn every_connection_ends_with_a_clean_close() {
    let node = node();
    let before = node.log().len();
    let queue = "faults-clean-close";
    let _queue = node.queue_guard(queue);
    node.run(&["declare-queue", queue]);
    node.run(&["produce", "--routing-key", queue, "a", "b", "c"]);
    node.run(&["consume", queue, "--count", "1"]);
    node.run(&["get", queue]);
    node.run(&["list-queues"]);
    node.run(&["purge", queue]);
    // Failures: the broker closes the channel first (404, 406).
    for args in [
        &["consume", "faults-no-such-queue", "--count", "1"][..],
        &["declare-queue", queue, "--type", "quorum"],
        &["produce", "--exchange", "faults-no-such-exchange", "x"],
    ] {
        let failed = Run::of(node.mq().args(args));
        assert!(failed.code != Some(0), "{args:?} should fail");
    }
    node.run(&["delete-queue", queue]);

    // The broker logs each close a moment after it happens.
    let (mut log, mut opened, mut closed) = (String::new(), 0, 0);
    let logged = poll(WAIT, || {
        log = node.log()[before..].to_owned();
        opened = log.matches("accepting AMQP connection").count();
        closed = log.matches("closing AMQP connection").count();
        opened >= 10 && closed >= opened
    });
    assert!(
        logged,
        "{opened} connections opened, {closed} closed:\n{log}"
    );
    assert!(!log.contains("unexpectedly closed"), "{log}");
}
