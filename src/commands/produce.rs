//! `produce`: publishing with publisher confirms kept in a bounded window, mandatory routing
//! with unroutable messages reported, steady pacing, and a summary of what the broker confirmed;
//! `--input json` republishes what `consume --format json` recorded.

use std::collections::VecDeque;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::Args;
use futures_util::FutureExt;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use lapin::options::{BasicPublishOptions, ConfirmSelectOptions};
use lapin::types::ShortString;
use lapin::{BasicProperties, Channel, Confirmation, PublisherConfirm};
use rand::Rng;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};

use crate::amqp::{Session, TaskGuard};
use crate::commands::ReconnectArgs;
use crate::context::Context;
use crate::diag::Diag;
use crate::error::{Error, Result};
use crate::output::message::{Recorded, parse_envelope};
use crate::recovery::Reconnector;
use crate::stop::Stop;
use crate::values::{TypedArg, field_table, parse_duration, parse_typed_arg, short};

/// Unpaced, confirms that arrived are settled (and announced) every this many messages.
const SETTLE_EVERY: u64 = 64;

/// How long Ctrl-C waits for the broker to confirm what is already in flight.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

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
    #[arg(long, value_enum, default_value_t = Input::Text, conflicts_with_all = ["messages", "random", "size"])]
    pub input: Input,
    /// With --input json: report a malformed line on stderr and go on (exit 1 at the end)
    /// instead of stopping there
    #[arg(long)]
    pub skip_bad: bool,
    /// Exchange to publish to [default: "" (the default exchange); 'integers' with --random]
    #[arg(long, value_name = "NAME")]
    pub exchange: Option<String>,
    /// Routing key [default: "", odd/even with --random]; on the default exchange, a queue name
    #[arg(long, value_name = "KEY")]
    pub routing_key: Option<String>,
    /// How many messages: the MESSAGE arguments are cycled, stdin stops early, --file and --size
    /// repeat [default: each MESSAGE once, stdin to its end, 1 for --file/--size, forever for --random]
    #[arg(long, value_name = "N")]
    pub count: Option<u64>,
    /// Pause between messages (0: as fast as possible) [default: 1s with --random, else 0]
    #[arg(long, value_name = "DURATION", value_parser = parse_duration, conflicts_with = "rate")]
    pub interval: Option<Duration>,
    /// Messages per second (0: as fast as possible)
    #[arg(long, value_name = "N")]
    pub rate: Option<f64>,
    /// Send the whole of FILE as one message (repeated --count times); with --input json, read
    /// the recorded messages from FILE
    #[arg(long, value_name = "FILE", conflicts_with = "messages")]
    pub file: Option<PathBuf>,
    /// Send synthetic messages of BYTES bytes (load generation)
    #[arg(long, value_name = "BYTES", conflicts_with_all = ["messages", "file"])]
    pub size: Option<usize>,
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
    /// priority property (0-255)
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
    /// Most messages awaiting their confirm at once
    #[arg(long, value_name = "N", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    pub confirm_window: u32,
    /// Do not ask for publisher confirms (faster; nothing is known to have arrived)
    #[arg(long)]
    pub no_confirm: bool,
    /// Do not publish mandatory: unroutable messages vanish silently
    #[arg(long)]
    pub no_mandatory: bool,
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

/// `--timestamp`: seconds since the epoch, as the AMQP property holds them.
fn parse_timestamp(input: &str) -> Result<u64, String> {
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
fn parse_expiration(input: &str) -> Result<String, String> {
    if !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(input.to_owned());
    }
    let duration = parse_duration(input)?;
    Ok(duration.as_millis().to_string())
}

type Reader = BufReader<Box<dyn AsyncRead + Unpin>>;

/// Where the bodies come from.
enum Source {
    Random,
    Fixed(Vec<Vec<u8>>),
    Lines(Reader),
    Synthetic(usize),
    Recorded(Box<Replay>),
}

