//! The Prometheus plugin (`rabbitmq_prometheus`) as the source of what a node without
//! management statistics no longer gives its API: where the plugin listens, its text format,
//! and the per-queue numbers of `/metrics/detailed`.
//!
//! No crate for the text format is both kept up and light (the known ones pull in a date
//! library and a regex engine, or date from before 2021), and mq reads only samples, so the
//! parser is the small one below.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::Deserialize;
use tokio::sync::OnceCell;

use crate::api::Api;

/// One sample line: `name{label="value",...} value [timestamp]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample<'a> {
    pub name: &'a str,
    pub labels: Vec<(&'a str, Cow<'a, str>)>,
    pub value: f64,
}

impl Sample<'_> {
    pub fn label(&self, key: &str) -> Option<&str> {
        self.labels
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_ref())
    }
}

/// A line that is not a sample, a comment or blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub what: &'static str,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.what)
    }
}

/// The samples of a text-format answer, in order; comments (`# HELP`, `# TYPE`) and blank
/// lines are skipped.
pub fn samples(text: &str) -> impl Iterator<Item = Result<Sample<'_>, ParseError>> {
    text.lines().enumerate().filter_map(|(index, line)| {
        let line = line.trim_start();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        Some(sample(line).map_err(|what| ParseError {
            line: index + 1,
            what,
        }))
    })
}

fn sample(line: &str) -> Result<Sample<'_>, &'static str> {
    let name_end = line
        .find(|c: char| c == '{' || c.is_whitespace())
        .ok_or("no value")?;
    let name = &line[..name_end];
    if name.is_empty() {
        return Err("no metric name");
    }
    let mut rest = &line[name_end..];
    let mut labels = Vec::new();
    if let Some(inner) = rest.strip_prefix('{') {
        rest = inner;
        loop {
            rest = rest.trim_start_matches([' ', ',']);
            if let Some(after) = rest.strip_prefix('}') {
                rest = after;
                break;
            }
            if rest.is_empty() {
                return Err("labels without their closing '}'");
            }
            let eq = rest.find('=').ok_or("a label without '='")?;
            let key = rest[..eq].trim();
            let quoted = rest[eq + 1..]
                .trim_start()
                .strip_prefix('"')
                .ok_or("a label value without quotes")?;
            let (value, after) = label_value(quoted)?;
            labels.push((key, value));
            rest = after;
        }
    }
    let mut fields = rest.split_whitespace();
    let value = fields.next().ok_or("no value")?;
    let value = match value {
        "+Inf" | "Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        "NaN" => f64::NAN,
        v => v.parse().map_err(|_| "a value that is not a number")?,
    };
    Ok(Sample {
        name,
        labels,
        value,
    })
}

/// A label value after its opening quote: the value (`\\`, `\"` and `\n` undone) and the text
/// after its closing quote.
fn label_value(text: &str) -> Result<(Cow<'_, str>, &str), &'static str> {
    let mut owned: Option<String> = None;
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let value = owned.map_or(Cow::Borrowed(&text[..i]), Cow::Owned);
                return Ok((value, &text[i + 1..]));
            }
            '\\' => {
                let s = owned.get_or_insert_with(|| text[..i].to_owned());
                match chars.next() {
                    Some((_, 'n')) => s.push('\n'),
                    Some((_, other)) => s.push(other),
                    None => return Err("a label value without its closing quote"),
                }
            }
            c => {
                if let Some(s) = owned.as_mut() {
                    s.push(c);
                }
            }
        }
    }
    Err("a label value without its closing quote")
}

/// Where the node's Prometheus plugin answers.
#[derive(Debug, Clone)]
struct Endpoint {
    scheme: &'static str,
    port: u16,
}

/// The plugin's default port; the defaults put it 20 above the management API's (15672).
const DEFAULT_PORT: u16 = 15692;

/// One look for the plugin per run: `--watch` asks every frame.
static FOUND: OnceCell<Result<Endpoint, String>> = OnceCell::const_new();

