//! The `mq` binary: parse, run, report, exit. Everything else lives in the library.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(mq::main_exit_code())
}
