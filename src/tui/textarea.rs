//! A small text buffer with a cursor, for statements, outcomes, actions and
//! the find box. Works in characters, so ʻokina, macrons and CJK are whole.
//! Long lines wrap at word boundaries (soft wrap: the text keeps its own
//! line breaks only); the cursor moves up and down by the lines shown.

use unicode_width::UnicodeWidthStr;

/// Text being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextArea {
    lines: Vec<Vec<char>>,
    row: usize,
    col: usize,
    /// Whether Enter adds a line (statements) or is left to the form.
    pub multiline: bool,
    /// The width text wraps at (0: no wrapping), for moving up and down.
    wrap: usize,
}

/// One editing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Type a character.
    Char(char),
    /// Start a new line.
    Newline,
    /// Delete before the cursor.
    Backspace,
    /// Delete under the cursor.
    Delete,
    /// Cursor left.
    Left,
    /// Cursor right.
    Right,
    /// Cursor up a line as shown.
    Up,
    /// Cursor down a line as shown.
    Down,
    /// Start of line.
    Home,
    /// End of line.
    End,
}

/// What of a text area to show in a box: its lines as shown (made inert),
/// the cursor within them, and how many lines the whole text takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// The lines in view.
    pub lines: Vec<String>,
    /// Cursor (row within `lines`, display column).
    pub cursor: (usize, usize),
    /// The cursor's line among all the lines shown (from 0).
    pub at: usize,
    /// How many lines the whole text takes at this width.
    pub total: usize,
}

/// How a character is shown (inert: controls become visible marks).
fn shown(c: char) -> String {
    let mut buf = [0u8; 4];
    crate::text::inert(c.encode_utf8(&mut buf)).replace('\n', " ")
}

fn width_of(c: char) -> usize {
    if c.is_ascii() && !c.is_ascii_control() {
        1
    } else {
        shown(c).width()
    }
}

/// Where a line breaks at `width` columns: the start of each piece shown.
/// Breaks after a space where it can, inside a word only when the word
/// alone is wider than the box.
pub fn breaks(line: &[char], width: usize) -> Vec<usize> {
    let mut starts = vec![0];
    if width == 0 {
        return starts;
    }
    let (mut start, mut used, mut after_space) = (0usize, 0usize, None::<usize>);
    for (i, c) in line.iter().enumerate() {
        let w = width_of(*c);
        if used + w > width && i > start {
            let at = after_space.filter(|s| *s > start && *s <= i).unwrap_or(i);
            starts.push(at);
            start = at;
            used = line
                .get(at..i)
                .map_or(0, |s| s.iter().map(|c| width_of(*c)).sum());
            after_space = None;
        }
        used += w;
        if *c == ' ' {
            after_space = Some(i + 1);
        }
    }
    starts
}

impl TextArea {
    /// A buffer holding `text`, cursor at its end.
    pub fn new(text: &str, multiline: bool) -> TextArea {
        let mut t = TextArea {
            lines: vec![Vec::new()],
            row: 0,
            col: 0,
            multiline,
            wrap: 0,
        };
        t.insert_str(text);
        t
    }

    /// Sets the width the text wraps at, for moving up and down.
    pub fn set_wrap(&mut self, width: usize) {
        self.wrap = width;
    }

    /// The text.
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Cursor row and its display column in the unwrapped text.
    pub fn cursor(&self) -> (usize, usize) {
        let before: usize = self
            .lines
            .get(self.row)
            .map_or(0, |l| l.iter().take(self.col).map(|c| width_of(*c)).sum());
        (self.row, before)
    }

    fn line_len(&self, row: usize) -> usize {
        self.lines.get(row).map_or(0, Vec::len)
    }

    /// Inserts text at the cursor at once (a paste): line breaks start new
    /// lines in a multi-line area and become spaces in a one-line field.
    pub fn insert_str(&mut self, text: &str) {
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        let Some(line) = self.lines.get_mut(self.row) else {
            return;
        };
        let rest = line.split_off(self.col.min(line.len()));
        let mut pieces = text.split('\n');
        if let Some(first) = pieces.next() {
            line.extend(first.chars());
        }
        for p in pieces {
            if self.multiline {
                self.row += 1;
                self.lines.insert(self.row, p.chars().collect());
            } else if let Some(l) = self.lines.get_mut(self.row) {
                l.push(' ');
                l.extend(p.chars());
            }
        }
        if let Some(l) = self.lines.get_mut(self.row) {
            self.col = l.len();
            l.extend(rest);
        }
    }