/// The Prometheus plugin of the node that serves the API.
pub struct Prometheus<'a> {
    api: &'a Api,
    endpoint: Endpoint,
}

impl<'a> Prometheus<'a> {
    /// Finds the plugin: the node's listeners say where it is (`http/prometheus`); a node
    /// without management statistics lists none, and then mq tries the default port and the
    /// management port + 20, on the API's host, and takes the one that answers as this node.
    /// `Err` says why there is none, for a note.
    pub async fn find(api: &'a Api) -> Result<Prometheus<'a>, String> {
        let found = FOUND.get_or_init(|| discover(api)).await.clone();
        found.map(|endpoint| Prometheus { api, endpoint })
    }

    pub fn port(&self) -> u16 {
        self.endpoint.port
    }

    /// The text of `/metrics/detailed` for these families (of one vhost, or all).
    async fn detailed(&self, vhost: Option<&str>, families: &[&str]) -> Result<String, String> {
        detailed(self.api, &self.endpoint, vhost, families).await
    }

    /// The per-queue numbers of `families` (`QueueMetrics::FAMILIES`), by (vhost, queue). The
    /// plugin of a node reports the queues whose leader is on that node only.
    pub async fn queues(
        &self,
        vhost: Option<&str>,
        families: &[&str],
    ) -> Result<HashMap<(String, String), QueueMetrics>, String> {
        let text = self.detailed(vhost, families).await?;
        let mut queues: HashMap<(String, String), QueueMetrics> = HashMap::new();
        for sample in samples(&text) {
            let sample = sample.map_err(|e| format!("unreadable answer ({e})"))?;
            let (Some(vhost), Some(queue)) = (sample.label("vhost"), sample.label("queue")) else {
                continue;
            };
            let Some(name) = sample.name.strip_prefix("rabbitmq_detailed_queue_") else {
                continue;
            };
            let value = sample.value;
            if !value.is_finite() {
                continue;
            }
            // The counters and gauges are whole numbers but for the utilisation.
            let int = value as i64;
            let known = [
                "messages_unacked",
                "process_memory_bytes",
                "messages_bytes",
                "consumer_utilisation",
            ];
            if !known.contains(&name) {
                continue;
            }
            let metrics = queues
                .entry((vhost.to_owned(), queue.to_owned()))
                .or_default();
            match name {
                "messages_unacked" => metrics.unacked = Some(int),
                "process_memory_bytes" => metrics.memory = Some(int),
                "messages_bytes" => metrics.message_bytes = Some(int),
                _ => metrics.consumer_utilisation = Some(value),
            }
        }
        Ok(queues)
    }
}

/// The node-wide numbers of the plugin's `/metrics` that the API's overview gives with
/// statistics: (overview field, metric).
pub const NODE_TOTALS: [(&str, &str); 5] = [
    ("object_totals.channels", "rabbitmq_channels"),
    ("object_totals.consumers", "rabbitmq_consumers"),
    ("queue_totals.messages", "rabbitmq_queue_messages"),
    (
        "queue_totals.messages_ready",
        "rabbitmq_queue_messages_ready",
    ),
    (
        "queue_totals.messages_unacknowledged",
        "rabbitmq_queue_messages_unacked",
    ),
];

impl Prometheus<'_> {
    /// [`NODE_TOTALS`] of this node, by overview field: each metric summed over its samples
    /// (one, or one per queue where the plugin is set to return per-object metrics).
    pub async fn node_totals(&self) -> Result<HashMap<&'static str, i64>, String> {
        let text = self
            .api
            .get_beside(self.endpoint.scheme, self.endpoint.port, "/metrics", &[])
            .await
            .map_err(|e| e.to_string())?;
        let mut totals = HashMap::new();
        for sample in samples(&text) {
            let sample = sample.map_err(|e| format!("unreadable answer ({e})"))?;
            if let Some((field, _)) = NODE_TOTALS.iter().find(|(_, m)| *m == sample.name)
                && sample.value.is_finite()
            {
                *totals.entry(*field).or_insert(0) += sample.value as i64;
            }
        }
        Ok(totals)
    }
}

