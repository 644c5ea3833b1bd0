//! Drawing a vhost's topology — exchanges, the bindings leaving them (with their keys or header
//! arguments), the queues and exchanges they lead to, and where each queue's dead letters go —
//! as an indented tree, Graphviz dot, Mermaid, or a JSON graph. A backlog nothing consumes is
//! marked with a word (and, in a tree on a terminal, in yellow). The graph is gathered in
//! `listing::topology`.

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
    /// Where each queue that dead-letters sends its dead letters.
    pub dead_letters: Vec<DeadLetter>,
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
    /// classic, quorum, stream.
    #[serde(rename = "type")]
    pub kind: String,
    pub messages: Option<i64>,
    pub ready: Option<i64>,
    pub consumers: Option<i64>,
    /// Messages per second in and out (the broker's own rates), with `--watch`.
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

/// A queue's dead-letter exchange (`""`: the default exchange), from its arguments or policy.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DeadLetter {
    pub queue: String,
    pub exchange: String,
    /// The routing key dead letters are given; `None`: each keeps its own.
    pub routing_key: Option<String>,
    /// Where the setting comes from: `queue arguments` (`x-dead-letter-exchange`) or
    /// `policy NAME` (`dead-letter-exchange`); `…, key from …` when the routing key's differs.
    #[serde(rename = "from")]
    pub origin: String,
    /// The exchange does not exist: the broker drops the dead letters.
    pub exchange_exists: bool,
}

/// How the marker word reads; a backlog is `ready` messages (else `messages`) with no consumer.
const BACKLOG: &str = "[backlog]";
const YELLOW: &str = "\x1b[33m";
const RESET: &str = "\x1b[0m";

impl Edge {
    fn to_exchange(&self) -> bool {
        self.destination_type == "exchange"
    }

