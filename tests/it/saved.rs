//! `consume --save-dir` and `produce --from-dir` / `--timed`: each message saved as its body
//! byte for byte beside its envelope, a used directory refused, the saved messages published
//! again with the same properties and bodies; and a timed replay whose intervals between
//! arrivals are those recorded (within 10 %), also at `--speed 2` from JSON lines.

use std::time::{Duration, SystemTime};

use lapin::BasicProperties;
use lapin::types::{AMQPValue, FieldTable, LongString};
use serde_json::Value;

use crate::common::{TestVhost, temp_dir, temp_file};

fn originals() -> Vec<(BasicProperties, Vec<u8>)> {
    let mut headers = FieldTable::default();
    headers.insert("n".into(), AMQPValue::LongInt(7));
    headers.insert("s".into(), AMQPValue::LongString(LongString::from("x")));
    let full = BasicProperties::default()
        .with_content_type("application/octet-stream".into())
        .with_message_id("m-1".into())
        .with_priority(3)
        .with_timestamp(1_714_564_800)
        .with_headers(headers);
    vec![
        (full, (0..=255u8).collect()),
        (BasicProperties::default(), Vec::new()),
        (
            BasicProperties::default(),
            b"line one\nline two\r\n".to_vec(),
        ),
        (BasicProperties::default(), vec![0xff, 0x00, 0xfe]),
    ]
}

#[test]
fn saved_messages_are_their_bytes_and_envelopes_and_publish_again_as_they_were() {
    let vhost = TestVhost::new("saved");
    vhost.run(&["declare-queue", "in"]);
    vhost.run(&["declare-queue", "copy"]);
    let messages = originals();
    vhost.publish("in", &messages);
    let root = temp_dir();
    let dir = root.path().join("new").join("saved");
    let dir_arg = dir.to_str().expect("a UTF-8 path");
    let run = vhost.expect_code(&["consume", "in", "--save-dir", dir_arg, "--count", "4"], 0);
    assert_eq!(run.stdout, "", "nothing is printed");
    assert_eq!(vhost.ready("in"), 0, "every saved message was acked");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("the save dir")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .into_string()
                .expect("UTF-8")
        })
        .collect();
    names.sort();
    let wanted: Vec<String> = (1..=4)
        .flat_map(|n| [format!("{n:06}.body"), format!("{n:06}.json")])
        .collect();
    assert_eq!(names, wanted);
    for (n, (properties, body)) in messages.iter().enumerate() {
        let saved = std::fs::read(dir.join(format!("{:06}.body", n + 1))).expect("a body");
        assert_eq!(&saved, body, "message {}", n + 1);
        let text = std::fs::read_to_string(dir.join(format!("{:06}.json", n + 1))).unwrap();
        let envelope: Value = serde_json::from_str(&text).expect("a JSON envelope");
        assert_eq!(envelope["routing_key"], "in", "{envelope}");
        assert!(envelope.get("body").is_none(), "{envelope}");
        assert!(envelope["received_at"].is_string(), "{envelope}");
        if properties.message_id().is_some() {
            assert_eq!(envelope["properties"]["message_id"], "m-1");
            assert_eq!(envelope["properties"]["headers"]["n"], 7);
        }
    }
    // A second run would mix with the first: refused, and nothing taken.
    vhost.publish("in", &messages[..1]);
    let run = vhost.expect_code(&["consume", "in", "--save-dir", dir_arg], 64);
    assert!(run.stderr.contains("is not empty"), "{run:?}");
    assert_eq!(vhost.ready("in"), 1);

    vhost.run(&["produce", "--from-dir", dir_arg, "--routing-key", "copy"]);
    assert_eq!(vhost.drain("copy"), messages);
}

/// How long after the first each message went, as `produce -v --timed` says.
fn replayed(vhost: &TestVhost, args: &[&str]) -> Vec<Duration> {
    let mut all = vec!["-v", "produce", "--timed", "--routing-key", "replayed"];
    all.extend(args);
    let run = vhost.expect_code(&all, 0);
    run.stderr
        .lines()
        .filter_map(|line| line.split_once("sent at ")?.1.strip_suffix('s'))
        .map(|seconds| Duration::from_secs_f64(seconds.parse().expect("seconds")))
        .collect()
}

/// The intervals between successive times.
fn intervals(times: &[Duration]) -> Vec<Duration> {
    times
        .windows(2)
        .map(|w| w[1].saturating_sub(w[0]))
        .collect()
}

/// Each replayed interval is the recorded one divided by `speed`, within 10 %.
fn assert_paced(recorded: &[Duration], replayed: &[Duration], speed: f64) {
    assert_eq!(recorded.len(), replayed.len(), "{replayed:?}");
    for (recorded, replayed) in recorded.iter().zip(replayed) {
        let wanted = recorded.as_secs_f64() / speed;
        let off = (replayed.as_secs_f64() - wanted).abs();
        assert!(
            off <= wanted * 0.1,
            "recorded {recorded:?} at speed {speed}, replayed {replayed:?}"
        );
    }
}

/// Recorded live (a consumer saving as the messages come), then replayed from the save dir and
/// from JSON lines: the replay's own log says when each message went, and those intervals are
/// the recorded ones (the messages' arrivals at a consumer would add the machine's scheduling
/// to both sides; this checks the replay against the recording, not the machine's speed).
#[test]
fn a_timed_replay_keeps_the_recorded_intervals() {
    let vhost = TestVhost::new("saved-timed");
    for queue in ["live", "replayed"] {
        vhost.run(&["declare-queue", queue]);
    }
    let root = temp_dir();
    let dir = root.path().join("rec");
    let dir_arg = dir.to_str().expect("a UTF-8 path").to_owned();
    let saver = vhost.spawn_consumer("live", &["--save-dir", &dir_arg, "--count", "4"]);
    for pause in [0, 300, 600, 300] {
        std::thread::sleep(Duration::from_millis(pause));
        vhost.run(&["produce", "--routing-key", "live", "m"]);
    }
    saver.output().assert_ok();
    let mut lines = String::new();
    let mut received = Vec::new();
    for n in 1..=4 {
        let text = std::fs::read_to_string(dir.join(format!("{n:06}.json"))).unwrap();
        let mut envelope: Value = serde_json::from_str(&text).unwrap();
        let at = humantime::parse_rfc3339(envelope["received_at"].as_str().unwrap()).unwrap();
        received.push(at.duration_since(SystemTime::UNIX_EPOCH).unwrap());
        envelope["body"] = Value::from("m");
        lines.push_str(&format!("{envelope}\n"));
    }
    let recorded = intervals(&received);
    assert!(
        recorded.iter().all(|i| *i >= Duration::from_millis(250)),
        "{recorded:?}"
    );

    let from_dir = replayed(&vhost, &["--from-dir", &dir_arg]);
    assert_paced(&recorded, &intervals(&from_dir), 1.0);
    let file = temp_file(lines.as_bytes());
    let path = file.path().to_str().expect("a UTF-8 path");
    let from_lines = replayed(&vhost, &["--input", "json", "--file", path, "--speed", "2"]);
    assert_paced(&recorded, &intervals(&from_lines), 2.0);
    assert_eq!(vhost.ready("replayed"), 8);
}
