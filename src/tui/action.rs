//! Everything the chair can ask of the meeting screen: the actions of the
//! one key table (`crate::keys`), re-exported here for the screen.

pub use crate::keys::Action;
