//! The picker (`talanoa` with no argument where `./agendas/` exists): each
//! agenda with its meeting's title, date and venue, whether a session of it
//! exists (changes recorded, the last one's time: "resume"), and agendas
//! that have problems listed with their first problem instead of hidden.

use std::io;
use std::path::PathBuf;

use crossterm::event::{Event, KeyEventKind};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::pager::{Nav, moved, nav};
use super::views::fit;
use crate::agenda::Language;
use crate::text::inert_line;
use crate::tr;

/// One agenda file as the picker shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The agenda file.
    pub path: PathBuf,
    /// Title, date and venue in one line; or the first problem found.
    pub about: Result<String, String>,
    /// A session of it: "12 changes, last 6 August 2024 09:31 · resume".
    pub session: Option<String>,
}

/// The picker's lines, two per agenda, the chosen one marked, in `lang`.
pub fn lines(choices: &[Choice], at: usize, width: usize, lang: Language) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (n, c) in choices.iter().enumerate() {
        let chosen = n == at;
        let name = c
            .path
            .file_name()
            .map_or_else(String::new, |f| f.to_string_lossy().into_owned());
        let (text, style) = match &c.about {
            Ok(about) => (format!("{name} · {about}"), Style::new()),
            Err(_) => (
                tr!(lang, "picker-cannot-open", file = &name),
                Style::new().fg(Color::Red),
            ),
        };
        let marker = if chosen { "▶ " } else { "  " };
        let style = if chosen {
            style.add_modifier(Modifier::REVERSED)
        } else {
            style
        };
        out.push(Line::from(Span::styled(
            fit(&format!("{marker}{}", inert_line(&text)), width),
            style,
        )));
        let second = match (&c.about, &c.session) {
            (Err(e), _) => e.clone(),
            (Ok(_), Some(s)) => s.clone(),
            (Ok(_), None) => tr!(lang, "picker-no-session"),
        };
        out.push(Line::from(Span::styled(
            fit(&format!("    {}", inert_line(&second)), width),
            Style::new().fg(Color::Gray),
        )));
    }
    out
}

/// Draws the picker, in `lang`.
pub fn draw(frame: &mut Frame, area: Rect, (choices, at): (&[Choice], usize), lang: Language) {
    let [body, foot] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let w = usize::from(body.width.saturating_sub(2));
    let all = lines(choices, at, w, lang);
    let height = usize::from(body.height.saturating_sub(2)).max(2);
    let first = (at * 2).saturating_sub(height.saturating_sub(2));
    let shown: Vec<Line> = all.into_iter().skip(first).take(height).collect();
    let block = Block::new()
        .borders(Borders::ALL)
        .title(format!(" {} ", tr!(lang, "picker-title")));
    frame.render_widget(Paragraph::new(shown).block(block), body);
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!(" {}", tr!(lang, "picker-keys")),
            Style::new().fg(Color::Gray),
        )),
        foot,
    );
}

/// Lets the chair pick an agenda; `None` when they leave without choosing.
/// An agenda with problems is not opened: the picker says why and stays.
/// The picker's own words are in `lang`.
pub fn pick(choices: &[Choice], lang: Language) -> io::Result<Option<PathBuf>> {
    let (mut terminal, _restore) = super::start()?;
    let mut at = 0usize;
    loop {
        terminal.draw(|f| draw(f, f.area(), (choices, at), lang))?;
        let Some(Event::Key(k)) = super::next_event(None)? else {
            continue;
        };
        if k.kind != KeyEventKind::Press {
            continue;
        }
        let last = choices.len().saturating_sub(1);
        match nav(k.code, k.modifiers, 10) {
            Some(Nav::By(n)) => at = moved(at, n, last),
            Some(Nav::Top) => at = 0,
            Some(Nav::Bottom) => at = last,
            Some(Nav::Choose) => match choices.get(at) {
                Some(c) if c.about.is_ok() => return Ok(Some(c.path.clone())),
                Some(_) => {}
                None => return Ok(None),
            },
            Some(Nav::Leave) => return Ok(None),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agendas_show_their_meeting_session_and_problems() {
        let choices = vec![
            Choice {
                path: "agendas/fono.toml".into(),
                about: Ok("Fono of Sāmoa · 6 August 2024 · Apia".into()),
                session: Some("3 changes, the last 6 August 2024 09:31 · resume".into()),
            },
            Choice {
                path: "agendas/bad.toml".into(),
                about: Err("agendas/bad.toml:2:9: `title` must be text".into()),
                session: None,
            },
            Choice {
                path: "agendas/new.toml".into(),
                about: Ok("New meeting".into()),
                session: None,
            },
        ];
        let text: Vec<String> = lines(&choices, 1, 80, Language::En)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.to_string()).collect())
            .collect();
        assert_eq!(
            text,
            [
                "  fono.toml · Fono of Sāmoa · 6 August 2024 · Apia",
                "    3 changes, the last 6 August 2024 09:31 · resume",
                "▶ bad.toml · cannot be opened",
                "    agendas/bad.toml:2:9: `title` must be text",
                "  new.toml · New meeting",
                "    no session yet · Enter starts one",
            ]
        );
    }
}
