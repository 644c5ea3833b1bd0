//! The queue listing (`list-queues`, and the queues of `--watch` and `topology`): rows from the
//! management API with their counts made current over AMQP.
//!
//! The API's message counts lag up to 5 s (they are statistics the queues emit); a passive
//! `queue.declare` answers with the ready count and consumer count as they are now. Both cost
//! the broker about the same per queue, so the rows come from the cheapest API request that has
//! the shown columns and the counts from declares pipelined on a few channels:
//!
//! * the channels (few, next to many queues) say which queues may have unacknowledged
//!   messages: those consumed by a channel that holds some. Usually none, or a handful: the
//!   rows need no message totals at all (`disable_stats`); unacked is 0 but for the handful,
//!   asked for one by one;
//! * when the channels cannot tell (a basic.get left messages unacked, a channel too new to
//!   have reported, many queues), the rows carry the API's totals (`enable_queue_totals`);
//! * either way unacked is the statistics' and can lag as they do;
//! * statistics columns (rates, memory) are asked for only when shown;
//! * without AMQP, every count comes from the statistics, with a note on stderr.
//!
//! Rows are read, refreshed and written a batch at a time, so memory does not grow with the
//! number of queues.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use futures_util::stream::{self, StreamExt};
use lapin::options::QueueDeclareOptions;
use lapin::types::ShortString;
use serde::de::DeserializeSeed;

use crate::amqp::Session;
use crate::api::{Api, JsonArray};
use crate::context::Context;
use crate::error::{Kind as ErrorKind, Result};
use crate::listing::columns::QUEUES;
use crate::listing::fields::{Field, RowSeed};
use crate::listing::held::held_queues;
use crate::listing::stand_in::StandIn;
use crate::listing::{Cell, Column, Cost, Options, Scope, api_columns, matches, vhost_context};

/// Rows refreshed per round: large enough that the declares of a batch keep the broker busy,
/// small enough that memory stays flat.
const BATCH: usize = 2048;
/// Channels a batch of declares is spread over (the broker serves each channel in its own
/// process; beyond 4 the measured gain was nil on 2 cores).
const LANES: usize = 4;
/// Queues whose counts are read one by one from the API (when a declare cannot be used).
const SINGLE_GETS: usize = 8;

/// Where the rows' fields come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StatsLevel {
    /// `disable_stats`: names and properties only.
    Basic,
    /// `disable_stats` + `enable_queue_totals`: also the (lagging) message totals.
    Totals,
    /// Full statistics.
    Stats,
}

/// Which field of a row holds what the refresh reads and writes.
struct RowLayout {
    fields: Vec<Field>,
    shown: usize,
    name: usize,
    vhost: Option<usize>,
    state: Option<usize>,
    /// The queue's type, when counts are shown: a stream has no unacked messages.
    kind: Option<usize>,
    messages: Option<usize>,
    ready: Option<usize>,
    unacked: Option<usize>,
    consumers: Option<usize>,
    filter: usize,
}

fn position(fields: &mut Vec<Field>, path: &'static str) -> usize {
    fields
        .iter()
        .position(|f| f.path == path)
        .unwrap_or_else(|| {
            fields.push(Field::new(path));
            fields.len() - 1
        })
}

