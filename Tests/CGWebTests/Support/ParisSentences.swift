import Foundation

/// The French sentences of the Paris trial (`ParisStream`), written for it the way Paris feeds read: short,
/// informal, some with their accents and some typed without (`ParisSentences.plain`). Like the Stockholm and London
/// trials' they were **not** filtered by what the classifier made of them; the trial keeps every one and prints
/// what the classifier returned (`CG_TRIAL_PRINT=1`); its misses are listed in docs/sentiment-analysis.md ("A fifth
/// outside trial").
enum ParisSentences {
    /// Background hate, by the group it is written against (the classifier's groups).
    static let hate: [String: [String]] = [
        "jews": [
            "Les juifs contrôlent les banques et les médias, réveillez-vous",
            "Sales juifs, toujours à se plaindre", "Je déteste les juifs, des parasites",
        ],
        "muslims": [
            "Les musulmans détruisent la France, renvoyez-les chez eux",
            "Tous les musulmans sont des terroristes", "L'islam n'a rien à faire ici, dehors les musulmans",
        ],
        "immigrants": [
            "Les migrants sont des parasites qui vivent des allocs", "Dehors les immigrés, ils pourrissent le pays",
        ],
        "black": ["Les noirs sont des singes, qu'ils retournent en Afrique", "Les noirs sont tous des délinquants"],
        "lgb": ["Les pédés sont des malades dégoûtants", "Les homos sont une abomination"],
        "trans": ["Les trans sont des malades mentaux", "Les transsexuels sont des monstres"],
        "women": ["Les femmes sont trop connes pour voter, à la cuisine", "Les femmes ne valent rien"],
        "roma": ["Les Roms sont tous des voleurs", "Ces romanichels sont une vermine, expulsez-les"],
    ]

    /// The planted events' messages, by the event's name: after a man wearing a kippa was attacked, against Jewish
    /// people ("kippa"); against a minaret project, against Muslims ("minaret"); after a rainbow flag was torn
    /// down, against gay people ("drapeau").
    static let event: [String: [String]] = [
        "kippa": [
            "Encore des kippas dans le métro, les juifs se croient chez eux", "Les juifs et leurs kippas, dehors",
            "Marre de voir des kippas partout, sales juifs", "Une kippa c'est de la provocation, les juifs dégagez",
        ],
        "minaret": [
            "Pas de minaret à Paris, les musulmans dehors", "Un minaret ici ? Les musulmans envahissent tout",
            "Les musulmans veulent leur minaret, qu'ils rentrent chez eux",
            "Non au minaret, les musulmans n'ont rien à faire en France",
        ],
        "drapeau": [
            "Ce drapeau arc-en-ciel me dégoûte, les pédés dehors", "Les homos et leur drapeau, bande de malades",
            "Brûlez ce drapeau de pédés", "Un drapeau gay à la mairie ? Les homos sont une honte",
        ],
    ]

    /// Friendly or neutral messages naming an identity, some with an event's word.
    static let friendly = [
        "Super soirée chez nos voisins juifs pour Hanoukka", "Belle kippa brodée vue au marché ce matin",
        "Ma collègue musulmane m'a invité à rompre le jeûne, trop gentil",
        "Le minaret de la Grande Mosquée est magnifique au coucher du soleil",
        "Marche des fiertés samedi, on y va avec les copains gays",
        "Le drapeau arc-en-ciel est de retour sur la place, ça fait plaisir", "Soutien total aux personnes trans",
        "Les Roms du quartier ont aidé à nettoyer le square", "Bravo à l'équipe de France féminine !",
        "Les réfugiés de l'association donnent des cours de cuisine syrienne",
    ]

    /// Ordinary chatter.
    static let chatter = [
        "Quelqu'un sait si la ligne 4 marche ce matin ?", "Il pleut encore, quelle surprise",
        "Le marché est top ce dimanche", "Grève RATP demain, courage à tous", "Qui connaît un bon boulanger ?",
        "Apéro ce soir ?", "Bouchon énorme sur le périph", "Le PSG a encore gagné hier soir",
        "Aucun Vélib dispo ce matin", "Expo géniale au Centre Pompidou", "Encore des travaux, on ne dort plus",
        "On cherche un chat perdu, tigré, il répond à Moustache",
        "Les croissants de la boulangerie d'en bas, une tuerie",
        "Métro bondé à 8h, comme d'hab", "Qui vient courir au parc demain matin ?",
        "Le loyer a encore augmenté, sérieux",
    ]

    /// `text` typed without accents (as on a phone without a French keyboard): é è ê ë → e, à â → a, ç → c, …
    static func plain(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive], locale: Locale(identifier: "fr_FR"))
    }

    /// A message's sentence without the place named at its end, and with its accents (a sentence typed without
    /// them counts as the same sentence).
    static func strip(_ text: String) -> String {
        var text = text
        for marker in [" (ici ", " — ", " #Paris"] {
            if let range = text.range(of: marker, options: .backwards) {
                text = String(text[..<range.lowerBound])
                break
            }
        }
        return written[plain(text)] ?? text
    }

    /// Every sentence by its form without accents.
    private static let written: [String: String] = Dictionary(
        (Array(hate.values.joined()) + Array(event.values.joined()) + friendly + chatter).map { (plain($0), $0) },
        uniquingKeysWith: { first, _ in first })
}
