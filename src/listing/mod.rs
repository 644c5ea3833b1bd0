//! What a listing is and how one is gathered: the column tables of every kind of object
//! (`columns`), the decoder that reads the shown fields straight out of the management API's
//! answer (`fields`), the generic driver that lists one kind, the queue listing whose counts
//! are made current over AMQP (`queues`), the `--watch` loop with its rates (`watch`) and the
//! topology graph (`topology`). Rows are written as they come through
//! `output::ListingWriter`; how they look is `output`'s business, which options were typed is
//! the command line's.

pub mod columns;
pub mod fields;
mod held;
pub mod queues;
mod stand_in;
pub mod topology;
pub mod watch;

use std::io::Write;

use regex::Regex;
use serde::Deserialize;
use serde::de::{DeserializeOwned, DeserializeSeed};

use crate::api::Api;
use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::{ListFormat, ListingWriter, Sort};

pub use columns::{Column, Cost, Kind, Scope, with_columns_help};
use fields::{Field, RowSeed};

/// What a list command was asked for, as plain values.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `None`: table on a terminal, else tsv.
    pub format: Option<ListFormat>,
    /// Only objects whose name matches.
    pub filter: Option<Regex>,
    /// Only these columns, in this order; empty: the defaults.
    pub columns: Vec<String>,
    /// Every vhost (a vhost column first).
    pub all_vhosts: bool,
    /// Rows in this order (`--sort`) rather than the broker's.
    pub sort: Option<Sort>,
}

impl Options {
    pub fn format(&self) -> ListFormat {
        ListFormat::or_default(self.format)
    }

    /// The writer of a listing of `columns` in the format and order asked for.
    pub fn writer<'a>(
        &self,
        out: &'a mut dyn Write,
        columns: &[String],
    ) -> Result<ListingWriter<'a>> {
        ListingWriter::sorted(out, columns, self.format(), self.sort.as_ref())
    }
}

/// One value of a listing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    /// An exchange name: the default exchange `""` reads `(AMQP default)` in tables.
    Exchange(String),
    Int(i64),
    /// A rate or ratio: tables round it to one decimal, json keeps it whole.
    Float(f64),
    Bool(bool),
    /// A structured value (arguments, tags): compact JSON text in tables, tsv and csv.
    Json(serde_json::Value),
    /// The broker did not say (a field absent in this broker version, say).
    Missing,
}

impl Cell {
    #[cfg(test)]
    pub fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }
}

/// Rows of named columns, in the documented column order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Listing {
    pub fn new(columns: &[&str]) -> Self {
        Listing {
            columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            rows: Vec::new(),
        }
    }
}

/// The API's `columns=` value for these fields: each top-level key once.
pub fn api_columns(fields: &[Field]) -> String {
    let mut tops: Vec<&str> = Vec::new();
    for field in fields {
        if !tops.contains(&field.top()) {
            tops.push(field.top());
        }
    }
    tops.join(",")
}

/// Whether the filter fields (the cells after the shown ones) match `--filter`.
pub fn matches(filter: Option<&Regex>, cells: &[Cell]) -> bool {
    let Some(re) = filter else { return true };
    cells.iter().any(|cell| match cell {
        Cell::Text(s) | Cell::Exchange(s) => re.is_match(s),
        _ => false,
    })
}

fn names(columns: &[&Column]) -> Vec<String> {
    columns.iter().map(|c| c.name.to_owned()).collect()
}

/// Lists one kind of object: one API request for the shown fields only, each row written as it
/// is read.
pub async fn list(kind: &Kind, options: &Options, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let columns = kind.selected(&options.columns, options.all_vhosts)?;
    if FROM_STATISTICS.contains(&kind.collection) && stats_disabled(cx.api()?).await {
        return Err(no_statistics(kind.collection));
    }
    let mut fields: Vec<Field> = columns.iter().map(|c| c.field).collect();
    fields.extend_from_slice(kind.filter);
    let shown = columns.len();
    let api_columns = api_columns(&fields);
    let mut query = vec![("columns", api_columns.as_str())];
    if kind.disable_stats && columns.iter().all(|c| c.cost != Cost::Stats) {
        query.push(("disable_stats", "true"));
    }
    let vhost = cx.settings.vhost.as_str();
    let mut rows = cx
        .api()?
        .get_array(&kind.path(vhost, options.all_vhosts), &query)
        .await
        .map_err(|e| vhost_context(e, vhost, kind.scope))?;
    let mut writer = options.writer(out, &names(&columns))?;
    while let Some(mut cells) = rows.next_seed(RowSeed::new(&fields)).await? {
        if matches(options.filter.as_ref(), &cells[shown..]) {
            cells.truncate(shown);
            writer.row(&cells)?;
        }
    }
    writer.finish()
}

