//! `mq` on a terminal (a pseudo-terminal `script` makes, 80 columns): tables fit its width,
//! numbers whole and long names cut with `…`; `--wide` and any table that is not on a terminal
//! keep every value whole; colour only on a terminal and never under `NO_COLOR`; a deletion
//! or purge says what it did there, and stays a bare count in a pipe.

use std::collections::HashSet;
use std::time::Duration;

use serde_json::Value;

use crate::common::{Run, TestVhost, WAIT, on_terminal, poll};

const LONG: &str = "a-queue-name-long-enough-to-push-the-other-columns-off-an-80-column-terminal";

/// What a terminal shows, without colour escapes.
fn plain(text: &str) -> String {
    let escapes = regex::Regex::new("\x1b\\[[0-9;]*m").expect("regex");
    escapes.replace_all(text, "").into_owned()
}

/// Every integer of a listing's json, as text.
fn numbers(json: &str) -> Vec<String> {
    let rows: Vec<Value> = serde_json::from_str(json).expect("json listing");
    rows.iter()
        .filter_map(Value::as_object)
        .flat_map(|row| row.values())
        .filter(|value| value.is_i64() || value.is_u64())
        .map(ToString::to_string)
        .collect()
}

fn shown(vhost: &TestVhost, args: &[&str]) -> Run {
    on_terminal(&[("MQ_VHOST", vhost.name.as_str())], args, 80)
}

/// Lines no wider than the terminal, and whether every number of the json listing is a whole
/// word of the table (a wrapped or cut number is not).
fn fits_with_every_number(vhost: &TestVhost, command: &str) -> Result<(), String> {
    let json = vhost.outcome(&[command, "--format", "json"]);
    let table = shown(vhost, &[command]);
    if table.code != Some(0) || json.code != Some(0) {
        return Err(format!("{command}: {json:?} {table:?}"));
    }
    let text = plain(&table.stdout);
    if let Some(line) = text.lines().find(|line| line.chars().count() > 80) {
        return Err(format!(
            "{command}: a line wider than 80 columns: {line:?}\n{text}"
        ));
    }
    let words: HashSet<&str> = text.split_whitespace().collect();
    match numbers(&json.stdout)
        .into_iter()
        .find(|n| !words.contains(n.as_str()))
    {
        Some(missing) => Err(format!("{command}: {missing} is not whole in\n{text}")),
        None => Ok(()),
    }
}

#[test]
fn at_80_columns_no_number_wraps_in_any_list() {
    let vhost = TestVhost::new("term-fit");
    vhost.fill(LONG, 1500, 0);
    vhost.run(&["declare-queue", "evens", "--bind", "amq.direct:even"]);
    let _consumer = vhost.spawn_consumer("evens", &[]);
    // A node without management statistics cannot list connections, channels or consumers.
    let listed = |command: &str| vhost.outcome(&[command, "--format", "json"]).code == Some(0);
    let commands = [
        "list-queues",
        "list-exchanges",
        "list-bindings",
        "list-connections",
        "list-channels",
        "list-consumers",
    ];
    for command in commands.into_iter().filter(|command| listed(command)) {
        // Statistics lag up to 5 s behind (a channel's consumer count): the json and the table
        // are asked again until they show the same; a number the table wraps never agrees.
        let mut last = Ok(());
        let agreed = poll(WAIT, || {
            last = fits_with_every_number(&vhost, command);
            last.is_ok()
        });
        assert!(agreed, "{last:?}");
    }
    let queues = plain(&shown(&vhost, &["list-queues"]).stdout);
    assert!(queues.contains('…'), "a long name is cut: {queues}");
    assert!(!queues.contains(LONG), "{queues}");
    assert!(queues.contains(" 1500 "), "{queues}");
    // Broker-wide views change under other tests: their shape is what is checked.
    let vhosts = plain(&shown(&vhost, &["list-vhosts"]).stdout);
    assert!(vhosts.lines().all(|l| l.chars().count() <= 80), "{vhosts}");
    let overview = plain(&shown(&vhost, &["overview"]).stdout);
    // A count the node does not keep (no statistics) says so.
    let key_value =
        regex::Regex::new(r"^[a-z_]+: +(\S+|\(not given by the broker\))$").expect("regex");
    assert!(overview.lines().count() >= 5, "{overview}");
    for line in overview.lines() {
        assert!(key_value.is_match(line), "overview is key: value: {line:?}");
    }
}

