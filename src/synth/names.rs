//! Fictional people: first names and invented surnames across languages (English, German,
//! French, Spanish, Dutch, Italian, Polish, Nordic, Indian, Chinese), and the profile URL slugs
//! LinkedIn derives from them.
//!
//! Person `i` of a seed is a pure function of `(seed, i)`, so `Connections.csv` row `i`, a
//! message from person `i` and a mention of person `i` in a post all spell the same name.

use super::rng::{mix, Rng};

/// `(first names, surnames)` per language.
const LANGS: [(&[&str], &[&str]); 10] = [
    (
        &[
            "Oliver", "Amelia", "Harry", "Isla", "Noah", "Freya", "Ethan", "Harper", "Chloe",
            "Liam",
        ],
        &[
            "Ashworth",
            "Pemberly",
            "Hollingsby",
            "Tredwell",
            "Kingsleigh",
            "Fairbairn",
            "Whitcombe",
            "O'Marrow",
        ],
    ),
    (
        &[
            "Jürgen",
            "Lena",
            "Matthias",
            "Anneliese",
            "Tobias",
            "Jörg",
            "Käthe",
            "Maximilian",
            "Ute",
            "Björn",
        ],
        &[
            "Brückenfeld",
            "Oberwälder",
            "Königsmann",
            "Schäferling",
            "Grünholz",
            "Weißbach",
            "Müllerstein",
            "Jäckelberg",
        ],
    ),
    (
        &[
            "Amélie",
            "Benoît",
            "Léa",
            "Théo",
            "Chloé",
            "Hélène",
            "François",
            "Zoé",
            "Jérôme",
            "Maëlle",
        ],
        &[
            "Dumareaux",
            "Lefébure",
            "Château-Rivière",
            "Morvillier",
            "Beaupré",
            "Desaulniers",
            "Ferréol",
        ],
    ),
    (
        &[
            "Iñigo", "Sofía", "Mateo", "Lucía", "Álvaro", "Begoña", "Martín", "Ainhoa", "José",
            "Nuria",
        ],
        &[
            "Castañares",
            "Villanueva Ortiz",
            "Montejano",
            "Peñalosa",
            "Iturbide",
            "Zubizarreta",
            "Olmedilla",
        ],
    ),
    (
        &[
            "Sanne", "Daan", "Femke", "Bram", "Lieke", "Joris", "Maartje", "Sjoerd", "Ilse",
            "Thijs",
        ],
        &[
            "van Dijkhorst",
            "de Vries-Hoogland",
            "Oosterbeek",
            "van der Maarel",
            "Kuipersma",
            "IJsselmuiden",
        ],
    ),
    (
        &[
            "Giulia",
            "Niccolò",
            "Chiara",
            "Lorenzo",
            "Francesca",
            "Matteo",
            "Beatrice",
            "Elia",
            "Ludovica",
        ],
        &[
            "Bellaviteri",
            "Santangelo",
            "Castelfranchi",
            "Ruggierone",
            "Mazzoleni",
            "D'Albertis",
        ],
    ),
    (
        &[
            "Łukasz",
            "Zofia",
            "Wojciech",
            "Małgorzata",
            "Michał",
            "Agnieszka",
            "Paweł",
            "Jędrzej",
        ],
        &[
            "Wróbelski",
            "Przybylak",
            "Szczęsny",
            "Żelazowski",
            "Kołodziejak",
            "Grzybowska",
        ],
    ),
    (
        &[
            "Søren", "Bjørn", "Åse", "Ingrid", "Mikkel", "Sigrún", "Øystein", "Astrid",
        ],
        &[
            "Haugstvedt",
            "Sørbø",
            "Kjærgaard",
            "Østergård",
            "Lindqvære",
            "Bergsnæs",
        ],
    ),
    (
        &[
            "Aarav", "Priya", "Vivaan", "Ananya", "Rohan", "Diya", "Arjun", "Meera", "Kabir",
            "Ishita",
        ],
        &[
            "Raghunathan",
            "Venkatanarayan",
            "Chatterjee-Rao",
            "Kulkarnee",
            "Bhattacharjya",
            "Subramaniam",
        ],
    ),
    (
        &[
            "Wei", "Xiaoling", "Jun", "Meiling", "Haoran", "Yuting", "芳", "静", "伟", "秀英",
        ],
        &["Zhang", "Liu", "Huang", "Xu", "王", "李", "陈"],
    ),
];

/// Suffixes some people put into their last name (`Jane Doe, PhD`).
const DEGREES: [&str; 4] = [", PhD", ", MBA", " MSc", ", CFA"];

