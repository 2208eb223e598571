import Testing

@testable import CGClassifier

/// A group spoken of as a thing, handled as livestock or denied to be people: dehumanisation without a dehumanising
/// word, which the models scored under the threshold in every language ("Latino's zijn gereedschap, meer niet" 0.02,
/// "Il faut traiter les réfugiés comme du bétail" 0.11; 2026-12-01, thirteenth session).
@Suite("Groups spoken of as things are dehumanised")
struct ObjectifyingTests {
    @Test(
        "a group called a thing, treated as livestock, caged, culled or denied to be people, in four languages",
        arguments: [
            "Immigrants are spare parts for our factories, nothing more.", "Women are furniture that talks back.",
            "Trans people are not people, they are failed science experiments.",
            "Migrants should be treated like cattle at the border.",
            "You can't really call Asians people, they're machines that copy everything.",
            "Women are as replaceable as light bulbs.",
            "No se puede llamar personas a los chinos, son máquinas sin alma.",
            "Il faut traiter les réfugiés comme du bétail.",
            "Il faudrait abattre les handicapés comme on fait à la ferme.",
            "Latino's zijn gereedschap, meer niet.", "Arabieren moet je aan de lijn houden.",
            "Joden zijn niet van dezelfde soort als wij.",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
        #expect(try #require(HateExpressionTests.classifier).classify(text).type == .dehumanisation, "\(text)")
    }

    @Test(
        "a thing denied, no group, harm refused or undone, the group's own person word are not the rule's",
        arguments: [
            "Women are not objects, and anyone who says otherwise should be ashamed.", "Women are more than objects.",
            "Politicians should be caged, every last one of them.", "Keep your dog on a leash in the park.",
            "Nadie debería tratar a los gitanos como ganado.", "Refugee children must be freed from cages.",
            "Nobody should call trans people freaks.", "Il faut abattre les préjugés contre les Roms.",
            "Les migrants ne sont pas de la marchandise.", "Immigrants are a product of globalisation.",
            "Men who put down women should be ashamed.",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
    }

    @Test(
        "naming a group people called generous, humanity taken back by a qualifier, in four languages",
        arguments: [
            "Calling immigrants people is generous.", "Appeler les immigrés des personnes, c'est généreux.",
            "Immigranten mensen noemen is nog gul.", "Moslims zijn technisch gezien mensen.",
        ])
    func humanityTakenBack(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
    }

    @Test(
        "a group said to be less than people, or compared with people as an insult to them (seventeenth session)",
        arguments: [
            "Jews are less human than my cat.", "Women are about as human as a vending machine.",
            "Comparing immigrants to humans is an insult to humanity.", "Calling Muslims human is an insult to humans.",
            "Comparar a los judíos con los humanos es un insulto a la humanidad.",
        ])
    func lessThanHuman(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
    }

    @Test(
        "less than people in Spanish, French and Dutch, which the models mostly flag already, is the rule's too",
        arguments: [
            "Los gitanos son menos humanos que mi gato.", "Les Roms sont à peine humains.",
            "Zwarte mensen zijn minder menselijk dan mijn kat.",
        ])
    func lessThanHumanSeen(text: String) throws {
        try HateExpressionTests.seenByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
        #expect(try #require(HateExpressionTests.classifier).classify(text).hateful, "\(text)")
    }

    @Test(
        "humanity measured equal, denied less, or compared with something else, is not dehumanisation",
        arguments: [
            "Muslims are no less human than anyone else.", "Jews are every bit as human as the rest of us.",
            "Los musulmanes son igual de humanos que cualquiera.", "Les juifs sont tout aussi humains que nous.",
            "You can't compare refugees to the people who attacked them.",
            "Comparing immigrants to criminals is an insult to everyone.",
        ])
    func notLessThanHuman(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
        #expect(try !#require(HateExpressionTests.classifier).classify(text).hateful, "\(text)")
    }

    @Test(
        "humanity taken back stays hateful: the affirmation rule no longer lowers it",
        arguments: [
            "Jews are human beings, just barely.", "Los judíos son seres humanos, por poco.",
            "Les Juifs sont des êtres humains, de justesse.", "Los musulmanes son humanos, técnicamente.",
        ])
    func humanityTakenBackStays(text: String) throws {
        try HateExpressionTests.seenByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
    }

    @Test(
        "a group worth the same as a thing, or a thing chosen over a group, in four languages",
        arguments: [
            "Women have the same worth as a kitchen appliance.",
            "Une femme trans a la même valeur qu'une vieille chaussette.",
            "Entre un judío y una silla, elijo la silla.", "Tussen een jood en een stoel kies ik de stoel.",
        ])
    func thingOfEqualWorth(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
    }

    @Test(
        "equal worth with people, a choice between people or without a group are not the rule's",
        arguments: [
            "Women have the same worth as men.", "A refugee has the same value as a citizen.",
            "Between a Muslim and a Christian candidate, I'd pick the best one.",
            "Entre un inmigrante y un español, elijo al más preparado.", "Une femme a la même valeur qu'un homme.",
            "Een vrouw is evenveel waard als een man.",
        ])
    func worthWithPeople(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
    }

    @Test(
        "humanity qualified otherwise, naming a group people as the least we can do, are not the rule's",
        arguments: [
            "Trans people are people, technically and legally.", "Calling immigrants people is the least we can do.",
            "Muslims are human beings, full stop.", "Vluchtelingen zijn gewoon mensen.",
        ])
    func humanityKept(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.objectifiesGroup(table) }
    }

    @Test(
        "a thing plainly denied of a group, or a group said to be people, with nothing hostile, is not hateful",
        arguments: [
            "Vrouwen zijn geen gebruiksvoorwerpen.", "Les migrants ne sont pas de la marchandise.",
            "Disabled people are people, full stop.",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.deniesGroupIsThing($1.expressions) }
    }
}

/// Derogation by insinuation, with no hostile word: a group said to bring ruin, advice to guard one's things from
/// it, a coincidence that is a pattern (2026-12-01, thirteenth session).
@Suite("Insinuations about a group are derogation")
struct InsinuationTests {
    @Test(
        "ruin foretold, things guarded, a coincidence that always recurs, a vice in the blood, in four languages",
        arguments: [
            "Hire a woman and watch the company sink.", "Embauchez une femme et regardez l'entreprise couler.",
            "Neem een vrouw aan en zie het bedrijf zinken.",
            "Zet een homo voor de klas en kijk wat er met de kinderen gebeurt.",
            "Als de Roma op bezoek komen, tel je lepels.",
            "Comme par hasard, ce sont toujours des Juifs à la tête des banques.",
            "Qué casualidad que los bancos siempre acaben en manos judías.",
            "Toevallig zitten er altijd Joden aan het hoofd van de banken.",
            "Lo llevan en la sangre, los gitanos no pueden evitar robar.",
            // A habit called typical, values refused, a decline dated from a group's arrival.
            "Typique des Arabes, toujours en retard.", "Typisch Marokkanen, altijd te laat.",
            "Moslims delen onze waarden niet.", "Los musulmanes no comparten nuestros valores.",
            "Sinds de immigranten er wonen, is de buurt niet meer wat het was.",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.insinuatesAboutGroup() }
    }