impl RowLayout {
    /// The shown columns first, then `extra` fields, then what the refresh needs.
    fn new(columns: &[&Column], extra: &[Field], all_vhosts: bool) -> RowLayout {
        let mut fields: Vec<Field> = columns.iter().map(|c| c.field).collect();
        let shown = fields.len();
        fields.extend_from_slice(extra);
        let shows = |path: &str| columns.iter().any(|c| c.field.path == path);
        let counts = [
            "messages",
            "messages_ready",
            "messages_unacknowledged",
            "consumers",
        ]
        .iter()
        .any(|p| shows(p));
        let name = position(&mut fields, "name");
        let vhost = all_vhosts.then(|| position(&mut fields, "vhost"));
        let state = shows("state").then(|| position(&mut fields, "state"));
        let kind = counts.then(|| position(&mut fields, "type"));
        let (messages, ready, unacked, consumers) = if counts {
            (
                shows("messages").then(|| position(&mut fields, "messages")),
                Some(position(&mut fields, "messages_ready")),
                (shows("messages") || shows("messages_unacknowledged"))
                    .then(|| position(&mut fields, "messages_unacknowledged")),
                Some(position(&mut fields, "consumers")),
            )
        } else {
            (None, None, None, None)
        };
        RowLayout {
            filter: name,
            fields,
            shown,
            name,
            vhost,
            state,
            kind,
            messages,
            ready,
            unacked,
            consumers,
        }
    }

    fn counts(&self) -> bool {
        self.ready.is_some()
    }

    fn vhost_of<'a>(&self, row: &'a [Cell], default: &'a str) -> &'a str {
        match self.vhost.map(|i| &row[i]) {
            Some(Cell::Text(vhost)) => vhost,
            _ => default,
        }
    }

    fn name_of<'a>(&self, row: &'a [Cell]) -> &'a str {
        match &row[self.name] {
            Cell::Text(name) => name,
            _ => "",
        }
    }
}

/// Counts for one queue, as a declare or the API gave them.
#[derive(Default)]
struct Counts {
    ready: Option<i64>,
    consumers: Option<i64>,
    /// Only from the API; `None` from a declare.
    unacked: Option<i64>,
    messages: Option<i64>,
}

enum Fresh {
    Counts(Counts),
    /// The queue was deleted since it was listed.
    Gone,
    /// Neither a declare nor the API could say: the row keeps what it has.
    Unknown,
}

/// AMQP sessions by vhost, opened as rows of each vhost turn up.
struct Refresher<'a> {
    cx: &'a Context,
    api: &'a Api,
    sessions: HashMap<String, Option<Session>>,
    source: StatsLevel,
    /// Without the API's totals: unacked is 0 but for these queues (vhost, name), whose
    /// unacked is asked for one by one.
    unacked_zero: bool,
    held: HashSet<(String, String)>,
    /// Why some counts could not be made current, said once on stderr.
    stale: Option<String>,
    /// The node keeps no management statistics: rates and memory are not known (the queues'
    /// totals still are).
    no_stats: bool,
    /// Then the Prometheus plugin stands in for what it can.
    stand_in: Option<StandIn>,
}

