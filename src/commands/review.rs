//! `review`: a delegation's record, as a plain table when piped, in a
//! read-only scrolling view on a terminal, or following the session live.

use std::io::{IsTerminal, Write};

use super::Failure;
use crate::cli::ReviewArgs;
use crate::session;

/// `talanoa review`.
pub fn review(a: &ReviewArgs) -> Result<(), Failure> {
    let snap = session::read(&a.session)?;
    let member = match &a.member {
        None => None,
        Some(id) => Some(snap.agenda.member_index(id).ok_or_else(|| {
            let ids: Vec<&str> = snap.agenda.members.iter().map(|m| m.id.as_str()).collect();
            Failure::BadInput(crate::msg!(
                "error-unknown-id",
                what = "member",
                id = &crate::text::quoted(id),
                ids = &ids.join(", ")
            ))
        })?),
    };
    let lang = crate::i18n::choose(
        a.lang.map(crate::cli::LangArg::language),
        snap.agenda.meeting.language,
    );
    let interactive = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if a.live {
        if !interactive {
            return Err(Failure::BadInput(crate::msg!("cli-review-live-terminal")));
        }
        let layout = if a.projector {
            crate::tui::views::live::Layout::Projector
        } else {
            crate::tui::views::live::Layout::Normal
        };
        return crate::tui::live(&a.session, lang, layout).map_err(Failure::Failed);
    }
    let lines = crate::review::lines(&snap, member, lang);
    if interactive {
        return crate::tui::pager(&lines, &snap.agenda.meeting.title, lang)
            .map_err(|e| Failure::Failed(crate::tui::ended(&e, lang)));
    }
    let mut out = std::io::stdout().lock();
    for l in lines {
        writeln!(out, "{l}")
            .map_err(|e| Failure::Failed(crate::msg!("cli-stdout-failed", why = &e.to_string())))?;
    }
    Ok(())
}
