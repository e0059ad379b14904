//! The right pane: every member grouped by `group`, with their stance on
//! the current option, statement mark, speaking time, absence and role.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::{effect_style, fit, pad};
use crate::text::inert_line;
use crate::tr;
use crate::tui::app::{App, Focus};

enum Row {
    Group(String),
    Member(usize, usize),
}

/// Column widths, computed once per frame.
struct Columns {
    id: usize,
    name: usize,
    stance: usize,
    marks: usize,
}

impl Columns {
    fn new(app: &App, width: usize) -> Columns {
        let marks = 8;
        let id = app
            .agenda()
            .members
            .iter()
            .map(|x| x.id.len())
            .max()
            .unwrap_or(2)
            .clamp(2, 8)
            + 1;
        let rest = width.saturating_sub(3 + id + marks + 1);
        let name = (rest * 9 / 20).max(8).min(rest);
        Columns {
            id,
            name,
            stance: rest.saturating_sub(name),
            marks,
        }
    }
}

fn rows(app: &App) -> Vec<Row> {
    let a = app.agenda();
    let mut out = Vec::with_capacity(app.roster.len() + 8);
    let mut last: Option<Option<&str>> = None;
    for (pos, m) in app.roster.iter().enumerate() {
        let group = a.members.get(*m).and_then(|x| x.group.as_deref());
        if last != Some(group) {
            out.push(Row::Group(
                group.map_or_else(|| tr!(app.lang, "screen-members"), inert_line),
            ));
            last = Some(group);
        }
        out.push(Row::Member(pos, *m));
    }
    out
}

fn clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Seconds left before the speaking limit when the timer warns.
pub const WARN_AT: u64 = 30;

/// How the running timer stands against the item's speaking limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timing {
    /// No limit, or more than [`WARN_AT`] seconds left.
    Running,
    /// [`WARN_AT`] seconds or fewer left.
    Warning,
    /// Past the limit: the timer keeps counting, it never stops the speaker.
    Overtime,
}

/// The running timer as the roster shows it: with a limit it counts down
/// ("⏱2:15", "⏱0:25!" in the last 30 seconds), then shows the overtime
/// ("⏱+0:12"); without one it counts up.
pub fn timer_text(elapsed: u64, limit: Option<u32>) -> (String, Timing) {
    let Some(limit) = limit.map(u64::from) else {
        return (format!("⏱{}", clock(elapsed)), Timing::Running);
    };
    match limit.checked_sub(elapsed) {
        Some(left) if left > WARN_AT => (format!("⏱{}", clock(left)), Timing::Running),
        Some(left) if left > 0 => (format!("⏱{}!", clock(left)), Timing::Warning),
        _ => (
            format!("⏱+{}", clock(elapsed.saturating_sub(limit))),
            Timing::Overtime,
        ),
    }
}

