//! Save and replay: what `consume --format json` writes, `produce --input json` publishes again
//! with the same properties, the same typed headers and the same body bytes. The originals are
//! published and the replays read back with lapin itself, so nothing of mq's own rendering
//! stands between the two sides of the comparison.

use lapin::BasicProperties;
use lapin::types::{
    AMQPValue, ByteArray, DecimalValue, FieldArray, FieldTable, LongString, ShortString,
};

use crate::common::{TestVhost, temp_file};

fn every_type() -> FieldTable {
    let mut nested = FieldTable::default();
    nested.insert("deep".into(), AMQPValue::Boolean(false));
    nested.insert(
        "list".into(),
        AMQPValue::FieldArray(FieldArray::from(vec![
            AMQPValue::LongInt(1),
            AMQPValue::LongString(LongString::from("two")),
        ])),
    );
    // A table that looks like a tagged value must still come back as a table.
    let mut lookalike = FieldTable::default();
    lookalike.insert("$int8".into(), AMQPValue::LongString(LongString::from("x")));
    let mut headers = FieldTable::default();
    let values = [
        ("bool", AMQPValue::Boolean(true)),
        ("i8", AMQPValue::ShortShortInt(-8)),
        ("u8", AMQPValue::ShortShortUInt(250)),
        ("i16", AMQPValue::ShortInt(-16_000)),
        ("u16", AMQPValue::ShortUInt(65_000)),
        ("i32", AMQPValue::LongInt(-2_000_000_000)),
        ("u32", AMQPValue::LongUInt(4_000_000_000)),
        ("i64", AMQPValue::LongLongInt(-9_000_000_000_000)),
        ("f32", AMQPValue::Float(0.1)),
        ("f64", AMQPValue::Double(2.5e-300)),
        ("f64whole", AMQPValue::Double(3.0)),
        (
            "decimal",
            AMQPValue::DecimalValue(DecimalValue {
                scale: 2,
                value: 12_345,
            }),
        ),
        ("text", AMQPValue::LongString(LongString::from("héllo"))),
        (
            "binary_text",
            AMQPValue::LongString(LongString::from(vec![0xff, 0xfe, 0x00])),
        ),
        (
            "bytes",
            AMQPValue::ByteArray(ByteArray::from(vec![0u8, 1, 2, 255])),
        ),
        ("timestamp", AMQPValue::Timestamp(1_714_564_800)),
        ("nested", AMQPValue::FieldTable(nested)),
        ("lookalike", AMQPValue::FieldTable(lookalike)),
        (
            "array",
            AMQPValue::FieldArray(FieldArray::from(vec![
                AMQPValue::Void,
                AMQPValue::Timestamp(5),
                AMQPValue::ByteArray(ByteArray::from(vec![7u8])),
            ])),
        ),
        ("void", AMQPValue::Void),
    ];
    for (key, value) in values {
        headers.insert(ShortString::from(key), value);
    }
    headers
}

fn originals() -> Vec<(BasicProperties, Vec<u8>)> {
    let full = BasicProperties::default()
        .with_content_type("application/octet-stream".into())
        .with_content_encoding("identity".into())
        .with_headers(every_type())
        .with_delivery_mode(2)
        .with_priority(3)
        .with_correlation_id("corr".into())
        .with_reply_to("replies".into())
        .with_expiration("600000".into())
        .with_message_id("id-1".into())
        .with_timestamp(1_714_564_800)
        .with_type("kind".into())
        .with_user_id("guest".into())
        .with_app_id("app".into());
    vec![
        // Not UTF-8, with a newline and a NUL inside.
        (full, vec![0xff, 0x00, b'\n', 0xc3, 0x28, b'{']),
        (BasicProperties::default(), Vec::new()),
        (
            BasicProperties::default().with_delivery_mode(1),
            "a line\nand \"quotes\" and ünïcode".as_bytes().to_vec(),
        ),
    ]
}

#[test]
fn consume_json_then_produce_json_yields_identical_messages() {
    let vhost = TestVhost::new("replay");
    vhost.run(&["declare-queue", "original"]);
    vhost.run(&["declare-queue", "copy"]);
    let originals = originals();
    vhost.publish("original", &originals);

    let saved = vhost.run(&["consume", "original", "--count", "3", "--format", "json"]);
    assert_eq!(saved.lines().count(), 3);
    let first: serde_json::Value = serde_json::from_str(saved.lines().next().unwrap()).unwrap();
    assert_eq!(first["body_encoding"], "base64");
    assert_eq!(first["body"], "/wAKwyh7");
    let p = &first["properties"];
    assert_eq!(p["timestamp"], 1_714_564_800);
    assert_eq!(p["user_id"], "guest");
    let h = &p["headers"];
    assert_eq!(h["bool"], true);
    assert_eq!(h["i64"], -9_000_000_000_000i64);
    // Plain JSON for people and jq; the AMQP types that plain JSON would lose, beside it.
    assert_eq!(h["i32"], -2_000_000_000);
    assert_eq!(h["f64whole"], 3.0);
    assert_eq!(h["timestamp"], 1_714_564_800);
    assert_eq!(h["bytes"], "AAEC/w==");
    assert_eq!(
        h["nested"],
        serde_json::json!({"deep": false, "list": [1, "two"]})
    );
    assert_eq!(h["array"], serde_json::json!([null, 5, "Bw=="]));
    assert_eq!(h["lookalike"], serde_json::json!({"$int8": "x"}));
    let t = &first["amqp_types"]["headers"];
    assert_eq!(t["i32"], "int32");
    assert_eq!(t["timestamp"], "timestamp");
    assert_eq!(t["bytes"], "bytes");
    assert_eq!(t["nested"], serde_json::json!({"list": ["int32", null]}));
    assert_eq!(t["array"], serde_json::json!([null, "timestamp", "bytes"]));
    for untyped in ["bool", "i64", "f64whole", "lookalike"] {
        assert!(t.get(untyped).is_none(), "{untyped} needs no type: {t}");
    }
    let empty: serde_json::Value = serde_json::from_str(saved.lines().nth(1).unwrap()).unwrap();
    assert_eq!(empty["body"], "");
    assert_eq!(empty["body_encoding"], "utf8");
    let replay = vhost.with_stdin(
        &["produce", "--input", "json", "--routing-key", "copy"],
        saved.as_bytes(),
    );
    assert_eq!(replay.code, Some(0), "{}", replay.stderr);
    assert!(
        replay.stderr.contains("published 3, confirmed 3"),
        "{}",
        replay.stderr
    );

    let copies = vhost.drain("copy");
    assert_eq!(copies.len(), originals.len());
    for ((want_props, want_body), (got_props, got_body)) in originals.iter().zip(&copies) {
        assert_eq!(got_body, want_body);
        assert_eq!(got_props, want_props);
    }
}

