//! The topology of a vhost: gathers its exchanges, bindings and queues (type, current counts,
//! and with `--watch` the broker's rates) and where each queue's dead letters go into a graph
//! for `output::topology` to draw. The default exchange and its implicit binding to every queue
//! are left out, and so are the built-in `amq.*` exchanges that nothing is bound to and no
//! queue dead-letters to.

use std::collections::HashMap;

use serde::Deserialize;

use crate::context::Context;
use crate::error::Result;
use crate::listing::columns::{Column, QUEUES};
use crate::listing::watch::BrokerRates;
use crate::listing::{Cell, Options, Scope, fetch_exchanges, queues, vhost_context};
use crate::output::topology::{DeadLetter, Edge, ExchangeNode, Graph, QueueNode};

#[derive(Debug, Deserialize)]
struct ApiBinding {
    #[serde(default)]
    source: String,
    #[serde(default)]
    destination: String,
    #[serde(default)]
    destination_type: String,
    #[serde(default)]
    routing_key: String,
    #[serde(default)]
    arguments: serde_json::Value,
}

#[derive(Debug, Deserialize)]
struct ApiPolicy {
    #[serde(default)]
    name: String,
    #[serde(default)]
    definition: serde_json::Value,
}

/// Not a listing column: the policy's keys as they apply to the queue. 4.x gives it with or
/// without statistics, 3.x only with them (else the policy is looked up by name).
const EFFECTIVE_POLICY: Column =
    Column::new("effective_policy", "effective_policy_definition").extra();

/// The queue fields the picture shows, in the order `queue_node` reads them.
const SHOWN: [&str; 7] = [
    "name",
    "type",
    "messages",
    "ready",
    "consumers",
    "arguments",
    "policy",
];

/// The vhost's graph; with `rates`, each queue's in/out rates (the broker's).
pub async fn gather(cx: &Context, rates: Option<&BrokerRates>) -> Result<Graph> {
    let vhost = cx.settings.vhost.as_str();
    let api = cx.api()?;
    let mut columns: Vec<&Column> = SHOWN
        .iter()
        .map(|name| QUEUES.column(name))
        .collect::<Result<_>>()?;
    columns.push(&EFFECTIVE_POLICY);
    if rates.is_some() {
        columns.extend(BrokerRates::columns()?);
    }
    let list = Options::default();
    let bindings = async {
        api.get::<Vec<ApiBinding>>(&["bindings", vhost], &[])
            .await
            .map_err(|e| vhost_context(e, vhost, Scope::Suffix))
    };
    let (exchanges, bindings, mut snapshot) = tokio::try_join!(
        fetch_exchanges(cx),
        bindings,
        queues::snapshot(&list, &columns, cx)
    )?;
    if let Some(rates) = rates {
        for row in &mut snapshot.rows {
            rates.fill(&mut row[SHOWN.len() + 1..]);
        }
    }

    let queues: Vec<(QueueNode, Settings)> =
        snapshot.rows.iter().map(|row| queue_node(row)).collect();
    let policies = policies(cx, &queues).await;
    let existing: Vec<&str> = exchanges.iter().map(|e| e.name.as_str()).collect();
    let dead_letters: Vec<DeadLetter> = queues
        .iter()
        .filter_map(|(queue, settings)| dead_letter(queue, settings, &policies, &existing))
        .collect();

    let bindings: Vec<Edge> = bindings
        .into_iter()
        .filter(|b| !b.source.is_empty())
        .map(|b| Edge {
            source: b.source,
            destination: b.destination,
            destination_type: b.destination_type,
            routing_key: b.routing_key,
            arguments: b.arguments,
        })
        .collect();
    let drawn = |name: &str| {
        bindings.iter().any(|b| {
            b.source == name || (b.destination_type == "exchange" && b.destination == name)
        }) || dead_letters.iter().any(|d| d.exchange == name)
    };
    let exchanges = exchanges
        .into_iter()
        .filter(|e| !e.name.is_empty() && (!e.name.starts_with("amq.") || drawn(&e.name)))
        .map(|e| ExchangeNode {
            name: e.name,
            kind: e.kind.unwrap_or_default(),
        })
        .collect();
    Ok(Graph {
        vhost: vhost.to_owned(),
        exchanges,
        queues: queues.into_iter().map(|(queue, _)| queue).collect(),
        bindings,
        dead_letters,
    })
}

