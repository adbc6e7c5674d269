//! Free text from templates: post, comment, message and profile sentences in several languages,
//! with mentions of the member's connections, emoji, quotes, a few right-to-left marks, and
//! now and then an e-mail address or phone number (for the detectors).
//!
//! Every text returned obeys the content rules of the crate documentation: no leading or
//! trailing whitespace on any line, no `\r`, no control characters, no line starting with an
//! ASCII digit, no backslash, and no line made only of quote characters.

use super::names::{person, CITIES, COMPANIES, ROLES};
use super::rng::Rng;

/// Who may be mentioned: the member's connections (person `0..n` of `seed`).
#[derive(Clone, Copy, Debug)]
pub struct Cast {
    /// The export's seed.
    pub seed: u64,
    /// Number of connections (people that exist in `Connections.csv`).
    pub n: u64,
}

const SENTENCES: &[&str] = &[
    "Excited to share that I have joined {company} as {role}! {emoji}",
    "Huge thanks to {name} for the mentoring over the last {num} months.",
    "My manager once told me \"{quote}\" and it stuck with me.",
    "As {name} put it: \"{quote}\"",
    "\"{quote}\" is still the best advice I ever got.",
    "We are hiring in {city}: {role}, hybrid, English-speaking team.",
    "If you work on {topic}, let's connect.",
    "Just wrapped up {num} weeks of work on {topic} at {company}.",
    "Proud of the team at {company} {emoji}",
    "What is your take on {topic}? Drop a comment below {emoji}",
    "Back from the {topic} meetup in {city}, great talks by {name} and {name}.",
    "Reminder: {topic} is a team sport.",
    "Honest question: how do you handle {topic} in a team of {num}?",
    "Congratulations {name}! Well deserved {emoji}",
    "Agree with this, especially the part about {topic}.",
    "Happy to help, feel free to reach me at {email}.",
    "Our new release is live {emoji} {tag} {tag}",
    "I'm grateful for {num} years at {company}, and for people like {name}.",
    "Looking for recommendations: the best books on {topic}?",
    "Not everyone agrees, but I think {topic} is overrated.",
    "Some days the \"simple\" fix takes all afternoon.",
    "Data beats opinions, until the data is wrong.",
    "Danke an {name} für die tolle Zusammenarbeit bei {company}!",
    "Wir suchen Verstärkung in {city}: {role} (m/w/d).",
    "Très fier de l'équipe de {company} après ce lancement {emoji}",
    "Merci {first} pour ce retour, c'était très éclairant.",
    "¡Qué gran día en {city}! Gracias a todo el equipo de {company}.",
    "¿Alguien más trabajando en {topic}?",
    "Mooie dag gehad bij {company} in {city}, dank aan {name}.",
    "Grazie a {name} per l'ottima collaborazione, è stato un piacere.",
    "Dziękuję {first} za świetną współpracę, to był dobry rok.",
    "感谢{name}的帮助，项目顺利上线！",
    "Thank you all, \u{200f}شكرا جزيلا\u{200f} {emoji}",
    "Greetings from {city}: \u{200f}תודה רבה\u{200f} to the whole team.",
    "Call me on {phone} if that is easier.",
    "Three lessons from {topic}: start small, measure, repeat.",
];

const TOPICS: &[&str] = &[
    "data privacy",
    "Rust",
    "remote work",
    "supply chains",
    "GDPR compliance",
    "machine learning",
    "accessibility",
    "hiring",
    "product discovery",
    "climate tech",
    "open source",
    "developer experience",
    "Datenschutz",
    "l'IA générative",
];

const QUOTES: &[&str] = &[
    "ship it",
    "done is better than perfect",
    "ask why, twice",
    "make it work, then make it fast",
    "be kind",
    "write it down",
];

const EMOJI: &[&str] = &[
    "🚀",
    "🎉",
    "💡",
    "🙏",
    "👏",
    "✨",
    "📈",
    "🤝",
    "☕",
    "🌍",
    "✅",
    "👩‍💻",
];
const TAGS: &[&str] = &[
    "#Leadership",
    "#DataPrivacy",
    "#RustLang",
    "#Hiring",
    "#Nachhaltigkeit",
    "#IA",
    "#OpenToWork",
    "#Innovación",
];
const BULLETS: &[&str] = &["👉 ", "✅ ", "- ", "• ", "→ "];

/// Appends one sentence.
pub fn sentence(r: &mut Rng, cast: Cast, s: &mut String) {
    // Templates with an address or a phone number are rare.
    let mut t = r.pick(SENTENCES);
    while (t.contains("{email}") || t.contains("{phone}")) && !r.chance(150) {
        t = r.pick(SENTENCES);
    }
    fill(r, cast, t, s);
}

