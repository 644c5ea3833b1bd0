//! What an operator asks of the broker as a whole: its nodes, feature flags, deprecated
//! features, and runtime parameters (per vhost and global).

use serde_json::json;

use crate::common::*;

#[test]
fn list_nodes_shows_each_node_against_its_limits() {
    let run = Run::of(mq_command().args(["list-nodes", "--format", "json"]));
    run.assert_ok();
    let nodes: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let nodes = nodes.as_array().expect("an array");
    assert!(!nodes.is_empty());
    let node = &nodes[0];
    assert_eq!(node["running"], true, "{node}");
    assert!(
        node["name"].as_str().is_some_and(|n| n.contains('@')),
        "{node}"
    );
    if broker().stats_disabled {
        assert!(node["mem_used"].is_null(), "{node}");
        assert!(run.stderr.contains("no management statistics"), "{run:?}");
    } else {
        for column in [
            "uptime",
            "mem_used",
            "mem_limit",
            "disk_free",
            "disk_free_limit",
            "fd_total",
        ] {
            assert!(
                node[column].as_i64().is_some_and(|n| n > 0),
                "{column}: {node}"
            );
        }
        assert_eq!(node["mem_alarm"], false, "{node}");
        assert_eq!(node["disk_free_alarm"], false, "{node}");
        assert_eq!(node["partitions"], json!([]), "{node}");
    }
}

#[test]
fn feature_flags_are_listed_and_enabling_an_enabled_one_changes_nothing() {
    let flags = mq_json(&["list-feature-flags", "--filter", "^quorum_queue$"]);
    assert_eq!(flags[0]["state"], "enabled", "{flags}");
    let run = mq_run(&["enable_feature_flag", "quorum_queue"]);
    run.assert_ok();
    assert!(run.stderr.contains("enabled already"), "{run:?}");
    mq_run(&["enable-feature-flag", "no_such_flag"]).assert_failed(66, "no feature flag");
    mq_run(&["enable-feature-flag"]).assert_code(64);
    mq_run(&["enable-feature-flag", "quorum_queue", "--all"]).assert_code(64);
}

#[test]
fn deprecated_features_are_listed_where_the_broker_knows_them() {
    if broker().version < (3, 13) {
        mq_run(&["list-deprecated-features"]).assert_failed(69, "deprecated features");
        return;
    }
    let all = mq_json(&["list-deprecated-features"]);
    let all = all.as_array().expect("an array");
    assert!(!all.is_empty());
    assert!(
        all.iter().all(|f| f["deprecation_phase"].is_string()),
        "{all:?}"
    );
    let used = mq_json(&["list-deprecated-features", "--used"]);
    for feature in used.as_array().expect("an array") {
        assert!(
            all.iter().any(|f| f["name"] == feature["name"]),
            "{feature}"
        );
    }
}

#[test]
fn a_parameter_is_set_listed_and_cleared_in_its_vhost() {
    let vhost = TestVhost::new("parameters");
    vhost.run(&["set-parameter", "vhost-limits", "limits", "max-queues=3"]);
    let listed: serde_json::Value =
        serde_json::from_str(&vhost.run(&["list-parameters", "--format", "json"])).expect("json");
    assert_eq!(
        listed,
        json!([{"component": "vhost-limits", "name": "limits", "value": {"max-queues": 3}}])
    );
    // What it means, as list-vhost-limits says.
    assert_eq!(
        vhost.run(&["list-vhost-limits", "--columns", "max_queues"]),
        "3\n"
    );
    let by_component = mq_json(&[
        "list_parameters",
        "--component",
        "vhost-limits",
        "--all-vhosts",
    ]);
    assert!(
        by_component
            .as_array()
            .expect("an array")
            .iter()
            .any(|p| p["vhost"] == vhost.name.as_str()),
        "{by_component}"
    );
    assert_eq!(
        vhost.run(&["list-parameters", "--component", "federation-upstream"]),
        ""
    );

    vhost.run(&["clear-parameter", "vhost-limits", "limits"]);
    vhost
        .outcome(&["clear-parameter", "vhost-limits", "limits"])
        .assert_failed(66, "no vhost-limits parameter 'limits'");
    assert_eq!(vhost.run(&["list-parameters"]), "");
    vhost
        .outcome(&["set-parameter", "no-such-component", "x", "a=1"])
        .assert_failed(65, "component no-such-component not found");
    vhost
        .outcome(&["set-parameter", "vhost-limits", "limits"])
        .assert_code(64);
}

#[test]
fn global_parameters_include_the_cluster_id() {
    let listed = mq_json(&[
        "list-global-parameters",
        "--filter",
        "^internal_cluster_id$",
    ]);
    assert!(
        listed[0]["value"]
            .as_str()
            .is_some_and(|id| id.starts_with("rabbitmq-cluster-id-")),
        "{listed}"
    );
}
