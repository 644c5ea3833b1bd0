//! What rabbitmqctl and rabbitmqadmin users type: rabbitmqctl's names as aliases, `-p` for the
//! vhost, and rabbitmqadmin's spellings answered with the mq command to use (64), a password
//! typed for rabbitmqadmin never repeated.

use crate::common::*;

#[test]
fn rabbitmqctl_names_and_p_work_as_mq_commands() {
    let vhost = VhostName::new("habits");
    let name = vhost.name.as_str();
    mq_run(&["add_vhost", name]).assert_ok();
    mq_run(&["-p", name, "declare_queue", "q1"]).assert_ok();
    let listed = Run::of(mq_command().args(["list_queues", "-p", name, "--columns", "name"]));
    listed.assert_ok();
    assert_eq!(listed.stdout, "q1\n");
    mq_run(&[
        "-p",
        name,
        "set_policy",
        "p",
        "--pattern",
        ".",
        "--definition",
        "max-length=1",
    ])
    .assert_ok();
    assert_eq!(
        mq_run(&["-p", name, "list_policies", "--columns", "name"]).stdout,
        "p\n"
    );
    mq_run(&["-p", name, "clear_policy", "p"]).assert_ok();
    mq_run(&["-p", name, "delete_queue", "q1"]).assert_ok();
    mq_run(&["delete_vhost", name]).assert_ok();
}

#[test]
fn rabbitmqadmin_spellings_are_answered_with_the_mq_command() {
    for (typed, answer) in [
        (&["list", "queues"][..], "mq list-queues"),
        (
            &["-p", "shop", "list", "queues", "name", "messages"],
            "mq list-queues --columns name,messages",
        ),
        (
            &["declare", "queue", "name=jobs", "durable=true"],
            "mq declare-queue jobs",
        ),
        (
            &["delete", "exchange", "name=logs"],
            "mq delete-exchange logs",
        ),
        (&["show", "overview"], "mq overview"),
        (
            &["close", "connection", "name=c1"],
            "mq close-connection c1",
        ),
        (&["export", "defs.json"], "mq export-definitions defs.json"),
    ] {
        let run = mq_run(typed);
        run.assert_failed(64, answer);
        assert!(run.stderr.contains("rabbitmqadmin's spelling"), "{run:?}");
    }
    let secret = "Ops-admin-secret-4f2a";
    let password = format!("password={secret}");
    let run = Run::clean(
        mq_command().args(["declare", "user", "name=bob", &password]),
        &[secret],
    );
    run.assert_failed(64, "mq declare-user bob");
}

#[test]
fn list_commands_take_column_words_as_rabbitmqctl_does() {
    let vhost = TestVhost::new("column-words");
    vhost.run(&["declare-queue", "q1"]);
    vhost.produce_n("q1", 2, 4);
    assert_eq!(
        vhost.run(&["list_queues", "name", "messages", "consumers"]),
        "q1\t2\t0\n"
    );
    assert_eq!(
        vhost.run(&["list-exchanges", "name", "type", "--filter", "^amq.topic$"]),
        "amq.topic\ttopic\n"
    );
    vhost
        .outcome(&["list-queues", "name", "no_such_column"])
        .assert_failed(64, "unknown column 'no_such_column'");
    vhost
        .outcome(&["list-queues", "name", "--columns", "name"])
        .assert_code(64);
}
