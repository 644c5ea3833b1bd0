//! `mq`: a command-line tool for RabbitMQ. `main.rs` only calls [`main_exit_code`]; the
//! command-line layer (`cli`, `commands`) turns the arguments into plain values once, and the
//! layers below it (settings, the context with its connections, the publisher, the envelope,
//! rendering) never see a flag.

pub mod cli;
pub mod reference;

mod amqp;
mod api;
mod commands;
mod context;
mod definitions;
mod diag;
mod envelope;
mod error;
mod filter;
mod listing;
mod output;
mod prometheus;
#[cfg(test)]
mod properties;
mod publish;
mod recovery;
mod settings;
mod stop;
mod tls;
mod values;

use clap::FromArgMatches;
use clap::error::ErrorKind;

use crate::cli::Cli;
use crate::diag::{Diag, Level};
use crate::error::Error;

/// Parse the command line, run the command and return the process exit code (SPEC.md's table).
pub fn main_exit_code() -> u8 {
    let matches = match cli::command().try_get_matches() {
        Ok(matches) => matches,
        Err(err) => return usage_error(err),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(err) => return usage_error(err),
    };
    let name = commands::admin::connections::connection_name(&matches);
    let diag = Diag::stderr(cli.global.level());
    quiet_background_panics();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            let err = Error::internal(format!("cannot start the runtime: {err}")).with_source(err);
            diag.error(&err);
            return err.exit_code();
        }
    };
    let result = runtime.block_on(commands::run(cli, &name, &diag));
    // Background tasks (lapin's I/O, the signal listeners) must not hold the exit.
    runtime.shutdown_background();
    match result {
        Ok(()) => 0,
        Err(err) => {
            diag.error(&err);
            err.exit_code()
        }
    }
}

/// lapin's I/O thread may be in the middle of a task when `mq` shuts its runtime down to exit
/// (a connection attempt still under way when the command already failed on the API): its
/// "task was cancelled" panic is no failure of the command and is not printed. Every other
/// panic is reported as Rust reports it.
fn quiet_background_panics() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some("lapin-io-loop") {
            report(info);
        }
    }));
}

/// clap exits 2 on usage errors; SPEC.md wants 64, and 0 for --help and --version.
fn usage_error(err: clap::Error) -> u8 {
    let diag = Diag::stderr(Level::Normal);
    let err = match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            return 0;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            return 64;
        }
        // --help would not help: say what is wrong, once.
        ErrorKind::InvalidUtf8 => Error::usage(
            "an argument is not valid UTF-8: names, URLs and values must be UTF-8 text",
        ),
        _ => {
            let typed: Vec<String> = std::env::args_os()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect();
            let message = clap_message(&err, &typed);
            let hint = match usage_command(&message).or_else(|| typed_command(&typed)) {
                Some(command) => format!("see 'mq {command} --help'"),
                None => "see 'mq --help'".to_owned(),
            };
            commands::admin::habits::spelling(&err, &typed)
                .unwrap_or_else(|| Error::command_line(message).with_hint(hint))
        }
    };
    diag.error(&err);
    err.exit_code()
}

/// How far clap's lines after the first are indented under `mq: `'s message, so that only the
/// first line and the hint start with `mq: ` (for grep) and the rest reads as part of them.
const CONTINUATION: &str = "    ";

/// clap's whole message behind one `mq: `: what is wrong, what is missing, the accepted values,
/// "did you mean", the usage line; never a value that failed to parse. A value typed for a
/// flag may be a password meant for elsewhere (`--timeout "$PW"`), and nothing can tell a
/// mistyped password from a mistyped word, so such a value is not repeated at all; URL
/// passwords and the passwords in use are hidden wherever they appear.
fn clap_message(err: &clap::Error, typed: &[String]) -> String {
    use clap::error::{ContextKind, ContextValue};
    let rendered = err.render().to_string();
    let mut lines: Vec<String> = Vec::new();
    for line in rendered.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with("For more information") {
            continue;
        }
        match lines.is_empty() {
            true => lines.push(trimmed.trim_start_matches("error: ").to_owned()),
            false => lines.push(format!("{CONTINUATION}{}", line.trim_end())),
        }
    }
    if err.kind() == ErrorKind::InvalidSubcommand
        && let Some(ContextValue::Strings(similar)) = err.get(ContextKind::SuggestedSubcommand)
    {
        let tip = similar_commands(similar);
        match lines
            .iter_mut()
            .find(|line| line.trim_start().starts_with("tip:"))
        {
            Some(line) => *line = format!("{CONTINUATION}  {tip}"),
            None => lines.push(format!("{CONTINUATION}  {tip}")),
        }
    }
    if lines.is_empty() {
        lines.push("invalid command line".to_owned());
    }
    let mut message = lines.join("\n");
    // What mq itself suggests (the names of commands and flags) is kept from the redaction
    // below, which would garble a suggestion the typed word is part of ('list-queue' in
    // 'list-queues').
    let mut suggestions: Vec<String> = Vec::new();
    for kind in [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg] {
        match err.get(kind) {
            Some(ContextValue::String(value)) => suggestions.push(value.clone()),
            Some(ContextValue::Strings(values)) => suggestions.extend(values.iter().cloned()),
            _ => {}
        }
    }
    suggestions.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for (index, suggestion) in suggestions.iter().enumerate() {
        message = message.replace(&format!("'{suggestion}'"), &placeholder(index));
    }
    let mut hidden = Vec::new();
    // For a bad value, clap's InvalidArg is the flag it was given to (`--timeout <DURATION>`),
    // which stays; for an unexpected argument it is what was typed.
    let typed_arg = (err.kind() == ErrorKind::UnknownArgument).then_some(ContextKind::InvalidArg);
    for kind in [ContextKind::InvalidValue, ContextKind::InvalidSubcommand]
        .into_iter()
        .chain(typed_arg)
    {
        if let Some(ContextValue::String(value)) = err.get(kind) {
            hidden.push(value.clone());
        }
    }
    let mut secrets: Vec<String> = std::env::var("MQ_PASSWORD").into_iter().collect();
    secrets.extend(settings::typed_password_file(typed));
    let mut message = settings::redact_clap(&message, &hidden, &secrets, typed);
    for (index, suggestion) in suggestions.iter().enumerate() {
        message = message.replace(&placeholder(index), &format!("'{suggestion}'"));
    }
    message
}

