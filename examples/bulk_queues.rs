//! Benchmark helper for `scripts/bench-list`, over one AMQP connection:
//!
//! * `bulk_queues VHOST COUNT [PREFIX]` declares COUNT transient queues PREFIX000000... fast
//!   (pipelined declares on several channels);
//! * `bulk_queues --passive VHOST COUNT [PREFIX]` declares them passively, as `mq list-queues`
//!   does to make counts current, and says how long that took;
//! * `bulk_queues --delete VHOST COUNT [PREFIX]` deletes them the same way (much faster than
//!   deleting a vhost of 100,000 queues through the management API, which gives up after 60 s);
//! * `bulk_queues --hold VHOST QUEUE N` takes N messages of QUEUE and holds them unacknowledged
//!   until it is killed (so that list-queues has unacked messages to show); `--hold-get` takes
//!   them with basic.get instead of a consumer (so that no consumer says which queue they are
//!   from).
//!
//! The broker comes from MQ_URL (default amqp://guest:guest@127.0.0.1:5672; the first URL when
//! it lists several, its credentials included); its vhost, if any, is replaced by VHOST, which
//! must exist. Standalone on purpose: lapin, tokio and futures-util only, nothing of `mq`.

use std::fmt;
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use futures_util::future::join_all;
use lapin::options::{
    BasicConsumeOptions, BasicGetOptions, BasicQosOptions, QueueDeclareOptions, QueueDeleteOptions,
};
use lapin::protocol::{AMQPErrorKind, AMQPHardError, AMQPSoftError};
use lapin::types::{FieldTable, LongString, ShortString};
use lapin::{Channel, Connection, ConnectionProperties, ErrorKind};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

const USAGE: &str =
    "usage: bulk_queues [--passive|--delete] VHOST COUNT [PREFIX] | --hold[-get] VHOST QUEUE N";

const DEFAULT_URL: &str = "amqp://guest:guest@127.0.0.1:5672";
/// lapin waits forever on a silent peer: connecting as a whole is bounded by this.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long closing politely may take before exiting anyway.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);
/// How many declares (or deletes) one channel has in flight.
const WINDOW: usize = 512;
/// What a vhost must have encoded as one URL path segment (the `url` crate's set).
const PATH_SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'?')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'%');

/// A failure: what to print, and the exit code (mq's codes for the same failures).
#[derive(Debug)]
struct Failure {
    code: u8,
    message: String,
}

type Result<T, E = Failure> = std::result::Result<T, E>;

impl Failure {
    fn new(code: u8, message: impl Into<String>) -> Self {
        Failure {
            code,
            message: message.into(),
        }
    }

    fn usage() -> Self {
        Failure::new(64, USAGE)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("bulk_queues: {err}");
            return ExitCode::FAILURE;
        }
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        [mode @ ("--hold" | "--hold-get"), vhost, queue, count] => match count.parse() {
            Ok(count) => runtime.block_on(hold(vhost, queue, count, *mode == "--hold-get")),
            Err(_) => Err(Failure::usage()),
        },
        ["--delete", vhost, count, rest @ ..] => match count.parse() {
            Ok(count) => runtime.block_on(delete(vhost, count, rest.first())),
            Err(_) => Err(Failure::usage()),
        },
        ["--passive", vhost, count, rest @ ..] => match count.parse() {
            Ok(count) => runtime.block_on(declare(vhost, count, rest.first(), true)),
            Err(_) => Err(Failure::usage()),
        },
        [vhost, count, rest @ ..] if !vhost.starts_with("--") => match count.parse() {
            Ok(count) => runtime.block_on(declare(vhost, count, rest.first(), false)),
            Err(_) => Err(Failure::usage()),
        },
        _ => Err(Failure::usage()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bulk_queues: {err}");
            ExitCode::from(err.code)
        }
    }
}

