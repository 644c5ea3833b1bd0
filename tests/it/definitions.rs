//! Definitions for moving a broker: `export-definitions --transform` (the 3.x → 4.x move, where
//! classic mirroring's ha-* policy keys must go) and `import-definitions --dry-run`, which says
//! what an import would create or change and changes nothing.

use serde_json::{Value, json};

use crate::common::{self, Admin, Run, TestVhost, mq_command, temp_file};

fn export_all(transform: &str) -> (Value, String) {
    let run = Run::of(mq_command().args(["export-definitions", "--transform", transform]));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    (serde_json::from_str(&run.stdout).expect("json"), run.stderr)
}

fn policies_of<'a>(definitions: &'a Value, vhost: &str) -> Vec<&'a Value> {
    definitions["policies"]
        .as_array()
        .expect("policies")
        .iter()
        .filter(|p| p["vhost"] == vhost)
        .collect()
}

#[test]
fn export_strips_ha_keys_users_permissions_and_password_hashes() {
    let vhost = TestVhost::new("defs-transform");
    let admin = Admin::new();
    let policy = |name: &str, definition: Value| {
        admin.put(
            &["policies", &vhost.name, name],
            &json!({"pattern": format!("^{name}"), "definition": definition}),
        );
    };
    policy("plain", json!({"max-length": 5}));
    // 4.x refuses classic mirroring: only 3.x can hold such policies to strip.
    let mirrored = !common::broker().is_4x();
    if mirrored {
        policy("mirrored", json!({"ha-mode": "all"}));
        policy("mixed", json!({"ha-mode": "all", "max-length": 10}));
    }
    let (stripped, said) = export_all("strip-ha,no-users,no-permissions");
    let mut names: Vec<(&str, &Value)> = policies_of(&stripped, &vhost.name)
        .into_iter()
        .map(|p| (p["name"].as_str().unwrap_or(""), &p["definition"]))
        .collect();
    names.sort_by_key(|(name, _)| *name);
    let plain = json!({"max-length": 5});
    let mixed = json!({"max-length": 10});
    let mut expected = vec![("plain", &plain)];
    if mirrored {
        expected.insert(0, ("mixed", &mixed));
        assert!(
            said.contains("left out 1 that held nothing else: 'mirrored'"),
            "{said}"
        );
    }
    assert_eq!(names, expected);
    assert!(stripped.get("users").is_none(), "users left out");
    assert!(
        stripped.get("permissions").is_none(),
        "permissions left out"
    );
    assert!(stripped.get("topic_permissions").is_none());
    assert!(said.contains("mq: left out "), "{said}");

    let (obfuscated, said) = export_all("obfuscate-passwords");
    let users = obfuscated["users"].as_array().expect("users");
    assert!(!users.is_empty());
    assert!(users.iter().all(|u| u["password_hash"] == ""), "{users:?}");
    assert!(said.contains("emptied the password hashes of "), "{said}");
    // The broker itself keeps its users' hashes.
    let (user, _) = common::broker_credentials();
    assert_ne!(admin.get(&["users", &user])["password_hash"], "");
}

#[test]
fn an_import_dry_run_says_what_it_would_do_and_does_nothing() {
    let vhost = TestVhost::new("defs-dry-run");
    vhost.run(&["declare-queue", "kept"]);
    vhost.run(&["declare-queue", "durable-here"]);
    let admin = Admin::new();
    admin.put(
        &["policies", &vhost.name, "p"],
        &json!({"pattern": "^kept$", "definition": {"max-length": 1}}),
    );
    // A vhost's export names no vhost in its objects: the one given is theirs.
    let file = json!({
        "queues": [
            {"name": "kept", "durable": true, "auto_delete": false, "arguments": {}},
            {"name": "fresh", "durable": true, "auto_delete": false, "arguments": {}},
            {"name": "durable-here", "durable": false, "auto_delete": false, "arguments": {}},
        ],
        "policies": [
            {"name": "p", "pattern": "^kept$", "apply-to": "all", "priority": 0,
             "definition": {"max-length": 2}},
        ],
    });
    let file = temp_file(file.to_string().as_bytes());
    let path = file.path().to_str().expect("path");
    let run = vhost.expect_code(&["import-definitions", path, "--dry-run"], 0);
    let v = &vhost.name;
    assert_eq!(
        run.stdout,
        format!(
            "would change policy 'p' in vhost '{v}': definition\n\
             would create queue 'fresh' in vhost '{v}'\n\
             would fail on queue 'durable-here' in vhost '{v}': the broker has it with another durable and refuses to redeclare it\n\
             dry run into vhost '{v}': 1 to create, 1 to change, 1 refused, 1 as they are; nothing was imported\n"
        ),
        "{}",
        run.stderr
    );
    // Nothing was done.
    assert!(vhost.passive("fresh").is_none(), "the queue was created");
    assert_eq!(
        admin.get(&["policies", v, "p"])["definition"],
        json!({"max-length": 1})
    );
}
