//! Parsing of the small value languages on the command line: `KEY=VALUE` typed arguments,
//! durations, `EXCHANGE:KEY` bindings and AMQP names.

use std::time::Duration;

use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};

use crate::error::{Error, Result};

/// A `KEY=VALUE` whose value is typed the way the broker expects it: an integer stays an
/// integer, `true`/`false` a boolean, anything else a string. Quoting the value (`KEY="10"`)
/// keeps it a string.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedArg {
    pub key: String,
    pub value: AMQPValue,
}

pub fn parse_typed_arg(input: &str) -> Result<TypedArg, String> {
    let (key, raw) = input
        .split_once('=')
        .ok_or_else(|| format!("'{input}' is not KEY=VALUE"))?;
    if key.is_empty() {
        return Err(format!("'{input}' has an empty key"));
    }
    if key.len() > 255 {
        return Err(format!("key '{key}' is longer than 255 bytes"));
    }
    Ok(TypedArg {
        key: key.to_owned(),
        value: typed_value(raw),
    })
}

fn typed_value(raw: &str) -> AMQPValue {
    let unquoted = raw
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .or_else(|| raw.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')));
    if let Some(text) = unquoted {
        return AMQPValue::LongString(LongString::from(text.as_bytes()));
    }
    if let Ok(number) = raw.parse::<i64>() {
        return AMQPValue::LongLongInt(number);
    }
    match raw {
        "true" => AMQPValue::Boolean(true),
        "false" => AMQPValue::Boolean(false),
        _ => AMQPValue::LongString(LongString::from(raw.as_bytes())),
    }
}

pub fn field_table(args: &[TypedArg]) -> FieldTable {
    let mut table = FieldTable::default();
    for arg in args {
        // Keys were checked against the short-string limit when parsed.
        if let Ok(key) = ShortString::try_new(arg.key.as_str()) {
            table.insert(key, arg.value.clone());
        }
    }
    table
}

/// `500ms`, `10s`, `2m`, `1h30m`; a bare number is seconds (`0` means "no wait").
pub fn parse_duration(input: &str) -> Result<Duration, String> {
    let trimmed = input.trim();
    if let Ok(seconds) = trimmed.parse::<f64>() {
        return Duration::try_from_secs_f64(seconds)
            .map_err(|_| format!("'{input}' is not a duration"));
    }
    humantime::parse_duration(trimmed)
        .map_err(|_| format!("'{input}' is not a duration (examples: 500ms, 10s, 2m)"))
}

/// Bounds of the numeric flags, checked when the command line is parsed: past them a value
/// would overflow an allocation, a `Duration` or an `Instant` (a panic, exit 101) long before
/// it could mean anything to a broker. Each flag's `--help` states its range.
pub mod bounds {
    use std::time::Duration;

    /// The largest body `produce --size` and `bench --size` build: RabbitMQ's own ceiling
    /// (`max_message_size` cannot be set above 512 MiB). Brokers refuse less by default
    /// (128 MiB on 4.x), and the publish then fails with the broker's error.
    pub const MAX_MESSAGE_BYTES: u64 = 512 * 1024 * 1024;
    /// `--rate`: above 0, at least one message in 1000 s, at most ten million a second.
    pub const MIN_RATE: f64 = 0.001;
    pub const MAX_RATE: f64 = 10_000_000.0;
    pub const DAY: Duration = Duration::from_secs(24 * 3600);
    /// `--confirm-window`: each message in flight is held until confirmed.
    pub const MAX_CONFIRM_WINDOW: u32 = 100_000;
    /// `bench --producers/--consumers`: each one is a connection of its own.
    pub const MAX_BENCH_CLIENTS: u32 = 1000;
}

/// A duration within `[min, max]`, said in the error with `range` (the words of `--help`).
fn duration_within(
    input: &str,
    min: Duration,
    max: Duration,
    range: &str,
) -> Result<Duration, String> {
    let duration = parse_duration(input)?;
    if duration < min || duration > max {
        return Err(format!("'{input}' is out of range: {range}"));
    }
    Ok(duration)
}

/// `--timeout`: 1ms to 24h.
pub fn parse_timeout(input: &str) -> Result<Duration, String> {
    duration_within(input, Duration::from_millis(1), bounds::DAY, "1ms to 24h")
}

/// `--interval`, `--idle-timeout`: 0 to 24h.
pub fn parse_interval(input: &str) -> Result<Duration, String> {
    duration_within(input, Duration::ZERO, bounds::DAY, "0 to 24h")
}

/// The shortest `--watch` interval: the management API works its rates out from samples it
/// takes every 5 s (`collect_statistics_interval`'s default), so a shorter redraw would show
/// the same rates again, for a few requests to the broker each time.
pub const WATCH_MIN: Duration = Duration::from_secs(5);

/// `--watch`: 5s ([`WATCH_MIN`]) to 24h.
pub fn parse_watch(input: &str) -> Result<Duration, String> {
    duration_within(
        input,
        WATCH_MIN,
        bounds::DAY,
        "5s to 24h (the management API samples its rates every 5 s)",
    )
}

/// `--reconnect-for`: 0 to 7 days.
pub fn parse_reconnect_for(input: &str) -> Result<Duration, String> {
    duration_within(input, Duration::ZERO, bounds::DAY * 7, "0 to 7d")
}

/// `bench --duration`: 1s to 24h (the run reports whole seconds).
pub fn parse_bench_duration(input: &str) -> Result<Duration, String> {
    duration_within(input, Duration::from_secs(1), bounds::DAY, "1s to 24h")
}

/// `--message-ttl`: 0 to 2^32-1 ms (about 49 days), the broker's own limit.
pub fn parse_message_ttl(input: &str) -> Result<Duration, String> {
    let max = Duration::from_millis(u64::from(u32::MAX));
    duration_within(input, Duration::ZERO, max, "0 to 4294967295ms (about 49d)")
}

/// `--max-age`: 1s to 100 years.
pub fn parse_max_age(input: &str) -> Result<Duration, String> {
    duration_within(
        input,
        Duration::from_secs(1),
        bounds::DAY * 36_525,
        "1s to 100y",
    )
}

/// `produce --size`: 0 to 512 MiB.
pub fn parse_size(input: &str) -> Result<usize, String> {
    size_within(input, 0)
}

/// `bench --size`: 8 bytes (the send time each body carries) to 512 MiB.
pub fn parse_bench_size(input: &str) -> Result<usize, String> {
    size_within(input, 8)
}

fn size_within(input: &str, min: u64) -> Result<usize, String> {
    let max = bounds::MAX_MESSAGE_BYTES;
    let range = format!("at least {min} and at most {max} bytes (512 MiB)");
    let bytes: u64 = input
        .trim()
        .parse()
        .map_err(|_| format!("'{input}' is not a size in bytes ({range})"))?;
    if !(min..=max).contains(&bytes) {
        return Err(format!("'{input}' is out of range: {range}"));
    }
    usize::try_from(bytes).map_err(|_| format!("'{input}' is too large for this machine"))
}

/// `--rate`: 0 (as fast as possible) or 0.001 to 10000000 messages a second.
pub fn parse_rate(input: &str) -> Result<f64, String> {
    let range = "0 (as fast as possible), or 0.001 to 10000000";
    let rate: f64 = input
        .trim()
        .parse()
        .map_err(|_| format!("'{input}' is not a rate ({range})"))?;
    if rate == 0.0 || (bounds::MIN_RATE..=bounds::MAX_RATE).contains(&rate) {
        // `-0` is 0 too; NaN fails both tests.
        Ok(rate.abs())
    } else {
        Err(format!("'{input}' is out of range: {range}"))
    }
}

/// `--offset` of a stream consumer, as the `x-stream-offset` argument wants it: `first`,
/// `last`, `next` as strings, an offset as an integer, a point in time as a timestamp (RFC 3339,
/// or a duration meaning that long ago).
pub fn parse_offset(input: &str) -> Result<AMQPValue, String> {
    match input {
        "first" | "last" | "next" => {
            return Ok(AMQPValue::LongString(LongString::from(input.as_bytes())));
        }
        _ => {}
    }
    if let Ok(offset) = input.parse::<u64>() {
        let offset = i64::try_from(offset).map_err(|_| format!("offset {input} is too large"))?;
        return Ok(AMQPValue::LongLongInt(offset));
    }
    let at = match humantime::parse_rfc3339_weak(input) {
        Ok(at) => at,
        Err(_) => {
            let ago = humantime::parse_duration(input).map_err(|_| {
                format!(
                    "'{input}' is not first, last, next, an offset, a time (2024-05-01T12:00:00Z) \
                     or a duration ago (10m)"
                )
            })?;
            std::time::SystemTime::now()
                .checked_sub(ago)
                .ok_or_else(|| format!("'{input}' ago is before the epoch"))?
        }
    };
    let seconds = at
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|_| format!("'{input}' is before 1970"))?
        .as_secs();
    Ok(AMQPValue::Timestamp(seconds))
}

