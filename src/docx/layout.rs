//! Markdown events laid out as Word paragraphs and tables.

use docx_rs::{BreakType, Docx, HeightRule, Paragraph, Run, Table, TableCell, TableRow, WidthType};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::{A4, MARGIN, Meta};

/// The text width of an A4 page between the margins.
const TEXT_WIDTH: usize = (A4.0 as usize) - 2 * (MARGIN as usize);

/// A row height no row of ours has, marking header rows until the XML is
/// written; docx-rs cannot say "repeat this row", so the mark becomes
/// `<w:tblHeader/>` afterwards ([`mark_header_rows`]).
const HEADER_MARK: f32 = 7.0;
const HEADER_MARK_XML: &str = r#"<w:trHeight w:val="7" w:hRule="atLeast" />"#;

/// Header rows repeat on every page the table runs over.
pub fn mark_header_rows(document: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(document)
        .replace(HEADER_MARK_XML, "<w:tblHeader />")
        .into_bytes()
}

/// How a run of text looks.
#[derive(Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    strike: bool,
}

/// A table being read: rows of cells, each cell its paragraphs.
#[derive(Default)]
struct TableDraft {
    rows: Vec<(bool, Vec<Vec<Paragraph>>)>,
    head: bool,
}

/// The layout state while the Markdown is walked.
pub struct Layout {
    break_level: Option<u8>,
    breaks_seen: usize,
    /// The level and text so far of the heading being read.
    heading: Option<(u8, String)>,
    look: Look,
    quote: usize,
    /// For each open list: the next number, or `None` for bullets.
    lists: Vec<Option<u64>>,
    paragraph: Option<Paragraph>,
    /// A list item's paragraph holds only its number: the item's first
    /// paragraph continues it rather than starting below it.
    item_open: bool,
    table: Option<TableDraft>,
    out: Vec<Block>,
}

enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl Layout {
    /// A layout for a document with these properties.
    pub fn new(meta: &Meta<'_>) -> Layout {
        Layout {
            break_level: meta.page_break_level,
            breaks_seen: 0,
            heading: None,
            look: Look::default(),
            quote: 0,
            lists: Vec::new(),
            paragraph: None,
            item_open: false,
            table: None,
            out: Vec::new(),
        }
    }

    /// Lays out the whole Markdown text into `doc`.
    pub fn run(mut self, markdown: &str, mut doc: Docx) -> Docx {
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
        for event in Parser::new_ext(markdown, options) {
            self.event(event);
        }
        self.flush();
        for block in self.out {
            doc = match block {
                Block::Paragraph(p) => doc.add_paragraph(*p),
                Block::Table(t) => doc.add_table(*t),
            };
        }
        doc
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) => self.text(&text),
            Event::Html(text) | Event::InlineHtml(text) => self.text(&text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => {
                let p = self.open();
                self.paragraph = Some(p.add_run(Run::new().add_break(BreakType::TextWrapping)));
            }
            Event::Rule => self.push(Paragraph::new()),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph if self.item_open => self.item_open = false,
            Tag::Paragraph => {
                self.flush();
                let mut p = Paragraph::new();
                // A later paragraph of a list item lines up with its text.
                if let Ok(depth @ 1..) = i32::try_from(self.lists.len()) {
                    p = p.indent(Some(567 * depth), None, None, None);
                }
                if self.quote > 0 {
                    p = p.style("Quote");
                }
                self.paragraph = Some(p);
            }
            Tag::Heading { level, .. } => {
                self.flush();
                self.paragraph = Some(self.heading(level));
            }
            Tag::BlockQuote(_) => self.quote += 1,
            Tag::List(start) => {
                self.flush();
                self.lists.push(start);
            }
            Tag::Item => self.item(),
            Tag::Table(_) => {
                self.flush();
                self.table = Some(TableDraft::default());
            }
            Tag::TableHead => self.row(true),
            Tag::TableRow => self.row(false),
            Tag::TableCell => self.paragraph = Some(Paragraph::new()),
            Tag::Emphasis => self.look.italic = true,
            Tag::Strong => self.look.bold = true,
            Tag::Strikethrough => self.look.strike = true,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.end_heading();
                self.flush();
            }
            TagEnd::Paragraph | TagEnd::Item => self.flush(),
            TagEnd::BlockQuote(_) => self.quote = self.quote.saturating_sub(1),
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::TableCell => {
                let p = self.paragraph.take().unwrap_or_default();
                if let Some(cell) = self
                    .table
                    .as_mut()
                    .and_then(|t| t.rows.last_mut())
                    .map(|(_, cells)| cells)
                {
                    cell.push(vec![p]);
                }
            }
            TagEnd::TableHead => {
                if let Some(t) = self.table.as_mut() {
                    t.head = false;
                }
            }
            TagEnd::Table => {
                if let Some(draft) = self.table.take() {
                    self.out.push(Block::Table(Box::new(table(draft))));
                }
            }
            TagEnd::Emphasis => self.look.italic = false,
            TagEnd::Strong => self.look.bold = false,
            TagEnd::Strikethrough => self.look.strike = false,
            _ => {}
        }
    }

    fn heading(&mut self, level: HeadingLevel) -> Paragraph {
        let n = level as u8;
        self.heading = Some((n, String::new()));
        Paragraph::new()
            .style(&format!("Heading{}", n.min(4)))
            .keep_next(true)
    }

    /// A numbered agenda item ("1. Title") at the break level starts a new
    /// page, except the first, which follows the heading block.
    fn end_heading(&mut self) {
        let Some((level, text)) = self.heading.take() else {
            return;
        };
        let numbered = text.starts_with(|c: char| c.is_ascii_digit());
        if self.break_level != Some(level) || !numbered {
            return;
        }
        if self.breaks_seen > 0 {
            self.paragraph = self.paragraph.take().map(|p| p.page_break_before(true));
        }
        self.breaks_seen += 1;
    }

    /// A list item: a paragraph indented by depth, starting with its number or bullet.
    fn item(&mut self) {
        self.flush();
        let depth = self.lists.len().max(1);
        let label = match self.lists.last_mut() {
            Some(Some(n)) => {
                let label = format!("{n}.\t");
                *n += 1;
                label
            }
            _ => "•\t".to_string(),
        };
        let indent = 567 * i32::try_from(depth).unwrap_or(1);
        let p = Paragraph::new()
            .indent(
                Some(indent),
                Some(docx_rs::SpecialIndentType::Hanging(567)),
                None,
                None,
            )
            .add_run(Run::new().add_text(label));
        self.paragraph = Some(p);
        self.item_open = true;
    }

    fn row(&mut self, head: bool) {
        // A header row's cells come inside TableHead, with no TableRow of their own.
        if let Some(t) = self.table.as_mut() {
            t.rows.push((head, Vec::new()));
            t.head = head;
        }
    }

    fn text(&mut self, text: &str) {
        if let Some((_, heading)) = self.heading.as_mut() {
            heading.push_str(text);
        }
        let mut run = Run::new().add_text(text);
        if self.look.bold || self.table.as_ref().is_some_and(|t| t.head) {
            run = run.bold();
        }
        if self.look.italic {
            run = run.italic();
        }
        if self.look.strike {
            run = run.strike();
        }
        let p = self.open();
        self.paragraph = Some(p.add_run(run));
    }

    /// The paragraph being written, or a new one for text outside any.
    fn open(&mut self) -> Paragraph {
        self.paragraph.take().unwrap_or_default()
    }

    fn flush(&mut self) {
        self.item_open = false;
        if self.table.is_some() {
            return;
        }
        if let Some(p) = self.paragraph.take() {
            self.push(p);
        }
    }

    fn push(&mut self, p: Paragraph) {
        self.out.push(Block::Paragraph(Box::new(p)));
    }
}

/// A bordered, full-width table whose rows never split and whose header repeats.
fn table(draft: TableDraft) -> Table {
    let columns = draft
        .rows
        .iter()
        .map(|(_, c)| c.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let width = TEXT_WIDTH / columns;
    let rows = draft
        .rows
        .into_iter()
        .map(|(head, cells)| {
            let cells = cells
                .into_iter()
                .map(|paragraphs| {
                    let mut cell = TableCell::new().width(width, WidthType::Dxa);
                    for p in paragraphs {
                        cell = cell.add_paragraph(p);
                    }
                    cell
                })
                .collect();
            let row = TableRow::new(cells).cant_split();
            if head {
                row.row_height(HEADER_MARK).height_rule(HeightRule::AtLeast)
            } else {
                row
            }
        })
        .collect();
    Table::new(rows)
        .style("TableGrid")
        .width(TEXT_WIDTH, WidthType::Dxa)
        .set_grid(vec![width; columns])
}
