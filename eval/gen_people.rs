//! Names for the `people` detector: a connection list drawn from name pools (Latin with
//! diacritics, ß, ø, Cyrillic, Dutch particles), plus fixed hard cases whose names are
//! also words or places (Rose Hill, Mark Green, Christian Müller), and sentence templates
//! per language. Non-connection names come from the same pools, so the detector cannot
//! pass by knowing the pools.

use super::rng::Rng;

const FIRST: &[&str] = &[
    "Anna",
    "Lukas",
    "Sophie",
    "Jonas",
    "Marie",
    "Élodie",
    "Théo",
    "Chloé",
    "Lucía",
    "Sergio",
    "Álvaro",
    "Giulia",
    "Matteo",
    "Chiara",
    "Daan",
    "Sanne",
    "Bram",
    "Femke",
    "Emma",
    "Oliver",
    "Priya",
    "Arjun",
    "Zoë",
    "Søren",
    "Björn",
    "Jürgen",
    "Grzegorz",
    "Ana",
    "João",
    "Noémie",
    "Иван",
    "Ольга",
    "Дмитрий",
    "Mehmet",
    "Ayşe",
    "Fatima",
    "Yusuf",
    "Aoife",
    "Siobhán",
    "Nils",
    "Ingrid",
    "Hanna",
    "Paolo",
    "Francesca",
    "Lorenzo",
    "Carmen",
    "Javier",
    "Inés",
    "Hugo",
    "Camille",
    "Léa",
];

const LAST: &[&str] = &[
    "Schmidt",
    "Müller",
    "Weiß",
    "Groß",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "García",
    "Fernández",
    "Núñez",
    "Rossi",
    "Bianchi",
    "Esposito",
    "de Vries",
    "van Dijk",
    "Jansen",
    "Bakker",
    "Smith",
    "O'Brien",
    "Patel",
    "Sharma",
    "Løkke",
    "Sørensen",
    "Ødegaard",
    "Kowalski",
    "Wójcik",
    "Silva",
    "Петров",
    "Смирнова",
    "Yılmaz",
    "Öztürk",
    "Nakamura",
    "Nguyen",
    "Hoffmann",
    "Fischer",
    "Rinaldi",
    "Costa",
    "Martín",
    "Lambert",
    "Girard",
    "Visser",
    "Meijer",
    "Ferrari",
    "Romano",
];

/// Connections whose names are also words or places: the known hard cases.
pub const HARD: &[(&str, &str)] = &[
    ("Rose", "Hill"),
    ("Mark", "Green"),
    ("Christian", "Müller"),
    ("Grace", "Church"),
    ("Will", "Baker"),
];

/// The member's connections: `n` distinct pool names plus the hard cases.
pub fn connections(r: &mut Rng, n: usize) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = HARD
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let mut seen: std::collections::HashSet<String> =
        out.iter().map(|(a, b)| format!("{a} {b}")).collect();
    while out.len() < n.min(FIRST.len() * LAST.len() / 2) {
        let (f, l) = (r.pick(FIRST), r.pick(LAST));
        if seen.insert(format!("{f} {l}")) {
            out.push((f.to_string(), l.to_string()));
        }
    }
    out
}

/// A pool name that is not a connection.
pub fn stranger(r: &mut Rng, known: &std::collections::HashSet<String>) -> String {
    loop {
        let s = format!("{} {}", r.pick(FIRST), r.pick(LAST));
        if !known.contains(&s) {
            return s;
        }
    }
}

/// Mention templates per language; `@` is the name.
pub const MENTIONS: &[(&str, &str)] = &[
    ("en", "Huge thanks to @ for the introduction!"),
    ("en", "Congratulations @ on the new role."),
    ("en", "Great panel today with @ and the team."),
    ("en", "@ just shipped the new dashboard."),
    ("en", "THANK YOU @!"),
    ("de", "Vielen Dank an @ für die Einladung!"),
    ("de", "Herzlichen Glückwunsch, @, zur Beförderung."),
    ("de", "Heute mit @ über Datenschutz gesprochen."),
    ("fr", "Merci à @ pour cette belle présentation."),
    ("fr", "Félicitations @ pour ce nouveau poste !"),
    ("fr", "Échange passionnant avec @ ce matin."),
    ("es", "Gracias a @ por la invitación."),
    ("es", "Enhorabuena @ por el nuevo puesto."),
    ("es", "Hoy he hablado con @ sobre el proyecto."),
    ("nl", "Dank aan @ voor de introductie!"),
    ("nl", "Gefeliciteerd @ met je nieuwe baan."),
    ("nl", "Vandaag met @ gesproken over de roadmap."),
    ("it", "Grazie a @ per l'invito."),
    ("it", "Complimenti @ per il nuovo ruolo!"),
    ("it", "Oggi ho parlato con @ del progetto."),
];

/// Hard negatives for the hard-case names: (language, text) that mention the words or
/// places, never the person.
pub const NEGATIVE: &[(&str, &str)] = &[
    ("en", "Our new office in Rose Hill opens on Monday."),
    ("en", "Meet us at the Rose Hill Road site."),
    ("en", "We planted a rose hill behind the warehouse."),
    ("en", "Please mark green the tasks that are done."),
    ("en", "The Grace Church Street entrance is closed."),
    ("en", "Will Baker Street be closed during the parade?"),
    ("de", "Christian hat das Meeting geleitet."),
    ("en", "Christian and I met at the conference."),
];
