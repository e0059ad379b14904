//! A read-only scrolling pager (review on a terminal), and the keys it
//! shares with the agenda picker.

use std::io;

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::start;
use super::views::fit;
use crate::agenda::Language;
use crate::text::inert_line;
use crate::tr;

/// What a key does in a list or pager.
pub(crate) enum Nav {
    By(isize),
    Top,
    Bottom,
    Choose,
    Leave,
}

pub(crate) fn nav(code: KeyCode, mods: KeyModifiers, page: isize) -> Option<Nav> {
    Some(match code {
        KeyCode::Char('c') if mods.contains(KeyModifiers::CONTROL) => Nav::Leave,
        KeyCode::Up | KeyCode::Char('k') => Nav::By(-1),
        KeyCode::Down | KeyCode::Char('j') => Nav::By(1),
        KeyCode::PageUp => Nav::By(-page),
        KeyCode::PageDown | KeyCode::Char(' ') => Nav::By(page),
        KeyCode::Home | KeyCode::Char('g') => Nav::Top,
        KeyCode::End | KeyCode::Char('G') => Nav::Bottom,
        KeyCode::Enter => Nav::Choose,
        KeyCode::Esc | KeyCode::Char('q') => Nav::Leave,
        _ => return None,
    })
}

pub(crate) fn moved(at: usize, by: isize, last: usize) -> usize {
    at.saturating_add_signed(by).min(last)
}

/// Draws the pager's page from line `top`, its own words in `lang`; how
/// many lines the page holds.
pub(crate) fn draw(
    f: &mut Frame,
    (lines, top): (&[String], usize),
    title: &str,
    lang: Language,
) -> usize {
    let [body, foot] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(f.area());
    let height = usize::from(body.height.saturating_sub(2)).max(1);
    let w = usize::from(body.width.saturating_sub(2));
    let shown: Vec<Line> = lines
        .iter()
        .skip(top)
        .take(height)
        .map(|l| Line::from(fit(l, w)))
        .collect();
    let title = tr!(lang, "screen-pager-title", title = &inert_line(title));
    let block = Block::new()
        .borders(Borders::ALL)
        .title(fit(&format!(" {title} "), w));
    f.render_widget(Paragraph::new(shown).block(block), body);
    let n = (top + 1).min(lines.len());
    let help = format!(
        " {}",
        tr!(lang, "screen-pager-keys", n = n, total = lines.len())
    );
    f.render_widget(
        Paragraph::new(Span::styled(help, Style::new().fg(Color::Gray))),
        foot,
    );
    height
}

/// Shows lines in a read-only scrolling view until q; its own words in `lang`.
pub fn pager(lines: &[String], title: &str, lang: Language) -> io::Result<()> {
    let (mut terminal, _restore) = start()?;
    let mut top = 0usize;
    loop {
        let mut height = 1usize;
        terminal.draw(|f| height = draw(f, (lines, top), title, lang))?;
        let last = lines.len().saturating_sub(height);
        if let Some(Event::Key(k)) = super::next_event(None)? {
            if k.kind != KeyEventKind::Press {
                continue;
            }
            match nav(k.code, k.modifiers, isize::try_from(height).unwrap_or(10)) {
                Some(Nav::By(n)) => top = moved(top, n, last),
                Some(Nav::Top) => top = 0,
                Some(Nav::Bottom) => top = last,
                Some(Nav::Leave) => return Ok(()),
                Some(Nav::Choose) | None => {}
            }
        }
    }
}
