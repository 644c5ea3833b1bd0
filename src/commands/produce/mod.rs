//! `produce`: the command line of publishing, turned once into the publisher's plain options
//! and a source of bodies; the run, its progress bar, the `integer: N` lines printed once
//! confirmed, the summary and the exit code. Publishing itself is [`crate::publish`]'s.

mod connections;
mod progress;
mod source;
mod template;
mod timed;

use std::cell::{Cell, RefCell};
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use clap::Args;
use lapin::BasicProperties;
use lapin::types::{AMQPValue, ShortString};
use tokio::io::{AsyncRead, BufReader};

use crate::commands::ReconnectArgs;
use crate::commands::consume::save::SavedDir;
use crate::commands::consume::stream_filter::{self, require_filtering};
use crate::context::Context;
use crate::diag::Diag;
use crate::envelope::{PropertyValue, overlay, with_properties};
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::publish::{Outcome, PublishCounts, PublishOptions, Settled};
use crate::stop::Stop;
use crate::values::{
    TypedArg, bounds, field_table, parse_expiration, parse_interval, parse_rate, parse_size,
    parse_timestamp, parse_typed_arg, short,
};

use progress::Progress;

use crate::output::per_second;
use source::{Bodies, Recordings, Replay, ReplayOverrides, Templated};
use template::Template;

