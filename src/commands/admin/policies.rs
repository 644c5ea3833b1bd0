//! Policies and operator policies: `declare-policy`, `delete-policy`, `list-policies` and their
//! operator counterparts, one implementation for both (they differ in the API's collection).
//! The definition is typed `KEY=VALUE`s, as `--arg` takes them.

use std::io::Write;

use clap::Args;
use lapin::types::AMQPValue;
use serde_json::json;

use super::{list_at, named_missing};
use crate::commands::list::ListArgs;
use crate::context::Context;
use crate::error::Result;
use crate::listing::fields::Field;
use crate::listing::{Column, Kind, Scope};
use crate::values::{TypedArg, parse_typed_arg};

#[derive(Debug, Args)]
pub struct DeclareArgs {
    /// Policy name
    pub name: String,
    /// Regex of the names of the queues (or exchanges) it applies to (Erlang regex, unanchored)
    #[arg(long, value_name = "REGEX")]
    pub pattern: String,
    /// What it applies to; operator policies take only queue kinds
    #[arg(long, value_name = "KIND", default_value = "all", value_parser = [
        "all", "queues", "exchanges", "classic_queues", "quorum_queues", "streams",
    ])]
    pub apply_to: String,
    /// Of the policies matching a name, the one with the highest priority applies [range: -2^31
    /// to 2^31-1]
    #[arg(
        long,
        value_name = "N",
        default_value_t = 0,
        allow_negative_numbers = true
    )]
    pub priority: i32,
    /// One key of the definition, typed: integers and true/false stay so, "quoted" stays a
    /// string (max-length=1000, queue-mode=lazy, dead-letter-exchange=dlx); repeat for more
    #[arg(long = "definition", value_name = "KEY=VALUE", required = true,
          value_parser = parse_typed_arg)]
    pub definition: Vec<TypedArg>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Policy name
    pub name: String,
}

const POLICY_COLUMNS: &[Column] = &[
    Column::new("vhost", "vhost").extra(),
    Column::new("name", "name"),
    Column::new("pattern", "pattern"),
    Column::new("apply_to", "apply-to"),
    Column::new("definition", "definition"),
    Column::new("priority", "priority"),
];

pub const POLICIES: Kind = Kind {
    collection: "policies",
    scope: Scope::Suffix,
    columns: POLICY_COLUMNS,
    filter: &[Field::new("name")],
    disable_stats: false,
};

pub const OPERATOR_POLICIES: Kind = Kind {
    collection: "operator-policies",
    ..POLICIES
};

/// A typed value as JSON: the definition's numbers and booleans stay so.
fn json_value(value: &AMQPValue) -> serde_json::Value {
    match value {
        AMQPValue::LongLongInt(n) => json!(n),
        AMQPValue::Boolean(b) => json!(b),
        AMQPValue::LongString(s) => json!(String::from_utf8_lossy(s.as_bytes())),
        other => json!(format!("{other:?}")),
    }
}

/// The typed `KEY=VALUE`s as a JSON object (a later key replaces an earlier one).
pub fn json_object(args: &[TypedArg]) -> serde_json::Value {
    let map: serde_json::Map<String, serde_json::Value> = args
        .iter()
        .map(|arg| (arg.key.clone(), json_value(&arg.value)))
        .collect();
    serde_json::Value::Object(map)
}

fn what(kind: &Kind) -> &'static str {
    if kind.collection == OPERATOR_POLICIES.collection {
        "operator policy"
    } else {
        "policy"
    }
}

pub async fn declare(args: &DeclareArgs, kind: &Kind, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let body = json!({
        "pattern": args.pattern,
        "apply-to": args.apply_to,
        "priority": args.priority,
        "definition": json_object(&args.definition),
    });
    cx.api()?
        .put(&[kind.collection, vhost, &args.name], &body)
        .await
        .map_err(|e| named_missing(e, &format!("vhost '{vhost}' does not exist")))
}

pub async fn delete(args: &DeleteArgs, kind: &Kind, cx: &Context) -> Result<()> {
    let vhost = cx.settings.vhost.as_str();
    let missing = format!(
        "{} '{}' does not exist in vhost '{vhost}'",
        what(kind),
        args.name
    );
    cx.api()?
        .delete(&[kind.collection, vhost, &args.name], &[])
        .await
        .map_err(|e| named_missing(e, &missing))
}

pub async fn list(args: &ListArgs, kind: &Kind, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let options = args.options();
    let vhost = cx.settings.vhost.as_str();
    let path = kind.path(vhost, options.all_vhosts);
    let missing = format!("vhost '{vhost}' does not exist");
    list_at(kind, &path, &options, &missing, cx, out).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definitions_keep_their_types() {
        let args: Vec<TypedArg> = ["max-length=10", "lazy=true", "mode=\"10\"", "dlx=dead"]
            .iter()
            .map(|a| parse_typed_arg(a).unwrap())
            .collect();
        assert_eq!(
            json_object(&args),
            json!({"max-length": 10, "lazy": true, "mode": "10", "dlx": "dead"})
        );
    }
}