/// One fictional person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Person {
    /// First name.
    pub first: &'static str,
    /// Last name (without a degree).
    pub last: &'static str,
    /// A degree written into the last name field, or empty.
    pub degree: &'static str,
    /// 32 bits that make the profile slug unique.
    pub tag: u32,
}

/// Person `i` of `seed`. Index `u64::MAX` is the member who owns the export.
pub fn person(seed: u64, i: u64) -> Person {
    let mut r = Rng::new(seed ^ 0x5eed_0f9e_091e, mix(i));
    let lang = r.below(LANGS.len() as u64) as usize;
    let (firsts, _) = LANGS[lang];
    // One in eight people has a surname from another language.
    let last_lang = if r.chance(125) {
        r.below(LANGS.len() as u64) as usize
    } else {
        lang
    };
    let first = r.pick(firsts);
    let last = r.pick(LANGS[last_lang].1);
    let degree = if r.chance(30) { r.pick(&DEGREES) } else { "" };
    Person {
        first,
        last,
        degree,
        tag: r.next_u64() as u32,
    }
}

/// The member who owns the export.
pub fn owner(seed: u64) -> Person {
    let mut p = person(seed, u64::MAX);
    p.degree = "";
    p
}

impl Person {
    /// `First Last` (with the degree, if any) appended to `s`.
    pub fn full(&self, s: &mut String) {
        s.push_str(self.first);
        s.push(' ');
        s.push_str(self.last);
        s.push_str(self.degree);
    }

    /// The last name as the `Last Name` column holds it (with the degree).
    pub fn last_field(&self, s: &mut String) {
        s.push_str(self.last);
        s.push_str(self.degree);
    }

    /// `https://www.linkedin.com/in/<slug>` appended to `s`; non-ASCII percent-encoded
    /// (as in `Connections.csv`) or raw (as in `messages.csv`).
    pub fn url(&self, s: &mut String, percent: bool) {
        s.push_str("https://www.linkedin.com/in/");
        self.slug(s, percent);
    }

    /// The profile slug: `first-last-<hex>`, lower case.
    pub fn slug(&self, s: &mut String, percent: bool) {
        for (i, part) in [self.first, self.last].iter().enumerate() {
            if i > 0 {
                s.push('-');
            }
            for ch in part.chars() {
                match ch {
                    ' ' | '-' => s.push('-'),
                    '\'' | '.' | ',' => {}
                    c => {
                        for lc in c.to_lowercase() {
                            if percent && !lc.is_ascii() {
                                let mut b = [0u8; 4];
                                for byte in lc.encode_utf8(&mut b).bytes() {
                                    push_hex_byte(s, byte);
                                }
                            } else {
                                s.push(lc);
                            }
                        }
                    }
                }
            }
        }
        s.push('-');
        push_hex(s, u64::from(self.tag), 8);
    }
}

fn push_hex_byte(s: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    s.push('%');
    s.push(HEX[usize::from(b >> 4)] as char);
    s.push(HEX[usize::from(b & 15)] as char);
}

/// `digits` lower-case hex digits of `v`.
pub fn push_hex(s: &mut String, v: u64, digits: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    for i in (0..digits).rev() {
        s.push(HEX[((v >> (i * 4)) & 15) as usize] as char);
    }
}

/// Invented companies (no real firm is meant).
pub const COMPANIES: [&str; 16] = [
    "Brightloom",
    "Nordvik Analytics",
    "Kestrel & Finch",
    "Quantaflux GmbH",
    "Solmare S.L.",
    "Tulpenweg B.V.",
    "Zefiro S.p.A.",
    "Wiślany Data sp. z o.o.",
    "Lotusbyte Pvt Ltd",
    "Jadeleaf Tech",
    "Ørestad Robotics",
    "Café Métrique SAS",
    "Halcyon Freight",
    "Bluequill Health",
    "Ironmoss Energy",
    "Parcelino",
];

/// Job titles, several languages.
pub const ROLES: [&str; 12] = [
    "Senior Data Engineer",
    "Head of Product",
    "Werkstudentin Marketing",
    "Ingénieure logicielle",
    "Product Owner",
    "Jefa de Operaciones",
    "Privacy Counsel",
    "UX Researcher",
    "Teamleider Klantenservice",
    "Responsabile Vendite",
    "Kierownik Projektu",
    "Staff Software Engineer",
];

/// Cities, several scripts.
pub const CITIES: [&str; 12] = [
    "München",
    "Kraków",
    "Zürich",
    "Bengaluru",
    "Lyon",
    "Sevilla",
    "Utrecht",
    "Torino",
    "深圳",
    "Toronto",
    "Tromsø",
    "Łódź",
];
