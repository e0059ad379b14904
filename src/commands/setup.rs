//! `validate` and `init`: what a secretary does before the meeting.

use std::io::Write;

use super::Failure;
use crate::agenda;
use crate::cli::{InitArgs, ValidateArgs};

/// Checks each agenda; prints `ok PATH` or one line per problem.
pub fn validate(args: &ValidateArgs) -> Result<(), Failure> {
    let mut all_ok = true;
    for path in &args.agendas {
        match agenda::load(path) {
            Ok(_) => println!("ok {}", path.display()),
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
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| {
            Failure::Failed(format!("cannot create folder {}: {e}", parent.display()))
        })?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => Failure::BadInput(format!(
                "{} already exists; talanoa init never overwrites a file: name a new path",
                path.display()
            )),
            _ => Failure::Failed(format!("cannot create {}: {e}", path.display())),
        })?;
    // A half-written starter would block the retry ("already exists"):
    // what this command created goes again if it cannot be finished.
    file.write_all(agenda::STARTER.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|e| {
            let _ = std::fs::remove_file(path);
            Failure::Failed(format!(
                "cannot write {}: {e}; nothing was left behind, fix the cause and run init again",
                path.display()
            ))
        })?;
    println!("wrote {}", path.display());
    println!(
        "edit it, then check it with: talanoa validate {}",
        path.display()
    );
    Ok(())
}
