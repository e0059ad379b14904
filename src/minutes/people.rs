//! Who was at the meeting, as both documents name them: members and each
//! other role in its own category, alphabetical as a Forum record lists
//! them ("the Cook Islands" under C), names as they stand in a sentence,
//! and the Chatham House counts.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::agenda::{Agenda, Attribution, Language, Member};
use crate::consensus::Role;
use crate::session::Record;
use crate::tr;

use super::wording::{self, capitalise, join_names, number, role_nouns};

/// Where a name sorts: without its marks, case, or a leading article
/// ("the", "le", "la", "les", "l'").
pub fn sort_key(name: &str) -> String {
    let plain: String = name
        .nfd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{2bb}')
        .flat_map(char::to_lowercase)
        .collect();
    ["the ", "les ", "le ", "la ", "l'", "l’"]
        .iter()
        .find_map(|a| plain.strip_prefix(a))
        .map_or_else(|| plain.clone(), str::to_string)
}

/// Participants of a role, present or absent, in the alphabetical order
/// of their names in `lang`.
pub fn of_role<'a>(
    a: &'a Agenda,
    r: &Record,
    role: Role,
    present: bool,
    lang: Language,
) -> Vec<&'a Member> {
    let mut out: Vec<(usize, &Member)> = a
        .members
        .iter()
        .enumerate()
        .filter(|(m, x)| x.role == role && r.is_absent(*m) != present)
        .collect();
    out.sort_by_cached_key(|(_, x)| sort_key(x.name_in(lang)));
    out.into_iter().map(|(_, x)| x).collect()
}

/// How many members (role `member`) are present.
pub fn members_present(a: &Agenda, r: &Record) -> usize {
    a.members
        .iter()
        .enumerate()
        .filter(|(m, x)| x.role == Role::Member && !r.is_absent(*m))
        .count()
}

/// Free text that names a delegation (a chair, an owner, who led a
/// prayer) as it stands in a sentence: "Fiji" stays "Fiji", "Cook Islands"
/// becomes "the Cook Islands"; anything else as written.
pub fn in_text(a: &Agenda, text: &str, lang: Language) -> String {
    let wanted = sort_key(text.trim());
    a.members
        .iter()
        .find(|m| m.spellings().iter().any(|s| sort_key(s) == wanted))
        .map_or_else(
            || with_article(text.trim(), lang),
            |m| m.in_text_in(lang).to_string(),
        )
}

