//! Validation of a big agenda (against a bare toml parse), one frame of the
//! chair's screen at 1,000 members (against the 16 ms of a 60 Hz screen),
//! and minutes of a 1,000-member, 60-item session.

use std::hint::black_box;

use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use talanoa::agenda::Attribution;
use talanoa::generate;
use talanoa::session::Session;
use talanoa::tui::{App, Source, views};

fn validation(c: &mut Criterion) {
    let text = generate::agenda_toml(1000, 100, 4);
    let mut g = c.benchmark_group("validate 1,000 members x 100 items x 4 options");
    g.sample_size(20);
    g.bench_function("talanoa validation", |b| {
        b.iter(|| black_box(talanoa::agenda::parse(&text, "gen").expect("valid")))
    });
    g.bench_function("bare toml parse (reference)", |b| {
        b.iter(|| black_box(text.parse::<toml::Table>().expect("toml")))
    });
    g.finish();
}

fn big_session(members: usize, items: usize, changes: usize) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = generate::agenda_toml(members, items, 4);
    let agenda = talanoa::agenda::parse(&text, "gen").expect("agenda");
    let (mut s, _) =
        Session::open_or_create(&dir.path().join("b.talanoa"), &text, "gen", Utc::now())
            .expect("session");
    s.apply_all(generate::changes(&agenda, changes, 11), "bench", Utc::now())
        .expect("changes");
    (dir, s)
}

fn frame(c: &mut Criterion) {
    let (dir, s) = big_session(1000, 20, 20_000);
    let mut app = App::new(Source::Chair(s), Utc::now, dir.path().to_path_buf());
    app.selected = 500;
    let mut g = c.benchmark_group("frame");
    for (w, h) in [(80u16, 24u16), (160, 48)] {
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        g.bench_function(format!("chair's screen, 1,000 members, {w}x{h}"), |b| {
            b.iter(|| {
                terminal.draw(|f| views::draw(f, &app)).expect("draw");
            })
        });
    }
    g.finish();
}

fn minutes(c: &mut Criterion) {
    let (_dir, s) = big_session(1000, 60, 30_000);
    let snap = s.snapshot().clone();
    let mut g = c.benchmark_group("minutes of 1,000 members x 60 items (30,000 changes)");
    g.sample_size(10);
    g.bench_function("markdown", |b| {
        b.iter(|| {
            black_box(
                talanoa::minutes::markdown(
                    &snap,
                    talanoa::minutes::Document::Record,
                    Attribution::Attributed,
                    talanoa::agenda::Language::En,
                )
                .len(),
            )
        })
    });
    g.bench_function("html", |b| {
        b.iter(|| {
            black_box(
                talanoa::minutes::html(
                    &snap,
                    talanoa::minutes::Document::Record,
                    Attribution::Attributed,
                    talanoa::agenda::Language::En,
                )
                .len(),
            )
        })
    });
    g.bench_function("markdown, chatham house", |b| {
        b.iter(|| {
            black_box(
                talanoa::minutes::markdown(
                    &snap,
                    talanoa::minutes::Document::Record,
                    Attribution::ChathamHouse,
                    talanoa::agenda::Language::En,
                )
                .len(),
            )
        })
    });
    g.finish();
}

criterion_group!(benches, validation, frame, minutes);
criterion_main!(benches);