/// The broker's URL with `vhost` as its path: MQ_URL's scheme, credentials, host, port and
/// query are kept, any vhost it names is replaced.
fn broker_url(base: &str, vhost: &str) -> String {
    let (base, query) = match base.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (base, None),
    };
    let authority = base.find("://").map_or(0, |i| i + 3);
    let base = match base[authority..].find('/') {
        Some(end) => &base[..authority + end],
        None => base,
    };
    let mut url = format!("{base}/{}", utf8_percent_encode(vhost, PATH_SEGMENT));
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// The broker as error messages name it: scheme, user, host and port, never the password.
fn shown(base: &str) -> (String, String) {
    let base = base.split(['?', '#']).next().unwrap_or(base);
    let (scheme, rest) = base.split_once("://").unwrap_or(("amqp", base));
    let authority = rest.split('/').next().unwrap_or(rest);
    let (user, host) = match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split(':').next().unwrap_or(userinfo);
            let user = percent_encoding::percent_decode_str(user).decode_utf8_lossy();
            (user.into_owned(), host)
        }
        None => ("guest".to_owned(), authority),
    };
    (format!("{scheme}://{user}@{host}"), user)
}

/// One connection, and the channels opened on it (closed before it, politely).
struct Session {
    connection: Connection,
    channels: Mutex<Vec<Channel>>,
}

async fn connect(vhost: &str) -> Result<Session> {
    let base = std::env::var("MQ_URL")
        .ok()
        .and_then(|urls| urls.split_whitespace().next().map(str::to_owned))
        .unwrap_or_else(|| DEFAULT_URL.to_owned());
    let url = broker_url(&base, vhost);
    let (endpoint, user) = shown(&base);
    let properties = ConnectionProperties::default()
        .with_connection_name(LongString::from("bulk_queues".to_owned()));
    let connection =
        match tokio::time::timeout(CONNECT_TIMEOUT, Connection::connect(&url, properties)).await {
            Ok(Ok(connection)) => connection,
            Ok(Err(err)) => return Err(connect_error(&err, &endpoint, vhost, &user)),
            Err(_) => {
                return Err(Failure::new(
                    75,
                    format!(
                        "connecting to {endpoint} timed out after {}s (is it an AMQP port?)",
                        CONNECT_TIMEOUT.as_secs()
                    ),
                ));
            }
        };
    Ok(Session {
        connection,
        channels: Mutex::new(Vec::new()),
    })
}

fn connect_error(err: &lapin::Error, endpoint: &str, vhost: &str, user: &str) -> Failure {
    match err.kind() {
        ErrorKind::ProtocolError(amqp) => {
            let text = amqp.get_message().as_str();
            match amqp.kind() {
                AMQPErrorKind::Soft(AMQPSoftError::ACCESSREFUSED) => {
                    Failure::new(77, format!("{endpoint} refused user '{user}': {text}"))
                }
                AMQPErrorKind::Hard(AMQPHardError::NOTALLOWED) if text.contains("not found") => {
                    Failure::new(66, format!("vhost '{vhost}' does not exist on {endpoint}"))
                }
                AMQPErrorKind::Hard(AMQPHardError::NOTALLOWED) => Failure::new(
                    77,
                    format!("{endpoint} refused user '{user}' access to vhost '{vhost}': {text}"),
                ),
                _ => Failure::new(69, format!("{endpoint} closed the connection: {text}")),
            }
        }
        ErrorKind::IOError(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => Failure::new(
                69,
                format!("cannot connect to {endpoint}: connection refused"),
            ),
            std::io::ErrorKind::TimedOut => {
                Failure::new(75, format!("connecting to {endpoint} timed out"))
            }
            std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset => {
                Failure::new(
                    69,
                    format!("{endpoint} closed the connection during the handshake: {io}"),
                )
            }
            _ => Failure::new(69, format!("cannot connect to {endpoint}: {io}")),
        },
        ErrorKind::ParsingError(_) | ErrorKind::InvalidProtocolVersion(_) => {
            Failure::new(69, format!("{endpoint} does not speak AMQP 0-9-1"))
        }
        ErrorKind::AuthProviderError(text) => {
            Failure::new(77, format!("{endpoint} refused user '{user}': {text}"))
        }
        _ => Failure::new(69, format!("cannot connect to {endpoint}: {err}")),
    }
}

/// An error of an AMQP operation; `context` says what was attempted, on what.
fn amqp_error(err: &lapin::Error, context: &str) -> Failure {
    match err.kind() {
        ErrorKind::ProtocolError(amqp) => {
            let text = format!("{context}: {}", amqp.get_message());
            let code = match amqp.kind() {
                AMQPErrorKind::Soft(AMQPSoftError::NOTFOUND) => 66,
                AMQPErrorKind::Soft(AMQPSoftError::ACCESSREFUSED) => 77,
                AMQPErrorKind::Hard(
                    AMQPHardError::CONNECTIONFORCED | AMQPHardError::INTERNALERROR,
                ) => 69,
                _ => 65,
            };
            Failure::new(code, text)
        }
        ErrorKind::IOError(_)
        | ErrorKind::MissingHeartbeatError
        | ErrorKind::InvalidConnectionState(_) => Failure::new(
            69,
            format!("{context}: the connection to the broker was lost ({err})"),
        ),
        _ => Failure::new(70, format!("{context}: {err}")),
    }
}

