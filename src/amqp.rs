//! Everything that talks AMQP 0-9-1 through lapin: connecting (with a hard timeout, node by
//! node), opening channels, and turning lapin's errors into `mq` errors with exit codes.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::future::join_all;
use futures_util::stream::{self, StreamExt};
use lapin::options::{BasicAckOptions, BasicNackOptions, BasicRejectOptions, QueueDeclareOptions};
use lapin::protocol::{AMQPErrorKind, AMQPHardError, AMQPSoftError};
use lapin::tcp::{AMQPUriTcpExt, RustlsConnector, TLSConfig};
use lapin::types::{FieldTable, LongString, ShortString};
use lapin::uri::{
    AMQPAuthority, AMQPQueryString, AMQPScheme, AMQPUri, AMQPUserInfo, SASLMechanism,
};
use lapin::{Acker, Channel, Connection, ConnectionProperties, ErrorKind, Event};

use crate::diag::Diag;
use crate::error::{Error, Result};
use crate::settings::{AmqpEndpoint, Settings};
use crate::tls::{TlsFailure, TlsMaterial};

/// The smallest frame_max RabbitMQ 4.1 and later accept.
const MIN_FRAME_MAX_4_1: u32 = 8192;

/// How long closing politely may take before mq exits anyway.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(5);

/// How often a settlement in flight looks whether the connection is still there.
const LOSS_POLL: Duration = Duration::from_millis(50);

/// What settling a delivered message tells the broker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settlement {
    /// Done with: the broker forgets it.
    Ack,
    /// Put back in the queue (it comes again, marked redelivered).
    Requeue,
    /// Rejected without requeue: dropped, or dead-lettered where the queue says so.
    Discard,
    /// A failed delivery put back (basic.reject, one message): counted against a quorum
    /// queue's delivery limit, which from RabbitMQ 4.3 on a requeue with basic.nack is not.
    Retry,
}

/// An open connection to one broker node.
pub struct Session {
    connection: Connection,
    /// Every channel opened here that may still be open, so that `close` can close them first.
    channels: Mutex<Vec<Channel>>,
    pub endpoint: AmqpEndpoint,
}

/// Which node of `--url` answered last: connections start there, and an API derived from the
/// nodes follows it. Live state of one run, shared by every connection and the API client.
#[derive(Clone, Default)]
pub struct NodeCursor(Arc<AtomicUsize>);

impl NodeCursor {
    pub fn get(&self) -> usize {
        self.0.load(Ordering::Relaxed)
    }

    pub fn set(&self, index: usize) {
        self.0.store(index, Ordering::Relaxed);
    }

    /// Indexes into `count` nodes, starting at the node in use and wrapping around: each once.
    pub fn order(&self, count: usize) -> impl Iterator<Item = usize> + use<> {
        let start = self.get() % count.max(1);
        (0..count).map(move |offset| (start + offset) % count)
    }
}

/// Connect to the first node that answers, in the order given (starting at the node that
/// answered last in this run), each attempt bounded by `--timeout`. Each node is tried once: a
/// one-shot command fails fast (69, or 75 when the last node tried timed out) instead of
/// retrying for minutes. `name` is the connection's name as the broker shows it.
pub async fn connect(
    settings: &Settings,
    cursor: &NodeCursor,
    diag: &Diag,
    name: &str,
) -> Result<Session> {
    // The certificate files are read once, and only when a node needs them.
    let tls = if settings.nodes.iter().any(|n| n.tls) {
        let material = TlsMaterial::load(&settings.tls)?;
        Some(RustlsConnector::from(material.rustls_config()?))
    } else {
        None
    };
    let mut last_error = None;
    let order: Vec<usize> = cursor.order(settings.nodes.len()).collect();
    for (attempt, &index) in order.iter().enumerate() {
        let endpoint = &settings.nodes[index];
        diag.verbose(format_args!(
            "connecting to {endpoint}, vhost '{}'",
            settings.vhost
        ));
        let connector = if endpoint.tls { tls.clone() } else { None };
        match connect_node(endpoint, settings, connector, name).await {
            Ok(connection) => {
                cursor.set(index);
                return Ok(Session {
                    connection,
                    channels: Mutex::new(Vec::new()),
                    endpoint: endpoint.clone(),
                });
            }
            // Wrong credentials or vhost are the same on every node: no point trying the rest.
            Err(err) if err.is_final() => return Err(err),
            Err(err) => {
                if attempt + 1 < order.len() {
                    diag.note(format_args!("{err}; trying the next node"));
                }
                last_error = Some(err);
            }
        }
    }
    Err(last_error.unwrap_or_else(|| Error::usage("no broker URL given")))
}