#[test]
fn wide_tables_and_tables_off_the_terminal_keep_names_whole() {
    let vhost = TestVhost::new("term-wide");
    vhost.run(&["declare-queue", LONG]);
    let wide = plain(&shown(&vhost, &["list-queues", "--wide"]).stdout);
    assert!(wide.contains(LONG), "{wide}");
    assert!(!wide.contains('…'), "{wide}");
    let piped = vhost.run(&["list-queues", "--format", "table"]);
    assert!(piped.contains(LONG), "{piped}");
    assert!(!piped.contains('…') && !piped.contains('\x1b'), "{piped:?}");
}

#[test]
fn colour_marks_a_backlog_on_a_terminal_only_and_never_under_no_color() {
    let vhost = TestVhost::new("term-colour");
    vhost.fill("backlog", 3, 0);
    let coloured = shown(&vhost, &["list-queues"]);
    coloured.assert_ok();
    assert!(coloured.stdout.contains("\x1b["), "{:?}", coloured.stdout);
    let plain_run = on_terminal(
        &[("MQ_VHOST", vhost.name.as_str()), ("NO_COLOR", "1")],
        &["list-queues"],
        80,
    );
    plain_run.assert_ok();
    assert!(
        !plain_run.stdout.contains("\x1b["),
        "{:?}",
        plain_run.stdout
    );
    assert!(
        plain_run.stdout.contains("backlog"),
        "{:?}",
        plain_run.stdout
    );
    // A queue that is taken from is no backlog to point at.
    let _consumer = vhost.spawn_consumer("backlog", &[]);
    let taken = poll(Duration::from_secs(30), || {
        vhost.ready("backlog") == 0 && !shown(&vhost, &["list-queues"]).stdout.contains("\x1b[")
    });
    assert!(taken, "{:?}", shown(&vhost, &["list-queues"]).stdout);
}

#[test]
fn delete_queue_and_purge_say_what_happened_on_a_terminal_and_stay_bare_in_a_pipe() {
    let vhost = TestVhost::new("term-removal");
    vhost.fill("rd", 5, 0);
    vhost.fill("pq", 3, 0);
    let purged = shown(&vhost, &["purge", "pq"]);
    purged.assert_ok();
    assert_eq!(purged.stdout, "purged 3 messages from queue 'pq'\n");
    let deleted = shown(&vhost, &["delete-queue", "rd"]);
    deleted.assert_ok();
    assert_eq!(deleted.stdout, "deleted queue 'rd' and its 5 messages\n");
    vhost.produce_n("pq", 2, 0);
    assert_eq!(
        vhost.run(&["purge", "pq"]),
        "2\n",
        "piped: the count, as documented"
    );
    assert_eq!(vhost.run(&["delete-queue", "pq"]), "0\n");
}

#[test]
fn watched_frames_in_a_pipe_are_an_empty_line_apart_with_the_brokers_rates() {
    use std::io::BufRead;
    let vhost = TestVhost::new("term-watch");
    vhost.run(&["declare-queue", "w"]);
    let mut child = crate::common::Spawned::new(vhost.mq().args([
        "list-queues",
        "--watch",
        "5s",
        "-f",
        "tsv",
        "--columns",
        "name,ready",
    ]));
    let stdout = child.stdout.take().expect("stdout");
    let lines: Vec<String> = std::io::BufReader::new(stdout)
        .lines()
        .take(3)
        .map(|line| line.expect("a line"))
        .collect();
    assert!(child.interrupt());
    let rate = if crate::common::broker().stats_disabled {
        ""
    } else {
        "0"
    };
    let frame = format!("w\t0\t{rate}\t{rate}");
    assert_eq!(lines, [frame.as_str(), "", frame.as_str()]);
}

