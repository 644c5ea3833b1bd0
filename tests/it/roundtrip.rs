//! `produce` → `consume --format json` round trips: bodies arrive byte for byte, with their
//! headers and properties.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::{Value, json};

use crate::common::{TestVhost, temp_file};

fn body_bytes(message: &Value) -> Vec<u8> {
    let body = message["body"].as_str().expect("body is a string");
    match message["body_encoding"].as_str() {
        Some("utf8") => body.as_bytes().to_vec(),
        Some("base64") => BASE64.decode(body).expect("valid base64"),
        other => panic!("unexpected body_encoding {other:?}"),
    }
}

#[test]
fn bodies_headers_and_properties_survive_the_round_trip() {
    let vhost = TestVhost::new("roundtrip");
    vhost.run(&["declare-queue", "rt"]);

    let not_utf8: Vec<u8> = vec![0xff, 0xfe, 0x00, 0x80, b'a'];
    let large: Vec<u8> = (0..1024 * 1024).map(|i| (i % 251) as u8).collect();
    let not_utf8_file = temp_file(&not_utf8);
    let large_file = temp_file(&large);
    let common_flags = [
        "--routing-key",
        "rt",
        "--header",
        "n=42",
        "--header",
        "flag=true",
        "--header",
        "who=tester",
        "--message-id",
        "m-1",
        "--correlation-id",
        "c-1",
        "--reply-to",
        "replies",
        "--type",
        "greeting",
        "--app-id",
        "mq-tests",
        "--priority",
        "3",
        "--content-type",
        "application/octet-stream",
    ];
    let produce = |extra: &[&str]| {
        let mut args = vec!["produce"];
        args.extend_from_slice(&common_flags);
        args.extend_from_slice(extra);
        vhost.run(&args);
    };
    produce(&["héllo wörld ✓"]);
    produce(&["--file", not_utf8_file.path().to_str().unwrap()]);
    produce(&[""]);
    produce(&["--transient", "--file", large_file.path().to_str().unwrap()]);

    let out = vhost.run(&["consume", "rt", "--format", "json", "--count", "4"]);
    let messages: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect();
    assert_eq!(messages.len(), 4);

    let expected_bodies: [&[u8]; 4] = ["héllo wörld ✓".as_bytes(), &not_utf8, b"", &large];
    for (message, expected) in messages.iter().zip(expected_bodies) {
        assert_eq!(body_bytes(message), expected, "body differs");
        assert_eq!(message["exchange"], "");
        assert_eq!(message["routing_key"], "rt");
        assert_eq!(message["redelivered"], false);
        let properties = &message["properties"];
        assert_eq!(
            properties["headers"],
            json!({"n": 42, "flag": true, "who": "tester"})
        );
        assert_eq!(properties["message_id"], "m-1");
        assert_eq!(properties["correlation_id"], "c-1");
        assert_eq!(properties["reply_to"], "replies");
        assert_eq!(properties["type"], "greeting");
        assert_eq!(properties["app_id"], "mq-tests");
        assert_eq!(properties["priority"], 3);
        assert_eq!(properties["content_type"], "application/octet-stream");
    }
    assert_eq!(messages[0]["body_encoding"], "utf8");
    assert_eq!(messages[1]["body_encoding"], "base64");
    assert_eq!(messages[2]["body_encoding"], "utf8");
    assert_eq!(messages[0]["properties"]["delivery_mode"], 2);
    assert_eq!(messages[3]["properties"]["delivery_mode"], 1);
    assert_eq!(vhost.queue("rt")["messages"], 0);
}

#[test]
fn stdin_lines_are_one_message_each_and_text_output_is_the_body() {
    let vhost = TestVhost::new("stdin");
    vhost.run(&["declare-queue", "lines"]);
    let output = vhost.with_stdin(
        &["produce", "--routing-key", "lines"],
        b"one\ntwo\r\n\nthree",
    );
    assert!(output.code == Some(0), "{}", output.stderr);
    let stderr = &output.stderr;
    assert!(stderr.contains("published 4, confirmed 4"), "{stderr}");
    assert_eq!(
        vhost.run(&["consume", "lines", "--count", "4"]),
        "one\ntwo\n\nthree\n"
    );
}