/// `--bind EXCHANGE:ROUTING_KEY`: the key is everything after the first `:` and may be empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BindSpec {
    pub exchange: String,
    pub routing_key: String,
}

pub fn parse_bind(input: &str) -> Result<BindSpec, String> {
    let (exchange, routing_key) = input
        .split_once(':')
        .ok_or_else(|| format!("'{input}' is not EXCHANGE:ROUTING_KEY"))?;
    check_name(exchange, "exchange")?;
    check_name(routing_key, "routing key")?;
    Ok(BindSpec {
        exchange: exchange.to_owned(),
        routing_key: routing_key.to_owned(),
    })
}

/// AMQP names and routing keys are short strings: at most 255 bytes.
pub fn check_name(name: &str, what: &str) -> Result<(), String> {
    if name.len() > 255 {
        return Err(format!(
            "{what} '{}…' is {} bytes long; AMQP allows at most 255",
            name.chars().take(20).collect::<String>(),
            name.len()
        ));
    }
    Ok(())
}

/// A name as the AMQP layer wants it, refused with exit 64 when it cannot be one.
pub fn short(name: &str, what: &str) -> Result<ShortString> {
    check_name(name, what).map_err(Error::usage)?;
    ShortString::try_new(name).map_err(|e| Error::usage(format!("{what} '{name}': {e}")))
}

