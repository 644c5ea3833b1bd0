//! `export-definitions` and `import-definitions`: the broker's definitions (users, vhosts,
//! permissions, policies, exchanges, queues, bindings...) as the management API's JSON, for the
//! whole broker or — when `--vhost` (or `MQ_VHOST`) is given — one vhost. An import merges:
//! what the file defines is created, what already exists is kept.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use crate::context::Context;
use crate::error::{Error, Kind, Result};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Where to write the JSON ("-" or nothing: standard output)
    #[arg(value_name = "FILE|-")]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The JSON to import, as export-definitions writes it ("-": standard input)
    #[arg(value_name = "FILE|-")]
    pub file: PathBuf,
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
    if err.kind() == Kind::NotFound && cx.settings.vhost_given {
        let message = format!("vhost '{}' does not exist", cx.settings.vhost);
        err.with_message(message)
    } else {
        err
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
    let definitions: serde_json::Value = cx
        .api()?
        .get(&path(cx), &[])
        .await
        .map_err(|e| not_found(e, cx))?;
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
    cx.api()?
        .post(&path(cx), &definitions)
        .await
        .map_err(|e| not_found(e, cx))?;
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