/// `(pos, confirmed, returned, nacked)` of each state of the bar the terminal showed.
fn bar_states(shown: &str) -> Vec<(u64, u64, u64, u64)> {
    let state = regex::Regex::new(r"(\d+)/\d+ confirmed (\d+), returned (\d+), nacked (\d+)")
        .expect("regex");
    let number = |m: Option<regex::Match<'_>>| m.map_or(0, |m| m.as_str().parse().unwrap_or(0));
    state
        .captures_iter(shown)
        .map(|c| {
            (
                number(c.get(1)),
                number(c.get(2)),
                number(c.get(3)),
                number(c.get(4)),
            )
        })
        .collect()
}

#[test]
fn the_produce_bar_counts_what_the_summary_counts_and_returns_are_summarised() {
    let vhost = TestVhost::new("term-produce");
    vhost.run(&["declare-exchange", "nowhere"]);
    // stderr on the terminal too: the bar is drawn there.
    let line = format!(
        "stty cols 80 rows 50; '{}' produce --exchange nowhere --routing-key lost --count 2000 \
         --size 8",
        env!("CARGO_BIN_EXE_mq")
    );
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-qec", &line, "/dev/null"])
        .env("MQ_URL", crate::common::broker_url())
        .env("MQ_API_URL", crate::common::api_url())
        .env("MQ_VHOST", &vhost.name)
        .env("XDG_CONFIG_HOME", "/nonexistent");
    let run = Run::of(&mut cmd);
    assert_eq!(run.code, Some(1), "{run:?}");
    let shown = plain(&run.stdout).replace('\r', "\n");
    let summary = shown
        .lines()
        .find(|l| l.starts_with("mq: published "))
        .unwrap_or_else(|| panic!("{shown}"));
    assert!(
        summary.starts_with("mq: published 2000, confirmed 0, returned 2000, nacked 0 in "),
        "{summary}"
    );
    let states = bar_states(&shown);
    for (pos, confirmed, returned, nacked) in &states {
        assert_eq!(
            *pos,
            confirmed + returned + nacked,
            "the bar agrees with itself"
        );
        assert_eq!(*confirmed, 0, "nothing was confirmed: {shown}");
        assert!(*returned <= 2000);
    }
    for line in shown.lines().filter(|l| l.contains("/2000 ")) {
        assert!(
            line.trim_start_matches("\x1b[2K").chars().count() <= 80,
            "{line:?}"
        );
    }
    // The first returns one by one, the rest counted: not 2000 lines.
    let one_by_one = shown.matches("mq: message returned as unroutable").count();
    assert_eq!(one_by_one, 3, "{shown}");
    assert!(
        shown.contains(
            "mq: 1997 more returned as unroutable: exchange 'nowhere', routing key 'lost'"
        ),
        "{shown}"
    );
}

#[test]
fn an_interrupted_produce_says_how_many_were_never_sent() {
    let vhost = TestVhost::new("term-interrupted");
    vhost.run(&["declare-queue", "q"]);
    let child = crate::common::Spawned::new(vhost.mq().args([
        "produce",
        "--routing-key",
        "q",
        "--count",
        "1000000",
        "--rate",
        "200",
        "--size",
        "1",
    ]));
    crate::common::wait_for("some messages in q", crate::common::WAIT, || {
        vhost.passive("q").is_some_and(|(messages, _)| messages > 0)
    });
    assert!(child.interrupt());
    let run = child.output();
    assert_eq!(run.code, Some(130), "{run:?}");
    let published: u64 = run
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("mq: published "))
        .and_then(|rest| rest.split(',').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{run:?}"));
    assert!(
        run.stderr.contains(&format!(
            "; interrupted: {} of the 1000000 never sent\n",
            1_000_000 - published
        )),
        "{run:?}"
    );
}

