//! The dialogs drawn over the meeting, one file each, as gitui's popups:
//! each owns its state, its keys, its update and its drawing. A dialog sees
//! the record and the agenda ([`Ctx`]), never the `App`; its update returns
//! an [`Outcome`] that the `App` carries out (saving, exporting), so no
//! dialog touches the disk, and a dialog closes only once its change is
//! saved: a refused save never throws away what the chair typed.

mod action;
mod add_item;
mod add_member;
mod add_option;
mod amend;
mod editor;
mod export;
mod find;
mod form;
mod help;
mod outcome;
mod present;
mod rename;
mod statement;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Style};
use ratatui::widgets::{Block, Borders, Clear};

pub use action::ActionForm;
pub use add_item::AddItemForm;
pub use add_member::AddMemberForm;
pub use add_option::AddOptionForm;
pub use amend::AmendMenu;
pub use export::{Export, kind_name};
pub use find::{Find, matches};
pub use help::{Help, rows as help_rows};
pub use outcome::OutcomeEditor;
pub use present::MarkPresent;
pub use rename::RenameForm;
pub use statement::StatementEditor;

use super::views::centered;
use crate::agenda::{Agenda, Attribution, Language};
use crate::export::{Document, Kind};
use crate::session::{Change, NewItem, NewMember, NewOption, Record, Rename, Snapshot};

/// What a dialog is given: the record as it stands, the roster order and
/// the screen's language.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// The session as it stands.
    pub snap: &'a Snapshot,
    /// Member indices in roster order.
    pub roster: &'a [usize],
    /// The screen's width (editors wrap to it).
    pub width: u16,
    /// The language of the screen's own words.
    pub lang: Language,
}

impl<'a> Ctx<'a> {
    /// The agenda.
    pub fn agenda(&self) -> &'a Agenda {
        &self.snap.agenda
    }

    /// The record.
    pub fn record(&self) -> &'a Record {
        self.snap.record()
    }
}

/// What the chair did inside a dialog.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input<'a> {
    /// A key press.
    Key(KeyEvent),
    /// Text pasted at once (bracketed paste).
    Paste(&'a str),
}

/// What a dialog asks the `App` to do after an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Stay open; nothing else to do.
    Stay,
    /// Stay open and show this problem in the status line.
    Complain(String),
    /// Close; nothing was recorded. The words say so.
    Close(String),
    /// Save these changes in order; close once every one is saved.
    Record(Vec<Change>),
    /// Write this export; close once it is written.
    Export(Kind, Document, Attribution),
    /// Select this roster position and close.
    Select(usize),
    /// Leave the screen.
    Quit,
    /// Open this dialog in place of this one (the amendment menu's choice).
    Open(Box<Dialog>),
    /// Record this amendment through its session function; close once saved.
    Amend(Amend),
}

/// An amendment a dialog asks the `App` to record: each goes through its
/// own function in `session` (the one `talanoa amend` uses).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Amend {
    /// An option added to an item ([`crate::session::Session::add_option`]).
    Option(NewOption),
    /// An item added ([`crate::session::Session::add_item`]).
    Item(NewItem),
    /// A member added ([`crate::session::Session::add_member`]).
    Member(NewMember),
    /// A correction ([`crate::session::Session::rename`]).
    Rename(Rename),
}

/// The open dialog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// The key help.
    Help(Help),
    /// A member's statement on an option.
    Statement(StatementEditor),
    /// The chair's outcome on an item.
    Outcome(OutcomeEditor),
    /// An action arising from an item.
    Action(ActionForm),
    /// Finding a member.
    Find(Find),
    /// Choosing what to export.
    Export(Export),
    /// Recording for an absent member: mark them present first?
    Present(MarkPresent),
    /// Which amendment to make.
    Amend(AmendMenu),
    /// An option added to the current item.
    AddOption(AddOptionForm),
    /// An item added (other business).
    AddItem(AddItemForm),
    /// A member added (a late delegation).
    AddMember(AddMemberForm),
    /// A name, title or summary corrected.
    Rename(RenameForm),
}

