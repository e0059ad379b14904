//! The `talanoa` binary: parse the command line, dispatch, map errors to exit codes.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = talanoa::cli::Cli::parse();
    match talanoa::commands::dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let text = failure.to_string();
            if failure.is_listing() {
                eprintln!("{text}");
            } else if !text.is_empty() {
                eprintln!("talanoa: {text}");
            }
            ExitCode::from(failure.exit_code())
        }
    }
}
