//! French grammar that depends on a name: the contraction of `de` and `à`
//! with the article a member's French name carries ("les Fidji" gives
//! "des Fidji" and "aux Fidji"), elision before a vowel or mute h ("d'Haïti"
//! style), and the capital a name takes at the start of a sentence.

/// Whether French elides before this word (a vowel, or h, which talanoa
/// treats as mute: no Forum member's French name starts with an aspirated h).
fn elides(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| "aàâäeéèêëiîïoôöuùûüyhAÀÂÄEÉÈÊËIÎÏOÔÖUÙÛÜYH".contains(c))
}

/// The article a name starts with and the rest: ("les ", "Fidji").
fn split_article(name: &str) -> (&str, &str) {
    for art in [
        "les ", "le ", "la ", "l'", "l’", "Les ", "Le ", "La ", "L'", "L’",
    ] {
        if let Some(rest) = name.strip_prefix(art) {
            return (art, rest);
        }
    }
    ("", name)
}

/// "de" + name: "du Japon", "des Fidji", "de la Nouvelle-Calédonie",
/// "de l'Australie", "d'Aotearoa", "de Tuvalu".
pub fn de(name: &str) -> String {
    match split_article(name) {
        ("le " | "Le ", rest) => format!("du {rest}"),
        ("les " | "Les ", rest) => format!("des {rest}"),
        ("", rest) if elides(rest) => format!("d'{rest}"),
        _ => format!("de {name}"),
    }
}

/// "à" + name: "au Japon", "aux Fidji", "à la Nouvelle-Calédonie", "à Tuvalu".
pub fn a(name: &str) -> String {
    match split_article(name) {
        ("le " | "Le ", rest) => format!("au {rest}"),
        ("les " | "Les ", rest) => format!("aux {rest}"),
        _ => format!("à {name}"),
    }
}

/// "que" + the next word: "qu'il", "que la".
pub fn que(next: &str) -> String {
    if elides(next) {
        format!("qu'{next}")
    } else {
        format!("que {next}")
    }
}

/// The text with its first letter in capitals (a name opening a sentence:
/// "les Fidji" gives "Les Fidji").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn de_contracts_and_elides() {
        assert_eq!(de("le Japon"), "du Japon");
        assert_eq!(de("les Fidji"), "des Fidji");
        assert_eq!(de("les Îles Cook"), "des Îles Cook");
        assert_eq!(de("la Nouvelle-Calédonie"), "de la Nouvelle-Calédonie");
        assert_eq!(de("l'Australie"), "de l'Australie");
        assert_eq!(de("Aotearoa"), "d'Aotearoa");
        assert_eq!(de("Haïti"), "d'Haïti");
        assert_eq!(de("Tuvalu"), "de Tuvalu");
        assert_eq!(de("Sāmoa"), "de Sāmoa");
    }

    #[test]
    fn a_contracts() {
        assert_eq!(a("le Japon"), "au Japon");
        assert_eq!(a("les Tonga"), "aux Tonga");
        assert_eq!(a("la Polynésie française"), "à la Polynésie française");
        assert_eq!(a("Nauru"), "à Nauru");
    }

    #[test]
    fn que_elides_and_names_take_a_capital() {
        assert_eq!(que("il"), "qu'il");
        assert_eq!(que("la réunion"), "que la réunion");
        assert_eq!(capitalised("les Fidji"), "Les Fidji");
        assert_eq!(capitalised("ʻokina"), "ʻokina");
        assert_eq!(capitalised(""), "");
    }
}
