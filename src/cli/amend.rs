//! `talanoa amend`: the meeting changing as it runs, one subcommand per
//! kind of amendment.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

/// `talanoa amend`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa amend --session s.talanoa add-option --item network-options --option compromise --title \"Chair's compromise\" --proposed-by FJ\n  talanoa amend --session s.talanoa add-item --item aob --title \"Date of the next meeting\"\n  talanoa amend --session s.talanoa add-member --member UN --name \"United Nations\" --role observer\n  talanoa amend --session s.talanoa rename --member WS --name \"Sāmoa\"\n  talanoa amend --session s.talanoa rename --item network-options --option diplomatic --title \"Diplomatic Option (revised)\"\n\nEach amendment is a change in the session's record (undo takes it back); the agenda\nfile and the session's copy of it are never edited. New ids work at once in\nrecord, attend, decide and action."
)]
pub struct AmendArgs {
    /// The session file, e.g. --session sessions/forum.talanoa
    #[arg(long, value_name = "FILE", global = true)]
    pub session: Option<PathBuf>,
    /// Who entered the change, kept in the history, e.g. --by "Forum Secretariat"
    /// [default: your login name]
    #[arg(long, value_name = "TEXT", global = true)]
    pub by: Option<String>,
    /// What to change.
    #[command(subcommand)]
    pub what: Amendment,
}

/// The kinds of amendment.
#[derive(Debug, Subcommand)]
pub enum Amendment {
    /// Add an option to an item: a compromise text or an amendment, with who proposed it.
    #[command(
        after_help = "Examples:\n  talanoa amend --session s.talanoa add-option --item network-options --option compromise --title \"Chair's compromise\" --summary \"Informal meetings first, a network in two years\" --proposed-by \"the Chair\"\n  talanoa amend --session s.talanoa add-option --item network-options --option tv-text --title \"Tuvalu's text\" --proposed-by TV"
    )]
    AddOption(AddOptionArgs),
    /// Add an item after the agenda's items (other business, by default).
    #[command(
        after_help = "Example:\n  talanoa amend --session s.talanoa add-item --item aob --title \"Date of the next meeting\" --option date --option-title \"Meet again in March\""
    )]
    AddItem(AddItemArgs),
    /// Add a delegation (a late arrival), with its role and group.
    #[command(
        after_help = "Examples:\n  talanoa amend --session s.talanoa add-member --member UN --name \"United Nations\" --role observer\n  talanoa amend --session s.talanoa add-member --member PIFS --name \"Pacific Islands Forum Secretariat\" --role agency --group \"CROP agencies\""
    )]
    AddMember(AddMemberArgs),
    /// Correct a member's name, or an item's or option's title or summary.
    #[command(
        after_help = "Examples:\n  talanoa amend --session s.talanoa rename --member WS --name \"Sāmoa\"\n  talanoa amend --session s.talanoa rename --member WS --name-in-text \"Sāmoa\"\n  talanoa amend --session s.talanoa rename --item network-options --title \"Options for a regional network\"\n  talanoa amend --session s.talanoa rename --item network-options --option diplomatic --summary \"Meetings of officials each year\""
    )]
    Rename(RenameArgs),
}

/// `talanoa amend add-option`.
#[derive(Debug, Args)]
pub struct AddOptionArgs {
    /// The item it belongs to, e.g. --item network-options
    #[arg(long, value_name = "ID")]
    pub item: String,
    /// The new option's id, unique within the item, e.g. --option compromise
    #[arg(long, value_name = "ID")]
    pub option: String,
    /// Its title, e.g. --title "Chair's compromise"
    #[arg(long, value_name = "TEXT")]
    pub title: String,
    /// Its summary, e.g. --summary "Informal meetings first"
    #[arg(long, value_name = "TEXT")]
    pub summary: Option<String>,
    /// Who proposed it: a member id (--proposed-by FJ) or words (--proposed-by "the Chair")
    #[arg(long, visible_alias = "proposer", value_name = "ID|TEXT")]
    pub proposed_by: Option<String>,
}

/// What an added item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ItemKindArg {
    /// Any other business (the default).
    OtherBusiness,
    /// A substantive item.
    Substantive,
}

/// `talanoa amend add-item`.
#[derive(Debug, Args)]
pub struct AddItemArgs {
    /// The new item's id, e.g. --item aob
    #[arg(long, value_name = "ID")]
    pub item: String,
    /// Its title, e.g. --title "Date of the next meeting"
    #[arg(long, value_name = "TEXT")]
    pub title: String,
    /// Its background, e.g. --background "Raised by Fiji"
    #[arg(long, value_name = "TEXT")]
    pub background: Option<String>,
    /// What kind of item it is.
    #[arg(long, value_enum, default_value_t = ItemKindArg::OtherBusiness)]
    pub kind: ItemKindArg,
    /// A first option, by id, e.g. --option date (more with add-option)
    #[arg(long, value_name = "ID", requires = "option_title")]
    pub option: Option<String>,
    /// The first option's title, e.g. --option-title "Meet again in March"
    #[arg(long, value_name = "TEXT", requires = "option")]
    pub option_title: Option<String>,
}

/// `talanoa amend add-member`.
#[derive(Debug, Args)]
pub struct AddMemberArgs {
    /// The new member's id, e.g. --member NU
    #[arg(long, value_name = "ID")]
    pub member: String,
    /// Its name, e.g. --name "Niue"
    #[arg(long, value_name = "TEXT")]
    pub name: String,
    /// member, observer, associate-member, dialogue-partner or agency, e.g. --role observer
    #[arg(long, value_name = "ROLE", default_value = "member")]
    pub role: String,
    /// Its roster group, e.g. --group Polynesia
    #[arg(long, value_name = "TEXT")]
    pub group: Option<String>,
    /// Its name as it stands in a sentence, e.g. --name-in-text "the Cook Islands"
    #[arg(long, value_name = "TEXT")]
    pub name_in_text: Option<String>,
}

/// `talanoa amend rename`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("what").required(true).args(["member", "item"])))]
#[command(group(ArgGroup::new("field").required(true).args(["name", "name_in_text", "title", "summary"])))]
pub struct RenameArgs {
    /// The member whose name is corrected, e.g. --member TO
    #[arg(long, value_name = "ID", conflicts_with_all = ["item", "option", "title", "summary"])]
    pub member: Option<String>,
    /// The item corrected (or the item of the option corrected), e.g. --item network-options
    #[arg(long, value_name = "ID", conflicts_with_all = ["name", "name_in_text"])]
    pub item: Option<String>,
    /// The option corrected, within --item, e.g. --option diplomatic
    #[arg(long, value_name = "ID", requires = "item")]
    pub option: Option<String>,
    /// The member's corrected name, e.g. --name "Tonga"
    #[arg(long, value_name = "TEXT", requires = "member")]
    pub name: Option<String>,
    /// The member's name as it stands in a sentence, e.g. --name-in-text "the Cook Islands"
    #[arg(long, value_name = "TEXT", requires = "member")]
    pub name_in_text: Option<String>,
    /// The corrected title, e.g. --title "Diplomatic Option (revised)"
    #[arg(long, value_name = "TEXT", requires = "item")]
    pub title: Option<String>,
    /// The corrected summary (an item's background), e.g. --summary "Meetings of officials each year"
    #[arg(
        long,
        visible_alias = "background",
        value_name = "TEXT",
        requires = "item"
    )]
    pub summary: Option<String>,
}
