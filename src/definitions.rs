//! Definitions as data, apart from the broker: the transformations an export can apply (what
//! moving a broker's definitions elsewhere needs, 3.x → 4.x above all), and what importing a
//! file would create or change on the broker (the dry run).

use serde_json::{Map, Value};

/// A change made to exported definitions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transform {
    /// Classic mirroring (`ha-*` policy keys) is gone from RabbitMQ 4.0, which refuses them:
    /// the keys are removed, and a policy left with nothing is dropped.
    StripHa,
    /// No users (another broker has its own).
    NoUsers,
    /// No permissions and topic permissions.
    NoPermissions,
    /// Every user's password hash emptied: such a user cannot log in with a password until
    /// one is set (`change-password`).
    ObfuscatePasswords,
}

/// Applies `transforms` in the order given; what each did, one line each, for stderr.
pub fn transform(definitions: &mut Value, transforms: &[Transform]) -> Vec<String> {
    let mut said = Vec::new();
    let Some(top) = definitions.as_object_mut() else {
        return said;
    };
    for transform in transforms {
        match transform {
            Transform::StripHa => said.push(strip_ha(top)),
            Transform::NoUsers => {
                let users = count(top.remove("users"));
                said.push(format!("left out {users} user(s)"));
            }
            Transform::NoPermissions => {
                let permissions = count(top.remove("permissions"));
                let topic = count(top.remove("topic_permissions"));
                said.push(format!(
                    "left out {permissions} permission(s) and {topic} topic permission(s)"
                ));
            }
            Transform::ObfuscatePasswords => {
                let mut emptied = 0;
                for user in objects_mut(top, "users") {
                    if user.get("password_hash").is_some_and(|h| h != "") {
                        user.insert("password_hash".into(), Value::from(""));
                        emptied += 1;
                    }
                }
                said.push(format!(
                    "emptied the password hashes of {emptied} user(s): they cannot log in with a password until one is set"
                ));
            }
        }
    }
    said
}

fn count(value: Option<Value>) -> usize {
    value.as_ref().and_then(Value::as_array).map_or(0, Vec::len)
}

fn objects_mut<'a>(
    top: &'a mut Map<String, Value>,
    kind: &str,
) -> impl Iterator<Item = &'a mut Map<String, Value>> {
    top.get_mut(kind)
        .and_then(Value::as_array_mut)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object_mut)
}

fn strip_ha(top: &mut Map<String, Value>) -> String {
    let mut stripped = 0;
    for policy in objects_mut(top, "policies") {
        if let Some(definition) = policy.get_mut("definition").and_then(Value::as_object_mut) {
            let before = definition.len();
            definition.retain(|key, _| !key.starts_with("ha-"));
            if definition.len() < before {
                stripped += 1;
            }
        }
    }
    let mut dropped = Vec::new();
    if let Some(policies) = top.get_mut("policies").and_then(Value::as_array_mut) {
        policies.retain(|policy| {
            let empty = policy
                .get("definition")
                .and_then(Value::as_object)
                .is_some_and(Map::is_empty);
            if empty {
                dropped.push(text(policy, "name").to_owned());
            }
            !empty
        });
    }
    let mut line = format!("removed the ha-* keys from {stripped} policy(ies)");
    if !dropped.is_empty() {
        let names: Vec<String> = dropped.iter().map(|n| format!("'{n}'")).collect();
        line.push_str(&format!(
            "; left out {} that held nothing else: {}",
            dropped.len(),
            names.join(", ")
        ));
    }
    line
}

fn text<'a>(object: &'a Value, key: &str) -> &'a str {
    object.get(key).and_then(Value::as_str).unwrap_or("")
}

/// What importing one object of the file would do.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    Create,
    /// The broker has it with other values for these fields of the file's.
    Alter(Vec<String>),
    Same,
}

/// One object of the file and what its import would do.
#[derive(Debug, PartialEq, Eq)]
pub struct Planned {
    /// How it is named in a message: "queue 'q' in vhost 'v'".
    pub what: String,
    pub change: Change,
    /// The broker refuses to redeclare it with other values (queues, exchanges): the import
    /// would fail there.
    pub refused: bool,
}

