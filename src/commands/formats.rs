//! How the output formats of `consume`/`get` and `bench` are spelled on the command line: clap's
//! `ValueEnum` for the renderers' own enums, kept here so that `output` never sees clap.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::output::bench::BenchFormat;
use crate::output::message::MessageFormat;

impl ValueEnum for MessageFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[MessageFormat::Text, MessageFormat::Json]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            MessageFormat::Text => PossibleValue::new("text").help("The body, then a newline"),
            MessageFormat::Json => PossibleValue::new("json").help(
                "One JSON object a line: exchange, routing_key, redelivered, properties (headers as plain JSON), amqp_types (the header types plain JSON would lose), body, body_encoding",
            ),
        })
    }
}

impl ValueEnum for BenchFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &[BenchFormat::Text, BenchFormat::Json]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self {
            BenchFormat::Text => {
                PossibleValue::new("text").help("A line a second and a summary, for people")
            }
            BenchFormat::Json => PossibleValue::new("json")
                .help("The summary as one JSON object (no per-second lines on stdout)"),
        })
    }
}