async fn connect_node(
    endpoint: &AmqpEndpoint,
    settings: &Settings,
    tls: Option<RustlsConnector>,
    name: &str,
) -> Result<Connection> {
    let uri = amqp_uri(endpoint, settings)?;
    let properties =
        ConnectionProperties::default().with_connection_name(LongString::from(name.to_owned()));
    let runtime = lapin::runtime::default_runtime()
        .map_err(|e| Error::internal(format!("cannot start the AMQP runtime: {e}")))?;
    // TLS is set up here rather than by lapin, so that the verification rules (--ca-cert only,
    // else the system's roots; --insecure) are mq's own. The socket is opened to the endpoint's
    // own host: an IPv6 literal is never re-parsed into another host.
    let server_name = endpoint.host.clone();
    let open = async move |uri: AMQPUri, runtime| {
        let plain = AMQPUri {
            scheme: AMQPScheme::AMQP,
            ..uri
        };
        let stream = plain
            .connect_with_config_async(TLSConfig::default(), &runtime)
            .await?;
        match &tls {
            Some(connector) => Ok(stream.into_rustls(connector, &server_name).await?),
            None => Ok(stream),
        }
    };
    // lapin waits forever on a silent peer: the attempt as a whole is bounded here.
    let attempt = Connection::connector(uri, runtime, open, properties);
    match tokio::time::timeout(settings.timeout, attempt).await {
        Ok(Ok(connection)) => Ok(connection),
        Ok(Err(err)) => Err(connect_error(
            err,
            endpoint,
            &settings.vhost,
            &settings.user,
        )),
        Err(_) => Err(Error::timed_out(format!(
            "connecting to {endpoint} timed out after {} (is it an AMQP port? see --timeout)",
            humantime::format_duration(settings.timeout)
        ))),
    }
}

fn amqp_uri(endpoint: &AmqpEndpoint, settings: &Settings) -> Result<AMQPUri> {
    let auth_mechanism = endpoint
        .auth_mechanism
        .as_deref()
        .map(|name| name.parse::<SASLMechanism>())
        .transpose()
        .map_err(|e| Error::usage(format!("{e} in the URL of {endpoint}")))?;
    Ok(AMQPUri {
        scheme: if endpoint.tls {
            AMQPScheme::AMQPS
        } else {
            AMQPScheme::AMQP
        },
        authority: AMQPAuthority {
            userinfo: AMQPUserInfo {
                username: settings.user.clone(),
                password: settings.password.expose().to_owned(),
            },
            host: endpoint.host.clone(),
            port: endpoint.port,
        },
        vhost: settings.vhost.clone(),
        query: AMQPQueryString {
            frame_max: endpoint.frame_max,
            channel_max: endpoint.channel_max,
            heartbeat: endpoint.heartbeat,
            connection_timeout: None,
            auth_mechanism,
        },
    })
}

