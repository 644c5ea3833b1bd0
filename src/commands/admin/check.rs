//! `mq check [CHECK]...`: the broker's health, each check OK, WARNING, CRITICAL or UNKNOWN with
//! one line of why — alarms (cluster-wide and local), listeners, whether the node is
//! quorum-critical, deprecated features in use, vhosts running, certificates near expiry (the
//! management API's health checks), and an end-to-end probe over AMQP: a message published to
//! a temporary queue and consumed back, its round trip measured.

use std::io::Write;
use std::time::{Duration, Instant};

use clap::{Args, ValueEnum};
use futures_util::StreamExt;
use lapin::BasicProperties;
use lapin::options::{
    BasicConsumeOptions, BasicPublishOptions, ConfirmSelectOptions, QueueDeclareOptions,
};
use lapin::types::FieldTable;
use serde_json::Value;

use crate::context::Context;
use crate::error::{Error, Kind as ErrorKind, Result};
use crate::output::check::{self, CheckFormat, Outcome, State, Thresholds};
use crate::values::parse_timeout;

/// Every check, in the order they are reported.
pub const CHECKS: [&str; 8] = [
    "alarms",
    "local-alarms",
    "listeners",
    "quorum-critical",
    "deprecated",
    "vhosts",
    "certificates",
    "probe",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// One line per check: state, check, why
    Text,
    /// An array of {check, state, why[, round_trip_ms]}
    Json,
    /// A Nagios plugin's answer: status line with performance data, one line per check; the
    /// exit code is Nagios's
    Nagios,
    /// Prometheus's text format: mq_check_status{check} and the probe's round trip
    Prometheus,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Which checks [default: all of them]
    #[arg(value_name = "CHECK", value_parser = CHECKS)]
    pub checks: Vec<String>,
    /// How the outcomes are written
    #[arg(long, short = 'f', value_enum, default_value = "text")]
    pub format: FormatArg,
    /// probe: WARNING when the round trip takes longer than this [range: 1ms to 24h]
    #[arg(long, value_name = "DURATION", default_value = "250ms", value_parser = parse_timeout)]
    pub warn: Duration,
    /// probe: CRITICAL when it takes longer (or no message comes back within it) [range: 1ms
    /// to 24h]
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_timeout)]
    pub critical: Duration,
    /// certificates: CRITICAL when a TLS listener's certificate expires within DAYS [range: 1
    /// to 3650]
    #[arg(long, value_name = "DAYS", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub cert_days: u32,
}