#[test]
fn replay_goes_to_the_recorded_exchange_and_key_unless_overridden() {
    let vhost = TestVhost::new("replayroute");
    vhost.run(&["declare-exchange", "orders"]);
    vhost.run(&["declare-queue", "created", "--bind", "orders:created"]);
    vhost.run(&["declare-queue", "elsewhere"]);
    vhost.run(&[
        "produce",
        "--exchange",
        "orders",
        "--routing-key",
        "created",
        "--header",
        "v=1",
        "o1",
    ]);
    let saved = vhost.run(&["consume", "created", "--count", "1", "--format", "json"]);

    // As recorded: exchange 'orders', key 'created'.
    let file = temp_file(saved.as_bytes());
    let file = file.path();
    vhost.run(&[
        "produce",
        "--input",
        "json",
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(
        vhost.run(&["get", "created", "--template", "{body} {header.v}"]),
        "o1 1\n"
    );

    // Overridden, with a property flag laid over the recorded ones.
    vhost.run(&[
        "produce",
        "--input",
        "json",
        "--file",
        file.to_str().unwrap(),
        "--exchange",
        "",
        "--routing-key",
        "elsewhere",
        "--message-id",
        "again",
    ]);
    assert_eq!(
        vhost.run(&[
            "get",
            "elsewhere",
            "--template",
            "{body} {header.v} {property.message_id}"
        ]),
        "o1 1 again\n"
    );
}

#[test]
fn a_malformed_line_stops_the_replay_there_unless_skip_bad() {
    let vhost = TestVhost::new("replaybad");
    vhost.run(&["declare-queue", "q"]);
    let good = |body: &str| {
        format!(
            r#"{{"exchange":"","routing_key":"q","properties":{{}},"body":"{body}","body_encoding":"utf8"}}"#
        )
    };
    let input = [
        good("one"),
        String::new(),
        good("two"),
        r#"{"exchange":"","routing_key":"q","body":"x","body_encoding":"rot13"}"#.to_owned(),
        good("after"),
    ]
    .join("\n");

    let stopped = vhost.with_stdin(&["produce", "--input", "json"], input.as_bytes());
    assert_eq!(stopped.code, Some(65), "{}", stopped.stderr);
    assert!(
        stopped.stderr.contains("line 4 of standard input"),
        "{}",
        stopped.stderr
    );
    assert!(
        stopped.stderr.contains("published 2, confirmed 2"),
        "{}",
        stopped.stderr
    );
    assert_eq!(vhost.run(&["get", "q", "--count", "10"]), "one\ntwo\n");

    let skipped = vhost.with_stdin(
        &["produce", "--input", "json", "--skip-bad"],
        input.as_bytes(),
    );
    assert_eq!(skipped.code, Some(1), "{}", skipped.stderr);
    assert!(
        skipped.stderr.contains("skipped line 4"),
        "{}",
        skipped.stderr
    );
    assert_eq!(
        vhost.run(&["get", "q", "--count", "10"]),
        "one\ntwo\nafter\n"
    );

    for bad in [
        "not json",
        "[1]",
        r#"{"routing_key":"q"}"#,
        r#"{"body":"x","properties":{"priority":"high"}}"#,
        r#"{"body":"x","properties":{"headers":{"n":{"$int8":300}}}}"#,
        r#"{"body":"x","properties":{"headers":{"n":{"$nope":1}}}}"#,
        r#"{"body":"x","properties":{"headers":{"n":300}},"amqp_types":{"headers":{"n":"uint8"}}}"#,
        r#"{"body":"x","properties":{"headers":{"n":1}},"amqp_types":{"headers":{"n":"colour"}}}"#,
        r#"{"body":"!!","body_encoding":"base64"}"#,
    ] {
        let run = vhost.with_stdin(&["produce", "--input", "json"], bad.as_bytes());
        assert_eq!(run.code, Some(65), "{bad}: {}", run.stderr);
        assert!(run.stderr.contains("line 1"), "{bad}: {}", run.stderr);
    }
    vhost.expect_code(&["produce", "--skip-bad", "x"], 64);
    vhost.expect_code(&["produce", "--input", "json", "body"], 64);
    assert_eq!(vhost.ready("q"), 0);
}