/// Expands `{slot}`s of a template.
pub fn fill(r: &mut Rng, cast: Cast, template: &str, s: &mut String) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        s.push_str(&rest[..open]);
        let close = open + rest[open..].find('}').unwrap_or(0);
        slot(r, cast, &rest[open + 1..close], s);
        rest = &rest[close + 1..];
    }
    s.push_str(rest);
}

fn slot(r: &mut Rng, cast: Cast, name: &str, s: &mut String) {
    match name {
        "name" => person(cast.seed, r.below(cast.n.max(1))).full(s),
        "first" => s.push_str(person(cast.seed, r.below(cast.n.max(1))).first),
        "company" => s.push_str(r.pick(&COMPANIES)),
        "role" => s.push_str(r.pick(&ROLES)),
        "city" => s.push_str(r.pick(&CITIES)),
        "topic" => s.push_str(r.pick(TOPICS)),
        "quote" => s.push_str(r.pick(QUOTES)),
        "emoji" => s.push_str(r.pick(EMOJI)),
        "tag" => s.push_str(r.pick(TAGS)),
        "num" => push_num(s, r.range(2, 48)),
        "email" => {
            let p = person(cast.seed, r.below(cast.n.max(1)));
            for c in p.first.chars().flat_map(char::to_lowercase) {
                s.push(if c.is_ascii_alphanumeric() { c } else { 'x' });
            }
            s.push_str(".contact@example.com");
        }
        "phone" => {
            s.push_str("+49 30 ");
            push_num(s, r.range(1_000_000, 9_999_999));
        }
        _ => {}
    }
}

/// Appends a decimal number.
pub fn push_num(s: &mut String, mut n: u64) {
    let mut tmp = [0u8; 20];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    s.extend(tmp[i..].iter().map(|&c| char::from(c)));
}

/// Appends a line of `min..=max` sentences.
pub fn line(r: &mut Rng, cast: Cast, s: &mut String, min: u64, max: u64) {
    for i in 0..r.range(min, max) {
        if i > 0 {
            s.push(' ');
        }
        sentence(r, cast, s);
    }
}

/// A post (`Shares.csv` ShareCommentary): one line, or several with blank lines, bullets,
/// hashtags, and lines that end in a quote.
pub fn post(r: &mut Rng, cast: Cast, s: &mut String) {
    if r.chance(350) {
        line(r, cast, s, 1, 3);
        return;
    }
    line(r, cast, s, 1, 2);
    let paragraphs = r.range(1, 4);
    for _ in 0..paragraphs {
        s.push_str(if r.chance(600) { "\n\n" } else { "\n" });
        if r.chance(300) {
            for i in 0..r.range(2, 4) {
                if i > 0 {
                    s.push('\n');
                }
                s.push_str(r.pick(BULLETS));
                sentence(r, cast, s);
            }
        } else {
            line(r, cast, s, 1, 3);
        }
    }
    if r.chance(500) {
        s.push_str("\n\n");
        for i in 0..r.range(1, 3) {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(r.pick(TAGS));
        }
    }
}

/// A comment: often a reply that starts with the inlined name of the person answered;
/// multi-line one time in six. With `plain`, the text has no `,` and no `"` (2024 comments,
/// whose multi-line values are written unquoted).
pub fn comment(r: &mut Rng, cast: Cast, s: &mut String, plain: bool) {
    if r.chance(250) {
        person(cast.seed, r.below(cast.n.max(1))).full(s);
        s.push(' ');
    }
    line(r, cast, s, 1, 2);
    if r.chance(170) {
        for _ in 0..r.range(1, 2) {
            s.push('\n');
            line(r, cast, s, 1, 1);
        }
    }
    if plain && s.contains('\n') {
        s.retain(|c| c != ',' && c != '"');
    }
}

/// A short phrase (poll options, skills, search queries, titles): one template slot value.
pub fn phrase(r: &mut Rng, s: &mut String) {
    match r.below(4) {
        0 => s.push_str(r.pick(TOPICS)),
        1 => s.push_str(r.pick(&ROLES)),
        2 => {
            s.push_str(r.pick(TOPICS));
            s.push_str(" in ");
            s.push_str(r.pick(&CITIES));
        }
        _ => {
            s.push_str(r.pick(QUOTES));
        }
    }
}

/// Capitalises the first letter of `s` in place (ASCII only).
pub fn capitalise(s: &mut str) {
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
}

/// A paragraph of prose with `sentences` sentences, lines separated by `\n` every few.
pub fn prose(r: &mut Rng, cast: Cast, s: &mut String, lines: u64) {
    for i in 0..lines {
        if i > 0 {
            s.push('\n');
        }
        line(r, cast, s, 1, 3);
    }
}
