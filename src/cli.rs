//! The command line: one clap struct per subcommand, each flag explained with an example.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

mod amend;
pub use amend::{
    AddItemArgs, AddMemberArgs, AddOptionArgs, AmendArgs, Amendment, ItemKindArg, RenameArgs,
};

/// Chair consensus meetings the Pacific way: load an agenda, record every
/// delegation's position, see consensus at once, export talanoa minutes.
#[derive(Debug, Parser)]
#[command(name = "talanoa", version, args_conflicts_with_subcommands = true)]
#[command(
    after_help = "Examples:\n  talanoa                                  pick an agenda in ./agendas, or open the sample meeting\n  talanoa agendas/peer-to-peer-cooperation.toml   chair that meeting (same as `talanoa run`)\n  talanoa validate agendas/*.toml          check agenda files\n  talanoa export --session agendas/sessions/peer-to-peer-cooperation.talanoa --format html -o minutes.html"
)]
pub struct Cli {
    /// Agenda to chair (same as `talanoa run AGENDA`).
    #[arg(value_name = "AGENDA")]
    pub agenda: Option<PathBuf>,

    /// The language of the screen's own words (agenda text stays as written), e.g. --lang fr
    /// [default: the agenda's, else $LANG's, else English]
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    /// The command to run.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Every subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Chair the meeting in the terminal; creates or resumes its session.
    Run(RunArgs),
    /// Check agenda files: `ok PATH` for each good one, `PATH:LINE:COL: message` for each problem.
    #[command(
        after_help = "Example:\n  talanoa validate agendas/*.toml\n\nExit status: 0 when all are valid, 2 otherwise."
    )]
    Validate(ValidateArgs),
    /// Write a short commented starter agenda for a secretary to edit.
    #[command(
        after_help = "Example:\n  talanoa init agendas/forum-2025.toml\n\nNever overwrites an existing file."
    )]
    Init(InitArgs),
    /// Record one position without the screen (a written submission, a script).
    Record(RecordArgs),
    /// Record a member present or absent.
    Attend(AttendArgs),
    /// Record the chair's outcome for an item.
    Decide(DecideArgs),
    /// Record an action arising from an item.
    Action(ActionArgs),
    /// Change the meeting as it runs: an option, an item, a late delegation, a corrected name.
    Amend(AmendArgs),
    /// Write the minutes (markdown, html, docx) or the record of positions (json, csv, xlsx).
    Export(ExportArgs),
    /// Read-only view of what was recorded, for delegations.
    Review(ReviewArgs),
    /// Check a session's whole record and, given minutes or an export, that they come from it.
    Verify(VerifyArgs),
}

/// `talanoa run`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa run agendas/pacific-peacekeeping-network.toml\n  talanoa run agendas/pacific-peacekeeping-network.toml --session sessions/day-2.talanoa\n  talanoa run agendas/pacific-peacekeeping-network.toml --lang fr       (the screen in French)"
)]
pub struct RunArgs {
    /// The agenda file to chair, e.g. agendas/forum.toml.
    pub agenda: PathBuf,
    /// Session file to create or resume, e.g. --session sessions/day-2.talanoa
    /// [default: sessions/<agenda stem>.talanoa beside the agenda]
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// The language of the screen's own words (agenda text stays as written), e.g. --lang fr
    /// [default: the agenda's, else $LANG's, else English]
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
}

/// `talanoa validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// One or more agenda files, e.g. agendas/forum.toml agendas/ministers.toml.
    #[arg(required = true, value_name = "AGENDA")]
    pub agendas: Vec<PathBuf>,
}

/// `talanoa init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the starter agenda, e.g. agendas/forum-2025.toml.
    #[arg(default_value = "agendas/new-meeting.toml", value_name = "PATH")]
    pub path: PathBuf,
}

/// Flags every recording command shares.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The session file, e.g. --session sessions/forum.talanoa
    #[arg(long, value_name = "FILE")]
    pub session: PathBuf,
    /// Who entered the change, kept in the history, e.g. --by "Forum Secretariat"
    /// [default: your login name]
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub by: Option<String>,
}