impl Refresher<'_> {
    async fn session(&mut self, vhost: &str) -> Option<&Session> {
        if !self.sessions.contains_key(vhost) {
            let session = match self.cx.connect_vhost(vhost).await {
                Ok(session) => Some(session),
                Err(err) => {
                    self.stale.get_or_insert_with(|| err.to_string());
                    None
                }
            };
            self.sessions.insert(vhost.to_owned(), session);
        }
        self.sessions.get(vhost).and_then(Option::as_ref)
    }

    /// Makes the counts of `rows` current; drops the rows of queues that no longer exist.
    async fn refresh(&mut self, plan: &RowLayout, rows: &mut Vec<Vec<Cell>>) {
        let default_vhost = self.cx.settings.vhost.clone();
        let mut fresh: Vec<Fresh> = rows.iter().map(|_| Fresh::Unknown).collect();
        let mut by_vhost: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, row) in rows.iter().enumerate() {
            let vhost = plan.vhost_of(row, &default_vhost).to_owned();
            by_vhost.entry(vhost).or_default().push(index);
        }
        for (vhost, indexes) in &by_vhost {
            let Some(session) = self.session(vhost).await else {
                continue;
            };
            // A name the broker could not have made (too long) is left to the API.
            let (names, declared): (Vec<ShortString>, Vec<usize>) = indexes
                .iter()
                .filter_map(|&i| {
                    let name = ShortString::try_new(plan.name_of(&rows[i])).ok()?;
                    Some((name, i))
                })
                .unzip();
            let options = QueueDeclareOptions {
                passive: true,
                ..QueueDeclareOptions::default()
            };
            let answers = session.declare_queues(&names, options, LANES).await;
            for (i, answer) in declared.into_iter().zip(answers) {
                let held = || {
                    self.held
                        .contains(&(vhost.clone(), plan.name_of(&rows[i]).to_owned()))
                };
                fresh[i] = match answer {
                    Ok(queue) => Fresh::Counts(Counts {
                        ready: Some(i64::from(queue.message_count())),
                        consumers: Some(i64::from(queue.consumer_count())),
                        unacked: (self.unacked_zero && !held()).then_some(0),
                        messages: None,
                    }),
                    Err(err) if err.kind() == ErrorKind::NotFound => Fresh::Gone,
                    // Another connection's exclusive queue (RESOURCE_LOCKED), or a lost channel.
                    Err(_) => Fresh::Unknown,
                };
            }
        }
        if self.source != StatsLevel::Stats {
            self.fill_from_api(plan, rows, &mut fresh, &default_vhost)
                .await;
        }
        let mut index = 0;
        rows.retain_mut(|row| {
            self.fill(plan, row, &default_vhost);
            let keep = apply(plan, row, &fresh[index]);
            index += 1;
            keep
        });
    }

    /// Rows no declare could refresh, and that came without counts, and the held queues'
    /// unacked: one API request each.
    async fn fill_from_api(
        &self,
        plan: &RowLayout,
        rows: &[Vec<Cell>],
        fresh: &mut [Fresh],
        default_vhost: &str,
    ) {
        let wanted: Vec<usize> = (0..rows.len())
            .filter(|&i| match &fresh[i] {
                Fresh::Unknown => true,
                Fresh::Counts(counts) => self.unacked_zero && counts.unacked.is_none(),
                Fresh::Gone => false,
            })
            .collect();
        let answers: Vec<(usize, Fresh)> = stream::iter(wanted)
            .map(|i| {
                let vhost = plan.vhost_of(&rows[i], default_vhost);
                let name = plan.name_of(&rows[i]);
                async move { (i, single_queue(self.api, vhost, name).await) }
            })
            .buffered(SINGLE_GETS)
            .collect()
            .await;
        for (i, answer) in answers {
            fresh[i] = match (&fresh[i], answer) {
                // The declare's counts are current: only unacked is the API's.
                (Fresh::Counts(declared), Fresh::Counts(api)) => Fresh::Counts(Counts {
                    ready: declared.ready,
                    consumers: declared.consumers,
                    unacked: api.unacked,
                    messages: None,
                }),
                (Fresh::Counts(_), Fresh::Unknown) => continue,
                (_, answer) => answer,
            };
        }
    }

    /// The statistics fields of a row, from the Prometheus plugin on a node without them.
    fn fill(&mut self, plan: &RowLayout, row: &mut [Cell], default_vhost: &str) {
        if let Some(stand_in) = &mut self.stand_in {
            let vhost = plan.vhost_of(row, default_vhost).to_owned();
            let name = plan.name_of(row).to_owned();
            stand_in.fill(&vhost, &name, row);
        }
    }

    async fn close(self) {
        for session in self.sessions.into_values().flatten() {
            session.close().await;
        }
    }
}

const COUNT_FIELDS: [Field; 4] = [
    Field::new("messages"),
    Field::new("messages_ready"),
    Field::new("messages_unacknowledged"),
    Field::new("consumers"),
];

async fn single_queue(api: &Api, vhost: &str, name: &str) -> Fresh {
    let columns = api_columns(&COUNT_FIELDS);
    let answer = api
        .get::<serde_json::Value>(&["queues", vhost, name], &[("columns", columns.as_str())])
        .await;
    match answer {
        Ok(value) => match RowSeed::new(&COUNT_FIELDS).deserialize(value) {
            Ok(cells) => {
                let int = |cell: &Cell| match cell {
                    Cell::Int(n) => Some(*n),
                    _ => None,
                };
                Fresh::Counts(Counts {
                    messages: int(&cells[0]),
                    ready: int(&cells[1]),
                    unacked: int(&cells[2]),
                    consumers: int(&cells[3]),
                })
            }
            Err(_) => Fresh::Unknown,
        },
        Err(err) if err.kind() == ErrorKind::NotFound => Fresh::Gone,
        Err(_) => Fresh::Unknown,
    }
}