fn connect_error(err: lapin::Error, endpoint: &AmqpEndpoint, vhost: &str, user: &str) -> Error {
    if let Some(failure) = TlsFailure::find(&err) {
        return failure.into_error(&endpoint.to_string()).with_source(err);
    }
    let translated = match err.kind() {
        ErrorKind::ProtocolError(amqp) => {
            let text = amqp.get_message().as_str();
            match amqp.kind() {
                // The protocol has no code of its own for a vhost's or a user's connection
                // limit: the broker refuses with NOT_ALLOWED (or ACCESS_REFUSED) and says
                // "connection limit (N) is reached" in its text, so the text is all there is to
                // tell it from a refused login. It may clear when other connections close (75).
                _ if text.contains("connection limit") => Error::timed_out(format!(
                    "{endpoint} refused a new connection for user '{user}' to vhost '{vhost}': {text}"
                ))
                .with_hint(
                    "wait for other connections to close, or raise the limit (rabbitmqctl set_vhost_limits / set_user_limits)",
                ),
                AMQPErrorKind::Soft(AMQPSoftError::ACCESSREFUSED) => {
                    Error::access_refused(format!("{endpoint} refused user '{user}': {text}"))
                }
                AMQPErrorKind::Hard(AMQPHardError::NOTALLOWED) if text.contains("not found") => {
                    Error::not_found(format!("vhost '{vhost}' does not exist on {endpoint}"))
                }
                AMQPErrorKind::Hard(AMQPHardError::NOTALLOWED) => Error::access_refused(format!(
                    "{endpoint} refused user '{user}' access to vhost '{vhost}': {text}"
                )),
                _ => Error::unavailable(format!("{endpoint} closed the connection: {text}"), None),
            }
        }
        ErrorKind::IOError(io) => match io.kind() {
            std::io::ErrorKind::ConnectionRefused => Error::unavailable(
                format!("cannot connect to {endpoint}: connection refused"),
                Some("is RabbitMQ running there? check --url (or MQ_URL)"),
            ),
            std::io::ErrorKind::TimedOut => {
                Error::timed_out(format!("connecting to {endpoint} timed out"))
            }
            // RabbitMQ 4.1 and later drop the socket at the tuning step when the frame_max
            // negotiated is below 8192 (3.x takes 4096, AMQP's minimum).
            std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset
                if endpoint
                    .frame_max
                    .is_some_and(|f| f != 0 && f < MIN_FRAME_MAX_4_1) =>
            {
                Error::invalid(format!(
                    "{endpoint} closed the connection during the handshake: RabbitMQ 4.1 and \
                     later refuse a frame_max below {MIN_FRAME_MAX_4_1}, and the URL asks for {}",
                    endpoint.frame_max.unwrap_or_default()
                ))
                .with_hint(format!(
                    "raise frame_max in the URL to {MIN_FRAME_MAX_4_1} or more, or leave it out \
                     (the broker then chooses)"
                ))
            }
            // The broker drops the socket when authentication fails and the client did not
            // announce that it understands authentication_failure_close.
            std::io::ErrorKind::UnexpectedEof | std::io::ErrorKind::ConnectionReset => {
                Error::unavailable(
                    format!("{endpoint} closed the connection during the handshake: {io}"),
                    Some("is this an AMQP port, and are the user and password right?"),
                )
            }
            _ => Error::unavailable(format!("cannot connect to {endpoint}: {io}"), None),
        },
        ErrorKind::ParsingError(_) | ErrorKind::InvalidProtocolVersion(_) => Error::unavailable(
            format!("{endpoint} does not speak AMQP 0-9-1"),
            Some("is the port right? AMQP is usually 5672 (5671 with TLS)"),
        ),
        ErrorKind::AuthProviderError(text) => {
            Error::access_refused(format!("{endpoint} refused user '{user}': {text}"))
        }
        _ => Error::unavailable(format!("cannot connect to {endpoint}: {err}"), None),
    };
    translated.with_source(err)
}

impl Session {
    /// A fresh channel. A channel error (404, 406) closes the channel it happened on, so each
    /// independent operation that may fail takes its own.
    pub async fn channel(&self) -> Result<Channel> {
        let channel = self
            .connection
            .create_channel()
            .await
            .map_err(|e| amqp_error(e, "cannot open a channel"))?;
        if let Ok(mut channels) = self.channels.lock() {
            channels.retain(|c| c.status().connected());
            channels.push(channel.clone());
        }
        Ok(channel)
    }

    /// Whether the connection is still up: after a loss, every operation on it fails.
    pub fn is_connected(&self) -> bool {
        self.connection.status().connected()
    }

    /// Settles the message of `acker` — with `multiple`, every unsettled one before it on its
    /// channel too — in one frame. A settlement handed to lapin while the connection goes
    /// away may never be answered, so it is raced against the loss: a lost connection is an
    /// error the caller can recover from (the broker puts back what it did not get).
    pub async fn settle(
        &self,
        acker: &Acker,
        how: Settlement,
        multiple: bool,
        context: &str,
    ) -> Result<()> {
        let sent = async {
            match how {
                Settlement::Ack => acker.ack(BasicAckOptions { multiple }).await,
                // basic.reject settles one message only: `multiple` does not apply.
                Settlement::Retry => acker.reject(BasicRejectOptions { requeue: true }).await,
                Settlement::Requeue | Settlement::Discard => {
                    let requeue = how == Settlement::Requeue;
                    acker.nack(BasicNackOptions { multiple, requeue }).await
                }
            }
        };
        tokio::select! {
            sent = sent => sent.map(|_| ()).map_err(|e| self.error(e, context)),
            () = self.lost() => Err(Error::connection_lost(format!(
                "{context}: the connection to {} was lost",
                self.endpoint
            ))),
        }
    }

