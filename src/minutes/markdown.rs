//! Minutes as CommonMark. User text is escaped so that it can never start
//! a heading, list, quote, table cell or HTML of its own.

use std::fmt::Write;

use super::outcomes::{Block, Outcomes, entry_end, marker};
use super::record::{ItemMinutes, Minutes, OptionMinutes};
use crate::agenda::Language;
use crate::tr;

/// Escapes text for use inside a line: characters with inline meaning.
/// NUL and other control characters never reach the Markdown (a bare CR
/// would end a table row or a heading): see [`crate::text::for_document`].
pub fn inline(text: &str) -> String {
    let text = crate::text::for_document(text);
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// One line of user text, also escaping what would start a block at line start.
fn line(text: &str) -> String {
    let t = inline(text.trim_start());
    let mut chars = t.chars();
    match chars.next() {
        Some(c @ ('-' | '+' | '=')) => format!("\\{c}{}", chars.as_str()),
        Some(c) if c.is_ascii_digit() => {
            // "1. " or "1) " would start an ordered list: escape the dot or bracket
            let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
            let rest = t.get(digits.len()..).unwrap_or("");
            match rest.chars().next() {
                Some(p @ ('.' | ')')) => format!("{digits}\\{p}{}", rest.get(1..).unwrap_or("")),
                _ => t,
            }
        }
        _ => t,
    }
}

/// Multi-line user text as paragraphs, keeping its line breaks.
pub fn block(text: &str) -> String {
    let mut paragraphs = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for l in text.lines() {
        if l.trim().is_empty() {
            if !current.is_empty() {
                paragraphs.push(current.join("\\\n"));
                current.clear();
            }
        } else {
            current.push(line(l.trim_end()));
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join("\\\n"));
    }
    paragraphs.join("\n\n")
}

/// Text for a table cell: one line, `|` escaped, line breaks as `<br>`.
fn cell(text: &str) -> String {
    text.lines()
        .map(|l| inline(l.trim()))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("<br>")
}

/// Text for a heading: one line.
fn heading(text: &str) -> String {
    inline(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn quote(text: &str) -> String {
    block(text)
        .lines()
        .map(|l| {
            if l.is_empty() {
                ">".to_string()
            } else {
                format!("> {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Renders the minutes.
pub fn render(m: &Minutes) -> String {
    let lang = m.lang;
    let t = |id: &str| tr!(lang, id);
    // ":" in English, " :" in French.
    let colon = t("sep-colon");
    let mut s = String::new();
    let _ = writeln!(s, "# {}\n", heading(&m.title));
    for (label, value) in &m.heading {
        let _ = writeln!(s, "- **{label}{colon}** {}", heading(value));
    }
    if !m.heading.is_empty() {
        s.push('\n');
    }
    let _ = writeln!(s, "{} {}\n", m.rule, m.attribution);
    if let Some(o) = &m.opening {
        let _ = writeln!(s, "## {}\n\n{}\n", t("heading-opening"), block(o));
    }
    let _ = writeln!(s, "## {}\n", t("heading-attendance"));
    for (label, value) in &m.attendance {
        let _ = writeln!(s, "- **{}{colon}** {}", heading(label), heading(value));
    }
    s.push('\n');
    for item in &m.items {
        render_item(&mut s, item, lang);
    }
    let _ = writeln!(s, "## {}\n", t("heading-summary"));
    for item in &m.items {
        let _ = writeln!(
            s,
            "{}. **{}**{colon} {}",
            item.number,
            heading(&item.title),
            heading(&item.outcome)
        );
    }
    let _ = writeln!(s, "\n## {}\n", t("heading-register"));
    if m.actions.is_empty() {
        let _ = writeln!(s, "{}\n", t("no-actions"));
    } else {
        let cols = [
            "col-number",
            "col-action",
            "col-owner",
            "col-due",
            "col-item-of-action",
        ];
        let cols: Vec<String> = cols.iter().map(|c| cell(&t(c))).collect();
        let _ = writeln!(s, "| {} |\n|---:|---|---|---|---|", cols.join(" | "));
        for a in &m.actions {
            let _ = writeln!(
                s,
                "| {} | {} | {} | {} | {} |",
                a.number,
                cell(&a.text),
                cell(&a.owner),
                cell(&a.due),
                cell(&a.item)
            );
        }
        s.push('\n');
    }
    if !m.corrections.is_empty() {
        let _ = writeln!(s, "## {}\n", t("heading-corrections"));
        for c in &m.corrections {
            let _ = writeln!(s, "- {}", inline(c));
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "## {}\n\n{}\n\n{}",
        t("heading-closing"),
        m.closing,
        m.stamp
    );
    s
}

fn render_item(s: &mut String, item: &ItemMinutes, lang: Language) {
    let t = |id: &str| tr!(lang, id);
    let _ = writeln!(s, "## {}. {}\n", item.number, heading(&item.title));
    if let Some(b) = &item.background {
        let _ = writeln!(s, "{}\n", block(b));
    }
    if !item.questions.is_empty() {
        let _ = writeln!(s, "**{}**\n", t("heading-questions"));
        for q in &item.questions {
            let _ = writeln!(s, "- {}", heading(q));
        }
        s.push('\n');
    }
    let _ = writeln!(s, "### {}\n", t("heading-talanoa"));
    if item.talanoa.is_empty() {
        let _ = writeln!(s, "{}\n", t("no-statements"));
    }
    for v in &item.talanoa {
        let _ = writeln!(
            s,
            "**{}**, {} *{}*{}\n\n{}\n",
            heading(&v.speaker),
            t("statement-on"),
            heading(&v.option),
            t("sep-colon"),
            quote(&v.text)
        );
    }
    if !item.speaking.is_empty() {
        let times: Vec<String> = item
            .speaking
            .iter()
            .map(|(who, t)| format!("{} {t}", heading(who)))
            .collect();
        let times = times.join(&t("speaking-join"));
        let _ = writeln!(s, "{}\n", tr!(lang, "speaking-time", times = &times));
    }
    for o in &item.options {
        render_option(s, o, lang);
    }
    let _ = writeln!(
        s,
        "### {}\n\n{}\n",
        t("heading-outcome"),
        heading(&item.outcome)
    );
    if !item.actions.is_empty() {
        let _ = writeln!(s, "### {}\n", t("heading-actions"));
        for a in &item.actions {
            let who = tr!(
                lang,
                "action-owner-due",
                owner = &heading(&a.owner),
                due = &heading(&a.due)
            );
            let _ = writeln!(s, "- {} {who}", heading(&a.text));
        }
        s.push('\n');
    }
}

fn render_option(s: &mut String, o: &OptionMinutes, lang: Language) {
    let _ = writeln!(s, "### {} {}\n", o.number, heading(&o.title));
    if let Some(summary) = &o.summary {
        let _ = writeln!(s, "{}\n", block(summary));
    }
    let _ = writeln!(s, "{}\n", heading(&o.sentence));
    if !o.positions.is_empty() {
        let (p, d) = (tr!(lang, "col-position"), tr!(lang, "col-delegations"));
        let _ = writeln!(s, "| {} | {} |\n|---|---|", cell(&p), cell(&d));
        for (label, who) in &o.positions {
            let _ = writeln!(s, "| {} | {} |", cell(label), cell(who));
        }
        s.push('\n');
    }
}

/// Renders the Outcomes document.
pub fn outcomes(o: &Outcomes) -> String {
    let mut s = String::new();
    if let Some(r) = &o.reference {
        let _ = writeln!(s, "**{}**\n", heading(r));
    }
    if let Some(b) = &o.body {
        let _ = writeln!(s, "**{}**\n", heading(b));
    }
    let _ = writeln!(s, "# {}\n", heading(&o.title));
    if let Some(p) = &o.place_date {
        let _ = writeln!(s, "{}\n", line(p));
    }
    let lang = o.lang;
    let _ = writeln!(
        s,
        "**{}**\n\n*{}*\n",
        tr!(lang, "outcomes-word"),
        tr!(lang, "draft-word")
    );
    if let Some(note) = &o.rule_note {
        let _ = writeln!(s, "{note}\n");
    }
    for b in &o.blocks {
        match b {
            Block::Heading(h) => {
                let _ = writeln!(s, "## {}\n", heading(h));
            }
            Block::Para(n, text) => {
                let _ = writeln!(s, "{n}. {}\n", heading(text));
            }
            Block::Meeting(n, entries) => {
                let lead = format!("{n}. ");
                let indent = " ".repeat(lead.len());
                let _ = writeln!(s, "{lead}{}\n", tr!(lang, "the-meeting"));
                for (k, e) in entries.iter().enumerate() {
                    let end = entry_end(lang, k, entries.len());
                    let _ = writeln!(s, "{indent}{} {}{end}\n", marker(k), heading(e));
                }
            }
        }
    }
    let _ = writeln!(s, "---\n\n{}", o.stamp);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_starts_are_escaped() {
        assert_eq!(block("# Not a heading"), "\\# Not a heading");
        assert_eq!(
            block("- not a list\n+ nor this\n= nor setext"),
            "\\- not a list\\\n\\+ nor this\\\n\\= nor setext"
        );
        assert_eq!(block("1. not ordered"), "1\\. not ordered");
        assert_eq!(block("2024) fine"), "2024\\) fine");
        assert_eq!(block("> no quote"), "\\> no quote");
        assert_eq!(block("    not code"), "not code");
        assert_eq!(block("a\n\nb"), "a\n\nb");
        assert_eq!(cell("a | b\nc"), "a \\| b<br>c");
        assert_eq!(inline("<script>"), "\\<script\\>");
    }
}
