//! Benchmark helper for `scripts/bench-list`, over one AMQP connection:
//!
//! * `bulk_queues VHOST COUNT [PREFIX]` declares COUNT transient queues PREFIX000000... fast
//!   (pipelined declares on several channels);
//! * `bulk_queues --passive VHOST COUNT [PREFIX]` declares them passively, as `mq list-queues`
//!   does to make counts current, and says how long that took;
//! * `bulk_queues --delete VHOST COUNT [PREFIX]` deletes them the same way (much faster than
//!   deleting a vhost of 100,000 queues through the management API, which gives up after 60 s);
//! * `bulk_queues --hold VHOST QUEUE N` takes N messages of QUEUE and holds them unacknowledged
//!   until it is killed (so that list-queues has unacked messages to show); `--hold-get` takes
//!   them with basic.get instead of a consumer (so that no consumer says which queue they are
//!   from).
//!
//! The broker comes from the usual settings (MQ_URL, MQ_USER, MQ_PASSWORD...); VHOST must exist.

use std::process::ExitCode;
use std::time::Instant;

use futures_util::StreamExt;
use lapin::options::{
    BasicConsumeOptions, BasicGetOptions, BasicQosOptions, QueueDeclareOptions, QueueDeleteOptions,
};
use lapin::types::FieldTable;
use mq::cli::GlobalArgs;
use mq::config;
use mq::error::{Error, Result};
use mq::values::short;

const USAGE: &str =
    "usage: bulk_queues [--passive|--delete] VHOST COUNT [PREFIX] | --hold[-get] VHOST QUEUE N";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("bulk_queues: {err}");
            return ExitCode::FAILURE;
        }
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        [mode @ ("--hold" | "--hold-get"), vhost, queue, count] => match count.parse() {
            Ok(count) => runtime.block_on(hold(vhost, queue, count, *mode == "--hold-get")),
            Err(_) => Err(Error::Usage(USAGE.into())),
        },
        ["--delete", vhost, count, rest @ ..] => match count.parse() {
            Ok(count) => runtime.block_on(delete(vhost, count, rest.first())),
            Err(_) => Err(Error::Usage(USAGE.into())),
        },
        ["--passive", vhost, count, rest @ ..] => match count.parse() {
            Ok(count) => runtime.block_on(declare(vhost, count, rest.first(), true)),
            Err(_) => Err(Error::Usage(USAGE.into())),
        },
        [vhost, count, rest @ ..] if !vhost.starts_with("--") => match count.parse() {
            Ok(count) => runtime.block_on(declare(vhost, count, rest.first(), false)),
            Err(_) => Err(Error::Usage(USAGE.into())),
        },
        _ => Err(Error::Usage(USAGE.into())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bulk_queues: {err}");
            ExitCode::from(err.exit_code())
        }
    }
}

async fn connect(vhost: &str) -> Result<mq::amqp::Session> {
    let global = GlobalArgs {
        vhost: Some(vhost.to_owned()),
        ..GlobalArgs::default()
    };
    let settings = config::resolve(
        &global,
        &|name| std::env::var(name).ok(),
        config::default_config_path(),
    )?;
    mq::amqp::connect(&settings).await
}

async fn declare(vhost: &str, count: usize, prefix: Option<&&str>, passive: bool) -> Result<()> {
    let prefix = prefix.copied().unwrap_or("q");
    let session = connect(vhost).await?;
    let names = (0..count)
        .map(|i| short(&format!("{prefix}{i:06}"), "queue name"))
        .collect::<Result<Vec<_>>>()?;
    let options = QueueDeclareOptions {
        passive,
        ..QueueDeclareOptions::default()
    };
    // Creating is the broker's slowest work: more channels keep both its cores busy. Passive
    // declares use as many as mq list-queues does.
    let lanes = if passive { 4 } else { 8 };
    let started = Instant::now();
    let answers = session.declare_queues(&names, options, lanes).await;
    let elapsed = started.elapsed();
    session.close().await;
    let failed = answers.iter().filter(|a| a.is_err()).count();
    eprintln!(
        "bulk_queues: {} {} queue(s) in vhost '{vhost}' in {elapsed:.2?}",
        if passive { "checked" } else { "declared" },
        count - failed,
    );
    match answers.into_iter().find_map(Result::err) {
        Some(err) => Err(err),
        None => Ok(()),
    }
}

async fn delete(vhost: &str, count: usize, prefix: Option<&&str>) -> Result<()> {
    let prefix = prefix.copied().unwrap_or("q");
    let session = connect(vhost).await?;
    let names = (0..count)
        .map(|i| short(&format!("{prefix}{i:06}"), "queue name"))
        .collect::<Result<Vec<_>>>()?;
    let started = Instant::now();
    let lanes = names.chunks(names.len().div_ceil(8).max(1)).map(|lane| {
        let session = &session;
        async move {
            let channel = session.channel().await?;
            let answers: Vec<_> = futures_util::stream::iter(lane)
                .map(|name| channel.queue_delete(name.clone(), QueueDeleteOptions::default()))
                .buffered(512)
                .collect()
                .await;
            match answers.into_iter().find_map(std::result::Result::err) {
                Some(err) => Err(mq::amqp::amqp_error(err, "deleting queues")),
                None => Ok(()),
            }
        }
    });
    let results = futures_util::future::join_all(lanes).await;
    session.close().await;
    eprintln!(
        "bulk_queues: deleted {count} queue(s) of vhost '{vhost}' in {:.2?}",
        started.elapsed()
    );
    results.into_iter().collect()
}

async fn hold(vhost: &str, queue: &str, count: u16, get: bool) -> Result<()> {
    let session = connect(vhost).await?;
    let channel = session.channel().await?;
    let failed = |e| Error::Internal(format!("holding messages of '{queue}': {e}"));
    if get {
        for _ in 0..count {
            channel
                .basic_get(short(queue, "queue name")?, BasicGetOptions::default())
                .await
                .map_err(failed)?
                .ok_or_else(|| Error::QueueEmpty(queue.to_owned()))?;
        }
        eprintln!(
            "bulk_queues: holding {count} unacknowledged message(s) of '{queue}' (basic.get)"
        );
        std::future::pending::<()>().await;
    }
    channel
        .basic_qos(count, BasicQosOptions::default())
        .await
        .map_err(failed)?;
    let mut consumer = channel
        .basic_consume(
            short(queue, "queue name")?,
            "bulk_queues-hold".into(),
            BasicConsumeOptions::default(),
            FieldTable::default(),
        )
        .await
        .map_err(failed)?;
    for _ in 0..count {
        match consumer.next().await {
            Some(Ok(_)) => {}
            Some(Err(err)) => return Err(failed(err)),
            None => return Err(Error::Internal("the consumer was cancelled".into())),
        }
    }
    eprintln!("bulk_queues: holding {count} unacknowledged message(s) of '{queue}'");
    // Until killed: the messages stay unacknowledged as long as the connection lives.
    std::future::pending::<()>().await;
    Ok(())
}
