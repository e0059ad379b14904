//! Who was at the meeting, as both documents name them: members and each
//! other role in its own category, alphabetical as a Forum record lists
//! them ("the Cook Islands" under C), names as they stand in a sentence,
//! and the Chatham House counts.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::agenda::{Agenda, Attribution, Member};
use crate::consensus::Role;
use crate::session::Record;

use super::wording::{self, capitalise, join_names, number, role_nouns};

/// Where a name sorts: without its marks, case, or a leading "the".
pub fn sort_key(name: &str) -> String {
    let plain: String = name
        .nfd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{2bb}')
        .flat_map(char::to_lowercase)
        .collect();
    plain
        .strip_prefix("the ")
        .map_or_else(|| plain.clone(), str::to_string)
}

/// Participants of a role, present or absent, in alphabetical order.
pub fn of_role<'a>(a: &'a Agenda, r: &Record, role: Role, present: bool) -> Vec<&'a Member> {
    let mut out: Vec<(usize, &Member)> = a
        .members
        .iter()
        .enumerate()
        .filter(|(m, x)| x.role == role && r.is_absent(*m) != present)
        .collect();
    out.sort_by_cached_key(|(_, x)| sort_key(&x.name));
    out.into_iter().map(|(_, x)| x).collect()
}

/// How many members (role `member`) are present.
pub fn members_present(a: &Agenda, r: &Record) -> usize {
    of_role(a, r, Role::Member, true).len()
}

/// Free text that names a delegation (a chair, an owner, who led a
/// prayer) as it stands in a sentence: "Fiji" stays "Fiji", "Cook Islands"
/// becomes "the Cook Islands"; anything else as written.
pub fn in_text(a: &Agenda, text: &str) -> String {
    let wanted = sort_key(text.trim());
    a.members
        .iter()
        .find(|m| m.spellings().iter().any(|s| sort_key(s) == wanted))
        .map_or_else(|| with_article(text.trim()), |m| m.in_text().to_string())
}

/// "Forum Secretariat" reads "the Forum Secretariat" in a sentence.
fn with_article(text: &str) -> String {
    let institution = [
        "Secretariat",
        "Secretary",
        "Office",
        "Commission",
        "Community",
    ]
    .iter()
    .any(|w| text.ends_with(w));
    if institution && !text.to_lowercase().starts_with("the ") {
        format!("the {text}")
    } else {
        text.to_string()
    }
}

/// The roles other than member, in the order the minutes list them.
pub const OTHERS: [Role; 4] = [
    Role::AssociateMember,
    Role::DialoguePartner,
    Role::Observer,
    Role::Agency,
];

/// How a category is named after "attended as": "an Associate Member",
/// "Forum Dialogue Partners".
fn attended_as(role: Role, n: usize, forum: bool) -> String {
    let (one, many) = match role {
        Role::AssociateMember => ("an Associate Member", "Associate Members"),
        Role::DialoguePartner if forum => ("a Forum Dialogue Partner", "Forum Dialogue Partners"),
        Role::DialoguePartner => ("a Dialogue Partner", "Dialogue Partners"),
        Role::Observer => ("an Observer", "Observers"),
        Role::Agency => ("an Agency", "Agencies"),
        Role::Member => ("a Member", "Members"),
    };
    if n == 1 { one } else { many }.to_string()
}

/// The attendance sentences of the Outcomes document: members present and
/// apologies, then the other categories.
pub fn sentences(a: &Agenda, r: &Record, attribution: Attribution) -> (Vec<String>, Vec<String>) {
    if attribution == Attribution::ChathamHouse {
        return counted_sentences(a, r);
    }
    let names = |list: Vec<&Member>| -> Vec<String> {
        list.iter().map(|m| m.in_text().to_string()).collect()
    };
    let present = names(of_role(a, r, Role::Member, true));
    let mut first = vec![if present.is_empty() {
        "No member attended.".to_string()
    } else {
        format!("The meeting was attended by {}.", join_names(&present))
    }];
    let apologies = names(of_role(a, r, Role::Member, false));
    if !apologies.is_empty() {
        first.push(format!(
            "{} conveyed apologies.",
            capitalise(&join_names(&apologies))
        ));
    }
    let mut out = Vec::new();
    let forum = a.meeting.title.contains("Forum")
        || a.meeting
            .body
            .as_deref()
            .is_some_and(|b| b.contains("Forum"));
    for role in OTHERS {
        let list = names(of_role(a, r, role, true));
        if !list.is_empty() {
            out.push(format!(
                "{} attended as {}.",
                capitalise(&join_names(&list)),
                attended_as(role, list.len(), forum)
            ));
        }
    }
    (first, out)
}