impl Source {
    /// Whether the next message comes from standard input or a file (and so may take a while).
    fn reads_input(&self) -> bool {
        matches!(self, Source::Lines(_) | Source::Recorded(_))
    }
}

/// `--input json`: recorded messages, with what the command line overrides.
struct Replay {
    reader: Reader,
    /// Where the lines come from, for error messages.
    origin: String,
    line: u64,
    skip_bad: bool,
    skipped: u64,
    diag: Diag,
    exchange: Option<String>,
    routing_key: Option<String>,
    flags: BasicProperties,
}

struct Outgoing {
    body: Vec<u8>,
    routing_key: String,
    /// Where this message goes and how, when it differs from the command's (replay).
    exchange: Option<String>,
    properties: Option<BasicProperties>,
    /// What to print on stdout once the broker confirms it (the tutorial's `integer: N`).
    announce: Option<String>,
}

impl Source {
    async fn next(&mut self, index: u64, default_key: &str) -> Result<Option<Outgoing>> {
        let plain = |body: Vec<u8>| Outgoing {
            body,
            routing_key: default_key.to_owned(),
            exchange: None,
            properties: None,
            announce: None,
        };
        Ok(match self {
            Source::Random => {
                let n: u8 = rand::rng().random_range(1..=100);
                Some(Outgoing {
                    announce: Some(format!("integer: {n}")),
                    routing_key: if n % 2 == 1 { "odd" } else { "even" }.to_owned(),
                    ..plain(n.to_string().into_bytes())
                })
            }
            Source::Fixed(bodies) => {
                let body = bodies[(index % bodies.len() as u64) as usize].clone();
                Some(plain(body))
            }
            Source::Synthetic(size) => Some(plain(synthetic_body(index, *size))),
            Source::Lines(reader) => read_line(reader, "standard input").await?.map(plain),
            Source::Recorded(replay) => replay.next().await?,
        })
    }

    /// Lines of --input json that were skipped as malformed.
    fn skipped(&self) -> u64 {
        match self {
            Source::Recorded(replay) => replay.skipped,
            _ => 0,
        }
    }
}

/// One line without its line ending; None at the end of the input.
async fn read_line(reader: &mut Reader, origin: &str) -> Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    let read = reader
        .read_until(b'\n', &mut line)
        .await
        .map_err(|e| Error::read(origin, e))?;
    if read == 0 {
        return Ok(None);
    }
    if line.ends_with(b"\n") {
        line.pop();
        if line.ends_with(b"\r") {
            line.pop();
        }
    }
    Ok(Some(line))
}

impl Replay {
    async fn next(&mut self) -> Result<Option<Outgoing>> {
        loop {
            let Some(line) = read_line(&mut self.reader, &self.origin).await? else {
                return Ok(None);
            };
            self.line += 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let parsed = std::str::from_utf8(&line)
                .map_err(|_| "not UTF-8".to_owned())
                .and_then(parse_envelope);
            match parsed {
                Ok(recorded) => return Ok(Some(self.outgoing(recorded))),
                Err(err) => {
                    let message = format!("line {} of {}: {err}", self.line, self.origin);
                    if !self.skip_bad {
                        return Err(Error::invalid(format!(
                            "{message}; nothing after it was published (--skip-bad goes on)"
                        )));
                    }
                    self.diag.note(format_args!("skipped {message}"));
                    self.skipped += 1;
                }
            }
        }
    }

    fn outgoing(&self, recorded: Recorded) -> Outgoing {
        Outgoing {
            body: recorded.body,
            routing_key: self.routing_key.clone().unwrap_or(recorded.routing_key),
            exchange: Some(self.exchange.clone().unwrap_or(recorded.exchange)),
            properties: Some(overlay(recorded.properties, &self.flags)),
            announce: None,
        }
    }
}

