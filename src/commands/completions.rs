//! `completions`: prints the completion script for a shell. It needs no broker and no settings,
//! so a broken config file cannot break a shell's start-up.

use std::io::Write;

use clap::Args;
use clap_complete::Shell;

use crate::error::{Error, Result};
use crate::generate;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the script for
    #[arg(value_enum)]
    pub shell: Shell,
}

pub fn run(args: &CompletionsArgs, out: &mut dyn Write) -> Result<()> {
    out.write_all(&generate::completion(args.shell))
        .map_err(Error::output)?;
    Ok(())
}