impl Session {
    /// A fresh channel: a channel error (404, 406) closes the channel it happened on.
    async fn channel(&self) -> Result<Channel> {
        let channel = self
            .connection
            .create_channel()
            .await
            .map_err(|e| amqp_error(&e, "cannot open a channel"))?;
        if let Ok(mut channels) = self.channels.lock() {
            channels.retain(|c| c.status().connected());
            channels.push(channel.clone());
        }
        Ok(channel)
    }

    /// Closes the channels, then the connection, politely (and gives up after a while). The
    /// channels are closed and awaited first: lapin closes a dropped channel in a task of its
    /// own, which would race the connection's close and make lapin drop the socket.
    async fn close(self) {
        let open: Vec<Channel> = match self.channels.lock() {
            Ok(mut channels) => channels.drain(..).collect(),
            Err(_) => Vec::new(),
        };
        let polite = async {
            let closes = open
                .iter()
                .filter(|c| c.status().connected())
                .map(|c| c.close(200, "bulk_queues done".into()));
            join_all(closes).await;
            let _ = self.connection.close(200, "bulk_queues done".into()).await;
        };
        let _ = tokio::time::timeout(CLOSE_TIMEOUT, polite).await;
    }

    /// Declares the queues `names` over `lanes` channels, each with [`WINDOW`] declares in
    /// flight; the answers come back in the order of `names`. A failed declare (a passive
    /// declare of a missing queue) closes its channel: the declares queued behind it on that
    /// channel are sent again on a fresh one, so that one missing queue costs a round trip,
    /// not the others' answers.
    async fn declare_queues(
        &self,
        names: &[ShortString],
        options: QueueDeclareOptions,
        lanes: usize,
    ) -> Vec<Result<()>> {
        let mut answers: Vec<Option<Result<()>>> = names.iter().map(|_| None).collect();
        let mut pending: Vec<usize> = (0..names.len()).collect();
        while !pending.is_empty() {
            let lane_len = pending.len().div_ceil(lanes.max(1));
            let runs = pending.chunks(lane_len).map(|lane| async move {
                let channel = self.channel().await?;
                let outcome: Vec<(usize, lapin::Result<lapin::Queue>)> =
                    futures_util::stream::iter(lane)
                        .map(|&i| {
                            let channel = &channel;
                            async move {
                                let answer = channel
                                    .queue_declare(names[i].clone(), options, FieldTable::default())
                                    .await;
                                (i, answer)
                            }
                        })
                        .buffered(WINDOW)
                        .collect()
                        .await;
                if channel.status().connected() {
                    let _ = channel.close(200, "bulk_queues done".into()).await;
                }
                Ok::<_, Failure>(outcome)
            });
            let mut retry = Vec::new();
            let mut progress = false;
            for run in join_all(runs).await {
                let outcome = match run {
                    Ok(outcome) => outcome,
                    Err(err) => {
                        // No channel to be had: the connection is gone, nothing more will work.
                        for &i in &pending {
                            if answers[i].is_none() {
                                answers[i] = Some(Err(Failure::new(69, err.message.clone())));
                            }
                        }
                        retry.clear();
                        progress = false;
                        break;
                    }
                };
                for (i, answer) in outcome {
                    match answer {
                        Ok(_) => {
                            answers[i] = Some(Ok(()));
                            progress = true;
                        }
                        // The broker's answer about this queue: final.
                        Err(err) if matches!(err.kind(), ErrorKind::ProtocolError(_)) => {
                            let context = format!("queue '{}'", names[i].as_str());
                            answers[i] = Some(Err(amqp_error(&err, &context)));
                            progress = true;
                        }
                        // Its channel was closed under it: again, on a fresh channel.
                        Err(err) => {
                            answers[i] = Some(Err(amqp_error(&err, "declaring queues")));
                            retry.push(i);
                        }
                    }
                }
            }
            if !progress {
                break;
            }
            pending = retry;
        }
        answers
            .into_iter()
            .map(|answer| {
                answer.unwrap_or_else(|| Err(Failure::new(70, "a declare went unanswered")))
            })
            .collect()
    }
}