/// `LINE` run by `script` on a pseudo-terminal 80 columns wide, stderr on it too (the live
/// line and the summary are drawn there); what the terminal showed, without colour, each
/// redraw on a line of its own.
fn on_terminal_stderr(vhost: &TestVhost, line: &str) -> (Option<i32>, String) {
    let mut cmd = std::process::Command::new("script");
    cmd.args([
        "-qec",
        &format!("stty cols 80 rows 50; {line}"),
        "/dev/null",
    ])
    .env("MQ_URL", crate::common::broker_url())
    .env("MQ_API_URL", crate::common::api_url())
    .env("MQ_VHOST", &vhost.name)
    .env("MQ_BIN", env!("CARGO_BIN_EXE_mq"))
    .env("XDG_CONFIG_HOME", "/nonexistent");
    let run = Run::of(&mut cmd);
    (run.code, plain(&run.stdout).replace('\r', "\n"))
}

/// consume's summary line, as the terminal showed it.
fn consume_summary(shown: &str) -> &str {
    shown
        .lines()
        .find(|l| l.contains("mq: consumed "))
        .map(|l| l.trim_start_matches("\x1b[2K"))
        .unwrap_or_else(|| panic!("no summary: {shown}"))
}

/// Every live line's (consumed, settled).
fn consume_states(shown: &str) -> Vec<(u64, u64)> {
    let state = regex::Regex::new(r"consumed (\d+), settled (\d+) ").expect("regex");
    state
        .captures_iter(shown)
        .map(|c| (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0)))
        .collect()
}

#[test]
fn consume_on_a_terminal_counts_as_it_goes_and_sums_up_at_the_end_and_on_ctrl_c() {
    let vhost = TestVhost::new("term-consume");
    vhost.fill("q", 300, 8);
    let out = crate::common::temp_dir();
    let file = out.path().join("out");
    let file = file.to_str().expect("path");
    let (code, shown) = on_terminal_stderr(
        &vhost,
        &format!("\"$MQ_BIN\" consume q --count 200 > '{file}'"),
    );
    assert_eq!(code, Some(0), "{shown}");
    assert_eq!(
        std::fs::read_to_string(file)
            .unwrap_or_default()
            .lines()
            .count(),
        200
    );
    let summary = consume_summary(&shown);
    assert!(
        summary.starts_with("mq: consumed 200 from queue 'q' in ")
            && summary.ends_with(": 200 acked; 100 left in the queue"),
        "{summary}"
    );
    for (consumed, settled) in consume_states(&shown) {
        assert!(settled <= consumed && consumed <= 200, "{shown}");
    }
    for line in shown.lines().filter(|l| l.contains(", settled ")) {
        assert!(
            line.trim_start_matches("\x1b[2K").chars().count() <= 80,
            "{line:?}"
        );
    }

    // Ctrl-C once some have come: the summary accounts for every message of the queue. The
    // file is emptied first: the loop must not count the first run's lines before the
    // background job's own redirection has truncated it.
    let (code, shown) = on_terminal_stderr(
        &vhost,
        &format!(
            ": > '{file}'; \"$MQ_BIN\" consume q > '{file}' & pid=$!; \
             while [ \"$(wc -l < '{file}')\" -lt 20 ]; do sleep 0.05; done; \
             kill -INT $pid; wait $pid"
        ),
    );
    assert_eq!(code, Some(130), "{shown}");
    let printed = std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .count();
    let summary = consume_summary(&shown);
    assert!(
        summary.ends_with(&format!(
            ": {printed} acked; {} left in the queue",
            100 - printed
        )),
        "{printed} printed: {summary}"
    );
    assert_eq!(vhost.ready("q"), 100 - printed as i64);
}
