//! Writing an export from the screen: the one place the screen writes a
//! file other than the session (the dialog only chooses what).

use super::app::{App, Source, Tone};
use crate::agenda::Attribution;
use crate::export::{Document, Kind};
use crate::tr;

impl App {
    /// Makes sure the whole log is held (a long session is resumed from its
    /// checkpoint, holding only the changes after it).
    fn load_history(&mut self) -> Result<(), crate::session::SessionError> {
        match &mut self.source {
            Source::Chair(session) => session.load_history(),
            Source::Live(snap) if !snap.log.is_whole() => {
                *snap = crate::session::read(&snap.path)?;
                Ok(())
            }
            Source::Live(_) => Ok(()),
        }
    }

    /// Writes an export beside the session, its own words in the screen's
    /// language; whether it was written (the status line says where, or
    /// why not). Minutes are the Outcomes (`NAME-minutes.EXT`) or the
    /// Summary record (`NAME-summary-record.EXT`).
    pub(crate) fn write_export(
        &mut self,
        kind: Kind,
        document: Document,
        attribution: Attribution,
    ) -> bool {
        // The JSON record carries the whole history; a long session
        // resumed from its checkpoint reads the rest of it first.
        if kind == Kind::Json
            && let Err(e) = self.load_history()
        {
            let error = e.to_string();
            self.say(
                Tone::Error,
                tr!(self.lang, "status-export-failed", error = &error),
            );
            return false;
        }
        let document = if kind.is_minutes() {
            document
        } else {
            Document::Outcomes
        };
        let path = self.export_path(kind, document, attribution);
        let req = crate::export::Request {
            document,
            attribution,
            language: self.lang,
            ..crate::export::Request::new(kind, &self.snap().agenda)
        };
        let result = crate::export::render(self.snap(), &req).and_then(|bytes| {
            std::fs::create_dir_all(&self.export_dir).map_err(|e| e.to_string())?;
            crate::atomic::write(&path, &bytes).map_err(|e| e.to_string())
        });
        match result {
            Ok(()) => {
                let path = path.display().to_string();
                self.say(Tone::Saved, tr!(self.lang, "status-wrote", path = &path));
                true
            }
            Err(error) => {
                self.say(
                    Tone::Error,
                    tr!(self.lang, "status-export-failed", error = &error),
                );
                false
            }
        }
    }

    /// Where an export goes: beside the session, named after it, the
    /// document and the attribution.
    fn export_path(
        &self,
        kind: Kind,
        document: Document,
        attribution: Attribution,
    ) -> std::path::PathBuf {
        let stem = self
            .snap()
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "minutes".into());
        let suffix = if attribution == Attribution::ChathamHouse {
            "-chatham-house"
        } else {
            ""
        };
        let name = match document {
            Document::Outcomes => "minutes",
            Document::Record => "summary-record",
        };
        self.export_dir
            .join(format!("{stem}-{name}{suffix}.{}", kind.extension()))
    }
}
