//! `produce --timed [--speed X]`: recorded messages published again at the intervals they were
//! received at (their envelopes' `received_at`), each one due as long after the first as it
//! was received after the first, divided by the speed, so that pauses do not add up drift.

use std::time::{Duration, Instant, SystemTime};

/// The fastest `--speed`: a thousand times the recorded pace.
pub const MAX_SPEED: f64 = 1000.0;

/// `--speed`: a factor above 0, at most [`MAX_SPEED`].
pub fn parse_speed(input: &str) -> Result<f64, String> {
    let speed: f64 = input
        .parse()
        .map_err(|_| format!("'{input}' is not a number (2 is twice as fast, 0.5 half)"))?;
    if speed.is_finite() && speed > 0.0 && speed <= MAX_SPEED {
        Ok(speed)
    } else {
        Err(format!(
            "'{input}' is out of range: above 0, at most {MAX_SPEED}"
        ))
    }
}

/// The pace of a timed replay.
pub struct Timed {
    speed: f64,
    /// When the first message was published, and when it had been received.
    first: Option<(Instant, SystemTime)>,
}

impl Timed {
    pub fn new(speed: f64) -> Timed {
        Timed { speed, first: None }
    }

    /// Waits until the message received at `at` is due (one received before the first is due
    /// at once); how long after the first it was due and how long after it it went.
    pub async fn wait(&mut self, at: SystemTime) -> (Duration, Duration) {
        let Some((start, first)) = self.first else {
            self.first = Some((Instant::now(), at));
            return (Duration::ZERO, Duration::ZERO);
        };
        let Some(due) = self.due(start, first, at) else {
            // Further than an Instant reaches: never, until Ctrl-C.
            return std::future::pending().await;
        };
        tokio::time::sleep_until(due.into()).await;
        (due.saturating_duration_since(start), start.elapsed())
    }

    fn due(&self, start: Instant, first: SystemTime, at: SystemTime) -> Option<Instant> {
        let since = at.duration_since(first).unwrap_or(Duration::ZERO);
        let scaled = Duration::try_from_secs_f64(since.as_secs_f64() / self.speed).ok()?;
        start.checked_add(scaled)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speeds_are_checked_and_intervals_scaled_without_overflow() {
        assert_eq!(parse_speed("2"), Ok(2.0));
        for bad in ["0", "-1", "NaN", "inf", "1001", "x"] {
            assert!(parse_speed(bad).is_err(), "{bad}");
        }
        let timed = Timed::new(2.0);
        let start = Instant::now();
        let first = SystemTime::UNIX_EPOCH + Duration::from_secs(100);
        let later = first + Duration::from_secs(10);
        assert_eq!(
            timed.due(start, first, later),
            Some(start + Duration::from_secs(5))
        );
        assert_eq!(timed.due(start, later, first), Some(start));
        let slow = Timed::new(0.001);
        let far = first
            .checked_add(Duration::from_secs(u64::MAX / 4))
            .unwrap();
        assert_eq!(slow.due(start, first, far), None);
    }
}