fn counted_sentences(a: &Agenda, r: &Record) -> (Vec<String>, Vec<String>) {
    let present = members_present(a, r);
    let absent = of_role(a, r, Role::Member, false).len();
    let noun = |n: usize| if n == 1 { "member" } else { "members" };
    let mut first = format!(
        "{} {} attended",
        capitalise(&number(present)),
        noun(present)
    );
    if absent > 0 {
        first.push_str(&format!("; {} conveyed apologies", number(absent)));
    }
    first.push('.');
    let others: Vec<String> = OTHERS
        .iter()
        .map(|role| (*role, of_role(a, r, *role, true).len()))
        .filter(|(_, n)| *n > 0)
        .map(|(role, n)| {
            let (one, many) = role_nouns(role);
            format!("{} {}", number(n), if n == 1 { one } else { many })
        })
        .collect();
    let mut out = Vec::new();
    if !others.is_empty() {
        out.push(format!(
            "{} also attended.",
            capitalise(&join_names(&others))
        ));
    }
    (vec![first], out)
}

/// The attendance of the Summary record as (label, text) lines: members
/// by group, apologies, then each other category; counts only under the
/// Chatham House Rule.
pub fn lines(a: &Agenda, r: &Record, attribution: Attribution) -> Vec<(String, String)> {
    let list = |members: Vec<&Member>| -> String {
        let names: Vec<&str> = members.iter().map(|m| m.name.as_str()).collect();
        if names.is_empty() {
            "none".into()
        } else {
            names.join(", ")
        }
    };
    let count = |n: usize| if n == 0 { "none".into() } else { number(n) };
    let mut out = Vec::new();
    match attribution {
        Attribution::ChathamHouse => {
            out.push(("Members present".into(), count(members_present(a, r))));
        }
        Attribution::Attributed => {
            for group in a.groups() {
                let in_group: Vec<&Member> = of_role(a, r, Role::Member, true)
                    .into_iter()
                    .filter(|m| m.group.as_deref() == group)
                    .collect();
                if !in_group.is_empty() {
                    out.push((group.unwrap_or("Members").to_string(), list(in_group)));
                }
            }
        }
    }
    let apologies = of_role(a, r, Role::Member, false);
    out.push(match attribution {
        Attribution::Attributed => ("Apologies".into(), list(apologies)),
        Attribution::ChathamHouse => ("Apologies".into(), count(apologies.len())),
    });
    for role in OTHERS {
        if !a.members.iter().any(|m| m.role == role) {
            continue;
        }
        let present = of_role(a, r, role, true);
        let label = capitalise(role_nouns(role).1);
        out.push(match attribution {
            Attribution::Attributed => (label, list(present)),
            Attribution::ChathamHouse => (format!("{label} present"), count(present.len())),
        });
    }
    out
}

/// A category of participants counted in a Chatham House list of who held
/// a position: "two members", "an observer".
pub fn counted(role: Role, n: usize, of: usize) -> String {
    match role {
        Role::Member => wording::members(n, of),
        _ => wording::others(role, n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sort_without_their_article_or_marks() {
        let mut names = vec!["Tonga", "the Cook Islands", "Sāmoa", "Australia", "ʻUvea"];
        names.sort_by_cached_key(|n| sort_key(n));
        assert_eq!(
            names,
            ["Australia", "the Cook Islands", "Sāmoa", "Tonga", "ʻUvea"]
        );
    }
}
