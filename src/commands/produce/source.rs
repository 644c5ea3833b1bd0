//! Where `produce` gets its messages: the tutorial's random integers, fixed bodies (arguments
//! or a file), the lines of standard input, synthetic bodies of a given size, and the JSON
//! envelopes `consume --format json` recorded (`--input json`) or `consume --save-dir` saved
//! (`--from-dir`), replayed with what the command line overrides (and at their recorded pace
//! with `--timed`), and bodies (and header values) rendered from a template per message.

use bytes::Bytes;
use lapin::BasicProperties;
use lapin::types::{AMQPValue, LongString, ShortString};
use rand::Rng;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};

use crate::commands::consume::save::SavedDir;
use crate::diag::Diag;
use crate::envelope::{Recorded, overlay, parse_envelope};
use crate::error::{Error, Result};
use crate::publish::Outgoing;

use super::template::Template;
use super::timed::Timed;

pub type LineReader = BufReader<Box<dyn AsyncRead + Unpin>>;

/// A message of `produce`: its tag is the line to print on stdout once the broker confirms it
/// (the tutorial's `integer: N`).
pub type Message = Outgoing<Option<String>>;

/// Where the bodies come from.
pub enum Bodies {
    Random,
    /// Shared with each message: a body is held once however often it is published.
    Fixed(Vec<Bytes>),
    Lines(LineReader),
    Synthetic(usize),
    Recorded(Box<Replay>),
    Templated(Box<Templated>),
}

/// `--body-template`: the body, and the header values that are templates, rendered per message.
pub struct Templated {
    pub body: Template,
    /// Rendered per message and laid over the headers of `properties`.
    pub headers: Vec<(ShortString, Template)>,
    /// Every message's properties (the flags and the defaults); used only with templated headers.
    pub properties: BasicProperties,
}

impl Templated {
    fn properties(&self, seq: u64) -> Option<BasicProperties> {
        if self.headers.is_empty() {
            return None;
        }
        let mut table = self.properties.headers().clone().unwrap_or_default();
        for (key, template) in &self.headers {
            let value = LongString::from(template.render(seq));
            table.insert(key.clone(), AMQPValue::LongString(value));
        }
        Some(self.properties.clone().with_headers(table))
    }
}

impl Bodies {
    /// Whether the next message comes from standard input or a file (and so may take a while).
    pub fn reads_input(&self) -> bool {
        matches!(self, Bodies::Lines(_) | Bodies::Recorded(_))
    }

    /// Message `index`, routed by `default_key` unless it brings its own; None at the end.
    pub async fn next(&mut self, index: u64, default_key: &str) -> Result<Option<Message>> {
        let plain = |body: Bytes| Outgoing {
            body,
            routing_key: default_key.to_owned(),
            exchange: None,
            properties: None,
            tag: None,
        };
        Ok(match self {
            Bodies::Random => {
                let n: u8 = rand::rng().random_range(1..=100);
                Some(Outgoing {
                    tag: Some(format!("integer: {n}")),
                    routing_key: if n % 2 == 1 { "odd" } else { "even" }.to_owned(),
                    ..plain(n.to_string().into_bytes().into())
                })
            }
            Bodies::Fixed(bodies) => {
                let body = bodies[(index % bodies.len() as u64) as usize].clone();
                Some(plain(body))
            }
            Bodies::Synthetic(size) => Some(plain(synthetic_body(index, *size).into())),
            Bodies::Lines(reader) => read_line(reader, "standard input")
                .await?
                .map(|line| plain(line.into())),
            Bodies::Recorded(replay) => replay.next().await?,
            Bodies::Templated(templated) => {
                let seq = index + 1;
                Some(Outgoing {
                    properties: templated.properties(seq),
                    ..plain(templated.body.render(seq).into())
                })
            }
        })
    }

    /// Lines of --input json that were skipped as malformed.
    pub fn skipped(&self) -> u64 {
        match self {
            Bodies::Recorded(replay) => replay.skipped,
            _ => 0,
        }
    }
}

/// `--input json` or `--from-dir`: recorded messages, with what the command line overrides.
pub struct Replay {
    from: Recordings,
    /// Where the lines come from, for error messages.
    origin: String,
    line: u64,
    skip_bad: bool,
    skipped: u64,
    diag: Diag,
    exchange: Option<String>,
    routing_key: Option<String>,
    /// The properties given on the command line, laid over the recorded ones.
    given: BasicProperties,
    /// `--timed`: each message waits for its time.
    timed: Option<Timed>,
}

/// Where recorded messages are read from.
pub enum Recordings {
    /// JSON lines (`consume --format json`).
    Lines(LineReader),
    /// A save directory (`consume --save-dir`).
    Dir(SavedDir),
}

