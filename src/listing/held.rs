//! Which queues may hold unacknowledged messages, as the management API's channels and
//! consumers tell: the queue listing needs the API's totals only when they cannot say.

use std::collections::HashSet;

use serde::Deserialize;

use crate::api::Api;

#[derive(Deserialize)]
struct ApiChannel {
    #[serde(default)]
    name: String,
    #[serde(default)]
    messages_unacknowledged: Option<i64>,
    #[serde(default)]
    message_stats: Option<ChannelStats>,
}

#[derive(Deserialize)]
struct ChannelStats {
    /// basic.get with acknowledgement: its messages are unacked without any consumer.
    #[serde(default)]
    get: Option<i64>,
}

#[derive(Deserialize)]
struct ApiConsumer {
    #[serde(default)]
    queue: Option<NameInVhost>,
    #[serde(default)]
    channel_details: Option<NameInVhost>,
}

#[derive(Deserialize)]
struct NameInVhost {
    #[serde(default)]
    name: String,
    #[serde(default)]
    vhost: Option<String>,
}

/// Beyond this many queues with unacked messages, one request for every queue's totals is
/// cheaper than asking for each.
const MAX_HELD: usize = 64;

/// Which queues may have unacknowledged messages, as the channels tell (cheaply: there are
/// few channels next to many queues). `Some(queues)`: only these, often none. `None`: cannot
/// tell — a channel too new to have reported its statistics, a basic.get left unacked, too
/// many queues, or the API refused — and every queue's totals are needed.
pub(super) async fn held_queues(
    api: &Api,
    vhost: &str,
    all_vhosts: bool,
) -> Option<HashSet<(String, String)>> {
    let (channels_path, consumers_path) = if all_vhosts {
        (vec!["channels"], vec!["consumers"])
    } else {
        (vec!["vhosts", vhost, "channels"], vec!["consumers", vhost])
    };
    let channels: Vec<ApiChannel> = api
        .get(
            &channels_path,
            &[("columns", "name,messages_unacknowledged,message_stats")],
        )
        .await
        .ok()?;
    let mut holding = HashSet::new();
    for channel in channels {
        match channel.messages_unacknowledged {
            Some(0) => {}
            Some(_) if channel.message_stats.and_then(|s| s.get).unwrap_or(0) == 0 => {
                holding.insert(channel.name);
            }
            _ => return None,
        }
    }
    if holding.is_empty() {
        return Some(HashSet::new());
    }
    let consumers: Vec<ApiConsumer> = api
        .get(&consumers_path, &[("columns", "queue,channel_details")])
        .await
        .ok()?;
    let mut held = HashSet::new();
    let mut explained = HashSet::new();
    for consumer in consumers {
        let (Some(channel), Some(queue)) = (consumer.channel_details, consumer.queue) else {
            continue;
        };
        if holding.contains(&channel.name) {
            held.insert((queue.vhost.unwrap_or_else(|| vhost.to_owned()), queue.name));
            explained.insert(channel.name);
        }
    }
    // A holding channel whose consumer is not listed yet: its queue is unknown.
    (explained.len() == holding.len() && held.len() <= MAX_HELD).then_some(held)
}