pub async fn run(args: &CheckArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    if args.warn > args.critical {
        return Err(Error::usage("--warn must not be longer than --critical"));
    }
    let wanted: Vec<&'static str> = CHECKS
        .iter()
        .copied()
        .filter(|name| args.checks.is_empty() || args.checks.iter().any(|c| c == name))
        .collect();
    let outcomes =
        futures_util::future::join_all(wanted.iter().map(|name| one(name, args, cx))).await;
    let format = match args.format {
        FormatArg::Text => CheckFormat::Text,
        FormatArg::Json => CheckFormat::Json,
        FormatArg::Nagios => CheckFormat::Nagios,
        FormatArg::Prometheus => CheckFormat::Prometheus,
    };
    let thresholds = Thresholds {
        warn_ms: millis(args.warn),
        critical_ms: millis(args.critical),
    };
    check::write(out, &outcomes, format, &thresholds)?;
    match (check::worst(&outcomes), format) {
        (State::Ok, _) => Ok(()),
        (worst, CheckFormat::Nagios) => Err(Error::check_failed(worst.code())),
        _ => Err(Error::check_failed(1)),
    }
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

async fn one(name: &'static str, args: &CheckArgs, cx: &Context) -> Outcome {
    let result = match name {
        "alarms" => {
            health(
                cx,
                &["health", "checks", "alarms"],
                "no alarm in effect in the cluster",
            )
            .await
        }
        "local-alarms" => {
            health(
                cx,
                &["health", "checks", "local-alarms"],
                "no alarm in effect on the node",
            )
            .await
        }
        "listeners" => listeners(cx).await,
        "quorum-critical" => {
            health(
                cx,
                &["health", "checks", "node-is-quorum-critical"],
                "no quorum queue would lose its majority if the node stopped",
            )
            .await
        }
        "deprecated" => deprecated(cx).await,
        "vhosts" => {
            health(
                cx,
                &["health", "checks", "virtual-hosts"],
                "every vhost is running",
            )
            .await
        }
        "certificates" => {
            let days = args.cert_days.to_string();
            let ok = format!("no certificate expires within {days} days");
            health(
                cx,
                &["health", "checks", "certificate-expiration", &days, "days"],
                &ok,
            )
            .await
        }
        // The probe is the end-to-end check: whatever stops it is a failure of the broker as
        // clients see it.
        _ => probe(args, cx)
            .await
            .or_else(|err| Ok((State::Critical, err.to_string(), None))),
    };
    match result {
        Ok((state, why, round_trip_ms)) => Outcome {
            check: name,
            state,
            why,
            round_trip_ms,
        },
        Err(err) => Outcome {
            check: name,
            state: State::Unknown,
            why: err.to_string(),
            round_trip_ms: None,
        },
    }
}

type Found = Result<(State, String, Option<f64>)>;

/// One of the management API's health checks: OK, or CRITICAL with the broker's reason and
/// what it names (the alarms in effect, the queues that would lose their majority).
async fn health(cx: &Context, path: &[&str], ok: &str) -> Found {
    let (passed, body) = cx.api()?.health(path).await.map_err(|e| {
        if e.kind() == ErrorKind::NotFound {
            e.with_message("this broker's management API has no such health check")
        } else {
            e
        }
    })?;
    if passed {
        return Ok((State::Ok, ok.to_owned(), None));
    }
    let reason = body["reason"].as_str().unwrap_or("failed").to_owned();
    Ok((State::Critical, with_details(reason, &body), None))
}

/// The broker's reason and what its answer lists: alarms (`memory on rabbit@a`), queues, expiring
/// listeners.
fn with_details(reason: String, body: &Value) -> String {
    let mut details = Vec::new();
    for alarm in body["alarms"].as_array().into_iter().flatten() {
        let resource = alarm["resource"].as_str().unwrap_or("?");
        let node = alarm["node"].as_str().unwrap_or("?");
        details.push(format!("{resource} alarm on {node}"));
    }
    for queue in body["queues"].as_array().into_iter().flatten() {
        let name = queue["name"].as_str().unwrap_or("?");
        let vhost = queue["virtual_host"].as_str().unwrap_or("?");
        details.push(format!("queue '{name}' in vhost '{vhost}'"));
    }
    // The vhosts that are down, by name (`virtual-hosts`).
    for vhost in body["virtual-hosts"].as_array().into_iter().flatten() {
        details.push(format!("vhost '{}' is down", vhost.as_str().unwrap_or("?")));
    }
    for listener in body["expired"].as_array().into_iter().flatten() {
        let port = listener["port"].as_u64().unwrap_or_default();
        let protocol = listener["protocol"].as_str().unwrap_or("?");
        details.push(format!("{protocol} listener on port {port}"));
    }
    if details.is_empty() {
        reason
    } else {
        format!("{reason}: {}", details.join(", "))
    }
}

/// The node's listeners, and an AMQP 0-9-1 one among them.
async fn listeners(cx: &Context) -> Found {
    let api = cx.api()?;
    let overview: Value = api.get(&["overview"], &[("columns", "listeners")]).await?;
    let listed: Vec<String> = overview["listeners"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|l| {
            format!(
                "{} {}",
                l["protocol"].as_str().unwrap_or("?"),
                l["port"].as_u64().unwrap_or_default()
            )
        })
        .collect();
    let (passed, body) = api
        .health(&["health", "checks", "protocol-listener", "amqp"])
        .await?;
    // A node without statistics lists no listeners; 4.x's health check names the protocols.
    let protocols: Vec<&str> = body["protocols"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let listening = if !listed.is_empty() {
        format!("listening: {}", listed.join(", "))
    } else if !protocols.is_empty() {
        format!("listening: {}", protocols.join(", "))
    } else {
        "an AMQP listener is running".to_owned()
    };
    if passed {
        Ok((State::Ok, listening, None))
    } else {
        let reason = body["reason"].as_str().unwrap_or("no AMQP listener");
        Ok((State::Critical, format!("{reason}; {listening}"), None))
    }
}

/// Deprecated features in use: WARNING, the next major version may refuse them.
async fn deprecated(cx: &Context) -> Found {
    let used: Vec<Value> = match cx.api()?.get(&["deprecated-features", "used"], &[]).await {
        Ok(used) => used,
        Err(err) if err.kind() == ErrorKind::NotFound => {
            return Ok((
                State::Ok,
                "this broker (before 3.13) tracks no deprecated features".to_owned(),
                None,
            ));
        }
        Err(err) => return Err(err),
    };
    let names: Vec<&str> = used.iter().filter_map(|f| f["name"].as_str()).collect();
    if names.is_empty() {
        Ok((State::Ok, "no deprecated feature in use".to_owned(), None))
    } else {
        Ok((
            State::Warning,
            format!(
                "in use: {} (list-deprecated-features --used)",
                names.join(", ")
            ),
            None,
        ))
    }
}

/// A message published (confirmed) to a temporary queue and consumed back on the same
/// connection: the time from publishing to delivery against `--warn` and `--critical`. Setting
/// up is bounded by `--timeout`, the round trip by `--critical`: a broker that blocks
/// publishers (an alarm) holds the publish itself, not only its confirm.
async fn probe(args: &CheckArgs, cx: &Context) -> Found {
    let session = cx.session().await?;
    let what = "the probe";
    let setup = async {
        let channel = session.channel().await?;
        let queue = channel
            .queue_declare(
                "".into(),
                QueueDeclareOptions {
                    exclusive: true,
                    auto_delete: true,
                    ..QueueDeclareOptions::default()
                },
                FieldTable::default(),
            )
            .await
            .map_err(|e| session.error(e, what))?;
        channel
            .confirm_select(ConfirmSelectOptions::default())
            .await
            .map_err(|e| session.error(e, what))?;
        let consumer = channel
            .basic_consume(
                queue.name().clone(),
                "mq-check".into(),
                BasicConsumeOptions {
                    no_ack: true,
                    ..BasicConsumeOptions::default()
                },
                FieldTable::default(),
            )
            .await
            .map_err(|e| session.error(e, what))?;
        Ok::<_, Error>((channel, queue, consumer))
    };
    let (channel, queue, mut consumer) = tokio::time::timeout(cx.settings.timeout, setup)
        .await
        .map_err(|_| {
        Error::timed_out("the probe's queue could not be set up in time (see --timeout)")
    })??;
    let started = Instant::now();
    let round_trip = async {
        let confirm = channel
            .basic_publish(
                "".into(),
                queue.name().clone(),
                BasicPublishOptions::default(),
                b"mq check",
                BasicProperties::default(),
            )
            .await
            .map_err(|e| session.error(e, what))?;
        let (confirmed, delivery) = tokio::join!(confirm, consumer.next());
        confirmed.map_err(|e| session.error(e, what))?;
        match delivery {
            Some(Ok(_)) => Ok(started.elapsed()),
            Some(Err(e)) => Err(session.error(e, what)),
            None => Err(Error::connection_lost("the probe's consumer was cancelled")),
        }
    };
    let Ok(elapsed) = tokio::time::timeout(args.critical, round_trip).await else {
        let why = format!(
            "no message back within {} ms (--critical): is publishing blocked?",
            millis(args.critical)
        );
        return Ok((State::Critical, why, None));
    };
    let elapsed = elapsed?;
    let _ = channel.close(200, "mq check done".into()).await;
    let ms = millis(elapsed);
    let state = if elapsed > args.critical {
        State::Critical
    } else if elapsed > args.warn {
        State::Warning
    } else {
        State::Ok
    };
    let why = format!(
        "published, confirmed and consumed back in {ms:.1} ms (warn {} ms, critical {} ms)",
        millis(args.warn),
        millis(args.critical)
    );
    Ok((state, why, Some(ms)))
}