/// `talanoa record`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa record --session s.talanoa --agenda agendas/pacific-peacekeeping-network.toml --item network-options --option diplomatic --member FJ --stance support\n  talanoa record --session s.talanoa --item network-options --option diplomatic --member TV --stance reservations --statement \"Tuvalu asks that costs be shared.\"\n  talanoa record --session s.talanoa --item network-options --option diplomatic --member TV --clear"
)]
pub struct RecordArgs {
    #[command(flatten)]
    pub session: SessionArgs,
    /// The agenda, needed only to create a new session, e.g. --agenda agendas/forum.toml
    #[arg(long, value_name = "AGENDA")]
    pub agenda: Option<PathBuf>,
    /// Item id, e.g. --item network-options
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub item: String,
    /// Option id within the item, e.g. --option diplomatic
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub option: String,
    /// Member id, e.g. --member FJ
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub member: String,
    /// Stance id from the agenda's scale, e.g. --stance support
    #[arg(
        long,
        value_name = "ID",
        allow_hyphen_values = true,
        required_unless_present = "clear",
        conflicts_with = "clear"
    )]
    pub stance: Option<String>,
    /// Clear the member's stance (back to "not yet heard").
    #[arg(long)]
    pub clear: bool,
    /// The member's statement on the option, e.g. --statement "Fiji supports this."
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub statement: Option<String>,
}

/// `talanoa attend`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa attend --session s.talanoa --member NR --absent\n  talanoa attend --session s.talanoa --member NR --present"
)]
pub struct AttendArgs {
    #[command(flatten)]
    pub session: SessionArgs,
    /// Member id, e.g. --member NR
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub member: String,
    /// Mark the member present, e.g. --present (after arriving late)
    #[arg(long, required_unless_present = "absent", conflicts_with = "absent")]
    pub present: bool,
    /// Mark the member absent (apologies), e.g. --absent
    #[arg(long)]
    pub absent: bool,
}

/// `talanoa decide`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa decide --session s.talanoa --item network-options --option informal --text \"agreed to convene quarterly meetings of experts\"\n  talanoa decide --session s.talanoa --item network-options --text \"agreed to continue the talanoa at its next meeting\"\n\nAn option is adopted only when its status is consensus or consensus with reservations;\nwith no consensus or pending, decide refuses (exit 2) unless --despite-status is given,\nand then the minutes say the option was adopted despite its status:\n  talanoa decide --session s.talanoa --item network-options --option informal --despite-status --text \"agreed to trial the informal option\""
)]
pub struct DecideArgs {
    #[command(flatten)]
    pub session: SessionArgs,
    /// Item id, e.g. --item network-options
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub item: String,
    /// The chair's words for the minutes, e.g. --text "noted the study and agreed to continue talanoa"
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub text: String,
    /// The option adopted, if any, e.g. --option informal
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub option: Option<String>,
    /// Adopt --option even though its status is no consensus or pending;
    /// the minutes say so plainly, e.g. --option informal --despite-status
    #[arg(long, requires = "option")]
    pub despite_status: bool,
}

/// `talanoa action`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  talanoa action --session s.talanoa --item next-steps --text \"circulate a costed design\" --owner \"Forum Secretariat\" --due 2024-10-31"
)]
pub struct ActionArgs {
    #[command(flatten)]
    pub session: SessionArgs,
    /// Item id, e.g. --item next-steps
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub item: String,
    /// What is to be done, e.g. --text "circulate a costed design"
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub text: String,
    /// Who does it, e.g. --owner "Forum Secretariat"
    #[arg(long, allow_hyphen_values = true, value_name = "TEXT")]
    pub owner: Option<String>,
    /// By when, as YYYY-MM-DD, e.g. --due 2024-10-31
    #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
    pub due: Option<String>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Talanoa minutes in Markdown.
    Markdown,
    /// Talanoa minutes as one self-contained HTML page (prints on A4).
    Html,
    /// The whole record, for tools.
    Json,
    /// One row per current position, for spreadsheets.
    Csv,
    /// The minutes as a Word document (A4), e.g. -o minutes.docx
    Docx,
    /// Positions (a sheet per item, all positions, history) as a spreadsheet, e.g. -o positions.xlsx
    Xlsx,
}