/// Each kind of object of a definitions file: its key in the file, how one is called, the
/// fields that make its identity (beside its vhost, for the vhost-bound kinds).
struct Kind {
    key: &'static str,
    what: &'static str,
    identity: &'static [&'static str],
    in_vhost: bool,
    /// Declared over AMQP, where other values are a PRECONDITION_FAILED.
    strict: bool,
}

const KINDS: &[Kind] = &[
    Kind::new("vhosts", "vhost", &["name"], false, false),
    Kind::new("users", "user", &["name"], false, false),
    Kind::new("permissions", "permissions of user", &["user"], true, false),
    Kind::new(
        "topic_permissions",
        "topic permissions of user",
        &["user", "exchange"],
        true,
        false,
    ),
    Kind::new(
        "parameters",
        "parameter",
        &["component", "name"],
        true,
        false,
    ),
    Kind::new(
        "global_parameters",
        "global parameter",
        &["name"],
        false,
        false,
    ),
    Kind::new("policies", "policy", &["name"], true, false),
    Kind::new("exchanges", "exchange", &["name"], true, true),
    Kind::new("queues", "queue", &["name"], true, true),
    Kind::new(
        "bindings",
        "binding",
        &[
            "source",
            "destination",
            "destination_type",
            "routing_key",
            "arguments",
        ],
        true,
        false,
    ),
];

impl Kind {
    const fn new(
        key: &'static str,
        what: &'static str,
        identity: &'static [&'static str],
        in_vhost: bool,
        strict: bool,
    ) -> Kind {
        Kind {
            key,
            what,
            identity,
            in_vhost,
            strict,
        }
    }

    /// The object's identity: its identity fields and, for vhost-bound kinds, its vhost
    /// (`vhost` when the file, exported for one vhost, does not say).
    fn identity(&self, object: &Value, vhost: Option<&str>) -> Vec<Value> {
        let mut identity: Vec<Value> = self
            .identity
            .iter()
            .map(|field| object.get(*field).cloned().unwrap_or(Value::Null))
            .collect();
        if self.in_vhost {
            let own = object.get("vhost").and_then(Value::as_str).or(vhost);
            identity.push(own.map_or(Value::Null, Value::from));
        }
        identity
    }

    fn describe(&self, object: &Value, vhost: Option<&str>) -> String {
        let name = match self.key {
            "bindings" => format!(
                "from '{}' to {} '{}' with key '{}'",
                text(object, "source"),
                text(object, "destination_type"),
                text(object, "destination"),
                text(object, "routing_key")
            ),
            "permissions" | "topic_permissions" => format!("'{}'", text(object, "user")),
            _ => format!("'{}'", text(object, "name")),
        };
        let in_vhost = match (
            self.in_vhost,
            object.get("vhost").and_then(Value::as_str).or(vhost),
        ) {
            (true, Some(vhost)) => format!(" in vhost '{vhost}'"),
            _ => String::new(),
        };
        format!("{} {name}{in_vhost}", self.what)
    }
}

/// What importing `file` into a broker whose definitions are `broker` would do, object by
/// object, in the file's order (kinds in the order the broker imports them). `vhost`: the
/// vhost of a file exported for one vhost (its objects do not name it).
pub fn plan(file: &Value, broker: &Value, vhost: Option<&str>) -> Vec<Planned> {
    let mut planned = Vec::new();
    for kind in KINDS {
        let theirs: Vec<&Value> = broker
            .get(kind.key)
            .and_then(Value::as_array)
            .map(|objects| objects.iter().collect())
            .unwrap_or_default();
        let ours = file.get(kind.key).and_then(Value::as_array);
        for object in ours.into_iter().flatten() {
            let identity = kind.identity(object, vhost);
            let existing = theirs
                .iter()
                .find(|other| kind.identity(other, vhost) == identity);
            let change = match existing {
                None => Change::Create,
                Some(existing) => {
                    let differing = differing(object, existing);
                    if differing.is_empty() {
                        Change::Same
                    } else {
                        Change::Alter(differing)
                    }
                }
            };
            let refused = kind.strict && matches!(change, Change::Alter(_));
            planned.push(Planned {
                what: kind.describe(object, vhost),
                change,
                refused,
            });
        }
    }
    planned
}

