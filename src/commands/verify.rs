//! `verify`: the whole record checked, and an export checked against it.

use super::Failure;
use crate::cli::VerifyArgs;
use crate::msg;
use crate::verify::{self, Stamp};

/// The largest minutes or export `verify` reads.
const MAX_MINUTES: u64 = 1024 * 1024 * 1024;

/// `talanoa verify`.
pub fn verify(a: &VerifyArgs) -> Result<(), Failure> {
    let snap = verify::session(&a.session)?;
    let stamp = Stamp::of(&snap);
    let session = a.session.display().to_string();
    let intact = msg!(
        "cli-verify-intact",
        session = &session,
        count = stamp.changes,
        hash = &stamp.hash
    );
    println!("{intact}");
    let Some(minutes) = &a.minutes else {
        return Ok(());
    };
    let bytes = crate::atomic::read_limited(minutes, MAX_MINUTES).map_err(|e| {
        let (path, why) = (crate::text::path(minutes), e.to_string());
        Failure::BadInput(msg!("cli-verify-unreadable", path = &path, why = &why))
    })?;
    match verify::export(&snap, &bytes)? {
        Ok(what) => {
            let path = minutes.display().to_string();
            println!("{}", msg!("cli-verify-matches", path = &path, what = &what));
            Ok(())
        }
        Err(why) => {
            let path = minutes.display().to_string();
            let why = why.to_string();
            let m = msg!(
                "cli-verify-differs",
                path = &path,
                session = &session,
                why = &why
            );
            Err(Failure::BadInput(m))
        }
    }
}