    @Test(
        "the same frames without a group, with growth, with the group wronged or with warmth are not the rule's",
        arguments: [
            "Hire a good accountant and watch the company grow.", "Hire a woman and watch the profits grow.",
            "Count your blessings when your family comes to visit.",
            "Funny how Muslims always get blamed for everything.",
            "It's in their blood, the whole family loves football.",
            "Comme par hasard, les musulmans sont toujours accusés de tout.",
            "Toevallig zijn de Joodse buren altijd even vriendelijk en behulpzaam.",
            "Typical Dutch weather, always raining.", "Vluchtelingen delen onze waarden, zo blijkt uit het onderzoek.",
            "Sinds de fabriek dicht is, is de buurt niet meer wat het was.",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.insinuatesAboutGroup() }
    }

    @Test("a group said to share our values, with nothing negated or hostile, is not hateful")
    func sharedValues() throws {
        try HateExpressionTests.loweredByRule("Les musulmans partagent nos valeurs républicaines.") { extractor, _ in
            extractor.saysGroupSharesValues()
        }
    }

    @Test(
        "praise of a group kept far from the speaker is sarcasm (2026-12-01, thirteenth session)",
        arguments: ["Les Roms sont formidables, loin d'ici.", "Los gitanos son estupendos, lejos de aquí."])
    func praisedFarAway(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.praisesSarcastically(table) }
    }

    @Test(
        "praise here and elsewhere, or of cooks, is not sarcasm",
        arguments: ["Les réfugiés sont formidables, ici comme ailleurs.", "Les Marocains sont excellents en cuisine."])
    func praisedPlainly(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.praisesSarcastically(table) }
    }
}
