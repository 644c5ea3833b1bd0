//! `export-definitions` and `import-definitions`: the broker's definitions (users, vhosts,
//! permissions, policies, exchanges, queues, bindings...) as the management API's JSON, for the
//! whole broker or — when `--vhost` (or `MQ_VHOST`) is given — one vhost. An import merges:
//! what the file defines is created, what already exists is kept. Export can transform what
//! it writes (`--transform`); import can say what it would do without doing it (`--dry-run`).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};

use crate::context::Context;
use crate::definitions::{Change, Transform, plan, transform};
use crate::error::{Error, Kind, Result};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where to write the JSON ("-" or nothing: standard output)
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
    /// Change what is written, in the order given (comma-separated or repeated): strip-ha
    /// (remove classic mirroring's ha-* policy keys, which RabbitMQ 4.x refuses, and the
    /// policies left empty), no-users, no-permissions (also topic permissions),
    /// obfuscate-passwords (empty every password hash)
    #[arg(long, value_name = "T,...", value_enum, value_delimiter = ',')]
    pub transform: Vec<TransformArg>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The JSON to import, as export-definitions writes it ("-": standard input)
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
    /// Say what the import would create or change, object by object, and import nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// `--transform`'s spelling of [`Transform`].
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum TransformArg {
    StripHa,
    NoUsers,
    NoPermissions,
    ObfuscatePasswords,
}

impl From<TransformArg> for Transform {
    fn from(arg: TransformArg) -> Transform {
        match arg {
            TransformArg::StripHa => Transform::StripHa,
            TransformArg::NoUsers => Transform::NoUsers,
            TransformArg::NoPermissions => Transform::NoPermissions,
            TransformArg::ObfuscatePasswords => Transform::ObfuscatePasswords,
        }
    }
}

fn is_stdio(path: Option<&Path>) -> bool {
    path.is_none_or(|p| p.as_os_str() == "-")
}

/// `["definitions"]` for the broker, `["definitions", VHOST]` for the vhost given.
fn path(cx: &Context) -> Vec<&str> {
    if cx.settings.vhost_given {
        vec!["definitions", cx.settings.vhost.as_str()]
    } else {
        vec!["definitions"]
    }
}

fn scope(cx: &Context) -> String {
    if cx.settings.vhost_given {
        format!("vhost '{}'", cx.settings.vhost)
    } else {
        "the broker".to_owned()
    }
}

fn not_found(err: Error, cx: &Context) -> Error {
    // RabbitMQ 3.10 answers a missing vhost here with 400 `vhost_not_found`, not a 404.
    let missing = err.kind() == Kind::NotFound
        || (err.kind() == Kind::Invalid && err.to_string().ends_with(": vhost_not_found"));
    if missing && cx.settings.vhost_given {
        let message = format!("vhost '{}' does not exist", cx.settings.vhost);
        Error::not_found(message).with_source(err)
    } else {
        err
    }
}

/// An object kind of the file (`queues`), what one is called in a message (`queue`), and the
/// JSON type each of its fields must have.
type ObjectKind = (&'static str, &'static str, &'static [(&'static str, Json)]);

/// Which JSON type each field of an object kind must have, as RabbitMQ 3.10 reads them.
const FIELDS: &[ObjectKind] = &[
    (
        "queues",
        "queue",
        &[
            ("name", Json::Text),
            ("vhost", Json::Text),
            ("type", Json::Text),
            ("durable", Json::Bool),
            ("auto_delete", Json::Bool),
            ("arguments", Json::Object),
        ],
    ),
    (
        "exchanges",
        "exchange",
        &[
            ("name", Json::Text),
            ("vhost", Json::Text),
            ("type", Json::Text),
            ("durable", Json::Bool),
            ("auto_delete", Json::Bool),
            ("internal", Json::Bool),
            ("arguments", Json::Object),
        ],
    ),
    (
        "bindings",
        "binding from",
        &[
            ("source", Json::Text),
            ("vhost", Json::Text),
            ("destination", Json::Text),
            ("destination_type", Json::Text),
            ("routing_key", Json::Text),
            ("arguments", Json::Object),
        ],
    ),
];

#[derive(Clone, Copy)]
enum Json {
    Text,
    Bool,
    Object,
}

