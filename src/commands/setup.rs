//! `validate` and `init`: what a secretary does before the meeting.

use std::io::Write;

use super::Failure;
use crate::agenda;
use crate::cli::{InitArgs, ValidateArgs};
use crate::msg;

/// Checks each agenda; prints `ok PATH` or one line per problem.
pub fn validate(args: &ValidateArgs) -> Result<(), Failure> {
    let mut all_ok = true;
    for path in &args.agendas {
        match agenda::load(path) {
            Ok(_) => println!("{}", msg!("cli-ok", path = &path.display().to_string())),
            Err(e) => {
                all_ok = false;
                eprintln!("{}", crate::text::for_message(&e.to_string()));
            }
        }
    }
    if all_ok {
        Ok(())
    } else {
        Err(Failure::Reported)
    }
}

/// Writes the short commented starter agenda to a new file; never overwrites.
pub fn init(args: &InitArgs) -> Result<(), Failure> {
    let path = &args.path;
    let shown = path.display().to_string();
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            let (folder, why) = (parent.display().to_string(), e.to_string());
            Failure::Failed(msg!("cli-mkdir-failed", folder = &folder, why = &why))
        })?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => {
                Failure::BadInput(msg!("cli-init-exists", path = &shown))
            }
            _ => Failure::Failed(msg!(
                "cli-create-failed",
                path = &shown,
                why = &e.to_string()
            )),
        })?;
    // A half-written starter would block the retry ("already exists"):
    // what this command created goes again if it cannot be finished.
    file.write_all(agenda::STARTER.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            let _ = std::fs::remove_file(path);
            Failure::Failed(msg!(
                "cli-init-write-failed",
                path = &shown,
                why = &e.to_string()
            ))
        })?;
    println!("{}", msg!("cli-init-wrote", path = &shown));
    println!("{}", msg!("cli-init-next", path = &shown));
    Ok(())
}
