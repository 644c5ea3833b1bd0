//! The bad-input matrix: each case is one clear `mq: ` line (plus a hint where there is a next
//! step) with the SPEC.md exit code, never the password, and nothing changed on the broker.
//! (Malformed `--input json` lines belong to the replay command's own tests.)

use std::ffi::OsString;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::os::unix::ffi::OsStringExt;

use crate::common::{
    Peer, Run, Spawned, TestVhost, api_host_port, broker_host_port, hold, temp_dir, unique,
};

pub(crate) const SECRET: &str = "Sup3r-S3cret-pw";

pub(crate) struct Case {
    pub(crate) what: &'static str,
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(&'static str, String)>,
    pub(crate) stdin: Option<Vec<u8>>,
    pub(crate) code: i32,
    pub(crate) message: String,
}

pub(crate) fn case(what: &'static str, args: &[&str], code: i32, message: &str) -> Case {
    Case {
        what,
        args: args.iter().map(|a| a.to_string()).collect(),
        env: Vec::new(),
        stdin: None,
        code,
        message: message.to_owned(),
    }
}

impl Case {
    pub(crate) fn stdin(mut self, input: &str) -> Self {
        self.stdin = Some(input.as_bytes().to_vec());
        self
    }

    pub(crate) fn env(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.env.push((key, value.into()));
        self
    }
}

/// Runs every case (all of them, so that one failure does not hide the next) and reports the
/// ones that went wrong.
pub(crate) fn check(vhost: &TestVhost, cases: Vec<Case>) -> usize {
    let mut problems = Vec::new();
    let count = cases.len();
    // Shown with --nocapture: how many cases expect each exit code (the closing note's count).
    let mut codes = std::collections::BTreeMap::new();
    for case in &cases {
        *codes.entry(case.code).or_insert(0) += 1;
    }
    println!("bad-input cases by exit code: {codes:?}");
    for case in cases {
        let mut cmd = vhost.mq();
        cmd.args(&case.args);
        for (key, value) in &case.env {
            cmd.env(key, value);
        }
        let result: Run = match &case.stdin {
            Some(input) => Run::with_stdin(&mut cmd, input),
            None => Run::of(&mut cmd),
        };
        if result.stdout.contains(SECRET) || result.stderr.contains(SECRET) {
            problems.push(format!(
                "{}: the password was printed: {result:?}",
                case.what
            ));
        } else if result.stderr.contains("panicked") {
            problems.push(format!("{}: panicked: {result:?}", case.what));
        } else if let Err(problem) = result.failed(case.code, &case.message) {
            problems.push(format!("{}: {problem}", case.what));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
    count
}

/// A vhost with one exchange and one queue that every case must leave as they were.
pub(crate) fn populated(tag: &str) -> TestVhost {
    let vhost = TestVhost::new(tag);
    vhost.run(&["declare-exchange", "existing-x"]);
    vhost.run(&["declare-queue", "existing-q", "--bind", "existing-x:k"]);
    vhost
}

pub(crate) fn assert_unchanged(vhost: &TestVhost) {
    let queues = vhost.queues();
    assert_eq!(queues.len(), 1, "{queues:?}");
    assert_eq!(queues[0]["name"], "existing-q");
    assert_eq!(queues[0]["durable"], true);
    assert_eq!(queues[0]["type"], "classic");
    assert_eq!(queues[0]["messages"], 0);
    let exchanges: Vec<serde_json::Value> =
        serde_json::from_str(&vhost.run(&["list-exchanges", "--format", "json"])).unwrap();
    let custom: Vec<&serde_json::Value> = exchanges
        .iter()
        .filter(|e| {
            let name = e["name"].as_str().unwrap();
            !name.is_empty() && !name.starts_with("amq.")
        })
        .collect();
    assert_eq!(custom.len(), 1, "{custom:?}");
    assert_eq!(custom[0]["name"], "existing-x");
    assert_eq!(custom[0]["type"], "direct");
    assert_eq!(custom[0]["durable"], true);
}

#[test]
fn malformed_urls_and_unreachable_peers() {
    let vhost = populated("bad-urls");
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_url = format!("amqp://127.0.0.1:{}", silent.local_addr().unwrap().port());
    let pw_url = |rest: &str| format!("amqp://guest:{SECRET}{rest}");
    // The broker's own ports, the wrong way round.
    let (broker, api) = (broker_host_port(), api_host_port());
    let http_as_amqp =
        format!("connecting to amqp://{api} timed out after 1s (is it an AMQP port?");
    let amqp_as_amqps =
        format!("TLS handshake with amqps://{broker} failed: the peer does not speak TLS");
    let declare = |url: &str| {
        vec![
            "--url".to_owned(),
            url.to_owned(),
            "declare-queue".to_owned(),
            "new-q".to_owned(),
        ]
    };
    let with = |what, args: Vec<String>, code, message: &str| Case {
        what,
        args,
        env: Vec::new(),
        stdin: None,
        code,
        message: message.to_owned(),
    };
    let cases = vec![
        with(
            "port out of range",
            declare(&pw_url("@127.0.0.1:99999/")),
            64,
            "invalid URL 'amqp://guest:***@127.0.0.1:99999/': invalid port number",
        ),
        with("port 0", declare("amqp://127.0.0.1:0"), 64, "port 0"),
        with(
            "unknown scheme",
            declare(&format!("http://guest:{SECRET}@127.0.0.1:5672")),
            64,
            "unsupported scheme 'http' in 'http://guest:***@127.0.0.1:5672'",
        ),
        with(
            "another unknown scheme",
            declare("rabbitmq://127.0.0.1"),
            64,
            "unsupported scheme 'rabbitmq'",
        ),
        with(
            "no scheme",
            declare(&format!("guest:{SECRET}@127.0.0.1:5672")),
            64,
            "guest:***@127.0.0.1:5672",
        ),
        with("empty host", declare("amqp://:5672"), 64, "empty host"),
        with(
            "malformed IPv6 literal",
            declare("amqp://[::1:5672"),
            64,
            "invalid IPv6 address",
        ),
        with(
            "password with an unencoded '/'",
            declare(&pw_url("/x@127.0.0.1:5672")),
            64,
            "invalid URL 'amqp://guest:***@127.0.0.1:5672'",
        ),
        with(
            "'@' after the host",
            declare(&format!("amqp://guest:1234/{SECRET}@127.0.0.1")),
            64,
            "has an '@' after the host: percent-encode",
        ),
        with(
            "password with an unencoded '#'",
            declare(&format!("amqp://guest:ab#{SECRET}@127.0.0.1")),
            64,
            "invalid URL 'amqp://guest:***@127.0.0.1'",
        ),
        with(
            "unknown URL parameter",
            declare("amqp://127.0.0.1?bogus=1"),
            64,
            "unknown URL parameter 'bogus'",
        ),
        with(
            "bad heartbeat",
            declare("amqp://127.0.0.1?heartbeat=soon"),
            64,
            "invalid value 'soon' for 'heartbeat'",
        ),
        with(
            "unknown auth mechanism",
            declare("amqp://127.0.0.1?auth_mechanism=kerberos"),
            64,
            "unknown auth_mechanism 'kerberos'",
        ),
        with(
            "bad API URL scheme",
            vec![
                "--api-url".into(),
                "ftp://127.0.0.1".into(),
                "list-queues".into(),
            ],
            64,
            "unsupported scheme in API URL",
        ),
        with(
            "API URL with a password, unreachable",
            vec![
                "--api-url".into(),
                format!("http://guest:{SECRET}@127.0.0.1:1"),
                "list-queues".into(),
            ],
            69,
            "cannot reach the management API at http://127.0.0.1:1",
        ),
        with(
            "IPv6 literal nobody listens on",
            declare("amqp://guest:guest@[::1]:5672"),
            69,
            "cannot connect to amqp://guest@[::1]:5672: connection refused",
        ),
        with(
            "the HTTP port is no AMQP port",
            [
                vec!["--timeout".to_owned(), "1s".to_owned()],
                declare(&format!("amqp://{api}")),
            ]
            .concat(),
            75,
            &http_as_amqp,
        ),
        with(
            "a silent peer",
            [
                vec!["--timeout".to_owned(), "1s".to_owned()],
                declare(&silent_url),
            ]
            .concat(),
            75,
            "timed out after 1s",
        ),
        with(
            "amqps:// on the plain AMQP port",
            declare(&format!("amqps://{broker}")),
            69,
            &amqp_as_amqps,
        ),
        with(
            "unreadable CA certificate",
            [
                vec!["--ca-cert".to_owned(), "/nonexistent/ca.pem".to_owned()],
                declare("amqps://127.0.0.1:5671"),
            ]
            .concat(),
            66,
            "cannot read CA certificate '/nonexistent/ca.pem'",
        ),
    ];
    let count = check(&vhost, cases);
    assert!(count >= 20);
    drop(silent);
    assert_unchanged(&vhost);
}

#[test]
fn a_peer_that_answers_something_else() {
    let peer = Peer::start("127.0.0.1:0", |mut stream| {
        // Reads the AMQP protocol header as if it were a request, answers in HTTP.
        let mut header = [0u8; 8];
        let _ = stream.read_exact(&mut header);
        let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        // Then it stays on the line until the client hangs up.
        hold(stream);
    })
    .unwrap();
    let port = peer.port;
    let vhost = populated("bad-peer");
    check(
        &vhost,
        vec![case(
            "HTTP answer on the AMQP port",
            &[
                "--url",
                &format!("amqp://127.0.0.1:{port}"),
                "declare-queue",
                "new-q",
            ],
            69,
            &format!("amqp://127.0.0.1:{port} does not speak AMQP 0-9-1"),
        )],
    );
    assert_unchanged(&vhost);
}

#[test]
fn an_ipv6_literal_reaches_that_address_and_no_other() {
    let (seen, heard) = std::sync::mpsc::channel();
    let Ok(peer) = Peer::start("[::1]:0", move |stream| {
        let _ = seen.send(stream.peer_addr().is_ok_and(|a| a.is_ipv6()));
        // Held open and silent until the client hangs up: it must give up on its own.
        hold(stream);
    }) else {
        panic!("this test needs IPv6 on the loopback interface");
    };
    let port = peer.port;
    let vhost = TestVhost::new("ipv6");
    let result = Run::clean(
        vhost.mq().args([
            "--timeout",
            "1s",
            "--url",
            &format!("amqp://guest:{SECRET}@[::1]:{port}"),
            "declare-queue",
            "q",
        ]),
        &[SECRET],
    );
    result.assert_failed(
        75,
        &format!("connecting to amqp://guest@[::1]:{port} timed out after 1s"),
    );
    assert_eq!(heard.try_recv().ok(), Some(true), "no IPv6 connection");
}

#[test]
fn the_broker_refuses() {
    let vhost = populated("bad-broker");
    let long = |c: &str| c.repeat(256);
    let long_x = long("x");
    let long_e = "é".repeat(128);
    let bind_long = format!("{}:k", long("x"));
    let long_key = long("k");
    let cases = vec![
        case(
            "wrong password (AMQP)",
            &["declare-queue", "new-q"],
            77,
            "refused user 'guest'",
        )
        .env("MQ_PASSWORD", SECRET),
        case(
            "wrong password (API)",
            &["list-queues"],
            77,
            "the management API refused user 'guest'",
        )
        .env("MQ_PASSWORD", SECRET),
        case(
            "unknown vhost (AMQP)",
            &["declare-queue", "new-q"],
            66,
            "does not exist",
        )
        .env("MQ_VHOST", unique("no-such-vhost")),
        case(
            "unknown vhost (API)",
            &["list-exchanges"],
            66,
            "does not exist",
        )
        .env("MQ_VHOST", unique("no-such-vhost")),
        case("missing queue", &["consume", "nope"], 66, "no queue 'nope'"),
        case(
            "missing exchange",
            &["produce", "--exchange", "nope", "hello"],
            66,
            "no exchange 'nope'",
        ),
        case(
            "binding to a missing exchange",
            &["declare-queue", "new-q", "--bind", "nope:k"],
            66,
            "cannot bind queue 'new-q' to exchange 'nope': NOT_FOUND",
        ),
        case(
            "binding to the default exchange",
            &["declare-queue", "new-q", "--bind", ":k"],
            64,
            "--bind needs an exchange name",
        ),
        case(
            "exchange redeclared with another type",
            &["declare-exchange", "existing-x", "--type", "fanout"],
            65,
            "inequivalent arg 'type'",
        ),
        case(
            "exchange redeclared auto-delete",
            &["declare-exchange", "existing-x", "--auto-delete"],
            65,
            "inequivalent arg 'auto_delete'",
        ),
        case(
            "queue redeclared transient",
            &["declare-queue", "existing-q", "--transient"],
            65,
            "inequivalent arg 'durable'",
        ),
        case(
            "queue redeclared as quorum",
            &["declare-queue", "existing-q", "--type", "quorum"],
            65,
            "inequivalent arg 'x-queue-type'",
        ),
        case(
            "x-max-length=abc",
            &["declare-queue", "new-q", "--arg", "x-max-length=abc"],
            65,
            "invalid arg 'x-max-length'",
        ),
        case(
            "negative x-message-ttl",
            &["declare-queue", "new-q", "--arg", "x-message-ttl=-5"],
            65,
            "invalid arg 'x-message-ttl'",
        ),
        case(
            "unknown queue type in --arg",
            &["declare-queue", "new-q", "--arg", "x-queue-type=nosuch"],
            65,
            "unsupported queue type 'nosuch'",
        ),
        case(
            "--arg without a value",
            &["declare-queue", "new-q", "--arg", "x-max-length"],
            64,
            "invalid value for '--arg <KEY=VALUE>': the value given is not KEY=VALUE",
        ),
        case(
            "unknown exchange type",
            &["declare-exchange", "new-x", "--type", "nosuch"],
            65,
            "unknown exchange type 'nosuch'",
        ),
        case(
            "empty exchange name",
            &["declare-exchange", ""],
            64,
            "must not be empty",
        ),
        case(
            "empty queue name to consume",
            &["consume", ""],
            66,
            "cannot consume from queue ''",
        ),
        case(
            "256-byte queue name",
            &["declare-queue", &long_x],
            64,
            "at most 255",
        ),
        case(
            "256-byte exchange name",
            &["declare-exchange", &long_x],
            64,
            "at most 255",
        ),
        case(
            "256-byte name in 2-byte characters",
            &["declare-queue", &long_e],
            64,
            "is 256 bytes long",
        ),
        case(
            "256-byte routing key",
            &["produce", "--routing-key", &long_key, "hello"],
            64,
            "at most 255",
        ),
        case(
            "256-byte exchange in --bind",
            &["declare-queue", "new-q", "--bind", &bind_long],
            64,
            "at most 255",
        ),
        case(
            "unknown template placeholder",
            &["consume", "existing-q", "--template", "{nope}"],
            64,
            "unknown placeholder '{nope}'",
        ),
    ];
    check(&vhost, cases);
    assert_unchanged(&vhost);
}

#[test]
fn unusable_files_config_and_command_lines() {
    let vhost = populated("bad-files");
    let dir = temp_dir();
    let file = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let malformed = file("malformed.toml", "[profiles.default\nurl = ");
    let unknown_key = file(
        "unknown-key.toml",
        "[profiles.default]\nuser = 'x'\npasword = 'y'\n",
    );
    let profiles = file(
        "profiles.toml",
        &format!(
            "[profiles.ok]\nurl = 'amqp://127.0.0.1'\n\n[profiles.ftp]\nurl = 'ftp://guest:{SECRET}@h'\n"
        ),
    );
    let directory = dir.path().to_str().unwrap().to_owned();
    let cases = vec![
        case(
            "missing --file",
            &[
                "produce",
                "--routing-key",
                "existing-q",
                "--file",
                "/nonexistent/body",
            ],
            66,
            "cannot read --file '/nonexistent/body'",
        ),
        case(
            "--file is a directory",
            &[
                "produce",
                "--routing-key",
                "existing-q",
                "--file",
                &directory,
            ],
            66,
            "cannot read --file",
        ),
        case(
            "missing --password-file",
            &["--password-file", "/nonexistent/pw", "list-queues"],
            66,
            "cannot read password file '/nonexistent/pw'",
        ),
        case(
            "--password-file is a directory",
            &["--password-file", &directory, "declare-queue", "new-q"],
            66,
            "cannot read password file",
        ),
        case(
            "malformed config TOML",
            &["list-queues"],
            78,
            "malformed config file",
        )
        .env("MQ_CONFIG", &malformed),
        case(
            "unknown key in a profile",
            &["list-queues"],
            78,
            "unknown field `pasword`",
        )
        .env("MQ_CONFIG", &unknown_key),
        case(
            "unknown profile",
            &["--profile", "prod", "list-queues"],
            78,
            "unknown profile 'prod'",
        )
        .env("MQ_CONFIG", &profiles),
        case(
            "a profile's URL with an unknown scheme",
            &["--profile", "ftp", "list-queues"],
            78,
            "config file: unsupported scheme 'ftp' in 'ftp://guest:***@h'",
        )
        .env("MQ_CONFIG", &profiles)
        .env("MQ_URL", ""),
        case(
            "missing --config",
            &["--config", "/nonexistent/mq.toml", "list-queues"],
            78,
            "cannot read config file '/nonexistent/mq.toml'",
        ),
        case(
            "bad duration",
            &["--timeout", "soon", "list-queues"],
            64,
            "invalid value for '--timeout <DURATION>': the value given is not a duration",
        ),
        case(
            "a URL typed where a duration goes",
            &[
                "--timeout",
                &format!("amqp://guest:{SECRET}@h"),
                "list-queues",
            ],
            64,
            "invalid value for '--timeout <DURATION>'",
        ),
        case(
            "unknown flag",
            &["list-queues", "--bogus"],
            64,
            "unexpected argument '--bogus'",
        ),
        case(
            "--client-key without --client-cert",
            &[
                "--client-key",
                "/nonexistent/key.pem",
                "--url",
                "amqps://127.0.0.1",
                "declare-queue",
                "new-q",
            ],
            64,
            "--client-key needs --client-cert",
        ),
    ];
    check(&vhost, cases);
    assert_unchanged(&vhost);
}

#[test]
fn invalid_utf8_in_arguments_is_a_usage_error() {
    let vhost = populated("bad-utf8");
    for argv in [
        vec![
            OsString::from("declare-queue"),
            OsString::from_vec(b"q\xff".to_vec()),
        ],
        vec![
            OsString::from("--vhost"),
            OsString::from_vec(b"v\xc3".to_vec()),
            OsString::from("list-queues"),
        ],
        vec![
            OsString::from("declare-exchange"),
            OsString::from("x"),
            OsString::from("--type"),
            OsString::from_vec(b"\xfe".to_vec()),
        ],
    ] {
        let result = Run::clean(vhost.mq().args(&argv), &[]);
        result.assert_failed(64, "an argument is not valid UTF-8");
        assert_eq!(result.stderr.lines().count(), 1, "one line: {result:?}");
    }
    assert_unchanged(&vhost);
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let vhost = populated("closed-stdout");
    vhost.run(&["produce", "--routing-key", "existing-q", "one", "two"]);
    for args in [
        &["list-queues"][..],
        &["list-exchanges", "--format", "json"][..],
        &["consume", "existing-q", "--count", "2"][..],
    ] {
        let mut child = Spawned::new(vhost.mq().args(args));
        // The reader goes away before mq writes a byte.
        drop(child.stdout.take());
        let output = child.output();
        assert_eq!(output.code, Some(0), "mq {args:?}: {output:?}");
        // Not an error; a consumer says, in one line, that the reader took nothing and what
        // went back (1 or 2: the second may still have been on its way when the pipe closed;
        // the queue's count below is what settles it).
        if args[0] == "consume" {
            let said = output
                .stderr
                .strip_prefix("mq: 0 message(s) taken by the reader of the pipe and settled, ");
            assert!(
                said.is_some_and(|rest| rest.ends_with(" put back in queue 'existing-q'\n")
                    && rest.lines().count() == 1),
                "mq {args:?}: {}",
                output.stderr
            );
        } else {
            assert_eq!(
                output.stderr, "",
                "mq {args:?}: a closed pipe is not an error"
            );
        }
    }
    // The consumer printed nothing, so it acknowledged nothing: both messages are still there.
    let queue = vhost.queue("existing-q");
    assert_eq!(queue["messages"], 2, "{queue}");
}

// Numeric flags past their range: refused when parsed (64), never a panic (101) nor a run.
#[test]
fn numeric_flags_out_of_range_are_usage_errors() {
    let vhost = populated("numeric-ranges");
    let to_q = ["produce", "--routing-key", "existing-q"];
    let with = |base: &[&'static str], extra: &[&'static str]| -> Vec<&'static str> {
        base.iter().chain(extra).copied().collect()
    };
    let produce = |extra: &[&'static str]| with(&to_q, extra);
    let bench = |extra: &[&'static str]| with(&["bench", "--queue", "existing-q"], extra);
    let mut cases = Vec::new();
    for (what, args, message) in [
        (
            "huge --size",
            produce(&["--size", "18446744073709551615"]),
            "out of range",
        ),
        (
            "--size over 512 MiB",
            produce(&["--size", "536870913"]),
            "out of range",
        ),
        (
            "tiny --rate",
            produce(&["--rate", "1e-20", "x"]),
            "out of range",
        ),
        (
            "NaN --rate",
            produce(&["--rate", "NaN", "x"]),
            "out of range",
        ),
        (
            "huge --interval",
            produce(&["--interval", "1e19", "x"]),
            "out of range",
        ),
        (
            "huge --reconnect-for",
            produce(&["--reconnect-for", "1e19", "x"]),
            "out of range",
        ),
        (
            "huge --confirm-window",
            produce(&["--confirm-window", "4294967295", "x"]),
            // The value typed is not repeated (it may be a password): the range is.
            "is not in 1..=100000",
        ),
        (
            "bench huge --size",
            bench(&["--size", "18446744073709551615"]),
            "out of range",
        ),
        (
            "bench tiny --rate",
            bench(&["--rate", "1e-20"]),
            "out of range",
        ),
        (
            "bench --duration 0",
            bench(&["--duration", "0"]),
            "out of range",
        ),
        (
            "bench huge --duration",
            bench(&["--duration", "1e19"]),
            "out of range",
        ),
        (
            "bench many producers",
            bench(&["--producers", "4294967295"]),
            "is not in 0..=1000",
        ),
        (
            "huge --timeout",
            vec!["--timeout", "1e19", "list-queues"],
            "out of range",
        ),
        (
            "huge --idle-timeout",
            vec!["consume", "existing-q", "--idle-timeout", "1e19"],
            "out of range",
        ),
        (
            "--watch 0",
            vec!["list-queues", "--watch", "0"],
            "out of range",
        ),
        (
            "huge --message-ttl",
            vec!["declare-queue", "q2", "--message-ttl", "1e19"],
            "out of range",
        ),
    ] {
        cases.push(case(what, &args, 64, message));
    }
    check(&vhost, cases);
    assert_unchanged(&vhost);
}
