//! Bash completion as a user meets it: `mq completions bash` sourced in a real bash, its
//! function called as bash calls it on TAB. Commands first and alone where a command goes,
//! aliases left out, flags only after `-`, column names for `--columns`, and names from the
//! broker (queues, exchanges, vhosts), silent when no broker answers.

use std::path::Path;
use std::process::Command;

use crate::common::{Run, TestVhost, api_url, broker_url, mq_bare};

/// What bash offers for the command line `words` (the last one being completed).
fn offered(env: &[(&str, &str)], words: &[&str]) -> Vec<String> {
    let script = Run::of(mq_bare().args(["completions", "bash"]));
    script.assert_ok();
    let dir = crate::common::temp_dir();
    let file = dir.path().join("mq.bash");
    std::fs::write(&file, &script.stdout).expect("write the script");
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', "'\\''")))
        .collect();
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))\n\
         _mq mq \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        file.display(),
        quoted.join(" ")
    );
    let bin = Path::new(env!("CARGO_BIN_EXE_mq"))
        .parent()
        .expect("the binary's folder")
        .display()
        .to_string();
    let path = format!("{bin}:{}", std::env::var("PATH").unwrap_or_default());
    let mut bash = Command::new("bash");
    for (key, _) in std::env::vars().filter(|(key, _)| key.starts_with("MQ_")) {
        bash.env_remove(key);
    }
    bash.args(["--norc", "--noprofile", "-c", &program])
        .env("PATH", path)
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .env("MQ_URL", broker_url())
        .env("MQ_API_URL", api_url())
        .envs(env.iter().copied());
    let run = Run::of(&mut bash);
    assert_eq!(run.code, Some(0), "{run:?}");
    assert_eq!(run.stderr, "", "completion is silent");
    run.stdout
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn commands_come_alone_in_help_order_without_aliases_and_flags_wait_for_a_dash() {
    let commands = offered(&[], &["mq", ""]);
    assert_eq!(
        commands.first().map(String::as_str),
        Some("declare-exchange")
    );
    assert!(commands.iter().any(|c| c == "list-queues"), "{commands:?}");
    assert!(commands.iter().all(|c| !c.starts_with('-')), "{commands:?}");
    assert!(
        !commands.iter().any(|c| c.contains('_')),
        "no alias: {commands:?}"
    );
    let flags = offered(&[], &["mq", "purge", "--qu"]);
    assert_eq!(flags, ["--quiet"]);
    let shells = offered(&[], &["mq", "completions", ""]);
    assert!(shells.contains(&"bash".to_owned()) && shells.contains(&"zsh".to_owned()));
    assert!(shells.iter().all(|s| !s.starts_with('-')), "{shells:?}");
    let formats = offered(&[], &["mq", "list-queues", "-f", ""]);
    assert_eq!(formats, ["table", "tsv", "csv", "json"]);
}

#[test]
fn columns_complete_one_comma_separated_name_at_a_time() {
    let columns = offered(&[], &["mq", "list-queues", "--columns", ""]);
    for name in ["name", "messages", "consumers", "memory"] {
        assert!(columns.contains(&name.to_owned()), "{columns:?}");
    }
    let next = offered(&[], &["mq", "list-queues", "--columns", "name,consu"]);
    assert_eq!(next, ["name,consumers", "name,consumer_utilisation"]);
    let bindings = offered(&[], &["mq", "list-bindings", "--columns", "rout"]);
    assert_eq!(bindings, ["routing_key"]);
}

#[test]
fn queue_exchange_and_vhost_names_come_from_the_broker() {
    let vhost = TestVhost::new("complete");
    vhost.run(&["declare-queue", "orders-eu"]);
    vhost.run(&["declare-queue", "orders-us"]);
    vhost.run(&["declare-exchange", "orders-x"]);
    let env = [("MQ_VHOST", vhost.name.as_str())];
    assert_eq!(
        offered(&env, &["mq", "purge", "ord"]),
        ["orders-eu", "orders-us"]
    );
    assert_eq!(
        offered(&env, &["mq", "delete-queue", "orders-u"]),
        ["orders-us"]
    );
    assert_eq!(offered(&env, &["mq", "bind", "orders"]), ["orders-x"]);
    assert_eq!(
        offered(&env, &["mq", "bind", "orders-x", "orders-e"]),
        ["orders-eu"]
    );
    assert_eq!(
        offered(&env, &["mq", "produce", "--exchange", "ord"]),
        ["orders-x"]
    );
    // The vhost typed on the line is where names are asked for.
    let typed = offered(&[], &["mq", "-p", &vhost.name, "consume", "orders-e"]);
    assert_eq!(typed, ["orders-eu"]);
    let vhosts = offered(&[], &["mq", "--vhost", "mq-test-complete"]);
    assert!(vhosts.contains(&vhost.name), "{vhosts:?}");
}

#[test]
fn without_a_broker_names_are_silently_not_offered() {
    let env = [
        ("MQ_URL", "amqp://127.0.0.1:1"),
        ("MQ_API_URL", "http://127.0.0.1:1"),
    ];
    assert!(offered(&env, &["mq", "purge", ""]).is_empty());
    assert!(offered(&env, &["mq", "--vhost", ""]).is_empty());
}

#[test]
fn zsh_completes_column_names_and_no_file_names_for_names() {
    let script = Run::of(mq_bare().args(["completions", "zsh"]));
    script.assert_ok();
    let queues = script
        .stdout
        .split("\n(list-queues)\n")
        .nth(1)
        .and_then(|section| section.lines().find(|l| l.contains("--columns=")))
        .unwrap_or_else(|| panic!("no list-queues --columns in the zsh script"));
    assert!(
        queues.contains(":_sequence compadd - vhost name type durable messages ready"),
        "{queues}"
    );
    assert!(
        script
            .stdout
            .contains("':queue -- Queue to consume from:' \\"),
        "no _default"
    );
}
