//! The selected member's statement on the current option, whole and
//! wrapped, without opening the editor; and, on wide screens, the latest
//! changes in the history.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::fit;
use crate::session::Change;
use crate::text::{inert, inert_line};
use crate::tr;
use crate::tui::app::App;
use crate::tui::undo::describe;

/// Draws the statement box.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let a = app.agenda();
    let m = app.member();
    let name = m
        .and_then(|m| a.members.get(m))
        .map(|m| inert_line(m.name_in(app.lang)))
        .unwrap_or_default();
    let statement = m
        .and_then(|m| app.snap().record().position(app.item, app.option, m))
        .and_then(|p| p.statement.clone());
    let lines: Vec<Line> = match &statement {
        Some(s) => inert(s)
            .lines()
            .map(|l| Line::from(l.to_string()))
            .collect(),
        None => vec![Line::from(Span::styled(
            tr!(app.lang, "screen-no-statement"),
            Style::new().fg(Color::DarkGray),
        ))],
    };
    let at = format!("{}.{}", app.item + 1, app.option + 1);
    let title = fit(
        &format!(
            " {} ",
            tr!(app.lang, "screen-statement", name = &name, at = &at)
        ),
        usize::from(area.width.saturating_sub(2)),
    );
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::DarkGray))
        .title(title);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        area,
    );
}

/// Whether an action change was withdrawn since (no longer in the record).
fn withdrawn(r: &crate::session::Record, change: &Change, seq: i64) -> bool {
    matches!(change, Change::Action { .. }) && !r.actions.iter().any(|a| a.seq == seq)
}

/// Draws the latest changes, newest first; undone ones and withdrawn
/// actions struck out.
pub fn history(frame: &mut Frame, area: Rect, app: &App) {
    let snap = app.snap();
    let zone = &app.zone;
    let room = usize::from(area.height.saturating_sub(2));
    let lines: Vec<Line> = snap
        .log
        .entries()
        .iter()
        .rev()
        .filter(|e| !matches!(e.change, Change::Undo { .. } | Change::Redo { .. }))
        .take(room)
        .map(|e| {
            let (_, what) = describe(&snap.agenda, &e.change, app.lang);
            let time = zone.clock(e.at);
            let text = tr!(
                app.lang,
                "screen-history-line",
                seq = e.seq,
                time = &time,
                what = &what
            );
            let style = if !snap.log.in_effect(e.seq) || withdrawn(snap.record(), &e.change, e.seq)
            {
                Style::new()
                    .fg(Color::DarkGray)
                    .add_modifier(Modifier::CROSSED_OUT)
            } else {
                Style::new()
            };
            Line::from(Span::styled(
                fit(&text, usize::from(area.width.saturating_sub(2))),
                style,
            ))
        })
        .collect();
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::DarkGray))
        .title(format!(" {} ", tr!(app.lang, "screen-history")));
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
