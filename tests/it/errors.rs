//! Every error path of the tutorial's commands: the SPEC.md exit code, one clear `mq: ` line
//! (plus a hint where there is an obvious next step), and never a password in any output.

use std::io::{BufRead, BufReader};
use std::process::Command;

use crate::common::{Run, Spawned, TestVhost, api_url, broker_host_port, mq_command, temp_dir};

const SECRET: &str = "Sup3r-S3cret-pw";

/// Runs `cmd` to its end: the password never on stdout or stderr, and no panic.
fn run(mut cmd: Command) -> Run {
    Run::clean(&mut cmd, &[SECRET])
}

/// Runs `mq ARGS`, expects exit `code` and a first stderr line containing `message`.
fn expect_failure(mut cmd: Command, args: &[&str], code: i32, message: &str) -> Run {
    cmd.args(args);
    let failure = run(cmd);
    assert_eq!(failure.code, Some(code), "mq {args:?}: {}", failure.stderr);
    // Indented lines continue the line above (clap's usage line under a usage error).
    let lines: Vec<&str> = failure
        .stderr
        .lines()
        .filter(|l| !l.starts_with(' '))
        .collect();
    assert!(
        !lines.is_empty() && lines.len() <= 2,
        "one or two lines expected: {}",
        failure.stderr
    );
    assert!(
        lines.iter().all(|l| l.starts_with("mq: ")),
        "{}",
        failure.stderr
    );
    // The error is the last word but for a hint (a producer's summary may come before it).
    let hinted = lines.len() == 2
        && [
            "mq: is ",
            "mq: check ",
            "mq: see ",
            "mq: names ",
            "mq: wait ",
        ]
        .iter()
        .any(|prefix| lines[1].starts_with(prefix));
    let error_line = lines[lines.len() - 1 - usize::from(hinted)];
    assert!(
        error_line.contains(message),
        "{message:?} not in {}",
        failure.stderr
    );
    failure
}

#[test]
fn broker_unreachable_is_69_with_a_hint() {
    let mut cmd = mq_command();
    cmd.env("MQ_URL", "amqp://guest:guest@127.0.0.1:1/%2f");
    let failure = expect_failure(cmd, &["declare-queue", "x"], 69, "connection refused");
    assert!(
        failure.stderr.contains("is RabbitMQ running"),
        "{}",
        failure.stderr
    );
}

#[test]
fn management_api_unreachable_is_69_with_the_plugin_hint() {
    let mut cmd = mq_command();
    cmd.env("MQ_API_URL", "http://127.0.0.1:1");
    let failure = expect_failure(cmd, &["list-queues"], 69, "cannot reach the management API");
    assert!(
        failure
            .stderr
            .contains("rabbitmq-plugins enable rabbitmq_management"),
        "{}",
        failure.stderr
    );
}