/// What the plugin says of one queue.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct QueueMetrics {
    pub unacked: Option<i64>,
    pub memory: Option<i64>,
    pub message_bytes: Option<i64>,
    pub consumer_utilisation: Option<f64>,
}

impl QueueMetrics {
    /// The family that holds each management API field the plugin can stand in for.
    pub const FAMILIES: [(&'static str, &'static str); 4] = [
        ("messages_unacknowledged", "queue_coarse_metrics"),
        ("memory", "queue_metrics"),
        ("message_bytes", "queue_metrics"),
        ("consumer_utilisation", "queue_metrics"),
    ];

    /// The value for a management API field (`FAMILIES`' first column), as the API gives it.
    pub fn field(&self, path: &str) -> Option<serde_json::Value> {
        match path {
            "messages_unacknowledged" => self.unacked.map(Into::into),
            "memory" => self.memory.map(Into::into),
            "message_bytes" => self.message_bytes.map(Into::into),
            "consumer_utilisation" => self.consumer_utilisation.map(Into::into),
            _ => None,
        }
    }
}

async fn detailed(
    api: &Api,
    endpoint: &Endpoint,
    vhost: Option<&str>,
    families: &[&str],
) -> Result<String, String> {
    let mut query: Vec<(&str, &str)> = families.iter().map(|f| ("family", *f)).collect();
    if let Some(vhost) = vhost {
        query.push(("vhost", vhost));
    }
    api.get_beside(endpoint.scheme, endpoint.port, "/metrics/detailed", &query)
        .await
        .map_err(|e| e.to_string())
}

#[derive(Deserialize)]
struct Overview {
    #[serde(default)]
    node: Option<String>,
    #[serde(default)]
    listeners: Option<Vec<Listener>>,
}

#[derive(Deserialize)]
struct Listener {
    #[serde(default)]
    node: Option<String>,
    #[serde(default)]
    protocol: String,
    #[serde(default)]
    port: Option<u16>,
}

