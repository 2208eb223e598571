import CGClassifier
@testable import CGSentiment
import Testing

/// Function words carry no narrative: a message made only of them gives an empty bag, in each of the six languages.
@Suite("Term bags: the function words of six languages are dropped, the content words kept")
struct TermStopWordTests {
    /// Messages of pronouns, articles, auxiliaries, copulas, prepositions and conjunctions only.
    static let functionOnly: [(Language, String)] = [
        (
            .en,
            "I would have that they had been with them, but we were not there; you and she are theirs because it's ours"
        ),
        (.en, "They're here and we don't, although and he himself was doing it through them"),
        (
            .es,
            "Yo sé que ellos estaban con nosotros, pero ustedes no son de aquí porque esto es suyo y aquella también"
        ),
        (.ca, "Jo sé que ells estaven amb nosaltres, però vosaltres no sou d'aquí perquè això és seu i aquella també"),
        (.fr, "Je suis où ils étaient avec nous, mais vous n'êtes pas d'ici parce que cela est à eux et elle aussi"),
        (
            .nl,
            "Ik ben waar zij bij ons waren, maar jullie zijn niet van hier omdat het van hem en haar is, "
                + "want wij hebben het"
        ),
        (.sv, "Jag har att de var med oss, men ni är inte här eftersom det är deras och hon har också varit där"),
    ]

    @Test("a message of function words only gives an empty bag", arguments: functionOnly.indices)
    func functionWordsOnly(index: Int) {
        let (language, text) = Self.functionOnly[index]
        let terms = TermExtractor.terms(text, language: language)
        #expect(terms.isEmpty, "\(language): \(terms)")
    }

    @Test("the content words of a message stay, with their diacritics, and the phrases of neighbouring ones")
    func contentWordsStay() {
        let cases: [(Language, String, [String])] = [
            (.en, "They would say that the immigrants are invaders and we should close our borders",
             ["say", "immigrants", "invaders", "close", "borders"]),
            (.es, "Ellos dicen que los inmigrantes son invasores y hay que cerrar las fronteras",
             ["dicen", "inmigrantes", "invasores", "cerrar", "fronteras"]),
            (.ca, "Ells diuen que els immigrants són invasors i cal tancar les fronteres",
             ["diuen", "immigrants", "invasors", "tancar", "fronteres"]),
            (.fr, "Ils disent que les étrangers sont des envahisseurs et nous devons fermer les frontières",
             ["disent", "étrangers", "envahisseurs", "fermer", "frontières"]),
            (.nl, "Zij zeggen dat de migranten indringers zijn en wij moeten de grenzen sluiten",
             ["zeggen", "migranten", "indringers", "grenzen sluiten"]),
            (.sv, "Jag tycker att invandrarna är inkräktare och vi måste stänga gränserna",
             ["tycker", "invandrarna", "inkräktare", "stänga gränserna"]),
        ]
        for (language, text, expected) in cases {
            let terms = TermExtractor.terms(text, language: language)
            for term in expected { #expect(terms.contains(term), "\(language): \(term) in \(terms)") }
            // Nothing but the content words and their phrases.
            let words = terms.filter { !$0.contains(" ") }
            let expectedWords = expected.joined(separator: " ").split(separator: " ").map(String.init)
            #expect(words.allSatisfy { expectedWords.contains($0) }, "\(language): \(terms)")
        }
    }
}