#[test]
fn wrong_password_is_77_and_never_printed() {
    // In MQ_PASSWORD, for AMQP and for the API.
    for args in [&["declare-queue", "x"][..], &["list-queues"][..]] {
        let mut cmd = mq_command();
        cmd.env("MQ_PASSWORD", SECRET);
        expect_failure(cmd, args, 77, "refused user 'guest'");
    }
    let mut cmd = mq_command();
    cmd.env("MQ_PASSWORD", SECRET)
        .args(["--verbose", "list-queues"]);
    let failure = run(cmd);
    assert_eq!(failure.code, Some(77), "{}", failure.stderr);
    let get = format!("mq: GET {}/api/queues/%2F", api_url().trim_end_matches('/'));
    assert!(
        failure.stderr.contains(&get),
        "{get:?} not in {}",
        failure.stderr
    );
    // In the URL, also with --verbose.
    let broker = broker_host_port();
    let url = format!("amqp://guest:{SECRET}@{broker}/%2f");
    let mut cmd = mq_command();
    cmd.env_remove("MQ_URL");
    let failure = run({
        cmd.args(["--verbose", "--url", &url, "declare-queue", "x"]);
        cmd
    });
    assert_eq!(failure.code, Some(77), "{}", failure.stderr);
    let connecting = format!("mq: connecting to amqp://guest@{broker}");
    assert!(
        failure.stderr.contains(&connecting),
        "{connecting:?} not in {}",
        failure.stderr
    );
    // In a password file.
    let file = crate::common::temp_file(format!("{SECRET}\n").as_bytes());
    // Private, as a password file should be (else mq warns about it).
    std::fs::set_permissions(
        file.path(),
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    let cmd = mq_command();
    expect_failure(
        cmd,
        &[
            "--password-file",
            file.path().to_str().unwrap(),
            "list-exchanges",
        ],
        77,
        "refused user 'guest'",
    );
}

#[test]
fn an_unparseable_url_does_not_echo_its_password() {
    let mut cmd = mq_command();
    cmd.env("MQ_URL", format!("amqp://guest:{SECRET}@host:99999/"));
    expect_failure(cmd, &["declare-queue", "x"], 64, "invalid URL");
}

#[test]
fn unknown_vhost_is_66() {
    let mut cmd = mq_command();
    cmd.env("MQ_VHOST", crate::common::unique("no-such-vhost"));
    expect_failure(cmd, &["declare-queue", "x"], 66, "does not exist");
    let mut cmd = mq_command();
    cmd.env("MQ_VHOST", crate::common::unique("no-such-vhost"));
    expect_failure(cmd, &["list-queues"], 66, "does not exist");
}

#[test]
fn unknown_queue_or_exchange_is_66() {
    let vhost = TestVhost::new("not-found");
    expect_failure(vhost.mq(), &["consume", "nope"], 66, "no queue 'nope'");
    expect_failure(
        vhost.mq(),
        &["produce", "--exchange", "nope", "hello"],
        66,
        "no exchange 'nope'",
    );
    expect_failure(
        vhost.mq(),
        &["declare-queue", "q", "--bind", "nope:key"],
        66,
        "no exchange 'nope'",
    );
}

#[test]
fn redeclaring_with_other_properties_is_65_and_names_the_property() {
    let vhost = TestVhost::new("redeclare");
    vhost.run(&["declare-exchange", "integers"]);
    // Same properties: succeeds, changes nothing.
    vhost.run(&["declare-exchange", "integers"]);
    expect_failure(
        vhost.mq(),
        &["declare-exchange", "integers", "--type", "fanout"],
        65,
        "inequivalent arg 'type'",
    );
    vhost.run(&["declare-queue", "q"]);
    expect_failure(
        vhost.mq(),
        &["declare-queue", "q", "--transient"],
        65,
        "inequivalent arg 'durable'",
    );
    expect_failure(
        vhost.mq(),
        &["declare-queue", "q", "--max-length", "10"],
        65,
        "x-max-length",
    );
}

#[test]
fn unroutable_messages_are_reported_and_exit_1() {
    let vhost = TestVhost::new("unroutable");
    vhost.run(&["declare-exchange", "integers"]);
    let mut cmd = vhost.mq();
    cmd.args([
        "produce",
        "--exchange",
        "integers",
        "--routing-key",
        "nowhere",
        "a",
        "b",
    ]);
    let failure = run(cmd);
    assert_eq!(failure.code, Some(1), "{}", failure.stderr);
    let lines: Vec<&str> = failure.stderr.lines().collect();
    assert_eq!(
        lines,
        [
            "mq: message returned as unroutable: exchange 'integers', routing key 'nowhere' (312 NO_ROUTE)",
            "mq: message returned as unroutable: exchange 'integers', routing key 'nowhere' (312 NO_ROUTE)",
            lines[2],
            "mq: 2 of 2 messages were not delivered: 2 returned as unroutable, 0 nacked, 0 unconfirmed",
        ]
    );
    assert!(lines[2].starts_with("mq: published 2, confirmed 0, returned 2, nacked 0 in "));
}

#[test]
fn usage_errors_are_64() {
    let vhost = TestVhost::new("usage");
    expect_failure(
        vhost.mq(),
        &["list-queues", "--bogus"],
        64,
        "unexpected argument",
    );
    expect_failure(
        vhost.mq(),
        &["consume", "q", "--idle-timeout", "soon"],
        64,
        "duration",
    );
    expect_failure(
        vhost.mq(),
        &["consume", "q", "--template", "{nope}"],
        64,
        "unknown placeholder '{nope}'",
    );
    let long = "q".repeat(256);
    expect_failure(vhost.mq(), &["declare-queue", &long], 64, "at most 255");
    expect_failure(
        vhost.mq(),
        &["declare-exchange", ""],
        64,
        "must not be empty",
    );
    expect_failure(
        vhost.mq(),
        &["list-queues", "--columns", "nope"],
        64,
        "unknown column",
    );
    // Nothing was created by any of these.
    assert!(vhost.queues().is_empty());
}

#[test]
fn config_errors_are_78() {
    let dir = temp_dir();
    let file = dir.path().join("config.toml");
    std::fs::write(&file, "[profiles.default]\nurl = 'amqp://h'\nbogus = 1\n").unwrap();
    let mut cmd = mq_command();
    cmd.env("MQ_CONFIG", &file);
    expect_failure(cmd, &["list-queues"], 78, "unknown field `bogus`");
    let mut cmd = mq_command();
    cmd.env("MQ_CONFIG", &file);
    std::fs::write(&file, "[profiles.default]\n").unwrap();
    expect_failure(
        cmd,
        &["--profile", "prod", "list-queues"],
        78,
        "unknown profile 'prod'",
    );
}

#[test]
fn ctrl_c_stops_a_consumer_cleanly_with_130_after_acking_what_it_printed() {
    let vhost = TestVhost::new("sigint-consume");
    vhost.fill("q", 10, 8);
    let mut child = Spawned::new(vhost.mq().args(["consume", "q"]));
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for _ in 0..10 {
        lines.next().expect("a line").expect("readable");
    }
    assert!(child.interrupt());
    let output = child.output();
    assert_eq!(output.code, Some(130));
    assert_eq!(output.stderr, "", "Ctrl-C is not an error");
    let queue = vhost.queue("q");
    assert_eq!(queue["messages"], 0, "printed messages were acked: {queue}");
}

#[test]
fn ctrl_c_stops_a_producer_with_130_and_a_true_summary() {
    let vhost = TestVhost::new("sigint-produce");
    vhost.run(&["declare-exchange", "integers"]);
    vhost.run(&["declare-queue", "odds", "--bind", "integers:odd"]);
    vhost.run(&["declare-queue", "evens", "--bind", "integers:even"]);
    // 50 ms between messages: the producer's pace, so that Ctrl-C comes mid-run.
    let mut child = Spawned::new(
        vhost
            .mq()
            .args(["produce", "--random", "--interval", "50ms"]),
    );
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut printed = 0;
    while printed < 5 {
        lines.next().expect("a line").expect("readable");
        printed += 1;
    }
    assert!(child.interrupt());
    printed += lines.count();
    let output = child.output();
    assert_eq!(output.code, Some(130));
    let stderr = &output.stderr;
    let confirmed: u64 = stderr
        .split("confirmed ")
        .nth(1)
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no summary in {stderr}"));
    assert_eq!(
        confirmed, printed as u64,
        "every printed integer was confirmed"
    );
    let in_queues = vhost.queue("odds")["messages"].as_u64().unwrap()
        + vhost.queue("evens")["messages"].as_u64().unwrap();
    assert_eq!(in_queues, confirmed, "{stderr}");
}

/// An HTTP server that is not RabbitMQ: every request gets a 404 with an HTML page.
fn html_404_server() -> crate::common::Peer {
    use std::io::{Read, Write};
    crate::common::Peer::start("127.0.0.1:0", |mut stream| {
        let mut request = [0u8; 4096];
        let _ = stream.read(&mut request);
        let page = "<html><body><h1>404 Not Found</h1></body></html>";
        let _ = write!(
            stream,
            "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
            page.len()
        );
    })
    .unwrap()
}

#[test]
fn a_404_from_something_else_than_rabbitmq_is_69_not_a_missing_vhost() {
    let server = html_404_server();
    let other = format!("http://127.0.0.1:{}/", server.port);
    let wrong_prefix = format!("{}/wrong-prefix/", api_url().trim_end_matches('/'));
    for (base, args) in [
        (&other, &["list-queues"][..]),
        (&other, &["export-definitions"][..]),
        (&wrong_prefix, &["list-queues"][..]),
        (&wrong_prefix, &["list-exchanges"][..]),
    ] {
        let mut cmd = mq_command();
        cmd.args(["--api-url", base]);
        let failure = expect_failure(
            cmd,
            args,
            69,
            &format!("no RabbitMQ management API at {base}"),
        );
        assert!(failure.stderr.contains("check --api-url"), "{failure:?}");
    }
    // RabbitMQ's own 404 still means what it says.
    let mut cmd = mq_command();
    cmd.env("MQ_VHOST", "no-such-vhost-for-404");
    expect_failure(cmd, &["list-queues"], 66, "does not exist");
}

#[test]
fn a_vhost_at_its_connection_limit_is_75_with_a_hint_that_fits() {
    let vhost = TestVhost::new("conn-limit");
    crate::common::Admin::new().put(
        &["vhost-limits", &vhost.name, "max-connections"],
        &serde_json::json!({"value": 0}),
    );
    let mut cmd = vhost.mq();
    cmd.env("MQ_PASSWORD", "guest");
    let failure = expect_failure(cmd, &["declare-queue", "q"], 75, "connection limit");
    assert!(
        failure
            .stderr
            .contains("wait for other connections to close"),
        "{failure:?}"
    );
    assert!(
        !failure.stderr.contains("check the user and password"),
        "{failure:?}"
    );
}

#[test]
fn a_reserved_amq_name_gets_a_hint_about_the_name_not_the_password() {
    let vhost = TestVhost::new("amq-names");
    for args in [
        &["declare-queue", "amq.mine"][..],
        &["declare-exchange", "amq.mine"][..],
    ] {
        let failure = expect_failure(vhost.mq(), args, 77, "reserved prefix 'amq.*'");
        assert!(
            failure
                .stderr
                .contains("names starting with 'amq.' are reserved"),
            "{failure:?}"
        );
        assert!(!failure.stderr.contains("password"), "{failure:?}");
    }
    assert!(vhost.queues().is_empty());
}

#[test]
fn a_refused_import_names_the_definition() {
    let vhost = TestVhost::new("defs-named");
    let dir = temp_dir();
    let write = |name: &str, text: String| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_str().unwrap().to_owned()
    };
    // A whole-broker import naming a vhost that does not exist: RabbitMQ answers the Erlang
    // term ["no_such_vhost", V]; the queue that named it is named back.
    let missing = crate::common::unique("no-such-vhost");
    let file = write(
        "missing.json",
        format!(
            r#"{{"queues":[{{"name":"orders","vhost":"{missing}","durable":true,"auto_delete":false,"arguments":{{}}}}]}}"#
        ),
    );
    let mut cmd = mq_command();
    cmd.args(["import-definitions", &file]);
    let failure = run(cmd);
    assert_eq!(failure.code, Some(66), "{failure:?}");
    assert!(
        failure.stderr.contains(&format!(
            "queue 'orders' in vhost '{missing}': vhost '{missing}' does not exist"
        )),
        "{failure:?}"
    );
    // A field of the wrong type: RabbitMQ would say only "function_clause" after importing
    // what came before it; mq refuses the file before sending anything.
    let file = write(
        "typed.json",
        r#"{"queues":[{"name":"good","durable":true,"auto_delete":false,"arguments":{}},{"name":"bad","durable":"yes","auto_delete":false,"arguments":{}}]}"#.to_owned(),
    );
    let failure = expect_failure(vhost.mq(), &["import-definitions", &file], 65, "");
    assert!(
        failure.stderr.contains(&format!(
            "queue 'bad' in vhost '{}': `durable` must be true or false, not \"yes\"",
            vhost.name
        )),
        "{failure:?}"
    );
    assert!(!failure.stderr.contains("function_clause"), "{failure:?}");
    assert!(vhost.queues().is_empty(), "nothing imported");
}