#[derive(Debug, Args)]
pub struct ProduceArgs {
    /// Messages to publish, one per argument; with none (and no --random, --file or --size),
    /// each line of standard input is one message
    pub messages: Vec<String>,
    /// The tutorial's producer: random integers 1-100 to exchange 'integers', routing key odd/even
    #[arg(long, conflicts_with_all = ["messages", "file", "size"])]
    pub random: bool,
    /// What standard input (or --file) holds: text (each line a message body) or json (the
    /// JSON lines of 'consume --format json', republished with their exchange, routing key,
    /// properties and headers; --exchange, --routing-key and property flags given here override
    /// the recorded ones)
    #[arg(long, value_enum, default_value_t = Input::Text, conflicts_with_all = ["messages", "random", "size", "body_template"])]
    pub input: Input,
    /// With --input json or --from-dir: report a malformed message on stderr and go on (exit 1 at the end)
    /// instead of stopping there
    #[arg(long)]
    pub skip_bad: bool,
    /// Republish the messages 'consume --save-dir' saved in DIR, in their order, as --input
    /// json does those of a file
    #[arg(long, value_name = "DIR", conflicts_with_all = ["messages", "random", "file", "size", "body_template"])]
    pub from_dir: Option<PathBuf>,
    /// With --input json or --from-dir: publish at the pace the messages were received at,
    /// the intervals between their received_at times (else their timestamp property, whole
    /// seconds)
    #[arg(long, conflicts_with_all = ["interval", "rate"])]
    pub timed: bool,
    /// With --timed: replay X times as fast (0.5: half as fast) [default: 1] [range: above 0,
    /// at most 1000]
    #[arg(long, value_name = "X", requires = "timed", value_parser = timed::parse_speed)]
    pub speed: Option<f64>,
    /// Exchange to publish to [default: "" (the default exchange); 'integers' with --random]
    #[arg(long, value_name = "NAME")]
    pub exchange: Option<String>,
    /// Routing key [default: "", odd/even with --random]; on the default exchange, a queue name
    #[arg(long, value_name = "KEY")]
    pub routing_key: Option<String>,
    /// How many messages: the MESSAGE arguments are cycled, stdin stops early, --file and --size
    /// repeat [default: each MESSAGE once, stdin to its end, 1 for --file/--size, forever for --random]
    /// [range: 0 to 2^64-1]
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// Pause between messages (0: as fast as possible) [default: 1s with --random, else 0]
    /// [range: 0 to 24h]
    #[arg(long, value_name = "DURATION", value_parser = parse_interval, conflicts_with = "rate")]
    pub interval: Option<Duration>,
    /// Messages per second (0: as fast as possible) [range: 0, or 0.001 to 10000000]
    #[arg(long, value_name = "N", value_parser = parse_rate)]
    pub rate: Option<f64>,
    /// Send the whole of FILE as one message (repeated --count times); with --input json, read
    /// the recorded messages from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "messages")]
    pub file: Option<PathBuf>,
    /// Send synthetic messages of BYTES bytes (load generation) [range: 0 to 536870912 (512 MiB);
    /// brokers refuse more than their max_message_size, 128 MiB by default on 4.x]
    #[arg(long, value_name = "BYTES", value_parser = parse_size, conflicts_with_all = ["messages", "file"])]
    pub size: Option<usize>,
    /// Render each body from TEMPLATE (realistic load): {seq} (the message's number, from 1),
    /// {random:A-B} (an integer from A to B inclusive), {uuid} (v4), {now} (RFC 3339 UTC with
    /// milliseconds), {hostname}; '{{' and '}}' for literal braces. The text values of --header
    /// are templates too, rendered per message [default --count: 1]
    #[arg(long, value_name = "TEMPLATE", conflicts_with_all = ["messages", "random", "file", "size"])]
    pub body_template: Option<String>,
    /// Non-persistent messages (delivery_mode 1) [default: persistent, delivery_mode 2]
    #[arg(long)]
    pub transient: bool,
    /// content_type property [default: text/plain]
    #[arg(long, value_name = "TYPE")]
    pub content_type: Option<String>,
    /// A message header, typed like --arg (repeatable)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_typed_arg)]
    pub headers: Vec<TypedArg>,
    /// message_id property
    #[arg(long, value_name = "ID")]
    pub message_id: Option<String>,
    /// correlation_id property
    #[arg(long, value_name = "ID")]
    pub correlation_id: Option<String>,
    /// reply_to property
    #[arg(long, value_name = "QUEUE")]
    pub reply_to: Option<String>,
    /// Per-message TTL: milliseconds as AMQP has it, or a duration such as 30s
    #[arg(long, value_name = "MS|DURATION", value_parser = parse_expiration)]
    pub expiration: Option<String>,
    /// priority property [range: 0 to 255]
    #[arg(long, value_name = "N")]
    pub priority: Option<u8>,
    /// type property
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// app_id property
    #[arg(long, value_name = "ID")]
    pub app_id: Option<String>,
    /// content_encoding property (e.g. gzip)
    #[arg(long, value_name = "ENCODING")]
    pub content_encoding: Option<String>,
    /// timestamp property: 'now', seconds since the epoch, or an RFC 3339 time
    #[arg(long, value_name = "now|SECONDS|TIME", value_parser = parse_timestamp)]
    pub timestamp: Option<u64>,
    /// user_id property (the broker refuses any but the connected user's name)
    #[arg(long, value_name = "USER")]
    pub user_id: Option<String>,
    /// Streams, RabbitMQ 3.13 and later: the message's filter value (header
    /// x-stream-filter-value), which 'consume --stream-filter' selects by
    #[arg(long, value_name = "VALUE")]
    pub stream_filter_value: Option<String>,
    /// Most messages awaiting their confirm at once [range: 1 to 100000]
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..=i64::from(bounds::MAX_CONFIRM_WINDOW)))]
    pub confirm_window: u32,
    /// Do not ask for publisher confirms (faster; nothing is known to have arrived)
    #[arg(long)]
    pub no_confirm: bool,
    /// Do not publish mandatory: unroutable messages vanish silently
    #[arg(long)]
    pub no_mandatory: bool,
    /// Publish over N connections at once (throughput beyond one connection's): the input is
    /// shared out message by message to whichever connection is ready, --count and --rate are
    /// totals, and each connection has its own --confirm-window. Order holds per connection
    /// only [range: 1 to 64]
    #[arg(long, value_name = "N", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..=i64::from(connections::MAX_CONNECTIONS)))]
    pub connections: u32,
    #[command(flatten)]
    pub reconnect: ReconnectArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Input {
    /// Each line is one message body
    Text,
    /// Each line is a message as 'consume --format json' writes it
    Json,
}