/// Writes fresh counts into a row; false when the queue is gone.
fn apply(plan: &RowLayout, row: &mut [Cell], fresh: &Fresh) -> bool {
    if let Some(Cell::Text(state)) = plan.state.map(|i| &mut row[i])
        && state == "live"
    {
        // Without statistics the API gives the record's state; rabbitmqctl says running.
        *state = "running".to_owned();
    }
    let counts = match fresh {
        Fresh::Gone => return false,
        Fresh::Unknown => return true,
        Fresh::Counts(counts) => counts,
    };
    let mut set = |index: Option<usize>, value: Option<i64>| {
        if let (Some(i), Some(value)) = (index, value) {
            row[i] = Cell::Int(value);
        }
    };
    set(plan.ready, counts.ready);
    set(plan.consumers, counts.consumers);
    set(plan.unacked, counts.unacked);
    set(plan.messages, counts.messages);
    // A stream keeps every message whatever its consumers acknowledge: RabbitMQ counts none
    // unacked, and its size is the declare's count. Without statistics the API has no totals
    // for a stream, so they are filled in here.
    if let (Some(i), Some(Cell::Text(kind))) = (plan.unacked, plan.kind.map(|k| &row[k]))
        && kind == "stream"
        && row[i] == Cell::Missing
    {
        row[i] = Cell::Int(0);
    }
    if let Some(i) = plan.messages
        && let (Some(Cell::Int(ready)), Some(Cell::Int(unacked))) =
            (plan.ready.map(|r| &row[r]), plan.unacked.map(|u| &row[u]))
    {
        row[i] = Cell::Int(ready + unacked);
    }
    true
}

/// Up to `BATCH` rows that pass the filter; true at the end of the listing.
async fn read_batch(
    rows: &mut JsonArray,
    plan: &RowLayout,
    options: &Options,
) -> Result<(Vec<Vec<Cell>>, bool)> {
    let mut batch = Vec::with_capacity(BATCH);
    while batch.len() < BATCH {
        let Some(row) = rows.next_seed(RowSeed::new(&plan.fields)).await? else {
            return Ok((batch, true));
        };
        if matches(
            options.filter.as_ref(),
            std::slice::from_ref(&row[plan.filter]),
        ) {
            batch.push(row);
        }
    }
    Ok((batch, false))
}

