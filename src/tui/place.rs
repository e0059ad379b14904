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
        })
    }

    /// The file's text.
    pub fn text(&self) -> String {
        let mut t = toml::Table::new();
        t.insert("item".into(), self.item.clone().into());
        t.insert("option".into(), self.option.clone().into());
        t.insert("member".into(), self.member.clone().into());
        format!("# where the chair's screen was when it closed (talanoa reopens there)\n{t}")
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
        })
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
                .map(|e| describe(a, &e.change).0)
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
        };
        std::fs::write(&p, s.text()).unwrap();
        assert_eq!(Saved::read(&p), Some(s));
        std::fs::write(&p, "not = [toml").unwrap();
        assert_eq!(Saved::read(&p), None);
        assert_eq!(
            path_for(Path::new("a/s.talanoa")),
            Path::new("a/s.talanoa.screen")
        );
    }
}
