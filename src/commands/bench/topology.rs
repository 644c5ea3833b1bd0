//! Where `mq bench` sends its messages: the queues (one scratch queue, `--queues N` of them
//! named by `--queue-pattern`, or an existing one), the scratch exchange of `--exchange-type`
//! with its bindings for `--routing-keys`, which queue or key each message goes to, which
//! queues each consuming channel takes, and tearing the scratch objects down after.

use std::time::Duration;

use lapin::ExchangeKind;
use lapin::options::{
    ExchangeDeclareOptions, ExchangeDeleteOptions, QueueBindOptions, QueueDeclareOptions,
    QueueDeleteOptions,
};
use lapin::types::{AMQPValue, FieldTable, LongString, ShortString};

use crate::amqp::{Session, amqp_error};
use crate::commands::delete::check_queue;
use crate::error::{Error, Result};
use crate::values::short;

use super::QueueType;

/// How long past its run an abandoned scratch queue lives before the broker removes it.
const SCRATCH_EXPIRY: Duration = Duration::from_secs(600);

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExchangeType {
    Direct,
    Fanout,
    Topic,
}

impl ExchangeType {
    fn kind(self) -> ExchangeKind {
        match self {
            ExchangeType::Direct => ExchangeKind::Direct,
            ExchangeType::Fanout => ExchangeKind::Fanout,
            ExchangeType::Topic => ExchangeKind::Topic,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ExchangeType::Direct => "direct",
            ExchangeType::Fanout => "fanout",
            ExchangeType::Topic => "topic",
        }
    }
}

/// The queues and exchange of one run, and how messages are spread over them.
pub struct Topology {
    pub queues: Vec<String>,
    /// Declared by this run and deleted at its end (not an existing --queue).
    pub scratch: bool,
    /// The scratch exchange; None: the default exchange, the routing key a queue's name.
    pub exchange: Option<(String, ExchangeType)>,
    /// What producers publish with, in turn: the routing keys, else the queues' names.
    pub keys: Vec<String>,
}

impl Topology {
    /// The run's names, checked (nothing is declared yet). `pattern` names the queues with
    /// `%d` standing for 1 to `count`; without it they are named after the run.
    pub fn plan(
        existing: Option<&str>,
        count: u32,
        pattern: Option<&str>,
        exchange_type: Option<ExchangeType>,
        routing_keys: &[String],
    ) -> Result<Topology> {
        let run = format!(
            "mq-bench-{}-{:08x}",
            std::process::id(),
            rand::random::<u32>()
        );
        let queues: Vec<String> = match (existing, pattern) {
            (Some(name), _) => vec![name.to_owned()],
            (None, Some(pattern)) if pattern.contains("%d") => (1..=count)
                .map(|n| pattern.replace("%d", &n.to_string()))
                .collect(),
            (None, Some(pattern)) if count == 1 => vec![pattern.to_owned()],
            (None, Some(_)) => {
                return Err(Error::usage(
                    "--queue-pattern needs '%d' (the queue's number) with --queues above 1",
                ));
            }
            (None, None) if count == 1 => vec![run.clone()],
            (None, None) => (1..=count).map(|n| format!("{run}-{n}")).collect(),
        };
        for queue in &queues {
            short(queue, "queue name")?;
        }
        let exchange_type =
            exchange_type.or((!routing_keys.is_empty()).then_some(ExchangeType::Direct));
        let keys = if routing_keys.is_empty() {
            queues.clone()
        } else {
            routing_keys.to_vec()
        };
        for key in &keys {
            short(key, "routing key")?;
        }
        Ok(Topology {
            queues,
            scratch: existing.is_none(),
            exchange: exchange_type.map(|kind| (format!("{run}-x"), kind)),
            keys,
        })
    }

    /// The exchange producers publish to ("" is the default exchange).
    pub fn exchange_name(&self) -> &str {
        self.exchange.as_ref().map_or("", |(name, _)| name.as_str())
    }

    /// The routing key of message `index` of producer `producer`: the keys in turn, each
    /// producer starting at a key of its own.
    pub fn routing_key(&self, producer: usize, index: u64) -> &str {
        let turn = (producer as u64).wrapping_add(index) % self.keys.len().max(1) as u64;
        self.keys.get(turn as usize).map_or("", String::as_str)
    }

    /// The binding key of queue number `queue`: the routing keys in turn.
    fn binding_key(&self, queue: usize) -> &str {
        &self.keys[queue % self.keys.len()]
    }

    /// The queues consuming channel `channel` of `channels` takes: every queue has a consumer,
    /// and the channels are shared out as evenly as they go.
    pub fn queues_of(&self, channel: usize, channels: usize) -> Vec<usize> {
        let queues = self.queues.len();
        if channels >= queues {
            vec![channel % queues]
        } else {
            (channel..queues).step_by(channels).collect()
        }
    }

