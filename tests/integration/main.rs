//! Integration tests: each module runs the built `talanoa` binary.

mod agendas;
mod amend;
mod corpus;
mod crash;
mod decide;
mod e2e;
mod export;
mod hostile;
mod language;
mod messages;
mod minutes;
mod office;
mod record;
mod samples;
mod store;
mod util;
mod validate;
mod verify;
mod vocabulary;
