//! What goes in one cell: text cut to fit, a column's width, a sheet's
//! name, the words for a role.

use std::borrow::Cow;

use crate::consensus::{Role, Status};
use crate::i18n::Language;
use crate::tr;

/// The most characters one spreadsheet cell holds.
pub(super) const CELL_MAX: usize = 32_767;

/// A role as the sheets write it in `lang`: in English the agenda's own
/// word (`associate-member`), in French the minutes' noun ("membre associé").
pub(super) fn role_word(lang: Language, role: Role) -> String {
    let id = match role {
        Role::Member => "cell-role-member",
        Role::Observer => "cell-role-observer",
        Role::AssociateMember => "cell-role-associate-member",
        Role::DialoguePartner => "cell-role-dialogue-partner",
        Role::Agency => "cell-role-agency",
    };
    tr!(lang, id)
}

/// An option's status as the sheets write it in `lang`: in English the
/// export word (`no-consensus`), in French the screen's words.
pub(super) fn status_word(lang: Language, status: Status) -> String {
    let id = match status {
        Status::Consensus => "cell-status-consensus",
        Status::ConsensusWithReservations => "cell-status-consensus-with-reservations",
        Status::NoConsensus => "cell-status-no-consensus",
        Status::Pending => "cell-status-pending",
    };
    tr!(lang, id)
}

/// Text that fits one cell; longer text is cut at a character boundary and marked.
pub(super) fn fit<'a>(s: &'a str, cut: &str) -> Cow<'a, str> {
    if s.chars().count() <= CELL_MAX {
        return s.into();
    }
    let keep = CELL_MAX - cut.chars().count();
    let mut out: String = s.chars().take(keep).collect();
    out.push_str(cut);
    out.into()
}

pub(super) fn column_width(title: &str) -> f64 {
    (title.chars().count().clamp(8, 40) + 2) as f64
}

/// A sheet name Excel accepts: "N title", at most 31 characters, none of `[]:*?/\`.
pub(super) fn sheet_name(n: usize, title: &str) -> String {
    let clean: String = title
        .chars()
        .map(|c| {
            if "[]:*?/\\".contains(c) || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let name = format!("{n} {}", clean.trim());
    let cut: String = name.chars().take(31).collect();
    cut.trim_end().trim_end_matches('\'').to_string()
}
