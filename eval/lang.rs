//! Per-language sentence material for the corpus: neutral filler in the style of LinkedIn
//! posts, comments and messages, and carriers for `pii` entities (`@` is the entity).

/// Neutral sentences: (language, text).
pub const FILLER: &[(&str, &str)] = &[
    (
        "en",
        "Excited to share that our team just launched the new onboarding flow.",
    ),
    ("en", "Three lessons I learned from scaling a product team."),
    (
        "en",
        "What a week! Grateful for everyone who joined the workshop.",
    ),
    (
        "en",
        "We are hiring a senior backend engineer, remote friendly.",
    ),
    ("en", "Great article, thanks for sharing."),
    ("en", "Agree, consistency beats intensity every time."),
    (
        "en",
        "Hi, hope you are well. Do you have time for a quick chat next week?",
    ),
    ("en", "Looking forward to the conference in Lisbon."),
    (
        "de",
        "Ich freue mich, mitzuteilen, dass ich eine neue Position angetreten habe.",
    ),
    (
        "de",
        "Drei Dinge, die ich aus dem letzten Projekt gelernt habe.",
    ),
    (
        "de",
        "Wir suchen eine erfahrene Produktmanagerin für unser Team in Köln.",
    ),
    ("de", "Toller Beitrag, danke fürs Teilen!"),
    (
        "de",
        "Hallo, hätten Sie nächste Woche Zeit für ein kurzes Gespräch?",
    ),
    (
        "fr",
        "Ravi de vous annoncer que je rejoins une nouvelle équipe.",
    ),
    ("fr", "Trois leçons tirées de notre dernier lancement."),
    ("fr", "Merci pour ce partage, très inspirant."),
    (
        "fr",
        "Bonjour, seriez-vous disponible pour un échange la semaine prochaine ?",
    ),
    (
        "es",
        "¡Encantada de anunciar que empiezo un nuevo reto profesional!",
    ),
    ("es", "Tres aprendizajes de nuestro último lanzamiento."),
    ("es", "Gran publicación, gracias por compartir."),
    (
        "es",
        "Hola, ¿tienes un momento la semana que viene para hablar?",
    ),
    ("nl", "Trots om te delen dat ik bij een nieuw team begin."),
    ("nl", "Drie lessen uit onze laatste productlancering."),
    ("nl", "Mooi artikel, dank voor het delen."),
    (
        "nl",
        "Hoi, heb je volgende week tijd voor een kort gesprek?",
    ),
    (
        "it",
        "Felice di annunciare che inizio una nuova avventura professionale.",
    ),
    ("it", "Tre lezioni imparate dal nostro ultimo lancio."),
    ("it", "Ottimo articolo, grazie per la condivisione."),
    (
        "it",
        "Ciao, hai tempo la prossima settimana per una breve chiamata?",
    ),
];

/// Carriers of pii entities: (language, type, template).
pub const PII_CARRIERS: &[(&str, &str, &str)] = &[
    ("en", "email", "Send your CV to @ before Friday."),
    ("en", "email", "Reach me at @ if you are interested."),
    ("de", "email", "Bewerbungen bitte an @ schicken."),
    ("fr", "email", "Écrivez-moi à @ pour en parler."),
    ("es", "email", "Escríbeme a @ y lo hablamos."),
    ("nl", "email", "Mail me op @ voor meer info."),
    ("it", "email", "Scrivimi a @ per i dettagli."),
    ("en", "phone", "Call me on @ any time this week."),
    ("en", "phone", "My number is @, text first please."),
    ("de", "phone", "Du erreichst mich unter @."),
    ("de", "phone", "Rufen Sie mich gern an: @"),
    ("fr", "phone", "Mon portable : @, n'hésitez pas."),
    ("es", "phone", "Mi móvil es @, llámame cuando quieras."),
    ("nl", "phone", "Bel me gerust op @."),
    ("it", "phone", "Il mio numero è @, chiamami pure."),
    ("en", "iban", "Please transfer the deposit to @ by Monday."),
    ("de", "iban", "Bitte überweise den Betrag auf @."),
    ("fr", "iban", "Voici mon IBAN : @"),
    ("es", "iban", "Mi cuenta es @, gracias."),
    ("nl", "iban", "Mijn rekeningnummer is @."),
    ("it", "iban", "L'IBAN per il bonifico è @."),
    ("en", "payment_card", "Use my card @ for the hotel booking."),
    (
        "de",
        "payment_card",
        "Meine Kreditkarte: @, bitte nur einmal belasten.",
    ),
    ("fr", "payment_card", "Ma carte bancaire : @"),
    ("es", "payment_card", "Mi tarjeta es la @."),
    ("nl", "payment_card", "Mijn creditcard is @."),
    ("it", "payment_card", "La mia carta è @."),
    (
        "en",
        "ip_address",
        "The VPN gateway is at @ if you need it.",
    ),
    ("de", "ip_address", "Der Server läuft unter @."),
    ("fr", "ip_address", "Le serveur de test est @."),
    ("es", "ip_address", "La IP del servidor es @."),
    ("nl", "ip_address", "De server staat op @."),
    ("it", "ip_address", "Il server ha indirizzo @."),
    ("en", "url", "Read the full story here: @"),
    ("en", "url", "Applications are open at @ until Sunday."),
    ("de", "url", "Hier geht es zum Artikel: @"),
    ("fr", "url", "Tous les détails sur @"),
    ("es", "url", "Más información en @"),
    ("nl", "url", "Lees meer op @"),
    ("it", "url", "Trovate tutto qui: @"),
    ("en", "postal_address", "Our new office is at @, come by!"),
    ("de", "postal_address", "Unsere neue Adresse: @."),
    ("fr", "postal_address", "Nous avons déménagé au @."),
    ("es", "postal_address", "Nuestra nueva oficina está en @."),
    ("nl", "postal_address", "Ons nieuwe adres is @."),
    ("it", "postal_address", "Il nuovo ufficio è in @."),
];

/// Carriers of national ids: the context phrase comes from the generator (`#`), then `@`.
pub const ID_CARRIERS: &[(&str, &str)] = &[
    ("en", "For the onboarding form, # @."),
    ("de", "Für die Personalabteilung: # @."),
    ("fr", "Pour le dossier RH, # @."),
    ("es", "Para el formulario, # @."),
    ("nl", "Voor HR: # @."),
    ("it", "Per il modulo HR, # @."),
];

/// Carriers of number-shaped hard negatives: `@` is the negative.
pub const NEG_CARRIERS: &[(&str, &str)] = &[
    ("en", "Quick update: @."),
    ("en", "Noted, @ works for us."),
    ("de", "Kurzes Update: @."),
    ("fr", "Petit point : @."),
    ("es", "Actualización: @."),
    ("nl", "Korte update: @."),
    ("it", "Aggiornamento: @."),
];
