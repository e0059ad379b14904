//! Resuming where the chair left off: the item, option and member selected
//! when the screen closed are kept beside the session in a small file
//! (`<session>.screen`, ids not positions, so an edited agenda cannot
//! mislead it). Without it, the screen opens where the last change was
//! recorded. Only the screen's loop reads and writes it, never an update.

use std::path::{Path, PathBuf};

use super::app::App;
use super::undo::{Place, describe};

/// Where the screen's place is kept for a session.
pub fn path_for(session: &Path) -> PathBuf {
    let mut name = session.as_os_str().to_os_string();
    name.push(".screen");
    PathBuf::from(name)
}

/// The ids of the item, option and member selected, as the file keeps them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    /// Item id.
    pub item: String,
    /// Option id.
    pub option: String,
    /// Member id.
    pub member: String,
    /// The speaking timer, while it runs: who speaks (member id) and since
    /// when (RFC 3339), so that `review --live` shows it too.
    pub timer: Option<(String, String)>,
}

impl Saved {
    /// Reads the kept place, if there is a readable one.
    pub fn read(path: &Path) -> Option<Saved> {
        let text = std::fs::read_to_string(path).ok()?;
        let table: toml::Table = text.parse().ok()?;
        let get = |k: &str| table.get(k).and_then(|v| v.as_str()).map(str::to_string);
        Some(Saved {
            item: get("item")?,
            option: get("option")?,
            member: get("member")?,
            timer: get("speaking").zip(get("since")),
        })
    }

    /// The file's text.
    pub fn text(&self) -> String {
        let mut t = toml::Table::new();
        t.insert("item".into(), self.item.clone().into());
        t.insert("option".into(), self.option.clone().into());
        t.insert("member".into(), self.member.clone().into());
        if let Some((who, since)) = &self.timer {
            t.insert("speaking".into(), who.clone().into());
            t.insert("since".into(), since.clone().into());
        }
        format!(
            "# where the chair's screen is (talanoa reopens there; review --live follows it)\n{t}"
        )
    }
}

impl App {
    /// The selected item, option and member as ids.
    pub fn saved_place(&self) -> Option<Saved> {
        let a = self.agenda();
        let item = a.items.get(self.item)?;
        Some(Saved {
            item: item.id.clone(),
            option: item.options.get(self.option)?.id.clone(),
            member: a.members.get(self.member()?)?.id.clone(),
            timer: self.timer.and_then(|t| {
                let who = a.members.get(t.member)?.id.clone();
                Some((who, crate::session::rfc3339(&t.started)))
            }),
        })
    }

    /// Follows the chair's screen (the live view): its item, option and
    /// member, and its running timer.
    pub fn follow(&mut self, saved: &Saved) {
        self.resume(Some(saved));
        let a = self.agenda();
        self.timer = saved.timer.as_ref().and_then(|(who, since)| {
            Some(super::app::Timer {
                member: a.member_index(who)?,
                item: self.item,
                started: chrono::DateTime::parse_from_rfc3339(since)
                    .ok()?
                    .with_timezone(&chrono::Utc),
            })
        });
    }

    /// Opens on the kept place; else where the last change was recorded.
    pub fn resume(&mut self, saved: Option<&Saved>) {
        let a = self.agenda();
        let place = match saved {
            Some(s) => {
                let item = a.item_index(&s.item);
                Place {
                    item,
                    option: item
                        .and_then(|i| a.items.get(i))
                        .and_then(|i| i.option_index(&s.option)),
                    member: a.member_index(&s.member),
                }
            }
            None => self
                .snap()
                .log
                .entries()
                .iter()
                .rev()
                .map(|e| describe(a, &e.change, crate::agenda::Language::En).0)
                .find(|p| p.item.is_some() || p.member.is_some())
                .unwrap_or_default(),
        };
        self.go_to(place);
    }
}

/// Keeps the screen's place beside the session; a failure only means the
/// next opening starts elsewhere, so it is not reported.
pub fn keep(app: &App, session: &Path) {
    if let Some(s) = app.saved_place() {
        let _ = crate::atomic::write(&path_for(session), s.text().as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_file_reads_back_what_it_wrote() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("s.talanoa.screen");
        let s = Saved {
            item: "need".into(),
            option: "explore".into(),
            member: "TO\"x".into(),
            timer: None,
        };
        std::fs::write(&p, s.text()).unwrap();
        assert_eq!(Saved::read(&p), Some(s));
        // the running timer goes with it, for review --live
        let timing = Saved {
            timer: Some(("WS".into(), "2024-08-06T01:02:03Z".into())),
            ..Saved::default()
        };
        std::fs::write(&p, timing.text()).unwrap();
        assert_eq!(Saved::read(&p), Some(timing));
        std::fs::write(&p, "not = [toml").unwrap();
        assert_eq!(Saved::read(&p), None);
        assert_eq!(
            path_for(Path::new("a/s.talanoa")),
            Path::new("a/s.talanoa.screen")
        );
    }
}