impl Dialog {
    /// Carries out one input.
    pub fn update(&mut self, input: Input, ctx: &Ctx) -> Outcome {
        match self {
            Dialog::Help(d) => d.update(input),
            Dialog::Statement(d) => d.update(input, ctx),
            Dialog::Outcome(d) => d.update(input, ctx),
            Dialog::Action(d) => d.update(input, ctx),
            Dialog::Find(d) => d.update(input, ctx),
            Dialog::Export(d) => d.update(input),
            Dialog::Present(d) => d.update(input, ctx),
            Dialog::Amend(d) => d.update(input, ctx),
            Dialog::AddOption(d) => d.update(input, ctx),
            Dialog::AddItem(d) => d.update(input, ctx),
            Dialog::AddMember(d) => d.update(input, ctx),
            Dialog::Rename(d) => d.update(input, ctx),
        }
    }

    /// Draws the dialog over `area`.
    pub fn draw(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        match self {
            Dialog::Help(d) => d.draw(frame, area, ctx),
            Dialog::Statement(d) => d.draw(frame, area, ctx),
            Dialog::Outcome(d) => d.draw(frame, area, ctx),
            Dialog::Action(d) => d.draw(frame, area, ctx.lang),
            Dialog::Find(d) => d.draw(frame, area, ctx),
            Dialog::Export(d) => d.draw(frame, area, ctx.lang),
            Dialog::Present(d) => d.draw(frame, area, ctx),
            Dialog::Amend(d) => d.draw(frame, area, ctx),
            Dialog::AddOption(d) => d.draw(frame, area, ctx),
            Dialog::AddItem(d) => d.draw(frame, area, ctx),
            Dialog::AddMember(d) => d.draw(frame, area, ctx),
            Dialog::Rename(d) => d.draw(frame, area, ctx),
        }
    }

    /// Whether Esc and a key read together (Alt+key) mean Esc, then the
    /// key on the meeting screen: in the text editors (Esc keeps the text),
    /// the amendment menu and its forms (Esc records nothing).
    pub fn is_editor(&self) -> bool {
        matches!(
            self,
            Dialog::Statement(_)
                | Dialog::Outcome(_)
                | Dialog::Action(_)
                | Dialog::Amend(_)
                | Dialog::AddOption(_)
                | Dialog::AddItem(_)
                | Dialog::AddMember(_)
                | Dialog::Rename(_)
        )
    }

    /// Whether closing now would lose typed text.
    pub fn has_unsaved_text(&self) -> bool {
        match self {
            Dialog::Statement(d) => d.changed(),
            Dialog::Outcome(d) => d.changed(),
            Dialog::Action(d) => d.changed(),
            Dialog::AddOption(d) => d.changed(),
            Dialog::AddItem(d) => d.changed(),
            Dialog::AddMember(d) => d.changed(),
            Dialog::Rename(d) => d.changed(),
            _ => false,
        }
    }
}

/// Clears a centred box of at most `w`×`h` and gives its frame.
pub(crate) fn popup<'a>(
    frame: &mut Frame,
    area: Rect,
    w: u16,
    h: u16,
    title: String,
) -> (Rect, Block<'a>) {
    let r = centered(area, w, h);
    frame.render_widget(Clear, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(Style::new().fg(Color::Cyan))
        .title(title);
    (r, block)
}

/// Puts the terminal cursor at (row, col) inside `inner`, kept within it.
pub(crate) fn set_cursor(frame: &mut Frame, inner: Rect, row: usize, col: usize) {
    let x = inner
        .x
        .saturating_add(u16::try_from(col).unwrap_or(u16::MAX))
        .min(inner.right().saturating_sub(1));
    let y = inner
        .y
        .saturating_add(u16::try_from(row).unwrap_or(u16::MAX))
        .min(inner.bottom().saturating_sub(1));
    frame.set_cursor_position(Position { x, y });
}
