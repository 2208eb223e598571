import Testing

@testable import CGClassifier

/// Forms that sentences generated from our own templates (`h_fungen`, `n_fungen`: sixteen frames × eight groups ×
/// four languages, written before the rules; and `h_fungen2`, `n_fungen2`, written after the first set's rules)
/// showed the rules lacked: normative threats and wishes asked as a negative question in French, Spanish and Dutch,
/// distrust urged on everyone, a trope asked as "why do …", a pronoun-less "todos son …", something wrong with a
/// group, a group in power judged a disaster, a group to be kept away, French "ne … qu'une bande de …"; and, not
/// hateful, a place made stronger, "deserve better", hostility turned on those who harm a group, a group in power
/// or given a right judged good, a welcome, lies about a group (2026-12-01, sixteenth session).
@Suite("Templates of the sixteenth session")
struct FunctionalTemplateTests {
    static let classifier: HateClassifier? = try? HateClassifier.loadDefault()

    @Test(
        "normative threats, negative-question wishes, distrust, tropes asked why, pronoun-less brands: hateful",
        arguments: [
            "Il faudrait pendre les musulmans sur la place du village.",
            "On devrait fusiller tous les immigrés sur la place du village.",
            "Hay que colgar a todos los judíos en la plaza del pueblo.",
            "We should hang every Muslim in the town square.",
            "Ce ne serait pas génial si les juifs disparaissaient tout simplement ?",
            "Zou het niet geweldig zijn als moslims gewoon verdwenen?",
            "Vertrouw nooit homo's, het zijn slangen, stuk voor stuk.",
            "Nunca te fíes de los gitanos, son unas víboras, todos.",
            "¿Por qué los judíos siempre lo tienen que arruinar todo?",
            "Pourquoi les Noirs doivent toujours tout gâcher ?",
            "¿Quién más está harto de los inmigrantes?",
            "Me crucé con un grupo de gais en la estación. Todos son asquerosos.",
            "Eerlijk gezegd zijn transpersonen niks waard.",
            "There is something deeply wrong with gay people.",
            "Er is iets grondig mis met vluchtelingen.",
            "Un musulman aux commandes ? C'est la catastrophe assurée.",
            "A woman in charge? That's a recipe for disaster.",
            "Hou moslims weg bij onze scholen.",
            "Gardez les personnes trans loin de nos écoles.",
            "Les immigrés ne sont qu'une bande de sauvages.",
            "Ya es hora de acabar con los gitanos de una vez por todas.",
            "Il est temps d'en finir avec les Roms une bonne fois pour toutes.",
            "Mijn buren zijn moslims. Ik hoop dat ze dood neervallen.",
            "Mis vecinos son judíos. Ojalá se murieran.",
            "Les juifs sont la raison pour laquelle cette ville part en enfer.",
            "Muslims are the reason this city is going to hell.",
            "Estoy deseando que llegue el día en que borren a los gitanos del mapa.",
            "J'ai hâte que les musulmans soient rayés de la carte.",
            "Ce bar n'accepte pas les musulmans.",
            "In deze kroeg zijn moslims niet welkom.",
            "No te puedes fiar de nada de lo que diga un musulmán.",
        ])
    func hateful(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(r.hateful, "\(text): \(r.score)")
        #expect(!r.targets.isEmpty, "\(text)")
    }