    /// Returns once the connection is no longer up.
    async fn lost(&self) {
        while self.is_connected() {
            tokio::time::sleep(LOSS_POLL).await;
        }
    }

    /// Translate an error of an operation on this connection, as [`amqp_error`] does; an
    /// operation refused only because the connection has gone away (a channel in an invalid
    /// state, say) is a lost connection too.
    pub fn error(&self, err: lapin::Error, context: &str) -> Error {
        let lost = !self.is_connected()
            && matches!(
                err.kind(),
                ErrorKind::InvalidChannelState(..) | ErrorKind::InvalidChannel(_)
            );
        if lost {
            return Error::connection_lost(format!(
                "{context}: the connection to {} was lost",
                self.endpoint
            ));
        }
        amqp_error(err, context)
    }

    /// Reports on stderr when the broker blocks this connection's publishing (a memory or disk
    /// alarm) and when it lifts the block, for as long as the returned watch is kept.
    pub fn report_blocking(&self, diag: &Diag) -> TaskGuard {
        let mut events = self.connection.events_listener();
        let endpoint = self.endpoint.clone();
        let diag = diag.clone();
        TaskGuard(tokio::spawn(async move {
            let mut since = None;
            while let Some(event) = events.next().await {
                match event {
                    Event::ConnectionBlocked(reason) => {
                        since.get_or_insert_with(std::time::Instant::now);
                        diag.note(format_args!(
                            "the broker blocked publishing: {reason}; waiting (on {endpoint})"
                        ));
                    }
                    Event::ConnectionUnblocked => match since.take() {
                        Some(at) => diag.note(format_args!(
                            "the broker unblocked publishing after {:.1}s",
                            at.elapsed().as_secs_f64()
                        )),
                        None => diag.note("the broker unblocked publishing"),
                    },
                    _ => {}
                }
            }
        }))
    }

    /// Close the channels, then the connection, politely (the broker logs a clean close); an
    /// error here changes nothing for the user.
    ///
    /// The channels are closed first and awaited because lapin closes a dropped channel in a
    /// task of its own: when that task runs after connection.close has begun, it fails on the
    /// closing channel, lapin takes that for a connection error and drops the socket without
    /// waiting for close-ok ("client unexpectedly closed TCP connection" in the broker's log).
    /// Holding a clone of each channel here keeps lapin from closing any of them on drop.
    pub async fn close(self) {
        let open: Vec<Channel> = match self.channels.lock() {
            Ok(mut channels) => channels.drain(..).collect(),
            Err(_) => Vec::new(),
        };
        let polite = async {
            let closes = open
                .iter()
                .filter(|c| c.status().connected())
                .map(|c| c.close(200, "mq done".into()));
            futures_util::future::join_all(closes).await;
            let _ = self.connection.close(200, "mq done".into()).await;
        };
        let _ = tokio::time::timeout(CLOSE_TIMEOUT, polite).await;
    }
}

/// A background task that ends when its guard is dropped.
pub struct TaskGuard(tokio::task::JoinHandle<()>);

