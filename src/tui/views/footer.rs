//! The bottom two lines: rule, last save and time; the keys of the scale.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{effect_style, fit, fit_words};
use crate::consensus::Rule;
use crate::tr;
use crate::tui::app::{App, Tone};

/// Draws the status line and the key line.
pub fn draw(frame: &mut Frame, area: Rect, app: &App) {
    let a = app.agenda();
    let width = usize::from(area.width);
    let rule = tr!(
        app.lang,
        match a.meeting.rule {
            Rule::Consensus => "screen-rule-consensus",
            Rule::ConsensusMinusOne => "screen-rule-minus-one",
        }
    );
    // the meeting's clock, with its zone
    let now = (app.clock)();
    let time = format!("{} {}", app.zone.clock(now), zone_label(app, now));
    let tone = match app.tone {
        Tone::Info => Style::new().fg(Color::Gray),
        Tone::Saved => Style::new().fg(Color::Green).add_modifier(Modifier::BOLD),
        Tone::Error => Style::new()
            .fg(Color::White)
            .bg(Color::Red)
            .add_modifier(Modifier::BOLD),
    };
    let left = format!(" {rule} │ ");
    let status_w = width.saturating_sub(width_of(&left) + width_of(&time) + 3);
    let status = fit_words(&crate::text::inert_line(&app.status), status_w);
    let gap = width.saturating_sub(width_of(&left) + width_of(&status) + width_of(&time) + 1);
    let line1 = Line::from(vec![
        Span::styled(left, Style::new().fg(Color::Gray)),
        Span::styled(status, tone),
        Span::raw(" ".repeat(gap)),
        Span::styled(time, Style::new().fg(Color::Gray)),
    ]);
    frame.render_widget(Paragraph::new(vec![line1, keys(app, width)]), area);
}

/// Display columns of a text (never its bytes or characters: French
/// accents, ʻokina and CJK names).
fn width_of(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// The zone as the status line names it: its IANA name (`Pacific/Fiji`),
/// or the offset from UTC when the machine's zone has no name.
fn zone_label(app: &App, now: chrono::DateTime<chrono::Utc>) -> String {
    match app.zone.name() {
        "local time" => format!("UTC{}", app.zone.offset(now)),
        name => name.to_string(),
    }
}

/// Label widths that fit `room` in all: the longest labels give way first.
pub fn share(widths: &[usize], room: usize) -> Vec<usize> {
    let mut w = widths.to_vec();
    while w.iter().sum::<usize>() > room {
        let Some(max) = w.iter().copied().max().filter(|m| *m > 3) else {
            break;
        };
        if let Some(x) = w.iter_mut().find(|x| **x == max) {
            *x -= 1;
        }
    }
    w
}

fn keys<'a>(app: &App, width: usize) -> Line<'a> {
    let a = app.agenda();
    let tail = format!(
        " {}",
        tr!(
            app.lang,
            if app.can_record() {
                "screen-keys-tail"
            } else {
                "screen-keys-tail-live"
            }
        )
    );
    let room = width.saturating_sub(width_of(&tail) + 1 + a.stances.len() * 3);
    let width_of = |l: &String| width_of(l);
    let labels: Vec<String> = (0..a.stances.len())
        .map(|i| crate::text::inert_line(&a.stance_label(i, app.lang).unwrap_or_default()))
        .collect();
    let ids: Vec<String> = a.stances.iter().map(|s| s.id.clone()).collect();
    // Whole labels when they fit; else the stance ids when those fit whole
    // (cut labels such as "Supports …" twice over would mislead); else cut labels.
    let labels = if labels.iter().map(width_of).sum::<usize>() > room
        && ids.iter().map(width_of).sum::<usize>() <= room
    {
        ids
    } else {
        labels
    };
    let natural: Vec<usize> = labels.iter().map(width_of).collect();
    let widths = share(&natural, room);
    let mut spans = vec![Span::raw(" ")];
    for ((s, label), w) in a.stances.iter().zip(&labels).zip(widths) {
        spans.push(Span::styled(
            s.key.to_string(),
            Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
        ));
        spans.push(Span::styled(
            format!(" {} ", fit(label, w)),
            effect_style(s.effect),
        ));
    }
    spans.push(Span::styled(tail, Style::new().fg(Color::Gray)));
    Line::from(spans)
}