pub async fn run(args: &ProduceArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let exchange = args
        .exchange
        .clone()
        .unwrap_or_else(|| if args.random { "integers" } else { "" }.to_owned());
    short(&exchange, "exchange name")?;
    let default_key = args.routing_key.clone().unwrap_or_default();
    short(&default_key, "routing key")?;
    if args.stream_filter_value.is_some() {
        require_filtering(cx, "--stream-filter-value").await?;
    }
    let (mut bodies, count) = bodies_and_count(args, &cx.diag).await?;
    let properties = properties(args)?;
    let period = match (args.interval, args.rate) {
        (Some(interval), _) => Some(interval),
        (None, Some(rate)) if rate < 0.0 || !rate.is_finite() => {
            return Err(Error::usage("--rate must be 0 or more"));
        }
        (None, Some(rate)) if rate > 0.0 => Some(Duration::from_secs_f64(1.0 / rate)),
        (None, Some(_)) => None,
        (None, None) if args.random => Some(Duration::from_secs(1)),
        (None, None) => None,
    }
    .filter(|p| !p.is_zero());

    let quiet = cx.diag.is_quiet();
    let options = |period| PublishOptions {
        exchange: exchange.clone(),
        target: None,
        mandatory: !args.no_mandatory,
        confirms: !args.no_confirm,
        window: args.confirm_window as usize,
        properties: properties.clone(),
        period,
        reconnect_for: args.reconnect.reconnect_for,
        report_blocking: !quiet,
    };
    let progress = Progress::new(count, args.random || quiet);
    let shared = connections::Shared {
        out: RefCell::new(out),
        progress: &progress,
        closed: Cell::new(false),
    };
    let interrupt = cx.stop().clone();
    let feed = connections::Feed::new(&mut bodies, count, &default_key);
    // A lost connection is found again inside each publisher and the work goes on where it
    // stopped; anything else (or Ctrl-C) ends the run.
    let ran = connections::publish(
        cx,
        args.connections,
        options,
        period,
        &feed,
        &shared,
        &interrupt,
    );
    let connections::Ran {
        outcome,
        drained,
        counts,
        unconfirmed,
        elapsed,
    } = ran.await?;
    let skipped = bodies.skipped();
    progress.finish(&cx.diag);
    // What the broker settled before a failure is worth knowing too; when it settled
    // nothing, the error alone says what happened.
    let settled = counts.confirmed + counts.returned + counts.nacked;
    if !quiet && (settled > 0 || (outcome.is_ok() && drained.is_ok())) {
        // Interrupted, the summary line says how much of the run was never sent.
        let unsent = count
            .filter(|_| interrupt.is_raised())
            .map(|count| (count.saturating_sub(counts.published), count));
        print_summary(
            &cx.diag,
            &counts,
            unconfirmed,
            elapsed,
            args.no_confirm,
            unsent,
        );
        let rate = counts.published as f64 / elapsed.as_secs_f64().max(f64::EPSILON);
        // Asked for more than it reached (by a tenth or more), a run says so: the broker,
        // the network or confirms were the limit, not --rate.
        // A run of under a second is mostly its start: too short to judge.
        if let Some(asked) = args.rate.filter(|asked| *asked > 0.0 && rate < asked * 0.9)
            && elapsed >= Duration::from_secs(1)
        {
            cx.diag.note(format_args!(
                "asked for --rate {asked}, reached {}: the broker, the connection or the \
                 confirm window (--confirm-window) held it back",
                per_second(rate)
            ));
        }
    }
    outcome
        .and(drained)
        .and_then(|()| verdict(&counts, unconfirmed, skipped, &interrupt))
}

