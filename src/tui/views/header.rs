//! The top two lines: meeting title, item number and title.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use unicode_width::UnicodeWidthStr;

use super::fit;
use crate::text::inert_line;
use crate::tr;
use crate::tui::app::App;

/// Draws the header.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let a = app.agenda();
    let width = usize::from(area.width);
    let lang = app.lang;
    let count = format!(
        " {} ",
        tr!(
            lang,
            "screen-item-count",
            n = app.item + 1,
            total = a.items.len()
        )
    );
    let count_w = UnicodeWidthStr::width(count.as_str());
    let id = if app.can_record() {
        "screen-title"
    } else {
        "screen-title-live"
    };
    let title = fit(
        &format!(" {}", tr!(lang, id, title = &inert_line(&a.meeting.title))),
        width.saturating_sub(count_w),
    );
    let gap = width.saturating_sub(UnicodeWidthStr::width(title.as_str()) + count_w);
    let bar = Style::new()
        .bg(Color::Blue)
        .fg(Color::White)
        .add_modifier(Modifier::BOLD);
    let item = a
        .items
        .get(app.item)
        .map(|i| inert_line(&i.title))
        .unwrap_or_default();
    let lines = vec![
        Line::from(vec![
            Span::styled(title, bar),
            Span::styled(" ".repeat(gap), bar),
            Span::styled(count, bar),
        ]),
        Line::from(Span::styled(
            fit(&format!(" {}. {item}", app.item + 1), width),
            Style::new().add_modifier(Modifier::BOLD),
        )),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}
