//! `verify`: the whole record checked, and an export checked against it.

use super::Failure;
use crate::cli::VerifyArgs;
use crate::verify::{self, Stamp};

/// The largest minutes or export `verify` reads.
const MAX_MINUTES: u64 = 1024 * 1024 * 1024;

/// `talanoa verify`.
pub fn verify(a: &VerifyArgs) -> Result<(), Failure> {
    let snap = verify::session(&a.session)?;
    let stamp = Stamp::of(&snap);
    println!(
        "ok {}: the record is intact ({} {}; hash of the last change: {})",
        a.session.display(),
        stamp.changes,
        if stamp.changes == 1 {
            "change"
        } else {
            "changes"
        },
        stamp.hash
    );
    let Some(minutes) = &a.minutes else {
        return Ok(());
    };
    let bytes = crate::atomic::read_limited(minutes, MAX_MINUTES).map_err(|e| {
        Failure::BadInput(format!(
            "cannot read {}: {e}; check the path given to --minutes",
            crate::text::path(minutes)
        ))
    })?;
    match verify::export(&snap, &bytes)? {
        Ok(what) => {
            println!(
                "ok {}: produced from this record as it stands ({what})",
                minutes.display()
            );
            Ok(())
        }
        Err(why) => Err(Failure::BadInput(format!(
            "{} does not match {}: {why}",
            minutes.display(),
            a.session.display()
        ))),
    }
}