/// The recorded properties with those given on the command line laid over them; headers merge.
fn overlay(recorded: BasicProperties, flags: &BasicProperties) -> BasicProperties {
    let mut p = recorded;
    macro_rules! take {
        ($($get:ident => $set:ident),* $(,)?) => {
            $(if let Some(v) = flags.$get() {
                p = p.$set(v.clone());
            })*
        };
    }
    take!(
        content_type => with_content_type,
        delivery_mode => with_delivery_mode,
        message_id => with_message_id,
        correlation_id => with_correlation_id,
        reply_to => with_reply_to,
        expiration => with_expiration,
        priority => with_priority,
        kind => with_type,
        app_id => with_app_id,
        content_encoding => with_content_encoding,
        timestamp => with_timestamp,
        user_id => with_user_id,
    );
    if let Some(extra) = flags.headers() {
        let mut headers = p.headers().clone().unwrap_or_default();
        for (key, value) in extra.inner() {
            headers.insert(key.clone(), value.clone());
        }
        p = p.with_headers(headers);
    }
    p
}

/// The message's sequence number, padded with dots to `size` bytes (cut when it is longer).
fn synthetic_body(index: u64, size: usize) -> Vec<u8> {
    let mut body = index.to_string().into_bytes();
    body.resize(size, b'.');
    body
}

/// Publishes at a steady pace: message `i` is due at `start + i * period`, so a slow moment
/// is caught up and the rate holds over minutes.
struct Pacer {
    period: Option<Duration>,
    start: Instant,
}

impl Pacer {
    /// When message `index` is due; None when there is no pause between messages.
    fn due(&self, index: u64) -> Option<Instant> {
        self.period
            .map(|period| self.start + period.mul_f64(index as f64))
    }
}

/// What ended a wait for the next message's turn.
enum Woken {
    Due,
    Interrupted,
    Confirmed(Box<lapin::Result<Confirmation>>),
}

#[derive(Default)]
struct Tally {
    published: u64,
    confirmed: u64,
    returned: u64,
    nacked: u64,
    /// Messages published again on a new connection because their confirm never came.
    republished: u64,
}

/// A message awaiting its confirm, kept whole so that it can be published again when the
/// connection is lost before the broker confirms it.
struct InFlight {
    confirm: PublisherConfirm,
    message: Outgoing,
}

/// The connection and channel publishing now, with the watch that reports blocked publishing.
struct Link {
    session: Session,
    channel: Channel,
    _blocked: Option<TaskGuard>,
}

impl Link {
    /// A channel on `session` (with confirms when asked), or the error, after which the session
    /// is closed.
    async fn open(session: Session, confirms: bool, diag: &Diag) -> Result<Link> {
        match open_channel(&session, confirms).await {
            Ok(channel) => Ok(Link {
                _blocked: (!diag.is_quiet()).then(|| session.report_blocking(diag)),
                session,
                channel,
            }),
            Err(err) => {
                session.close().await;
                Err(err)
            }
        }
    }
}

async fn open_channel(session: &Session, confirms: bool) -> Result<Channel> {
    let channel = session.channel().await?;
    if confirms {
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .map_err(|e| session.error(e, "cannot turn on publisher confirms"))?;
    }
    Ok(channel)
}

