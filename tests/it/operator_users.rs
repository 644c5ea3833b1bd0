//! Users and permissions as an operator manages them: passwords only from a file, standard
//! input or a prompt (never argv, never printed), tags, permissions and topic permissions, and
//! that the broker then lets the user in (or not) accordingly.

use crate::common::*;

const PASSWORD: &str = "Ops-test-pw-7a1c";
const OTHER: &str = "Ops-test-pw-other-93be";

/// `mq declare-user NAME`, the password on standard input.
fn declare_user(name: &str) {
    Run::with_stdin(
        mq_command().args(["declare-user", name]),
        PASSWORD.as_bytes(),
    )
    .assert_ok();
}

#[test]
fn a_user_declared_from_stdin_logs_in_and_its_password_is_never_shown() {
    let vhost = TestVhost::new("user-stdin");
    let user = UserName::new("stdin");
    let name = user.name.as_str();
    let run = Run::with_stdin(
        mq_command().args(["declare-user", name, "--tag", "monitoring"]),
        format!("{PASSWORD}\n").as_bytes(),
    );
    run.assert_ok();
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    // A user that exists is refused, not silently given another password.
    let again = Run::with_stdin(
        mq_command().args(["add_user", name]),
        format!("{OTHER}\n").as_bytes(),
    );
    again.assert_failed(65, "exists already");

    let listed = mq_json(&[
        "list-users",
        "--filter",
        name,
        "--columns",
        "name,tags,hashing_algorithm,limits",
    ]);
    assert_eq!(listed[0]["name"], name);
    assert_eq!(listed[0]["tags"], serde_json::json!(["monitoring"]));
    let keys: Vec<&String> = listed[0].as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["name", "tags", "hashing_algorithm", "limits"]);
    mq_run(&["list-users", "--columns", "password_hash"]).assert_failed(64, "unknown column");

    // No permissions yet: refused (77); with them, in.
    let declare = || {
        let mut cmd = mq_as(name, PASSWORD, &vhost.name);
        cmd.args(["declare-queue", "mine"]);
        cmd
    };
    Run::clean(&mut declare(), &[PASSWORD]).assert_code(77);
    vhost.run(&[
        "set-permissions",
        name,
        "--configure",
        ".*",
        "--write",
        ".*",
        "--read",
        ".*",
    ]);
    Run::clean(&mut declare(), &[PASSWORD]).assert_ok();
}

#[test]
fn change_password_takes_a_file_and_keeps_the_tags() {
    let user = UserName::new("change");
    let name = user.name.as_str();
    let first = temp_file(format!("{PASSWORD}\n").as_bytes());
    let first_path = first.path().to_str().expect("a UTF-8 path");
    mq_run(&[
        "declare-user",
        name,
        "--tag",
        "management",
        "--new-password-file",
        first_path,
    ])
    .assert_ok();
    let second = temp_file(OTHER.as_bytes());
    let second_path = second.path().to_str().expect("a UTF-8 path");
    mq_run(&["change_password", name, "--new-password-file", second_path]).assert_ok();
    // The API's own word on who may log in: /api/whoami as the user.
    let whoami = |password: &str| {
        Admin::with(&api_url(), name, password)
            .send(reqwest::Method::GET, &["whoami"], None, WAIT)
            .map(|(status, _)| status)
    };
    assert_eq!(whoami(OTHER), Ok(reqwest::StatusCode::OK));
    assert_eq!(whoami(PASSWORD), Ok(reqwest::StatusCode::UNAUTHORIZED));
    assert_eq!(
        mq_json(&["list-users", "--filter", name])[0]["tags"],
        serde_json::json!(["management"])
    );

    let missing = unique("no-such-user");
    Run::with_stdin(
        mq_command().args(["change-password", &missing]),
        b"x-pw-12345\n",
    )
    .assert_failed(66, &format!("user '{missing}' does not exist"));
}

