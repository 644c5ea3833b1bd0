//! The queue listing on a node without management statistics
//! (`management_agent.disable_metrics_collector = true`): the Prometheus plugin's per-queue
//! metrics stand in for the statistics fields it has (memory, message bytes, consumer
//! utilisation, and unacked where the queues' totals lack it), and what nothing gives is said
//! once, never left silently blank.

use std::collections::HashMap;

use crate::api::Api;
use crate::context::Context;
use crate::diag::Diag;
use crate::listing::Cell;
use crate::listing::columns::{Column, Cost, QUEUES};
use crate::listing::fields::Field;
use crate::prometheus::{NODE_TOTALS, Prometheus, QueueMetrics};

/// What fills a listing's statistics fields on a node without statistics.
pub struct StandIn {
    /// Row positions of the fields the plugin has, with their API paths.
    targets: Vec<(usize, &'static str)>,
    /// By (vhost, queue); `None` when the plugin could not be read.
    metrics: Option<HashMap<(String, String), QueueMetrics>>,
    /// Why the plugin could not be read.
    why_not: Option<String>,
    port: Option<u16>,
    /// Rows with shown statistics columns whose queue the plugin did not report: a queue is
    /// in its metrics within 5 s of being declared, and only in its own node's.
    missed: usize,
    /// Some shown column is one the plugin fills (not only `--watch`'s counters, for which a
    /// queue not reported yet has had no traffic).
    fills_shown: bool,
    /// Shown statistics columns nothing gives.
    unknown: Vec<&'static str>,
}

impl StandIn {
    /// For the rows of `fields` (the shown ones first, `shown` of them), of one vhost or all.
    /// `None` when the listing shows no statistics field.
    pub async fn new(
        api: &Api,
        fields: &[Field],
        shown: usize,
        vhost: Option<&str>,
    ) -> Option<StandIn> {
        let stats_shown: Vec<&Column> = QUEUES
            .columns
            .iter()
            .filter(|c| c.cost == Cost::Stats && fields[..shown].contains(&c.field))
            .collect();
        if stats_shown.is_empty() {
            return None;
        }
        let targets: Vec<(usize, &'static str)> = QueueMetrics::FAMILIES
            .iter()
            .filter_map(|(path, _)| Some((fields.iter().position(|f| f.path == *path)?, *path)))
            .collect();
        let mut families: Vec<&str> = QueueMetrics::FAMILIES
            .iter()
            .filter(|(path, _)| targets.iter().any(|(_, p)| p == path))
            .map(|(_, family)| *family)
            .collect();
        families.sort_unstable();
        families.dedup();
        let has = |c: &&Column| {
            QueueMetrics::FAMILIES
                .iter()
                .any(|(p, _)| *p == c.field.path)
        };
        let fills_shown = targets
            .iter()
            .any(|(i, path)| *i < shown && *path != "messages_unacknowledged");
        let mut stand_in = StandIn {
            fills_shown,
            targets,
            metrics: None,
            why_not: None,
            port: None,
            missed: 0,
            unknown: stats_shown
                .iter()
                .filter(|c| !has(c))
                .map(|c| c.name)
                .collect(),
        };
        match Prometheus::find(api).await {
            Ok(prometheus) => {
                stand_in.port = Some(prometheus.port());
                match prometheus.queues(vhost, &families).await {
                    Ok(metrics) => stand_in.metrics = Some(metrics),
                    Err(why) => stand_in.why_not = Some(why),
                }
            }
            Err(why) => stand_in.why_not = Some(why),
        }
        if stand_in.metrics.is_none() {
            stand_in.unknown = stats_shown.iter().map(|c| c.name).collect();
        }
        Some(stand_in)
    }

    /// Fills the row's empty fields that the plugin has for queue `name` of `vhost`.
    pub fn fill(&mut self, vhost: &str, name: &str, row: &mut [Cell]) {
        let Some(metrics) = &self.metrics else {
            return;
        };
        let Some(queue) = metrics.get(&(vhost.to_owned(), name.to_owned())) else {
            self.missed += usize::from(self.fills_shown);
            return;
        };
        for &(index, path) in &self.targets {
            if row[index] != Cell::Missing {
                continue;
            }
            row[index] = match queue.field(path) {
                Some(serde_json::Value::Number(n)) if n.is_i64() => {
                    Cell::Int(n.as_i64().unwrap_or_default())
                }
                Some(serde_json::Value::Number(n)) => Cell::Float(n.as_f64().unwrap_or_default()),
                _ => continue,
            };
        }
    }

    /// Says once per run (a `--watch` takes many snapshots) what the node without statistics
    /// leaves unknown and where the numbers shown instead come from.
    pub fn say(&self, cx: &Context) {
        use std::sync::atomic::{AtomicBool, Ordering};
        static SAID: AtomicBool = AtomicBool::new(false);
        let unknown: Vec<&str> = self.unknown.clone();
        let missed = self.missed > 0 && self.metrics.is_some();
        if (unknown.is_empty() && !missed) || SAID.swap(true, Ordering::Relaxed) {
            return;
        }
        let off = "the node keeps no management statistics \
                   (management_agent.disable_metrics_collector = true)";
        let port = self
            .port
            .map(|p| format!(" (port {p})"))
            .unwrap_or_default();
        if !unknown.is_empty() {
            let why = match (&self.why_not, self.metrics.is_some()) {
                (_, true) => {
                    format!("; the other statistics columns are the Prometheus plugin's{port}")
                }
                (Some(why), false) => format!(
                    "; the Prometheus plugin's /metrics/detailed would have some of them: {why}"
                ),
                (None, false) => String::new(),
            };
            cx.diag.note(format_args!(
                "{off}: {} unknown and left empty{why}",
                join(&unknown)
            ));
        }
        if missed {
            cx.diag.note(format_args!(
                "{off}, and {} queue(s) are not in the Prometheus plugin's metrics{port}: their \
                 statistics columns are empty (a queue is there within 5 s of being declared, \
                 and only in the plugin of its own node)",
                self.missed
            ));
        }
    }
}

/// The overview of a node without statistics: its channels, consumers and message totals
/// from the Prometheus plugin, put into the API's `answer` where the statistics would be.
/// The plugin counts its own node's: in a cluster, that is said. What stays unknown is said.
pub async fn overview(api: &Api, columns: &[&Column], answer: &mut serde_json::Value, diag: &Diag) {
    let shows = |path: &str| columns.iter().any(|c| c.field.path == path);
    let wanted: Vec<&str> = NODE_TOTALS
        .iter()
        .filter(|(field, _)| shows(field))
        .map(|(field, _)| *field)
        .collect();
    let mut unknown: Vec<&str> = columns
        .iter()
        .filter(|c| c.field.path.starts_with("message_stats."))
        .map(|c| c.name)
        .collect();
    let off = "the node keeps no management statistics \
               (management_agent.disable_metrics_collector = true)";
    let mut why = String::new();
    if !wanted.is_empty() {
        let found = match Prometheus::find(api).await {
            Ok(prometheus) => prometheus
                .node_totals()
                .await
                .map(|totals| (totals, prometheus.port())),
            Err(why) => Err(why),
        };
        match found {
            Ok((totals, port)) => {
                for field in &wanted {
                    let Some(value) = totals.get(field) else {
                        continue;
                    };
                    let (top, key) = field.split_once('.').unwrap_or((field, ""));
                    if !answer[top].is_object() {
                        answer[top] = serde_json::json!({});
                    }
                    answer[top][key] = (*value).into();
                }
                let nodes: Vec<serde_json::Value> = api
                    .get(&["nodes"], &[("columns", "name")])
                    .await
                    .unwrap_or_default();
                if nodes.len() > 1 {
                    let node = answer["node"]
                        .as_str()
                        .unwrap_or("the API's node")
                        .to_owned();
                    diag.note(format_args!(
                        "{off}: channels, consumers and the message totals are those of {node} \
                         only, from its Prometheus plugin (port {port}); each node's plugin \
                         has its own"
                    ));
                }
            }
            Err(reason) => {
                why = format!("; the Prometheus plugin would have them: {reason}");
                unknown.extend(
                    columns
                        .iter()
                        .filter(|c| wanted.contains(&c.field.path))
                        .map(|c| c.name),
                );
            }
        }
    }
    if !unknown.is_empty() {
        diag.note(format_args!(
            "{off}: {} unknown and left empty{why}",
            join(&unknown)
        ));
    }
}

fn join(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => format!("{one} is"),
        [rest @ .., last] => format!("{} and {last} are", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_columns_are_named_in_one_sentence() {
        assert_eq!(join(&["memory"]), "memory is");
        assert_eq!(
            join(&["idle_since", "publish_rate", "deliver_rate"]),
            "idle_since, publish_rate and deliver_rate are"
        );
    }

    #[test]
    fn the_plugin_fills_only_what_is_empty() {
        let mut stand_in = StandIn {
            targets: vec![
                (1, "memory"),
                (2, "messages_unacknowledged"),
                (3, "consumer_utilisation"),
            ],
            metrics: Some(HashMap::from([(
                ("/".to_owned(), "q".to_owned()),
                QueueMetrics {
                    unacked: Some(4),
                    memory: Some(100),
                    consumer_utilisation: Some(0.5),
                    ..QueueMetrics::default()
                },
            )])),
            why_not: None,
            port: Some(15692),
            missed: 0,
            fills_shown: true,
            unknown: vec![],
        };
        let mut row = vec![Cell::text("q"), Cell::Missing, Cell::Int(1), Cell::Missing];
        stand_in.fill("/", "q", &mut row);
        assert_eq!(
            row,
            vec![
                Cell::text("q"),
                Cell::Int(100),
                Cell::Int(1),
                Cell::Float(0.5)
            ]
        );
        stand_in.fill("/", "elsewhere", &mut row);
        assert_eq!(stand_in.missed, 1);
    }
}