/// Produce's side of the publisher: prints each message's line once the broker has it,
/// warns of returned and nacked messages, and moves the progress bar.
struct Announcer<'a, 'o> {
    /// Standard output, the progress bar, and whether standard output was closed
    /// (`produce --random | head -2`): publishing stops, and what is in flight is still waited
    /// for and counted in the summary.
    shared: &'a connections::Shared<'o>,
    diag: &'a Diag,
}

impl Announcer<'_, '_> {
    fn announce(&mut self, line: Option<String>) -> Result<()> {
        let Some(line) = line.filter(|_| !self.shared.closed.get()) else {
            return Ok(());
        };
        let written = {
            let mut out = self.shared.out.borrow_mut();
            writeln!(out, "{line}").and_then(|()| out.flush())
        };
        match written.map_err(Error::output) {
            Err(err) if err.kind() == ErrorKind::BrokenPipe => {
                self.shared.closed.set(true);
                self.diag
                    .note("standard output was closed: publishing stops");
                Ok(())
            }
            other => other,
        }
    }
}

impl Settled for Announcer<'_, '_> {
    type Tag = Option<String>;

    fn settled(&mut self, outcome: Outcome<'_>, line: Option<String>) -> Result<()> {
        match outcome {
            // Confirms off: the broker has it as far as anyone will know.
            Outcome::Sent => {
                self.shared.progress.sent();
                return self.announce(line);
            }
            Outcome::Confirmed => {
                self.shared.progress.confirmed();
                self.announce(line)?;
            }
            Outcome::Returned(returned) => self.shared.progress.returned(returned, self.diag),
            Outcome::Nacked => {
                self.shared.progress.nacked();
                self.diag.warn(format_args!(
                    "the broker nacked a message (it could not take it)"
                ));
            }
        }
        Ok(())
    }
}

async fn bodies_and_count(args: &ProduceArgs, diag: &Diag) -> Result<(Bodies, Option<u64>)> {
    if let Some(dir) = &args.from_dir {
        let from = Recordings::Dir(SavedDir::open(dir)?);
        let replay = replay(args, diag, from, format!("'{}'", dir.display()))?;
        return Ok((replay, args.count));
    }
    if args.input == Input::Json {
        let (reader, origin): (Box<dyn AsyncRead + Unpin>, String) = match &args.file {
            Some(path) => (
                Box::new(tokio::fs::File::open(path).await.map_err(|e| {
                    Error::not_found(format!("cannot read --file '{}': {e}", path.display()))
                })?),
                format!("'{}'", path.display()),
            ),
            None => (Box::new(tokio::io::stdin()), "standard input".to_owned()),
        };
        let from = Recordings::Lines(BufReader::new(reader));
        return Ok((replay(args, diag, from, origin)?, args.count));
    }
    if args.skip_bad {
        return Err(Error::usage(
            "--skip-bad goes with --input json or --from-dir",
        ));
    }
    if args.timed {
        return Err(Error::usage(
            "--timed goes with --input json or --from-dir: it replays recorded messages",
        ));
    }
    Ok(if let Some(body) = &args.body_template {
        let templated = templated(args, body)?;
        (Bodies::Templated(templated), Some(args.count.unwrap_or(1)))
    } else if args.random {
        (Bodies::Random, args.count)
    } else if let Some(size) = args.size {
        (Bodies::Synthetic(size), Some(args.count.unwrap_or(1)))
    } else if let Some(path) = &args.file {
        let body = std::fs::read(path).map_err(|e| {
            Error::not_found(format!("cannot read --file '{}': {e}", path.display()))
        })?;
        // Bytes takes the Vec as it is: the file is held once, never copied.
        (
            Bodies::Fixed(vec![body.into()]),
            Some(args.count.unwrap_or(1)),
        )
    } else if !args.messages.is_empty() {
        let bodies: Vec<bytes::Bytes> = args
            .messages
            .iter()
            .map(|m| bytes::Bytes::copy_from_slice(m.as_bytes()))
            .collect();
        let count = args.count.unwrap_or(bodies.len() as u64);
        (Bodies::Fixed(bodies), Some(count))
    } else {
        let stdin: Box<dyn AsyncRead + Unpin> = Box::new(tokio::io::stdin());
        (Bodies::Lines(BufReader::new(stdin)), args.count)
    })
}

