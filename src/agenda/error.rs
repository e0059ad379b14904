//! Problems found in an agenda file, each placed at a line and column.

use std::fmt;
use std::ops::Range;

/// One problem in one agenda file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it.
    pub origin: String,
    /// 1-based line and column (in characters), where they can be known.
    pub at: Option<(usize, usize)>,
    /// What is wrong and what to change, lowercase.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some((line, col)) => write!(f, "{}:{}:{}: {}", self.origin, line, col, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

/// Every problem found in an agenda file; never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct AgendaError {
    /// The problems, in file order.
    pub problems: Vec<Problem>,
}

/// The most problems shown for one file; the rest are counted.
pub const SHOWN: usize = 100;

impl fmt::Display for AgendaError {
    /// The first [`SHOWN`] problems, one per line, then how many more
    /// there are (a file with 100,000 problems prints 101 lines).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, p) in self.problems.iter().take(SHOWN).enumerate() {
            if n > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{p}")?;
        }
        let more = self.problems.len().saturating_sub(SHOWN);
        if let (true, Some(first)) = (more > 0, self.problems.first()) {
            let line = crate::msg!("error-agenda-more", origin = &first.origin, count = more);
            write!(f, "\n{line}")?;
        }
        Ok(())
    }
}

impl AgendaError {
    /// An error about the whole file, with no position.
    pub fn whole_file(origin: &str, message: impl Into<String>) -> AgendaError {
        AgendaError {
            problems: vec![Problem {
                origin: origin.to_string(),
                at: None,
                message: message.into(),
            }],
        }
    }
}

/// Gathers problems while a file is read, turning byte spans into lines and columns.
pub(crate) struct Collector<'s> {
    source: &'s str,
    origin: &'s str,
    found: Vec<(usize, Problem)>,
}

impl<'s> Collector<'s> {
    pub(crate) fn new(source: &'s str, origin: &'s str) -> Self {
        Collector {
            source,
            origin,
            found: Vec::new(),
        }
    }

    /// Records a problem at the start of `span` (its line and column are
    /// worked out for all problems at once, in one pass over the file).
    pub(crate) fn at(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let problem = Problem {
            origin: self.origin.to_string(),
            at: None,
            message: message.into(),
        };
        self.found
            .push((span.start.min(self.source.len()), problem));
    }

    /// A problem at the start of `span`, not recorded.
    pub(crate) fn problem(&self, span: &Range<usize>, message: impl Into<String>) -> Problem {
        let offset = span.start.min(self.source.len());
        Problem {
            origin: self.origin.to_string(),
            at: Some(line_col(self.source, offset)),
            message: message.into(),
        }
    }

    /// The problems sorted by position (stable, so one place keeps its
    /// order), or `None` when there were none.
    pub(crate) fn into_error(mut self) -> Option<AgendaError> {
        if self.found.is_empty() {
            return None;
        }
        self.found.sort_by_key(|(offset, _)| *offset);
        // One sweep over the file for every position: linear in its size
        // and the number of problems together.
        let (mut line, mut col) = (1, 1);
        let mut chars = self.source.char_indices().peekable();
        for (offset, problem) in &mut self.found {
            while let Some(&(i, ch)) = chars.peek() {
                if i >= *offset {
                    break;
                }
                (line, col) = if ch == '\n' {
                    (line + 1, 1)
                } else {
                    (line, col + 1)
                };
                chars.next();
            }
            problem.at = Some((line, col));
        }
        Some(AgendaError {
            problems: self.found.into_iter().map(|(_, p)| p).collect(),
        })
    }
}

/// 1-based line and column (counted in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = source.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "a = 1\nname = \"Sāmoa\" x";
        let x = src.find('x').unwrap();
        assert_eq!(line_col(src, x), (2, 16));
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 999), (2, 17));
    }

    #[test]
    fn problems_print_path_line_col() {
        let p = Problem {
            origin: "a.toml".into(),
            at: Some((3, 7)),
            message: "bad".into(),
        };
        assert_eq!(p.to_string(), "a.toml:3:7: bad");
        let q = Problem {
            origin: "a.toml".into(),
            at: None,
            message: "gone".into(),
        };
        assert_eq!(q.to_string(), "a.toml: gone");
    }
}