/// A stand-in no argument can contain (arguments are C strings: no NUL).
fn placeholder(index: usize) -> String {
    format!("\u{0}{index}\u{0}")
}

/// clap's similar commands, worst first and each alias beside its command, as one tip: the
/// commands themselves, best first, each once.
fn similar_commands(similar: &[String]) -> String {
    let cli = cli::command();
    let mut names: Vec<String> = Vec::new();
    for name in similar.iter().rev() {
        let command = cli
            .get_subcommands()
            .find(|c| c.get_name() == name || c.get_all_aliases().any(|alias| alias == name))
            .map_or(name.as_str(), |c| c.get_name());
        if !names.iter().any(|known| known == command) {
            names.push(command.to_owned());
        }
    }
    let quoted: Vec<String> = names.iter().map(|name| format!("'{name}'")).collect();
    match quoted.as_slice() {
        [one] => format!("tip: did you mean {one}?"),
        many => format!("tip: did you mean one of {}?", many.join(", ")),
    }
}

/// The command a usage line is about (`Usage: mq consume <QUEUE>`), if it names one.
fn usage_command(message: &str) -> Option<String> {
    let usage = message
        .lines()
        .find_map(|line| line.trim_start().strip_prefix("Usage: mq "))?;
    let word = usage.split_whitespace().next()?;
    cli::command()
        .get_subcommands()
        .any(|c| c.get_name() == word)
        .then(|| word.to_owned())
}

/// The command a typed command line runs: its first word that is not an option or an
/// option's value, as a command's name (an alias typed gives its command).
fn typed_command(typed: &[String]) -> Option<String> {
    let cli = cli::command();
    let mut words = typed.iter().skip(1);
    while let Some(word) = words.next() {
        if word == "--" {
            return None;
        }
        if let Some(option) = word.strip_prefix('-') {
            let takes_value = cli.get_arguments().any(|arg| {
                let named = match option.strip_prefix('-') {
                    Some(long) => arg.get_long() == Some(long),
                    None => option.len() == 1 && arg.get_short() == option.chars().next(),
                };
                named && arg.get_action().takes_values()
            });
            if takes_value && !word.contains('=') {
                words.next();
            }
            continue;
        }
        return cli
            .get_subcommands()
            .find(|c| c.get_name() == word || c.get_all_aliases().any(|alias| alias == word))
            .map(|c| c.get_name().to_owned());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message_for(args: &[&str]) -> String {
        let err = cli::command()
            .try_get_matches_from(args)
            .expect_err("a usage error");
        let typed: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
        clap_message(&err, &typed)
    }

    #[test]
    fn the_whole_message_stays_with_the_usage_line_and_names_the_command() {
        let message = message_for(&["mq", "consume"]);
        assert!(message.starts_with("the following required arguments were not provided:"));
        assert!(message.contains("\n      <QUEUE>"), "{message}");
        assert!(
            message.contains("\n    Usage: mq consume <QUEUE>"),
            "{message}"
        );
        assert_eq!(usage_command(&message).as_deref(), Some("consume"));
        assert_eq!(
            usage_command("unrecognized subcommand\n    Usage: mq [OPTIONS] <COMMAND>"),
            None
        );
    }

    #[test]
    fn the_command_is_found_past_global_options_and_their_values() {
        let typed = |args: &[&str]| {
            let args: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
            typed_command(&args)
        };
        assert_eq!(
            typed(&["mq", "--vhost", "bind", "list_queues"]).as_deref(),
            Some("list-queues")
        );
        assert_eq!(
            typed(&["mq", "-p", "bind", "-q", "purge", "x"]).as_deref(),
            Some("purge")
        );
        assert_eq!(
            typed(&["mq", "--vhost=bind", "get"]).as_deref(),
            Some("get")
        );
        assert_eq!(typed(&["mq", "nosuch"]), None);
    }

    #[test]
    fn a_mistyped_command_gets_the_command_it_is_like_whole_and_once() {
        let message = message_for(&["mq", "list-queue"]);
        assert!(
            message.contains("did you mean one of 'list-queues', "),
            "{message}"
        );
        assert!(
            !message.contains("list_queues") && !message.contains("***"),
            "{message}"
        );
        assert!(
            !message.contains("'list-queue'"),
            "what was typed is not repeated: {message}"
        );
    }

    #[test]
    fn a_mistyped_flag_gets_the_flag_and_refused_values_stay_unsaid() {
        let message = message_for(&["mq", "list-queues", "--colums", "x"]);
        assert!(message.contains("'--columns'"), "{message}");
        let message = message_for(&["mq", "list-queues", "--format", "s3cr3t-pw"]);
        assert!(
            message.contains("[possible values: table, tsv, csv, json]"),
            "{message}"
        );
        assert!(!message.contains("s3cr3t"), "{message}");
    }
}
