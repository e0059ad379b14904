//! Waiting for what the terminal sends, and noticing when a screen must
//! end without a key: a signal (SIGTERM, SIGHUP), or the terminal itself
//! gone (a projector laptop's terminal window closed, an SSH link cut).
//!
//! A terminal that goes away hangs up: reading it then returns nothing at
//! once, forever. Each wait is cut into short slices and, between them,
//! the screen asks whether its terminal is still one; when it is not, the
//! wait ends with an error and the screen closes as if the chair quit,
//! instead of waiting for keys that can never come.

use std::io::{self, IsTerminal};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

/// Set by SIGTERM or SIGHUP: the screen ends as if the chair quit, and
/// the program exits 1 once the terminal is restored.
fn stop_flag() -> &'static Arc<AtomicBool> {
    static STOP: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    STOP.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        for sig in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
            // a failed registration leaves the default (the log stays whole)
            let _ = signal_hook::flag::register(sig, Arc::clone(&flag));
        }
        flag
    })
}

/// Listens for SIGTERM and SIGHUP from now on.
pub(crate) fn watch_signals() {
    let _ = stop_flag();
}

/// Which standard streams were terminals when the screen started
/// (bit 1: input, bit 2: output).
static STARTED_ON: AtomicU8 = AtomicU8::new(0);

const INPUT: u8 = 1;
const OUTPUT: u8 = 2;

/// Notes which standard streams are terminals, for [`gone`] to compare.
pub(crate) fn note_terminal() {
    let mut on = 0;
    if io::stdin().is_terminal() {
        on |= INPUT;
    }
    if io::stdout().is_terminal() {
        on |= OUTPUT;
    }
    STARTED_ON.store(on, Ordering::Relaxed);
}

/// Whether a stream that was a terminal when the screen started is one no
/// longer: the terminal hung up (a hung-up terminal answers no terminal
/// request, so it stops being one).
fn gone() -> bool {
    let on = STARTED_ON.load(Ordering::Relaxed);
    (on & INPUT != 0 && !io::stdin().is_terminal())
        || (on & OUTPUT != 0 && !io::stdout().is_terminal())
}

/// The error a screen returns when a signal ended it.
fn stopped() -> io::Error {
    io::Error::new(
        io::ErrorKind::Interrupted,
        "stopped by a signal (SIGTERM or SIGHUP)",
    )
}

/// The error a screen returns when its terminal went away.
fn hung_up() -> io::Error {
    io::Error::new(
        io::ErrorKind::BrokenPipe,
        "the terminal went away (closed or hung up)",
    )
}

/// The next terminal event, waiting at most `wait` (`None`: until one
/// comes). Looks at the signal flag and at the terminal five times a
/// second meanwhile; a signal, a terminal gone, or an error reading it
/// ends the wait with an error (never a loop that spins).
pub(crate) fn next_event(wait: Option<Duration>) -> io::Result<Option<Event>> {
    let flag = stop_flag();
    let until = wait.map(|w| Instant::now() + w);
    loop {
        if flag.load(Ordering::Relaxed) {
            return Err(stopped());
        }
        if gone() {
            return Err(hung_up());
        }
        let slice = until.map_or(SLICE, |u| {
            u.saturating_duration_since(Instant::now()).min(SLICE)
        });
        if event::poll(slice)? {
            return event::read().map(Some);
        }
        if until.is_some_and(|u| Instant::now() >= u) {
            return Ok(None);
        }
    }
}

const SLICE: Duration = Duration::from_millis(200);