/// What a replay lays over each recorded message.
pub struct ReplayOverrides {
    pub exchange: Option<String>,
    pub routing_key: Option<String>,
    pub properties: BasicProperties,
    /// `--timed`, at this speed.
    pub timed: Option<f64>,
}

impl Replay {
    pub fn new(
        from: Recordings,
        origin: String,
        skip_bad: bool,
        diag: &Diag,
        over: ReplayOverrides,
    ) -> Self {
        Replay {
            from,
            origin,
            line: 0,
            skip_bad,
            skipped: 0,
            diag: diag.clone(),
            exchange: over.exchange,
            routing_key: over.routing_key,
            given: over.properties,
            timed: over.timed.map(Timed::new),
        }
    }

    async fn next(&mut self) -> Result<Option<Message>> {
        loop {
            let (place, parsed) = match &mut self.from {
                Recordings::Lines(reader) => {
                    let Some(line) = read_line(reader, &self.origin).await? else {
                        return Ok(None);
                    };
                    self.line += 1;
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let parsed = std::str::from_utf8(&line)
                        .map_err(|_| "not UTF-8".to_owned())
                        .and_then(parse_envelope);
                    (format!("line {} of {}", self.line, self.origin), parsed)
                }
                Recordings::Dir(dir) => match dir.next() {
                    Some(next) => next,
                    None => return Ok(None),
                },
            };
            let parsed = parsed.and_then(|recorded| match &self.timed {
                Some(_) => received_at(&recorded).map(|at| (recorded, Some(at))),
                None => Ok((recorded, None)),
            });
            match parsed {
                Ok((recorded, at)) => {
                    if let (Some(timed), Some(at)) = (&mut self.timed, at) {
                        let (due, went) = timed.wait(at).await;
                        self.diag.verbose(format_args!(
                            "{place}: due {:.3}s after the first, sent at {:.3}s",
                            due.as_secs_f64(),
                            went.as_secs_f64()
                        ));
                    }
                    return Ok(Some(self.outgoing(recorded)));
                }
                Err(err) => {
                    let message = format!("{place}: {err}");
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

    fn outgoing(&self, recorded: Recorded) -> Message {
        Outgoing {
            body: recorded.body.into(),
            routing_key: self.routing_key.clone().unwrap_or(recorded.routing_key),
            exchange: Some(self.exchange.clone().unwrap_or(recorded.exchange)),
            properties: Some(overlay(recorded.properties, &self.given)),
            tag: None,
        }
    }
}

/// When a recorded message was received, for `--timed`: its `received_at`, or else its
/// timestamp property (whole seconds, as the sender set it).
fn received_at(recorded: &Recorded) -> std::result::Result<std::time::SystemTime, String> {
    let seconds = recorded
        .properties
        .timestamp()
        .map(std::time::Duration::from_secs);
    recorded
        .received_at
        .or_else(|| std::time::UNIX_EPOCH.checked_add(seconds?))
        .ok_or_else(|| "no received_at nor timestamp property: --timed cannot place it".into())
}

/// One line without its line ending; None at the end of the input.
async fn read_line(reader: &mut LineReader, origin: &str) -> Result<Option<Vec<u8>>> {
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

/// The message's sequence number, padded with dots to `size` bytes (cut when it is longer).
fn synthetic_body(index: u64, size: usize) -> Vec<u8> {
    let mut body = index.to_string().into_bytes();
    body.resize(size, b'.');
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_bodies_have_the_asked_size_and_a_sequence_number() {
        assert_eq!(synthetic_body(42, 6), b"42....".to_vec());
        assert_eq!(synthetic_body(123456, 3), b"123".to_vec());
        assert!(synthetic_body(1, 0).is_empty());
    }

    #[tokio::test]
    async fn lines_lose_their_endings_and_replays_take_the_overrides() {
        let input: Box<dyn AsyncRead + Unpin> =
            Box::new(&b"{\"exchange\":\"x\",\"routing_key\":\"k\",\"body\":\"a\"}\r\n\n"[..]);
        let over = ReplayOverrides {
            exchange: None,
            routing_key: Some("other".into()),
            properties: BasicProperties::default().with_priority(3),
            timed: None,
        };
        let replay = Replay::new(
            Recordings::Lines(BufReader::new(input)),
            "test".into(),
            false,
            &Diag::stderr(crate::diag::Level::Quiet),
            over,
        );
        let mut bodies = Bodies::Recorded(Box::new(replay));
        let message = bodies.next(0, "").await.unwrap().unwrap();
        assert_eq!(&message.body[..], b"a");
        assert_eq!(message.exchange.as_deref(), Some("x"));
        assert_eq!(message.routing_key, "other");
        assert_eq!(*message.properties.unwrap().priority(), Some(3));
        assert!(bodies.next(1, "").await.unwrap().is_none());
    }
}
