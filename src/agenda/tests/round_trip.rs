//! Property: any agenda written out as TOML reads back as the same agenda.

use super::super::*;
use crate::consensus::{Effect, Role, Rule};
use chrono_tz::Tz;
use proptest::prelude::*;
use toml::{Table, Value};

fn id() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_-]{1,16}"
}

fn words() -> impl Strategy<Value = String> {
    // Unicode names: ʻokina, macrons, CJK, quotes and backslashes
    "[a-zA-Z ʻāēīōū日本語\"\\\\#|=-]{0,12}[a-zA-Zāʻ日]"
}

fn to_toml(a: &Agenda) -> String {
    let mut root = Table::new();
    root.insert("format".into(), Value::Integer(a.format));
    let mut m = Table::new();
    m.insert("title".into(), Value::String(a.meeting.title.clone()));
    m.insert("rule".into(), Value::String(a.meeting.rule.as_str().into()));
    m.insert(
        "attribution".into(),
        Value::String(a.meeting.attribution.as_str().into()),
    );
    if let Some(c) = &a.meeting.chair {
        m.insert("chair".into(), Value::String(c.clone()));
    }
    if let Some(r) = &a.meeting.reference {
        m.insert("reference".into(), Value::String(r.clone()));
    }
    if let Some(tz) = a.meeting.timezone {
        m.insert("timezone".into(), Value::String(tz.name().into()));
    }
    if let Some(l) = a.meeting.language {
        m.insert("language".into(), Value::String(l.as_str().into()));
    }
    if let Some(s) = a.meeting.speaking_limit {
        m.insert(
            "speaking_limit".into(),
            Value::String(format_speaking_limit(s)),
        );
    }
    root.insert("meeting".into(), Value::Table(m));
    let members = a.members.iter().map(|x| {
        let mut t = Table::new();
        t.insert("id".into(), Value::String(x.id.clone()));
        t.insert("name".into(), Value::String(x.name.clone()));
        if let Some(g) = &x.group {
            t.insert("group".into(), Value::String(g.clone()));
        }
        t.insert("role".into(), Value::String(x.role.as_str().into()));
        if let Some(n) = &x.name_in_text {
            t.insert("name_in_text".into(), Value::String(n.clone()));
        }
        if let Some(n) = &x.name_fr {
            t.insert("name_fr".into(), Value::String(n.clone()));
        }
        t.insert(
            "aliases".into(),
            Value::Array(x.aliases.iter().cloned().map(Value::String).collect()),
        );
        Value::Table(t)
    });
    root.insert("members".into(), Value::Array(members.collect()));
    let items = a.items.iter().map(|it| {
        let mut t = Table::new();
        t.insert("id".into(), Value::String(it.id.clone()));
        t.insert("title".into(), Value::String(it.title.clone()));
        t.insert(
            "questions".into(),
            Value::Array(it.questions.iter().cloned().map(Value::String).collect()),
        );
        if let Some(k) = it.kind {
            t.insert("kind".into(), Value::String(k.as_str().into()));
        }
        if let Some(s) = it.speaking_limit {
            t.insert(
                "speaking_limit".into(),
                Value::String(format_speaking_limit(s)),
            );
        }
        let opts = it.options.iter().map(|o| {
            let mut ot = Table::new();
            ot.insert("id".into(), Value::String(o.id.clone()));
            ot.insert("title".into(), Value::String(o.title.clone()));
            if let Some(s) = &o.summary {
                ot.insert("summary".into(), Value::String(s.clone()));
            }
            Value::Table(ot)
        });
        t.insert("options".into(), Value::Array(opts.collect()));
        Value::Table(t)
    });
    root.insert("items".into(), Value::Array(items.collect()));
    let stances = a.stances.iter().map(|s| {
        let mut t = Table::new();
        t.insert("id".into(), Value::String(s.id.clone()));
        t.insert("label".into(), Value::String(s.label.clone()));
        t.insert("key".into(), Value::String(s.key.to_string()));
        t.insert("effect".into(), Value::String(s.effect.as_str().into()));
        Value::Table(t)
    });
    root.insert("stances".into(), Value::Array(stances.collect()));
    toml::to_string(&root).unwrap_or_default()
}