/// A language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// French.
    Fr,
}

impl LangArg {
    /// The language it names.
    pub fn language(self) -> crate::agenda::Language {
        match self {
            LangArg::En => crate::agenda::Language::En,
            LangArg::Fr => crate::agenda::Language::Fr,
        }
    }
}

/// Attribution on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AttributionArg {
    /// Name delegations.
    Attributed,
    /// Name no delegation: counts only.
    ChathamHouse,
}

/// Which minutes on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocumentArg {
    /// The Outcomes: numbered paragraphs, "The Meeting:" and its decisions.
    Outcomes,
    /// The Summary record: every statement, every position, the action register.
    Record,
}

/// `talanoa export`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa export --session s.talanoa > outcomes.md\n  talanoa export --session s.talanoa --document record --format html -o record.html\n  talanoa export --session s.talanoa --format html --attribution chatham-house -o minutes.html\n  talanoa export --session s.talanoa --format csv -o positions.csv\n  talanoa export --session s.talanoa --format docx --lang fr -o proces-verbal.docx\n  talanoa export --session s.talanoa --format xlsx -o positions.xlsx\n  talanoa export --session s.talanoa --format csv --bom -o positions.csv   (for spreadsheets that need it)"
)]
pub struct ExportArgs {
    /// The session file, e.g. --session sessions/forum.talanoa
    #[arg(long, value_name = "FILE")]
    pub session: PathBuf,
    /// What to write, e.g. --format html
    #[arg(long, value_enum, default_value_t = Format::Markdown)]
    pub format: Format,
    /// Which minutes (markdown, html, docx): the Outcomes the meeting adopts, or
    /// the Summary record of every voice and position, e.g. --document record
    #[arg(long, value_enum, default_value_t = DocumentArg::Outcomes)]
    pub document: DocumentArg,
    /// Name delegations or not, e.g. --attribution chatham-house [default: the agenda's]
    #[arg(long, value_enum)]
    pub attribution: Option<AttributionArg>,
    /// The language of the minutes' own words (agenda text stays as written), e.g. --lang fr [default: the agenda's]
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// CSV only: begin with a UTF-8 byte order mark, for spreadsheets that need it to read accents
    #[arg(long)]
    pub bom: bool,
    /// Write to FILE instead of standard output (replaced atomically), e.g. -o minutes.html
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `talanoa review`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa review --session s.talanoa --member TV\n  talanoa review --session s.talanoa --live      (a second screen in the room)\n  talanoa review --session s.talanoa --live --projector   (large type, across the room)\n  talanoa review --session s.talanoa --member PF --lang fr"
)]
pub struct ReviewArgs {
    /// The session file, e.g. --session sessions/forum.talanoa
    #[arg(long, value_name = "FILE")]
    pub session: PathBuf,
    /// Only this delegation, e.g. --member TV
    #[arg(long, allow_hyphen_values = true, value_name = "ID")]
    pub member: Option<String>,
    /// Follow the session while it is recorded, redrawing on each change.
    #[arg(long)]
    pub live: bool,
    /// With --live: large type for a projector or a screen across the room
    #[arg(long, requires = "live")]
    pub projector: bool,
    /// The language of the review's own words, e.g. --lang fr [default: the agenda's, else $LANG's, else English]
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// `talanoa verify`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  talanoa verify --session sessions/forum.talanoa\n  talanoa verify --session sessions/forum.talanoa --minutes minutes.md\n\nExit status: 0 when the record (and the export) check out, 2 with what differs."
)]
pub struct VerifyArgs {
    /// The session file, e.g. --session sessions/forum.talanoa
    #[arg(long, value_name = "FILE")]
    pub session: PathBuf,
    /// Minutes or an export (any format) to check against the record as it
    /// stands, e.g. --minutes minutes.html
    #[arg(long, value_name = "FILE")]
    pub minutes: Option<PathBuf>,
}
