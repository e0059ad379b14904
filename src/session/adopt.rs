//! Outcomes agree with the record: an outcome adopts an option only when
//! the meeting reached consensus on it, or when the chair says plainly that
//! it is adopted despite its status (which the minutes then state).

use super::SessionError;
use super::change::Change;
use super::state::Record;
use crate::agenda::Agenda;
use crate::consensus::Status;

/// Whether an option with this status may be adopted without saying so.
pub fn agreed(status: Status) -> bool {
    matches!(
        status,
        Status::Consensus | Status::ConsensusWithReservations
    )
}

/// Checks an outcome about to be recorded: one that adopts an option whose
/// status is no consensus or pending is refused unless `despite_status` is
/// set. The flag is kept only when it was needed, so the minutes never say
/// "despite" of an agreed option. Every other change passes unchanged.
pub(crate) fn check(
    record: &Record,
    agenda: &Agenda,
    change: Change,
) -> Result<Change, SessionError> {
    let Change::Outcome {
        item,
        text,
        option: Some(option),
        despite_status,
    } = change
    else {
        return Ok(change);
    };
    let i = agenda.item_index(&item);
    let o = i.and_then(|i| agenda.items.get(i).and_then(|it| it.option_index(&option)));
    let status = match (i, o) {
        (Some(i), Some(o)) => record.status(agenda, i, o),
        // an unknown id is refused by `fits`, with the ids that exist
        _ => Status::Consensus,
    };
    let removing = text.trim().is_empty();
    if !agreed(status) && !despite_status && !removing {
        return Err(SessionError::NotAgreed {
            item,
            option,
            status,
        });
    }
    Ok(Change::Outcome {
        despite_status: despite_status && !agreed(status) && !removing,
        item,
        text,
        option: Some(option),
    })
}