    /// Applies one editing key.
    pub fn edit(&mut self, e: Edit) {
        match e {
            Edit::Char(c) => {
                if let Some(l) = self.lines.get_mut(self.row) {
                    let at = self.col.min(l.len());
                    l.insert(at, c);
                    self.col = at + 1;
                }
            }
            Edit::Newline if self.multiline => {
                let rest = self
                    .lines
                    .get_mut(self.row)
                    .map(|l| l.split_off(self.col.min(l.len())))
                    .unwrap_or_default();
                self.lines.insert(self.row + 1, rest);
                self.row += 1;
                self.col = 0;
            }
            Edit::Newline => {}
            Edit::Backspace => self.backspace(),
            Edit::Delete => self.delete(),
            Edit::Left => {
                if self.col > 0 {
                    self.col -= 1;
                } else if self.row > 0 {
                    self.row -= 1;
                    self.col = self.line_len(self.row);
                }
            }
            Edit::Right => {
                if self.col < self.line_len(self.row) {
                    self.col += 1;
                } else if self.row + 1 < self.lines.len() {
                    self.row += 1;
                    self.col = 0;
                }
            }
            Edit::Up => self.vertical(false),
            Edit::Down => self.vertical(true),
            Edit::Home => self.col = self.piece_of(self.row, self.col).1,
            Edit::End => {
                let (piece, _) = self.piece_of(self.row, self.col);
                let starts = self.starts(self.row);
                self.col = match starts.get(piece + 1) {
                    // the end of a wrapped piece is just before the next one
                    Some(next) => next.saturating_sub(1),
                    None => self.line_len(self.row),
                };
            }
        }
    }

    fn starts(&self, row: usize) -> Vec<usize> {
        self.lines
            .get(row)
            .map_or_else(|| vec![0], |l| breaks(l, self.wrap))
    }

    /// Which piece of a line a column is in, and where that piece starts.
    fn piece_of(&self, row: usize, col: usize) -> (usize, usize) {
        let starts = self.starts(row);
        let n = starts.iter().rposition(|s| *s <= col).unwrap_or(0);
        (n, starts.get(n).copied().unwrap_or(0))
    }

    /// Moves to the line shown above or below, keeping the column shown.
    fn vertical(&mut self, down: bool) {
        let (piece, start) = self.piece_of(self.row, self.col);
        let x: usize = self.lines.get(self.row).map_or(0, |l| {
            l.get(start..self.col.min(l.len()))
                .map_or(0, |s| s.iter().map(|c| width_of(*c)).sum())
        });
        let starts = self.starts(self.row);
        let (row, piece) = if down {
            if piece + 1 < starts.len() {
                (self.row, piece + 1)
            } else if self.row + 1 < self.lines.len() {
                (self.row + 1, 0)
            } else {
                return;
            }
        } else if piece > 0 {
            (self.row, piece - 1)
        } else if self.row > 0 {
            (self.row - 1, self.starts(self.row - 1).len() - 1)
        } else {
            return;
        };
        let starts = self.starts(row);
        let from = starts.get(piece).copied().unwrap_or(0);
        let to = starts
            .get(piece + 1)
            .map_or(self.line_len(row), |n| n.saturating_sub(1));
        let mut col = from;
        let mut used = 0;
        if let Some(l) = self.lines.get(row) {
            while col < to {
                let w = l.get(col).map_or(1, |c| width_of(*c));
                if used + w > x {
                    break;
                }
                used += w;
                col += 1;
            }
        }
        self.row = row;
        self.col = col;
    }

    fn delete(&mut self) {
        let len = self.line_len(self.row);
        if self.col < len {
            if let Some(l) = self.lines.get_mut(self.row) {
                l.remove(self.col);
            }
        } else if self.row + 1 < self.lines.len() {
            let next = self.lines.remove(self.row + 1);
            if let Some(l) = self.lines.get_mut(self.row) {
                l.extend(next);
            }
        }
    }

    fn backspace(&mut self) {
        if self.col > 0 {
            if let Some(l) = self.lines.get_mut(self.row) {
                self.col = self.col.min(l.len());
                l.remove(self.col - 1);
                self.col -= 1;
            }
        } else if self.row > 0 {
            let line = self.lines.remove(self.row);
            self.row -= 1;
            self.col = self.line_len(self.row);
            if let Some(l) = self.lines.get_mut(self.row) {
                l.extend(line);
            }
        }
    }

    /// The text wrapped at `width` columns, `height` lines of it around the
    /// cursor. One column is kept free at the right for the cursor.
    pub fn view(&self, width: usize, height: usize) -> View {
        let wrap = width.saturating_sub(1).max(1);
        let mut pieces: Vec<(usize, usize, usize)> = Vec::new();
        let mut at = 0;
        for (r, l) in self.lines.iter().enumerate() {
            let starts = breaks(l, wrap);
            for (n, s) in starts.iter().enumerate() {
                let end = starts.get(n + 1).copied().unwrap_or(l.len());
                if r == self.row && *s <= self.col {
                    at = pieces.len();
                }
                pieces.push((r, *s, end));
            }
        }
        let top = at.saturating_sub(height.saturating_sub(1));
        let line = |&(r, s, e): &(usize, usize, usize)| -> String {
            self.lines
                .get(r)
                .and_then(|l| l.get(s..e))
                .map_or_else(String::new, |cs| cs.iter().map(|c| shown(*c)).collect())
        };
        let lines = pieces.iter().skip(top).take(height).map(line).collect();
        let x = pieces.get(at).map_or(0, |&(r, s, _)| {
            self.lines.get(r).map_or(0, |l| {
                l.get(s..self.col.min(l.len()))
                    .map_or(0, |cs| cs.iter().map(|c| width_of(*c)).sum())
            })
        });
        View {
            lines,
            cursor: (at - top, x),
            at,
            total: pieces.len(),
        }
    }
}

#[cfg(test)]
mod tests;