/// A name as AMQP wants it: at most 255 bytes.
fn short(name: &str, what: &str) -> Result<ShortString> {
    if name.len() > 255 {
        return Err(Failure::new(
            64,
            format!(
                "{what} '{}…' is {} bytes long; AMQP allows at most 255",
                name.chars().take(20).collect::<String>(),
                name.len()
            ),
        ));
    }
    ShortString::try_new(name).map_err(|e| Failure::new(64, format!("{what} '{name}': {e}")))
}

fn queue_names(count: usize, prefix: Option<&&str>) -> Result<Vec<ShortString>> {
    let prefix = prefix.copied().unwrap_or("q");
    (0..count)
        .map(|i| short(&format!("{prefix}{i:06}"), "queue name"))
        .collect()
}

async fn declare(vhost: &str, count: usize, prefix: Option<&&str>, passive: bool) -> Result<()> {
    let names = queue_names(count, prefix)?;
    let session = connect(vhost).await?;
    let options = QueueDeclareOptions {
        passive,
        ..QueueDeclareOptions::default()
    };
    // Creating is the broker's slowest work: more channels keep both its cores busy. Passive
    // declares use as many as mq list-queues does.
    let lanes = if passive { 4 } else { 8 };
    let started = Instant::now();
    let answers = session.declare_queues(&names, options, lanes).await;
    let elapsed = started.elapsed();
    session.close().await;
    let failed = answers.iter().filter(|a| a.is_err()).count();
    eprintln!(
        "bulk_queues: {} {} queue(s) in vhost '{vhost}' in {elapsed:.2?}",
        if passive { "checked" } else { "declared" },
        count - failed,
    );
    match answers.into_iter().find_map(Result::err) {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

async fn delete(vhost: &str, count: usize, prefix: Option<&&str>) -> Result<()> {
    let names = queue_names(count, prefix)?;
    let session = connect(vhost).await?;
    let started = Instant::now();
    let lanes = names.chunks(names.len().div_ceil(8).max(1)).map(|lane| {
        let session = &session;
        async move {
            let channel = session.channel().await?;
            let answers: Vec<_> = futures_util::stream::iter(lane)
                .map(|name| channel.queue_delete(name.clone(), QueueDeleteOptions::default()))
                .buffered(WINDOW)
                .collect()
                .await;
            match answers.into_iter().find_map(std::result::Result::err) {
                Some(err) => Err(amqp_error(&err, "deleting queues")),
                None => Ok(()),
            }
        }
    });
    let results = join_all(lanes).await;
    session.close().await;
    eprintln!(
        "bulk_queues: deleted {count} queue(s) of vhost '{vhost}' in {:.2?}",
        started.elapsed()
    );
    results.into_iter().collect()
}

async fn hold(vhost: &str, queue: &str, count: u16, get: bool) -> Result<()> {
    let name = short(queue, "queue name")?;
    let session = connect(vhost).await?;
    let channel = session.channel().await?;
    let failed = |e: lapin::Error| Failure::new(70, format!("holding messages of '{queue}': {e}"));
    if get {
        for _ in 0..count {
            channel
                .basic_get(name.clone(), BasicGetOptions::default())
                .await
                .map_err(failed)?
                .ok_or_else(|| Failure::new(2, format!("queue '{queue}' is empty")))?;
        }
        eprintln!(
            "bulk_queues: holding {count} unacknowledged message(s) of '{queue}' (basic.get)"
        );
        std::future::pending::<()>().await;
    }
    channel
        .basic_qos(count, BasicQosOptions::default())
        .await
        .map_err(failed)?;
    let mut consumer = channel
        .basic_consume(
            name,
            "bulk_queues-hold".into(),
            BasicConsumeOptions::default(),
            FieldTable::default(),
        )
        .await
        .map_err(failed)?;
    for _ in 0..count {
        match consumer.next().await {
            Some(Ok(_)) => {}
            Some(Err(err)) => return Err(failed(err)),
            None => return Err(Failure::new(70, "the consumer was cancelled")),
        }
    }
    eprintln!("bulk_queues: holding {count} unacknowledged message(s) of '{queue}'");
    // Until killed: the messages stay unacknowledged as long as the connection lives.
    std::future::pending::<()>().await;
    Ok(())
}
