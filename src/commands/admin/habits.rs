//! rabbitmqadmin's spellings (`mq list queues`, `mq declare queue name=x`; its `purge queue` is
//! taken by `mq purge QUEUE`), answered with the `mq` command that does it, as a usage error
//! (64): muscle memory gets a pointer, not a silent guess that might do something else.

use crate::error::{Error, Result};

/// rabbitmqadmin's verbs that are no mq command (its `purge queue` is `mq purge QUEUE`'s).
const VERBS: [&str; 7] = [
    "list", "show", "declare", "delete", "close", "export", "import",
];

/// For a command line clap found no command in: the usage error that answers a rabbitmqadmin
/// spelling, if it is one. `typed` is the whole command line; the verb is what clap could not
/// take for a command, the words after it what rabbitmqadmin takes.
pub fn spelling(err: &clap::Error, typed: &[String]) -> Option<Error> {
    use clap::error::{ContextKind, ContextValue};
    if err.kind() != clap::error::ErrorKind::InvalidSubcommand {
        return None;
    }
    let Some(ContextValue::String(verb)) = err.get(ContextKind::InvalidSubcommand) else {
        return None;
    };
    if !VERBS.contains(&verb.as_str()) {
        return None;
    }
    let at = typed.iter().skip(1).position(|word| word == verb)? + 1;
    refuse(verb, &typed[at + 1..]).err()
}

/// The mq command for rabbitmqadmin's `verb words…`, or why there is none.
pub fn equivalent(verb: &str, words: &[String]) -> Result<String, String> {
    let (object, rest) = match words.split_first() {
        Some((object, rest)) => (object.replace('_', "-"), rest),
        None if matches!(verb, "export" | "import") => {
            return Err(format!("{verb} needs a file name"));
        }
        None => return Err(format!("{verb} needs what to {verb}")),
    };
    // `name=x` (and the other KEY=VALUEs rabbitmqadmin takes) and bare column words.
    let name = rest
        .iter()
        .find_map(|w| w.strip_prefix("name="))
        .map(quoted);
    let columns: Vec<&str> = rest
        .iter()
        .filter(|w| !w.contains('='))
        .map(String::as_str)
        .collect();
    let command = match verb {
        "export" | "import" => {
            let file = words.first().map_or(String::new(), |w| quoted(w));
            return Ok(format!("mq {verb}-definitions {file}"));
        }
        "show" if object == "overview" => "mq overview".to_owned(),
        "list" | "show" => {
            let plural = if object.ends_with('s') {
                object.clone()
            } else {
                format!("{object}s")
            };
            let mut command = format!("mq list-{plural}");
            if !columns.is_empty() {
                command.push_str(&format!(" --columns {}", columns.join(",")));
            }
            command
        }
        "close" => format!("mq close-connection {}", name.as_deref().unwrap_or("NAME")),
        _ => {
            let object = object.trim_end_matches('s');
            let command = format!("mq {verb}-{object}");
            match name {
                Some(name) => format!("{command} {name}"),
                None => command,
            }
        }
    };
    Ok(command)
}

/// Quoted for a shell when it needs to be.
fn quoted(word: &str) -> String {
    if !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:@%+=,".contains(c))
    {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// The usage error a rabbitmqadmin spelling gets.
fn refuse(verb: &str, words: &[String]) -> Result<()> {
    // rabbitmqadmin takes `password=…` on its command line; it is not repeated here.
    let typed = std::iter::once(verb.to_owned())
        .chain(words.iter().map(|word| match word.split_once('=') {
            Some((key, _)) if key.contains("pass") => format!("{key}=***"),
            _ => word.clone(),
        }))
        .collect::<Vec<_>>()
        .join(" ");
    match equivalent(verb, words) {
        Ok(command) => Err(Error::usage(format!(
            "'mq {typed}' is rabbitmqadmin's spelling; here it is: {command}"
        ))
        .with_hint("see 'mq --help' for the commands, 'mq COMMAND --help' for their options")),
        Err(why) => Err(Error::usage(format!("'mq {typed}': {why}"))
            .with_hint("see 'mq --help' for the commands")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eq(verb: &str, words: &[&str]) -> String {
        let words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        equivalent(verb, &words).unwrap()
    }

    #[test]
    fn rabbitmqadmin_spellings_become_mq_commands() {
        assert_eq!(eq("list", &["queues"]), "mq list-queues");
        assert_eq!(
            eq("list", &["queues", "name", "messages"]),
            "mq list-queues --columns name,messages"
        );
        assert_eq!(
            eq("list", &["operator_policies"]),
            "mq list-operator-policies"
        );
        assert_eq!(eq("show", &["overview"]), "mq overview");
        assert_eq!(
            eq("declare", &["queue", "name=jobs", "durable=false"]),
            "mq declare-queue jobs"
        );
        assert_eq!(
            eq("delete", &["exchange", "name=a b"]),
            "mq delete-exchange 'a b'"
        );
        assert_eq!(
            eq("declare", &["vhost", "name=shop"]),
            "mq declare-vhost shop"
        );
        assert_eq!(
            eq("import", &["my_defs.json"]),
            "mq import-definitions my_defs.json"
        );
        assert_eq!(
            eq("close", &["connection", "name=x"]),
            "mq close-connection x"
        );
        assert_eq!(
            eq("export", &["defs.json"]),
            "mq export-definitions defs.json"
        );
        assert!(equivalent("list", &[]).is_err());
    }

    #[test]
    fn a_password_typed_for_rabbitmqadmin_is_not_repeated() {
        let typed: Vec<String> = [
            "mq",
            "-v",
            "declare",
            "user",
            "name=bob",
            "password=hunter2hunter2",
        ]
        .iter()
        .map(|w| (*w).to_owned())
        .collect();
        let clap_err = crate::cli::command()
            .try_get_matches_from(&typed)
            .unwrap_err();
        let err = spelling(&clap_err, &typed).expect("a spelling");
        assert_eq!(err.exit_code(), 64);
        assert!(!err.to_string().contains("hunter2"), "{err}");
        assert!(err.to_string().contains("mq declare-user bob"), "{err}");
    }

    #[test]
    fn other_mistakes_are_left_to_clap() {
        for typed in [
            &["mq", "lst", "queues"][..],
            &["mq", "list-queues", "--nope"],
        ] {
            let typed: Vec<String> = typed.iter().map(|w| (*w).to_owned()).collect();
            let clap_err = crate::cli::command()
                .try_get_matches_from(&typed)
                .unwrap_err();
            assert!(spelling(&clap_err, &typed).is_none(), "{typed:?}");
        }
    }

    #[test]
    fn every_suggested_list_command_exists() {
        let cli = crate::cli::command();
        for object in [
            "exchanges",
            "queues",
            "bindings",
            "connections",
            "channels",
            "consumers",
            "vhosts",
            "users",
            "permissions",
            "policies",
            "operator_policies",
            "parameters",
            "nodes",
            "feature_flags",
            "topic_permissions",
            "vhost_limits",
            "global_parameters",
        ] {
            let command = eq("list", &[object]);
            let name = command.trim_start_matches("mq ");
            assert!(cli.find_subcommand(name).is_some(), "{command}");
        }
        for object in [
            "exchange",
            "queue",
            "vhost",
            "user",
            "policy",
            "operator_policy",
        ] {
            for verb in ["declare", "delete"] {
                let command = eq(verb, &[object, "name=x"]);
                let name = command.trim_start_matches("mq ").trim_end_matches(" x");
                assert!(cli.find_subcommand(name).is_some(), "{command}");
            }
        }
    }
}
