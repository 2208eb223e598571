import Testing

@testable import CGClassifier

/// A place wished rid of a group ("Dit land zou beter af zijn zonder moslims" 0.00, "Ce pays serait mieux sans les
/// Roms" 0.15): the models read "without" as absence, not exclusion, and missed 9 of 12 such probes in five
/// languages (2026-11-30, ninth session).
@Suite("A place wished rid of a group")
struct BetterWithoutTests {
    @Test(
        "\"without\" before the group and a word of wish or betterment in its clause, in five languages",
        arguments: [
            "Este país estaría mejor sin gitanos", "Dit land zou beter af zijn zonder moslims",
            "Sverige vore bättre utan invandrare", "Je rêve d'un pays sans Noirs", "Ce pays serait mieux sans les Roms",
            "Nederland is veiliger zonder vluchtelingen", "Imagine a Europe without immigrants, what a dream",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.wishesPlaceWithoutGroup(table) }
    }

    @Test(
        "a world without hatred of a group, a place poorer without it, a negation, no group after \"without\"",
        arguments: [
            "Imagine a world without hate for Muslims", "This city would be poorer without its Muslim community",
            "I can't imagine this city without its Jewish families", "Muslims would be better off without extremists",
            "Un monde sans racisme envers les Noirs serait meilleur", "Barcelona no sería la misma sin los gitanos",
            "Rotterdam zou niet beter zijn zonder Marokkanen", "Ik wil een wereld zonder haat tegen moslims",
            "\"A country without Jews\" was their slogan, and it led to genocide",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.wishesPlaceWithoutGroup(table) }
    }
}