/// Recorded messages, with what the command line lays over them.
fn replay(args: &ProduceArgs, diag: &Diag, from: Recordings, origin: String) -> Result<Bodies> {
    let overrides = ReplayOverrides {
        exchange: args.exchange.clone(),
        routing_key: args.routing_key.clone(),
        properties: property_flags(args)?,
        timed: args.timed.then(|| args.speed.unwrap_or(1.0)),
    };
    let replay = Replay::new(from, origin, args.skip_bad, diag, overrides);
    Ok(Bodies::Recorded(Box::new(replay)))
}

/// `--body-template` and the --header values that are templates, parsed once (a bad one is a
/// usage error before anything connects).
fn templated(args: &ProduceArgs, body: &str) -> Result<Box<Templated>> {
    let body = Template::parse(body).map_err(|e| Error::usage(format!("--body-template: {e}")))?;
    let mut headers = Vec::new();
    for header in &args.headers {
        let AMQPValue::LongString(text) = &header.value else {
            continue;
        };
        let text = String::from_utf8_lossy(text.as_bytes());
        let template = Template::parse(&text)
            .map_err(|e| Error::usage(format!("--header {}: {e}", header.key)))?;
        // A value with braces is rendered even when constant, so that '{{' means '{' there too.
        if !template.is_constant() || text.contains(['{', '}']) {
            let key = ShortString::try_new(header.key.as_str())
                .map_err(|e| Error::usage(format!("--header {}: {e}", header.key)))?;
            headers.push((key, template));
        }
    }
    Ok(Box::new(Templated {
        body,
        headers,
        properties: properties(args)?,
    }))
}

/// The properties of every message: the flags given, and the defaults for the rest.
fn properties(args: &ProduceArgs) -> Result<BasicProperties> {
    let defaults = BasicProperties::default()
        .with_delivery_mode(2)
        .with_content_type(ShortString::from("text/plain"));
    Ok(overlay(defaults, &property_flags(args)?))
}

/// Only the properties given on the command line, each flag naming its property in the
/// envelope's table (which alone knows how to set it).
fn property_flags(args: &ProduceArgs) -> Result<BasicProperties> {
    let text = |value: &Option<String>, what: &str| -> Result<Option<PropertyValue>> {
        let text = value.as_deref().map(|v| short(v, what)).transpose()?;
        Ok(text.map(PropertyValue::Text))
    };
    let given = [
        (
            "delivery_mode",
            args.transient.then_some(PropertyValue::Octet(1)),
        ),
        ("content_type", text(&args.content_type, "content type")?),
        ("message_id", text(&args.message_id, "message id")?),
        (
            "correlation_id",
            text(&args.correlation_id, "correlation id")?,
        ),
        ("reply_to", text(&args.reply_to, "reply-to")?),
        ("expiration", text(&args.expiration, "expiration")?),
        ("priority", args.priority.map(PropertyValue::Octet)),
        ("type", text(&args.kind, "type")?),
        ("app_id", text(&args.app_id, "app id")?),
        (
            "content_encoding",
            text(&args.content_encoding, "content encoding")?,
        ),
        ("timestamp", args.timestamp.map(PropertyValue::Seconds)),
        ("user_id", text(&args.user_id, "user id")?),
    ];
    let mut p = with_properties(
        BasicProperties::default(),
        given
            .into_iter()
            .filter_map(|(name, value)| Some((name, value?))),
    );
    let mut headers = field_table(&args.headers);
    if let Some(value) = &args.stream_filter_value {
        let value = AMQPValue::LongString(value.as_str().into());
        headers.insert(ShortString::from(stream_filter::VALUE_HEADER), value);
    }
    if !headers.inner().is_empty() {
        p = p.with_headers(headers);
    }
    Ok(p)
}

