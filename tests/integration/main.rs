//! Integration tests: each module runs the built `talanoa` binary.

mod crash;
mod export;
mod record;
mod util;
mod validate;
