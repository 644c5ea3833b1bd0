//! No command line a user can type makes `mq` panic (exit 101): random flags from each
//! command's real flag list, with hostile values (huge, negative, NaN, inf, empty, unicode),
//! against an unreachable broker, so that nothing on the machine's broker is touched.

use std::process::Stdio;
use std::time::{Duration, Instant};

use proptest::prelude::*;

use crate::common::{Run, mq_bare, temp_dir};

/// A command's name, its flags (long name, whether it takes a value) and how many positionals
/// it has.
struct Shape {
    name: String,
    flags: Vec<(String, bool)>,
    positionals: usize,
}

/// Flags left out: those that would point `mq` at a reachable broker or only print help.
const LEFT_OUT: &[&str] = &["url", "api-url", "help", "version"];

fn shapes() -> Vec<Shape> {
    let mut cli = mq::cli::command();
    // Propagates the global options into every subcommand's list.
    cli.build();
    cli.get_subcommands()
        .map(|sub| Shape {
            name: sub.get_name().to_owned(),
            flags: sub
                .get_arguments()
                .filter_map(|arg| {
                    let long = arg.get_long()?;
                    let takes_value = arg.get_action().takes_values();
                    (!LEFT_OUT.contains(&long)).then(|| (long.to_owned(), takes_value))
                })
                .collect(),
            positionals: sub.get_positionals().count(),
        })
        .collect()
}

/// The values that broke `mq` before: past every range a number flag could have.
const HOSTILE_NUMBERS: &[&str] = &[
    "18446744073709551615",
    "1e19",
    "1e-20",
    "1e308",
    "-1",
    "NaN",
    "inf",
    "",
    "0",
    "9999999999h",
];

/// Every flag whose value is a number, a size or a duration, of every command, with each of
/// [`HOSTILE_NUMBERS`]: the sweep the random cases are too sparse to be sure of.
#[test]
fn every_numeric_flag_refuses_hostile_numbers_without_panicking() {
    let numeric = [
        "N",
        "BYTES",
        "DURATION",
        "R",
        "W",
        "INTERVAL",
        "MS|DURATION",
    ];
    let mut cli = mq::cli::command();
    cli.build();
    let mut checked = 0;
    for sub in cli.get_subcommands() {
        for arg in sub.get_arguments() {
            let (Some(long), Some(names)) = (arg.get_long(), arg.get_value_names()) else {
                continue;
            };
            if !names.iter().any(|n| numeric.contains(&n.as_str())) {
                continue;
            }
            // Positionals the command needs, so that the flag is what is judged.
            let required = sub.get_positionals().filter(|a| a.is_required_set());
            let placeholders: Vec<String> = required.map(|_| "q".to_owned()).collect();
            for value in HOSTILE_NUMBERS {
                let mut argv = vec![sub.get_name().to_owned(), format!("--{long}={value}")];
                argv.extend(placeholders.iter().cloned());
                if let Some(run) = run_unreachable(&argv) {
                    assert_ne!(run.code, Some(101), "mq {argv:?}: {}", run.stderr);
                    assert!(
                        !run.stderr.contains("panicked"),
                        "mq {argv:?}: {}",
                        run.stderr
                    );
                }
                checked += 1;
            }
        }
    }
    assert!(
        checked > 100,
        "only {checked} cases: the flag list was not found"
    );
}

fn hostile_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("18446744073709551615".to_owned()),
        Just("18446744073709551616".to_owned()),
        Just("99999999999999999999999999".to_owned()),
        Just("1e19".to_owned()),
        Just("1e-20".to_owned()),
        Just("1e308".to_owned()),
        Just("-1".to_owned()),
        Just("-0".to_owned()),
        Just("NaN".to_owned()),
        Just("inf".to_owned()),
        Just("-inf".to_owned()),
        Just(String::new()),
        Just("0".to_owned()),
        Just("9999999999h".to_owned()),
        Just("584942417355y".to_owned()),
        Just("ünïcödé\u{202e}".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| n.to_string()),
        "\\PC{0,12}",
    ]
}

/// Runs `mq ARGV` pointed at nothing that answers, killed if it is still running after a
/// while (a hang is a failure too, but not the one asserted here).
fn run_unreachable(argv: &[String]) -> Option<Run> {
    let dir = temp_dir();
    let mut cmd = mq_bare();
    cmd.env("MQ_URL", "amqp://127.0.0.1:1")
        .env("MQ_API_URL", "http://127.0.0.1:1");
    // Short unless the case itself gives one (clap refuses it twice).
    if !argv.iter().any(|arg| arg.starts_with("--timeout")) {
        cmd.args(["--timeout", "300ms"]);
    }
    let mut child = cmd
        .args(argv)
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mq runs");
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().ok().flatten().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Some(Run::from(child.wait_with_output().expect("output")))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_command_lines_never_panic(
        command in any::<prop::sample::Index>(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), hostile_value()), 0..5),
        positionals in prop::collection::vec(hostile_value(), 0..3),
    ) {
        let shapes = shapes();
        let shape = &shapes[command.index(shapes.len())];
        let mut argv = vec![shape.name.clone()];
        for (flag, value) in &picks {
            if shape.flags.is_empty() {
                break;
            }
            let (long, takes_value) = &shape.flags[flag.index(shape.flags.len())];
            if *takes_value {
                argv.push(format!("--{long}={value}"));
            } else {
                argv.push(format!("--{long}"));
            }
        }
        argv.extend(positionals.into_iter().take(shape.positionals));
        if let Some(run) = run_unreachable(&argv) {
            prop_assert_ne!(run.code, Some(101), "mq {:?}: {}", argv, run.stderr);
            prop_assert!(!run.stderr.contains("panicked"), "mq {:?}: {}", argv, run.stderr);
        }
    }
}