fn unique<T: Clone>(v: Vec<T>, key: impl Fn(&T) -> String) -> Vec<T> {
    let mut seen = std::collections::HashSet::new();
    v.into_iter().filter(|x| seen.insert(key(x))).collect()
}

fn agenda() -> impl Strategy<Value = Agenda> {
    let member = (
        id(),
        words(),
        proptest::option::of(words()),
        proptest::sample::select(Role::ALL.to_vec()),
        proptest::option::of(words()),
        proptest::option::of(words()),
        prop::collection::vec(words(), 0..3),
    )
        .prop_map(
            |(id, name, group, role, name_in_text, name_fr, aliases)| Member {
                id,
                name,
                group,
                role,
                name_in_text,
                aliases: unique(aliases, String::clone),
                name_fr,
                name_in_text_fr: None,
            },
        );
    let option = (id(), words(), proptest::option::of(words())).prop_map(|(id, title, summary)| {
        AgendaOption {
            id,
            title,
            summary,
            considerations: vec![],
        }
    });
    let item = (
        id(),
        words(),
        prop::collection::vec(words(), 0..3),
        prop::collection::vec(option, 1..4),
        proptest::option::of(proptest::sample::select(vec![
            ItemKind::AdoptionOfAgenda,
            ItemKind::OtherBusiness,
        ])),
        proptest::option::of(1u32..6000),
    )
        .prop_map(
            |(id, title, questions, options, kind, speaking_limit)| Item {
                id,
                title,
                background: None,
                questions,
                kind,
                speaking_limit,
                options: unique(options, |o| o.id.clone()),
            },
        );
    let keys: Vec<char> = "123456789bcfgimnoprsvwxyzBCFGIMNOPRSVWXYZ"
        .chars()
        .collect();
    let stance = (
        id(),
        words(),
        proptest::sample::select(keys),
        proptest::sample::select(Effect::ALL.to_vec()),
    )
        .prop_map(|(id, label, key, effect)| Stance {
            id,
            label,
            key,
            effect,
        });
    (
        words(),
        proptest::option::of(words()),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec(member, 1..6),
        prop::collection::vec(item, 1..4),
        prop::collection::vec(stance, 2..6),
        (
            1i64..=2,
            proptest::option::of(words()),
            proptest::option::of(proptest::sample::select(
                [
                    Tz::Pacific__Fiji,
                    Tz::Pacific__Apia,
                    Tz::UTC,
                    Tz::Pacific__Chatham,
                ]
                .to_vec(),
            )),
            any::<bool>(),
            proptest::option::of(1u32..6000),
        ),
    )
        .prop_map(
            |(title, chair, minus, chatham, members, items, stances, two)| Agenda {
                format: two.0,
                meeting: Meeting {
                    title,
                    body: None,
                    date: None,
                    venue: None,
                    chair,
                    secretary: None,
                    rule: if minus {
                        Rule::ConsensusMinusOne
                    } else {
                        Rule::Consensus
                    },
                    attribution: if chatham {
                        Attribution::ChathamHouse
                    } else {
                        Attribution::Attributed
                    },
                    opening: None,
                    reference: two.1,
                    timezone: two.2,
                    language: Some(if two.3 { Language::Fr } else { Language::En }),
                    opening_prayer: None,
                    closing_prayer: None,
                    closing: None,
                    speaking_limit: two.4,
                },
                members: unique(members, |m| m.id.clone()),
                items: unique(items, |i| i.id.clone()),
                stances: unique(unique(stances, |s| s.id.clone()), |s| s.key.to_string()),
            },
        )
        .prop_filter("a custom scale needs two stances", |a| a.stances.len() >= 2)
}

proptest! {
    #[test]
    fn written_agendas_read_back_the_same(a in agenda()) {
        let text = to_toml(&a);
        let back = parse(&text, "round-trip");
        prop_assert_eq!(back, Ok(a), "{}", text);
    }

    #[test]
    fn any_text_gives_an_agenda_or_positioned_problems(text in "\\PC{0,300}") {
        if let Err(e) = parse(&text, "x") {
            prop_assert!(!e.problems.is_empty());
            for p in e.problems {
                prop_assert!(p.to_string().starts_with("x:"));
            }
        }
    }
}
