//! Vhosts as an operator makes them: `declare-vhost`, `delete-vhost` (which says what went with
//! it, and asks first when that is anything) and the vhost limits.

use crate::common::*;

#[test]
fn a_declared_vhost_is_listed_with_its_description_and_tags() {
    let vhost = VhostName::new("declare-vhost");
    let name = vhost.name.as_str();
    mq_run(&[
        "declare-vhost",
        name,
        "--description",
        "orders of the shop",
        "--tag",
        "shop",
        "--tag",
        "eu",
    ])
    .assert_ok();
    let listed = mq_json(&["list-vhosts", "--filter", name]);
    let listed = listed.as_array().expect("an array");
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["description"], "orders of the shop");
    assert_eq!(listed[0]["tags"], serde_json::json!(["shop", "eu"]));
    // The alias, again: declaring is idempotent, and keeps what it is not given.
    mq_run(&["add_vhost", name]).assert_ok();
    mq_run(&["declare-vhost", name, "--description", "orders"]).assert_ok();
    let listed = mq_json(&["list-vhosts", "--filter", name]);
    assert_eq!(listed[0]["description"], "orders", "{listed:?}");
    assert_eq!(
        listed[0]["tags"],
        serde_json::json!(["shop", "eu"]),
        "{listed:?}"
    );
    mq_run(&["declare-vhost", name, "--tag", "us"]).assert_ok();
    let listed = mq_json(&["list-vhosts", "--filter", name]);
    assert_eq!(listed[0]["description"], "orders", "{listed:?}");
    assert_eq!(listed[0]["tags"], serde_json::json!(["us"]), "{listed:?}");
}

#[test]
fn delete_vhost_says_what_it_held_and_asks_first_when_it_held_anything() {
    let vhost = VhostName::new("delete-vhost");
    let name = vhost.name.as_str();
    mq_run(&["declare-vhost", name]).assert_ok();
    let run_in = |args: &[&str]| Run::of(mq_command().env("MQ_VHOST", name).args(args));
    run_in(&["declare-queue", "held"]).assert_ok();
    run_in(&["produce", "--routing-key", "held", "a", "b", "c"]).assert_ok();

    let dry = mq_run(&["delete-vhost", name, "--dry-run"]);
    dry.assert_ok();
    assert_eq!(
        dry.stdout,
        format!("would delete vhost {name}: 1 queue(s), 3 message(s)\n")
    );
    // Off a terminal, a vhost that holds queues is deleted only with --yes.
    mq_run(&["delete-vhost", name]).assert_failed(64, "give --yes");
    assert!(
        Admin::new()
            .send(reqwest::Method::GET, &["vhosts", name], None, WAIT)
            .is_ok_and(|(s, _)| s.is_success())
    );

    let deleted = mq_run(&["delete_vhost", name, "--yes"]);
    deleted.assert_ok();
    assert_eq!(
        deleted.stdout,
        format!("deleted vhost {name}: 1 queue(s), 3 message(s)\n")
    );
    // A 404 is not a deletion.
    mq_run(&["delete-vhost", name, "--yes"]).assert_failed(66, "does not exist");
}

#[test]
fn an_empty_vhost_is_deleted_without_asking() {
    let vhost = VhostName::new("delete-empty");
    let name = vhost.name.as_str();
    mq_run(&["declare-vhost", name]).assert_ok();
    let deleted = mq_run(&["delete-vhost", name]);
    deleted.assert_ok();
    assert_eq!(
        deleted.stdout,
        format!("deleted vhost {name}: 0 queue(s), 0 message(s)\n")
    );
}

#[test]
fn vhost_limits_are_set_listed_enforced_and_cleared() {
    let vhost = TestVhost::new("vhost-limits");
    let name = vhost.name.as_str();
    vhost.run(&["set-vhost-limit", name, "max-queues", "1"]);
    vhost.run(&["set_vhost_limits", name, "max-connections", "-1"]);
    let limits = mq_json(&["list-vhost-limits", "-p", name]);
    assert_eq!(
        limits,
        serde_json::json!([{"max_connections": -1, "max_queues": 1}])
    );
    vhost.run(&["declare-queue", "one"]);
    vhost.outcome(&["declare-queue", "two"]).assert_code(65);

    vhost.run(&["clear-vhost-limit", name, "max-queues"]);
    vhost
        .outcome(&["clear-vhost-limit", name, "max-queues"])
        .assert_failed(66, "has no max-queues limit");
    vhost.run(&["declare-queue", "two"]);
    vhost.run(&["clear-vhost-limit", name]);
    assert_eq!(
        mq_json(&["list-vhost-limits", "-p", name]),
        serde_json::json!([])
    );
}

#[test]
fn limits_are_range_checked_and_missing_vhosts_named() {
    for value in ["-2", "2147483648", "x"] {
        mq_run(&["set-vhost-limit", "any", "max-queues", value]).assert_code(64);
    }
    mq_run(&["set-vhost-limit", "any", "max-channels", "1"]).assert_code(64);
    let missing = unique("no-such-vhost");
    mq_run(&["set-vhost-limit", &missing, "max-queues", "1"])
        .assert_failed(66, &format!("vhost '{missing}' does not exist"));
    mq_run(&["delete-vhost", &missing]).assert_failed(66, "does not exist");
    mq_run(&["delete-vhost", ".."]).assert_code(64);
}
