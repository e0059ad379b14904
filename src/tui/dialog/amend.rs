//! The amendment menu (`Ctrl-e` or `F2`): which amendment to make. `1`-`4`
//! or `↑ ↓` and `Enter` open its form; `Esc` records nothing.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{
    AddItemForm, AddMemberForm, AddOptionForm, Ctx, Dialog, Input, Outcome, RenameForm, popup,
};
use crate::tr;
use crate::tui::views::fit;

/// The four amendments, in the menu's order.
const CHOICES: [&str; 4] = [
    "amend-menu-option",
    "amend-menu-item",
    "amend-menu-member",
    "amend-menu-rename",
];

/// The menu, with where the chair is (the forms start from there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmendMenu {
    /// Current item index.
    pub item: usize,
    /// Current option index.
    pub option: usize,
    /// Selected member index, if any.
    pub member: Option<usize>,
    /// The highlighted choice.
    pub at: usize,
}

impl AmendMenu {
    /// The menu, on its first choice.
    pub fn open(item: usize, option: usize, member: Option<usize>) -> AmendMenu {
        AmendMenu {
            item,
            option,
            member,
            at: 0,
        }
    }

    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        let Input::Key(key) = input else {
            return Outcome::Stay;
        };
        match key.code {
            KeyCode::Esc => Outcome::Close(tr!(ctx.lang, "amend-nothing")),
            // Esc and a key typed quickly arrive as Alt+key: open nothing
            _ if key.modifiers.contains(KeyModifiers::ALT) => Outcome::Stay,
            KeyCode::Up => {
                self.at = self.at.saturating_sub(1);
                Outcome::Stay
            }
            KeyCode::Down | KeyCode::Tab => {
                self.at = (self.at + 1).min(CHOICES.len() - 1);
                Outcome::Stay
            }
            KeyCode::Enter => self.choose(self.at, ctx),
            KeyCode::Char(c @ '1'..='4') => {
                let n = c.to_digit(10).map_or(0, |d| d as usize);
                self.choose(n.saturating_sub(1), ctx)
            }
            _ => Outcome::Stay,
        }
    }

    fn choose(&mut self, n: usize, ctx: &Ctx) -> Outcome {
        self.at = n;
        let dialog = match n {
            0 => AddOptionForm::open(ctx, self.item).map(Dialog::AddOption),
            1 => Some(Dialog::AddItem(AddItemForm::open(ctx))),
            2 => Some(Dialog::AddMember(AddMemberForm::open(ctx))),
            _ => RenameForm::open(ctx, self.item, self.option, self.member).map(Dialog::Rename),
        };
        match dialog {
            Some(d) => Outcome::Open(Box::new(d)),
            None => Outcome::Complain(tr!(ctx.lang, "amend-no-item")),
        }
    }

    /// Draws the menu.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let title = format!(" {} ", tr!(ctx.lang, "amend-menu-title"));
        // wide enough for the French hint at 80 columns
        let (r, block) = popup(frame, area, 72, 9, title);
        let inner = block.inner(r);
        let width = usize::from(inner.width);
        let mut lines = Vec::new();
        for (n, id) in CHOICES.iter().enumerate() {
            let text = format!(
                "{} {}  {}",
                if n == self.at { "▶" } else { " " },
                n + 1,
                tr!(ctx.lang, id)
            );
            let style = if n == self.at {
                Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED)
            } else {
                Style::new()
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            fit(&tr!(ctx.lang, "amend-menu-hint"), width),
            Style::new().fg(Color::Gray),
        )));
        frame.render_widget(Paragraph::new(lines).block(block), r);
    }
}