/// The file's fields whose values the broker's object does not share (the broker's own
/// additions, such as 4.x's `x-queue-type` among a queue's arguments, do not count).
fn differing(ours: &Value, theirs: &Value) -> Vec<String> {
    let Some(ours) = ours.as_object() else {
        return Vec::new();
    };
    ours.iter()
        .filter(|(field, value)| field.as_str() != "vhost" && !covers(theirs.get(*field), value))
        .map(|(field, _)| field.clone())
        .collect()
}

/// Whether the broker's value says what the file's does: objects key by key, the rest equal.
fn covers(theirs: Option<&Value>, ours: &Value) -> bool {
    match (theirs, ours) {
        (Some(Value::Object(theirs)), Value::Object(ours)) => ours
            .iter()
            .all(|(key, value)| covers(theirs.get(key), value)),
        (Some(theirs), ours) => theirs == ours,
        (None, ours) => ours.is_null(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn strip_ha_removes_the_keys_and_drops_policies_left_empty() {
        let mut definitions = json!({"policies": [
            {"name": "mirrored", "definition": {"ha-mode": "all", "ha-sync-mode": "automatic"}},
            {"name": "mixed", "definition": {"ha-mode": "all", "max-length": 10}},
            {"name": "plain", "definition": {"max-length": 5}},
        ]});
        let said = transform(&mut definitions, &[Transform::StripHa]);
        assert_eq!(
            definitions["policies"],
            json!([
                {"name": "mixed", "definition": {"max-length": 10}},
                {"name": "plain", "definition": {"max-length": 5}},
            ])
        );
        assert_eq!(
            said,
            [
                "removed the ha-* keys from 2 policy(ies); left out 1 that held nothing else: 'mirrored'"
            ]
        );
    }

    #[test]
    fn users_permissions_and_hashes_can_be_left_out() {
        let mut definitions = json!({
            "users": [{"name": "a", "password_hash": "xyz", "tags": []}],
            "permissions": [{"user": "a", "vhost": "/"}],
            "topic_permissions": [],
        });
        let said = transform(&mut definitions, &[Transform::ObfuscatePasswords]);
        assert_eq!(definitions["users"][0]["password_hash"], "");
        assert!(said[0].starts_with("emptied the password hashes of 1 user(s)"));
        transform(
            &mut definitions,
            &[Transform::NoUsers, Transform::NoPermissions],
        );
        assert_eq!(definitions, json!({}));
    }

    #[test]
    fn the_plan_says_what_is_new_what_differs_and_what_is_kept() {
        let broker = json!({
            "queues": [{"name": "q", "vhost": "v", "durable": true,
                        "arguments": {"x-queue-type": "classic"}}],
            "policies": [{"name": "p", "vhost": "v", "pattern": ".*", "definition": {"max-length": 1}}],
        });
        let file = json!({
            "queues": [
                {"name": "q", "vhost": "v", "durable": true, "arguments": {}},
                {"name": "new", "vhost": "v", "durable": true, "arguments": {}},
                {"name": "q", "vhost": "other", "durable": true, "arguments": {}},
            ],
            "policies": [{"name": "p", "vhost": "v", "pattern": ".*", "definition": {"max-length": 2}}],
        });
        let planned = plan(&file, &broker, None);
        let summary: Vec<(&str, &Change)> = planned
            .iter()
            .map(|p| (p.what.as_str(), &p.change))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "policy 'p' in vhost 'v'",
                    &Change::Alter(vec!["definition".into()])
                ),
                ("queue 'q' in vhost 'v'", &Change::Same),
                ("queue 'new' in vhost 'v'", &Change::Create),
                ("queue 'q' in vhost 'other'", &Change::Create),
            ]
        );
        assert!(!planned[0].refused, "a policy is replaced, not refused");
    }

    #[test]
    fn a_queue_declared_otherwise_is_refused_and_a_vhost_files_objects_take_its_vhost() {
        let broker = json!({"queues": [{"name": "q", "vhost": "v", "durable": true}]});
        let file = json!({"queues": [{"name": "q", "durable": false}]});
        let planned = plan(&file, &broker, Some("v"));
        assert_eq!(planned[0].change, Change::Alter(vec!["durable".into()]));
        assert!(planned[0].refused);
        assert_eq!(planned[0].what, "queue 'q' in vhost 'v'");
    }
}
