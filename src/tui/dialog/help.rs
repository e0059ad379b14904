//! The help (`?`): the scale's keys from the agenda and every other key
//! from the one key table (`crate::keys`). Any key closes it.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Ctx, Input, Outcome, popup};
use crate::keys::{TABLE, keys_label};
use crate::text::inert_line;
use crate::tr;
use crate::tui::views::{fit, pad};

/// The help overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Help;

/// The help's rows: (keys, what they do), the scale's keys first (each
/// records its stance for the selected member on the current option).
pub fn rows(ctx: &Ctx) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ctx
        .agenda()
        .stances
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let label = ctx.agenda().stance_label(i, ctx.lang).unwrap_or_default();
            (s.key.to_string(), inert_line(&label))
        })
        .collect();
    out.extend(
        TABLE
            .iter()
            .map(|b| (keys_label(b, ctx.lang), b.what_in(ctx.lang))),
    );
    out
}

impl Help {
    /// Carries out one input: Ctrl-C leaves the screen, any other key closes.
    pub fn update(&mut self, input: Input) -> Outcome {
        match input {
            Input::Key(k)
                if k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                Outcome::Quit
            }
            Input::Key(_) => Outcome::Close(String::new()),
            Input::Paste(_) => Outcome::Stay,
        }
    }

    /// Draws the rows: the scale's keys across the whole box (their labels
    /// whole), the others in two columns when one does not fit.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let all = rows(ctx);
        let stances = ctx.agenda().stances.len();
        let (scale, table) = all.split_at(stances.min(all.len()));
        let room = usize::from(area.height.saturating_sub(2)).max(1);
        let columns = if all.len() <= room { 1 } else { 2 };
        let per = table.len().div_ceil(columns);
        let col_w = (usize::from(area.width.saturating_sub(2)) / columns).min(56);
        let keys_w = all
            .iter()
            .map(|(k, _)| unicode_width::UnicodeWidthStr::width(k.as_str()) + 2)
            .max()
            .unwrap_or(4)
            .min(16);
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let cell = |row: Option<&(String, String)>, w: usize| -> Vec<Span<'static>> {
            row.map_or_else(Vec::new, |(k, what)| {
                vec![
                    Span::styled(pad(&format!(" {k}"), keys_w), bold),
                    Span::raw(pad(what, w.saturating_sub(keys_w + 1))),
                    Span::raw(" "),
                ]
            })
        };
        let mut lines: Vec<Line> = scale
            .iter()
            .map(|r| Line::from(cell(Some(r), col_w * columns)))
            .collect();
        lines.extend((0..per).map(|n| {
            let mut spans = cell(table.get(n), col_w);
            if columns == 2 {
                spans.extend(cell(table.get(n + per), col_w));
            }
            Line::from(spans)
        }));
        let per = per + scale.len();
        let w = u16::try_from(col_w * columns + 2).unwrap_or(u16::MAX);
        let h = u16::try_from(per + 2).unwrap_or(u16::MAX);
        let title = format!(" {} ", tr!(ctx.lang, "dialog-help-title"));
        let (r, block) = popup(
            frame,
            area,
            w,
            h,
            fit(&title, usize::from(w.saturating_sub(2))),
        );
        frame.render_widget(Paragraph::new(lines).block(block), r);
    }
}
