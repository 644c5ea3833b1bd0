//! The baseline for `mq consume`'s throughput: the smallest lapin consumer that acks each
//! message, with mq's default prefetch (500). Usage: `raw_consume QUEUE COUNT` with MQ_URL
//! (default amqp://guest:guest@127.0.0.1:5672/%2f); prints the rate on stderr.

use std::time::Instant;

use futures_util::StreamExt;
use lapin::options::{BasicAckOptions, BasicConsumeOptions, BasicQosOptions};
use lapin::types::FieldTable;
use lapin::{Connection, ConnectionProperties};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: raw_consume QUEUE COUNT";
    let queue = args.next().ok_or(usage)?;
    let count: u64 = args.next().ok_or(usage)?.parse()?;
    let url = std::env::var("MQ_URL")
        .unwrap_or_else(|_| "amqp://guest:guest@127.0.0.1:5672/%2f".to_owned());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let connection = Connection::connect(&url, ConnectionProperties::default()).await?;
        let channel = connection.create_channel().await?;
        channel.basic_qos(500, BasicQosOptions::default()).await?;
        let mut consumer = channel
            .basic_consume(
                queue.as_str().into(),
                "".into(),
                BasicConsumeOptions::default(),
                FieldTable::default(),
            )
            .await?;
        let started = Instant::now();
        let mut received = 0u64;
        while received < count {
            let Some(delivery) = consumer.next().await else {
                break;
            };
            delivery?.acker.ack(BasicAckOptions::default()).await?;
            received += 1;
        }
        let seconds = started.elapsed().as_secs_f64();
        eprintln!(
            "raw_consume: {received} messages in {seconds:.3}s ({:.0} msg/s)",
            received as f64 / seconds
        );
        connection.close(200, "done".into()).await?;
        Ok(())
    })
}