/// `--timestamp`: seconds since the epoch, as the AMQP property holds them.
pub fn parse_timestamp(input: &str) -> Result<u64, String> {
    let at = match input {
        "now" => std::time::SystemTime::now(),
        _ => match input.parse::<u64>() {
            Ok(seconds) => return Ok(seconds),
            Err(_) => humantime::parse_rfc3339_weak(input).map_err(|_| {
                format!("'{input}' is not 'now', seconds or a time such as 2024-05-01T12:00:00Z")
            })?,
        },
    };
    at.duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .map_err(|_| format!("'{input}' is before 1970"))
}

/// `--expiration`: AMQP wants milliseconds as text.
pub fn parse_expiration(input: &str) -> Result<String, String> {
    if !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(input.to_owned());
    }
    let duration = parse_duration(input)?;
    Ok(duration.as_millis().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_booleans_and_strings_are_typed() {
        assert_eq!(
            parse_typed_arg("x-max-length=10").unwrap().value,
            AMQPValue::LongLongInt(10)
        );
        assert_eq!(
            parse_typed_arg("x-single-active-consumer=true")
                .unwrap()
                .value,
            AMQPValue::Boolean(true)
        );
        assert_eq!(
            parse_typed_arg("x-queue-mode=lazy").unwrap().value,
            AMQPValue::LongString("lazy".into())
        );
        assert_eq!(
            parse_typed_arg("x-max-length=abc").unwrap().value,
            AMQPValue::LongString("abc".into())
        );
        assert_eq!(
            parse_typed_arg("id=\"10\"").unwrap().value,
            AMQPValue::LongString("10".into())
        );
        assert_eq!(
            parse_typed_arg("k=a=b").unwrap(),
            TypedArg {
                key: "k".into(),
                value: AMQPValue::LongString("a=b".into())
            }
        );
        assert_eq!(
            parse_typed_arg("n=-5").unwrap().value,
            AMQPValue::LongLongInt(-5)
        );
    }

    #[test]
    fn malformed_typed_args_are_refused() {
        assert!(parse_typed_arg("novalue").is_err());
        assert!(parse_typed_arg("=1").is_err());
        assert!(parse_typed_arg(&format!("{}=1", "k".repeat(256))).is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_duration("10s").unwrap(), Duration::from_secs(10));
        assert_eq!(parse_duration("2m").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_duration("0").unwrap(), Duration::ZERO);
        assert_eq!(parse_duration("1.5").unwrap(), Duration::from_millis(1500));
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("-1").is_err());
    }

    #[test]
    fn stream_offsets() {
        assert_eq!(
            parse_offset("first").unwrap(),
            AMQPValue::LongString("first".into())
        );
        assert_eq!(parse_offset("42").unwrap(), AMQPValue::LongLongInt(42));
        assert_eq!(
            parse_offset("2024-05-01T12:00:00Z").unwrap(),
            AMQPValue::Timestamp(1_714_564_800)
        );
        assert!(matches!(
            parse_offset("10m").unwrap(),
            AMQPValue::Timestamp(t) if t > 1_714_564_800
        ));
        assert!(parse_offset("-1").is_err());
        assert!(parse_offset("soon").is_err());
    }

    #[test]
    fn bind_specs_split_at_the_first_colon() {
        assert_eq!(
            parse_bind("integers:odd").unwrap(),
            BindSpec {
                exchange: "integers".into(),
                routing_key: "odd".into()
            }
        );
        assert_eq!(parse_bind("logs:").unwrap().routing_key, "");
        assert_eq!(parse_bind("t:a:b").unwrap().routing_key, "a:b");
        assert!(parse_bind("nocolon").is_err());
    }

    #[test]
    fn timestamps_are_seconds() {
        assert_eq!(parse_timestamp("1714564800").unwrap(), 1_714_564_800);
        assert_eq!(
            parse_timestamp("2024-05-01T12:00:00Z").unwrap(),
            1_714_564_800
        );
        assert!(parse_timestamp("now").unwrap() > 1_714_564_800);
        assert!(parse_timestamp("later").is_err());
    }

    #[test]
    fn expiration_is_milliseconds() {
        assert_eq!(parse_expiration("60000").unwrap(), "60000");
        assert_eq!(parse_expiration("30s").unwrap(), "30000");
        assert!(parse_expiration("soon").is_err());
    }

    #[test]
    fn numeric_flags_are_bounded() {
        assert!(parse_size("18446744073709551615").is_err());
        assert_eq!(parse_size("536870912").unwrap(), 536_870_912);
        assert!(parse_size("536870913").is_err());
        assert!(parse_bench_size("7").is_err());
        for bad in ["1e-20", "-1", "NaN", "inf", "1e300", ""] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_rate("0").unwrap(), 0.0);
        assert_eq!(parse_rate("2.5").unwrap(), 2.5);
        assert!(parse_interval("1e19").is_err());
        assert!(parse_interval("25h").is_err());
        assert_eq!(parse_interval("0").unwrap(), Duration::ZERO);
        assert!(parse_reconnect_for("1e19").is_err());
        assert!(parse_reconnect_for("8d").is_err());
        assert!(parse_bench_duration("0").is_err());
        assert!(parse_timeout("0").is_err());
        assert!(parse_watch("0").is_err());
        assert!(parse_watch("4999ms").is_err());
        assert_eq!(parse_watch("5s").unwrap(), WATCH_MIN);
        assert!(parse_watch("25h").is_err());
        assert!(parse_message_ttl("50d").is_err());
        assert!(parse_max_age("0").is_err());
    }

    #[test]
    fn headers_are_typed() {
        let table: FieldTable = field_table(&[parse_typed_arg("n=1").unwrap()]);
        assert!(table.contains_key("n"));
    }
}