#[test]
fn a_password_hash_from_another_user_lets_in_with_that_users_password() {
    let source = UserName::new("hash-source");
    let copy = UserName::new("hash-copy");
    declare_user(&source.name);
    let stored = Admin::new().get(&["users", &source.name]);
    let hash = stored["password_hash"].as_str().expect("a hash");
    let algorithm = stored["hashing_algorithm"].as_str().expect("an algorithm");
    mq_run(&[
        "declare-user",
        &copy.name,
        "--password-hash",
        hash,
        "--hashing-algorithm",
        algorithm,
        // The management API lets in only users with a management tag.
        "--tag",
        "management",
    ])
    .assert_ok();
    let status = Admin::with(&api_url(), &copy.name, PASSWORD)
        .send(reqwest::Method::GET, &["whoami"], None, WAIT)
        .map(|(status, _)| status);
    assert_eq!(status, Ok(reqwest::StatusCode::OK));
}

#[test]
fn passwords_never_come_from_argv_and_an_empty_one_is_refused() {
    let user = UserName::new("argv");
    let name = user.name.as_str();
    let run = mq_run(&["declare-user", name, "--password", PASSWORD]);
    run.assert_code(64);
    assert!(!run.stderr.contains(PASSWORD), "{run:?}");
    Run::with_stdin(mq_command().args(["declare-user", name]), b"\n")
        .assert_failed(64, "no password");
    mq_run(&["list-users", "--filter", name]).assert_ok();
    assert_eq!(mq_run(&["list-users", "--filter", name]).stdout, "");
    mq_run(&["delete-user", name]).assert_failed(66, "does not exist");
}

#[test]
fn permissions_are_set_listed_and_cleared_per_vhost() {
    let vhost = TestVhost::new("permissions");
    let user = UserName::new("perm");
    let name = user.name.as_str();
    declare_user(name);
    vhost.run(&[
        "set_permissions",
        name,
        "--configure",
        "^own-",
        "--write",
        ".*",
        "--read",
        ".*",
    ]);
    let listed: serde_json::Value = serde_json::from_str(&vhost.run(&[
        "list-permissions",
        "--filter",
        name,
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(
        listed,
        serde_json::json!([{"user": name, "configure": "^own-", "write": ".*", "read": ".*"}])
    );
    let of_user = mq_json(&["list-permissions", "--of", name]);
    assert_eq!(of_user[0]["vhost"], vhost.name.as_str());

    // What the regexes allow, and no more.
    Run::clean(
        mq_as(name, PASSWORD, &vhost.name).args(["declare-queue", "own-q"]),
        &[PASSWORD],
    )
    .assert_ok();
    Run::clean(
        mq_as(name, PASSWORD, &vhost.name).args(["declare-queue", "other"]),
        &[PASSWORD],
    )
    .assert_code(77);

    vhost.run(&["clear-permissions", name]);
    vhost
        .outcome(&["clear-permissions", name])
        .assert_failed(66, "has no permissions");
    assert_eq!(vhost.run(&["list-permissions", "--filter", name]), "");
    let missing = unique("nobody");
    vhost
        .outcome(&[
            "set-permissions",
            &missing,
            "--configure",
            "",
            "--write",
            "",
            "--read",
            "",
        ])
        .assert_failed(66, "does not exist");
}

#[test]
fn topic_permissions_are_set_listed_and_cleared() {
    let vhost = TestVhost::new("topic-permissions");
    let user = UserName::new("topic");
    let name = user.name.as_str();
    declare_user(name);
    vhost.run(&[
        "set-topic-permissions",
        name,
        "--exchange",
        "amq.topic",
        "--write",
        "^a\\.",
        "--read",
        ".*",
    ]);
    let listed: serde_json::Value =
        serde_json::from_str(&vhost.run(&["list_topic_permissions", "--format", "json"]))
            .expect("json");
    assert_eq!(
        listed,
        serde_json::json!([{"user": name, "exchange": "amq.topic", "write": "^a\\.", "read": ".*"}])
    );
    vhost.run(&["clear-topic-permissions", name]);
    vhost
        .outcome(&["clear-topic-permissions", name])
        .assert_failed(66, "has no topic permissions");
}
