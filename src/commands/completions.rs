//! `completions`: prints the completion script for a shell. It needs no broker and no settings,
//! so a broken config file cannot break a shell's start-up.

use std::io::Write;

use clap::Args;
use clap_complete::Shell;

use crate::cli;
use crate::error::{Error, Result};

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs, out: &mut dyn Write) -> Result<()> {
    // Built in memory: clap_complete panics when its writer fails, and a closed pipe
    // (`mq completions bash | head`) is no reason to panic.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut cli::command(), "mq", &mut script);
    out.write_all(&script).map_err(Error::output)?;
    Ok(())
}