    /// The edge's label: the routing key (`""` for an empty one where the exchange type routes
    /// by key; nothing on a fanout or headers exchange, which ignore it) and the binding's
    /// arguments as `key=value, …` (`format=pdf, x-match=all` for a headers binding).
    fn label(&self, source_kind: &str) -> Option<String> {
        let mut parts = Vec::new();
        if !self.routing_key.is_empty() {
            parts.push(self.routing_key.clone());
        } else if !matches!(source_kind, "fanout" | "headers") {
            parts.push("\"\"".to_owned());
        }
        if let Some(arguments) = self.arguments.as_object() {
            let mut pairs: Vec<String> = arguments
                .iter()
                .map(|(key, value)| match value {
                    serde_json::Value::String(text) => format!("{key}={text}"),
                    other => format!("{key}={other}"),
                })
                .collect();
            pairs.sort();
            parts.extend(pairs);
        }
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

impl QueueNode {
    /// Messages wait and nothing takes them.
    pub fn backlog(&self) -> bool {
        self.consumers == Some(0) && self.ready.or(self.messages).is_some_and(|n| n > 0)
    }

    fn summary(&self) -> String {
        let count = |n: Option<i64>, one: &str, many: &str| match n {
            Some(1) => format!("1 {one}"),
            Some(n) => format!("{n} {many}"),
            None => format!("? {many}"),
        };
        let mut text = String::new();
        if !self.kind.is_empty() {
            let _ = write!(text, "{}, ", self.kind);
        }
        let _ = write!(
            text,
            "{}, {}",
            count(self.messages, "message", "messages"),
            count(self.consumers, "consumer", "consumers")
        );
        if let (Some(incoming), Some(outgoing)) = (self.in_rate, self.out_rate) {
            let _ = write!(text, ", in {incoming:.1}/s, out {outgoing:.1}/s");
        }
        text
    }

    /// `queue NAME (type, counts)`, then the marker of a backlog.
    fn line(&self, color: bool) -> String {
        let text = format!("queue {} ({})", self.name, self.summary());
        match (self.backlog(), color) {
            (false, _) => text,
            (true, false) => format!("{text} {BACKLOG}"),
            (true, true) => format!("{YELLOW}{text} {BACKLOG}{RESET}"),
        }
    }
}

impl DeadLetter {
    /// Where the dead letters go, as the tree says it.
    fn line(&self) -> String {
        let key = self
            .routing_key
            .as_deref()
            .map(|key| {
                format!(
                    " with routing key {}",
                    if key.is_empty() { "\"\"" } else { key }
                )
            })
            .unwrap_or_default();
        let target = match (self.exchange.as_str(), &self.routing_key) {
            ("", Some(key)) => format!("queue {key} (through the default exchange)"),
            ("", None) => {
                "the default exchange, each to the queue its routing key names".to_owned()
            }
            (name, _) if !self.exchange_exists => {
                format!("exchange {name}, which does not exist: they are dropped{key}")
            }
            (name, _) => format!("exchange {name}{key}"),
        };
        format!("dead letters → {target} ({})", self.origin)
    }
}

pub fn render(graph: &Graph, format: TopologyFormat, color: bool) -> String {
    match format {
        TopologyFormat::Tree => tree(graph, color),
        TopologyFormat::Dot => dot(graph),
        TopologyFormat::Mermaid => mermaid(graph),
        TopologyFormat::Json => {
            let mut text = serde_json::to_string_pretty(graph).unwrap_or_default();
            text.push('\n');
            text
        }
    }
}

impl Graph {
    fn exchange_kind(&self, name: &str) -> &str {
        self.exchanges
            .iter()
            .find(|e| e.name == name)
            .map_or("", |e| e.kind.as_str())
    }

    fn label(&self, edge: &Edge) -> Option<String> {
        edge.label(self.exchange_kind(&edge.source))
    }

    /// Queues no binding leads to (other than the default exchange's implicit ones).
    fn unbound(&self) -> Vec<&QueueNode> {
        self.queues
            .iter()
            .filter(|q| {
                !self
                    .bindings
                    .iter()
                    .any(|b| !b.to_exchange() && b.destination == q.name)
            })
            .collect()
    }

    /// Exchanges dead letters are sent to that are not drawn: the default exchange, and
    /// exchanges that do not exist.
    fn undrawn_dead_letter_exchanges(&self) -> Vec<&DeadLetter> {
        let mut seen: Vec<&str> = Vec::new();
        self.dead_letters
            .iter()
            .filter(|d| !(d.exchange.is_empty() && d.routing_key.is_some()))
            .filter(|d| !self.exchanges.iter().any(|e| e.name == d.exchange))
            .filter(|d| {
                let new = !seen.contains(&d.exchange.as_str());
                seen.push(&d.exchange);
                new
            })
            .collect()
    }
}

/// One line of the tree and the lines under it.
struct Node {
    text: String,
    children: Vec<Node>,
}

impl Node {
    fn leaf(text: String) -> Node {
        Node {
            text,
            children: Vec::new(),
        }
    }
}

fn draw(text: &mut String, nodes: &[Node], indent: &str) {
    for (index, node) in nodes.iter().enumerate() {
        let last = index + 1 == nodes.len();
        let _ = writeln!(
            text,
            "{indent}{}{}",
            if last { "└── " } else { "├── " },
            node.text
        );
        let deeper = format!("{indent}{}", if last { "    " } else { "│   " });
        draw(text, &node.children, &deeper);
    }
}

fn tree(graph: &Graph, color: bool) -> String {
    let queue_node = |queue: &QueueNode, prefix: String| Node {
        text: format!("{prefix}{}", queue.line(color)),
        children: graph
            .dead_letters
            .iter()
            .filter(|d| d.queue == queue.name)
            .map(|d| Node::leaf(d.line()))
            .collect(),
    };
    let mut branches: Vec<Node> = graph
        .exchanges
        .iter()
        .map(|exchange| Node {
            text: format!("exchange {} ({})", exchange.name, exchange.kind),
            children: graph
                .bindings
                .iter()
                .filter(|b| b.source == exchange.name)
                .map(|b| {
                    let prefix = graph
                        .label(b)
                        .map(|label| format!("{label} → "))
                        .unwrap_or_default();
                    if b.to_exchange() {
                        return Node::leaf(format!("{prefix}exchange {}", b.destination));
                    }
                    match graph.queues.iter().find(|q| q.name == b.destination) {
                        Some(queue) => queue_node(queue, prefix),
                        None => Node::leaf(format!("{prefix}queue {}", b.destination)),
                    }
                })
                .collect(),
        })
        .collect();
    let unbound = graph.unbound();
    if !unbound.is_empty() {
        branches.push(Node {
            text: "not bound to any exchange".to_owned(),
            children: unbound
                .into_iter()
                .map(|q| queue_node(q, String::new()))
                .collect(),
        });
    }
    let mut text = format!("vhost {}\n", graph.vhost);
    draw(&mut text, &branches, "");
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

/// What a dead-letter edge points at in a diagram: (`queue` or `exchange`, name).
fn dead_letter_target(dead: &DeadLetter) -> (&'static str, &str) {
    match (dead.exchange.as_str(), &dead.routing_key) {
        ("", Some(key)) => ("queue", key.as_str()),
        (exchange, _) => ("exchange", exchange),
    }
}

/// The label of an exchange drawn only because dead letters go there.
fn undrawn_label(dead: &DeadLetter) -> String {
    if dead.exchange.is_empty() {
        "(AMQP default)".to_owned()
    } else {
        format!("{}\n(does not exist)", dead.exchange)
    }
}

fn dead_letter_label(dead: &DeadLetter) -> String {
    match (dead.exchange.as_str(), &dead.routing_key) {
        ("", Some(_)) | (_, None) => "dead letters".to_owned(),
        (_, Some(key)) => format!("dead letters\nkey {key}"),
    }
}

/// Dead-letter target queues (through the default exchange) that do not exist.
fn missing_queues(graph: &Graph) -> Vec<&str> {
    let mut missing: Vec<&str> = graph
        .dead_letters
        .iter()
        .map(dead_letter_target)
        .filter(|(kind, name)| *kind == "queue" && !graph.queues.iter().any(|q| q.name == *name))
        .map(|(_, name)| name)
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

const FONT: &str = "Helvetica";
const FILL: &str = "#f0f0f0";
const BACKLOG_FILL: &str = "#ffe08a";
const DEAD_LETTER_COLOR: &str = "#a03030";

fn dot(graph: &Graph) -> String {
    let mut text = String::from("digraph topology {\n");
    // One font for the graph's own label, the nodes and the edges: dot's default (Times)
    // would otherwise title the picture.
    let _ = writeln!(
        text,
        "  graph [fontname=\"{FONT}\", label={}, labelloc=t, rankdir=LR];",
        dot_string(&format!("vhost {}", graph.vhost))
    );
    let _ = writeln!(
        text,
        "  node [fontname=\"{FONT}\"]; edge [fontname=\"{FONT}\"];"
    );
    for exchange in &graph.exchanges {
        let _ = writeln!(
            text,
            "  {} [shape=ellipse, label={}];",
            dot_string(&format!("exchange:{}", exchange.name)),
            dot_string(&format!("{}\n({})", exchange.name, exchange.kind))
        );
    }
    for dead in graph.undrawn_dead_letter_exchanges() {
        let _ = writeln!(
            text,
            "  {} [shape=ellipse, style=dashed, label={}];",
            dot_string(&format!("exchange:{}", dead.exchange)),
            dot_string(&undrawn_label(dead))
        );
    }
    for queue in &graph.queues {
        let (fill, marker) = if queue.backlog() {
            (BACKLOG_FILL, format!("\n{BACKLOG}"))
        } else {
            (FILL, String::new())
        };
        let _ = writeln!(
            text,
            "  {} [shape=box, style=filled, fillcolor=\"{fill}\", label={}];",
            dot_string(&format!("queue:{}", queue.name)),
            dot_string(&format!("{}\n{}{marker}", queue.name, queue.summary()))
        );
    }
    for name in missing_queues(graph) {
        let _ = writeln!(
            text,
            "  {} [shape=box, style=dashed, label={}];",
            dot_string(&format!("queue:{name}")),
            dot_string(&format!("{name}\n(does not exist)"))
        );
    }
    for binding in &graph.bindings {
        let kind = if binding.to_exchange() {
            "exchange"
        } else {
            "queue"
        };
        let label = graph
            .label(binding)
            .map(|label| format!(" [label={}]", dot_string(&label)))
            .unwrap_or_default();
        let _ = writeln!(
            text,
            "  {} -> {}{label};",
            dot_string(&format!("exchange:{}", binding.source)),
            dot_string(&format!("{kind}:{}", binding.destination)),
        );
    }
    for dead in &graph.dead_letters {
        let (kind, name) = dead_letter_target(dead);
        let _ = writeln!(
            text,
            "  {} -> {} [label={}, style=dashed, color=\"{DEAD_LETTER_COLOR}\", \
             fontcolor=\"{DEAD_LETTER_COLOR}\"];",
            dot_string(&format!("queue:{}", dead.queue)),
            dot_string(&format!("{kind}:{name}")),
            dot_string(&dead_letter_label(dead))
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
    for dead in graph.undrawn_dead_letter_exchanges() {
        let _ = writeln!(
            text,
            "  {}([\"{}\"])",
            exchange_id(&dead.exchange),
            mermaid_text(&undrawn_label(dead))
        );
    }
    let mut backlog = Vec::new();
    for queue in &graph.queues {
        let marker = if queue.backlog() {
            backlog.push(queue_id(&queue.name));
            format!("\n{BACKLOG}")
        } else {
            String::new()
        };
        let _ = writeln!(
            text,
            "  {}[\"{}\"]",
            queue_id(&queue.name),
            mermaid_text(&format!("{}\n{}{marker}", queue.name, queue.summary()))
        );
    }
    for name in missing_queues(graph) {
        let _ = writeln!(
            text,
            "  {}[\"{}\"]",
            queue_id(name),
            mermaid_text(&format!("{name}\n(does not exist)"))
        );
    }
    for binding in &graph.bindings {
        let destination = if binding.to_exchange() {
            exchange_id(&binding.destination)
        } else {
            queue_id(&binding.destination)
        };
        let label = graph
            .label(binding)
            .map(|label| format!("|\"{}\"|", mermaid_text(&label)))
            .unwrap_or_default();
        let _ = writeln!(
            text,
            "  {} -->{label} {destination}",
            exchange_id(&binding.source),
        );
    }
    for dead in &graph.dead_letters {
        let destination = match dead_letter_target(dead) {
            ("queue", name) => queue_id(name),
            (_, name) => exchange_id(name),
        };
        let _ = writeln!(
            text,
            "  {} -.->|\"{}\"| {destination}",
            queue_id(&dead.queue),
            mermaid_text(&dead_letter_label(dead))
        );
    }
    if !backlog.is_empty() {
        let _ = writeln!(text, "  classDef backlog fill:{BACKLOG_FILL}");
        let _ = writeln!(text, "  class {} backlog", backlog.join(","));
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

    fn queue(name: &str, messages: i64, consumers: i64) -> QueueNode {
        QueueNode {
            name: name.into(),
            kind: "classic".into(),
            messages: Some(messages),
            ready: Some(messages),
            consumers: Some(consumers),
            in_rate: None,
            out_rate: None,
        }
    }

    fn edge(source: &str, key: &str, queue: &str) -> Edge {
        Edge {
            source: source.into(),
            destination: queue.into(),
            destination_type: "queue".into(),
            routing_key: key.into(),
            arguments: serde_json::json!({}),
        }
    }

    fn exchange(name: &str, kind: &str) -> ExchangeNode {
        ExchangeNode {
            name: name.into(),
            kind: kind.into(),
        }
    }

    fn tutorial() -> Graph {
        Graph {
            vhost: "/".into(),
            exchanges: vec![exchange("integers", "direct")],
            queues: vec![
                queue("odds", 3, 1),
                queue("evens", 0, 1),
                queue("lonely \"q\"", 1, 1),
            ],
            bindings: vec![
                edge("integers", "odd", "odds"),
                edge("integers", "even", "evens"),
            ],
            dead_letters: vec![],
        }
    }

    /// A fanout and a headers exchange, a backlog, and dead letters of each kind.
    fn picture() -> Graph {
        let mut pdf = edge("docs", "", "pdfs");
        pdf.arguments = serde_json::json!({"x-match": "all", "format": "pdf"});
        let dead = |queue: &str, exchange: &str, key: Option<&str>, exists| DeadLetter {
            queue: queue.into(),
            exchange: exchange.into(),
            routing_key: key.map(Into::into),
            origin: "queue arguments".into(),
            exchange_exists: exists,
        };
        Graph {
            vhost: "v".into(),
            exchanges: vec![
                exchange("logs", "fanout"),
                exchange("docs", "headers"),
                exchange("dlx", "direct"),
            ],
            queues: vec![
                queue("all", 0, 1),
                queue("pdfs", 4, 0),
                queue("parked", 0, 0),
            ],
            bindings: vec![edge("logs", "", "all"), pdf, edge("dlx", "", "parked")],
            dead_letters: vec![
                dead("all", "dlx", None, true),
                dead("pdfs", "", Some("parked"), true),
                dead("parked", "gone", Some("k"), false),
            ],
        }
    }

    #[test]
    fn the_tree_shows_exchange_keys_queues_types_and_counts() {
        assert_eq!(
            render(&tutorial(), TopologyFormat::Tree, false),
            "vhost /\n\
             ├── exchange integers (direct)\n\
             │   ├── odd → queue odds (classic, 3 messages, 1 consumer)\n\
             │   └── even → queue evens (classic, 0 messages, 1 consumer)\n\
             └── not bound to any exchange\n    \
             └── queue lonely \"q\" (classic, 1 message, 1 consumer)\n"
        );
    }

    #[test]
    fn the_tree_shows_dead_letters_under_their_queue_headers_as_pairs_and_no_empty_fanout_key() {
        assert_eq!(
            render(&picture(), TopologyFormat::Tree, false),
            "vhost v\n\
             ├── exchange logs (fanout)\n\
             │   └── queue all (classic, 0 messages, 1 consumer)\n\
             │       └── dead letters → exchange dlx (queue arguments)\n\
             ├── exchange docs (headers)\n\
             │   └── format=pdf, x-match=all → queue pdfs (classic, 4 messages, 0 consumers) [backlog]\n\
             │       └── dead letters → queue parked (through the default exchange) (queue arguments)\n\
             └── exchange dlx (direct)\n    \
             └── \"\" → queue parked (classic, 0 messages, 0 consumers)\n        \
             └── dead letters → exchange gone, which does not exist: they are dropped with routing key k (queue arguments)\n"
        );
    }

    #[test]
    fn a_backlog_is_yellow_only_when_colour_is_wanted() {
        let coloured = render(&picture(), TopologyFormat::Tree, true);
        assert!(
            coloured.contains(&format!(
                "{YELLOW}queue pdfs (classic, 4 messages, 0 consumers) {BACKLOG}{RESET}"
            )),
            "{coloured}"
        );
        assert_eq!(coloured.matches(YELLOW).count(), 1, "{coloured}");
        assert!(!render(&picture(), TopologyFormat::Tree, false).contains('\x1b'));
        assert!(!render(&picture(), TopologyFormat::Dot, true).contains('\x1b'));
    }

    #[test]
    fn dot_quotes_names_and_labels_edges_with_keys() {
        let text = render(&tutorial(), TopologyFormat::Dot, false);
        assert!(text.starts_with("digraph topology {\n"));
        assert!(text.contains("  \"exchange:integers\" -> \"queue:odds\" [label=\"odd\"];"));
        assert!(text.contains("\"queue:lonely \\\"q\\\"\""), "{text}");
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn dot_draws_dead_letters_backlogs_and_unlabelled_fanout_edges_in_one_font() {
        let text = render(&picture(), TopologyFormat::Dot, false);
        assert!(
            text.contains("  \"exchange:logs\" -> \"queue:all\";\n"),
            "{text}"
        );
        assert!(
            text.contains("[label=\"format=pdf, x-match=all\"]"),
            "{text}"
        );
        assert!(
            text.contains(
                "\"queue:all\" -> \"exchange:dlx\" [label=\"dead letters\", style=dashed"
            ),
            "{text}"
        );
        assert!(
            text.contains("\"queue:pdfs\" -> \"queue:parked\""),
            "{text}"
        );
        assert!(
            text.contains(
                "\"exchange:gone\" [shape=ellipse, style=dashed, label=\"gone\\n(does not exist)\"]"
            ),
            "{text}"
        );
        assert!(text.contains(&format!("fillcolor=\"{BACKLOG_FILL}\", label=\"pdfs\\nclassic, 4 messages, 0 consumers\\n[backlog]\"")), "{text}");
        let fonts: Vec<&str> = text
            .match_indices("fontname=")
            .map(|(i, _)| &text[i..i + 20])
            .collect();
        assert_eq!(fonts.len(), 3, "{text}");
        assert!(fonts.iter().all(|f| *f == fonts[0]), "{fonts:?}");
        // `""` only where the key routes: on the direct exchange, not on fanout or headers.
        assert_eq!(text.matches("[label=\"\\\"\\\"\"]").count(), 1, "{text}");
    }

    #[test]
    fn mermaid_escapes_quotes_and_labels_edges() {
        let text = render(&tutorial(), TopologyFormat::Mermaid, false);
        assert!(text.starts_with("flowchart LR\n"));
        assert!(text.contains("  x0 -->|\"odd\"| q0\n"), "{text}");
        assert!(text.contains("lonely #quot;q#quot;"), "{text}");
        let text = render(&picture(), TopologyFormat::Mermaid, false);
        assert!(text.contains("  x0 --> q0\n"), "{text}");
        assert!(text.contains("  q0 -.->|\"dead letters\"| x2\n"), "{text}");
        assert!(text.contains("  class q1 backlog\n"), "{text}");
    }

    #[test]
    fn json_is_the_graph() {
        let value: serde_json::Value =
            serde_json::from_str(&render(&picture(), TopologyFormat::Json, false)).unwrap();
        assert_eq!(value["queues"][1]["messages"], 4);
        assert_eq!(value["queues"][1]["type"], "classic");
        assert_eq!(value["exchanges"][1]["type"], "headers");
        assert_eq!(value["dead_letters"][1]["routing_key"], "parked");
        assert_eq!(value["dead_letters"][2]["exchange_exists"], false);
        assert_eq!(value["dead_letters"][0]["from"], "queue arguments");
    }
}
