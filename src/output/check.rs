//! How `mq check`'s outcomes read: text for people, JSON, one Nagios plugin answer (status
//! line, performance data, one line per check), or Prometheus's text format for a scrape.

use std::io::Write;

use crossterm::style::Stylize;
use serde_json::json;

use super::table::Terminal;

use crate::error::{Error, Result};

/// A check's outcome, in Nagios's order (its exit codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    Ok,
    Warning,
    Critical,
    /// The check could not be made (the API did not answer, the broker has no such check).
    Unknown,
}

impl State {
    pub fn word(self) -> &'static str {
        match self {
            State::Ok => "OK",
            State::Warning => "WARNING",
            State::Critical => "CRITICAL",
            State::Unknown => "UNKNOWN",
        }
    }

    /// Nagios's exit code, also the value of `mq_check_status`.
    pub fn code(self) -> u8 {
        match self {
            State::Ok => 0,
            State::Warning => 1,
            State::Critical => 2,
            State::Unknown => 3,
        }
    }

    /// Of two outcomes, the one a plugin reports (the monitoring plugins' `max_state_alt`):
    /// CRITICAL beats WARNING, which beats UNKNOWN.
    pub fn worse(self, other: State) -> State {
        let rank = |s: State| match s {
            State::Ok => 0,
            State::Unknown => 1,
            State::Warning => 2,
            State::Critical => 3,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

/// One check's outcome: its state and one line of why; the probe's round trip, measured.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub check: &'static str,
    pub state: State,
    pub why: String,
    pub round_trip_ms: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckFormat {
    Text,
    Json,
    Nagios,
    Prometheus,
}

/// The probe's thresholds, for Nagios's performance data.
pub struct Thresholds {
    pub warn_ms: f64,
    pub critical_ms: f64,
}

pub fn write(
    out: &mut dyn Write,
    outcomes: &[Outcome],
    format: CheckFormat,
    thresholds: &Thresholds,
) -> Result<()> {
    let text = match format {
        CheckFormat::Text => text(outcomes, Terminal::stdout().color),
        CheckFormat::Json => json_text(outcomes),
        CheckFormat::Nagios => nagios(outcomes, thresholds),
        CheckFormat::Prometheus => prometheus(outcomes),
    };
    out.write_all(text.as_bytes()).map_err(Error::output)
}

/// The worst state of them all (OK when there are none).
pub fn worst(outcomes: &[Outcome]) -> State {
    outcomes
        .iter()
        .fold(State::Ok, |worst, outcome| worst.worse(outcome.state))
}

/// One line a check; on a terminal with colour, a failed check's state in red (CRITICAL) or
/// yellow (WARNING), the only words that call for attention.
fn text(outcomes: &[Outcome], color: bool) -> String {
    let width = outcomes.iter().map(|o| o.check.len()).max().unwrap_or(0);
    outcomes
        .iter()
        .map(|o| {
            let word = format!("{:<8}", o.state.word());
            let word = match (color, o.state) {
                (true, State::Critical) => word.red().to_string(),
                (true, State::Warning) => word.yellow().to_string(),
                _ => word,
            };
            format!("{word}  {:<width$}  {}\n", o.check, o.why)
        })
        .collect()
}

fn json_text(outcomes: &[Outcome]) -> String {
    let items: Vec<serde_json::Value> = outcomes
        .iter()
        .map(|o| {
            let mut item = json!({"check": o.check, "state": o.state.word(), "why": o.why});
            if let Some(ms) = o.round_trip_ms {
                item["round_trip_ms"] = json!(ms);
            }
            item
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}

/// `RABBITMQ STATE - the not-OK checks | perfdata`, then each check on a line of its own
/// (Nagios's long output). A `|` in a reason would start the performance data: it becomes `/`.
fn nagios(outcomes: &[Outcome], thresholds: &Thresholds) -> String {
    let worst = worst(outcomes);
    let failing: Vec<String> = outcomes
        .iter()
        .filter(|o| o.state != State::Ok)
        .map(|o| format!("{}: {}", o.check, o.why))
        .collect();
    let summary = if failing.is_empty() {
        format!("{} checks OK", outcomes.len())
    } else {
        failing.join("; ")
    };
    let mut text = format!("RABBITMQ {} - {}", worst.word(), summary.replace('|', "/"));
    if let Some(ms) = outcomes.iter().find_map(|o| o.round_trip_ms) {
        text.push_str(&format!(
            " | round_trip={ms:.3}ms;{};{};0",
            thresholds.warn_ms, thresholds.critical_ms
        ));
    }
    text.push('\n');
    for o in outcomes {
        text.push_str(&format!(
            "{} {}: {}\n",
            o.state.word(),
            o.check,
            o.why.replace('|', "/")
        ));
    }
    text
}

fn prometheus(outcomes: &[Outcome]) -> String {
    let mut text = String::from(
        "# HELP mq_check_status Outcome of each mq check: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.\n\
         # TYPE mq_check_status gauge\n",
    );
    for o in outcomes {
        text.push_str(&format!(
            "mq_check_status{{check=\"{}\"}} {}\n",
            o.check,
            o.state.code()
        ));
    }
    if let Some(ms) = outcomes.iter().find_map(|o| o.round_trip_ms) {
        text.push_str(
            "# HELP mq_check_probe_round_trip_seconds Publish to consume of the probe's message.\n\
             # TYPE mq_check_probe_round_trip_seconds gauge\n",
        );
        text.push_str(&format!(
            "mq_check_probe_round_trip_seconds {}\n",
            ms / 1000.0
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcomes() -> Vec<Outcome> {
        vec![
            Outcome {
                check: "alarms",
                state: State::Critical,
                why: "memory alarm on rabbit@a | b".into(),
                round_trip_ms: None,
            },
            Outcome {
                check: "probe",
                state: State::Ok,
                why: "round trip 1.5 ms".into(),
                round_trip_ms: Some(1.5),
            },
        ]
    }

    #[test]
    fn nagios_says_the_worst_first_with_perfdata() {
        let thresholds = Thresholds {
            warn_ms: 250.0,
            critical_ms: 1000.0,
        };
        assert_eq!(
            nagios(&outcomes(), &thresholds),
            "RABBITMQ CRITICAL - alarms: memory alarm on rabbit@a / b | round_trip=1.500ms;250;1000;0\n\
             CRITICAL alarms: memory alarm on rabbit@a / b\nOK probe: round trip 1.5 ms\n"
        );
    }

    #[test]
    fn prometheus_has_a_status_per_check_and_the_round_trip_in_seconds() {
        let text = prometheus(&outcomes());
        assert!(
            text.contains("mq_check_status{check=\"alarms\"} 2\n"),
            "{text}"
        );
        assert!(
            text.contains("mq_check_probe_round_trip_seconds 0.0015\n"),
            "{text}"
        );
    }

    #[test]
    fn text_colours_only_failed_checks_and_only_when_asked() {
        let plain = text(&outcomes(), false);
        assert!(!plain.contains('\x1b'), "{plain:?}");
        let coloured = text(&outcomes(), true);
        let critical = coloured.lines().next().unwrap_or_default();
        assert!(
            critical.starts_with('\x1b') && critical.contains("CRITICAL"),
            "{coloured:?}"
        );
        let ok = coloured.lines().nth(1).unwrap_or_default();
        assert!(ok.starts_with("OK"), "{coloured:?}");
    }

    #[test]
    fn critical_is_worse_than_warning_which_is_worse_than_unknown() {
        assert_eq!(State::Warning.worse(State::Unknown), State::Warning);
        assert_eq!(State::Unknown.worse(State::Critical), State::Critical);
        assert_eq!(State::Critical.worse(State::Warning), State::Critical);
    }
}
