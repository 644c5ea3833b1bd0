//! `mq`: a command-line tool for RabbitMQ. The library holds everything so that tests can reach
//! the internals; `main.rs` only calls [`main_exit_code`].

pub mod amqp;
pub mod api;
pub mod cli;
pub mod commands;
pub mod config;
pub mod error;
pub mod generate;
pub mod interrupt;
pub mod output;
pub mod recovery;
pub mod tls;
pub mod values;

use clap::Parser;
use clap::error::ErrorKind;

use crate::cli::Cli;
use crate::error::Error;

/// Parse the command line, run the command and return the process exit code (SPEC.md's table).
pub fn main_exit_code() -> u8 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(err),
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => {
            return report(&Error::Internal(format!("cannot start the runtime: {err}")));
        }
    };
    let result = runtime.block_on(commands::run(cli));
    // Background tasks (lapin's I/O, the Ctrl-C listener) must not hold the exit.
    runtime.shutdown_background();
    match result {
        Ok(()) => 0,
        Err(err) => report(&err),
    }
}

/// clap exits 2 on usage errors; SPEC.md wants 64, and 0 for --help and --version.
fn usage_error(err: clap::Error) -> u8 {
    match err.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = err.print();
            0
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = err.print();
            64
        }
        // --help would not help: say what is wrong, once.
        ErrorKind::InvalidUtf8 => report(&Error::Usage(
            "an argument is not valid UTF-8: names, URLs and values must be UTF-8 text".into(),
        )),
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
            report(&Error::CommandLine(config::redact_typed(message, &typed)))
        }
    }
}

fn report(err: &Error) -> u8 {
    if !err.is_silent() {
        error::say(err);
        if let Some(hint) = err.hint() {
            error::say(hint);
        }
    }
    err.exit_code()
}