pub async fn run(args: &ProduceArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let exchange = args
        .exchange
        .clone()
        .unwrap_or_else(|| if args.random { "integers" } else { "" }.to_owned());
    let exchange_name = short(&exchange, "exchange name")?;
    let default_key = args.routing_key.clone().unwrap_or_default();
    short(&default_key, "routing key")?;
    let (mut source, count) = source_and_count(args, &cx.diag).await?;
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
    let link = Link::open(cx.connect().await?, !args.no_confirm, &cx.diag).await?;
    let interrupt = cx.stop().clone();
    let progress = progress_bar(count, args.random || quiet);
    let mut publisher = Publisher {
        link,
        cx,
        reconnector: Reconnector::new(args.reconnect.reconnect_for),
        exchange: exchange.clone(),
        exchange_name,
        options: BasicPublishOptions {
            mandatory: !args.no_mandatory,
            ..BasicPublishOptions::default()
        },
        properties,
        window: args.confirm_window as usize,
        confirms: !args.no_confirm,
        in_flight: VecDeque::new(),
        unsent: None,
        index: 0,
        tally: Tally::default(),
        progress: &progress,
        out,
    };
    let started = Instant::now();
    let pacer = Pacer {
        period,
        start: started,
    };
    // A lost connection is found again and the work goes on where it stopped; anything else
    // (or Ctrl-C) ends the run.
    let outcome = loop {
        let step = publisher
            .publish_all(&mut source, count, &default_key, &pacer, &interrupt)
            .await;
        match step {
            Err(err) if err.is_connection_lost() && !interrupt.is_raised() => {
                if let Err(err) = publisher.recover(err, &interrupt).await {
                    break Err(err);
                }
            }
            other => break other,
        }
    };
    let skipped = source.skipped();
    let drained = loop {
        let step = publisher.drain(&interrupt).await;
        match step {
            Err(err) if outcome.is_ok() && err.is_connection_lost() && !interrupt.is_raised() => {
                if let Err(err) = publisher.recover(err, &interrupt).await {
                    break Err(err);
                }
            }
            other => break other,
        }
    };
    progress.finish_and_clear();
    let elapsed = started.elapsed();
    // What the broker settled before a failure is worth knowing too; when it settled
    // nothing, the error alone says what happened.
    let tally = &publisher.tally;
    let settled = tally.confirmed + tally.returned + tally.nacked;
    let unconfirmed = publisher.in_flight.len();
    if !quiet && (settled > 0 || (outcome.is_ok() && drained.is_ok())) {
        print_summary(&cx.diag, tally, unconfirmed, elapsed, args.no_confirm);
    }
    let verdict = outcome
        .and(drained)
        .and_then(|()| verdict(tally, unconfirmed, skipped, &interrupt));
    publisher.link.session.close().await;
    verdict
}

async fn source_and_count(args: &ProduceArgs, diag: &Diag) -> Result<(Source, Option<u64>)> {
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
        let replay = Replay {
            reader: BufReader::new(reader),
            origin,
            line: 0,
            skip_bad: args.skip_bad,
            skipped: 0,
            diag: diag.clone(),
            exchange: args.exchange.clone(),
            routing_key: args.routing_key.clone(),
            flags: property_flags(args)?,
        };
        return Ok((Source::Recorded(Box::new(replay)), args.count));
    }
    if args.skip_bad {
        return Err(Error::usage("--skip-bad goes with --input json"));
    }
    Ok(if args.random {
        (Source::Random, args.count)
    } else if let Some(size) = args.size {
        (Source::Synthetic(size), Some(args.count.unwrap_or(1)))
    } else if let Some(path) = &args.file {
        let body = std::fs::read(path).map_err(|e| {
            Error::not_found(format!("cannot read --file '{}': {e}", path.display()))
        })?;
        (Source::Fixed(vec![body]), Some(args.count.unwrap_or(1)))
    } else if !args.messages.is_empty() {
        let bodies: Vec<Vec<u8>> = args
            .messages
            .iter()
            .map(|m| m.as_bytes().to_vec())
            .collect();
        let count = args.count.unwrap_or(bodies.len() as u64);
        (Source::Fixed(bodies), Some(count))
    } else {
        let stdin: Box<dyn AsyncRead + Unpin> = Box::new(tokio::io::stdin());
        (Source::Lines(BufReader::new(stdin)), args.count)
    })
}

/// The properties of every message: the flags given, and the defaults for the rest.
fn properties(args: &ProduceArgs) -> Result<BasicProperties> {
    let defaults = BasicProperties::default()
        .with_delivery_mode(2)
        .with_content_type(ShortString::from("text/plain"));
    Ok(overlay(defaults, &property_flags(args)?))
}

