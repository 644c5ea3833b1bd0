//! Usage errors teach: clap's whole message behind one `mq: ` (what is missing, the usage line,
//! the accepted values, the command or flag that was meant), exit 64, nothing run, a refused
//! value never repeated (it may be a password), and a closing hint naming the command's help.

use crate::bad_input::{SECRET, assert_unchanged, case, check, populated};
use crate::common::{Run, mq_command};

/// What a usage error says: its `mq: ` line, the indented lines under it, the hint.
struct Said {
    first: String,
    body: String,
    hint: String,
}

fn said(args: &[&str]) -> Said {
    let run = Run::clean(mq_command().args(args), &[SECRET]);
    run.assert_failed(64, "");
    let prefixed: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("mq: "))
        .collect();
    assert_eq!(prefixed.len(), 2, "a message and a hint: {:?}", run.stderr);
    Said {
        first: prefixed[0].to_owned(),
        body: run.stderr.clone(),
        hint: prefixed[1].to_owned(),
    }
}

#[test]
fn a_missing_argument_is_named_with_the_usage_line_and_the_commands_help() {
    for (args, missing, usage) in [
        (&["consume"][..], "<QUEUE>", "Usage: mq consume <QUEUE>"),
        (
            &["bind"],
            "<DESTINATION>",
            "Usage: mq bind <SOURCE> <DESTINATION>",
        ),
        (
            &["declare-queue"],
            "<NAME>",
            "Usage: mq declare-queue <NAME>",
        ),
        (&["completions"], "<SHELL>", "Usage: mq completions <SHELL>"),
        (
            &["consume", "q", "--requeue"],
            "--reject",
            "Usage: mq consume --reject",
        ),
    ] {
        let said = said(args);
        assert_eq!(
            said.first, "mq: the following required arguments were not provided:",
            "{args:?}"
        );
        assert!(
            said.body.contains(&format!("\n      {missing}\n")),
            "{args:?}: {}",
            said.body
        );
        assert!(
            said.body.contains(&format!("\n    {usage}")),
            "{args:?}: {}",
            said.body
        );
        assert_eq!(said.hint, format!("mq: see 'mq {} --help'", args[0]));
    }
}

#[test]
fn a_refused_value_lists_what_is_accepted_and_is_not_repeated() {
    let said_format = said(&["list-queues", "--format", "xml"]);
    assert_eq!(
        said_format.first,
        "mq: invalid value for '--format <FORMAT>'"
    );
    assert!(
        said_format
            .body
            .contains("[possible values: table, tsv, csv, json]"),
        "{}",
        said_format.body
    );
    assert!(!said_format.body.contains("xml"), "{}", said_format.body);
    assert_eq!(said_format.hint, "mq: see 'mq list-queues --help'");
    let said_type = said(&["declare-queue", "q", "--type", SECRET]);
    assert!(
        said_type
            .body
            .contains("[possible values: classic, quorum, stream]"),
        "{}",
        said_type.body
    );
    assert_eq!(said_type.hint, "mq: see 'mq declare-queue --help'");
    // The command is found past global options and their values, and through an alias.
    let aliased = said(&["--vhost", "bind", "list_queues", "--format", "xml"]);
    assert_eq!(aliased.hint, "mq: see 'mq list-queues --help'");
}

#[test]
fn a_mistyped_command_or_flag_gets_what_was_meant() {
    let command = said(&["list-queue"]);
    assert!(
        command
            .body
            .contains("tip: did you mean one of 'list-queues', "),
        "{}",
        command.body
    );
    assert!(
        !command.body.contains("list_queues"),
        "aliases are not offered twice"
    );
    assert!(!command.body.contains("***"), "{}", command.body);
    assert_eq!(command.hint, "mq: see 'mq --help'");
    let flag = said(&["list-queues", "--colums", "name"]);
    assert!(flag.first.contains("'--colums'"), "{}", flag.first);
    assert!(flag.body.contains("'--columns'"), "{}", flag.body);
    assert!(flag.body.contains("Usage: mq list-queues"), "{}", flag.body);
    assert_eq!(flag.hint, "mq: see 'mq list-queues --help'");
}

#[test]
fn a_bad_filter_says_what_is_wrong_in_one_line() {
    let said = said(&["list-queues", "--filter", "orders.(eu"]);
    assert_eq!(
        said.first,
        "mq: invalid value for '--filter <REGEX>': invalid regex: unclosed group (at character 8)"
    );
    assert!(!said.body.contains("orders"), "{}", said.body);
}

/// The same as cases of the bad-input matrix: nothing run, nothing changed, nothing leaked.
#[test]
fn usage_errors_change_nothing_and_leak_nothing() {
    let vhost = populated("usage");
    let cases = vec![
        case("missing queue", &["consume"], 64, "not provided"),
        case(
            "unknown type",
            &["declare-queue", "new", "--type", SECRET],
            64,
            "--type",
        ),
        case(
            "password as a format",
            &["list-queues", "--format", SECRET],
            64,
            "--format",
        ),
        case(
            "password as a command",
            &[SECRET],
            64,
            "unrecognized subcommand",
        ),
        case(
            "password as a flag value",
            &["purge", "--timeout", SECRET],
            64,
            "--timeout",
        ),
        case(
            "password after a typo",
            &["purge", "--tiemout", SECRET],
            64,
            "--tiemout",
        ),
    ];
    check(&vhost, cases);
    assert_unchanged(&vhost);
}
