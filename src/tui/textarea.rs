//! A small multi-line text buffer with a cursor, for statements, outcomes
//! and actions. Works in characters, so ʻokina, macrons and CJK are whole.

use unicode_width::UnicodeWidthStr;

/// Text being edited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextArea {
    lines: Vec<Vec<char>>,
    row: usize,
    col: usize,
    /// Whether Enter adds a line (statements) or is left to the form.
    pub multiline: bool,
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
    /// Cursor up a line.
    Up,
    /// Cursor down a line.
    Down,
    /// Start of line.
    Home,
    /// End of line.
    End,
}

impl TextArea {
    /// A buffer holding `text`, cursor at its end.
    pub fn new(text: &str, multiline: bool) -> TextArea {
        let mut lines: Vec<Vec<char>> = text.split('\n').map(|l| l.chars().collect()).collect();
        if lines.is_empty() {
            lines.push(Vec::new());
        }
        let row = lines.len() - 1;
        let col = lines.last().map_or(0, Vec::len);
        TextArea {
            lines,
            row,
            col,
            multiline,
        }
    }

    /// The text.
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The lines, for drawing.
    pub fn lines(&self) -> Vec<String> {
        self.lines.iter().map(|l| l.iter().collect()).collect()
    }

    /// Cursor row, the text of that row before the cursor, and the whole row.
    pub fn cursor_line(&self) -> (usize, String, String) {
        let line = self.lines.get(self.row);
        let before = line
            .map(|l| l.iter().take(self.col).collect())
            .unwrap_or_default();
        (
            self.row,
            before,
            line.map(|l| l.iter().collect()).unwrap_or_default(),
        )
    }

    /// Cursor row and its display column.
    pub fn cursor(&self) -> (usize, usize) {
        let before: String = self
            .lines
            .get(self.row)
            .map(|l| l.iter().take(self.col).collect())
            .unwrap_or_default();
        (self.row, before.width())
    }

    fn line_len(&self, row: usize) -> usize {
        self.lines.get(row).map_or(0, Vec::len)
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
            Edit::Delete => {
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
            Edit::Up if self.row > 0 => {
                self.row -= 1;
                self.col = self.col.min(self.line_len(self.row));
            }
            Edit::Down if self.row + 1 < self.lines.len() => {
                self.row += 1;
                self.col = self.col.min(self.line_len(self.row));
            }
            Edit::Up | Edit::Down => {}
            Edit::Home => self.col = 0,
            Edit::End => self.col = self.line_len(self.row),
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(t: &mut TextArea, s: &str) {
        for c in s.chars() {
            t.edit(if c == '\n' {
                Edit::Newline
            } else {
                Edit::Char(c)
            });
        }
    }

    #[test]
    fn multi_line_unicode_editing() {
        let mut t = TextArea::new("", true);
        typed(&mut t, "Sāmoa ʻokina\n日本");
        assert_eq!(t.text(), "Sāmoa ʻokina\n日本");
        assert_eq!(t.cursor(), (1, 4), "two wide characters");
        t.edit(Edit::Backspace);
        t.edit(Edit::Up);
        t.edit(Edit::Home);
        t.edit(Edit::Delete);
        assert_eq!(t.text(), "āmoa ʻokina\n日");
        t.edit(Edit::End);
        t.edit(Edit::Delete);
        assert_eq!(t.text(), "āmoa ʻokina日");
        t.edit(Edit::Home);
        t.edit(Edit::Backspace);
        t.edit(Edit::Left);
        t.edit(Edit::Right);
        t.edit(Edit::Right);
        typed(&mut t, "x");
        assert_eq!(t.text(), "āmxoa ʻokina日");
    }

    #[test]
    fn single_line_ignores_newline() {
        let mut t = TextArea::new("a", false);
        t.edit(Edit::Newline);
        typed(&mut t, "b");
        assert_eq!(t.text(), "ab");
    }
}
