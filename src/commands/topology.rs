//! `topology`: its options, the graph gathered by `listing::topology` and drawn by
//! `output::topology`, once or (`--watch`) again and again.

use std::io::Write;
use std::time::Duration;

use clap::{Args, ValueEnum};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::listing::topology::gather;
use crate::listing::watch::{self, BrokerRates};
use crate::output::Terminal;
use crate::output::topology::{TopologyFormat, render};
use crate::values::parse_watch;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TopologyFormatArg {
    /// An indented tree, for the terminal
    Tree,
    /// Graphviz source (`mq topology --format dot | dot -Tsvg > topology.svg`)
    Dot,
    /// Mermaid flowchart source
    Mermaid,
    /// The graph as data: exchanges, queues, bindings, dead letters
    Json,
}

impl From<TopologyFormatArg> for TopologyFormat {
    fn from(format: TopologyFormatArg) -> TopologyFormat {
        match format {
            TopologyFormatArg::Tree => TopologyFormat::Tree,
            TopologyFormatArg::Dot => TopologyFormat::Dot,
            TopologyFormatArg::Mermaid => TopologyFormat::Mermaid,
            TopologyFormatArg::Json => TopologyFormat::Json,
        }
    }
}

#[derive(Debug, Args)]
pub struct TopologyArgs {
    /// tree (for the terminal), dot (Graphviz), mermaid, or json (the graph as data)
    #[arg(long, value_enum, default_value_t = TopologyFormatArg::Tree)]
    pub format: TopologyFormatArg,
    /// Redraw every INTERVAL (default and least 5s, the management API's sampling of its rates; at most 24h) on a terminal, with each queue's in/out rates
    #[arg(long, value_name = "INTERVAL", num_args = 0..=1, default_missing_value = "5s",
          value_parser = parse_watch)]
    pub watch: Option<Duration>,
}

pub async fn run(args: &TopologyArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let format = TopologyFormat::from(args.format);
    // Colour only in a tree on a terminal, never under NO_COLOR.
    let color = Terminal::stdout().color;
    if let Some(interval) = args.watch {
        let rates = BrokerRates::new(cx).await?;
        return watch::run("topology", interval, cx, out, async || {
            Ok(render(&gather(cx, Some(&rates)).await?, format, color))
        })
        .await;
    }
    let graph = gather(cx, None).await?;
    out.write_all(render(&graph, format, color).as_bytes())
        .map_err(Error::output)
}
