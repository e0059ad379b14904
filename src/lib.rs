//! talanoa: chair consensus meetings the Pacific way, in the terminal.
//!
//! A map of the crate:
//! - [`agenda`]: agenda files (TOML) read into a checked [`agenda::Agenda`].
//! - [`consensus`]: stance effects, decision rules and the status of an option.
//! - [`cli`]: the command line (clap) and what each command does.
//! - [`time`]: the meeting's time zone and how instants read in it.
//! - [`keys`]: the chair's screen's keys as one table (keymap, help, guide,
//!   the keys a stance may not take).
//!
//! The domain modules never touch the terminal.

pub mod agenda;
pub mod atomic;
pub mod cli;
pub mod commands;
pub mod consensus;
pub mod docx;
pub mod export;
pub mod generate;
pub mod i18n;
pub mod keys;
pub mod minutes;
pub mod package;
pub mod review;
pub mod session;
pub mod spreadsheet;
pub mod text;
pub mod time;
pub mod tui;
pub mod verify;