/// Draws the roster, scrolled so the selected member is visible.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let a = app.agenda();
    let option_title = a
        .items
        .get(app.item)
        .and_then(|i| i.options.get(app.option))
        .map(|o| inert_line(&o.title))
        .unwrap_or_default();
    let inner_w = usize::from(area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    let all = rows(app);
    let at = all
        .iter()
        .position(|r| matches!(r, Row::Member(p, _) if *p == app.selected))
        .unwrap_or(0);
    // only the visible rows are drawn: the cost stays flat at any roster size
    let first = at
        .saturating_sub(height / 2)
        .min(all.len().saturating_sub(height));
    let cols = Columns::new(app, inner_w);
    let lines: Vec<Line> = all
        .iter()
        .skip(first)
        .take(height)
        .map(|r| row(app, r, &cols, inner_w))
        .collect();
    let at = format!("{}.{}", app.item + 1, app.option + 1);
    let title = fit(
        &format!(
            " {} ",
            tr!(app.lang, "screen-roster", at = &at, title = &option_title)
        ),
        inner_w,
    );
    let border = if app.focus == Focus::Roster {
        Style::new().fg(Color::Gray)
    } else {
        Style::new().fg(Color::DarkGray)
    };
    // say that the roster scrolls, and how much is out of sight
    let members = |rows: &[Row]| rows.iter().filter(|r| matches!(r, Row::Member(..))).count();
    let above = members(all.get(..first).unwrap_or_default());
    let below = members(
        all.get((first + height).min(all.len())..)
            .unwrap_or_default(),
    );
    let mut more = Vec::new();
    if above > 0 {
        more.push(tr!(app.lang, "screen-more-above", n = above));
    }
    if below > 0 {
        more.push(tr!(app.lang, "screen-more-below", n = below));
    }
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(border)
        .title(title);
    if !more.is_empty() {
        block = block.title_bottom(Line::from(format!(" {} ", more.join(" · "))).right_aligned());
    }
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

fn row<'a>(app: &App, r: &Row, cols: &Columns, width: usize) -> Line<'a> {
    let (pos, m) = match r {
        Row::Group(g) => {
            return Line::from(Span::styled(
                fit(g, width),
                Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            ));
        }
        Row::Member(pos, m) => (*pos, *m),
    };
    let a = app.agenda();
    let rec = app.snap().record();
    let Some(member) = a.members.get(m) else {
        return Line::default();
    };
    let selected = pos == app.selected;
    let absent = rec.is_absent(m);
    // every role but `member` speaks and never counts: marked like an observer
    let observer = !member.role.counts();
    let position = rec.position(app.item, app.option, m);
    let stance = position
        .and_then(|p| p.stance)
        .and_then(|s| Some((a.stances.get(s)?, a.stance_label(s, app.lang)?)));
    let (stance_text, stance_style) = match (absent, stance) {
        (true, _) => (
            tr!(app.lang, "screen-absent"),
            Style::new().fg(Color::DarkGray),
        ),
        (false, Some((s, label))) => (inert_line(&label), effect_style(s.effect)),
        (false, None) => (
            tr!(app.lang, "screen-not-heard"),
            Style::new().fg(Color::DarkGray),
        ),
    };
    let mut marks = String::new();
    marks.push(if position.is_some_and(|p| p.statement.is_some()) {
        '✎'
    } else {
        ' '
    });
    marks.push(' ');
    let timing = app.timer.filter(|t| t.member == m && t.item == app.item);
    let mut standing = Timing::Running;
    match (timing, rec.seconds_spoken(app.item, m)) {
        (Some(_), _) => {
            let elapsed = app.timer_seconds().unwrap_or(0);
            let (text, s) = timer_text(elapsed, a.speaking_limit(app.item));
            marks.push_str(&text);
            standing = s;
        }
        (None, 0) => {}
        (None, s) => marks.push_str(&clock(s)),
    }
    let base = match (selected, app.focus == Focus::Roster, absent) {
        (true, true, _) => Style::new().add_modifier(Modifier::REVERSED),
        (true, false, _) => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        (false, _, true) => Style::new().fg(Color::DarkGray),
        _ => Style::new(),
    };
    // observers are marked ◦ and shown in italics: they speak, never count
    let marker = match (selected, observer) {
        (true, true) => "▸◦ ",
        (true, false) => "▸  ",
        (false, true) => " ◦ ",
        (false, false) => "   ",
    };
    let name_style = if observer {
        base.add_modifier(Modifier::ITALIC)
    } else {
        base
    };
    let timer_style = match (timing.is_some(), standing) {
        (false, _) => Style::new().fg(Color::Gray),
        (true, Timing::Running) => Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        (true, Timing::Warning) => Style::new()
            .fg(Color::LightRed)
            .add_modifier(Modifier::BOLD),
        (true, Timing::Overtime) => Style::new()
            .fg(Color::Red)
            .add_modifier(Modifier::BOLD | Modifier::REVERSED),
    };
    Line::from(vec![
        Span::styled(marker, base),
        Span::styled(pad(&member.id, cols.id), base),
        Span::styled(
            pad(&inert_line(member.name_in(app.lang)), cols.name),
            name_style,
        ),
        Span::styled(" ", base),
        Span::styled(
            pad(&stance_text, cols.stance),
            if selected {
                base.patch(stance_style)
            } else {
                stance_style
            },
        ),
        Span::styled(
            pad(&marks, cols.marks),
            timer_style.patch(if selected { base } else { Style::new() }),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_counts_down_warns_at_thirty_seconds_and_shows_overtime() {
        assert_eq!(timer_text(75, None), ("⏱1:15".into(), Timing::Running));
        assert_eq!(timer_text(45, Some(180)), ("⏱2:15".into(), Timing::Running));
        assert_eq!(
            timer_text(150, Some(180)),
            ("⏱0:30!".into(), Timing::Warning)
        );
        assert_eq!(
            timer_text(179, Some(180)),
            ("⏱0:01!".into(), Timing::Warning)
        );
        assert_eq!(
            timer_text(180, Some(180)),
            ("⏱+0:00".into(), Timing::Overtime)
        );
        assert_eq!(
            timer_text(192, Some(180)),
            ("⏱+0:12".into(), Timing::Overtime)
        );
        // a limit shorter than the warning warns from the start
        assert_eq!(timer_text(0, Some(20)), ("⏱0:20!".into(), Timing::Warning));
    }
}
