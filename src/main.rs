//! The `talanoa` binary: parse the command line, dispatch, map errors to exit codes.
//! Every message goes out through [`talanoa::text::for_message`], so no
//! escape sequence or control character a user typed reaches the terminal.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use talanoa::text::for_message;

fn main() -> ExitCode {
    let cli = match talanoa::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            // clap quotes what was typed: show it inert
            eprint!("{}", for_message(&e.render().to_string()));
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
        Err(e) => {
            // --help and --version
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
    };
    match talanoa::commands::dispatch(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let text = for_message(&failure.to_string());
            // A closed terminal cannot show it: never a panic for that.
            let mut err = std::io::stderr().lock();
            if failure.is_listing() {
                let _ = writeln!(err, "{text}");
            } else if !text.is_empty() {
                let _ = writeln!(err, "talanoa: {text}");
            }
            ExitCode::from(failure.exit_code())
        }
    }
}