impl Json {
    fn matches(self, value: &serde_json::Value) -> bool {
        match self {
            Json::Text => value.is_string(),
            Json::Bool => value.is_boolean(),
            Json::Object => value.is_object(),
        }
    }
    fn name(self) -> &'static str {
        match self {
            Json::Text => "a string",
            Json::Bool => "true or false",
            Json::Object => "an object",
        }
    }
}

/// Each object of `kind` with how it is named in a message: "queue 'q' in vhost 'v'".
fn described<'a>(
    definitions: &'a serde_json::Value,
    kind: &str,
    what: &str,
    vhost: &str,
) -> Vec<(String, &'a serde_json::Value)> {
    let name_key = if kind == "bindings" { "source" } else { "name" };
    let objects = definitions.get(kind).and_then(|v| v.as_array());
    objects
        .into_iter()
        .flatten()
        .map(|object| {
            let text = |key| object.get(key).and_then(|v| v.as_str());
            let name = text(name_key).unwrap_or("?");
            let vhost = text("vhost").unwrap_or(vhost);
            (format!("{what} '{name}' in vhost '{vhost}'"), object)
        })
        .collect()
}

fn check_fields(definitions: &serde_json::Value, vhost: &str) -> Result<()> {
    for (kind, what, fields) in FIELDS {
        if let Some(other) = definitions.get(kind).filter(|v| !v.is_array()) {
            return Err(Error::invalid(format!(
                "`{kind}` must be a list of objects, not {other}"
            )));
        }
        for (name, object) in described(definitions, kind, what, vhost) {
            for (field, json) in fields.iter() {
                if let Some(value) = object.get(field).filter(|v| !json.matches(v)) {
                    return Err(Error::invalid(format!(
                        "{name}: `{field}` must be {}, not {value}",
                        json.name()
                    ))
                    .with_hint("nothing was imported: correct the file and import it again"));
                }
            }
        }
    }
    Ok(())
}

/// The broker's refusal with the definition it refused named, when its reason lets it be
/// found: a missing vhost (3.10: `no_such_vhost: v`; 4.x: `Please create virtual host "v"
/// prior to importing definitions.`), an unknown exchange type.
fn refused(err: Error, definitions: &serde_json::Value, vhost: &str) -> Error {
    let message = err.to_string();
    let quoted = |after: &str| {
        let rest = &message[message.find(after)? + after.len()..];
        Some(rest.split('\'').next().unwrap_or(rest).to_owned())
    };
    let missing_vhost = quoted("no_such_vhost: ").or_else(|| {
        let rest = &message[message.find("create virtual host \"")? + 21..];
        rest.split('"').next().map(str::to_owned)
    });
    let culprit = if let Some(missing) = missing_vhost {
        FIELDS.iter().find_map(|(kind, what, _)| {
            described(definitions, kind, what, vhost)
                .into_iter()
                .find(|(_, o)| o.get("vhost").and_then(|v| v.as_str()) == Some(missing.as_str()))
                .map(|(name, _)| {
                    Error::not_found(format!("{name}: vhost '{missing}' does not exist"))
                        .with_hint("create the vhost first, or list it in the file's `vhosts`")
                })
        })
    } else if let Some(kind) = quoted("unknown exchange type '") {
        described(definitions, "exchanges", "exchange", vhost)
            .into_iter()
            .find(|(_, o)| o.get("type").and_then(|v| v.as_str()) == Some(kind.as_str()))
            .map(|(name, _)| Error::invalid(format!("{name}: unknown exchange type '{kind}'")))
    } else {
        None
    };
    match culprit {
        Some(named) => named.with_source(err),
        None => err,
    }
}

/// "3 exchanges, 2 queues, 4 bindings" for what the definitions hold.
fn summary(definitions: &serde_json::Value) -> String {
    let kinds = [
        "vhosts",
        "users",
        "permissions",
        "policies",
        "exchanges",
        "queues",
        "bindings",
    ];
    let parts: Vec<String> = kinds
        .iter()
        .filter_map(|kind| {
            let count = definitions.get(kind)?.as_array()?.len();
            Some(format!("{count} {kind}"))
        })
        .collect();
    parts.join(", ")
}

