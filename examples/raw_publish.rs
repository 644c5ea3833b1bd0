//! The reference for `mq produce`'s throughput: a minimal lapin publish loop with publisher
//! confirms and the same bounded window of outstanding confirms, nothing else.
//!
//! `cargo run --release --example raw_publish -- URL QUEUE COUNT SIZE WINDOW [transient]`

use std::collections::VecDeque;
use std::time::Instant;

use lapin::options::{BasicPublishOptions, ConfirmSelectOptions, QueueDeclareOptions};
use lapin::types::FieldTable;
use lapin::{BasicProperties, Connection, ConnectionProperties};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, url, queue, count, size, window, rest @ ..] = args.as_slice() else {
        return Err("usage: raw_publish URL QUEUE COUNT SIZE WINDOW [transient]".into());
    };
    let (count, size, window): (u64, usize, usize) =
        (count.parse()?, size.parse()?, window.parse()?);
    let delivery_mode = if rest.first().map(String::as_str) == Some("transient") {
        1
    } else {
        2
    };

    let connection = Connection::connect(url, ConnectionProperties::default()).await?;
    let channel = connection.create_channel().await?;
    channel
        .queue_declare(
            queue.as_str().into(),
            QueueDeclareOptions::durable(),
            FieldTable::default(),
        )
        .await?;
    channel
        .confirm_select(ConfirmSelectOptions::default())
        .await?;
    let body = vec![b'.'; size];
    let properties = BasicProperties::default()
        .with_delivery_mode(delivery_mode)
        .with_content_type("text/plain".into());
    let options = BasicPublishOptions {
        mandatory: true,
        ..BasicPublishOptions::default()
    };

    let started = Instant::now();
    let mut in_flight = VecDeque::with_capacity(window);
    for _ in 0..count {
        if in_flight.len() >= window {
            let confirm: lapin::PublisherConfirm = in_flight.pop_front().expect("non-empty window");
            confirm.await?;
        }
        let confirm = channel
            .basic_publish(
                "".into(),
                queue.as_str().into(),
                options,
                &body,
                properties.clone(),
            )
            .await?;
        in_flight.push_back(confirm);
    }
    for confirm in in_flight {
        confirm.await?;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "raw_publish: {count} messages in {elapsed:.3}s ({:.0} msg/s)",
        count as f64 / elapsed
    );
    connection.close(200, "done".into()).await?;
    Ok(())
}