/// Only the properties given on the command line.
fn property_flags(args: &ProduceArgs) -> Result<BasicProperties> {
    let mut p = BasicProperties::default();
    if args.transient {
        p = p.with_delivery_mode(1);
    }
    if let Some(v) = &args.content_type {
        p = p.with_content_type(short(v, "content type")?);
    }
    let text = |value: &Option<String>, what: &str| -> Result<Option<ShortString>> {
        value.as_deref().map(|v| short(v, what)).transpose()
    };
    if !args.headers.is_empty() {
        p = p.with_headers(field_table(&args.headers));
    }
    if let Some(v) = text(&args.message_id, "message id")? {
        p = p.with_message_id(v);
    }
    if let Some(v) = text(&args.correlation_id, "correlation id")? {
        p = p.with_correlation_id(v);
    }
    if let Some(v) = text(&args.reply_to, "reply-to")? {
        p = p.with_reply_to(v);
    }
    if let Some(v) = text(&args.expiration, "expiration")? {
        p = p.with_expiration(v);
    }
    if let Some(v) = args.priority {
        p = p.with_priority(v);
    }
    if let Some(v) = text(&args.kind, "type")? {
        p = p.with_type(v);
    }
    if let Some(v) = text(&args.app_id, "app id")? {
        p = p.with_app_id(v);
    }
    if let Some(v) = text(&args.content_encoding, "content encoding")? {
        p = p.with_content_encoding(v);
    }
    if let Some(v) = args.timestamp {
        p = p.with_timestamp(v);
    }
    if let Some(v) = text(&args.user_id, "user id")? {
        p = p.with_user_id(v);
    }
    Ok(p)
}

fn progress_bar(count: Option<u64>, hidden: bool) -> ProgressBar {
    match count {
        Some(total) if !hidden && std::io::stderr().is_terminal() => {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            if let Ok(style) =
                ProgressStyle::with_template("{bar:40} {pos}/{len} confirmed  {per_sec}  eta {eta}")
            {
                bar.set_style(style);
            }
            bar
        }
        _ => ProgressBar::hidden(),
    }
}

struct Publisher<'a> {
    link: Link,
    cx: &'a Context,
    reconnector: Reconnector,
    /// The exchange of the last message published, for error messages.
    exchange: String,
    exchange_name: ShortString,
    options: BasicPublishOptions,
    properties: BasicProperties,
    window: usize,
    confirms: bool,
    in_flight: VecDeque<InFlight>,
    /// The message taken from the source and not yet handed to the broker.
    unsent: Option<Outgoing>,
    /// How many messages were taken from the source and published.
    index: u64,
    tally: Tally,
    progress: &'a ProgressBar,
    out: &'a mut dyn Write,
}