/// `overview`: the broker as a whole, as one row.
pub async fn overview(options: &Options, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let kind = &columns::OVERVIEW;
    let columns = kind.selected(&options.columns, false)?;
    let mut fields: Vec<Field> = columns.iter().map(|c| c.field).collect();
    fields.extend_from_slice(kind.filter);
    let mut answer: serde_json::Value = cx.api()?.get(&["overview"], &[]).await?;
    if answer["disable_stats"] == true {
        stand_in::overview(cx.api()?, &columns, &mut answer, &cx.diag).await;
    }
    let mut cells = RowSeed::new(&fields)
        .deserialize(answer)
        .map_err(|e| Error::internal(format!("unexpected answer from /api/overview: {e}")))?;
    let mut writer = options.writer(out, &names(&columns))?;
    if matches(options.filter.as_ref(), &cells[columns.len()..]) {
        cells.truncate(columns.len());
        writer.row(&cells)?;
    }
    writer.finish()
}

/// The objects the management API knows only from its statistics: a node without them
/// (`management_agent.disable_metrics_collector = true`) lists none, or refuses.
const FROM_STATISTICS: [&str; 3] = ["connections", "channels", "consumers"];

/// Whether the node keeps no management statistics, as `/api/overview` says. A node that
/// cannot say (an older one, an error) is taken to keep them: the listing then says what fails.
pub async fn stats_disabled(api: &Api) -> bool {
    #[derive(Deserialize)]
    struct Overview {
        #[serde(default)]
        disable_stats: bool,
    }
    api.get::<Overview>(&["overview"], &[("columns", "disable_stats")])
        .await
        .is_ok_and(|o| o.disable_stats)
}

/// 69 for a listing the node cannot give without statistics, naming what gives the same.
fn no_statistics(collection: &str) -> Error {
    let ctl = format!("rabbitmqctl list_{collection}");
    Error::unavailable(
        format!(
            "the node keeps no management statistics (management_agent.disable_metrics_collector \
             = true), so the management API cannot list {collection}"
        ),
        None,
    )
    .with_hint(format!(
        "{ctl} on the node gives the same; so does the Prometheus plugin's /metrics/detailed \
         (family={})",
        match collection {
            "consumers" => "queue_consumer_count",
            "channels" => "channel_metrics",
            _ => "connection_coarse_metrics",
        }
    ))
}

/// An exchange of the vhost, as much as `reset` and `topology` need of it.
#[derive(Debug, Deserialize)]
pub struct ApiExchange {
    #[serde(default)]
    pub name: String,
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
}

/// A queue's name (for `reset`).
#[derive(Debug, Deserialize)]
pub struct ApiQueue {
    #[serde(default)]
    pub name: String,
}

/// The vhost's exchanges, without statistics.
pub async fn fetch_exchanges(cx: &Context) -> Result<Vec<ApiExchange>> {
    fetch_plain(cx, &columns::EXCHANGES, "name,type").await
}

/// The vhost's queue names, without statistics.
pub async fn fetch_queues(cx: &Context) -> Result<Vec<ApiQueue>> {
    fetch_plain(cx, &columns::QUEUES, "name").await
}

/// The vhost's objects of `kind`, with only the API's `columns`, without statistics.
async fn fetch_plain<T: DeserializeOwned>(cx: &Context, kind: &Kind, columns: &str) -> Result<T> {
    let vhost = cx.settings.vhost.as_str();
    cx.api()?
        .get(
            &kind.path(vhost, false),
            &[("disable_stats", "true"), ("columns", columns)],
        )
        .await
        .map_err(|e| vhost_context(e, vhost, kind.scope))
}

/// A 404 on a vhost-scoped listing means the vhost is missing.
pub fn vhost_context(err: Error, vhost: &str, scope: Scope) -> Error {
    match scope {
        Scope::Suffix | Scope::UnderVhost if err.kind() == ErrorKind::NotFound => {
            err.with_message(format!("vhost '{vhost}' does not exist"))
        }
        _ => err,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_top_level_keys_are_asked_for() {
        assert_eq!(
            api_columns(&[
                Field::new("name"),
                Field::new("queue.name"),
                Field::new("queue.vhost"),
                Field::new("arguments"),
            ]),
            "name,queue,arguments"
        );
    }
}