/// A user of the test's own, deleted on drop (on every path).
struct TestUser {
    name: String,
    admin: crate::common::Admin,
}

impl Drop for TestUser {
    fn drop(&mut self) {
        let _ = self.admin.send(
            reqwest::Method::DELETE,
            &["users", &self.name],
            None,
            std::time::Duration::from_secs(10),
        );
    }
}

#[test]
fn a_user_at_its_connection_limit_is_75_too() {
    let vhost = TestVhost::new("user-limit");
    let user = TestUser {
        name: crate::common::unique("limited"),
        admin: crate::common::Admin::new(),
    };
    let password = "limited-pw-1";
    let all = serde_json::json!({"configure": ".*", "write": ".*", "read": ".*"});
    user.admin.put(
        &["users", &user.name],
        &serde_json::json!({"password": password, "tags": ""}),
    );
    user.admin
        .put(&["permissions", &vhost.name, &user.name], &all);
    user.admin.put(
        &["user-limits", &user.name, "max-connections"],
        &serde_json::json!({"value": 0}),
    );
    let mut cmd = vhost.mq();
    cmd.env("MQ_USER", &user.name).env("MQ_PASSWORD", password);
    let failure = expect_failure(cmd, &["declare-queue", "q"], 75, "user connection limit");
    assert!(
        failure
            .stderr
            .contains("wait for other connections to close"),
        "{failure:?}"
    );
    assert!(vhost.queues().is_empty());
}
