//! Declares (or deletes) many queues fast over one AMQP connection, for benchmarks:
//! `cargo run --release --example bulk_queues -- VHOST COUNT [PREFIX]`. The broker comes from
//! the usual settings (MQ_URL, MQ_USER, MQ_PASSWORD...); VHOST must exist.

use std::time::Instant;

use lapin::options::QueueDeclareOptions;
use mq::cli::GlobalArgs;
use mq::config;
use mq::values::short;

/// Channels the declares are spread over: the broker runs each channel in its own process.
const LANES: usize = 8;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(vhost), Some(count)) = (args.first(), args.get(1).and_then(|c| c.parse().ok()))
    else {
        eprintln!("usage: bulk_queues VHOST COUNT [PREFIX]");
        return std::process::ExitCode::from(64);
    };
    let prefix = args.get(2).map_or("q", String::as_str);
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("bulk_queues: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(declare(vhost, count, prefix)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bulk_queues: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn declare(vhost: &str, count: usize, prefix: &str) -> mq::error::Result<()> {
    let global = GlobalArgs {
        vhost: Some(vhost.to_owned()),
        ..GlobalArgs::default()
    };
    let settings = config::resolve(
        &global,
        &|name| std::env::var(name).ok(),
        config::default_config_path(),
    )?;
    let session = mq::amqp::connect(&settings).await?;
    let names = (0..count)
        .map(|i| short(&format!("{prefix}{i:06}"), "queue name"))
        .collect::<mq::error::Result<Vec<_>>>()?;
    let started = Instant::now();
    let answers = session
        .declare_queues(
            &names,
            QueueDeclareOptions {
                passive: std::env::var("PASSIVE").is_ok(),
                ..QueueDeclareOptions::default()
            },
            std::env::var("LANES")
                .ok()
                .and_then(|l| l.parse().ok())
                .unwrap_or(LANES),
        )
        .await;
    let failed = answers.iter().filter(|a| a.is_err()).count();
    eprintln!(
        "bulk_queues: declared {} queue(s) in vhost '{vhost}' in {:.2?}",
        count - failed,
        started.elapsed()
    );
    session.close().await;
    if let Some(Err(err)) = answers.into_iter().find(Result::is_err) {
        return Err(err);
    }
    Ok(())
}