    @Test(
        "a place made stronger, deserving better, hostility turned on those who harm the group: not hateful",
        arguments: [
            "En mi opinión los musulmanes hacen este país más fuerte.",
            "Volgens mij maken vluchtelingen dit land sterker.",
            "Honestly, trans people deserve far better than this.",
            "Franchement, les handicapés méritent bien mieux que ça.",
            "I don't despise Jews, I despise the people who attack them.",
            "Ik veracht moslims niet, ik veracht de mensen die hen aanvallen.",
            "¿Un musulmán al mando? ¡Ya era hora!",
            "Moslims laten stemmen was een van de beste dingen die dit land ooit deed.",
            "Letting women vote was one of the best things this country ever did.",
            "I would happily welcome a Muslim into my house.",
            "J'accueillerais volontiers un juif chez moi.",
            "No hay nada malo en los gitanos.",
            "Waarom blijven mensen leugens over moslims verspreiden?",
            "Als je joden haat, ontvolg me dan nu.",
            "Het is een mythe dat homo's minder intelligent zijn.",
            "People who say Muslims are the reason this city is going to hell are bigots.",
        ])
    func notHateful(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "the same frames around a harm ended, prejudice or another target are not threats or wishes",
        arguments: [
            "Ce ne serait pas génial si les musulmans arrêtaient de se faire insulter ?",
            "Zou het niet geweldig zijn als moslims niet meer werden aangevallen?",
            "Il faut abattre les préjugés contre les juifs.",
            "We should attack the prejudice against Muslims.",
            "Zonder haat zou dit land sterker zijn.",
            "Muslims in charge? The media call it a disaster, but it is not.",
        ])
    func lookAlikes(text: String) throws {
        let c = try #require(Self.classifier)
        let r = c.classify(text)
        #expect(!r.hateful, "\(text): \(r.score)")
    }

    @Test(
        "a group in power judged: a disaster is hateful, a good verdict not, a negated or reported one neither",
        arguments: [
            ("Een moslim aan het roer? Dat wordt gegarandeerd een ramp.", true as Bool?),
            ("¿Una mujer al mando? ¡Ya era hora!", false), ("Letting refugees in was a mistake.", true),
            ("Muslims in charge? The media call it a disaster.", nil), ("Women in charge of the kitchen.", nil),
            ("Wie denkt dat een moslim aan het roer een ramp is, leeft in het verleden.", nil),
            ("Quien piensa que un musulmán al mando es un desastre vive en el pasado.", nil),
        ])
    func verdicts(text: String, verdict: Bool?) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(extractor.judgesGroupInPosition(box.expressions) == verdict, "\(text)")
    }

    @Test(
        "a group kept from a harm is not kept away",
        arguments: ["Keep refugees away from danger.", "Houd vluchtelingen weg van het geweld."])
    func keptFromHarm(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, _, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.keepsGroupAway(), "\(text)")
    }

    @Test(
        "a name split by a space around a short function word, or a word of the other family, is read whole",
        arguments: [
            ("Les No irs sont une plaie pour nos quartiers.", "noirs"), ("Bl ack people are a plague.", "black"),
            ("Zwar te mensen zijn een plaag.", "zwarte"), ("Les jufs sont une plaie.", "juifs"),
            ("Les Niors sont une plaie.", "noirs"),
        ])
    func spelling(text: String, word: String) throws {
        let language = try #require(Self.classifier).identifier.identify(text)
        #expect(TextNormalizer.words(text, language: language).contains(word), "\(text)")
    }

    @Test(
        "two known words, or a word of the message's own family, are left as they are",
        arguments: [
            ("De jufs op school zijn lief.", Language.nl, "jufs"), ("Los bancos cierran hoy.", .es, "bancos"),
            ("Créez votre compte.", .en, "creez"), ("Ik ga en den zijn hier.", .nl, "ga"),
        ])
    func spellingKept(text: String, language: Language, word: String) {
        #expect(TextNormalizer.words(text, language: language).contains(word), "\(text)")
    }

    @Test(
        "hostility kept for the group is not redirected",
        arguments: [
            "I don't despise Muslims, I despise the people who defend them.",
            "Muslims are scum and the people who attack them are heroes.",
            "I don't hate Jews, but people who attack them are heroes.",
        ])
    func notRedirected(text: String) throws {
        let c = try #require(Self.classifier)
        let (_, box, extractor) = SlurTests.modelScore(c, text)
        #expect(!extractor.redirectsHostilityToHarmers(box.expressions), "\(text)")
    }
}