impl Publisher<'_> {
    async fn publish_all(
        &mut self,
        source: &mut Source,
        count: Option<u64>,
        default_key: &str,
        pacer: &Pacer,
        interrupt: &Stop,
    ) -> Result<()> {
        while count.is_none_or(|n| self.index < n) {
            if !self.wait_turn(pacer.due(self.index), interrupt).await? {
                return Ok(());
            }
            let next = if source.reads_input() {
                // Input may keep us waiting: Ctrl-C must not.
                tokio::select! {
                    next = source.next(self.index, default_key) => next?,
                    _ = interrupt.raised() => return Ok(()),
                }
            } else {
                source.next(self.index, default_key).await?
            };
            let Some(message) = next else {
                return Ok(());
            };
            // Kept here until the broker has it, so that a connection lost meanwhile loses
            // nothing.
            self.unsent = Some(message);
            while self.in_flight.len() >= self.window {
                let settled = match self.next_confirm(interrupt).await {
                    Some(settled) => settled,
                    None => return Ok(()),
                };
                self.settle_oldest(settled)?;
            }
            self.publish_unsent().await?;
        }
        Ok(())
    }

    /// Publishes the message taken from the source last, if any.
    async fn publish_unsent(&mut self) -> Result<()> {
        let Some(message) = self.unsent.take() else {
            return Ok(());
        };
        let confirm = match self.send(&message).await {
            Ok(confirm) => confirm,
            Err(err) => {
                self.unsent = Some(message);
                return Err(err);
            }
        };
        self.tally.published += 1;
        self.index += 1;
        if self.confirms {
            self.in_flight.push_back(InFlight { confirm, message });
        } else if let Some(line) = message.announce {
            writeln!(self.out, "{line}").map_err(Error::output)?;
            self.out.flush().map_err(Error::output)?;
        }
        Ok(())
    }

    async fn send(&mut self, message: &Outgoing) -> Result<PublisherConfirm> {
        let routing_key = short(&message.routing_key, "routing key")?;
        let exchange = match &message.exchange {
            Some(exchange) => {
                let name = short(exchange, "exchange name")?;
                if *exchange != self.exchange {
                    self.exchange = exchange.clone();
                }
                name
            }
            None => self.exchange_name.clone(),
        };
        let properties = message
            .properties
            .clone()
            .unwrap_or_else(|| self.properties.clone());
        self.link
            .channel
            .basic_publish(
                exchange,
                routing_key,
                self.options,
                &message.body,
                properties,
            )
            .await
            .map_err(|e| self.publish_error(e))
    }

    fn publish_error(&self, err: lapin::Error) -> Error {
        let target = if self.exchange.is_empty() {
            "the default exchange".to_owned()
        } else {
            format!("exchange '{}'", self.exchange)
        };
        self.link
            .session
            .error(err, &format!("cannot publish to {target}"))
    }

    fn settle(&mut self, confirmation: Confirmation, announce: Option<String>) -> Result<()> {
        // The broker answers on this connection: a later loss is a new outage.
        self.reconnector.progress();
        match confirmation {
            Confirmation::Ack(None) | Confirmation::NotRequested => {
                self.tally.confirmed += 1;
                if let Some(line) = announce {
                    writeln!(self.out, "{line}").map_err(Error::output)?;
                    self.out.flush().map_err(Error::output)?;
                }
            }
            // mandatory + unroutable: the broker returns the message, then acks it.
            Confirmation::Ack(Some(returned)) => {
                self.tally.returned += 1;
                self.cx.diag.warn(format_args!(
                    "message returned as unroutable: exchange '{}', routing key '{}' ({} {})",
                    returned.delivery.exchange,
                    returned.delivery.routing_key,
                    returned.reply_code,
                    returned.reply_text
                ));
            }
            Confirmation::Nack(_) => {
                self.tally.nacked += 1;
                self.cx.diag.warn(format_args!(
                    "the broker nacked a message (it could not take it)"
                ));
            }
        }
        self.progress.inc(1);
        Ok(())
    }

    /// Waits until the next message is due, settling confirms as they arrive meanwhile so that
    /// what they announce is printed at once; false when Ctrl-C came first.
    async fn wait_turn(&mut self, due: Option<Instant>, interrupt: &Stop) -> Result<bool> {
        let Some(due) = due else {
            // Flat out, polling the oldest confirm before every message contends with lapin's
            // I/O thread for the confirm's lock (a fifth of the throughput, measured with perf):
            // look every so many messages instead; a full window is settled anyway.
            if self.tally.published.is_multiple_of(SETTLE_EVERY) {
                self.settle_ready()?;
            }
            return Ok(!interrupt.is_raised());
        };
        self.settle_ready()?;
        loop {
            let woken = match self.in_flight.front_mut() {
                Some(oldest) => tokio::select! {
                    _ = tokio::time::sleep_until(due.into()) => Woken::Due,
                    _ = interrupt.raised() => Woken::Interrupted,
                    settled = &mut oldest.confirm => Woken::Confirmed(Box::new(settled)),
                },
                None => tokio::select! {
                    _ = tokio::time::sleep_until(due.into()) => Woken::Due,
                    _ = interrupt.raised() => Woken::Interrupted,
                },
            };
            match woken {
                Woken::Due => return Ok(!interrupt.is_raised()),
                Woken::Interrupted => return Ok(false),
                Woken::Confirmed(settled) => self.settle_oldest(*settled)?,
            }
        }
    }

    /// Settles the confirms that have already arrived, without waiting.
    fn settle_ready(&mut self) -> Result<()> {
        while let Some(oldest) = self.in_flight.front_mut() {
            match (&mut oldest.confirm).now_or_never() {
                Some(settled) => self.settle_oldest(settled)?,
                None => return Ok(()),
            }
        }
        Ok(())
    }

    /// The oldest outstanding confirm, left in the queue until settled; None on Ctrl-C.
    async fn next_confirm(&mut self, interrupt: &Stop) -> Option<lapin::Result<Confirmation>> {
        let oldest = self.in_flight.front_mut()?;
        tokio::select! {
            settled = &mut oldest.confirm => Some(settled),
            _ = interrupt.raised() => None,
        }
    }

    /// Settles the oldest message with its confirm. When the connection was lost instead, the
    /// message stays in flight, to be published again on the next connection.
    fn settle_oldest(&mut self, settled: lapin::Result<Confirmation>) -> Result<()> {
        let settled = settled.map_err(|e| self.publish_error(e));
        if let Err(err) = &settled
            && err.is_connection_lost()
        {
            return settled.map(|_| ());
        }
        let announce = self.in_flight.pop_front().and_then(|f| f.message.announce);
        self.settle(settled?, announce)
    }

    /// Settles every message whose confirm came before the connection was lost, wherever it
    /// is in the queue; the rest stay in flight, in order.
    fn settle_arrived(&mut self) -> Result<()> {
        let mut waiting = VecDeque::with_capacity(self.in_flight.len());
        for mut flight in std::mem::take(&mut self.in_flight) {
            match (&mut flight.confirm).now_or_never() {
                Some(Ok(confirmation)) => self.settle(confirmation, flight.message.announce)?,
                _ => waiting.push_back(flight),
            }
        }
        self.in_flight = waiting;
        Ok(())
    }

    /// After `cause` (a lost connection): connects again and publishes again, in order, every
    /// message the broker had not confirmed, then the one that was about to go. At least once:
    /// the broker may have taken some of them before the connection went, so each one
    /// published again may be a duplicate.
    async fn recover(&mut self, cause: Error, interrupt: &Stop) -> Result<()> {
        self.settle_arrived()?;
        let mut cause = cause;
        let mut lost = self.link.session.endpoint.to_string();
        loop {
            let session = self
                .reconnector
                .reconnect(self.cx, &lost, cause, interrupt)
                .await?;
            lost = session.endpoint.to_string();
            self.link = match Link::open(session, self.confirms, &self.cx.diag).await {
                Ok(link) => link,
                Err(err) if err.is_connection_lost() => {
                    cause = err;
                    continue;
                }
                Err(err) => return Err(err),
            };
            match self.republish().await {
                Ok(()) => return Ok(()),
                Err(err) if err.is_connection_lost() => {
                    self.settle_arrived()?;
                    cause = err;
                }
                Err(err) => return Err(err),
            }
        }
    }

    async fn republish(&mut self) -> Result<()> {
        if !self.confirms {
            self.cx
                .diag
                .note("confirms are off: messages published just before the loss may be lost");
        } else if !self.in_flight.is_empty() {
            self.cx.diag.note(format_args!(
                "publishing again {} message(s) the broker had not confirmed",
                self.in_flight.len()
            ));
        }
        let mut in_flight = std::mem::take(&mut self.in_flight);
        let mut sent = Ok(());
        for flight in in_flight.iter_mut() {
            match self.send(&flight.message).await {
                Ok(confirm) => {
                    flight.confirm = confirm;
                    self.tally.republished += 1;
                }
                Err(err) => {
                    sent = Err(err);
                    break;
                }
            }
        }
        self.in_flight = in_flight;
        sent?;
        self.publish_unsent().await
    }

    /// Waits for every outstanding confirm; after Ctrl-C only for a bounded time.
    async fn drain(&mut self, interrupt: &Stop) -> Result<()> {
        while !self.in_flight.is_empty() && !interrupt.is_raised() {
            if let Some(settled) = self.next_confirm(interrupt).await {
                self.settle_oldest(settled)?;
            }
        }
        let deadline = Instant::now() + DRAIN_TIMEOUT;
        while let Some(oldest) = self.in_flight.front_mut() {
            match tokio::time::timeout_at(deadline.into(), &mut oldest.confirm).await {
                Ok(settled) => self.settle_oldest(settled)?,
                Err(_) => break,
            }
        }
        Ok(())
    }
}