/// What a queue's dead letters depend on: its arguments, its policy's name and (where the
/// broker gives it) the policy's keys as they apply to the queue.
struct Settings {
    arguments: serde_json::Value,
    policy: Option<String>,
    effective: Option<serde_json::Value>,
}

fn queue_node(row: &[Cell]) -> (QueueNode, Settings) {
    let int = |index: usize| match row.get(index) {
        Some(Cell::Int(n)) => Some(*n),
        _ => None,
    };
    let text = |index: usize| match row.get(index) {
        Some(Cell::Text(text)) => Some(text.clone()),
        _ => None,
    };
    let json = |index: usize| match row.get(index) {
        Some(Cell::Json(value)) => Some(value.clone()),
        _ => None,
    };
    let rate = |index: usize| match row.get(index) {
        Some(Cell::Float(rate)) => Some(*rate),
        Some(Cell::Int(rate)) => Some(*rate as f64),
        _ => None,
    };
    let node = QueueNode {
        name: text(0).unwrap_or_default(),
        kind: text(1).unwrap_or_default(),
        messages: int(2),
        ready: int(3),
        consumers: int(4),
        in_rate: rate(SHOWN.len() + 1),
        out_rate: rate(SHOWN.len() + 2),
    };
    let settings = Settings {
        arguments: json(5).unwrap_or_default(),
        policy: text(6),
        effective: json(7),
    };
    (node, settings)
}

/// The definitions of the policies queues name, when the queue listing gave no effective
/// definition for some (3.x without statistics). Unreadable (a user without the policymaker
/// tag): said once, and those queues' policies are left out of the picture.
async fn policies(
    cx: &Context,
    queues: &[(QueueNode, Settings)],
) -> HashMap<String, serde_json::Value> {
    if !queues
        .iter()
        .any(|(_, s)| s.policy.is_some() && s.effective.is_none())
    {
        return HashMap::new();
    }
    let vhost = cx.settings.vhost.as_str();
    let answer = match cx.api() {
        Ok(api) => api.get::<Vec<ApiPolicy>>(&["policies", vhost], &[]).await,
        Err(e) => Err(e),
    };
    match answer {
        Ok(policies) => policies
            .into_iter()
            .map(|p| (p.name, p.definition))
            .collect(),
        Err(e) => {
            cx.diag.note(format_args!(
                "the dead letters of queues under a policy are not drawn: its definition could \
                 not be read ({e})"
            ));
            HashMap::new()
        }
    }
}

/// Where a queue's dead letters go: each of the exchange and the routing key is the queue's
/// argument if it has one, else its policy's (the broker resolves them so, one by one).
fn dead_letter(
    queue: &QueueNode,
    settings: &Settings,
    policies: &HashMap<String, serde_json::Value>,
    existing: &[&str],
) -> Option<DeadLetter> {
    let policy_definition = settings
        .effective
        .as_ref()
        .or_else(|| settings.policy.as_ref().and_then(|name| policies.get(name)));
    let policy_name = settings.policy.as_deref().unwrap_or("");
    let resolve = |argument: &str, key: &str| -> Option<(String, String)> {
        if let Some(value) = settings.arguments.get(argument).and_then(|v| v.as_str()) {
            return Some((value.to_owned(), "queue arguments".to_owned()));
        }
        let value = policy_definition?.get(key)?.as_str()?;
        Some((value.to_owned(), format!("policy {policy_name}")))
    };
    let (exchange, origin) = resolve("x-dead-letter-exchange", "dead-letter-exchange")?;
    let key = resolve("x-dead-letter-routing-key", "dead-letter-routing-key");
    let origin = match &key {
        Some((_, key_origin)) if *key_origin != origin => {
            format!("{origin}, key from {key_origin}")
        }
        _ => origin,
    };
    Some(DeadLetter {
        queue: queue.name.clone(),
        exchange_exists: exchange.is_empty() || existing.contains(&exchange.as_str()),
        exchange,
        routing_key: key.map(|(key, _)| key),
        origin,
    })
}