/// Reads the queues (all fields of `plan`), refreshes their counts and hands each row, in the
/// API's order, to `emit`.
async fn gather(
    plan: &RowLayout,
    options: &Options,
    cx: &Context,
    emit: &mut dyn FnMut(Vec<Cell>) -> Result<()>,
) -> Result<()> {
    let api = cx.api()?;
    let vhost = cx.settings.vhost.as_str();
    // `consumers` is a statistic too, but the declares give it (it costs `Totals`).
    let columns_from_stats = QUEUES
        .columns
        .iter()
        .any(|c| c.cost == Cost::Stats && plan.fields[..plan.shown].contains(&c.field));
    let stats_shown = columns_from_stats;
    let mut refresher = Refresher {
        cx,
        api,
        sessions: HashMap::new(),
        source: StatsLevel::Basic,
        unacked_zero: false,
        held: HashSet::new(),
        stale: None,
        no_stats: false,
        stand_in: None,
    };
    let mut refresh = plan.counts();
    // A node without statistics lists no channels (so they cannot say which queues hold
    // unacked messages) and has no rates or memory; the queues' totals it still has.
    let wants_stats = stats_shown || plan.unacked.is_some();
    if refresh {
        let (probe, held, no_stats) = tokio::join!(
            cx.connect(),
            async {
                if plan.unacked.is_some() && !stats_shown {
                    held_queues(api, vhost, options.all_vhosts).await
                } else {
                    Some(HashSet::new())
                }
            },
            async { wants_stats && super::stats_disabled(api).await }
        );
        refresher.no_stats = no_stats;
        let source = match &held {
            _ if no_stats => StatsLevel::Totals,
            _ if stats_shown => StatsLevel::Stats,
            None => StatsLevel::Totals,
            Some(_) => StatsLevel::Basic,
        };
        refresher.held = held.unwrap_or_default();
        match probe {
            Ok(session) => {
                refresher.sessions.insert(vhost.to_owned(), Some(session));
                refresher.source = source;
            }
            // One vhost refused: the others may still be refreshed, and its rows are asked for
            // one by one.
            Err(err)
                if options.all_vhosts
                    && matches!(err.kind(), ErrorKind::AccessRefused | ErrorKind::NotFound) =>
            {
                refresher.sessions.insert(vhost.to_owned(), None);
                refresher.stale = Some(err.to_string());
                refresher.source = source;
            }
            Err(err) => {
                // No AMQP at all: the statistics have every count.
                refresher.stale = Some(err.to_string());
                refresher.source = StatsLevel::Stats;
                refresh = false;
            }
        }
        refresher.unacked_zero = refresher.source == StatsLevel::Basic && plan.unacked.is_some();
    } else if stats_shown {
        refresher.no_stats = super::stats_disabled(api).await;
        refresher.source = if refresher.no_stats {
            StatsLevel::Totals
        } else {
            StatsLevel::Stats
        };
    }

    let columns = api_columns(&plan.fields);
    let mut query = vec![("columns", columns.as_str())];
    match refresher.source {
        StatsLevel::Basic => query.push(("disable_stats", "true")),
        StatsLevel::Totals => {
            query.extend([("disable_stats", "true"), ("enable_queue_totals", "true")])
        }
        StatsLevel::Stats => {}
    }
    let result = async {
        // The Prometheus plugin is read while the broker prepares the listing (it sends
        // nothing before the whole answer is ready).
        let path = QUEUES.path(vhost, options.all_vhosts);
        let (stand_in, rows) = tokio::join!(
            async {
                let scope = (!options.all_vhosts).then_some(vhost);
                match refresher.no_stats {
                    true => StandIn::new(api, &plan.fields, plan.shown, scope).await,
                    false => None,
                }
            },
            api.get_array(&path, &query)
        );
        refresher.stand_in = stand_in;
        let mut rows = rows.map_err(|e| vhost_context(e, vhost, Scope::Suffix))?;
        let mut next = read_batch(&mut rows, plan, options).await;
        loop {
            let (mut batch, end) = next?;
            // The next batch is parsed while the broker answers this one's declares.
            let following = async {
                match end {
                    true => Ok((Vec::new(), true)),
                    false => read_batch(&mut rows, plan, options).await,
                }
            };
            let process = async {
                if refresh {
                    refresher.refresh(plan, &mut batch).await;
                } else {
                    let fresh = Fresh::Unknown;
                    let default_vhost = cx.settings.vhost.clone();
                    for row in &mut batch {
                        refresher.fill(plan, row, &default_vhost);
                        apply(plan, row, &fresh);
                    }
                }
            };
            (next, ()) = tokio::join!(following, process);
            for row in batch.drain(..) {
                emit(row)?;
            }
            if end {
                return Ok(());
            }
        }
    }
    .await;
    if let (Some(stand_in), Ok(())) = (&refresher.stand_in, &result) {
        stand_in.say(cx);
    }
    if let (Some(why), Ok(())) = (&refresher.stale, &result) {
        cx.diag.note(format_args!(
            "some counts are the management API's, which may be up to 5 s old (AMQP: {why})"
        ));
    }
    refresher.close().await;
    result
}

