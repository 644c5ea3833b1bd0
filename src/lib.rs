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
mod diag;
mod envelope;
mod error;
mod listing;
mod output;
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
            // One `mq: ` line with clap's message, one with where to look next.
            let rendered = err.render().to_string();
            let message = rendered
                .lines()
                .next()
                .unwrap_or("invalid command line")
                .trim_start_matches("error: ");
            // clap quotes the offending value, which may be a URL with a password in it.
            let typed: Vec<String> = std::env::args_os()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect();
            Error::command_line(settings::redact_typed(message, &typed))
        }
    };
    diag.error(&err);
    err.exit_code()
}
