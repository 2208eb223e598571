import Testing

@testable import CGClassifier

/// A group said to suffer a wrong ("Black people are victims of attacks", "Les femmes sont victimes de
/// violences"): the models learned victims and wrongs from hateful sentences about crime and flagged such reports
/// in every language (0.45–1.00 before the rule, 19 of 22 probes).
@Suite("Groups reported as victims")
struct VictimTests {
    @Test(
        "a victim word or a wrong's participle after the group and an auxiliary, in five languages",
        arguments: [
            "Black people are victims of attacks.", "Refugees are victims of war.",
            "Gay men are still targeted by thugs in some areas.", "Los gitanos son víctimas de discriminación.",
            "Les femmes sont victimes de violences.", "Moslims zijn slachtoffer van discriminatie.",
            "Homo's worden nog steeds aangevallen op straat.", "Black women are underrepresented in parliament",
            "Les Noirs ont été victimes de l'esclavage",
        ])
    func lowered(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.reportsGroupAsVictim(box.expressions, language: box.language)
        }
    }

    /// 2026-12-01 (twelfth session): a verb of suffering and its wrong, "can be", "more likely to be", stopped by
    /// police.
    @Test(
        "a wrong suffered, a victim who may be anyone, a likelihood, a stop by police",
        arguments: [
            "Trans people face high rates of violence.", "Men can be victims of domestic abuse too.",
            "Immigrants are more likely to be victims of crime than to commit it.",
            "Black people are disproportionately stopped by police.",
        ])
    func loweredTwelfth(text: String) throws {
        try HateExpressionTests.loweredByRule(text) { extractor, box in
            extractor.reportsGroupAsVictim(box.expressions, language: box.language)
        }
    }

    @Test(
        "a threat in the passive, a denied or sarcastic victimhood, a wrong of the group's own, hostility beside it",
        arguments: [
            "Muslims will be attacked, mark my words.", "Jews should be persecuted.", "Gays deserve to be beaten.",
            "Gays should have been beaten.",
            "Muslims are not victims, they are invaders.", "Muslims are victims of their own violent religion.",
            "Refugees are victims of war, but they are still parasites.",
            "Black people are so marginalized that nobody may criticise them.",
            "Muslims are victims of this ideology that turns every child into an extremist soldier.",
            "\"Women are victims\" is what they always say.",
            // 2026-12-01 (twelfth session): the noun of a wrong needs a verb of suffering; a modal still wishes it.
            "Muslims are violence and hatred in human form.", "Gays could be beaten and nobody would care.",
            "Muslims are more likely to be terrorists.",
        ])
    func notLowered(text: String) throws {
        try HateExpressionTests.notSeenByRule(text) { extractor, table in
            extractor.reportsGroupAsVictim(table, language: .en)
        }
    }
}
