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
    let name = matches.subcommand_name().unwrap_or("mq").to_owned();
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
            Error::command_line(clap_message(&err, &typed))
        }
    };
    diag.error(&err);
    err.exit_code()
}

/// clap's message, behind one `mq: `: its first line plus the lines that help (the accepted
/// values, "did you mean", the usage line), never a value that failed to parse. A value typed
/// for a flag may be a password meant for elsewhere (`--timeout "$PW"`), and nothing can tell
/// a mistyped password from a mistyped word, so such a value is not repeated at all; URL
/// passwords and the passwords in use are hidden wherever they appear.
fn clap_message(err: &clap::Error, typed: &[String]) -> String {
    use clap::error::{ContextKind, ContextValue};
    let rendered = err.render().to_string();
    // One line, so that it stays one `mq: ` line in logs and for grep.
    let mut message = String::new();
    for line in rendered.lines().map(str::trim) {
        if line.is_empty() || line.starts_with("For more information") {
            continue;
        }
        if !message.is_empty() {
            message.push_str(if line.starts_with('[') { " " } else { "; " });
        }
        message.push_str(line.trim_start_matches("error: "));
    }
    if message.is_empty() {
        message.push_str("invalid command line");
    }
    let message = message.as_str();
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
    settings::redact_clap(message, &hidden, &secrets, typed)
}