pub async fn export(args: &ExportArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let mut definitions = broker_definitions(cx).await?;
    let transforms: Vec<Transform> = args.transform.iter().map(|&t| t.into()).collect();
    for said in transform(&mut definitions, &transforms) {
        cx.diag.note(said);
    }
    let mut text = serde_json::to_vec_pretty(&definitions)
        .map_err(|e| Error::internal(format!("cannot write the definitions: {e}")))?;
    text.push(b'\n');
    let target = match args.file.as_deref() {
        Some(file) if !is_stdio(Some(file)) => {
            std::fs::write(file, &text)
                .map_err(|e| Error::write(format_args!("'{}'", file.display()), e))?;
            format!("'{}'", file.display())
        }
        _ => {
            out.write_all(&text).map_err(Error::output)?;
            "standard output".to_owned()
        }
    };
    cx.diag.note(format_args!(
        "exported the definitions of {} ({}) to {target}",
        scope(cx),
        summary(&definitions)
    ));
    Ok(())
}

pub async fn import(args: &ImportArgs, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let mut text = Vec::new();
    if is_stdio(Some(&args.file)) {
        std::io::stdin()
            .read_to_end(&mut text)
            .map_err(|e| Error::read("standard input", e))?;
    } else {
        text = std::fs::read(&args.file)
            .map_err(|e| Error::read(format_args!("'{}'", args.file.display()), e))?;
    }
    let definitions: serde_json::Value = serde_json::from_slice(&text).map_err(|e| {
        Error::invalid(format!(
            "'{}' is not definitions JSON: {e}",
            args.file.display()
        ))
    })?;
    if !definitions.is_object() {
        return Err(Error::invalid(format!(
            "'{}' is not definitions JSON: expected an object",
            args.file.display()
        )));
    }
    // RabbitMQ answers a field of the wrong type with a bare "function_clause" (and may have
    // imported part of the file by then): such a file is refused before anything is sent.
    check_fields(&definitions, &cx.settings.vhost)?;
    if args.dry_run {
        return dry_run(&definitions, cx, out).await;
    }
    cx.api()?
        .post(&path(cx), &definitions)
        .await
        .map_err(|e| refused(not_found(e, cx), &definitions, &cx.settings.vhost))?;
    // What was done is the command's result, on stdout as the other commands' results are;
    // --quiet leaves it out, as it always has.
    if !cx.diag.is_quiet() {
        writeln!(
            out,
            "imported {} into {} (what existed was kept)",
            summary(&definitions),
            scope(cx)
        )
        .map_err(Error::output)?;
    }
    Ok(())
}

async fn broker_definitions(cx: &Context) -> Result<serde_json::Value> {
    cx.api()?
        .get(&path(cx), &[])
        .await
        .map_err(|e| not_found(e, cx))
}

/// What importing `file` would do, a line per object created or changed, then the count;
/// nothing is sent but the request for the broker's own definitions.
async fn dry_run(file: &serde_json::Value, cx: &Context, out: &mut dyn Write) -> Result<()> {
    let broker = broker_definitions(cx).await?;
    let vhost = cx
        .settings
        .vhost_given
        .then_some(cx.settings.vhost.as_str());
    let planned = plan(file, &broker, vhost);
    let (mut created, mut changed, mut same, mut refused) = (0, 0, 0, 0);
    for step in &planned {
        let line = match &step.change {
            Change::Create => {
                created += 1;
                format!("would create {}", step.what)
            }
            Change::Alter(fields) if step.refused => {
                refused += 1;
                format!(
                    "would fail on {}: the broker has it with another {} and refuses to redeclare it",
                    step.what,
                    fields.join(", ")
                )
            }
            Change::Alter(fields) => {
                changed += 1;
                format!("would change {}: {}", step.what, fields.join(", "))
            }
            Change::Same => {
                same += 1;
                continue;
            }
        };
        writeln!(out, "{line}").map_err(Error::output)?;
    }
    writeln!(
        out,
        "dry run into {}: {created} to create, {changed} to change, {refused} refused, {same} as they are; nothing was imported",
        scope(cx)
    )
    .map_err(Error::output)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_counts_what_the_file_holds() {
        let definitions = serde_json::json!({
            "rabbit_version": "3.10.8",
            "queues": [{}, {}],
            "exchanges": [{}],
            "bindings": [],
        });
        assert_eq!(summary(&definitions), "1 exchanges, 2 queues, 0 bindings");
    }

    #[test]
    fn dash_and_nothing_mean_standard_io() {
        assert!(is_stdio(None));
        assert!(is_stdio(Some(Path::new("-"))));
        assert!(!is_stdio(Some(Path::new("defs.json"))));
    }
}