fn print_summary(
    diag: &Diag,
    tally: &Tally,
    unconfirmed: usize,
    elapsed: Duration,
    no_confirm: bool,
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
    diag.note(format_args!(
        "published {}, {confirmed} in {seconds:.3}s ({rate:.0} msg/s)",
        tally.published
    ));
    if tally.republished > 0 {
        diag.note(format_args!(
            "republished {n} after reconnecting: up to {n} duplicates",
            n = tally.republished
        ));
    }
}

fn verdict(tally: &Tally, unconfirmed: usize, skipped: u64, stop: &Stop) -> Result<()> {
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
    use lapin::types::{AMQPValue, FieldTable};

    #[test]
    fn synthetic_bodies_have_the_asked_size_and_a_sequence_number() {
        assert_eq!(synthetic_body(42, 6), b"42....".to_vec());
        assert_eq!(synthetic_body(123456, 3), b"123".to_vec());
        assert!(synthetic_body(1, 0).is_empty());
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
    fn command_line_properties_override_recorded_ones_and_headers_merge() {
        let mut recorded_headers = FieldTable::default();
        recorded_headers.insert("a".into(), AMQPValue::LongInt(1));
        recorded_headers.insert("b".into(), AMQPValue::Boolean(true));
        let recorded = BasicProperties::default()
            .with_content_type("application/json".into())
            .with_message_id("m-1".into())
            .with_headers(recorded_headers);
        let mut flag_headers = FieldTable::default();
        flag_headers.insert("a".into(), AMQPValue::LongLongInt(2));
        let flags = BasicProperties::default()
            .with_delivery_mode(1)
            .with_headers(flag_headers);
        let merged = overlay(recorded, &flags);
        assert_eq!(
            merged.content_type().as_ref().unwrap().as_str(),
            "application/json"
        );
        assert_eq!(merged.message_id().as_ref().unwrap().as_str(), "m-1");
        assert_eq!(*merged.delivery_mode(), Some(1));
        let headers = merged.headers().clone().unwrap();
        assert_eq!(headers.inner()["a"], AMQPValue::LongLongInt(2));
        assert_eq!(headers.inner()["b"], AMQPValue::Boolean(true));
    }

    #[test]
    fn expiration_is_milliseconds() {
        assert_eq!(parse_expiration("60000").unwrap(), "60000");
        assert_eq!(parse_expiration("30s").unwrap(), "30000");
        assert!(parse_expiration("soon").is_err());
    }

    #[test]
    fn headers_are_typed() {
        let table: FieldTable = field_table(&[parse_typed_arg("n=1").unwrap()]);
        assert!(table.contains_key("n"));
    }
}
