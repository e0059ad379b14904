//! Find a member (`/`): type part of an id or a name, ↑↓ to choose, Enter
//! to select. An exact id comes first ("AU" is Australia, never Nauru),
//! then ids and names that begin with what was typed, then any that hold
//! it; case, accents, macrons and the ʻokina are ignored both ways
//! ("Samoa" finds "Sāmoa", "Sāmoa" finds "Samoa").

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::editor::{edit_for, window};
use super::{Ctx, Input, Outcome, popup, set_cursor};
use crate::agenda::Member;
use crate::text::inert_line;
use crate::tr;
use crate::tui::textarea::TextArea;
use crate::tui::views::fit;

/// The find box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Find {
    query: TextArea,
    /// Which match is chosen (0: the best).
    pub choice: usize,
}

/// Text folded for matching: no case, no accents or macrons, no ʻokina.
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| {
            !is_combining_mark(*c) && !matches!(c, '\u{2bb}' | '\'' | '\u{2018}' | '\u{2019}')
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// How well a member matches a folded query (lower is better), if at all:
/// by id, by name, or by French name (`name_fr`).
fn rank(m: &Member, q: &str) -> Option<u8> {
    let by_name = |name: &str| rank_name(&fold(&m.id), &fold(name), q);
    std::iter::once(m.name.as_str())
        .chain(m.name_fr.as_deref())
        .filter_map(by_name)
        .min()
}

/// How well an id and a name (both folded) match a folded query.
fn rank_name(id: &str, name: &str, q: &str) -> Option<u8> {
    let word_start = name
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(q));
    if q.is_empty() {
        Some(4)
    } else if id == q {
        Some(0)
    } else if name == q {
        Some(1)
    } else if id.starts_with(q) || name.starts_with(q) {
        Some(2)
    } else if word_start {
        Some(3)
    } else if id.contains(q) || name.contains(q) {
        Some(4)
    } else {
        None
    }
}

/// Roster positions of the members matching `query`, best first, then in
/// roster order.
pub fn matches(ctx: &Ctx, query: &str) -> Vec<usize> {
    let q = fold(query.trim());
    let members = &ctx.agenda().members;
    let mut found: Vec<(u8, usize)> = ctx
        .roster
        .iter()
        .enumerate()
        .filter_map(|(pos, m)| Some((rank(members.get(*m)?, &q)?, pos)))
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(_, pos)| pos).collect()
}

impl Find {
    /// An empty find box.
    pub fn open() -> Find {
        Find {
            query: TextArea::new("", false),
            choice: 0,
        }
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        let key = match input {
            Input::Paste(p) => {
                self.query.insert_str(p);
                self.choice = 0;
                return Outcome::Stay;
            }
            Input::Key(k) => k,
        };
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Esc => Outcome::Close(String::new()),
            KeyCode::Char('c') if ctrl => Outcome::Close(String::new()),
            KeyCode::Enter => match matches(ctx, &self.query.text()).get(self.choice) {
                Some(pos) => Outcome::Select(*pos),
                None => Outcome::Complain(tr!(ctx.lang, "status-find-none")),
            },
            KeyCode::Up | KeyCode::BackTab => {
                self.choice = self.choice.saturating_sub(1);
                Outcome::Stay
            }
            KeyCode::Down | KeyCode::Tab => {
                let n = matches(ctx, &self.query.text()).len();
                self.choice = (self.choice + 1).min(n.saturating_sub(1));
                Outcome::Stay
            }
            _ if ctrl || key.modifiers.contains(KeyModifiers::ALT) => Outcome::Stay,
            code => {
                if let Some(e) = edit_for(code, false) {
                    self.query.edit(e);
                    self.choice = 0;
                }
                Outcome::Stay
            }
        }
    }

    /// Draws the box and the matches.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let title = format!(" {} ", tr!(ctx.lang, "dialog-find-title"));
        let (r, block) = popup(frame, area, 60, 14, title);
        let inner = block.inner(r);
        let width = usize::from(inner.width);
        let (shown, col) = window(&self.query, width.saturating_sub(2));
        let mut lines = vec![Line::from(format!("> {shown}")), Line::default()];
        let found = matches(ctx, &self.query.text());
        let room = usize::from(inner.height.saturating_sub(3));
        let skip = self.choice.saturating_sub(room.saturating_sub(1));
        let a = ctx.agenda();
        for (n, pos) in found.iter().enumerate().skip(skip).take(room) {
            let Some(m) = ctx.roster.get(*pos).and_then(|m| a.members.get(*m)) else {
                continue;
            };
            let style = if n == self.choice {
                Style::new().add_modifier(Modifier::REVERSED)
            } else {
                Style::new()
            };
            lines.push(Line::from(Span::styled(
                fit(
                    &format!(
                        "{:<6} {}",
                        inert_line(&m.id),
                        inert_line(m.name_in(ctx.lang))
                    ),
                    width,
                ),
                style,
            )));
        }
        if found.is_empty() {
            lines.push(Line::from(Span::styled(
                tr!(ctx.lang, "dialog-find-none"),
                Style::new().fg(Color::Gray),
            )));
        }
        frame.render_widget(Paragraph::new(lines).block(block), r);
        set_cursor(frame, inner, 0, 2 + col);
    }
}
