//! Drawing a vhost's topology — exchanges, the bindings leaving them (with their keys) and the
//! queues and exchanges they lead to — as an indented tree, Graphviz dot, Mermaid, or a JSON
//! graph. The graph is gathered in `listing::topology`.

use std::fmt::Write as _;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TopologyFormat {
    /// An indented tree, for the terminal
    Tree,
    /// Graphviz source (`mq topology --format dot | dot -Tsvg > topology.svg`)
    Dot,
    /// Mermaid flowchart source
    Mermaid,
    /// The graph as data: exchanges, queues, bindings
    Json,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Graph {
    pub vhost: String,
    pub exchanges: Vec<ExchangeNode>,
    pub queues: Vec<QueueNode>,
    pub bindings: Vec<Edge>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExchangeNode {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QueueNode {
    pub name: String,
    pub messages: Option<i64>,
    pub consumers: Option<i64>,
    /// Messages per second in and out, with `--watch` from the second refresh on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_rate: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub out_rate: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Edge {
    pub source: String,
    pub destination: String,
    /// `queue` or `exchange`.
    pub destination_type: String,
    pub routing_key: String,
    pub arguments: serde_json::Value,
}

impl Edge {
    fn to_exchange(&self) -> bool {
        self.destination_type == "exchange"
    }

    /// The key as shown: `""` for an empty one, and the arguments of a headers binding.
    fn key_label(&self) -> String {
        let mut label = if self.routing_key.is_empty() {
            "\"\"".to_owned()
        } else {
            self.routing_key.clone()
        };
        if self.arguments.as_object().is_some_and(|a| !a.is_empty()) {
            let _ = write!(label, " {}", self.arguments);
        }
        label
    }
}

impl QueueNode {
    fn summary(&self) -> String {
        let count = |n: Option<i64>, one: &str, many: &str| match n {
            Some(1) => format!("1 {one}"),
            Some(n) => format!("{n} {many}"),
            None => format!("? {many}"),
        };
        let mut text = format!(
            "{}, {}",
            count(self.messages, "message", "messages"),
            count(self.consumers, "consumer", "consumers")
        );
        if let (Some(incoming), Some(outgoing)) = (self.in_rate, self.out_rate) {
            let _ = write!(text, ", in {incoming:.1}/s, out {outgoing:.1}/s");
        }
        text
    }
}

pub fn render(graph: &Graph, format: TopologyFormat) -> String {
    match format {
        TopologyFormat::Tree => tree(graph),
        TopologyFormat::Dot => dot(graph),
        TopologyFormat::Mermaid => mermaid(graph),
        TopologyFormat::Json => {
            let mut text = serde_json::to_string_pretty(graph).unwrap_or_default();
            text.push('\n');
            text
        }
    }
}

/// Queues no binding leads to (other than the default exchange's implicit ones).
fn unbound(graph: &Graph) -> Vec<&QueueNode> {
    graph
        .queues
        .iter()
        .filter(|q| {
            !graph
                .bindings
                .iter()
                .any(|b| !b.to_exchange() && b.destination == q.name)
        })
        .collect()
}

fn tree(graph: &Graph) -> String {
    let mut text = format!("vhost {}\n", graph.vhost);
    let unbound = unbound(graph);
    let mut branches: Vec<(String, Vec<String>)> = graph
        .exchanges
        .iter()
        .map(|exchange| {
            let leaves = graph
                .bindings
                .iter()
                .filter(|b| b.source == exchange.name)
                .map(|b| {
                    if b.to_exchange() {
                        format!("{} → exchange {}", b.key_label(), b.destination)
                    } else {
                        let queue = graph.queues.iter().find(|q| q.name == b.destination);
                        let summary = queue.map(QueueNode::summary).unwrap_or_default();
                        format!("{} → queue {} ({summary})", b.key_label(), b.destination)
                    }
                })
                .collect();
            (
                format!("exchange {} ({})", exchange.name, exchange.kind),
                leaves,
            )
        })
        .collect();
    if !unbound.is_empty() {
        branches.push((
            "not bound to any exchange".to_owned(),
            unbound
                .iter()
                .map(|q| format!("queue {} ({})", q.name, q.summary()))
                .collect(),
        ));
    }
    for (index, (branch, leaves)) in branches.iter().enumerate() {
        let last = index + 1 == branches.len();
        let _ = writeln!(text, "{}{branch}", if last { "└── " } else { "├── " });
        let indent = if last { "    " } else { "│   " };
        for (leaf_index, leaf) in leaves.iter().enumerate() {
            let corner = if leaf_index + 1 == leaves.len() {
                "└── "
            } else {
                "├── "
            };
            let _ = writeln!(text, "{indent}{corner}{leaf}");
        }
    }
    text
}

/// A dot double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
fn dot_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => {}
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

fn dot(graph: &Graph) -> String {
    let mut text = String::from("digraph topology {\n");
    let _ = writeln!(
        text,
        "  label={}; labelloc=t; rankdir=LR;",
        dot_string(&format!("vhost {}", graph.vhost))
    );
    text.push_str("  node [fontname=\"Helvetica\"]; edge [fontname=\"Helvetica\"];\n");
    for exchange in &graph.exchanges {
        let _ = writeln!(
            text,
            "  {} [shape=ellipse, label={}];",
            dot_string(&format!("exchange:{}", exchange.name)),
            dot_string(&format!("{}\n({})", exchange.name, exchange.kind))
        );
    }
    for queue in &graph.queues {
        let _ = writeln!(
            text,
            "  {} [shape=box, style=filled, fillcolor=\"#f0f0f0\", label={}];",
            dot_string(&format!("queue:{}", queue.name)),
            dot_string(&format!("{}\n{}", queue.name, queue.summary()))
        );
    }
    for binding in &graph.bindings {
        let kind = if binding.to_exchange() {
            "exchange"
        } else {
            "queue"
        };
        let _ = writeln!(
            text,
            "  {} -> {} [label={}];",
            dot_string(&format!("exchange:{}", binding.source)),
            dot_string(&format!("{kind}:{}", binding.destination)),
            dot_string(&binding.key_label())
        );
    }
    text.push_str("}\n");
    text
}

/// Mermaid label text: its own entity codes for what would end or break the label.
fn mermaid_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => escaped.push_str("#quot;"),
            '<' => escaped.push_str("#lt;"),
            '>' => escaped.push_str("#gt;"),
            '#' => escaped.push_str("#35;"),
            '\n' => escaped.push_str("<br/>"),
            c => escaped.push(c),
        }
    }
    escaped
}

