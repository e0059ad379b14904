//! Minutes as one self-contained HTML page: no scripts, no fetches, all
//! user text escaped by maud, a stylesheet for screen and A4 print.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::outcomes::{Block, Outcomes, entry_end, marker};
use super::record::{ItemMinutes, Minutes, OptionMinutes};
use crate::consensus::{Status, Tally};

const STYLE: &str = include_str!("minutes.css");

/// Renders the minutes.
pub fn render(m: &Minutes) -> String {
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (m.title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                header {
                    h1 { (m.title) }
                    dl.heading {
                        @for (label, value) in &m.heading { dt { (label) } dd { (value) } }
                    }
                    p.rule { (m.rule) " " (m.attribution) }
                }
                @if let Some(o) = &m.opening {
                    section.opening { h2 { "Opening" } (paragraphs(o)) }
                }
                section.attendance {
                    h2 { "Attendance" }
                    dl { @for (label, value) in &m.attendance { dt { (label) } dd { (value) } } }
                }
                @for item in &m.items { (render_item(item)) }
                section.summary {
                    h2 { "Summary of decisions" }
                    ol { @for item in &m.items { li { strong { (item.title) } ": " (item.outcome) } } }
                }
                section.register {
                    h2 { "Action register" }
                    @if m.actions.is_empty() { p { "No actions were recorded." } } @else {
                        table {
                            thead { tr { th.num { "No." } th { "Action" } th { "Owner" } th { "Due" } th { "Item" } } }
                            tbody {
                                @for a in &m.actions {
                                    tr { td.num { (a.number) } td { (lines(&a.text)) } td { (a.owner) } td { (a.due) } td { (a.item) } }
                                }
                            }
                        }
                    }
                }
                footer { h2 { "Closing" } p { (m.closing) } p.stamp { (m.stamp) } }
            }
        }
    };
    page.into_string()
}

/// Renders the Outcomes document: headings and numbered paragraphs only.
pub fn outcomes(o: &Outcomes) -> String {
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (o.title) " — Outcomes" }
                style { (PreEscaped(STYLE)) }
            }
            body.outcomes {
                header {
                    @if let Some(r) = &o.reference { p.reference { (r) } }
                    @if let Some(b) = &o.body { p.body { (b) } }
                    h1 { (o.title) }
                    @if let Some(p) = &o.place_date { p.place { (p) } }
                    p.kind { "OUTCOMES" }
                    p.draft { "Draft" }
                    @if let Some(n) = &o.rule_note { p.rule { (n) } }
                }
                @for b in &o.blocks {
                    @match b {
                        Block::Heading(h) => { h2 { (h) } }
                        Block::Para(n, text) => { p.para { span.num { (n) "." } " " (text) } }
                        Block::Meeting(n, entries) => {
                            div.meeting {
                                p.para { span.num { (n) "." } " The Meeting:" }
                                @for (k, e) in entries.iter().enumerate() {
                                    p.entry { (marker(k)) " " (e) (entry_end(k, entries.len())) }
                                }
                            }
                        }
                    }
                }
                footer { p.stamp { (o.stamp) } }
            }
        }
    };
    page.into_string()
}

/// Text with its line breaks kept, escaped.
fn lines(text: &str) -> Markup {
    html! {
        @for (n, l) in text.lines().enumerate() {
            @if n > 0 { br; }
            (l)
        }
    }
}

fn paragraphs(text: &str) -> Markup {
    html! { @for p in text.split("\n\n").filter(|p| !p.trim().is_empty()) { p { (lines(p.trim())) } } }
}

fn render_item(item: &ItemMinutes) -> Markup {
    html! {
        section.item {
            h2 { (item.number) ". " (item.title) }
            @if let Some(b) = &item.background { div.background { (paragraphs(b)) } }
            @if !item.questions.is_empty() {
                h3 { "Talanoa questions" }
                ul.questions { @for q in &item.questions { li { (q) } } }
            }
            h3 { "The talanoa" }
            @if item.talanoa.is_empty() { p.none { "No statements were recorded on this item." } }
            @for v in &item.talanoa {
                div.voice {
                    p.speaker { strong { (v.speaker) } ", on " em { (v.option) } ":" }
                    blockquote { (paragraphs(&v.text)) }
                }
            }
            @if !item.speaking.is_empty() {
                p.speaking {
                    "Speaking time: "
                    @for (n, (who, t)) in item.speaking.iter().enumerate() {
                        @if n > 0 { "; " }
                        (who) " " (t)
                    }
                    "."
                }
            }
            @for o in &item.options { (render_option(o)) }
            h3 { "Outcome" }
            p.outcome { (item.outcome) }
            @if !item.actions.is_empty() {
                h3 { "Actions arising" }
                ul.actions { @for a in &item.actions { li { (lines(&a.text)) " (owner: " (a.owner) "; due: " (a.due) ")" } } }
            }
        }
    }
}

fn status_class(s: Status) -> &'static str {
    s.as_str()
}

fn render_option(o: &OptionMinutes) -> Markup {
    html! {
        div.option {
            h3 { (o.number) " " (o.title) }
            @if let Some(s) = &o.summary { div.summary { (paragraphs(s)) } }
            @if let Some(t) = &o.bar { (bar(t)) }
            p class={ "sentence " (status_class(o.status)) } { (o.sentence) }
            @if !o.positions.is_empty() {
                table.positions {
                    thead { tr { th { "Position" } th { "Delegations" } } }
                    tbody { @for (label, who) in &o.positions { tr { td { (label) } td { (who) } } } }
                }
            }
        }
    }
}

/// An inline SVG bar of the counted members' positions.
fn bar(t: &Tally) -> Markup {
    let parts = [
        ("support", ("support", "supports"), t.support),
        (
            "reservation",
            ("reservation", "reservations"),
            t.reservation,
        ),
        (
            "stand-aside",
            ("stand-aside", "stand-asides"),
            t.stand_aside,
        ),
        ("pending", ("pending", "pending"), t.pending),
        ("block", ("cannot join", "cannot join"), t.block),
        ("not-heard", ("not yet heard", "not yet heard"), t.not_heard),
    ];
    let total: usize = parts.iter().map(|p| p.2).sum();
    let mut x = 0.0_f64;
    let mut segments = Vec::new();
    for (class, _, n) in parts {
        if n > 0 && total > 0 {
            let w = 480.0 * n as f64 / total as f64;
            segments.push((class, format!("{x:.1}"), format!("{w:.1}")));
            x += w;
        }
    }
    let label: Vec<String> = parts
        .iter()
        .filter(|p| p.2 > 0)
        .map(|(_, (one, many), n)| format!("{n} {}", if *n == 1 { one } else { many }))
        .collect();
    let label = if label.is_empty() {
        "no member present".to_string()
    } else {
        label.join(", ")
    };
    html! {
        svg.bar xmlns="http://www.w3.org/2000/svg" width="480" height="16" viewBox="0 0 480 16" role="img" aria-label=(label) {
            title { (label) }
            rect class="track" x="0" y="0" width="480" height="16" {}
            @for (class, x, w) in &segments {
                rect class=(class) x=(x) y="0" width=(w) height="16" {}
            }
        }
        p.legend { (label) }
    }
}