impl Drop for TaskGuard {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// What to say about a name that starts with `amq.`.
pub const RESERVED_HINT: &str =
    "names starting with 'amq.' are reserved for the broker's own objects: choose another name";

/// Translate an error of an AMQP operation; `context` says what was attempted, on what.
pub fn amqp_error(err: lapin::Error, context: &str) -> Error {
    let translated = match err.kind() {
        ErrorKind::ProtocolError(amqp) => {
            let text = format!("{context}: {}", amqp.get_message());
            if let Some(denied) = Error::deprecated_feature(amqp.get_message().as_str(), context) {
                return denied.with_source(err);
            }
            match amqp.kind() {
                AMQPErrorKind::Soft(AMQPSoftError::NOTFOUND) => Error::not_found(text),
                // The `amq.` prefix is the broker's own: no user or password would help. A
                // refusal by permissions ("… refused for user 'u'") is left to the usual hint.
                AMQPErrorKind::Soft(AMQPSoftError::ACCESSREFUSED)
                    if context.contains("'amq.") && !text.contains("refused for user") =>
                {
                    Error::access_refused(text).with_hint(RESERVED_HINT)
                }
                AMQPErrorKind::Soft(AMQPSoftError::ACCESSREFUSED) => Error::access_refused(text),
                AMQPErrorKind::Soft(
                    AMQPSoftError::PRECONDITIONFAILED | AMQPSoftError::RESOURCELOCKED,
                ) => Error::invalid(text),
                AMQPErrorKind::Hard(
                    AMQPHardError::COMMANDINVALID
                    | AMQPHardError::SYNTAXERROR
                    | AMQPHardError::NOTIMPLEMENTED
                    | AMQPHardError::NOTALLOWED,
                ) => Error::invalid(text),
                // A node shutting down (or an operator) closed the connection.
                AMQPErrorKind::Hard(
                    AMQPHardError::CONNECTIONFORCED | AMQPHardError::INTERNALERROR,
                ) => Error::connection_lost(text),
                _ => Error::invalid(text),
            }
        }
        ErrorKind::IOError(_)
        | ErrorKind::MissingHeartbeatError
        | ErrorKind::InvalidConnectionState(_) => Error::connection_lost(format!(
            "{context}: the connection to the broker was lost ({err})"
        )),
        _ => Error::internal(format!("{context}: {err}")),
    };
    translated.with_source(err)
}

/// How many declares one channel has in flight: enough to keep the broker busy without a
/// round trip between them, few enough that the frames of one batch fit the socket buffers.
const DECLARE_WINDOW: usize = 512;

impl Session {
    /// A passive declare of one queue: its counts now, or NOT_FOUND (66) when it is gone.
    pub async fn passive_queue(&self, name: &ShortString) -> Result<lapin::Queue> {
        let options = QueueDeclareOptions {
            passive: true,
            ..QueueDeclareOptions::default()
        };
        self.declare_queues(std::slice::from_ref(name), options, 1)
            .await
            .into_iter()
            .next()
            .unwrap_or_else(|| Err(Error::internal("no answer to a queue declare")))
    }

    /// Declares many queues with few round trips: the names are spread over `lanes` channels,
    /// each keeping [`DECLARE_WINDOW`] declares in flight. Answers come back in the order of
    /// `names`. An error on a queue (a passive declare of a queue that is gone) closes its
    /// channel; the declares that were queued behind it are sent again on a fresh one, so one
    /// missing queue costs a round trip, not the others' answers.
    pub async fn declare_queues(
        &self,
        names: &[ShortString],
        options: QueueDeclareOptions,
        lanes: usize,
    ) -> Vec<Result<lapin::Queue>> {
        let mut answers: Vec<Option<Result<lapin::Queue>>> = names.iter().map(|_| None).collect();
        let mut pending: Vec<usize> = (0..names.len()).collect();
        while !pending.is_empty() {
            let lane_len = pending.len().div_ceil(lanes.max(1));
            let runs = pending.chunks(lane_len).map(|lane| async move {
                let channel = match self.channel().await {
                    Ok(channel) => channel,
                    Err(err) => return Err(err),
                };
                let outcome: Vec<(usize, lapin::Result<lapin::Queue>)> = stream::iter(lane)
                    .map(|&i| {
                        let channel = &channel;
                        async move {
                            let answer = channel
                                .queue_declare(names[i].clone(), options, FieldTable::default())
                                .await;
                            (i, answer)
                        }
                    })
                    .buffered(DECLARE_WINDOW)
                    .collect()
                    .await;
                if channel.status().connected() {
                    let _ = channel.close(200, "mq done".into()).await;
                }
                Ok(outcome)
            });
            let mut retry = Vec::new();
            let mut progress = false;
            for run in join_all(runs).await {
                let outcome = match run {
                    Ok(outcome) => outcome,
                    Err(err) => {
                        // No channel to be had: the connection is gone, nothing more will work.
                        let text = err.to_string();
                        for &i in &pending {
                            if answers[i].is_none() {
                                answers[i] = Some(Err(Error::unavailable(text.clone(), None)));
                            }
                        }
                        retry.clear();
                        progress = false;
                        break;
                    }
                };
                for (i, answer) in outcome {
                    match answer {
                        Ok(queue) => {
                            answers[i] = Some(Ok(queue));
                            progress = true;
                        }
                        Err(err) if matches!(err.kind(), ErrorKind::ProtocolError(_)) => {
                            answers[i] = Some(Err(amqp_error(
                                err,
                                &format!("queue '{}'", names[i].as_str()),
                            )));
                            progress = true;
                        }
                        Err(err) => {
                            answers[i] = Some(Err(amqp_error(err, "declaring queues")));
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
                answer.unwrap_or_else(|| Err(Error::internal("a declare went unanswered")))
            })
            .collect()
    }
}