fn mermaid(graph: &Graph) -> String {
    let mut text = String::from("flowchart LR\n");
    let exchange_id = |name: &str| {
        graph
            .exchanges
            .iter()
            .position(|e| e.name == name)
            .map_or_else(|| format!("x_{}", mermaid_id(name)), |i| format!("x{i}"))
    };
    let queue_id = |name: &str| {
        graph
            .queues
            .iter()
            .position(|q| q.name == name)
            .map_or_else(|| format!("q_{}", mermaid_id(name)), |i| format!("q{i}"))
    };
    for exchange in &graph.exchanges {
        let _ = writeln!(
            text,
            "  {}([\"{}\"])",
            exchange_id(&exchange.name),
            mermaid_text(&format!("{}\n({})", exchange.name, exchange.kind))
        );
    }
    for queue in &graph.queues {
        let _ = writeln!(
            text,
            "  {}[\"{}\"]",
            queue_id(&queue.name),
            mermaid_text(&format!("{}\n{}", queue.name, queue.summary()))
        );
    }
    for binding in &graph.bindings {
        let destination = if binding.to_exchange() {
            exchange_id(&binding.destination)
        } else {
            queue_id(&binding.destination)
        };
        let _ = writeln!(
            text,
            "  {} -->|\"{}\"| {destination}",
            exchange_id(&binding.source),
            mermaid_text(&binding.key_label())
        );
    }
    text
}

/// An identifier for a node Mermaid was not told about (never the case for a gathered graph).
fn mermaid_id(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tutorial() -> Graph {
        let queue = |name: &str, messages| QueueNode {
            name: name.into(),
            messages: Some(messages),
            consumers: Some(1),
            in_rate: None,
            out_rate: None,
        };
        let edge = |key: &str, queue: &str| Edge {
            source: "integers".into(),
            destination: queue.into(),
            destination_type: "queue".into(),
            routing_key: key.into(),
            arguments: serde_json::json!({}),
        };
        Graph {
            vhost: "/".into(),
            exchanges: vec![ExchangeNode {
                name: "integers".into(),
                kind: "direct".into(),
            }],
            queues: vec![
                queue("odds", 3),
                queue("evens", 0),
                queue("lonely \"q\"", 1),
            ],
            bindings: vec![edge("odd", "odds"), edge("even", "evens")],
        }
    }

    #[test]
    fn the_tree_shows_exchange_keys_queues_and_counts() {
        assert_eq!(
            render(&tutorial(), TopologyFormat::Tree),
            "vhost /\n\
             ├── exchange integers (direct)\n\
             │   ├── odd → queue odds (3 messages, 1 consumer)\n\
             │   └── even → queue evens (0 messages, 1 consumer)\n\
             └── not bound to any exchange\n    \
             └── queue lonely \"q\" (1 message, 1 consumer)\n"
        );
    }

    #[test]
    fn dot_quotes_names_and_labels_edges_with_keys() {
        let text = render(&tutorial(), TopologyFormat::Dot);
        assert!(text.starts_with("digraph topology {\n"));
        assert!(text.contains("  \"exchange:integers\" -> \"queue:odds\" [label=\"odd\"];"));
        assert!(text.contains("\"queue:lonely \\\"q\\\"\""), "{text}");
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn mermaid_escapes_quotes_and_labels_edges() {
        let text = render(&tutorial(), TopologyFormat::Mermaid);
        assert!(text.starts_with("flowchart LR\n"));
        assert!(text.contains("  x0 -->|\"odd\"| q0\n"), "{text}");
        assert!(text.contains("lonely #quot;q#quot;"), "{text}");
    }

    #[test]
    fn json_is_the_graph() {
        let value: serde_json::Value =
            serde_json::from_str(&render(&tutorial(), TopologyFormat::Json)).unwrap();
        assert_eq!(value["bindings"][1]["routing_key"], "even");
        assert_eq!(value["queues"][0]["messages"], 3);
        assert_eq!(value["exchanges"][0]["type"], "direct");
    }
}
