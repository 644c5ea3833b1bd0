//! `produce --body-template`: bodies and header values rendered per message, read back with
//! lapin itself; a bad template is a usage error (64) and nothing is published.

use std::collections::HashSet;

use lapin::types::AMQPValue;

use crate::common::TestVhost;

#[test]
fn seq_and_uuid_are_rendered_per_message() {
    let vhost = TestVhost::new("templates-body");
    vhost.run(&["declare-queue", "t"]);
    vhost.run(&[
        "produce",
        "--routing-key",
        "t",
        "--body-template",
        "{seq}:{uuid}",
        "--count",
        "50",
    ]);
    let messages = vhost.drain("t");
    assert_eq!(messages.len(), 50);
    let mut seqs = Vec::new();
    let mut uuids = HashSet::new();
    for (_, body) in &messages {
        let body = String::from_utf8(body.clone()).expect("UTF-8 body");
        let (seq, id) = body.split_once(':').expect("seq:uuid");
        seqs.push(seq.parse::<u64>().expect("seq is a number"));
        let id = uuid::Uuid::parse_str(id).unwrap_or_else(|e| panic!("{id:?}: {e}"));
        assert_eq!(id.get_version_num(), 4, "{id}");
        uuids.insert(id);
    }
    seqs.sort_unstable();
    assert_eq!(seqs, (1..=50).collect::<Vec<_>>());
    assert_eq!(uuids.len(), 50, "every uuid distinct");
}

#[test]
fn header_values_are_templates_rendered_per_message() {
    let vhost = TestVhost::new("templates-header");
    vhost.run(&["declare-queue", "t"]);
    vhost.run(&[
        "produce",
        "--routing-key",
        "t",
        "--body-template",
        "body {seq}",
        "--header",
        "n=no. {seq}",
        "--header",
        "braces={{literal}}",
        "--header",
        "fixed=7",
        "--count",
        "5",
    ]);
    let messages = vhost.drain("t");
    assert_eq!(messages.len(), 5);
    let text = |value: Option<&AMQPValue>| match value {
        Some(AMQPValue::LongString(s)) => String::from_utf8_lossy(s.as_bytes()).into_owned(),
        other => panic!("not a text header: {other:?}"),
    };
    let mut seen = Vec::new();
    for (properties, body) in &messages {
        let headers = properties.headers().as_ref().expect("headers");
        let inner = headers.inner();
        let n = text(inner.get("n"));
        assert_eq!(n.replace("no.", "body"), String::from_utf8_lossy(body));
        assert_eq!(text(inner.get("braces")), "{literal}");
        assert_eq!(inner.get("fixed"), Some(&AMQPValue::LongLongInt(7)));
        seen.push(n);
    }
    seen.sort();
    assert_eq!(seen, ["no. 1", "no. 2", "no. 3", "no. 4", "no. 5"]);
}

#[test]
fn bad_templates_are_usage_errors_and_publish_nothing() {
    let vhost = TestVhost::new("templates-bad");
    vhost.run(&["declare-queue", "t"]);
    let cases: [(&[&str], &str); 4] = [
        (
            &["--body-template", "x {nope}"],
            "unknown placeholder '{nope}'",
        ),
        (
            &["--body-template", "{random:9-1}"],
            "bad range in '{random:9-1}'",
        ),
        (&["--body-template", "open {seq"], "never closed"),
        (
            &["--body-template", "ok", "--header", "h={when}"],
            "--header h: unknown placeholder '{when}'",
        ),
    ];
    for (flags, problem) in cases {
        let mut args = vec!["produce", "--routing-key", "t", "--count", "3"];
        args.extend_from_slice(flags);
        let run = vhost.expect_code(&args, 64);
        assert!(run.stderr.contains(problem), "{args:?}: {}", run.stderr);
    }
    assert!(vhost.drain("t").is_empty(), "nothing was published");
}

/// The template is parsed before anything connects: with no broker to reach, a bad template is
/// still 64, not the 69 of an unreachable broker.
#[test]
fn a_bad_template_is_found_before_connecting() {
    let vhost = TestVhost::new("templates-early");
    let run = crate::common::Run::of(
        vhost
            .mq()
            .env("MQ_URL", "amqp://guest:guest@127.0.0.1:1")
            .args(["produce", "--body-template", "{random:1-}"]),
    );
    assert_eq!(run.code, Some(64), "{}", run.stderr);
    assert!(
        run.stderr.contains("bad range in '{random:1-}'"),
        "{}",
        run.stderr
    );
}
