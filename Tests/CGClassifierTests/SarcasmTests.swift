import Testing

@testable import CGClassifier

/// Praise of a group that mocks it: praise "at" an activity of a stereotype ("Muslims are great at blowing things
/// up"), or praise with a condition that wishes the group away or holds a stereotype ("Gays are lovely from a
/// distance", "Jews are so generous, said no one ever"). The models read the warm word and scored them low.
@Suite("Sarcastic praise is hate")
struct SarcasmTests {
    @Test(
        "sarcastic praise the models scored under the threshold is hateful, in two languages",
        arguments: [
            "Muslims are great at blowing things up.", "Women are brilliant, brilliant at nagging.",
            "Gays are lovely from a distance.", "Muslims are wonderful people, when they stay in their own countries.",
            "Jews are so generous, said no one ever.", "Moslims zijn geweldige mensen, als ze ver weg blijven.",
        ])
    func raised(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, table in extractor.praisesSarcastically(table) }
    }

    @Test(
        "plain praise, praise of a skill, negated or condemned sarcasm, and praise after another subject are not the rule's",
        arguments: [
            "Muslims are great at maths.", "Women are brilliant at chess.", "Gay people are lovely neighbours.",
            "Saying Muslims are great at blowing things up is racist.", "Muslims are not great at stealing, that's a lie.",
            "My friends say refugees are wonderful in their own countries and here.",
            "\"Gays are lovely from a distance\" is what my uncle says.",
        ])
    func notRaised(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.praisesSarcastically(table) }
    }

    @Test(
        "a group or a member of it mocked by the exclamation after it is hateful, in three languages (eleventh session)",
        arguments: [
            "Une femme présidente, quelle blague.", "Een vrouw als premier, wat een grap.",
            "Un gay en el ejército, lo que nos faltaba.",
            // Ruin foretold (2026-12-01, twelfth session).
            "A Muslim mayor, that's the end of this city.",
        ])
    func mocked(text: String) throws {
        try HateExpressionTests.raisedByRule(text) { extractor, _ in extractor.mocksGroupMember() }
    }

    @Test(
        "an exclamation with more after it, no group, a negation, a third clause or a report is not the rule's",
        arguments: [
            "Refugees, what a joke of a policy we have.", "My neighbour got a new car, what a joke.",
            "Pas une femme présidente, quelle blague.", "A woman president, what a joke, said no feminist ever.",
            "They said a woman president, what a joke.",
        ])
    func notMocked(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.mocksGroupMember() }
    }

    @Test(
        "warm adjectives the cue lists lack praise a group when they end the clause",
        arguments: ["Les femmes sont brillantes."])
    func praiseAdjective(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.affirmsGroup($1.expressions, language: $1.language) }
    }

    @Test(
        "a crime verb after a group and a relative pronoun, a service refused, an idiom with words inside",
        arguments: [
            "Of course it was a Moroccan who stole the bike.", "I refuse to let a trans person cut my hair.",
            "Evidemment, c'est encore un migrant qui a volé le sac.", "Claro, fue un gitano el que robó la bici.",
            "Disabled people drain the system dry.", "Gay men are great with kids, said no sane person.",
            "Muslims, your days in this country are numbered.", "Jews always end up controlling the money.",
        ])
    func moreStereotypes(text: String) throws {
        #expect(try #require(HateExpressionTests.classifier).classify(text).hateful, "\(text)")
    }

    @Test(
        "a crime done to a group's member by someone else is not blamed on the group",
        arguments: [
            "Of course someone stole the Muslim woman's bag.", "Of course a Muslim woman's bag was stolen.",
            "Evidemment, c'est encore un voleur qui a volé un migrant.",
        ])
    func crimeAgainst(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, _ in extractor.blamesCrimeOnGroup() }
    }
}