/// "Forum Secretariat" reads "the Forum Secretariat" in an English
/// sentence; French free text is taken as written (with its own article).
fn with_article(text: &str, lang: Language) -> String {
    if lang == Language::Fr {
        return text.to_string();
    }
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
fn attended_as(lang: Language, role: Role, n: usize, forum: bool) -> String {
    let id = match role {
        Role::DialoguePartner if forum => "category-forum-dialogue-partner".to_string(),
        _ => format!("category-{}", role.as_str()),
    };
    tr!(lang, &id, n = n)
}

/// Names as they stand in a sentence in `lang`.
fn in_text_names(list: &[&Member], lang: Language) -> Vec<String> {
    list.iter()
        .map(|m| m.in_text_in(lang).to_string())
        .collect()
}

/// How many delegations a list of names stands for, for the verb.
fn verb_count(names: &[String], lang: Language) -> usize {
    wording::Who::Named(names.to_vec()).verb_count(lang)
}

/// The attendance sentences of the Outcomes document: members present and
/// apologies, then the other categories.
pub fn sentences(
    a: &Agenda,
    r: &Record,
    attribution: Attribution,
    lang: Language,
) -> (Vec<String>, Vec<String>) {
    if attribution == Attribution::ChathamHouse {
        return counted_sentences(a, r, lang);
    }
    let present = in_text_names(&of_role(a, r, Role::Member, true, lang), lang);
    let mut first = vec![if present.is_empty() {
        tr!(lang, "no-member-attended")
    } else {
        tr!(lang, "attended-by", names = &join_names(lang, &present))
    }];
    let apologies = in_text_names(&of_role(a, r, Role::Member, false, lang), lang);
    if !apologies.is_empty() {
        first.push(tr!(
            lang,
            "conveyed-apologies",
            names = &capitalise(&join_names(lang, &apologies)),
            n = verb_count(&apologies, lang)
        ));
    }
    let mut out = Vec::new();
    let forum = a.meeting.title.contains("Forum")
        || a.meeting
            .body
            .as_deref()
            .is_some_and(|b| b.contains("Forum"));
    for role in OTHERS {
        let list = in_text_names(&of_role(a, r, role, true, lang), lang);
        if !list.is_empty() {
            out.push(tr!(
                lang,
                "attended-as",
                names = &capitalise(&join_names(lang, &list)),
                n = verb_count(&list, lang),
                category = &attended_as(lang, role, list.len(), forum)
            ));
        }
    }
    (first, out)
}

fn counted_sentences(a: &Agenda, r: &Record, lang: Language) -> (Vec<String>, Vec<String>) {
    let present = members_present(a, r);
    let absent = of_role(a, r, Role::Member, false, lang).len();
    let mut first = tr!(
        lang,
        "counted-attended",
        count = &capitalise(&number(lang, present)),
        n = present
    );
    if absent > 0 {
        first.push_str(&tr!(
            lang,
            "counted-apologies",
            count = &number(lang, absent),
            n = absent
        ));
    }
    first.push('.');
    let counts: Vec<(Role, usize)> = OTHERS
        .iter()
        .map(|role| (*role, of_role(a, r, *role, true, lang).len()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let others: Vec<String> = counts
        .iter()
        .map(|(role, n)| {
            let (one, many) = role_nouns(lang, *role);
            let noun = if *n == 1 { one } else { many };
            tr!(
                lang,
                "counted-role",
                count = &number(lang, *n),
                noun = &noun
            )
        })
        .collect();
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    let mut out = Vec::new();
    if !others.is_empty() {
        out.push(tr!(
            lang,
            "counted-also",
            list = &capitalise(&join_names(lang, &others)),
            n = total
        ));
    }
    (vec![first], out)
}

/// The attendance of the Summary record as (label, text) lines: members
/// by group, apologies, then each other category; counts only under the
/// Chatham House Rule.
pub fn lines(
    a: &Agenda,
    r: &Record,
    attribution: Attribution,
    lang: Language,
) -> Vec<(String, String)> {
    let none = || tr!(lang, "attendance-none");
    let list = |members: Vec<&Member>| -> String {
        let names: Vec<&str> = members.iter().map(|m| m.name_in(lang)).collect();
        if names.is_empty() {
            none()
        } else {
            names.join(", ")
        }
    };
    let count = |n: usize| if n == 0 { none() } else { number(lang, n) };
    let mut out = Vec::new();
    match attribution {
        Attribution::ChathamHouse => {
            out.push((
                tr!(lang, "attendance-members-present"),
                count(members_present(a, r)),
            ));
        }
        Attribution::Attributed => {
            for group in a.groups() {
                let in_group: Vec<&Member> = of_role(a, r, Role::Member, true, lang)
                    .into_iter()
                    .filter(|m| m.group.as_deref() == group)
                    .collect();
                if !in_group.is_empty() {
                    let label =
                        group.map_or_else(|| tr!(lang, "attendance-members"), str::to_string);
                    out.push((label, list(in_group)));
                }
            }
        }
    }
    let apologies = of_role(a, r, Role::Member, false, lang);
    let label = tr!(lang, "attendance-apologies");
    out.push(match attribution {
        Attribution::Attributed => (label, list(apologies)),
        Attribution::ChathamHouse => (label, count(apologies.len())),
    });
    for role in OTHERS {
        if !a.members.iter().any(|m| m.role == role) {
            continue;
        }
        let present = of_role(a, r, role, true, lang);
        let label = capitalise(&role_nouns(lang, role).1);
        out.push(match attribution {
            Attribution::Attributed => (label, list(present)),
            Attribution::ChathamHouse => (
                tr!(lang, "attendance-role-present", role = &label),
                count(present.len()),
            ),
        });
    }
    out
}

/// A category of participants counted in a Chatham House list of who held
/// a position: "two members", "an observer".
pub fn counted(lang: Language, role: Role, n: usize, of: usize) -> String {
    match role {
        Role::Member => wording::members(lang, n, of),
        _ => wording::others(lang, role, n),
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
