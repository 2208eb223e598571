import Testing

@testable import CGClassifier

/// Someone close to the speaker who belongs to a group, with nothing charged said of them ("My gay brother is
/// getting married next month"), and a trans identity affirmed with the group's own head noun ("Trans women are
/// women"): the models scored these 0.46–1.00 on the group word. 2026-12-01, tenth session.
@Suite("Someone close, and a name affirmed")
struct CloseMemberTests {
    @Test(
        "someone close who belongs to a group, doing something ordinary, is not hate",
        arguments: [
            "My gay brother is getting married next month.", "Mi hermano gay se casa el mes que viene.",
            "Mon frère gay se marie le mois prochain.", "Mijn homoseksuele broer trouwt volgende maand.",
        ])
    func closeMember(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.speaksOfCloseMember($1.expressions, language: $1.language) }
    }

    @Test(
        "an offence, an obligation, a hostile word, violence or another group is not the rule's",
        arguments: [
            "My Muslim neighbour is a terrorist.", "My gay brother should be shot.",
            "My Jewish neighbour is a filthy rat.", "Mi vecino gitano me robó la bici.",
            "My gay brother hates Muslims.", "Mis vecinos moros son todos iguales.",
        ])
    func closeMemberNotSeen(text: String) throws {
        try HateExpressionTests.notSeenByBoxRule(text) { extractor, box in
            extractor.speaksOfCloseMember(box.expressions, language: box.language)
                && !ClassificationSession.violent(extractor, box)
        }
    }

    @Test(
        "the speaker knowing members of a group, with nothing charged said of them, is not hate",
        arguments: ["Ik ken veel moslims die hier al jaren wonen."])
    func acquaintances(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { $0.speaksOfAcquaintances($1.expressions, language: $1.language) }
    }

    @Test(
        "acquaintances charged with something, denied, or another group are not the rule's",
        arguments: [
            "Ik ken veel moslims en ze zijn allemaal walgelijk.", "I know many Muslims who are terrorists.",
            "Ik ken geen enkele moslim die te vertrouwen is.", "Je connais des Roms qui volent.",
            "Conozco a muchos gitanos que deberían irse.", "I know many gay men who hate Muslims.",
            "Everyone knows Muslims who live here.",
        ])
    func acquaintancesNotSeen(text: String) throws {
        try HateExpressionTests.notSeenByBoxRule(text) { extractor, box in
            extractor.speaksOfAcquaintances(box.expressions, language: box.language)
        }
    }

    @Test(
        "a trans identity affirmed with the group's own noun is not hate",
        arguments: [
            "Trans women are women.", "Las mujeres trans son mujeres.", "Les femmes trans sont des femmes.",
            "Transvrouwen zijn vrouwen.",
            // A last clause that only insists (2026-12-01, twelfth session).
            "Transvrouwen zijn vrouwen, punt.", "Trans women are women, period.", "Las mujeres trans son mujeres, punto.",
            "Les femmes trans sont des femmes. Point final.",
        ])
    func ownName(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.affirmsOwnName(box.expressions.affirmations)
        }
    }

    @Test(
        "misgendering, negation or more words are not the rule's",
        arguments: [
            "Trans women are men.", "Les femmes trans sont des hommes.", "Transvrouwen zijn mannen.",
            "Trans women are not women.", "Trans women are women pretending.",
            "Transvrouwen zijn geen vrouwen, punt.", "Trans women are women, pretending, period.",
        ])
    func ownNameNotSeen(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in extractor.affirmsOwnName(table.affirmations) }
    }
}
