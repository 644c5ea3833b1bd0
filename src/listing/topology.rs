//! The topology of a vhost: gathers its exchanges, bindings and queues (with current counts) into a
//! graph for `output::topology` to draw. The default exchange and its implicit binding to every
//! queue are left out, and so are the built-in `amq.*` exchanges that nothing is bound to.

use serde::Deserialize;

use crate::context::Context;
use crate::error::Result;
use crate::listing::columns::QUEUES;
use crate::listing::watch::{Rates, rates_clock, row_rates};
use crate::listing::{Cell, Options, Scope, fetch_exchanges, queues, vhost_context};
use crate::output::topology::{Edge, ExchangeNode, Graph, QueueNode};

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

/// The vhost's graph; with `rates`, each queue's in/out rates since the last call.
pub async fn gather(cx: &Context, rates: Option<&mut Rates>) -> Result<Graph> {
    let vhost = cx.settings.vhost.as_str();
    let api = cx.api()?;
    let columns: Vec<_> = ["name", "messages", "consumers"]
        .iter()
        .filter_map(|name| QUEUES.columns.iter().find(|c| c.name == *name))
        .collect();
    let list = Options::default();
    let bindings = async {
        api.get::<Vec<ApiBinding>>(&["bindings", vhost], &[])
            .await
            .map_err(|e| vhost_context(e, vhost, Scope::Suffix))
    };
    let (exchanges, bindings, snapshot) = tokio::try_join!(
        fetch_exchanges(cx),
        bindings,
        queues::snapshot(&list, &columns, rates.is_some(), cx)
    )?;

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
    let bound = |name: &str| {
        bindings.iter().any(|b| {
            b.source == name || (b.destination_type == "exchange" && b.destination == name)
        })
    };
    let exchanges = exchanges
        .into_iter()
        .filter(|e| !e.name.is_empty() && (!e.name.starts_with("amq.") || bound(&e.name)))
        .map(|e| ExchangeNode {
            name: e.name,
            kind: e.kind.unwrap_or_default(),
        })
        .collect();
    let at = rates_clock();
    let mut rates = rates;
    let int = |cell: &Cell| match cell {
        Cell::Int(n) => Some(*n),
        _ => None,
    };
    let queues = snapshot
        .rows
        .iter()
        .map(|row| {
            let (in_rate, out_rate) = match rates.as_deref_mut() {
                Some(rates) => row_rates(rates, row, columns.len(), vhost, at),
                None => (None, None),
            };
            QueueNode {
                name: match &row[0] {
                    Cell::Text(name) => name.clone(),
                    _ => String::new(),
                },
                messages: int(&row[1]),
                consumers: int(&row[2]),
                in_rate,
                out_rate,
            }
        })
        .collect();
    if let Some(rates) = rates {
        rates.retain_seen(at);
    }
    Ok(Graph {
        vhost: vhost.to_owned(),
        exchanges,
        queues,
        bindings,
    })
}
