//! Minutes as one self-contained HTML page: no scripts, no fetches, all
//! user text escaped by maud, a stylesheet for screen and A4 print.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::outcomes::{Block, Outcomes, entry_end, marker};
use super::record::{ItemMinutes, Minutes, OptionMinutes};
use crate::agenda::Language;
use crate::consensus::{Status, Tally};
use crate::i18n::PagePart;
use crate::tr;

const STYLE: &str = include_str!("minutes.css");

/// Renders the minutes.
pub fn render(m: &Minutes) -> String {
    let lang = m.lang;
    let t = |id: &str| tr!(lang, id);
    let page = html! {
        (DOCTYPE)
        html lang=(lang.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (m.title) }
                style { (PreEscaped(STYLE)) (PreEscaped(page_footer(lang, heading_reference(m)))) }
            }
            body {
                header {
                    h1 { (m.title) }
                    dl.heading {
                        @for (label, value) in &m.heading { dt { (label) } dd { (value) } }
                    }
                    p.rule { (m.rule) " " (m.attribution) }
                }
                main {
                @if let Some(o) = &m.opening {
                    section.opening { h2 { (t("heading-opening")) } (paragraphs(o)) }
                }
                section.attendance {
                    h2 { (t("heading-attendance")) }
                    dl { @for (label, value) in &m.attendance { dt { (label) } dd { (value) } } }
                }
                @for item in &m.items { (render_item(item, lang)) }
                section.summary {
                    h2 { (t("heading-summary")) }
                    ol { @for item in &m.items { li { strong { (item.title) } (t("sep-colon")) " " (item.outcome) } } }
                }
                section.register {
                    h2 { (t("heading-register")) }
                    @if m.actions.is_empty() { p { (t("no-actions")) } } @else {
                        table {
                            thead { tr { th.num { (t("col-number")) } th { (t("col-action")) } th { (t("col-owner")) } th { (t("col-due")) } th { (t("col-item-of-action")) } } }
                            tbody {
                                @for a in &m.actions {
                                    tr { td.num { (a.number) } td { (lines(&a.text)) } td { (a.owner) } td { (a.due) } td { (a.item) } }
                                }
                            }
                        }
                    }
                @if !m.corrections.is_empty() {
                    section.corrections {
                        h2 { (t("heading-corrections")) }
                        ul { @for c in &m.corrections { li { (c) } } }
                    }
                }
                }
                }
                footer { h2 { (t("heading-closing")) } p { (m.closing) } p.stamp { (m.stamp) } }
            }
        }
    };
    page.into_string()
}

