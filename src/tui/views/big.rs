//! Large type for the projector: a short text (a timer, an item number, a
//! status) drawn with block glyphs (`tui-big-text`, an 8×8 font), in the
//! largest size that fits its area; in ordinary bold type when no size
//! fits or a character has no glyph, so the words are never lost.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;
use tui_big_text::{BigText, PixelSize};
use unicode_width::UnicodeWidthStr;

/// Glyph sizes from the largest: (size, columns, rows) per character.
const SIZES: [(PixelSize, u16, u16); 3] = [
    (PixelSize::Full, 8, 8),
    (PixelSize::HalfHeight, 8, 4),
    (PixelSize::Quadrant, 4, 4),
];

/// Whether the font has a glyph for every character (Basic Latin and
/// Latin-1: digits, `:`, `+`, and words such as "réserves").
fn drawable(text: &str) -> bool {
    text.chars()
        .all(|c| (' '..='~').contains(&c) || ('\u{a0}'..='\u{ff}').contains(&c))
}

/// The largest glyph size `text` fits `area` with, if any.
pub fn size_for(text: &str, area: Rect) -> Option<(PixelSize, u16, u16)> {
    if !drawable(text) || text.is_empty() {
        return None;
    }
    let n = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
    SIZES
        .into_iter()
        .find(|(_, w, h)| n.saturating_mul(*w) <= area.width && *h <= area.height)
}

/// Draws `text` in `area`, large when it fits, aligned as asked and
/// centred vertically.
pub fn draw(frame: &mut Frame, area: Rect, text: &str, style: Style, align: Alignment) {
    match size_for(text, area) {
        Some((size, _, h)) => {
            let at = Rect {
                y: area.y + (area.height - h) / 2,
                height: h,
                ..area
            };
            let big = BigText::builder()
                .pixel_size(size)
                .style(style)
                .alignment(align)
                .lines(vec![Line::from(text.to_string())])
                .build();
            frame.render_widget(big, at);
        }
        None => {
            let at = Rect {
                y: area.y + area.height.saturating_sub(1) / 2,
                height: area.height.min(1),
                ..area
            };
            let cut = super::fit(text, usize::from(area.width));
            let line = Line::styled(cut, style.add_modifier(Modifier::BOLD)).alignment(align);
            frame.render_widget(Paragraph::new(line), at);
        }
    }
}

/// The display width of `text` drawn large in `area` (for laying out what
/// stands beside it).
pub fn width(text: &str, area: Rect) -> u16 {
    match size_for(text, area) {
        Some((_, w, _)) => u16::try_from(text.chars().count())
            .unwrap_or(u16::MAX)
            .saturating_mul(w),
        None => u16::try_from(UnicodeWidthStr::width(text)).unwrap_or(u16::MAX),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_largest_size_that_fits_else_ordinary_type() {
        let wide = Rect::new(0, 0, 80, 8);
        assert_eq!(size_for("2:15", wide).map(|s| s.1), Some(8));
        assert_eq!(
            size_for("2:15", Rect::new(0, 0, 80, 4)).map(|s| s.2),
            Some(4)
        );
        // ten characters do not fit 8 columns each in 60: 4 each do
        assert_eq!(
            size_for("+10:00 abc", Rect::new(0, 0, 60, 8)).map(|s| s.1),
            Some(4)
        );
        assert_eq!(size_for("consensus", Rect::new(0, 0, 20, 8)), None);
        // no glyph for these: ordinary type
        assert_eq!(size_for("日本", wide), None);
        assert_eq!(size_for("⏱", wide), None);
        assert_eq!(width("réserves", wide), 64);
    }
}