async fn discover(api: &Api) -> Result<Endpoint, String> {
    let overview: Overview = api
        .get(&["overview"], &[("columns", "node,listeners")])
        .await
        .map_err(|e| e.to_string())?;
    let node = overview.node.unwrap_or_default();
    let scheme_of = |protocol: &str| match protocol {
        "http/prometheus" => Some("http"),
        "https/prometheus" => Some("https"),
        _ => None,
    };
    let candidates: Vec<Endpoint> = match overview.listeners {
        Some(listeners) => {
            // The node's own listener first; a plain one before TLS.
            let mut found: Vec<(bool, Endpoint)> = listeners
                .iter()
                .filter_map(|l| {
                    let scheme = scheme_of(&l.protocol)?;
                    let own = l.node.as_deref() == Some(node.as_str());
                    Some((
                        !own,
                        Endpoint {
                            scheme,
                            port: l.port?,
                        },
                    ))
                })
                .collect();
            found.sort_by_key(|(other, e)| (*other, e.scheme == "https"));
            found.into_iter().map(|(_, e)| e).take(1).collect()
        }
        None => {
            // A node without statistics lists no listeners; its health check still says
            // whether one of the plugin's protocols is active (200), not on which port.
            let mut schemes = Vec::new();
            for (protocol, scheme) in [("http/prometheus", "http"), ("https/prometheus", "https")] {
                let check = ["health", "checks", "protocol-listener", protocol];
                if api.get::<serde_json::Value>(&check, &[]).await.is_ok() {
                    schemes.push(scheme);
                }
            }
            let mut ports = vec![DEFAULT_PORT];
            if let Some(beside) = api.port().and_then(|p| p.checked_add(20))
                && beside != DEFAULT_PORT
            {
                ports.insert(0, beside);
            }
            schemes
                .iter()
                .flat_map(|&scheme| ports.iter().map(move |&port| Endpoint { scheme, port }))
                .collect()
        }
    };
    if candidates.is_empty() {
        return Err(
            "the node has no Prometheus listener (rabbitmq-plugins enable rabbitmq_prometheus)"
                .to_owned(),
        );
    }
    let mut last = String::new();
    for endpoint in candidates {
        // The identity line is in every answer; no family asked for keeps the answer short.
        match detailed(api, &endpoint, None, &["identity_info"]).await {
            Ok(text) => {
                let answers_as = samples(&text)
                    .filter_map(Result::ok)
                    .find(|s| s.name == "rabbitmq_identity_info")
                    .and_then(|s| s.label("rabbitmq_node").map(str::to_owned));
                match answers_as {
                    Some(other) if !node.is_empty() && other != node => {
                        last = format!("port {} is node {other}'s, not {node}'s", endpoint.port);
                    }
                    Some(_) => return Ok(endpoint),
                    None => last = format!("port {} is not the Prometheus plugin", endpoint.port),
                }
            }
            Err(err) => last = err,
        }
    }
    Err(format!(
        "the node's Prometheus plugin did not answer ({last})"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"# TYPE rabbitmq_detailed_queue_messages_unacked gauge
# HELP rabbitmq_detailed_queue_messages_unacked Messages delivered to consumers but not yet acknowledged
rabbitmq_detailed_queue_messages_unacked{vhost="/",queue="q"} 2

rabbitmq_detailed_queue_consumer_utilisation{vhost="a b",queue="say \"hi\"\\n\n"} 2.0090605879842203e-5
telemetry_scrape_size_bytes_sum{registry="detailed",content_type="text/plain; version=0.0.4"} 1619 1700000000000
up 1
nothing{} +Inf
"#;

    #[test]
    fn samples_are_read_with_their_labels_and_comments_skipped() {
        let all: Vec<Sample> = samples(TEXT).collect::<Result<_, _>>().unwrap();
        assert_eq!(all.len(), 5);
        assert_eq!(all[0].name, "rabbitmq_detailed_queue_messages_unacked");
        assert_eq!(all[0].label("vhost"), Some("/"));
        assert_eq!(all[0].label("queue"), Some("q"));
        assert_eq!(all[0].value, 2.0);
        assert_eq!(all[1].label("vhost"), Some("a b"));
        assert_eq!(all[1].label("queue"), Some("say \"hi\"\\n\n"));
        assert!((all[1].value - 2.0090605879842203e-5).abs() < 1e-12);
        assert_eq!(
            all[2].label("content_type"),
            Some("text/plain; version=0.0.4")
        );
        assert_eq!(all[2].value, 1619.0);
        assert_eq!(
            (all[3].name, all[3].labels.len(), all[3].value),
            ("up", 0, 1.0)
        );
        assert_eq!(all[4].value, f64::INFINITY);
    }

    #[test]
    fn a_malformed_line_is_an_error_with_its_number() {
        for (text, what) in [
            ("a{b=\"c\"", "labels without their closing '}'"),
            ("a{b=\"c} 1", "a label value without its closing quote"),
            ("a{b=c} 1", "a label value without quotes"),
            ("a{b} 1", "a label without '='"),
            ("a{b=\"c\"}", "no value"),
            ("a x", "a value that is not a number"),
            ("a", "no value"),
        ] {
            let text = format!("# comment\n{text}\n");
            let err = samples(&text).find_map(Result::err).expect(&text);
            assert_eq!(err, ParseError { line: 2, what }, "{text}");
        }
    }

    #[test]
    fn every_field_the_plugin_stands_in_for_has_a_value() {
        let metrics = QueueMetrics {
            unacked: Some(1),
            memory: Some(2),
            message_bytes: Some(3),
            consumer_utilisation: Some(0.5),
        };
        for (field, _) in QueueMetrics::FAMILIES {
            assert!(metrics.field(field).is_some(), "{field}");
        }
    }
}
