use super::*;

fn typed(t: &mut TextArea, s: &str) {
    for c in s.chars() {
        t.edit(if c == '\n' {
            Edit::Newline
        } else {
            Edit::Char(c)
        });
    }
}

#[test]
fn multi_line_unicode_editing() {
    let mut t = TextArea::new("", true);
    typed(&mut t, "Sāmoa ʻokina\n日本");
    assert_eq!(t.text(), "Sāmoa ʻokina\n日本");
    assert_eq!(t.cursor(), (1, 4), "two wide characters");
    t.edit(Edit::Backspace);
    t.edit(Edit::Up);
    t.edit(Edit::Home);
    t.edit(Edit::Delete);
    assert_eq!(t.text(), "āmoa ʻokina\n日");
    t.edit(Edit::End);
    t.edit(Edit::Delete);
    assert_eq!(t.text(), "āmoa ʻokina日");
    t.edit(Edit::Home);
    t.edit(Edit::Backspace);
    t.edit(Edit::Left);
    t.edit(Edit::Right);
    t.edit(Edit::Right);
    typed(&mut t, "x");
    assert_eq!(t.text(), "āmxoa ʻokina日");
}

#[test]
fn single_line_ignores_newline_and_pastes_breaks_as_spaces() {
    let mut t = TextArea::new("a", false);
    t.edit(Edit::Newline);
    typed(&mut t, "b");
    assert_eq!(t.text(), "ab");
    t.insert_str("c\r\nd");
    assert_eq!(t.text(), "abc d");
}

#[test]
fn paste_inserts_at_the_cursor_at_once() {
    let mut t = TextArea::new("Tonga ends", true);
    for _ in 0..4 {
        t.edit(Edit::Left);
    }
    t.insert_str("says ʻokina\nand ");
    assert_eq!(t.text(), "Tonga says ʻokina\nand ends");
    typed(&mut t, "X");
    assert_eq!(t.text(), "Tonga says ʻokina\nand Xends");
    let big = "Kiribati speaks at length. ".repeat(8_000);
    let mut t = TextArea::new("", true);
    t.insert_str(&big);
    assert_eq!(t.text(), big, "200 KB arrive whole");
}

#[test]
fn long_lines_wrap_at_words_and_the_cursor_moves_by_line_shown() {
    let t = TextArea::new("Tuvalu asks that the costs be shared fairly", true);
    let v = t.view(16, 10);
    assert_eq!(
        v.lines,
        vec!["Tuvalu asks ", "that the costs ", "be shared ", "fairly"]
    );
    assert_eq!((v.total, v.at, v.cursor), (4, 3, (3, 6)));
    let mut t = t;
    t.set_wrap(15);
    t.edit(Edit::Up);
    assert_eq!(t.view(16, 10).cursor, (2, 6), "up one line shown");
    t.edit(Edit::Up);
    t.edit(Edit::Home);
    assert_eq!(
        t.view(16, 10).cursor,
        (1, 0),
        "Home: start of the line shown"
    );
    t.edit(Edit::End);
    typed(&mut t, "!");
    assert!(
        t.text().starts_with("Tuvalu asks that the costs! be"),
        "{}",
        t.text()
    );
    t.edit(Edit::Down);
    t.edit(Edit::Down);
    t.edit(Edit::Down);
    assert_eq!(t.view(16, 10).at, 3, "stops at the last line");
}

#[test]
fn a_word_wider_than_the_box_is_cut_and_wide_characters_count_twice() {
    let t = TextArea::new("日本日本日本 Aotearoa", true);
    let v = t.view(6, 10);
    assert!(v.lines.iter().all(|l| l.width() <= 5), "{:?}", v.lines);
    assert_eq!(v.lines.concat(), "日本日本日本 Aotearoa");
    let v = t.view(6, 2);
    assert_eq!(
        v.lines.len(),
        2,
        "only the lines that fit, around the cursor"
    );
    assert_eq!(v.cursor.0, 1);
}

#[test]
fn hostile_characters_are_shown_inert() {
    let t = TextArea::new("a\u{1b}[2Jb", true);
    assert_eq!(t.view(20, 3).lines, vec!["a␛[2Jb"]);
}