    /// The fewest queues a confirmed message reaches (the consumers' catching up is measured
    /// against it).
    pub fn fewest_copies(&self) -> u64 {
        match &self.exchange {
            Some((_, ExchangeType::Fanout)) => self.queues.len() as u64,
            Some(_) if self.keys.len() < self.queues.len() => {
                (self.queues.len() / self.keys.len()) as u64
            }
            _ => 1,
        }
    }

    /// Declares the scratch queues (or checks the existing one) and the exchange with its
    /// bindings.
    pub async fn declare(
        &self,
        session: &Session,
        queue_type: QueueType,
        duration: Duration,
    ) -> Result<()> {
        let channel = session.channel().await?;
        if !self.scratch {
            // Before any producer starts: publishing to a missing queue only comes back as
            // returned messages, thousands of them.
            let queue = &self.queues[0];
            check_queue(
                &channel,
                queue,
                &format!("cannot benchmark queue '{queue}'"),
            )
            .await?;
        }
        for queue in self.queues.iter().filter(|_| self.scratch) {
            let mut arguments = FieldTable::default();
            arguments.insert(
                "x-queue-type".into(),
                AMQPValue::LongString(LongString::from(queue_type.name())),
            );
            if queue_type != QueueType::Stream {
                // Publishing does not count as use: the expiry must outlast the whole run.
                let expires = duration.saturating_add(SCRATCH_EXPIRY).as_millis();
                let expires = i64::try_from(expires).unwrap_or(i64::MAX);
                arguments.insert("x-expires".into(), AMQPValue::LongLongInt(expires));
            }
            channel
                .queue_declare(
                    short(queue, "queue name")?,
                    QueueDeclareOptions::durable(),
                    arguments,
                )
                .await
                .map_err(|e| {
                    amqp_error(e, &format!("cannot declare the scratch queue '{queue}'"))
                })?;
        }
        let Some((exchange, kind)) = &self.exchange else {
            return Ok(());
        };
        let exchange_name = short(exchange, "exchange name")?;
        channel
            .exchange_declare(
                exchange_name.clone(),
                kind.kind(),
                ExchangeDeclareOptions::default(),
                FieldTable::default(),
            )
            .await
            .map_err(|e| {
                amqp_error(
                    e,
                    &format!("cannot declare the scratch exchange '{exchange}'"),
                )
            })?;
        for (index, queue) in self.queues.iter().enumerate() {
            channel
                .queue_bind(
                    short(queue, "queue name")?,
                    exchange_name.clone(),
                    short(self.binding_key(index), "routing key")?,
                    QueueBindOptions::default(),
                    FieldTable::default(),
                )
                .await
                .map_err(|e| {
                    amqp_error(e, &format!("cannot bind queue '{queue}' to '{exchange}'"))
                })?;
        }
        let _ = channel.close(200, "mq done".into()).await;
        Ok(())
    }

    /// Messages ready in all the queues together (`--until-empty`).
    pub async fn ready(&self, session: &Session) -> Result<u64> {
        let names: Vec<ShortString> = self.queues.iter().map(|q| q.as_str().into()).collect();
        let passive = QueueDeclareOptions {
            passive: true,
            ..QueueDeclareOptions::default()
        };
        let mut ready = 0;
        for answer in session.declare_queues(&names, passive, 1).await {
            ready += u64::from(answer?.message_count());
        }
        Ok(ready)
    }

    /// Deletes what this run declared; errors are of no use to anyone by now.
    pub async fn tear_down(&self, session: &Session) {
        let Ok(channel) = session.channel().await else {
            return;
        };
        if let Some((exchange, _)) = &self.exchange {
            let _ = channel
                .exchange_delete(exchange.as_str().into(), ExchangeDeleteOptions::default())
                .await;
        }
        for queue in self.queues.iter().filter(|_| self.scratch) {
            let _ = channel
                .queue_delete(queue.as_str().into(), QueueDeleteOptions::default())
                .await;
        }
        let _ = channel.close(200, "mq done".into()).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queues_are_named_by_the_pattern_and_every_one_has_a_consumer() {
        let t = Topology::plan(None, 3, Some("q-%d"), None, &[]).unwrap();
        assert_eq!(t.queues, ["q-1", "q-2", "q-3"]);
        assert!(Topology::plan(None, 3, Some("q"), None, &[]).is_err());
        for channels in 1..=7 {
            let mut taken: Vec<usize> = (0..channels)
                .flat_map(|c| t.queues_of(c, channels))
                .collect();
            taken.sort_unstable();
            taken.dedup();
            assert_eq!(taken, [0, 1, 2], "{channels} channels");
        }
        assert_eq!(t.routing_key(0, 4), "q-2");
        let keyed = Topology::plan(None, 4, None, None, &["a".into(), "b".into()]).unwrap();
        assert_eq!(
            keyed.exchange.as_ref().map(|(_, k)| *k),
            Some(ExchangeType::Direct)
        );
        assert_eq!(keyed.fewest_copies(), 2);
    }
}