/// Renders the Outcomes document: headings and numbered paragraphs only.
pub fn outcomes(o: &Outcomes) -> String {
    let lang = o.lang;
    let t = |id: &str| tr!(lang, id);
    let page = html! {
        (DOCTYPE)
        html lang=(lang.as_str()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (o.title) " — " (t("html-title-outcomes")) }
                style { (PreEscaped(STYLE)) (PreEscaped(page_footer(lang, o.reference.as_deref()))) }
            }
            body.outcomes {
                header {
                    @if let Some(r) = &o.reference { p.reference { (r) } }
                    @if let Some(b) = &o.body { p.body { (b) } }
                    h1 { (o.title) }
                    @if let Some(p) = &o.place_date { p.place { (p) } }
                    p.kind { (t("outcomes-word")) }
                    p.draft { (t("draft-word")) }
                    @if let Some(n) = &o.rule_note { p.rule { (n) } }
                }
                main {
                @for b in &o.blocks {
                    @match b {
                        Block::Heading(h) => { h2 { (h) } }
                        Block::Para(n, text) => { p.para { span.num { (n) "." } " " (text) } }
                        Block::Meeting(n, entries) => {
                            div.meeting {
                                p.para { span.num { (n) "." } " " (t("the-meeting")) }
                                @for (k, e) in entries.iter().enumerate() {
                                    p.entry { (marker(k)) " " (e) (entry_end(lang, k, entries.len())) }
                                }
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

fn render_item(item: &ItemMinutes, lang: Language) -> Markup {
    let t = |id: &str| tr!(lang, id);
    html! {
        section.item {
            h2 { (item.number) ". " (item.title) }
            @if let Some(b) = &item.background { div.background { (paragraphs(b)) } }
            @if !item.questions.is_empty() {
                h3 { (t("heading-questions")) }
                ul.questions { @for q in &item.questions { li { (q) } } }
            }
            h3 { (t("heading-talanoa")) }
            @if item.talanoa.is_empty() { p.none { (t("no-statements")) } }
            @for v in &item.talanoa {
                div.voice {
                    p.speaker { strong { (v.speaker) } ", " (t("statement-on")) " " em { (v.option) } (t("sep-colon")) }
                    blockquote { (paragraphs(&v.text)) }
                }
            }
            @if !item.speaking.is_empty() {
                p.speaking {
                    (speaking(item, lang))
                }
            }
            @for o in &item.options { (render_option(o, lang)) }
            div.outcome {
                h3 { (t("heading-outcome")) }
                p.outcome { (item.outcome) }
            }
            @if !item.actions.is_empty() {
                h3 { (t("heading-actions")) }
                ul.actions { @for a in &item.actions { li { (lines(&a.text)) " " (tr!(lang, "action-owner-due", owner = &a.owner, due = &a.due)) } } }
            }
        }
    }
}

fn status_class(s: Status) -> &'static str {
    s.as_str()
}

fn render_option(o: &OptionMinutes, lang: Language) -> Markup {
    html! {
        div.option {
            h3 { (o.number) " " (o.title) }
            @if let Some(s) = &o.summary { div.summary { (paragraphs(s)) } }
            @if let Some(t) = &o.bar { (bar(t, lang)) }
            p class={ "sentence " (status_class(o.status)) } { (o.sentence) }
            @if !o.positions.is_empty() {
                table.positions {
                    thead { tr { th { (tr!(lang, "col-position")) } th { (tr!(lang, "col-delegations")) } } }
                    tbody { @for (label, who) in &o.positions { tr { td { (label) } td { (who) } } } }
                }
            }
        }
    }
}

/// An inline SVG bar of the counted members' positions.
fn bar(t: &Tally, lang: Language) -> Markup {
    let parts = [
        ("support", t.support),
        ("reservation", t.reservation),
        ("stand-aside", t.stand_aside),
        ("pending", t.pending),
        ("block", t.block),
        ("not-heard", t.not_heard),
    ];
    let total: usize = parts.iter().map(|p| p.1).sum();
    let mut x = 0.0_f64;
    let mut segments = Vec::new();
    for (class, n) in parts {
        if n > 0 && total > 0 {
            let w = 480.0 * n as f64 / total as f64;
            segments.push((class, format!("{x:.1}"), format!("{w:.1}")));
            x += w;
        }
    }
    let label: Vec<String> = parts
        .iter()
        .filter(|p| p.1 > 0)
        .map(|(class, n)| tr!(lang, &format!("bar-{class}"), n = *n))
        .collect();
    let label = if label.is_empty() {
        tr!(lang, "bar-nobody")
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

/// "Speaking time: Fiji 2:10; Tonga 1:05."
fn speaking(item: &ItemMinutes, lang: Language) -> String {
    let times: Vec<String> = item
        .speaking
        .iter()
        .map(|(who, t)| format!("{who} {t}"))
        .collect();
    tr!(
        lang,
        "speaking-time",
        times = &times.join(&tr!(lang, "speaking-join"))
    )
}

/// The reference of the Summary record's heading, if it has one.
fn heading_reference(m: &Minutes) -> Option<&str> {
    let label = tr!(m.lang, "label-reference");
    m.heading
        .iter()
        .find(|(l, _)| *l == label)
        .map(|(_, v)| v.as_str())
}

/// The printed page's footer: the reference and "Page X of Y", in CSS
/// margin boxes (the text as a CSS string, so nothing in it can end the
/// stylesheet or the rule).
fn page_footer(lang: Language, reference: Option<&str>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = reference {
        parts.push(css_string(&format!("{r} · ")));
    }
    for part in crate::i18n::page_of(lang) {
        parts.push(match part {
            PagePart::Text(words) => css_string(&words),
            PagePart::Page => "counter(page)".to_string(),
            PagePart::Pages => "counter(pages)".to_string(),
        });
    }
    let content = parts.join(" ");
    format!(
        "@page {{ @bottom-center {{ content: {}; font-size: 8pt; color: #5b6472; }} }}",
        content.trim_end()
    )
}

/// Text as a quoted CSS string: quotes, backslashes, line breaks and `<`
/// written as CSS escapes.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c if c.is_control() => out.push_str(&format!("\\{:x} ", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
