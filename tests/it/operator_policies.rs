//! Policies and operator policies: declared with a typed definition, listed, seen applying to
//! a queue (list-queues' policy column and the broker enforcing it), deleted once.

use serde_json::json;

use crate::common::*;

#[test]
fn a_policy_applies_to_its_queues_and_list_queues_names_it() {
    let vhost = TestVhost::new("policy");
    vhost.run(&["declare-queue", "capped"]);
    vhost.run(&["declare-queue", "free"]);
    vhost.run(&[
        "declare-policy",
        "cap",
        "--pattern",
        "^capped$",
        "--apply-to",
        "queues",
        "--priority",
        "7",
        "--definition",
        "max-length=2",
        "--definition",
        "overflow=drop-head",
    ]);
    let listed: serde_json::Value =
        serde_json::from_str(&vhost.run(&["list-policies", "--format", "json"])).expect("json");
    assert_eq!(
        listed,
        json!([{
            "name": "cap",
            "pattern": "^capped$",
            "apply_to": "queues",
            "definition": {"max-length": 2, "overflow": "drop-head"},
            "priority": 7,
        }])
    );
    let policy_of = |queue: &str| -> serde_json::Value {
        let queues: serde_json::Value = serde_json::from_str(&vhost.run(&[
            "list-queues",
            "--columns",
            "name,policy",
            "--format",
            "json",
        ]))
        .expect("json");
        queues
            .as_array()
            .expect("an array")
            .iter()
            .find(|q| q["name"] == queue)
            .map(|q| q["policy"].clone())
            .unwrap_or_default()
    };
    wait_for("the policy to apply", WAIT, || policy_of("capped") == "cap");
    assert_ne!(policy_of("free"), "cap");
    vhost.produce_n("capped", 5, 10);
    assert_eq!(vhost.ready("capped"), 2);

    vhost.run(&["clear_policy", "cap"]);
    vhost
        .outcome(&["delete-policy", "cap"])
        .assert_failed(66, "policy 'cap' does not exist");
    assert_eq!(vhost.run(&["list-policies"]), "");
}

#[test]
fn operator_policies_are_declared_listed_and_deleted() {
    let vhost = TestVhost::new("operator-policy");
    vhost.run(&[
        "set_operator_policy",
        "ceiling",
        "--pattern",
        ".*",
        "--apply-to",
        "queues",
        "--definition",
        "max-length=1000",
    ]);
    let listed = mq_json(&[
        "list-operator-policies",
        "--all-vhosts",
        "--filter",
        "^ceiling$",
    ]);
    let ours: Vec<&serde_json::Value> = listed
        .as_array()
        .expect("an array")
        .iter()
        .filter(|p| p["vhost"] == vhost.name.as_str())
        .collect();
    assert_eq!(ours.len(), 1, "{listed}");
    assert_eq!(ours[0]["definition"], json!({"max-length": 1000}));
    vhost.run(&["delete-operator-policy", "ceiling"]);
    vhost
        .outcome(&["delete-operator-policy", "ceiling"])
        .assert_failed(66, "operator policy 'ceiling' does not exist");
}

#[test]
fn a_definition_the_broker_refuses_is_one_line_and_65() {
    let vhost = TestVhost::new("policy-refused");
    let run = vhost.outcome(&[
        "declare-policy",
        "bad",
        "--pattern",
        "x",
        "--definition",
        "max-length=many",
    ]);
    run.assert_failed(65, "is not a valid maximum length");
    assert_eq!(run.stderr.lines().count(), 1, "{run:?}");
    vhost
        .outcome(&[
            "declare-policy",
            "bad",
            "--pattern",
            "x",
            "--definition",
            "novalue",
        ])
        .assert_code(64);
    vhost
        .outcome(&["declare-policy", "bad", "--pattern", "x"])
        .assert_code(64);
    vhost
        .outcome(&[
            "declare-policy",
            "bad",
            "--pattern",
            "x",
            "--apply-to",
            "everything",
            "--definition",
            "max-length=1",
        ])
        .assert_code(64);
}