/// `list-queues`: the queues with current counts, written a batch at a time.
pub async fn list(options: &Options, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let columns = QUEUES.selected(&options.columns, options.all_vhosts)?;
    let plan = RowLayout::new(&columns, &[], options.all_vhosts);
    let names: Vec<String> = columns.iter().map(|c| c.name.to_owned()).collect();
    let mut writer = options.writer(out, &names)?;
    gather(&plan, options, cx, &mut |mut row| {
        row.truncate(plan.shown);
        writer.row(&row)
    })
    .await?;
    writer.finish()
}

/// One snapshot of the queues for `--watch` and `topology`: the shown columns of each row.
pub struct Snapshot {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// The queues with current counts, each row the `columns`.
pub async fn snapshot(options: &Options, columns: &[&Column], cx: &Context) -> Result<Snapshot> {
    let plan = RowLayout::new(columns, &[], options.all_vhosts);
    let keep = plan.shown;
    let mut rows = Vec::new();
    gather(&plan, options, cx, &mut |mut row| {
        row.truncate(keep);
        rows.push(row);
        Ok(())
    })
    .await?;
    Ok(Snapshot {
        columns: columns.iter().map(|c| c.name.to_owned()).collect(),
        rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(names: &[&str], all: bool) -> RowLayout {
        let columns: Vec<&Column> = names
            .iter()
            .map(|n| QUEUES.columns.iter().find(|c| c.name == *n).unwrap())
            .collect();
        RowLayout::new(&columns, &[], all)
    }

    #[test]
    fn counts_are_computed_from_a_declare_and_unacked() {
        let plan = plan(
            &["name", "messages", "ready", "unacked", "consumers"],
            false,
        );
        let mut row = vec![
            Cell::text("q"),
            Cell::Int(1),
            Cell::Int(1),
            Cell::Int(2),
            Cell::Missing,
            Cell::text("classic"),
        ];
        let fresh = Fresh::Counts(Counts {
            ready: Some(10),
            consumers: Some(1),
            unacked: None,
            messages: None,
        });
        assert!(apply(&plan, &mut row, &fresh));
        assert_eq!(
            row,
            vec![
                Cell::text("q"),
                Cell::Int(12),
                Cell::Int(10),
                Cell::Int(2),
                Cell::Int(1),
                Cell::text("classic"),
            ]
        );
        assert!(!apply(&plan, &mut row, &Fresh::Gone));
    }

    #[test]
    fn a_stream_without_totals_has_its_declared_size_and_none_unacked() {
        let plan = plan(&["name", "messages", "unacked"], false);
        // name, messages, unacked, then the fields the refresh adds: type, ready, consumers.
        let mut row = vec![
            Cell::text("s"),
            Cell::Missing,
            Cell::Missing,
            Cell::text("stream"),
            Cell::Missing,
            Cell::Missing,
        ];
        let fresh = Fresh::Counts(Counts {
            ready: Some(5),
            consumers: Some(0),
            unacked: None,
            messages: None,
        });
        assert!(apply(&plan, &mut row, &fresh));
        assert_eq!(&row[..3], &[Cell::text("s"), Cell::Int(5), Cell::Int(0)]);
    }

    #[test]
    fn only_what_is_shown_is_fetched() {
        let names = plan(&["name"], false);
        assert_eq!(api_columns(&names.fields), "name");
        assert!(!names.counts());
        let all = plan(&["ready"], true);
        assert_eq!(
            api_columns(&all.fields),
            "messages_ready,name,vhost,type,consumers"
        );
        assert!(all.unacked.is_none());
    }

    #[test]
    fn a_live_queue_reads_running() {
        let plan = plan(&["name", "state"], false);
        let mut row = vec![Cell::text("q"), Cell::text("live")];
        apply(&plan, &mut row, &Fresh::Unknown);
        assert_eq!(row[1], Cell::text("running"));
    }
}
