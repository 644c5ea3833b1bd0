//! SIGTERM (what systemd, Docker and Kubernetes send) and SIGHUP stop a command as Ctrl-C does:
//! a clean close, the summary, confirms awaited, then exit 128 + the signal's number. An
//! `--exec` command gets the signal too and is waited for, and its message settled by how it
//! ended.

use std::io::{BufRead, BufReader};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::{Spawned, TestVhost, WAIT, wait_for};

const SIGNALS: [(&str, i32); 2] = [("TERM", 143), ("HUP", 129)];

fn send(process: &Spawned, signal: &str) {
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), &process.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
}

#[test]
fn produce_stops_on_term_and_hup_with_its_confirms() {
    let vhost = TestVhost::new("sig-produce");
    vhost.run(&["declare-queue", "q"]);
    for (signal, code) in SIGNALS {
        let producer = Spawned::new(vhost.mq().args([
            "produce",
            "--routing-key",
            "q",
            "--size",
            "10",
            "--count",
            "100000000",
            "--rate",
            "0",
        ]));
        let before = vhost.passive("q").map_or(0, |(n, _)| n);
        wait_for("messages to arrive", WAIT, || {
            vhost.passive("q").is_some_and(|(n, _)| n >= before + 500)
        });
        send(&producer, signal);
        let run = producer.output();
        assert_eq!(run.code, Some(code), "SIG{signal}: {}", run.stderr);
        assert!(run.stderr.contains("mq: published "), "{}", run.stderr);
    }
}

#[test]
fn consume_stops_on_term_and_hup() {
    let vhost = TestVhost::new("sig-consume");
    vhost.fill("q", 100, 8);
    for (signal, code) in SIGNALS {
        let mut consumer = vhost.spawn_consumer("q", &["--prefetch", "1"]);
        let mut lines = BufReader::new(consumer.stdout.take().expect("stdout"));
        let mut line = String::new();
        assert!(lines.read_line(&mut line).expect("read") > 0);
        send(&consumer, signal);
        let run = consumer.output();
        assert_eq!(run.code, Some(code), "SIG{signal}: {}", run.stderr);
        wait_for("the consumer gone", WAIT, || {
            vhost
                .passive("q")
                .is_some_and(|(_, consumers)| consumers == 0)
        });
    }
}

#[test]
fn get_stops_on_term_and_hup() {
    let vhost = TestVhost::new("sig-get");
    vhost.fill("q", 20000, 8);
    for (signal, code) in SIGNALS {
        let mut getter = Spawned::new(vhost.mq().args(["get", "q", "--count", "20000"]));
        let mut lines = BufReader::new(getter.stdout.take().expect("stdout"));
        let mut line = String::new();
        assert!(lines.read_line(&mut line).expect("read") > 0);
        send(&getter, signal);
        // Read on, so that a get blocked on a full pipe sees the signal.
        let rest = std::thread::spawn(move || lines.lines().count());
        let run = getter.output();
        let _ = rest.join();
        assert_eq!(run.code, Some(code), "SIG{signal}: {}", run.stderr);
    }
}

#[test]
fn bench_stops_on_term_and_hup() {
    let vhost = TestVhost::new("sig-bench");
    for (signal, code) in SIGNALS {
        let mut bench = Spawned::new(vhost.mq().args(["bench", "--duration", "1h"]));
        // Its first second's line: the bench is running, its handlers installed.
        let mut lines = BufReader::new(bench.stdout.take().expect("stdout"));
        let mut line = String::new();
        assert!(lines.read_line(&mut line).expect("read") > 0);
        let started = Instant::now();
        send(&bench, signal);
        let run = bench.output();
        assert_eq!(run.code, Some(code), "SIG{signal}: {}", run.stderr);
        // Not a timing: an hour's run that stopped within minutes stopped on the signal.
        assert!(
            started.elapsed() < Duration::from_secs(600),
            "SIG{signal}: ran on"
        );
    }
}

/// Ctrl-C reaches the --exec command, which is waited for; its message goes back to the queue
/// because the command did not end well, and mq returns without waiting the command out.
#[test]
fn an_exec_child_gets_the_signal_and_its_message_goes_back() {
    let vhost = TestVhost::new("sig-exec");
    vhost.fill("q", 1, 8);
    // A duration no other process on the machine sleeps for: how the child is found again.
    let marker = format!("{}.{}", 3000 + std::process::id() % 1000, 7);
    let consumer = vhost.spawn_consumer("q", &["--exec", &format!("sleep {marker}")]);
    let sleeping = || {
        Command::new("pgrep")
            .args(["-f", &format!("^sleep {marker}$")])
            .output()
            .is_ok_and(|out| out.status.success())
    };
    wait_for("the command running", WAIT, sleeping);
    assert!(consumer.interrupt());
    let run = consumer.output();
    assert_eq!(run.code, Some(130), "{}", run.stderr);
    // The command was stopped with mq, not left running (it would sleep for an hour).
    assert!(
        !sleeping(),
        "the --exec command outlived mq: {}",
        run.stderr
    );
    wait_for("the message back in the queue", WAIT, || {
        vhost.passive("q").is_some_and(|(ready, _)| ready == 1)
    });
}