fn print_summary(
    diag: &Diag,
    tally: &PublishCounts,
    unconfirmed: usize,
    elapsed: Duration,
    no_confirm: bool,
    unsent: Option<(u64, u64)>,
) {
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 {
        tally.published as f64 / seconds
    } else {
        0.0
    };
    let confirmed = if no_confirm {
        "confirms off".to_owned()
    } else {
        format!(
            "confirmed {}, returned {}, nacked {}{}",
            tally.confirmed,
            tally.returned,
            tally.nacked,
            if unconfirmed > 0 {
                format!(", unconfirmed {unconfirmed}")
            } else {
                String::new()
            }
        )
    };
    let interrupted = match unsent {
        Some((unsent, count)) => format!("; interrupted: {unsent} of the {count} never sent"),
        None => String::new(),
    };
    diag.note(format_args!(
        "published {}, {confirmed} in {seconds:.3}s ({}){interrupted}",
        tally.published,
        per_second(rate).replace("/s", " msg/s")
    ));
    if tally.republished > 0 {
        diag.note(format_args!(
            "republished {n} after reconnecting: up to {n} duplicates",
            n = tally.republished
        ));
    }
}

fn verdict(tally: &PublishCounts, unconfirmed: usize, skipped: u64, stop: &Stop) -> Result<()> {
    if stop.is_raised() {
        return Err(stop.error());
    }
    if skipped > 0 && tally.returned == 0 && tally.nacked == 0 && unconfirmed == 0 {
        return Err(Error::partial(format!(
            "{skipped} malformed line(s) skipped"
        )));
    }
    if tally.returned > 0 || tally.nacked > 0 || unconfirmed > 0 {
        return Err(Error::partial(format!(
            "{} of {} messages were not delivered: {} returned as unroutable, {} nacked, {} unconfirmed",
            tally.returned + tally.nacked + unconfirmed as u64,
            tally.published,
            tally.returned,
            tally.nacked,
            unconfirmed
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Line {
        #[command(flatten)]
        produce: ProduceArgs,
    }

    /// Every property flag lands in its property (the names resolve in the envelope's table).
    #[test]
    fn every_property_flag_sets_its_property() {
        let line = Line::try_parse_from([
            "produce",
            "--transient",
            "--content-type=a",
            "--message-id=b",
            "--correlation-id=c",
            "--reply-to=d",
            "--expiration=1s",
            "--priority=5",
            "--type=e",
            "--app-id=f",
            "--content-encoding=g",
            "--timestamp=7",
            "--user-id=h",
            "--header=n=1",
        ])
        .unwrap();
        let p = property_flags(&line.produce).unwrap();
        let text = |v: &Option<ShortString>| v.as_ref().map(|s| s.as_str().to_owned());
        assert_eq!(*p.delivery_mode(), Some(1));
        assert_eq!(text(p.content_type()).as_deref(), Some("a"));
        assert_eq!(text(p.message_id()).as_deref(), Some("b"));
        assert_eq!(text(p.correlation_id()).as_deref(), Some("c"));
        assert_eq!(text(p.reply_to()).as_deref(), Some("d"));
        assert_eq!(text(p.expiration()).as_deref(), Some("1000"));
        assert_eq!(*p.priority(), Some(5));
        assert_eq!(text(p.kind()).as_deref(), Some("e"));
        assert_eq!(text(p.app_id()).as_deref(), Some("f"));
        assert_eq!(text(p.content_encoding()).as_deref(), Some("g"));
        assert_eq!(*p.timestamp(), Some(7));
        assert_eq!(text(p.user_id()).as_deref(), Some("h"));
        assert!(p.headers().as_ref().unwrap().contains_key("n"));
        let defaults = properties(&Line::try_parse_from(["produce"]).unwrap().produce).unwrap();
        assert_eq!(*defaults.delivery_mode(), Some(2));
        assert_eq!(text(defaults.content_type()).as_deref(), Some("text/plain"));
    }
}
