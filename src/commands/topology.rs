//! `topology`: its options, the graph gathered by `listing::topology` and drawn by
//! `output::topology`, once or (`--watch`) again and again.

use std::io::Write;
use std::time::Duration;

use clap::{Args, ValueEnum};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::listing::topology::gather;
use crate::listing::watch;
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
    /// The graph as data: exchanges, queues, bindings
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
    /// Redraw every INTERVAL (default 5s; range 100ms to 24h) on a terminal, with in/out rates per queue
    #[arg(long, value_name = "INTERVAL", num_args = 0..=1, default_missing_value = "5s",
          value_parser = parse_watch)]
    pub watch: Option<Duration>,
}

pub async fn run(args: &TopologyArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let format = TopologyFormat::from(args.format);
    if let Some(interval) = args.watch {
        return watch::run("topology", interval, cx.stop(), out, async |rates| {
            Ok(render(&gather(cx, Some(rates)).await?, format))
        })
        .await;
    }
    let graph = gather(cx, None).await?;
    out.write_all(render(&graph, format).as_bytes())
        .map_err(Error::output)
}
